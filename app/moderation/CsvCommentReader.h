#pragma once

#include "CommentReader.h"

namespace Newsdesk {

/// CSV with a header row (RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes; a
/// byte order mark and CRLF are fine; comma, semicolon or tab as the delimiter, whichever the header uses).
/// Columns in any order: article_url or article_id, id, parent_id, author, email, url, ip, posted_at
/// (ISO 8601), text (plain text), status (pending, approved, spam, rejected; pending when empty). Other
/// columns are ignored with an issue.
///
/// Also the YouTube Spam Collection's shape: COMMENT_ID, AUTHOR, DATE, CONTENT (HTML), CLASS. CLASS is a
/// researcher's spam label, not a moderation decision: it is ignored unless labelsAsStatus is set. Such a
/// file names no article, so the comments need CommentReadOptions::articleId.
class CsvCommentReader : public CommentReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CsvCommentReader)

public:
    QString key() const override { return QStringLiteral("csv"); }
    QString formatName() const override;
    bool canRead(const QByteArray &data, const QString &fileName) const override;
    Result<CommentFile> read(const QByteArray &data, const CommentReadOptions &options) const override;
};

} // namespace Newsdesk
