// Newsdesk bundles (a JSON Feed with "_newsdesk" fields, app/exporting/BundleJson.h) as an import takes
// them: read by JsonFeedImporter, then written into a library by ImportWriter — articles, topics with their
// place, comments with their threads, the bundle itself — inside a transaction that is rolled back, so
// every input meets the same empty library.
#include "FuzzSupport.h"
#include "importing/FeedImporter.h"
#include "importing/ImportWriter.h"
#include "library/Library.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Newsdesk;
    static const JsonFeedImporter importer;
    const auto outcome =
        Fuzz::readWith(importer, Fuzz::source(data, size, u"application/json"_s,
                                              QUrl::fromLocalFile(u"/srv/bundles/bundle.json"_s)));
    if (!outcome)
        return 0;
    Library &library = Fuzz::library();
    (void)library.transaction([&]() -> Status {
        std::optional<ImportedBundle> bundle;
        if (const auto written = ImportWriter::write(library, *outcome, &bundle);
            !written && written.errorString().trimmed().isEmpty())
            Fuzz::fail(u"every error says why"_s, u"ImportWriter::write failed without a message"_s);
        return Error{Error::Code::Failed, u"rolled back: the next input starts from an empty library"_s};
    });
    return 0;
}
