// HtmlSanitizer on any markup and base address. The property (InertHtml): what comes out runs nothing and
// is well-formed XML; sanitising that again changes nothing, since the reader and every export do.
#include "FuzzSupport.h"
#include "importing/HtmlSanitizer.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Newsdesk;
    // Bases as callers pass them: a page's address, a local file, none, and the hostile ones a page's own
    // <base href> can produce. The length chooses, so that an input always runs the same way.
    static const QUrl bases[] = {QUrl(u"https://news.example/world/story.html"_s),
                                 QUrl(u"http://news.example"_s),
                                 QUrl::fromLocalFile(u"/home/curator/saved/page.html"_s),
                                 QUrl(),
                                 QUrl(u"javascript:alert(1)//"_s),
                                 QUrl(u"data:text/html,<p>"_s)};
    const QUrl &base = bases[size % std::size(bases)];
    const QString clean = HtmlSanitizer::sanitize(QString::fromUtf8(Fuzz::bytes(data, size)), base);
    Fuzz::requireSanitised(clean, u"the sanitised input"_s);
    (void)HtmlSanitizer::plainText(clean);
    if (const QString again = HtmlSanitizer::sanitize(clean, base); again != clean)
        Fuzz::fail(u"sanitising sanitised HTML changes nothing"_s,
                   u"once:  %1\ntwice: %2"_s.arg(clean.left(2000), again.left(2000)));
    return 0;
}
