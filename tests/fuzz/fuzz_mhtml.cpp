// Pages saved as one MHTML file: MhtmlReader splits any bytes; what it recognises as MHTML then goes the
// whole way through HtmlImporter, as an imported .mhtml file does.
#include "FuzzSupport.h"
#include "importing/HtmlImporter.h"
#include "importing/MhtmlReader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Newsdesk::Fuzz::bytes(data, size);
    if (!Newsdesk::MhtmlReader::canRead(input)) {
        (void)Newsdesk::MhtmlReader::read(input);
        return 0;
    }
    static const Newsdesk::HtmlImporter importer;
    Newsdesk::Fuzz::readWith(importer,
                             Newsdesk::Fuzz::source(data, size, u"multipart/related"_s,
                                                    QUrl(u"https://news.example/saved/story.mhtml"_s)));
    return 0;
}
