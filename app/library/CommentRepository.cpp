#include "CommentRepository.h"

#include "Library.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Newsdesk {

CommentRepository::CommentRepository(Library &library)
    : m_library(library)
{
}

Result<qint64> CommentRepository::insert(const Comment &comment)
{
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("INSERT INTO comments(article_id, parent_id, author, author_email, author_url, body, "
                       "posted_at, imported_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, unixepoch(), ?)"));
    query.addBindValue(comment.articleId);
    query.addBindValue(comment.parentId > 0 ? QVariant(comment.parentId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(textValue(comment.author));
    query.addBindValue(textValue(comment.authorEmail));
    query.addBindValue(textValue(comment.authorUrl));
    query.addBindValue(textValue(comment.body));
    query.addBindValue(secondsOrNull(comment.postedAt));
    query.addBindValue(commentStatusKey(comment.status));
    if (!query.exec())
        return LibraryText::queryFailed(tr("add the comment"), query.lastError().text());
    m_library.announce(
        [this, articleId = comment.articleId]() { emit m_library.commentsChanged(articleId); });
    return query.lastInsertId().toLongLong();
}

Result<int> CommentRepository::count(std::optional<CommentStatus> status) const
{
    QSqlQuery query(m_library.database());
    query.prepare(status ? QStringLiteral("SELECT count(*) FROM comments WHERE status = ?")
                         : QStringLiteral("SELECT count(*) FROM comments"));
    if (status)
        query.addBindValue(commentStatusKey(*status));
    if (!query.exec() || !query.next())
        return LibraryText::queryFailed(tr("count comments"), query.lastError().text());
    return query.value(0).toInt();
}

} // namespace Newsdesk
