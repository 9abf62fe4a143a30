// JSON Feed 1.0 and 1.1, read by JsonFeedImporter and finished as every article is.
#include "FuzzSupport.h"
#include "importing/FeedImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::JsonFeedImporter>(data, size, "application/feed+json",
                                                              "https://feeds.example/world/feed.json");
}
