// RSS 2.0 and 0.9x feeds, read by RssImporter and finished as ImportFormats finishes every article.
#include "FuzzSupport.h"
#include "importing/FeedImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::RssImporter>(data, size, "application/rss+xml",
                                                         "https://feeds.example/world/rss.xml");
}
