// Disqus comment exports, read by DisqusCommentReader through CommentImport::read.
#include "FuzzSupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Newsdesk::Fuzz::readComments(u"disqus"_s, data, size, u"disqus-export.xml"_s);
    return 0;
}
