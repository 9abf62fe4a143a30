// OPML subscription lists, read by OpmlImporter (which gives feed addresses to follow).
#include "FuzzSupport.h"
#include "importing/OpmlImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::OpmlImporter>(data, size, "text/x-opml",
                                                          "https://feeds.example/subscriptions.opml");
}
