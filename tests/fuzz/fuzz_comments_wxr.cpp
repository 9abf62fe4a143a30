// WordPress comment exports (WXR), read by WxrCommentReader through CommentImport::read.
#include "FuzzSupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Newsdesk::Fuzz::readComments(u"wxr"_s, data, size, u"wordpress-export.xml"_s);
    return 0;
}
