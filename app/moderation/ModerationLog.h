#pragma once

#include "library/CommentRepository.h"

#include <QByteArray>

namespace Newsdesk {

/// The moderation log as CSV (RFC 4180, UTF-8, a header row): id, comment_id, at (ISO 8601 UTC), actor,
/// from, to, reason. The window's export and `newsdesk-cli moderation log --csv` both write this.
QByteArray moderationLogCsv(const QList<ModerationLogEntry> &entries);

/// One CSV field, quoted when it must be.
QString csvField(const QString &text);

} // namespace Newsdesk
