#pragma once

#include <QString>
#include <QStringList>

namespace Newsdesk::Fuzz {

/// The property every sanitised body must have (docs/SECURITY.md): nothing in it can run. Checked
/// independently of HtmlSanitizer, so a fuzzer can catch the sanitizer letting something through.
///
/// The HTML is read twice: by libxml2's HTML parser (lenient, as a browser reads a page) and as XML, so a
/// construct one parser hides is seen by the other.
///
/// Executable means: an element that runs or loads script, styles or other documents (script, style,
/// iframe, object, embed, svg, math, base, meta, link, form and its controls, template…); an on*
/// attribute, srcdoc or http-equiv; a URL attribute (href, src, action, cite, data…) whose scheme is not
/// http, https or mailto, other than a #fragment, a relative address or data:image/(png|gif|jpeg|webp);
/// a style attribute with expression(), a script URL or a binding; an IE conditional comment; in the XML
/// reading, a processing instruction or a document type.
class InertHtml
{
public:
    InertHtml() = delete;

    /// The first executable construct in html, described for a crash report ("<script>",
    /// "a[href=javascript:x]: a javascript: URL"), or an empty string when html is inert.
    static QString executableConstruct(const QString &html);

    /// Why html is not well-formed XML (as HtmlSanitizer promises its output is, for XHTML exports), or an
    /// empty string when it is.
    static QString xmlError(const QString &html);

    /// Fragments executableConstruct() must flag, for the checker's own tests.
    static QStringList knownExecutable();
    /// Inert fragments xmlError() must flag.
    static QStringList knownMalformed();
    /// Sanitised-looking fragments that must pass both.
    static QStringList knownInert();
};

} // namespace Newsdesk::Fuzz
