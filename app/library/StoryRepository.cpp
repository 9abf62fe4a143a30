#include "StoryRepository.h"

#include "ArticleRepository.h"
#include "Library.h"
#include "SqlValues.h"
#include "StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Newsdesk {

StoryRepository::StoryRepository(Library &library)
    : m_library(library)
{
}

Result<std::optional<qint64>> StoryRepository::findExact(const Article &article) const
{
    // Only the keys this article has: an empty key must never match another article's empty key.
    QStringList conditions;
    QVariantList values;
    const auto key = [&](const QString &condition, const QString &value) {
        if (value.isEmpty())
            return;
        conditions << condition;
        values << value;
    };
    // Each term repeats its partial index's condition: without it SQLite cannot use the index and scans
    // every article (newsdesk-bench-import measured 34 ms a lookup at 10,000 articles; 0.007 ms with it).
    key(QStringLiteral("(guid = ? AND guid <> '')"), article.guid);
    key(QStringLiteral("(canonical_url = ? AND canonical_url <> '')"), article.canonicalUrl);
    key(QStringLiteral("(url = ? AND url <> '')"), article.canonicalUrl);
    key(QStringLiteral("(url = ? AND url <> '')"), article.url);
    key(QStringLiteral("(canonical_url = ? AND canonical_url <> '')"), article.url);
    if (!article.bodyText.trimmed().isEmpty())
        key(QStringLiteral("(content_hash = ? AND content_hash <> '')"),
            ArticleRepository::contentHash(article));
    if (conditions.isEmpty())
        return std::optional<qint64>();
    QSqlQuery query(m_library.database());
    // Each key alone identifies the story; the partial indexes make every branch a lookup.
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE %1 ORDER BY id LIMIT 1")
                      .arg(conditions.join(QStringLiteral(" OR "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The library could not be searched for the article."),
                                        query.lastError().text());
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<QList<qint64>> StoryRepository::candidates(const QList<quint16> &bands,
                                                  const QList<qint64> &anchors) const
{
    QList<qint64> found;
    if (bands.size() != 4)
        return found;
    QString anchorList;
    for (qsizetype i = 0; i < anchors.size(); ++i)
        anchorList += i ? QStringLiteral(",?") : QStringLiteral("?");
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT article_id, sum(weight) FROM ("
                                 "SELECT article_id, 4 AS weight FROM article_fingerprints "
                                 "WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ? "
                                 "UNION ALL SELECT article_id, 1 FROM article_anchors WHERE anchor IN (%1)) "
                                 "GROUP BY article_id ORDER BY 2 DESC, article_id LIMIT 20")
                      .arg(anchorList.isEmpty() ? QStringLiteral("NULL") : anchorList));
    for (quint16 band : bands)
        query.addBindValue(int(band));
    for (qint64 anchor : anchors)
        query.addBindValue(anchor);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The library could not be searched for the same story."),
                                        query.lastError().text());
    while (query.next())
        found << query.value(0).toLongLong();
    return found;
}

Status StoryRepository::setFingerprint(qint64 articleId, quint64 simHash, const QList<quint16> &bands,
                                       const QList<qint64> &anchors)
{
    if (bands.size() != 4)
        return Error{Error::Code::InvalidArgument, tr("A fingerprint has four bands.")};
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO article_fingerprints(article_id, simhash, band0, band1, "
                           "band2, band3) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(articleId);
        query.addBindValue(qint64(simHash)); // SQLite integers are signed; the bits are what matter
        for (quint16 band : bands)
            query.addBindValue(int(band));
        if (!query.exec())
            return LibraryText::queryFailed(tr("The article's fingerprint could not be stored."),
                                            query.lastError().text());
        QSqlQuery anchor(m_library.database());
        anchor.prepare(
            QStringLiteral("INSERT OR IGNORE INTO article_anchors(anchor, article_id) VALUES (?, ?)"));
        for (qint64 value : anchors) {
            anchor.bindValue(0, value);
            anchor.bindValue(1, articleId);
            if (!anchor.exec())
                return LibraryText::queryFailed(tr("The article's fingerprint could not be stored."),
                                                anchor.lastError().text());
        }
        return {};
    });
}

Result<QString> StoryRepository::bodyText(qint64 articleId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT body_text FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article could not be read."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(articleId)};
    return query.value(0).toString();
}

Status StoryRepository::link(qint64 articleId, qint64 copyId, double similarity)
{
    const Status status = m_library.transaction([&]() -> Status {
        // Copies hang off the article first seen, never off another copy.
        QSqlQuery original(m_library.database());
        original.prepare(QStringLiteral("SELECT article_id FROM story_links WHERE copy_id = ? LIMIT 1"));
        original.addBindValue(articleId);
        if (!original.exec())
            return LibraryText::queryFailed(tr("The copies could not be linked."),
                                            original.lastError().text());
        const qint64 root = original.next() ? original.value(0).toLongLong() : articleId;
        if (root == copyId)
            return {};
        QSqlQuery query(m_library.database());
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO story_links(article_id, copy_id, similarity, linked_at) "
                           "VALUES (?, ?, ?, unixepoch())"));
        query.addBindValue(root);
        query.addBindValue(copyId);
        query.addBindValue(similarity);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The copies could not be linked."), query.lastError().text());
        return m_library.recordAction(
            QStringLiteral("story.link"), QStringLiteral("article"), root,
            {{QStringLiteral("copy"), copyId}, {QStringLiteral("similarity"), similarity}});
    });
    if (status)
        m_library.announce([this, articleId, copyId]() {
            emit m_library.articleChanged(articleId, {});
            emit m_library.articleChanged(copyId, {});
        });
    return status;
}

