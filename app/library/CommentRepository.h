#pragma once

#include "core/Comment.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Newsdesk {

class Library;

/// Which comments a moderation view or command looks at, and in what order.
struct CommentQuery
{
    enum class Sort {
        NewestFirst,
        OldestFirst,
        SpamScore, ///< most likely spam first; unscored comments last
    };

    std::optional<CommentStatus> status;
    qint64 articleId = 0; ///< 0: every article
    QString author;       ///< matches the author's name, email or IP exactly (case-insensitive); empty: all
    QString reason;       ///< the decision's reason contains this (e.g. a rule's name); empty: all
    std::optional<double> minSpamScore;
    Sort sort = Sort::NewestFirst;
};

/// One line of the moderation queue: what the list shows, without the full text.
struct CommentRow
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0;
    QString articleTitle;
    QString author;
    QString authorEmail;
    QString authorIp;
    QString excerpt; ///< the start of the plain text, on one line
    QDateTime postedAt;
    CommentStatus status = CommentStatus::Pending;
    std::optional<double> spamScore;
    QString reason;
    QString decidedBy;
};

/// Where a page of the queue ends: the sort value and id of its last row.
struct CommentPageKey
{
    double sortValue = 0;
    qint64 id = 0;
};

/// One status change, as the library recorded it; undo applies it backwards.
struct CommentStatusChange
{
    qint64 commentId = 0;
    CommentStatus from = CommentStatus::Pending;
    CommentStatus to = CommentStatus::Pending;
    std::optional<CommentStatus> previousBefore; ///< previous_status before the change, for an exact undo
    QString reasonBefore;
    QString decidedByBefore;
    QDateTime decidedAtBefore;
};

/// A comment in its conversation: how many replies deep it sits (0 for the root).
struct ThreadEntry
{
    Comment comment;
    int depth = 0;
};

/// One entry of the moderation log.
struct ModerationLogEntry
{
    qint64 id = 0;
    qint64 commentId = 0;
    QDateTime at;
    QString actor;
    std::optional<CommentStatus> from;
    CommentStatus to = CommentStatus::Pending;
    QString reason;
};

/// Reader comments in the store: adding them (one or a whole file at once), the moderation queue in
/// pages, threads, decisions with their reason and an audit trail, and spam scores.
class CommentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommentRepository)

public:
    explicit CommentRepository(Library &library);

    /// Adds a comment and returns its id; parentId must be a comment on the same article or 0.
    Result<qint64> insert(const Comment &comment);
    /// Adds comments in one transaction, all or nothing; a parentId < 0 refers to the comment at index
    /// -parentId - 1 of the same list (a reply to a comment of the same file).
    Result<QList<qint64>> insert(const QList<Comment> &comments);
    /// The comment of an article that came with this external id, if any.
    Result<qint64> findExternal(qint64 articleId, const QString &externalId) const;
    /// Every external id of an article's comments with its comment id: one query where an import of a
    /// whole file would otherwise ask findExternal() once per comment.
    Result<QHash<QString, qint64>> externalIds(qint64 articleId) const;

    Result<int> count(std::optional<CommentStatus> status = std::nullopt) const;
    Result<int> count(const CommentQuery &query) const;
    Result<QHash<CommentStatus, int>> countsByStatus() const;

    Result<Comment> find(qint64 id) const;
    /// A page of the queue after the given key (none: from the top).
    Result<QList<CommentRow>> page(const CommentQuery &query, const std::optional<CommentPageKey> &after,
                                   int limit) const;
    /// The rows among ids that the query would show.
    Result<QList<CommentRow>> rows(const CommentQuery &query, const QList<qint64> &ids) const;
    static CommentPageKey keyOf(const CommentQuery &query, const CommentRow &row);
    /// The whole conversation a comment is part of: its root and every reply, in reading order (each
    /// reply after its parent, siblings by time).
    Result<QList<ThreadEntry>> thread(qint64 commentId) const;
    Result<QList<Comment>> ofArticle(qint64 articleId,
                                     std::optional<CommentStatus> status = std::nullopt) const;

    /// Moves comments to a status, recording who decided and why in the comment and the moderation
    /// log; comments already there are left alone. Returns the changes made, for undo.
    Result<QList<CommentStatusChange>> setStatus(const QList<qint64> &ids, CommentStatus status,
                                                 const QString &decidedBy, const QString &reason = {});
    /// Undoes setStatus(): each comment goes back to where it was, and the log says so.
    Status revert(const QList<CommentStatusChange> &changes, const QString &decidedBy);
    /// Stores the spam filter's scores (0…1).
    Status setSpamScores(const QHash<qint64, double> &scores);

    /// The moderation log, oldest first; of one comment when commentId is set.
    Result<QList<ModerationLogEntry>> log(qint64 commentId = 0) const;

    /// The plain text of comment HTML, for body_text.
    static QString plainText(const QString &html);

    /// The ids of every comment the query selects, in its order: for a decision on a whole filtered list
    /// (all of an author's comments, say) without loading its rows.
    Result<QList<qint64>> ids(const CommentQuery &query) const;

    /// Deletes comments, and with them their replies (the schema cascades), in one transaction: undo of
    /// a comment the curator added. Returns every id removed, replies included; the moderation log keeps
    /// its entries, as an audit trail does.
    Result<QList<qint64>> remove(const QList<qint64> &ids);
    /// Puts removed comments back with their own ids (redo after undo), in one transaction, so that
    /// later steps naming those ids still find them. Parents come before their replies.
    Status restore(const QList<Comment> &comments);

private:
    /// Binds and runs the prepared INSERT of insert(): one statement for a whole list.
    Status insertOne(QSqlQuery &query, const Comment &comment, qint64 *newId);
    Status appendLog(qint64 commentId, std::optional<CommentStatus> from, CommentStatus to,
                     const QString &actor, const QString &reason);

    Library &m_library;
};

} // namespace Newsdesk
