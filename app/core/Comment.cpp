#include "Comment.h"

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

} // namespace Newsdesk
