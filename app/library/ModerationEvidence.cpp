#include "ModerationEvidence.h"

#include "CommentRepository.h"
#include "Library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Newsdesk {

namespace {

constexpr auto CommentColumns =
    "SELECT id, article_id, ifnull(parent_id, 0), author, author_email, author_url, "
    "author_ip, body, body_text, posted_at, status, spam_score, reason, "
    "decided_by, external_id FROM comments ";

/// 64-bit FNV-1a over the text case-folded, with runs of white space as one space and none at the ends:
/// copies are found by this, not by the text, so that the facts of a big batch hold a number per comment
/// instead of its text. Folded as it goes, since it runs over every comment of the authors concerned.
QString textHash(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    bool any = false;
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = any;
            continue;
        }
        if (space) {
            hash ^= u' ';
            hash *= 0x100000001b3ULL;
            space = false;
        }
        hash ^= QChar::toCaseFolded(c.unicode());
        hash *= 0x100000001b3ULL;
        any = true;
    }
    return any ? QString::number(hash, 36) : QString();
}

QString copyKey(QChar kind, const QString &who, const QString &text)
{
    if (who.isEmpty())
        return {};
    const QString hash = textHash(text);
    if (hash.isEmpty())
        return {};
    return kind + who.toCaseFolded() + QChar(0x1f) + hash;
}

/// Distinct non-empty values as one JSON array, which the statement reads back with json_each: one
/// statement for the whole batch whatever its size, with no limit on bound variables.
QString jsonList(const QSet<QString> &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString textOf(const QString &bodyText, const QString &body)
{
    return bodyText.isEmpty() ? CommentRepository::plainText(body) : bodyText;
}

void sortPosts(QHash<QString, QList<ModerationFacts::Post>> &posts)
{
    for (auto &list : posts)
        std::sort(list.begin(), list.end(),
                  [](const ModerationFacts::Post &a, const ModerationFacts::Post &b) {
                      return std::pair(a.postedAt, a.id) < std::pair(b.postedAt, b.id);
                  });
}

} // namespace

QString ModerationFacts::authorKey(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty() && email.trimmed().isEmpty())
        return {};
    return name.trimmed().toCaseFolded() + QChar(0x1f) + email.trimmed().toCaseFolded();
}

QString ModerationFacts::nameCopyKey(const QString &name, const QString &text)
{
    return copyKey(QLatin1Char('n'), name.trimmed(), text);
}

QString ModerationFacts::emailCopyKey(const QString &email, const QString &text)
{
    return copyKey(QLatin1Char('e'), email.trimmed(), text);
}

Result<ModerationFacts> ModerationEvidence::factsFor(const QList<Comment> &comments) const
{
    ModerationFacts facts;
    QSet<QString> names;
    QSet<QString> emails;
    QSet<QString> ips;
    for (const Comment &comment : comments) {
        if (!comment.author.trimmed().isEmpty())
            names.insert(comment.author.trimmed());
        if (!comment.authorEmail.trimmed().isEmpty())
            emails.insert(comment.authorEmail.trimmed());
        if (!comment.authorIp.trimmed().isEmpty())
            ips.insert(comment.authorIp.trimmed());
    }
    const QSqlDatabase db = m_library.database();

    // Everything the subjects' authors wrote, by name (the NOCASE index of 004_moderation.sql): known
    // authors, their posting times and their texts.
    if (!names.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT id, author, author_email, posted_at, status, body_text, "
            "CASE WHEN body_text = '' THEN body ELSE '' END FROM comments "
            "WHERE author <> '' AND author COLLATE NOCASE IN (SELECT value FROM json_each(?))"));
        query.addBindValue(jsonList(names));
        if (!query.exec())
            return LibraryText::queryFailed(tr("The authors' comments could not be read."),
                                            query.lastError().text());
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString name = query.value(1).toString();
            const QString email = query.value(2).toString();
            const auto status =
                commentStatusFromKey(query.value(4).toString()).value_or(CommentStatus::Pending);
            const QString author = ModerationFacts::authorKey(name, email);
            // WordPress recognises an author by name and email both; a name alone anyone can type.
            if (status == CommentStatus::Approved && !name.trimmed().isEmpty() && !email.trimmed().isEmpty())
                facts.approvedAuthors.insert(author);
            if (!query.value(3).isNull())
                facts.postsByAuthor[author].append({id, query.value(3).toLongLong()});
            const QString key = ModerationFacts::nameCopyKey(
                name, textOf(query.value(5).toString(), query.value(6).toString()));
            if (!key.isEmpty())
                facts.copies[key].append({id, status});
        }
    }

    if (!emails.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT id, author_email, status, body_text, CASE WHEN body_text = '' THEN body ELSE '' END "
            "FROM comments "
            "WHERE author_email <> '' AND author_email COLLATE NOCASE IN (SELECT value FROM json_each(?))"));
        query.addBindValue(jsonList(emails));
        if (!query.exec())
            return LibraryText::queryFailed(tr("The authors' comments could not be read."),
                                            query.lastError().text());
        while (query.next()) {
            const QString key = ModerationFacts::emailCopyKey(
                query.value(1).toString(), textOf(query.value(3).toString(), query.value(4).toString()));
            if (!key.isEmpty())
                facts.copies[key].append(
                    {query.value(0).toLongLong(),
                     commentStatusFromKey(query.value(2).toString()).value_or(CommentStatus::Pending)});
        }
    }

    if (!ips.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT id, author_ip, posted_at FROM comments WHERE author_ip <> '' AND "
                           "author_ip IN (SELECT value FROM json_each(?)) AND posted_at IS NOT NULL"));
        query.addBindValue(jsonList(ips));
        if (!query.exec())
            return LibraryText::queryFailed(tr("The comments from the same addresses could not be read."),
                                            query.lastError().text());
        while (query.next())
            facts.postsByIp[query.value(1).toString()].append(
                {query.value(0).toLongLong(), query.value(2).toLongLong()});
    }

    sortPosts(facts.postsByAuthor);
    sortPosts(facts.postsByIp);
    for (auto &list : facts.copies)
        std::sort(list.begin(), list.end(),
                  [](const ModerationFacts::Copy &a, const ModerationFacts::Copy &b) { return a.id < b.id; });
    return facts;
}

