#pragma once

#include "CommentReader.h"

namespace Newsdesk {

/// Disqus's XML export: <thread dsq:id> elements with the <link> of the page they discuss, and <post>
/// elements pointing at their thread and parent. A post marked <isSpam> is spam, <isDeleted> rejected,
/// <isApproved>false</isApproved> pending; any other post was shown on the site and is approved.
class DisqusCommentReader : public CommentReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DisqusCommentReader)

public:
    QString key() const override { return QStringLiteral("disqus"); }
    QString formatName() const override;
    bool canRead(const QByteArray &data, const QString &fileName) const override;
    Result<CommentFile> read(const QByteArray &data, const CommentReadOptions &options) const override;
};

} // namespace Newsdesk
