#include "TopicEvidence.h"

#include "Library.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Newsdesk {

namespace {

// The body cut in SQL: a long article's text is never read into memory whole.
const QString ArticleColumns = QStringLiteral("SELECT a.id, a.title, a.dek, substr(a.body_text, 1, %1) FROM "
                                              "articles a JOIN article_curation c ON c.article_id = a.id ")
                                   .arg(TopicEvidence::MaxTextLength);

const QString LabelledCondition =
    QStringLiteral("c.trashed_at IS NULL AND a.id IN (SELECT article_id FROM article_topics WHERE origin <> "
                   "'rule' UNION SELECT article_id FROM topic_rejections)");

} // namespace

QString TopicEvidence::classifierText(const QString &title, const QString &dek, const QString &bodyText)
{
    // Title and dek carry the most topical words per character; they lead, as a reader meets them.
    QString text = title + QLatin1Char('\n') + dek + QLatin1Char('\n') + bodyText;
    text.truncate(MaxTextLength);
    return text;
}

Result<QList<LabelledArticle>> TopicEvidence::readArticles(const QString &condition, const QList<qint64> &ids,
                                                           const std::function<bool()> &cancelled) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    // Ids are numbers from our own types, so they are written into the statement: SQLite caps bound
    // parameters, and a selection may hold 100,000 of them.
    QString sql = ArticleColumns + QStringLiteral("WHERE ") + condition;
    if (!ids.isEmpty())
        sql += QStringLiteral(" AND a.id IN (%1)").arg(idList(ids));
    if (!query.exec(sql + QStringLiteral(" ORDER BY a.id")))
        return LibraryText::queryFailed(tr("The articles to learn topics from could not be read."),
                                        query.lastError().text());
    QList<LabelledArticle> articles;
    while (query.next()) {
        if (cancelled && cancelled())
            return Error{Error::Code::Failed, tr("Reading the tagged articles was cancelled.")};
        LabelledArticle article;
        article.id = query.value(0).toLongLong();
        article.text =
            classifierText(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        articles.append(std::move(article));
    }
    if (Status labelled = fillLabels(articles); !labelled)
        return labelled.error();
    return articles;
}

Status TopicEvidence::fillLabels(QList<LabelledArticle> &articles) const
{
    if (articles.isEmpty())
        return {};
    QHash<qint64, qsizetype> at;
    at.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        at.insert(articles.at(i).id, i);
    const auto read = [&](const QString &sql, auto &&add) -> Status {
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return LibraryText::queryFailed(tr("The articles' topics could not be read."),
                                            query.lastError().text());
        while (query.next()) {
            const auto found = at.constFind(query.value(0).toLongLong());
            if (found != at.cend())
                add(articles[*found], query.value(1).toLongLong(), query.value(2).toString());
        }
        return {};
    };
    // A small selection reads its own rows; a large one is cheaper to read whole than to list.
    const QString among = articles.size() <= 1000
                              ? QStringLiteral(" WHERE article_id IN (%1)").arg(idList(at.keys()))
                              : QString();
    Status links = read(QStringLiteral("SELECT article_id, topic_id, origin FROM article_topics") + among,
                        [](LabelledArticle &article, qint64 topic, const QString &origin) {
                            article.tagged << topic;
                            if (origin != QLatin1String("rule"))
                                article.confirmed << topic;
                        });
    if (!links)
        return links;
    return read(QStringLiteral("SELECT article_id, topic_id, '' FROM topic_rejections") + among,
                [](LabelledArticle &article, qint64 topic, const QString &) { article.rejected << topic; });
}

Result<QList<LabelledArticle>> TopicEvidence::labelledArticles(const std::function<bool()> &cancelled) const
{
    QList<LabelledArticle> articles;
    const Status read = forEachLabelledArticle(
        [&](LabelledArticle &&article) { articles.append(std::move(article)); }, cancelled);
    if (!read)
        return read.error();
    return articles;
}

Status TopicEvidence::forEachLabelledArticle(const std::function<void(LabelledArticle &&)> &use,
                                             const std::function<bool()> &cancelled) const
{
    // The labels first, for the chosen articles only (a few numbers each); then the texts, one at a time.
    QList<LabelledArticle> labels;
    {
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT a.id FROM articles a JOIN article_curation c ON c.article_id "
                                       "= a.id WHERE %1 ORDER BY a.id DESC LIMIT %2")
                            .arg(LabelledCondition)
                            .arg(MaxTrainingArticles)))
            return LibraryText::queryFailed(tr("The articles to learn topics from could not be read."),
                                            query.lastError().text());
        while (query.next()) {
            LabelledArticle article;
            article.id = query.value(0).toLongLong();
            labels.append(std::move(article));
        }
    }
    if (labels.isEmpty())
        return {};
    std::reverse(labels.begin(), labels.end());
    if (Status labelled = fillLabels(labels); !labelled)
        return labelled;

    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    // Ids written in, as in readArticles(): they are numbers from our own query.
    if (!query.exec(ArticleColumns + QStringLiteral("WHERE a.id >= %1 AND %2 ORDER BY a.id")
                                         .arg(labels.constFirst().id)
                                         .arg(LabelledCondition)))
        return LibraryText::queryFailed(tr("The articles to learn topics from could not be read."),
                                        query.lastError().text());
    qsizetype next = 0;
    while (query.next() && next < labels.size()) {
        if (cancelled && cancelled())
            return Error{Error::Code::Failed, tr("Reading the tagged articles was cancelled.")};
        const qint64 id = query.value(0).toLongLong();
        // An article labelled since the ids were read is not among them: skip it.
        while (next < labels.size() && labels.at(next).id < id)
            ++next;
        if (next == labels.size() || labels.at(next).id != id)
            continue;
        LabelledArticle article = std::move(labels[next++]);
        article.text =
            classifierText(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        use(std::move(article));
    }
    return {};
}

Result<QList<LabelledArticle>> TopicEvidence::articlesToSuggestFor(const QList<qint64> &ids,
                                                                   bool allArticles) const
{
    if (!ids.isEmpty())
        return readArticles(QStringLiteral("1"), ids, {});
    if (allArticles)
        return readArticles(QStringLiteral("c.trashed_at IS NULL"), {}, {});
    // A rule's tag is not the curator's word: such articles still wait for suggestions.
    return readArticles(QStringLiteral("c.trashed_at IS NULL AND NOT EXISTS (SELECT 1 FROM article_topics x "
                                       "WHERE x.article_id = a.id AND x.origin <> 'rule')"),
                        {}, {});
}

Result<QList<qint64>> TopicEvidence::excludedTopics(qint64 articleId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT topic_id FROM article_topics WHERE article_id = :id "
                                 "UNION SELECT topic_id FROM topic_rejections WHERE article_id = :id"));
    query.bindValue(QStringLiteral(":id"), articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article's topics could not be read."),
                                        query.lastError().text());
    QList<qint64> topics;
    while (query.next())
        topics << query.value(0).toLongLong();
    return topics;
}

} // namespace Newsdesk