Result<QList<Comment>> ModerationEvidence::readComments(const QString &condition, int limit,
                                                        const std::function<bool()> &cancelled) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(CommentColumns) + condition +
                  (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The comments could not be read."), query.lastError().text());
    QList<Comment> comments;
    while (query.next()) {
        if (cancelled && comments.size() % 256 == 0 && cancelled())
            return Error{Error::Code::Failed, tr("Cancelled.")};
        Comment comment;
        comment.id = query.value(0).toLongLong();
        comment.articleId = query.value(1).toLongLong();
        comment.parentId = query.value(2).toLongLong();
        comment.author = query.value(3).toString();
        comment.authorEmail = query.value(4).toString();
        comment.authorUrl = query.value(5).toString();
        comment.authorIp = query.value(6).toString();
        comment.body = query.value(7).toString();
        comment.bodyText = textOf(query.value(8).toString(), comment.body);
        if (!query.value(9).isNull())
            comment.postedAt = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        comment.status = commentStatusFromKey(query.value(10).toString()).value_or(CommentStatus::Pending);
        if (!query.value(11).isNull())
            comment.spamScore = query.value(11).toDouble();
        comment.reason = query.value(12).toString();
        comment.decidedBy = query.value(13).toString();
        comment.externalId = query.value(14).toString();
        comments << comment;
    }
    return comments;
}

Result<QList<Comment>> ModerationEvidence::pendingComments(int limit) const
{
    return readComments(QStringLiteral("WHERE status = 'pending' ORDER BY ifnull(posted_at, 0), id"), limit,
                        {});
}

Result<QList<Comment>> ModerationEvidence::pendingCommentsAfter(const Comment *after, int limit) const
{
    if (!after)
        return pendingComments(limit);
    // Numbers from the comment itself, written in. Spelt out rather than as a row value, which SQLite
    // cannot turn into a range of the comments_queue index.
    const qint64 postedAt = after->postedAt.isValid() ? after->postedAt.toSecsSinceEpoch() : 0;
    return readComments(
        QStringLiteral("WHERE status = 'pending' AND ifnull(posted_at, 0) >= %1 AND "
                       "(ifnull(posted_at, 0) > %1 OR id > %2) ORDER BY ifnull(posted_at, 0), id")
            .arg(postedAt)
            .arg(after->id),
        limit, {});
}

Result<QList<Comment>> ModerationEvidence::trainingComments(const std::function<bool()> &cancelled) const
{
    // The newest decisions only: at a million comments all 700,000 decided ones took 510 MB to hold and
    // were read again at every start-up whose fingerprint had changed (heaptrack of the window).
    return readComments(QStringLiteral("WHERE id IN (SELECT id FROM comments WHERE status IN ('approved', "
                                       "'spam') AND decided_by <> 'filter' ORDER BY id DESC LIMIT %1) "
                                       "ORDER BY id")
                            .arg(MaxTrainingComments),
                        0, cancelled);
}

Result<QString> ModerationEvidence::decisionsFingerprint() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(
            // The count from the triggers' table (006_comment_counts.sql): counting a million comments
            // at every start-up filled an 11 MB page cache for one number.
            QStringLiteral("SELECT (SELECT ifnull(max(id), 0) FROM moderation_log), "
                           "(SELECT ifnull(max(id), 0) FROM comments), "
                           "(SELECT ifnull(sum(comments), 0) FROM comment_status_counts)")) ||
        !query.next())
        return LibraryText::queryFailed(tr("The moderation log could not be read."),
                                        query.lastError().text());
    return QStringLiteral("%1/%2/%3")
        .arg(query.value(0).toLongLong())
        .arg(query.value(1).toLongLong())
        .arg(query.value(2).toLongLong());
}

} // namespace Newsdesk
