#include "CommentRepository.h"

#include "Library.h"
#include "SqlValues.h"
#include "StatementCache.h"
#include "core/Article.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Newsdesk {

namespace {

constexpr auto RowColumns =
    "SELECT c.id, c.article_id, ifnull(c.parent_id, 0), a.title, c.author, c.author_email, c.author_ip, "
    "substr(c.body_text, 1, 240), c.posted_at, c.status, c.spam_score, c.reason, c.decided_by "
    "FROM comments c JOIN articles a ON a.id = c.article_id ";

constexpr auto CommentColumns = "SELECT id, article_id, ifnull(parent_id, 0), author, author_email, "
                                "author_url, author_ip, body, body_text, "
                                "posted_at, imported_at, external_id, status, previous_status, spam_score, "
                                "reason, decided_by, moderated_at "
                                "FROM comments ";

QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<double> scoreOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant optionalStatus(std::optional<CommentStatus> status)
{
    return status ? QVariant(commentStatusKey(*status)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalScore(std::optional<double> score)
{
    return score ? QVariant(*score) : QVariant(QMetaType::fromType<double>());
}

Comment commentFrom(const QSqlQuery &query)
{
    Comment comment;
    comment.id = query.value(0).toLongLong();
    comment.articleId = query.value(1).toLongLong();
    comment.parentId = query.value(2).toLongLong();
    comment.author = query.value(3).toString();
    comment.authorEmail = query.value(4).toString();
    comment.authorUrl = query.value(5).toString();
    comment.authorIp = query.value(6).toString();
    comment.body = query.value(7).toString();
    comment.bodyText = query.value(8).toString();
    comment.postedAt = timeOrNull(query.value(9));
    comment.importedAt = timeOrNull(query.value(10));
    comment.externalId = query.value(11).toString();
    comment.status = commentStatusFromKey(query.value(12).toString()).value_or(CommentStatus::Pending);
    comment.previousStatus = commentStatusFromKey(query.value(13).toString());
    comment.spamScore = scoreOrNull(query.value(14));
    comment.reason = query.value(15).toString();
    comment.decidedBy = query.value(16).toString();
    comment.decidedAt = timeOrNull(query.value(17));
    return comment;
}

CommentRow rowFrom(const QSqlQuery &query)
{
    CommentRow row;
    row.id = query.value(0).toLongLong();
    row.articleId = query.value(1).toLongLong();
    row.parentId = query.value(2).toLongLong();
    row.articleTitle = query.value(3).toString();
    row.author = query.value(4).toString();
    row.authorEmail = query.value(5).toString();
    row.authorIp = query.value(6).toString();
    row.excerpt = query.value(7).toString().simplified();
    row.postedAt = timeOrNull(query.value(8));
    row.status = commentStatusFromKey(query.value(9).toString()).value_or(CommentStatus::Pending);
    row.spamScore = scoreOrNull(query.value(10));
    row.reason = query.value(11).toString();
    row.decidedBy = query.value(12).toString();
    return row;
}

/// The WHERE clause of a query (without "WHERE"), with :named parameters that bindFilter() fills.
QString filterClause(const CommentQuery &query)
{
    QStringList conditions;
    // With an author, their few comments come from the author indexes; the unary + keeps SQLite from
    // walking every comment of the status instead.
    if (query.status)
        conditions << (query.author.isEmpty() ? QStringLiteral("c.status = :status")
                                              : QStringLiteral("+c.status = :status"));
    if (query.articleId > 0)
        conditions << QStringLiteral("c.article_id = :article");
    if (!query.author.isEmpty())
        conditions << QStringLiteral(
            "(c.author = :author COLLATE NOCASE OR c.author_email = :author COLLATE NOCASE "
            "OR c.author_ip = :author)");
    if (!query.reason.isEmpty())
        conditions << QStringLiteral("instr(lower(c.reason), lower(:reason)) > 0");
    if (query.minSpamScore)
        conditions << QStringLiteral("ifnull(c.spam_score, -1) >= :minScore"); // a range on comments_score
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery &sql, const CommentQuery &query)
{
    if (query.status)
        sql.bindValue(QStringLiteral(":status"), commentStatusKey(*query.status));
    if (query.articleId > 0)
        sql.bindValue(QStringLiteral(":article"), query.articleId);
    if (!query.author.isEmpty())
        sql.bindValue(QStringLiteral(":author"), query.author);
    if (!query.reason.isEmpty())
        sql.bindValue(QStringLiteral(":reason"), query.reason);
    if (query.minSpamScore)
        sql.bindValue(QStringLiteral(":minScore"), *query.minSpamScore);
}

/// The sort expression, matching an index of 004_moderation.sql so that a page reads only its rows.
QString sortExpression(CommentQuery::Sort sort)
{
    return sort == CommentQuery::Sort::SpamScore ? QStringLiteral("ifnull(c.spam_score, -1)")
                                                 : QStringLiteral("ifnull(c.posted_at, 0)");
}

} // namespace

CommentRepository::CommentRepository(Library &library)
    : m_library(library)
{
}

QString CommentRepository::plainText(const QString &html)
{
    return plainTextFromHtml(html);
}

Status CommentRepository::insertOne(QSqlQuery &query, const Comment &comment, qint64 *newId)
{
    query.addBindValue(comment.articleId);
    query.addBindValue(comment.parentId > 0 ? QVariant(comment.parentId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(textValue(comment.author));
    query.addBindValue(textValue(comment.authorEmail));
    query.addBindValue(textValue(comment.authorUrl));
    query.addBindValue(textValue(comment.authorIp));
    query.addBindValue(textValue(comment.body));
    query.addBindValue(textValue(comment.bodyText.isEmpty() ? plainText(comment.body) : comment.bodyText));
    query.addBindValue(secondsOrNull(comment.postedAt));
    query.addBindValue(secondsOrNull(comment.importedAt));
    query.addBindValue(textValue(comment.externalId));
    query.addBindValue(commentStatusKey(comment.status));
    query.addBindValue(optionalScore(comment.spamScore));
    query.addBindValue(textValue(comment.reason));
    query.addBindValue(textValue(comment.decidedBy));
    query.addBindValue(secondsOrNull(comment.decidedAt));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The comment could not be added."), query.lastError().text());
    *newId = query.lastInsertId().toLongLong();
    return {};
}

Result<qint64> CommentRepository::insert(const Comment &comment)
{
    auto ids = insert(QList<Comment>{comment});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> CommentRepository::insert(const QList<Comment> &comments)
{
    QList<qint64> ids;
    ids.reserve(comments.size());
    const Status status = m_library.transaction([&]() -> Status {
        // Prepared once for the whole list: a 100,000-comment import spent most of its time preparing.
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral(
            "INSERT INTO comments(article_id, parent_id, author, author_email, author_url, author_ip, body, "
            "body_text, "
            "posted_at, imported_at, external_id, status, spam_score, reason, decided_by, moderated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ifnull(?, unixepoch()), ?, ?, ?, ?, ?, ?)"));
        for (Comment comment : comments) {
            if (comment.parentId < 0) {
                const qsizetype parentIndex = -comment.parentId - 1;
                if (parentIndex >= ids.size())
                    return Error{Error::Code::InvalidArgument,
                                 tr("A reply comes before the comment it answers.")};
                comment.parentId = ids.at(parentIndex);
            }
            qint64 id = 0;
            if (Status inserted = insertOne(query, comment, &id); !inserted)
                return inserted;
            ids << id;
        }
        // A set: a file's comments may span thousands of articles.
        QSet<qint64> articles;
        for (const Comment &comment : comments)
            articles.insert(comment.articleId);
        m_library.announce([this, ids, articles]() {
            emit m_library.commentsInserted(ids);
            for (qint64 article : articles)
                emit m_library.commentsChanged(article);
        });
        return {};
    });
    if (!status)
        return status.error();
    return ids;
}

Result<qint64> CommentRepository::findExternal(qint64 articleId, const QString &externalId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT id FROM comments WHERE article_id = ? AND external_id = ? AND "
                                 "external_id <> ''"));
    query.addBindValue(articleId);
    query.addBindValue(externalId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The comment could not be looked up."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound,
                     tr("No comment of article %1 has the id “%2”.").arg(articleId).arg(externalId)};
    return query.value(0).toLongLong();
}

Result<QHash<QString, qint64>> CommentRepository::externalIds(qint64 articleId) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT external_id, id FROM comments WHERE article_id = ? AND external_id <> ''"));
    query.addBindValue(articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The comments could not be looked up."), query.lastError().text());
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

Result<int> CommentRepository::count(std::optional<CommentStatus> status) const
{
    CommentQuery query;
    query.status = status;
    return count(query);
}

Result<int> CommentRepository::count(const CommentQuery &query) const
{
    QSqlQuery sql(m_library.database());
    // A status alone, or nothing: the counts the triggers keep (006_comment_counts.sql), not a count of
    // a million index entries.
    const bool statusOnly =
        query.articleId <= 0 && query.author.isEmpty() && query.reason.isEmpty() && !query.minSpamScore;
    if (statusOnly)
        sql.prepare(query.status
                        ? QStringLiteral("SELECT ifnull(sum(comments), 0) FROM comment_status_counts c "
                                         "WHERE c.status = :status")
                        : QStringLiteral("SELECT ifnull(sum(comments), 0) FROM comment_status_counts"));
    else
        sql.prepare(QStringLiteral("SELECT count(*) FROM comments c WHERE ") + filterClause(query));
    bindFilter(sql, query);
    if (!sql.exec() || !sql.next())
        return LibraryText::queryFailed(tr("The comments could not be counted."), sql.lastError().text());
    return sql.value(0).toInt();
}

Result<QHash<CommentStatus, int>> CommentRepository::countsByStatus() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(QStringLiteral("SELECT status, comments FROM comment_status_counts")))
        return LibraryText::queryFailed(tr("The comments could not be counted."), query.lastError().text());
    QHash<CommentStatus, int> counts;
    for (CommentStatus status : CommentText::allStatuses())
        counts.insert(status, 0);
    while (query.next())
        if (const auto status = commentStatusFromKey(query.value(0).toString()))
            counts.insert(*status, query.value(1).toInt());
    return counts;
}

Result<Comment> CommentRepository::find(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QLatin1String(CommentColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The comment could not be read."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no comment %1.").arg(id)};
    return commentFrom(query);
}

