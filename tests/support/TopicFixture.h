#pragma once

// A library with two topics a classifier can tell apart: articles drawn from each topic's own words
// mixed with common ones (a fixed seed), tagged by hand, plus a few untagged ones of each kind.

#include "core/Article.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicEvidence.h"
#include "library/TopicRepository.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Newsdesk::Testing {

// Two topics with words of their own, mixed with words any article has.
inline const QStringList TradeWords = {QStringLiteral("tariff"), QStringLiteral("export"),
                                       QStringLiteral("quota"),  QStringLiteral("duties"),
                                       QStringLiteral("steel"),  QStringLiteral("dumping")};
inline const QStringList SummitWords = {QStringLiteral("summit"), QStringLiteral("leaders"),
                                        QStringLiteral("talks"),  QStringLiteral("minister"),
                                        QStringLiteral("visit"),  QStringLiteral("envoy")};
inline const QStringList CommonWords = {
    QStringLiteral("the"),       QStringLiteral("said"),       QStringLiteral("on"),
    QStringLiteral("week"),      QStringLiteral("government"), QStringLiteral("year"),
    QStringLiteral("officials"), QStringLiteral("report"),     QStringLiteral("city")};

inline Article syntheticArticle(const QStringList &topicWords, QRandomGenerator &random, int number)
{
    QStringList words;
    for (int i = 0; i < 60; ++i) {
        const QStringList &pool = (topicWords.isEmpty() || random.bounded(3) == 0) ? CommonWords : topicWords;
        words << pool.at(random.bounded(int(pool.size())));
    }
    Article article;
    article.title = QStringLiteral("Story %1 %2").arg(number).arg(words.first());
    article.bodyText = words.join(QLatin1Char(' '));
    article.bodyHtml = QStringLiteral("<p>%1</p>").arg(article.bodyText);
    article.url = QStringLiteral("https://example.org/%1").arg(number);
    return article;
}

struct TopicFixture
{
    qint64 trade = 0;
    qint64 summits = 0;
    QList<qint64> tradeArticles;
    QList<qint64> summitArticles;
    QList<qint64> untagged; ///< first half trade-like, second half summit-like
};

inline TopicFixture fillTopicLibrary(Library &library, int perTopic)
{
    TopicFixture fixture;
    Topic trade;
    trade.name = QStringLiteral("Trade disputes");
    fixture.trade = *library.topics().create(trade);
    Topic summits;
    summits.name = QStringLiteral("Diplomacy & summits");
    fixture.summits = *library.topics().create(summits);
    QRandomGenerator random(7);
    QList<Article> articles;
    for (int i = 0; i < perTopic; ++i)
        articles << syntheticArticle(TradeWords, random, int(articles.size()));
    for (int i = 0; i < perTopic; ++i)
        articles << syntheticArticle(SummitWords, random, int(articles.size()));
    for (int i = 0; i < 4; ++i)
        articles << syntheticArticle(i < 2 ? TradeWords : SummitWords, random, int(articles.size()));
    const QList<qint64> ids = *library.articles().insert(articles);
    fixture.tradeArticles = ids.mid(0, perTopic);
    fixture.summitArticles = ids.mid(perTopic, perTopic);
    fixture.untagged = ids.mid(2 * perTopic);
    if (!library.topics().tag(fixture.tradeArticles, {fixture.trade}) ||
        !library.topics().tag(fixture.summitArticles, {fixture.summits}))
        qFatal("could not tag the fixture's articles");
    return fixture;
}

inline QString textOf(Library &library, qint64 id)
{
    const Article article = *library.articles().find(id);
    return TopicEvidence::classifierText(article.title, article.dek, article.bodyText);
}

} // namespace Newsdesk::Testing
