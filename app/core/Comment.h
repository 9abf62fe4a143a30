#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Newsdesk {

/// Where a reader comment stands in moderation.
enum class CommentStatus { Pending, Approved, Spam, Rejected };

QString commentStatusKey(CommentStatus status);
std::optional<CommentStatus> commentStatusFromKey(QStringView key);

/// Who made a moderation decision.
namespace DecidedBy {
inline constexpr QLatin1StringView Curator{"curator"}; ///< a person, in the window or the CLI
inline constexpr QLatin1StringView Rules{"rules"};     ///< the moderation rules
inline constexpr QLatin1StringView Filter{"filter"};   ///< the learned spam filter
inline constexpr QLatin1StringView Import{"import"};   ///< the status the comment came with
} // namespace DecidedBy

/// A reader's comment on an article; replies point at their parent.
struct Comment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0; ///< 0 for a top-level comment.
    QString author;
    QString authorEmail;
    QString authorUrl;
    QString authorIp;
    QString body;     ///< sanitised HTML (or plain text, which is valid HTML once escaped)
    QString bodyText; ///< plain text: what rules, the spam filter and search read; derived when empty
    QDateTime postedAt;
    QDateTime importedAt;
    QString externalId; ///< its id in the file it came from, to recognise it on a second import
    CommentStatus status = CommentStatus::Pending;
    std::optional<CommentStatus> previousStatus; ///< before the last decision, for restore
    std::optional<double> spamScore;             ///< 0 (ham) … 1 (spam), once the filter has scored it
    QString reason;                              ///< why the last automatic decision was made
    QString decidedBy;                           ///< DecidedBy::…; empty while nobody decided
    QDateTime decidedAt;
};

/// HTML for a comment written as plain text: escaped, blank lines between paragraphs, line breaks kept.
QString commentHtmlFromText(const QString &text);

/// Translatable names of comment statuses, for views and messages.
class CommentText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommentText)

public:
    static QString statusLabel(CommentStatus status);
    static QList<CommentStatus> allStatuses();
};

} // namespace Newsdesk