CommentPageKey CommentRepository::keyOf(const CommentQuery &query, const CommentRow &row)
{
    if (query.sort == CommentQuery::Sort::SpamScore)
        return {row.spamScore.value_or(-1.0), row.id};
    return {row.postedAt.isValid() ? double(row.postedAt.toSecsSinceEpoch()) : 0.0, row.id};
}

Result<QList<CommentRow>> CommentRepository::page(const CommentQuery &query,
                                                  const std::optional<CommentPageKey> &after, int limit) const
{
    const QString sort = sortExpression(query.sort);
    const bool ascending = query.sort == CommentQuery::Sort::OldestFirst;
    QString sql = QLatin1String(RowColumns) + QStringLiteral("WHERE ") + filterClause(query);
    if (after)
        sql +=
            QStringLiteral(" AND (%1, c.id) %2 (:afterValue, :afterId)").arg(sort, ascending ? u">" : u"<");
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT :limit").arg(sort, ascending ? u"ASC" : u"DESC");
    QSqlQuery statement(m_library.database());
    statement.setForwardOnly(true);
    statement.prepare(sql);
    bindFilter(statement, query);
    if (after) {
        statement.bindValue(QStringLiteral(":afterValue"), after->sortValue);
        statement.bindValue(QStringLiteral(":afterId"), after->id);
    }
    statement.bindValue(QStringLiteral(":limit"), limit);
    if (!statement.exec())
        return LibraryText::queryFailed(tr("The comments could not be read."), statement.lastError().text());
    QList<CommentRow> rows;
    while (statement.next())
        rows << rowFrom(statement);
    return rows;
}

