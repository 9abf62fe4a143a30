// Atom feeds, read by AtomImporter and finished as ImportFormats finishes every article.
#include "FuzzSupport.h"
#include "importing/FeedImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::AtomImporter>(data, size, "application/atom+xml",
                                                          "https://feeds.example/world/atom.xml");
}
