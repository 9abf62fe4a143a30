#pragma once

#include "CommentReader.h"

namespace Newsdesk {

/// JSON: an array of comment objects, or an object whose "comments" is one. Keys: id, parent_id,
/// article_id or article_url, author, email, url, ip, posted_at (ISO 8601 or seconds since the epoch),
/// text (plain) or html, status. Ids may be numbers or strings. The comment object of the bundle format
/// (docs/bundle-format.md: parent, date, content_html, content_text) is read too.
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
