#include "InertHtml.h"

#include "importing/HtmlDocument.h"

#include <libxml/tree.h>

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace Newsdesk::Fuzz {

namespace {

using namespace Qt::StringLiterals;

/// Lower case for ASCII only: a browser matches tag names and URL schemes that way, and Unicode case
/// mapping would turn, say, the Kelvin sign into a "k" no browser sees.
QString asciiLower(QStringView text)
{
    QString lower;
    lower.reserve(text.size());
    for (const QChar c : text)
        lower += (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
    return lower;
}

/// "xss:script" is a script to a lenient parser: judge the part after the prefix.
QString localName(QStringView qualifiedName)
{
    const QString lower = asciiLower(qualifiedName);
    return lower.mid(lower.lastIndexOf(u':') + 1);
}

bool isActiveElement(const QString &name)
{
    static const QSet<QString> active{
        u"script"_s,   u"style"_s,   u"iframe"_s,   u"frame"_s,  u"frameset"_s, u"object"_s, u"embed"_s,
        u"applet"_s,   u"svg"_s,     u"math"_s,     u"base"_s,   u"meta"_s,     u"link"_s,   u"form"_s,
        u"input"_s,    u"button"_s,  u"textarea"_s, u"select"_s, u"template"_s, u"portal"_s, u"param"_s,
        u"noscript"_s, u"noembed"_s, u"noframes"_s, u"xmp"_s,    u"plaintext"_s};
    return active.contains(name);
}

bool isUrlAttribute(const QString &name)
{
    static const QSet<QString> urls{
        u"href"_s,       u"src"_s,     u"action"_s,  u"formaction"_s, u"cite"_s,     u"data"_s, u"poster"_s,
        u"background"_s, u"lowsrc"_s,  u"dynsrc"_s,  u"codebase"_s,   u"longdesc"_s, u"ping"_s, u"manifest"_s,
        u"icon"_s,       u"archive"_s, u"classid"_s, u"profile"_s,    u"usemap"_s};
    return urls.contains(name);
}

/// The scheme a browser would follow the URL with, when it is not a harmless one; empty otherwise.
QString unsafeScheme(const QString &value)
{
    // As the URL parser does: tabs and newlines anywhere are dropped, controls and spaces around trimmed.
    QString url;
    for (const QChar c : value)
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    qsizetype start = 0;
    qsizetype end = url.size();
    while (start < end && url.at(start).unicode() <= 0x20)
        ++start;
    while (end > start && url.at(end - 1).unicode() <= 0x20)
        --end;
    url = asciiLower(QStringView(url).mid(start, end - start));
    static const QRegularExpression scheme(u"^([a-z][a-z0-9+.\\-]*):"_s);
    const auto match = scheme.match(url);
    if (!match.hasMatch())
        return {}; // a #fragment or a relative address
    const QString name = match.captured(1);
    if (name == u"http" || name == u"https" || name == u"mailto")
        return {};
    static const QRegularExpression image(u"^data:image/(png|gif|jpeg|webp)[;,]"_s);
    if (image.match(url).hasMatch())
        return {};
    return name + u':';
}

/// What in a style attribute runs script or loads a behaviour; empty when nothing does.
QString unsafeStyle(const QString &value)
{
    static const QRegularExpression comments(u"/\\*.*?(\\*/|$)"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ignored(u"[\\s\\\\]"_s);
    const QString css = asciiLower(value).remove(comments).remove(ignored);
    for (const QLatin1StringView needle :
         {"expression("_L1, "javascript:"_L1, "vbscript:"_L1, "-moz-binding"_L1, "behavior:"_L1})
        if (css.contains(needle))
            return needle;
    return {};
}

QString attributeViolation(const QString &element, QStringView qualifiedName, const QString &value)
{
    const QString name = localName(qualifiedName);
    const auto described = [&](const QString &why) {
        return u"%1[%2=%3]: %4"_s.arg(element, qualifiedName, value.left(80), why);
    };
    if (name.startsWith(u"on"))
        return described(u"an event handler"_s);
    if (name == u"srcdoc" || name == u"http-equiv")
        return described(u"a document or header in an attribute"_s);
    if (isUrlAttribute(name))
        if (const QString scheme = unsafeScheme(value); !scheme.isEmpty())
            return described(u"a %1 URL"_s.arg(scheme));
    if (name == u"srcset")
        for (const QString &candidate : value.split(u','))
            if (const QString scheme = unsafeScheme(candidate.trimmed().section(u' ', 0, 0));
                !scheme.isEmpty())
                return described(u"a %1 URL"_s.arg(scheme));
    if (name == u"style")
        if (const QString what = unsafeStyle(value); !what.isEmpty())
            return described(u"style with %1"_s.arg(what));
    return {};
}

QString elementViolation(QStringView qualifiedName)
{
    const QString name = localName(qualifiedName);
    return isActiveElement(name) ? u"<%1>"_s.arg(qualifiedName) : QString();
}

QString commentViolation(QStringView comment)
{
    // Internet Explorer runs what a conditional comment holds.
    return comment.trimmed().startsWith(u"[if", Qt::CaseInsensitive) ? u"a conditional comment"_s : QString();
}

QString utf8(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

/// The HTML as libxml2's HTML parser (the importers' parser) builds it.
QString htmlTreeViolation(const QString &html)
{
    const auto document = HtmlDocument::parse(html.toUtf8(), QUrl());
    if (!document)
        return {}; // nothing a parser can read, so nothing that runs
    auto *doc = static_cast<xmlDoc *>(document->handle());
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *node = root; node;) {
        if (node->type == XML_ELEMENT_NODE) {
            const QString element = utf8(node->name);
            if (QString found = elementViolation(element); !found.isEmpty())
                return found;
            for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) {
                xmlChar *value = xmlNodeListGetString(doc, attribute->children, 1);
                const QString found = attributeViolation(element, utf8(attribute->name), utf8(value));
                xmlFree(value);
                if (!found.isEmpty())
                    return found;
            }
        } else if (node->type == XML_COMMENT_NODE) {
            if (QString found = commentViolation(utf8(node->content)); !found.isEmpty())
                return found;
        }
        // Depth first, without recursion: the tree may be as deep as the parser allows.
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next)
            node = node->parent;
        node = (node && node != root) ? node->next : nullptr;
    }
    return {};
}

/// What reading the HTML as XML finds: the first executable construct, and why it is not well-formed.
struct XmlReading
{
    QString construct;
    QString error;
};

/// The HTML as an XML parser reads it, wrapped in one root element. Reading stops at an error, so a
/// construct after one is left to the HTML reading.
XmlReading readAsXml(const QString &html)
{
    QXmlStreamReader xml(u"<inert-html-root>"_s + html + u"</inert-html-root>"_s);
    XmlReading reading;
    QString &found = reading.construct;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (!found.isEmpty())
            continue;
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QString element = xml.qualifiedName().toString();
            found = elementViolation(element);
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (found.isEmpty())
                    found =
                        attributeViolation(element, attribute.qualifiedName(), attribute.value().toString());
            break;
        }
        case QXmlStreamReader::Comment:
            found = commentViolation(xml.text());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            // <?xml-stylesheet?> loads a stylesheet into an XHTML page.
            found = u"a processing instruction <?%1?>"_s.arg(xml.processingInstructionTarget());
            break;
        case QXmlStreamReader::DTD:
            found = u"a document type declaration"_s;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        reading.error =
            u"not well-formed XML at column %1: %2"_s.arg(xml.columnNumber()).arg(xml.errorString());
    return reading;
}

/// The HTML with what a browser reads but XML cannot made readable as XML, so that the XML reading goes
/// on past it and sees what a browser sees: C0 controls, raw or as references (a browser keeps them, then
/// drops them around an address), as spaces; the HTML5 references libxml2 does not know that can spell a
/// scheme (java&Tab;script&colon;) as what they stand for.
QString asBrowserText(const QString &html)
{
    static const QRegularExpression controls(
        u"[\\x{0}-\\x{8}\\x{b}\\x{c}\\x{e}-\\x{1f}]|&#(?:[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F])(?![0-9a-fA-F])|"
        u"0*(?:[0-8]|1[124-9]|2[0-9]|3[01])(?![0-9]));?"_s);
    QString text = html;
    text.replace(controls, u" "_s);
    text.replace(u"&Tab;"_s, u"&#9;"_s).replace(u"&NewLine;"_s, u"&#10;"_s).replace(u"&colon;"_s, u":"_s);
    return text;
}

} // namespace

