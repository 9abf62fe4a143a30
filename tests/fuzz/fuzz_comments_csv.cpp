// CSV comment files (with a header naming a text column; the YouTube Spam Collection), read by
// CsvCommentReader.
#include "FuzzSupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Newsdesk::Fuzz::readComments(u"csv"_s, data, size, u"comments.csv"_s);
    return 0;
}
