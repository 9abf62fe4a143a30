#pragma once

#include "CommentReader.h"

namespace Newsdesk {

/// JSON: an array of comment objects, or an object whose "comments" is one — the comment object of the
/// bundle format. Keys: id, parent_id, article_id or article_url, author, email, url, ip, posted_at (ISO
/// 8601 or seconds since the epoch), text (plain) or html, status. Ids may be numbers or strings.
class JsonCommentReader : public CommentReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::JsonCommentReader)

public:
    QString key() const override { return QStringLiteral("json"); }
    QString formatName() const override;
    bool canRead(const QByteArray &data, const QString &fileName) const override;
    Result<CommentFile> read(const QByteArray &data, const CommentReadOptions &options) const override;
};

} // namespace Newsdesk