Result<QList<CommentRow>> CommentRepository::rows(const CommentQuery &query, const QList<qint64> &ids) const
{
    QList<CommentRow> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery statement(m_library.database());
    statement.setForwardOnly(true);
    statement.prepare(QLatin1String(RowColumns) + QStringLiteral("WHERE ") + filterClause(query) +
                      QStringLiteral(" AND c.id IN (%1)").arg(idList(ids)));
    bindFilter(statement, query);
    if (!statement.exec())
        return LibraryText::queryFailed(tr("The comments could not be read."), statement.lastError().text());
    while (statement.next())
        rows << rowFrom(statement);
    return rows;
}

Result<QList<ThreadEntry>> CommentRepository::thread(qint64 commentId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("WITH RECURSIVE up(id, parent) AS (SELECT id, parent_id FROM comments WHERE id = :id "
                       "UNION ALL SELECT c.id, c.parent_id FROM comments c JOIN up ON c.id = up.parent), "
                       "down(id) AS (SELECT id FROM up WHERE parent IS NULL "
                       "UNION ALL SELECT c.id FROM comments c JOIN down ON c.parent_id = down.id) ") +
        QLatin1String(CommentColumns) + QStringLiteral("WHERE id IN (SELECT id FROM down)"));
    query.bindValue(QStringLiteral(":id"), commentId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The conversation could not be read."), query.lastError().text());
    QList<Comment> comments;
    while (query.next())
        comments << commentFrom(query);
    if (comments.isEmpty())
        return Error{Error::Code::NotFound, tr("There is no comment %1.").arg(commentId)};
    std::sort(comments.begin(), comments.end(), [](const Comment &a, const Comment &b) {
        return std::pair(a.postedAt.isValid() ? a.postedAt.toSecsSinceEpoch() : 0, a.id) <
               std::pair(b.postedAt.isValid() ? b.postedAt.toSecsSinceEpoch() : 0, b.id);
    });
    // Depth-first from the root: each reply right after its parent, siblings by time.
    QList<ThreadEntry> ordered;
    const std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
        for (const Comment &comment : std::as_const(comments)) {
            if (comment.parentId != parent)
                continue;
            ordered.append({comment, depth});
            visit(comment.id, depth + 1);
        }
    };
    for (const Comment &comment : std::as_const(comments)) {
        if (comment.parentId == 0 || std::none_of(comments.cbegin(), comments.cend(), [&](const Comment &c) {
                return c.id == comment.parentId;
            })) {
            ordered.append({comment, 0});
            visit(comment.id, 1);
        }
    }
    return ordered;
}

