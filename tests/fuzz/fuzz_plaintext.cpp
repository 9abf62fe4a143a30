// Plain text copied out of a browser, read by PlainTextImporter: headline, dateline, credits, furniture.
#include "FuzzSupport.h"
#include "importing/PlainTextImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::PlainTextImporter>(data, size, "text/plain",
                                                               "https://news.example/world/story.txt");
}
