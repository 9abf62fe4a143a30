// JSON comment files (an array, or an object holding "comments"), read by JsonCommentReader.
#include "FuzzSupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Newsdesk::Fuzz::readComments(u"json"_s, data, size, u"comments.json"_s);
    return 0;
}