Result<QList<Comment>> CommentRepository::ofArticle(qint64 articleId,
                                                    std::optional<CommentStatus> status) const
{
    auto statement =
        m_library.statements().take(QLatin1String(CommentColumns) +
                                    (status ? QStringLiteral("WHERE article_id = ? AND status = ? ")
                                            : QStringLiteral("WHERE article_id = ? ")) +
                                    QStringLiteral("ORDER BY ifnull(posted_at, 0), id"));
    QSqlQuery &query = *statement;
    query.addBindValue(articleId);
    if (status)
        query.addBindValue(commentStatusKey(*status));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article's comments could not be read."),
                                        query.lastError().text());
    QList<Comment> comments;
    while (query.next())
        comments << commentFrom(query);
    return comments;
}

Status CommentRepository::appendLog(qint64 commentId, std::optional<CommentStatus> from, CommentStatus to,
                                    const QString &actor, const QString &reason)
{
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("INSERT INTO moderation_log(comment_id, at, actor, from_status, to_status, reason) "
                       "VALUES (?, unixepoch(), ?, ?, ?, ?)"));
    query.addBindValue(commentId);
    query.addBindValue(actor);
    query.addBindValue(optionalStatus(from));
    query.addBindValue(commentStatusKey(to));
    query.addBindValue(textValue(reason));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The decision could not be recorded."), query.lastError().text());
    return {};
}

