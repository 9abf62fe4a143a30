#pragma once

#include "core/Article.h"
#include "core/Bundle.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QList>
#include <QTest>
#include <QTimeZone>

namespace Newsdesk::Testing {

/// count articles with distinct titles ("Article 1", …), sources and dates; returns their ids in order.
inline QList<qint64> addArticles(Library &library, int count)
{
    QList<Article> articles;
    for (int i = 1; i <= count; ++i) {
        Article article;
        article.title = QStringLiteral("Article %1").arg(i);
        article.url = QStringLiteral("https://news.example/%1").arg(i);
        article.source = QStringLiteral("Source %1").arg(i);
        article.language = QStringLiteral("en");
        article.publishedAt = QDateTime(QDate(2026, 11, i % 28 + 1), QTime(9, 0), QTimeZone::utc());
        article.bodyHtml = QStringLiteral("<p>Body of article %1.</p>").arg(i);
        article.bodyText = QStringLiteral("Body of article %1.").arg(i);
        articles << article;
    }
    auto ids = library.articles().insert(articles);
    if (!ids)
        qFatal("could not add test articles: %s", qPrintable(ids.errorString()));
    return *ids;
}

/// A stored bundle called name holding these articles, in order.
inline Bundle addBundle(Library &library, const QString &name, const QList<qint64> &articleIds = {})
{
    Bundle bundle;
    bundle.name = name;
    for (qint64 id : articleIds)
        bundle.entries << BundleEntry::article(id);
    auto id = library.bundles().create(bundle);
    if (!id)
        qFatal("could not add a test bundle: %s", qPrintable(id.errorString()));
    return library.bundles().find(*id).value();
}

inline QList<qint64> entryIds(const Bundle &bundle)
{
    QList<qint64> ids;
    for (const BundleEntry &entry : bundle.entries)
        ids << entry.articleId;
    return ids;
}

} // namespace Newsdesk::Testing