QString InertHtml::executableConstruct(const QString &html)
{
    if (QString found = htmlTreeViolation(html); !found.isEmpty())
        return found;
    return readAsXml(asBrowserText(html)).construct;
}

QString InertHtml::xmlError(const QString &html)
{
    return readAsXml(html).error;
}

QStringList InertHtml::knownExecutable()
{
    return {
        u"<script>x()</script>"_s,
        u"<p><SCRIPT>x()</SCRIPT></p>"_s,
        u"<xss:script>x()</xss:script>"_s,
        u"<p title=\"a\" onclick=\"x()\">c</p>"_s,
        u"<img src=\"https://img.example/a.png\" ONERROR=\"x()\"/>"_s,
        u"<a href=\"javascript:x()\">a</a>"_s,
        u"<a href=\" JaVa&#x09;ScRiPt:x()\">a</a>"_s,
        u"<a href=\"vbscript:x\">a</a>"_s,
        u"<img src=\"data:text/html;base64,PHNjcmlwdD4=\"/>"_s,
        u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"_s,
        u"<blockquote cite=\"javascript:x()\"><p>q</p></blockquote>"_s,
        u"<iframe src=\"https://frame.example/\"></iframe>"_s,
        u"<p><iframe srcdoc=\"&lt;p&gt;\"></iframe></p>"_s,
        u"<svg><g/></svg>"_s,
        u"<math><mi>x</mi></math>"_s,
        u"<style>p{}</style>"_s,
        u"<object data=\"movie.swf\"></object>"_s,
        u"<embed src=\"movie.swf\"/>"_s,
        u"<base href=\"https://elsewhere.example/\"/>"_s,
        u"<meta http-equiv=\"refresh\" content=\"0\"/>"_s,
        u"<form action=\"https://post.example/\"><p>f</p></form>"_s,
        u"<p style=\"background:url(JAVASCRIPT:x())\">t</p>"_s,
        u"<p style=\"width:expr/**/ession(x())\">t</p>"_s,
        u"<!--[if IE]><p>x</p><![endif]-->"_s,
        u"<?xml-stylesheet href=\"x.xsl\"?><p>t</p>"_s,
    };
}

QStringList InertHtml::knownMalformed()
{
    return {u"<p>unclosed"_s, u"<p>a<br>b</p>"_s, u"<p>a&nbsp;b</p>"_s, u"<p>a\u0001b</p>"_s, u"<p>a</b>"_s};
}

QStringList InertHtml::knownInert()
{
    return {
        QString(),
        u"<p>Text with <a href=\"https://news.example/a?b=1&amp;c=2\">a link</a>, <a href=\"#notes\">a "
        u"note</a> "
        u"and <a href=\"mailto:desk@news.example\">mail</a>.</p>"_s,
        u"<figure><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"onerror=x()\"/>"
        u"<figcaption>javascript:x() and &lt;script&gt; in text run nothing</figcaption></figure>"_s,
        u"<p><a href=\"relative/page.html\">relative</a> <a href=\"HTTPS://NEWS.EXAMPLE/\">upper</a></p>"_s,
        u"<blockquote cite=\"https://quote.example/\"><p>q</p></blockquote>"_s,
        u"<table><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table><ol start=\"3\"><li value=\"4\">i</li></ol>"_s,
        u"<pre>  kept\n  spacing</pre><p>a<br/>b</p>"_s,
    };
}

} // namespace Newsdesk::Fuzz