Result<QList<CommentStatusChange>> CommentRepository::setStatus(const QList<qint64> &ids,
                                                                CommentStatus status,
                                                                const QString &decidedBy,
                                                                const QString &reason)
{
    QList<CommentStatusChange> changes;
    const Status done = m_library.transaction([&]() -> Status {
        QSqlQuery current(m_library.database());
        current.setForwardOnly(true);
        current.prepare(QStringLiteral("SELECT status, previous_status, reason, decided_by, moderated_at "
                                       "FROM comments WHERE id = ?"));
        QSqlQuery update(m_library.database());
        update.prepare(QStringLiteral(
            "UPDATE comments SET previous_status = status, status = ?, reason = ?, decided_by = ?, "
            "moderated_at = unixepoch() WHERE id = ?"));
        for (qint64 id : ids) {
            current.addBindValue(id);
            if (!current.exec())
                return LibraryText::queryFailed(tr("The comment could not be read."),
                                                current.lastError().text());
            if (!current.next())
                return Error{Error::Code::NotFound, tr("There is no comment %1.").arg(id)};
            CommentStatusChange change;
            change.commentId = id;
            change.from = commentStatusFromKey(current.value(0).toString()).value_or(CommentStatus::Pending);
            change.to = status;
            change.previousBefore = commentStatusFromKey(current.value(1).toString());
            change.reasonBefore = current.value(2).toString();
            change.decidedByBefore = current.value(3).toString();
            change.decidedAtBefore = timeOrNull(current.value(4));
            current.finish();
            if (change.from == status)
                continue;
            update.addBindValue(commentStatusKey(status));
            update.addBindValue(textValue(reason));
            update.addBindValue(decidedBy);
            update.addBindValue(id);
            if (!update.exec())
                return LibraryText::queryFailed(tr("The comment's status could not be changed."),
                                                update.lastError().text());
            if (Status logged = appendLog(id, change.from, status, decidedBy, reason); !logged)
                return logged;
            changes << change;
        }
        QList<qint64> changed;
        for (const CommentStatusChange &change : std::as_const(changes))
            changed << change.commentId;
        if (!changed.isEmpty())
            m_library.announce([this, changed]() { emit m_library.commentsModerated(changed); });
        return {};
    });
    if (!done)
        return done.error();
    return changes;
}

Status CommentRepository::revert(const QList<CommentStatusChange> &changes, const QString &decidedBy)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery update(m_library.database());
        update.prepare(QStringLiteral("UPDATE comments SET status = ?, previous_status = ?, reason = ?, "
                                      "decided_by = ?, moderated_at = ? WHERE id = ?"));
        QList<qint64> ids;
        for (const CommentStatusChange &change : changes) {
            update.addBindValue(commentStatusKey(change.from));
            update.addBindValue(optionalStatus(change.previousBefore));
            update.addBindValue(textValue(change.reasonBefore));
            update.addBindValue(textValue(change.decidedByBefore));
            update.addBindValue(secondsOrNull(change.decidedAtBefore));
            update.addBindValue(change.commentId);
            if (!update.exec())
                return LibraryText::queryFailed(tr("The comment's status could not be restored."),
                                                update.lastError().text());
            //: The reason the moderation log gives for a decision that was undone.
            if (Status logged = appendLog(change.commentId, change.to, change.from, decidedBy, tr("undone"));
                !logged)
                return logged;
            ids << change.commentId;
        }
        if (!ids.isEmpty())
            m_library.announce([this, ids]() { emit m_library.commentsModerated(ids); });
        return {};
    });
}

Status CommentRepository::setSpamScores(const QHash<qint64, double> &scores)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery update(m_library.database());
        update.prepare(QStringLiteral("UPDATE comments SET spam_score = ? WHERE id = ?"));
        QList<qint64> ids;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            update.addBindValue(std::clamp(it.value(), 0.0, 1.0));
            update.addBindValue(it.key());
            if (!update.exec())
                return LibraryText::queryFailed(tr("The spam scores could not be stored."),
                                                update.lastError().text());
            ids << it.key();
        }
        if (!ids.isEmpty())
            m_library.announce([this, ids]() { emit m_library.commentsModerated(ids); });
        return {};
    });
}