Result<QList<StoryCopy>> StoryRepository::relatedCopies(qint64 articleId) const
{
    // The article's own copies, or, for a copy, its original and the original's other copies.
    auto statement = m_library.statements().take(QStringLiteral(
        "WITH root AS (SELECT coalesce((SELECT article_id FROM story_links WHERE copy_id = :id), :id) AS id) "
        "SELECT l.article_id, l.copy_id, l.similarity, l.kept_apart, a.source, a.title, a.url, a.id "
        "FROM story_links l JOIN root ON l.article_id = root.id "
        "JOIN articles a ON a.id = CASE WHEN l.copy_id = :id THEN l.article_id ELSE l.copy_id END "
        "JOIN article_curation c ON c.article_id = a.id WHERE c.trashed_at IS NULL ORDER BY l.linked_at, "
        "l.copy_id"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":id"), articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article's copies could not be read."),
                                        query.lastError().text());
    QList<StoryCopy> copies;
    while (query.next()) {
        StoryCopy copy;
        copy.articleId = query.value(0).toLongLong();
        copy.copyId = query.value(1).toLongLong();
        copy.similarity = query.value(2).toDouble();
        copy.keptApart = query.value(3).toBool();
        copy.source = query.value(4).toString();
        copy.title = query.value(5).toString();
        copy.url = query.value(6).toString();
        copies << copy;
    }
    return copies;
}

Result<QList<StoryAlternate>> StoryRepository::alternates(qint64 articleId) const
{
    auto statement = m_library.statements().take(
        QStringLiteral("SELECT source, title, url FROM article_alternates WHERE article_id = ? ORDER BY id"));
    QSqlQuery &query = *statement;
    query.addBindValue(articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("Where the story ran could not be read."),
                                        query.lastError().text());
    QList<StoryAlternate> alternates;
    while (query.next())
        alternates.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return alternates;
}

Status StoryRepository::addAlternate(qint64 articleId, const StoryAlternate &alternate)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("INSERT INTO article_alternates(article_id, url, source, title, merged_at) "
                                 "VALUES (?, ?, ?, ?, unixepoch())"));
    query.addBindValue(articleId);
    query.addBindValue(textValue(alternate.url));
    query.addBindValue(textValue(alternate.source));
    query.addBindValue(textValue(alternate.title));
    if (!query.exec())
        return LibraryText::queryFailed(tr("Where the story ran could not be recorded."),
                                        query.lastError().text());
    return {};
}

Status StoryRepository::setKeptApart(qint64 articleId, qint64 copyId, bool keptApart)
{
    const Status status = m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(
            QStringLiteral("UPDATE story_links SET kept_apart = ? WHERE article_id = ? AND copy_id = ?"));
        query.addBindValue(keptApart ? 1 : 0);
        query.addBindValue(articleId);
        query.addBindValue(copyId);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The copies could not be kept apart."),
                                            query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("These articles are not linked.")};
        return m_library.recordAction(
            keptApart ? QStringLiteral("story.keep-apart") : QStringLiteral("story.relink"),
            QStringLiteral("article"), articleId, {{QStringLiteral("copy"), copyId}});
    });
    if (status)
        m_library.announce([this, articleId, copyId]() {
            emit m_library.articleChanged(articleId, {});
            emit m_library.articleChanged(copyId, {});
        });
    return status;
}

Status StoryRepository::merge(qint64 articleId, qint64 copyId)
{
    return m_library.transaction([&]() -> Status {
        // Queued until the commit: the article's "also ran in" line changes with it.
        m_library.announce([this, articleId]() { emit m_library.articleChanged(articleId, {}); });
        QSqlQuery query(m_library.database());
        query.prepare(
            QStringLiteral("INSERT INTO article_alternates(article_id, copy_id, url, source, title, "
                           "published_at, merged_at) SELECT ?, id, url, source, title, published_at, "
                           "unixepoch() FROM articles WHERE id = ?"));
        query.addBindValue(articleId);
        query.addBindValue(copyId);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The copies could not be merged."), query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(copyId)};
        if (Status logged = m_library.recordAction(QStringLiteral("story.merge"), QStringLiteral("article"),
                                                   articleId, {{QStringLiteral("copy"), copyId}});
            !logged)
            return logged;
        return m_library.articles().moveToTrash({copyId});
    });
}

Status StoryRepository::unmerge(qint64 articleId, qint64 copyId)
{
    return m_library.transaction([&]() -> Status {
        // Queued until the commit: the article's "also ran in" line changes with it.
        m_library.announce([this, articleId]() { emit m_library.articleChanged(articleId, {}); });
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("DELETE FROM article_alternates WHERE article_id = ? AND copy_id = ?"));
        query.addBindValue(articleId);
        query.addBindValue(copyId);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The merge could not be undone."), query.lastError().text());
        if (Status logged = m_library.recordAction(QStringLiteral("story.unmerge"), QStringLiteral("article"),
                                                   articleId, {{QStringLiteral("copy"), copyId}});
            !logged)
            return logged;
        return m_library.articles().restore({copyId});
    });
}

} // namespace Newsdesk
