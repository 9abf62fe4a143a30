// Web pages as bytes, read by HtmlImporter: charset (declared, <meta> or detected), metadata, main content
// (ContentExtractor), reader comments, wire conventions, then the sanitizer.
#include "FuzzSupport.h"
#include "importing/HtmlImporter.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Newsdesk::HtmlImporter importer;
    // Mostly undeclared, so the decoder reads <meta> or detects; now and then a header's charset, which
    // the bytes may contradict. The length chooses, so that an input always runs the same way.
    static const QString headerCharsets[] = {{}, {}, {}, u"utf-8"_s, u"windows-1252"_s, u"utf-16"_s};
    auto page =
        Newsdesk::Fuzz::source(data, size, u"text/html"_s, QUrl(u"https://news.example/world/story.html"_s));
    page.declaredCharset = headerCharsets[size % std::size(headerCharsets)];
    Newsdesk::Fuzz::readWith(importer, page);
    return 0;
}