Result<QList<ModerationLogEntry>> CommentRepository::log(qint64 commentId) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, comment_id, at, actor, from_status, to_status, reason FROM "
                                 "moderation_log ") +
                  (commentId ? QStringLiteral("WHERE comment_id = ? ") : QString()) +
                  QStringLiteral("ORDER BY id"));
    if (commentId)
        query.addBindValue(commentId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The moderation log could not be read."),
                                        query.lastError().text());
    QList<ModerationLogEntry> entries;
    while (query.next()) {
        ModerationLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.commentId = query.value(1).toLongLong();
        entry.at = timeOrNull(query.value(2));
        entry.actor = query.value(3).toString();
        entry.from = commentStatusFromKey(query.value(4).toString());
        entry.to = commentStatusFromKey(query.value(5).toString()).value_or(CommentStatus::Pending);
        entry.reason = query.value(6).toString();
        entries << entry;
    }
    return entries;
}

Result<QList<qint64>> CommentRepository::ids(const CommentQuery &query) const
{
    const QString sort = sortExpression(query.sort);
    const bool ascending = query.sort == CommentQuery::Sort::OldestFirst;
    QSqlQuery statement(m_library.database());
    statement.setForwardOnly(true);
    statement.prepare(QStringLiteral("SELECT c.id FROM comments c WHERE ") + filterClause(query) +
                      QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(sort, ascending ? u"ASC" : u"DESC"));
    bindFilter(statement, query);
    if (!statement.exec())
        return LibraryText::queryFailed(tr("The comments could not be read."), statement.lastError().text());
    QList<qint64> ids;
    while (statement.next())
        ids << statement.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> CommentRepository::remove(const QList<qint64> &ids)
{
    QList<qint64> removed;
    const Status status = m_library.transaction([&]() -> Status {
        // The replies go with their parent (ON DELETE CASCADE); listeners must hear of them too.
        QSqlQuery descendants(m_library.database());
        descendants.prepare(QStringLiteral(
            "WITH RECURSIVE tree(id) AS (SELECT id FROM comments WHERE id = ? "
            "UNION SELECT c.id FROM comments c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree"));
        QSqlQuery remove(m_library.database());
        remove.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
        QSet<qint64> articles;
        for (qint64 id : ids) {
            if (removed.contains(id))
                continue;
            const auto comment = find(id);
            if (!comment)
                return comment.error();
            articles.insert(comment->articleId);
            descendants.addBindValue(id);
            if (!descendants.exec())
                return LibraryText::queryFailed(tr("The comment could not be deleted."),
                                                descendants.lastError().text());
            while (descendants.next())
                removed << descendants.value(0).toLongLong();
            remove.addBindValue(id);
            if (!remove.exec())
                return LibraryText::queryFailed(tr("The comment could not be deleted."),
                                                remove.lastError().text());
        }
        m_library.announce([this, removed, articles]() {
            emit m_library.commentsRemoved(removed);
            for (qint64 article : articles)
                emit m_library.commentsChanged(article);
        });
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

Status CommentRepository::restore(const QList<Comment> &comments)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral(
            "INSERT INTO comments(id, article_id, parent_id, author, author_email, author_url, author_ip, "
            "body, body_text, posted_at, imported_at, external_id, status, spam_score, reason, decided_by, "
            "moderated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ifnull(?, unixepoch()), ?, ?, ?, ?, ?, ?)"));
        QList<qint64> ids;
        QSet<qint64> articles;
        for (const Comment &comment : comments) {
            // The id first; insertOne() binds the other columns in order after it.
            query.addBindValue(comment.id);
            qint64 id = 0;
            if (Status inserted = insertOne(query, comment, &id); !inserted)
                return inserted;
            ids << comment.id;
            articles.insert(comment.articleId);
        }
        m_library.announce([this, ids, articles]() {
            emit m_library.commentsInserted(ids);
            for (qint64 article : articles)
                emit m_library.commentsChanged(article);
        });
        return {};
    });
}

} // namespace Newsdesk
