#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Newsdesk {

/// Where a reader comment stands in moderation.
enum class CommentStatus { Pending, Approved, Spam, Rejected };

QString commentStatusKey(CommentStatus status);
std::optional<CommentStatus> commentStatusFromKey(QStringView key);

/// A reader's comment on an article; replies point at their parent.
struct Comment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0; ///< 0 for a top-level comment.
    QString author;
    QString authorEmail;
    QString authorUrl;
    QString body;
    QDateTime postedAt;
    CommentStatus status = CommentStatus::Pending;
};

} // namespace Newsdesk
