#include "Comment.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace Newsdesk {

namespace {
constexpr std::array<std::pair<CommentStatus, const char *>, 4> commentStatusKeys{{
    {CommentStatus::Pending, "pending"},
    {CommentStatus::Approved, "approved"},
    {CommentStatus::Spam, "spam"},
    {CommentStatus::Rejected, "rejected"},
}};
} // namespace

QString commentStatusKey(CommentStatus status)
{
    for (const auto &[value, key] : commentStatusKeys)
        if (value == status)
            return QString::fromLatin1(key);
    return {};
}

std::optional<CommentStatus> commentStatusFromKey(QStringView key)
{
    for (const auto &[value, name] : commentStatusKeys)
        if (key.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

QString commentHtmlFromText(const QString &text)
{
    QStringList paragraphs;
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.trimmed().split(blankLines, Qt::SkipEmptyParts))
        paragraphs << QStringLiteral("<p>%1</p>")
                          .arg(paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return paragraphs.join(QString());
}

QString CommentText::statusLabel(CommentStatus status)
{
    switch (status) {
    case CommentStatus::Pending:
        return tr("Pending");
    case CommentStatus::Approved:
        return tr("Approved");
    case CommentStatus::Spam:
        return tr("Spam");
    case CommentStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QList<CommentStatus> CommentText::allStatuses()
{
    return {CommentStatus::Pending, CommentStatus::Approved, CommentStatus::Spam, CommentStatus::Rejected};
}

} // namespace Newsdesk
