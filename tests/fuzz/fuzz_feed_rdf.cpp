// RSS 1.0 (RDF) and Netscape RSS 0.90 feeds, read by RdfImporter and finished as every article is.
#include "FuzzSupport.h"
#include "importing/FeedImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Newsdesk::Fuzz::readAs<Newsdesk::RdfImporter>(data, size, "application/rdf+xml",
                                                         "https://feeds.example/world/index.rdf");
}
