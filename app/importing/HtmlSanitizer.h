#pragma once

#include <QString>
#include <QUrl>

namespace Newsdesk {

/// The allow-list sanitizer every imported body passes before it is stored, shown or exported: imported
/// HTML is hostile, so only known-harmless elements and attributes survive, and links are made absolute.
///
/// What survives:
/// - p, br, hr, h2–h6 (h1 becomes h2: the article title is the page's h1 in the reader and the export),
///   blockquote, q, cite, pre, code, em, strong, b, i, u, s, small, sub, sup, mark, abbr, time, a, ul, ol,
///   li, dl, dt, dd, figure, figcaption, img, table, caption, thead, tbody, tfoot, tr, th, td. Aliases are
///   mapped: del/strike → s, kbd/samp/tt → code, dir/menu → ul, listing/xmp → pre, acronym → abbr,
///   amp-img → img; picture keeps only its img.
/// - a[href, title], img[src, alt, title, width, height], blockquote[cite], q[cite], td/th[colspan, rowspan],
///   time[datetime], abbr[title], ol[start], li[value]; numbers must be plain numbers.
/// - URLs resolved against the base URL: a[href] http(s), mailto or a #fragment; img[src] and cite
///   http(s); img[src] also data:image/(png|gif|jpeg|webp);base64. Anything else drops the attribute; an
///   a without href is unwrapped, an img without src is dropped. Relative URLs need an http(s) base.
///
/// What goes: script, style, iframe, object, embed, form and its controls, svg, math, media, head
/// elements and the like with everything inside them; every other attribute; comments and doctypes.
/// Other elements (div, span, section, font…) are unwrapped; block-level ones (div, section…) still
/// separate paragraphs. Loose text at the top level or in a blockquote is wrapped in <p>, stray content in
/// a list or table in an <li>, <dd> or row and cell; a block where it cannot go (a <p> inside a <p>) is
/// unwrapped, as is an inline element around blocks. Empty paragraphs, lists, tables and inline elements
/// and dangling <br>s go; whitespace is collapsed outside <pre>.
///
/// The output is a compact fragment, well-formed as XML as well as HTML (void elements written as <br/>,
/// only &amp; &lt; &gt; &quot; as entities), so a reader page and an XHTML export can both embed it.
class HtmlSanitizer
{
public:
    HtmlSanitizer() = delete;

    /// Kept elements nested deeper than this are unwrapped, so nothing downstream faces a deep tree.
    static constexpr int MaxDepth = 128;

    /// Cleans a fragment, or the <body> of a whole document, and returns a fragment without
    /// <html>/<head>/<body>. Never fails: what cannot be kept is left out.
    static QString sanitize(const QString &html, const QUrl &baseUrl);

    /// The text of (sanitised) HTML for search and word counts: paragraphs (p, h1–h6, li, blockquote,
    /// pre, figcaption, tr, div and the other block elements) separated by one blank line, <br> as a
    /// newline, whitespace collapsed inside paragraphs (kept inside pre), entities decoded, table cells
    /// separated by a space, no text from img alt, soft hyphens removed.
    static QString plainText(const QString &sanitizedHtml);
};

} // namespace Newsdesk
