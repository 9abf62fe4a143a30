#pragma once

#include "CommentReader.h"

#include <memory>
#include <vector>

namespace Newsdesk {

/// Every comment file format Newsdesk reads, and which one a file is in.
class CommentFormats
{
public:
    /// The readers, the most particular first: the XML exports, then JSON, then CSV (which needs a header
    /// it knows).
    static const std::vector<std::unique_ptr<CommentReader>> &readers();
    /// The reader `--format key` names, or nullptr.
    static const CommentReader *reader(const QString &key);
    /// The reader that recognises the content (the name only breaks ties), or nullptr.
    static const CommentReader *detect(const QByteArray &data, const QString &fileName);
    /// The keys, for help texts: "wxr, disqus, csv, json".
    static QStringList keys();
};

} // namespace Newsdesk
