#pragma once

#include "CommentReader.h"

namespace Newsdesk {

/// WordPress's export (WXR, "WordPress eXtended RSS"): every <item> with its <link>, <guid> and
/// <wp:comment> elements. comment_approved maps 1 → approved, 0 → pending, spam → spam, trash and
/// post-trashed → rejected; comment_parent threads replies. Pingbacks and trackbacks are skipped (and
/// counted): they are notices from other sites, not reader comments.
class WxrCommentReader : public CommentReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::WxrCommentReader)

public:
    QString key() const override { return QStringLiteral("wxr"); }
    QString formatName() const override;
    bool canRead(const QByteArray &data, const QString &fileName) const override;
    Result<CommentFile> read(const QByteArray &data, const CommentReadOptions &options) const override;
};

} // namespace Newsdesk
