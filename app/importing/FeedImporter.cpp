#include "FeedImporter.h"

#include "core/Numbers.h"
#include "exporting/BundleJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

constexpr QStringView xmlNs = u"http://www.w3.org/XML/1998/namespace";
constexpr QStringView atomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView rdfNs = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr QStringView rss1Ns = u"http://purl.org/rss/1.0/";
constexpr QStringView rss090Ns = u"http://my.netscape.com/rdf/simple/0.9/";
constexpr QStringView contentNs = u"http://purl.org/rss/1.0/modules/content/";
constexpr QStringView dcNs = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView mediaNs = u"http://search.yahoo.com/mrss/";
constexpr QStringView xhtmlNs = u"http://www.w3.org/1999/xhtml";
constexpr QStringView feedburnerNs = u"http://rssnamespace.org/feedburner/ext/1.0";

/// Prefixes that feeds use without declaring them, and what they always mean there. A strict reader
/// refuses such a feed; curators only see that a well-known site "does not import".
struct WellKnownPrefix
{
    QStringView prefix;
    QStringView ns;
};
constexpr WellKnownPrefix wellKnownPrefixes[] = {
    {u"content", contentNs}, {u"dc", dcNs},   {u"media", mediaNs},
    {u"atom", atomNs},       {u"rdf", rdfNs}, {u"feedburner", feedburnerNs},
    {u"xhtml", xhtmlNs},
};

/// The translation context for messages about feeds, shared by the four feed importers.
class FeedText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::FeedImporter)
};

// ----- Names of HTML entities that RSS 0.91's DTD declares ---------------------------------------

/// RSS 0.91 feeds reference the DTD that declares the HTML Latin-1 entities (&eacute;…); the reader
/// loads no DTD, so those references arrive unresolved and are resolved from this table.
QString htmlEntityText(QStringView name)
{
    static const QHash<QString, char32_t> table = [] {
        static const char *const latin1[] = {
            "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
            "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
            "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
            "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
            "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
            "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
            "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
            "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
            "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
            "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
            "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
        QHash<QString, char32_t> entities;
        char32_t code = 0xA0;
        for (const char *name : latin1)
            entities.insert(QString::fromLatin1(name), code++);
        const std::pair<const char *, char32_t> others[] = {
            {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
            {"rdquo", 0x201D}, {"hellip", 0x2026}, {"bull", 0x2022},  {"euro", 0x20AC},  {"trade", 0x2122}};
        for (const auto &[name, value] : others)
            entities.insert(QString::fromLatin1(name), value);
        return entities;
    }();
    const auto it = table.constFind(name.toString());
    if (it == table.constEnd())
        return u'&' + name.toString() + u';';
    const char32_t code = *it;
    return QString::fromUcs4(&code, 1);
}

// ----- Decoding and entity limits --------------------------------------------------------------

bool hasByteOrderMark(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

bool isBlank(const QByteArray &data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0')
            return false;
    }
    return true;
}

bool isUtf8Name(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    return lower == u"utf-8" || lower == u"utf8";
}

/// The first bytes as Latin-1 text with NULs dropped, so that ASCII markup in UTF-16 reads too.
QString asciiHead(const QByteArray &data, qsizetype size)
{
    QByteArray head = data.left(size);
    head.removeIf([](char c) { return c == '\0'; });
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        head.remove(0, 2);
    return QString::fromLatin1(head);
}

QString xmlDeclarationEncoding(const QByteArray &data)
{
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    return declaration.match(asciiHead(data, 512)).captured(1);
}

/// Whether data is valid UTF-8; a sequence cut off at the end counts as valid, so a prefix can be
/// tested.
bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

/// Whether the declared entities, referenced as often as the document references them, stay within
/// FeedXml::MaxEntityExpansion. QXmlStreamReader bounds what one reference expands to, but builds a
/// whole run of text before handing it over, so 20,000 references to a 4,000-character entity would
/// cost 160 MB before any check of ours could run: the sum has to be known before parsing on.
bool entityExpansionFits(const QXmlStreamEntityDeclarations &declarations, const QByteArray &data)
{
    QHash<QString, QString> values;
    for (const auto &declaration : declarations) {
        // External entities are never loaded, so they expand to nothing.
        if (declaration.systemId().isEmpty() && declaration.notationName().isEmpty())
            values.insert(declaration.name().toString(), declaration.value().toString());
    }
    if (values.isEmpty())
        return true;

    constexpr qint64 tooMuch = FeedXml::MaxEntityExpansion + 1;
    QHash<QString, qint64> sizes;
    const auto expandedSize = [&](const auto &self, const QString &name, int depth) -> qint64 {
        if (const auto it = sizes.constFind(name); it != sizes.constEnd())
            return *it;
        if (depth > 32) // deeper than any honest document, and how a cycle ends
            return tooMuch;
        const QString value = values.value(name);
        qint64 size = 0;
        for (qsizetype i = 0; i < value.size() && size < tooMuch; ++i) {
            const QChar c = value.at(i);
            const qsizetype end = (c == u'&' || c == u'%') ? value.indexOf(u';', i + 1) : -1;
            if (end < 0) {
                ++size;
                continue;
            }
            const QString reference = value.mid(i + 1, end - i - 1);
            size += values.contains(reference) ? self(self, reference, depth + 1) : 1;
            i = end;
        }
        size = std::min(size, tooMuch);
        sizes.insert(name, size);
        return size;
    };

    // Count references in the raw bytes, NULs skipped so UTF-16 counts too; a stray match in a
    // multi-byte charset only over-counts, which errs on the safe side.
    qint64 total = 0;
    QByteArray name;
    bool inReference = false;
    for (const char c : data) {
        if (c == '\0')
            continue;
        if (c == '&') {
            inReference = true;
            name.clear();
        } else if (inReference && c == ';') {
            inReference = false;
            const QString reference = QString::fromUtf8(name);
            if (values.contains(reference)) {
                total += expandedSize(expandedSize, reference, 0);
                if (total > FeedXml::MaxEntityExpansion)
                    return false;
            }
        } else if (inReference) {
            if (name.size() > 256 || c == '<' || c == '&' || c == ' ')
                inReference = false;
            else
                name.append(c);
        }
    }
    return true;
}

void appendText(FeedXmlNode &parent, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!parent.children.empty() && !parent.children.back().isElement()) {
        parent.children.back().text += text;
        return;
    }
    FeedXmlNode node;
    node.text = text;
    node.base = parent.base;
    node.explicitBase = parent.explicitBase;
    node.language = parent.language;
    parent.children.push_back(std::move(node));
}

QString namespaceFor(QStringView prefix, const std::vector<QList<std::pair<QString, QString>>> &scopes)
{
    if (prefix == u"xml")
        return xmlNs.toString();
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
        for (const auto &[declared, uri] : *scope) {
            if (declared == prefix)
                return uri;
        }
    }
    if (prefix.isEmpty())
        return {};
    for (const auto &known : wellKnownPrefixes) {
        if (known.prefix == prefix)
            return known.ns.toString();
    }
    // An unknown undeclared prefix: keep it apart from every real namespace.
    return u"urn:newsdesk:undeclared:"_s + prefix.toString();
}

std::pair<QStringView, QStringView> splitQualifiedName(QStringView qualifiedName)
{
    const qsizetype colon = qualifiedName.indexOf(u':');
    if (colon < 0)
        return {QStringView(), qualifiedName};
    return {qualifiedName.left(colon), qualifiedName.mid(colon + 1)};
}

// ----- Sniffing --------------------------------------------------------------------------------

enum class Sniffed { Inconclusive, Kind, OtherContent };

constexpr qsizetype SniffBytes = 16 * 1024;

std::pair<Sniffed, FeedKind> sniffBytes(const QByteArray &data)
{
    const QByteArray bytes = data.left(SniffBytes);
    const QString head = asciiHead(bytes, SniffBytes);
    const qsizetype start = [&] {
        qsizetype i = 0;
        while (i < head.size() && head.at(i).isSpace())
            ++i;
        return i;
    }();
    if (start >= head.size())
        return {Sniffed::Inconclusive, FeedKind::Unknown};

    const QChar first = head.at(start);
    if (first == u'{' || first == u'[') {
        // JSON allows "\/" for "/", and the version is usually the first member.
        static const QRegularExpression jsonFeedVersion(QStringLiteral(
            "\"version\"\\s*:\\s*\"https?:(?:\\\\?/){2}jsonfeed\\.org\\\\?/version\\\\?/1(?:\\.1)?\""));
        if (first == u'{' && jsonFeedVersion.match(head).hasMatch())
            return {Sniffed::Kind, FeedKind::JsonFeed};
        // Writers that sort their keys (Qt's QJsonDocument, Newsdesk's own bundle export) put "version"
        // last, after every item: then it is the last member of the document, just before its final brace.
        static const QRegularExpression jsonFeedVersionLast(
            QStringLiteral("\"version\"\\s*:\\s*\"https?:(?:\\\\?/){2}jsonfeed\\.org\\\\?/version\\\\?/"
                           "1(?:\\.1)?\"\\s*\\}\\s*$"));
        if (first == u'{' && data.size() > SniffBytes &&
            jsonFeedVersionLast.match(asciiHead(data.right(SniffBytes), SniffBytes)).hasMatch())
            return {Sniffed::Kind, FeedKind::JsonFeed};
        if (first == u'[' || head.contains(u"\"version\""_s))
            return {Sniffed::OtherContent, FeedKind::Unknown};
        return {Sniffed::Inconclusive, FeedKind::Unknown};
    }
    if (first != u'<')
        return {Sniffed::Inconclusive, FeedKind::Unknown};

    // HTML first: a tag soup page often is not well-formed enough for the XML reader to say so.
    static const QRegularExpression html(
        QStringLiteral("^(?:\\s|<\\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\\s+html\\b|html\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (html.match(head).hasMatch())
        return {Sniffed::Kind, FeedKind::Html};

    // The reader refuses a buffer that is not in its charset before it reports even the root, and
    // feeds that name no charset and are not UTF-8 are common. Root names are ASCII, so Latin-1
    // serves to find the root of those.
    QXmlStreamReader reader;
    const QString declared = xmlDeclarationEncoding(bytes);
    if (!hasByteOrderMark(bytes) && (declared.isEmpty() || isUtf8Name(declared)) && !isValidUtf8(bytes))
        reader.addData(QString::fromLatin1(bytes));
    else
        reader.addData(bytes);
    reader.setNamespaceProcessing(false);
    // Nothing before the root's attributes is ever expanded, so a tight limit costs honest feeds
    // nothing and lets an entity bomb still be recognised by its root, for read() to refuse.
    reader.setEntityExpansionLimit(64);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto [prefix, local] = splitQualifiedName(reader.qualifiedName());
        QList<std::pair<QString, QString>> declared;
        for (const auto &attribute : reader.attributes()) {
            const QStringView name = attribute.qualifiedName();
            if (name == u"xmlns")
                declared.append({QString(), attribute.value().toString()});
            else if (name.startsWith(u"xmlns:"))
                declared.append({name.mid(6).toString(), attribute.value().toString()});
        }
        const QString ns = namespaceFor(prefix, {declared});
        if (local == u"rss")
            return {Sniffed::Kind, FeedKind::Rss};
        if (local == u"feed" && ns == atomNs)
            return {Sniffed::Kind, FeedKind::Atom};
        if (local == u"opml")
            return {Sniffed::Kind, FeedKind::Opml};
        if (local.compare(u"html", Qt::CaseInsensitive) == 0)
            return {Sniffed::Kind, FeedKind::Html};
        if (local == u"RDF" && ns == rdfNs) {
            for (const auto &[declaredPrefix, uri] : declared) {
                if (uri == rss1Ns || uri == rss090Ns)
                    return {Sniffed::Kind, FeedKind::Rdf};
            }
        }
        return {Sniffed::OtherContent, FeedKind::Unknown};
    }
    return {Sniffed::Inconclusive, FeedKind::Unknown};
}

FeedKind kindFromContentType(const ImportSource &source)
{
    const QString type = source.contentType.trimmed().toLower();
    if (type == u"application/rss+xml" || type == u"application/x-rss+xml")
        return FeedKind::Rss;
    if (type == u"application/rdf+xml")
        return FeedKind::Rdf;
    if (type == u"application/atom+xml")
        return FeedKind::Atom;
    if (type == u"application/feed+json")
        return FeedKind::JsonFeed;
    if (type == u"text/x-opml" || type == u"application/x-opml" || type == u"text/x-opml+xml")
        return FeedKind::Opml;
    if (type == u"text/html" || type == u"application/xhtml+xml")
        return FeedKind::Html;
    if (!type.isEmpty())
        return FeedKind::Unknown;
    const QString name = source.name.toLower();
    if (name.endsWith(u".rss"))
        return FeedKind::Rss;
    if (name.endsWith(u".rdf"))
        return FeedKind::Rdf;
    if (name.endsWith(u".atom"))
        return FeedKind::Atom;
    if (name.endsWith(u".opml"))
        return FeedKind::Opml;
    return FeedKind::Unknown;
}

// ----- Text ------------------------------------------------------------------------------------

void ensureLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

constexpr QChar ParagraphBreak = QChar(0x2029);

bool isBlockElement(const xmlNode *node)
{
    static const QSet<QByteArray> blocks = {
        "p",          "div",     "br",         "hr",     "li",     "ul",    "ol",
        "dl",         "dt",      "dd",         "h1",     "h2",     "h3",    "h4",
        "h5",         "h6",      "blockquote", "pre",    "table",  "tr",    "figure",
        "figcaption", "section", "article",    "header", "footer", "aside", "address"};
    return node->type == XML_ELEMENT_NODE &&
           blocks.contains(QByteArray(reinterpret_cast<const char *>(node->name)).toLower());
}

bool isInvisibleElement(const xmlNode *node)
{
    static const QSet<QByteArray> invisible = {"script", "style", "template", "noscript"};
    return invisible.contains(QByteArray(reinterpret_cast<const char *>(node->name)).toLower());
}

/// The text under root, with paragraph breaks around blocks. Iterative: the HTML inside a feed item
/// is not bounded by the feed's own nesting limit, and 100,000 nested <div>s must not overflow the
/// stack.
void collectText(xmlNode *root, QString &out)
{
    xmlNode *node = root;
    while (node) {
        bool descend = false;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char *>(node->content));
        } else if (node->type == XML_ELEMENT_NODE && !isInvisibleElement(node)) {
            if (isBlockElement(node))
                out += ParagraphBreak;
            descend = node->children != nullptr;
            if (!descend && isBlockElement(node))
                out += ParagraphBreak;
        }
        if (descend) {
            node = node->children;
            continue;
        }
        // Climb to the next sibling, closing the blocks left behind.
        while (node != root && !node->next) {
            node = node->parent;
            if (isBlockElement(node))
                out += ParagraphBreak;
        }
        node = node == root ? nullptr : node->next;
    }
}

/// Paragraphs of plain text from HTML, separated by blank lines, with every HTML entity decoded.
QString htmlToText(const QString &html)
{
    QString raw;
    if (html.contains(u'<') || html.contains(u'&')) {
        ensureLibxml();
        const QByteArray utf8 = html.toUtf8();
        htmlParserCtxtPtr context = htmlNewParserCtxt();
        if (!context)
            return plainTextFromHtml(html);
        htmlDocPtr document =
            htmlCtxtReadMemory(context, utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        // libxml2 halts on hostile input such as nesting past 256 levels, keeping only what came
        // before; the simple tag stripper then gives all the text instead of part of it.
        const bool halted = context->disableSAX != 0;
        htmlFreeParserCtxt(context);
        if (!document || halted) {
            if (document)
                xmlFreeDoc(document);
            return plainTextFromHtml(html);
        }
        collectText(xmlDocGetRootElement(document), raw);
        xmlFreeDoc(document);
    } else {
        raw = html;
    }
    QStringList paragraphs;
    for (const QString &paragraph : raw.split(ParagraphBreak)) {
        const QString simplified = paragraph.simplified();
        if (!simplified.isEmpty())
            paragraphs << simplified;
    }
    return paragraphs.join(u"\n\n"_s);
}

/// HTML as one line of plain text: for titles, summaries and names.
QString htmlToLine(const QString &html)
{
    return htmlToText(html).replace(u"\n\n"_s, u" "_s);
}

/// A title from a format that does not say whether it holds markup (RSS, JSON Feed): plain unless it
/// carries tags or entity references, which many feeds put there.
QString titleText(const QString &raw)
{
    static const QRegularExpression markup(QStringLiteral("<[A-Za-z/!]|&(?:#\\d+|#x[0-9A-Fa-f]+|\\w+);"));
    return markup.match(raw).hasMatch() ? htmlToLine(raw) : raw.simplified();
}

/// Plain text as escaped paragraphs. Blank lines separate paragraphs; a text with none puts one
/// paragraph on each line, which is how short feed texts are written.
QString htmlFromPlainText(const QString &text)
{
    QString normal = text;
    normal.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    const QStringList parts = normal.contains(blankLine) ? normal.split(blankLine) : normal.split(u'\n');
    QString html;
    for (const QString &part : parts) {
        const QString paragraph = part.simplified();
        if (!paragraph.isEmpty())
            html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    }
    return html;
}

// ----- Dates -----------------------------------------------------------------------------------

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second, int offsetSeconds)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return {};
    const QTime time(hour, minute, std::min(second, 59)); // a leap second is kept as :59
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

std::optional<int> zoneOffset(const QString &zone)
{
    if (zone.isEmpty())
        return 0; // RFC 822 requires a zone; without one, UTC is the only reading that is stable
    if (zone.front() == u'+' || zone.front() == u'-') {
        QString digits = zone.mid(1);
        digits.remove(u':');
        if (digits.size() != 4 && digits.size() != 2)
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int offset = (hours * 60 + minutes) * 60;
        return zone.front() == u'-' ? -offset : offset;
    }
    static const QHash<QString, int> named = {
        {u"UT"_s, 0},     {u"UTC"_s, 0},    {u"GMT"_s, 0},     {u"Z"_s, 0},       {u"EST"_s, -300},
        {u"EDT"_s, -240}, {u"CST"_s, -360}, {u"CDT"_s, -300},  {u"MST"_s, -420},  {u"MDT"_s, -360},
        {u"PST"_s, -480}, {u"PDT"_s, -420}, {u"AKST"_s, -540}, {u"AKDT"_s, -480}, {u"HST"_s, -600},
        {u"WET"_s, 0},    {u"WEST"_s, 60},  {u"BST"_s, 60},    {u"CET"_s, 60},    {u"CEST"_s, 120},
        {u"EET"_s, 120},  {u"EEST"_s, 180}, {u"MSK"_s, 180},   {u"IST"_s, 330},   {u"SGT"_s, 480},
        {u"HKT"_s, 480},  {u"AWST"_s, 480}, {u"JST"_s, 540},   {u"KST"_s, 540},   {u"ACST"_s, 570},
        {u"AEST"_s, 600}, {u"AEDT"_s, 660}, {u"NZST"_s, 720},  {u"NZDT"_s, 780}};
    const QString upper = zone.toUpper();
    if (const auto it = named.constFind(upper); it != named.constEnd())
        return *it * 60;
    if (upper.size() == 1 && upper.front() >= u'A' && upper.front() <= u'Z')
        return 0; // military zones: RFC 2822 says their meaning was muddled, so read them as -0000
    return std::nullopt;
}

/// RFC 822 / 2822 dates as RSS writes them, with the usual liberties: no weekday, full month names,
/// two-digit years, no seconds, named zones.
QDateTime parseRfc822(const QString &text)
{
    static const QRegularExpression rfc822(QStringLiteral(
        "^\\s*(?:[A-Za-z]+\\.?\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]+)\\.?[\\s-]+(\\d{2,4})"
        "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?"
        "\\s*(?:\\([^)]*\\))?\\s*$"));
    const auto match = rfc822.match(text);
    if (!match.hasMatch())
        return {};
    static const QStringList months = {u"january"_s,   u"february"_s, u"march"_s,    u"april"_s,
                                       u"may"_s,       u"june"_s,     u"july"_s,     u"august"_s,
                                       u"september"_s, u"october"_s,  u"november"_s, u"december"_s};
    // "Sep", "Sept." and "September" all name the month; "Mayday" does not.
    const QString monthName = match.captured(2).toLower();
    int month = 0;
    for (qsizetype i = 0; i < months.size() && month == 0; ++i) {
        if (monthName.size() >= 3 && months.at(i).startsWith(monthName))
            month = int(i) + 1;
    }
    if (month == 0)
        return {};
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900;
    else if (match.captured(3).size() == 3)
        year += 1900;
    const auto offset = zoneOffset(match.captured(7));
    if (!offset)
        return {};
    return utcDateTime(year, month, match.captured(1).toInt(), match.captured(4).toInt(),
                       match.captured(5).toInt(), match.captured(6).toInt(), *offset);
}

/// ISO 8601 / RFC 3339 / W3C-DTF dates (Atom, dc:date, JSON Feed); a date alone means midnight UTC.
QDateTime parseIso8601(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
        "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?\\s*$"));
    const auto match = iso.match(text);
    if (!match.hasMatch())
        return {};
    const auto offset = zoneOffset(match.captured(7).toUpper());
    if (!offset)
        return {};
    const int month = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
    const int day = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
    return utcDateTime(match.captured(1).toInt(), month, day, match.captured(4).toInt(),
                       match.captured(5).toInt(), match.captured(6).toInt(), *offset);
}

QDateTime parseFeedDate(const QString &text)
{
    // No date is this long; a hostile one must not keep the patterns busy.
    if (text.size() > 100)
        return {};
    QDateTime parsed = parseRfc822(text);
    if (!parsed.isValid())
        parsed = parseIso8601(text);
    return parsed;
}

// ----- Building articles -----------------------------------------------------------------------

/// What one item gave, before the fields every format shares are filled in.
struct ItemDraft
{
    QString title;
    QString url;
    QString canonicalUrl;
    QString guid;
    QDateTime publishedAt;
    QString byline;
    QString dek;
    QString bodyHtml;
    QString language;
    QString imageUrl;
    QStringList topics;
    QStringList issues;
};

/// What the whole feed gives every item.
struct FeedContext
{
    QString title;
    QString language;
};

/// What a feed gave, short enough to quote in an issue.
QString quoted(const QString &raw)
{
    const QString simplified = raw.simplified();
    return simplified.size() > 80 ? simplified.left(79) + QChar(0x2026) : simplified;
}

QString linkOrIssue(const QString &raw, const QUrl &base, const QUrl &sourceUrl, QStringList &issues)
{
    if (raw.trimmed().isEmpty())
        return {};
    const QString url = acceptableFeedUrl(raw, base, sourceUrl);
    if (url.isEmpty())
        issues
            << FeedText::tr("The link “%1” was ignored: it is not an absolute web address.").arg(quoted(raw));
    return url;
}

void setDate(ItemDraft &draft, const QString &raw)
{
    const QString date = raw.trimmed();
    if (date.isEmpty())
        return;
    draft.publishedAt = parseFeedDate(date);
    if (!draft.publishedAt.isValid())
        draft.issues
            << FeedText::tr("The date “%1” could not be read; the article has no date.").arg(quoted(date));
}

std::optional<ExtractedArticle> finishItem(ItemDraft draft, const FeedContext &feed, qsizetype index,
                                           QStringList &outcomeIssues)
{
    ExtractedArticle extracted;
    Article &article = extracted.article;
    article.bodyText = htmlToText(draft.bodyHtml);
    if (draft.title.isEmpty() && article.bodyText.isEmpty() &&
        !draft.bodyHtml.contains(u"<img"_s, Qt::CaseInsensitive)) {
        outcomeIssues
            << FeedText::tr("Item %1 has neither a title nor any content; it was skipped.").arg(index + 1);
        return std::nullopt;
    }
    article.title = draft.title;
    article.url = draft.url;
    article.canonicalUrl = draft.canonicalUrl.isEmpty() ? draft.url : draft.canonicalUrl;
    article.publishedAt = draft.publishedAt;
    article.byline = draft.byline;
    article.dek = draft.dek;
    article.bodyHtml = draft.bodyHtml;
    article.wordCount = countWords(article.bodyText);
    article.language = draft.language.isEmpty() ? feed.language : draft.language;
    article.source = feed.title;
    article.imageUrl = draft.imageUrl;
    extracted.siteName = feed.title;
    extracted.guid = draft.guid.trimmed();
    if (extracted.guid.isEmpty())
        extracted.guid = article.url.isEmpty() ? article.canonicalUrl : article.url;
    if (extracted.guid.isEmpty()) {
        // Without a key the item would come in again each time the feed is read; its content is
        // the only thing that stays the same.
        const QByteArray digest = QCryptographicHash::hash(
            (article.title + u'\n' + article.bodyHtml).toUtf8(), QCryptographicHash::Sha1);
        extracted.guid = u"urn:sha1:"_s + QString::fromLatin1(digest.toHex());
    }
    article.guid = extracted.guid;
    extracted.topics = draft.topics;
    extracted.issues = draft.issues;
    return extracted;
}

QStringList uniqueNonEmpty(const QStringList &names)
{
    QStringList unique;
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        if (!simplified.isEmpty() && !unique.contains(simplified))
            unique << simplified;
    }
    return unique;
}

/// RSS <author> holds an e-mail address, usually with the name in brackets: "jo@example.com (Jo Bloggs)".
QString nameFromRssAuthor(const QString &author)
{
    static const QRegularExpression emailThenName(QStringLiteral("^\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*$"));
    static const QRegularExpression nameThenEmail(QStringLiteral("^\\s*(.+?)\\s*<\\S+@\\S+>\\s*$"));
    if (author.size() > 500) // a name, not an essay; spare the patterns
        return author.simplified();
    if (const auto match = emailThenName.match(author); match.hasMatch())
        return match.captured(1).simplified();
    if (const auto match = nameThenEmail.match(author); match.hasMatch())
        return match.captured(1).simplified();
    return author.simplified();
}

QString childText(const FeedXmlNode &node, QStringView ns, QStringView name)
{
    const FeedXmlNode *child = node.child(ns, name);
    return child ? child->textContent() : QString();
}

bool isVoidElement(QStringView name)
{
    static const QStringList voids = {u"area"_s,   u"base"_s,  u"br"_s,    u"col"_s,  u"embed"_s,
                                      u"hr"_s,     u"img"_s,   u"input"_s, u"link"_s, u"meta"_s,
                                      u"source"_s, u"track"_s, u"wbr"_s};
    return voids.contains(name.toString().toLower());
}

/// Inline XML markup (Atom xhtml content, or HTML that a feed put unescaped into <description>) as
/// an HTML string. Relative href and src resolve against the xml:base in effect, which the HTML
/// string can no longer carry.
void serialise(const FeedXmlNode &node, QString &out)
{
    if (!node.isElement()) {
        out += node.text.toHtmlEscaped();
        return;
    }
    out += u'<' + node.name;
    for (const FeedXmlAttribute &attribute : node.attributes) {
        QString name = attribute.name;
        QString value = attribute.value;
        if (attribute.ns == xmlNs && attribute.name == u"lang")
            name = u"lang"_s;
        else if (!attribute.ns.isEmpty() && attribute.ns != xhtmlNs)
            continue;
        if ((name == u"href" || name == u"src") && node.base.isValid() && !value.trimmed().isEmpty() &&
            QUrl(value.trimmed()).isRelative())
            value = node.base.resolved(QUrl(value.trimmed())).toString(QUrl::FullyEncoded);
        out += u' ' + name + u"=\""_s + value.toHtmlEscaped() + u'"';
    }
    out += u'>';
    if (isVoidElement(node.name))
        return;
    for (const FeedXmlNode &child : node.children)
        serialise(child, out);
    out += u"</"_s + node.name + u'>';
}

QString serialiseChildren(const FeedXmlNode &node)
{
    QString html;
    for (const FeedXmlNode &child : node.children)
        serialise(child, html);
    return html;
}

/// An element that should hold escaped HTML, as HTML, also when a feed wrote the markup unescaped.
QString htmlOf(const FeedXmlNode *node)
{
    if (!node)
        return {};
    for (const FeedXmlNode &child : node->children) {
        if (child.isElement())
            return serialiseChildren(*node).trimmed();
    }
    return node->textContent().trimmed();
}

bool isImageType(const QString &type)
{
    return type.trimmed().toLower().startsWith(u"image/");
}

/// The item's picture: an image enclosure, else Media RSS content, else a Media RSS thumbnail.
QString findImage(const FeedXmlNode &item, QStringView itemNs, const QUrl &base, const QUrl &sourceUrl)
{
    for (const FeedXmlNode *enclosure : item.childrenNamed(itemNs, u"enclosure")) {
        if (isImageType(enclosure->attribute(u"type"))) {
            if (const QString url = acceptableFeedUrl(enclosure->attribute(u"url"), base, sourceUrl);
                !url.isEmpty())
                return url;
        }
    }
    for (const FeedXmlNode *link : item.childrenNamed(atomNs, u"link")) {
        if (link->attribute(u"rel") == u"enclosure" && isImageType(link->attribute(u"type"))) {
            if (const QString url = acceptableFeedUrl(link->attribute(u"href"), link->base, sourceUrl);
                !url.isEmpty())
                return url;
        }
    }
    QList<const FeedXmlNode *> holders = {&item};
    holders += item.childrenNamed(mediaNs, u"group");
    for (const QStringView kind : {QStringView(u"content"), QStringView(u"thumbnail")}) {
        for (const FeedXmlNode *holder : holders) {
            for (const FeedXmlNode *media : holder->childrenNamed(mediaNs, kind)) {
                const bool image = kind == u"thumbnail" || media->attribute(u"medium") == u"image" ||
                                   isImageType(media->attribute(u"type"));
                if (!image)
                    continue;
                if (const QString url = acceptableFeedUrl(media->attribute(u"url"), base, sourceUrl);
                    !url.isEmpty())
                    return url;
            }
        }
    }
    return {};
}

QString languageOf(const QString &value)
{
    return value.simplified();
}

// ----- RSS 2.0 and RSS 1.0 share their item vocabulary ------------------------------------------

/// The fields RSS 0.9x/2.0 and RSS 1.0 items have in common: title, link, description,
/// content:encoded, Dublin Core and Media RSS.
ItemDraft readRssItem(const FeedXmlNode &item, QStringView itemNs, const QUrl &base, const QUrl &sourceUrl)
{
    ItemDraft draft;
    draft.title = titleText(childText(item, itemNs, u"title"));

    QString link = childText(item, itemNs, u"link");
    if (link.trimmed().isEmpty()) {
        for (const FeedXmlNode *atomLink : item.childrenNamed(atomNs, u"link")) {
            const QString rel = atomLink->attribute(u"rel");
            if (rel.isEmpty() || rel == u"alternate") {
                link = atomLink->attribute(u"href");
                break;
            }
        }
    }
    draft.url = linkOrIssue(link, base, sourceUrl, draft.issues);
    if (const QString original = childText(item, feedburnerNs, u"origLink"); !original.trimmed().isEmpty())
        draft.canonicalUrl = linkOrIssue(original, base, sourceUrl, draft.issues);

    const QString content = htmlOf(item.child(contentNs, u"encoded"));
    const QString description = htmlOf(item.child(itemNs, u"description"));
    if (!content.isEmpty()) {
        draft.bodyHtml = content;
        draft.dek = htmlToLine(description);
    } else {
        draft.bodyHtml = description;
    }

    QString date = childText(item, itemNs, u"pubDate");
    if (date.trimmed().isEmpty())
        date = childText(item, dcNs, u"date");
    setDate(draft, date);

    QStringList names;
    for (const FeedXmlNode *creator : item.childrenNamed(dcNs, u"creator"))
        names << titleText(creator->textContent());
    if (names.isEmpty()) {
        for (const FeedXmlNode *author : item.childrenNamed(itemNs, u"author"))
            names << nameFromRssAuthor(author->textContent());
    }
    draft.byline = uniqueNonEmpty(names).join(u", "_s);
    draft.language = languageOf(childText(item, dcNs, u"language"));
    draft.imageUrl = findImage(item, itemNs, base, sourceUrl);
    return draft;
}

/// How many of a feed's items are read: all of them up to FeedLimits::MaxItems, saying so when there are
/// none or more than that.
qsizetype itemsToRead(ImportOutcome &outcome, qsizetype itemCount)
{
    if (itemCount == 0)
        outcome.issues << FeedText::tr("The feed has no items.");
    if (itemCount <= FeedLimits::MaxItems)
        return itemCount;
    outcome.issues << FeedText::tr("The feed has %n item(s); Newsdesk reads the first %1 of a feed.", "",
                                   int(std::min<qsizetype>(itemCount, INT_MAX)))
                          .arg(QLocale().toString(FeedLimits::MaxItems));
    return FeedLimits::MaxItems;
}

// ----- Atom ------------------------------------------------------------------------------------

/// An Atom text construct (title, summary, content) as HTML and as plain text.
struct TextConstruct
{
    QString html;
    QString text;
};

std::optional<TextConstruct> readTextConstruct(const FeedXmlNode *node)
{
    if (!node || node->hasAttribute(u"src"))
        return std::nullopt;
    const QString type = node->attribute(u"type").trimmed().toLower();
    TextConstruct construct;
    if (type == u"xhtml") {
        const FeedXmlNode *div = node->child(xhtmlNs, u"div");
        construct.html = (div ? serialiseChildren(*div) : serialiseChildren(*node)).trimmed();
        construct.text = htmlToText(construct.html);
    } else if (type == u"html" || type == u"text/html") {
        construct.html = node->textContent().trimmed();
        construct.text = htmlToText(construct.html);
    } else if (type.isEmpty() || type == u"text" || type.startsWith(u"text/")) {
        construct.html = htmlFromPlainText(node->textContent());
        construct.text = htmlToText(construct.html);
    } else {
        return std::nullopt; // base64 or XML media content: nothing a reader could show
    }
    return construct;
}

QString atomTitle(const FeedXmlNode *node)
{
    if (!node)
        return {};
    const QString type = node->attribute(u"type").trimmed().toLower();
    if (type == u"html" || type == u"xhtml")
        return htmlToLine(readTextConstruct(node).value_or(TextConstruct()).html);
    return node->textContent().simplified();
}

QStringList atomAuthors(const FeedXmlNode &node)
{
    QStringList names;
    for (const FeedXmlNode *author : node.childrenNamed(atomNs, u"author"))
        names << childText(*author, atomNs, u"name");
    return uniqueNonEmpty(names);
}

// ----- JSON Feed -------------------------------------------------------------------------------

QStringList jsonAuthors(const QJsonObject &object)
{
    QStringList names;
    for (const QJsonValue &author : object.value(u"authors"_s).toArray())
        names << author.toObject().value(u"name"_s).toString();
    if (names.isEmpty()) // JSON Feed 1.0
        names << object.value(u"author"_s).toObject().value(u"name"_s).toString();
    return uniqueNonEmpty(names);
}

QString jsonId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        // The spec asks for strings, but numbers are common; 1234 must not become "1234.0".
        const double number = value.toDouble();
        if (const std::optional<qint64> integer = exactInteger(number))
            return QString::number(*integer);
        return QString::number(number, 'g', 17);
    }
    return {};
}

} // namespace

// ----- FeedXmlNode -----------------------------------------------------------------------------

bool FeedXmlNode::is(QStringView nameSpace, QStringView localName) const
{
    return isElement() && name == localName && ns == nameSpace;
}

const FeedXmlNode *FeedXmlNode::child(QStringView nameSpace, QStringView localName) const
{
    for (const FeedXmlNode &node : children) {
        if (node.is(nameSpace, localName))
            return &node;
    }
    return nullptr;
}

QList<const FeedXmlNode *> FeedXmlNode::childrenNamed(QStringView nameSpace, QStringView localName) const
{
    QList<const FeedXmlNode *> found;
    for (const FeedXmlNode &node : children) {
        if (node.is(nameSpace, localName))
            found << &node;
    }
    return found;
}

QString FeedXmlNode::attribute(QStringView localName) const
{
    return attribute(QStringView(), localName);
}

QString FeedXmlNode::attribute(QStringView nameSpace, QStringView localName) const
{
    for (const FeedXmlAttribute &attribute : attributes) {
        if (attribute.name == localName && attribute.ns == nameSpace)
            return attribute.value;
    }
    return {};
}

bool FeedXmlNode::hasAttribute(QStringView localName) const
{
    for (const FeedXmlAttribute &attribute : attributes) {
        if (attribute.name == localName && attribute.ns.isEmpty())
            return true;
    }
    return false;
}

QString FeedXmlNode::textContent() const
{
    if (!isElement())
        return text;
    QString content;
    for (const FeedXmlNode &node : children)
        content += node.textContent();
    return content;
}

// ----- FeedXml ---------------------------------------------------------------------------------

Result<FeedXmlDocument> FeedXml::parse(const ImportSource &source)
{
    const QByteArray &data = source.data;
    if (isBlank(data))
        return Error{Error::Code::InvalidArgument, tr("The file is empty.")};

    FeedXmlDocument document;
    // QXmlStreamReader honours a BOM and the XML declaration; the decisions left to us are a charset
    // that only the HTTP header names, and a feed that names none and is not UTF-8 either.
    std::optional<QString> decoded;
    const QString declaredInXml = xmlDeclarationEncoding(data);
    if (!hasByteOrderMark(data) && declaredInXml.isEmpty()) {
        const QString charset = source.declaredCharset.trimmed();
        if (!charset.isEmpty() && !isUtf8Name(charset)) {
            QStringDecoder decoder(charset.toLatin1().constData());
            if (decoder.isValid()) {
                QString text = decoder.decode(data);
                if (!decoder.hasError())
                    decoded = std::move(text);
            } else {
                document.issues << tr("The declared charset “%1” is unknown; it was ignored.").arg(charset);
            }
        }
    }
    if (!decoded && !hasByteOrderMark(data) && (declaredInXml.isEmpty() || isUtf8Name(declaredInXml)) &&
        !isValidUtf8(data)) {
        QStringDecoder windows1252("windows-1252");
        decoded = windows1252.decode(data);
        document.issues << tr("The document is not valid UTF-8 and names no other charset; it was read "
                              "as Windows-1252.");
    }

    QXmlStreamReader reader;
    if (decoded)
        reader.addData(*decoded);
    else
        reader.addData(data);
    // Prefixes are resolved here, not by the reader, so an undeclared media: or dc: is no error.
    reader.setNamespaceProcessing(false);
    // Qt's default today, set so that a different default could never loosen it.
    reader.setEntityExpansionLimit(4096);

    std::vector<FeedXmlNode *> open;
    std::vector<QList<std::pair<QString, QString>>> scopes;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            if (!entityExpansionFits(reader.entityDeclarations(), data)) {
                return Error{Error::Code::InvalidArgument,
                             tr("The document declares entities that would expand to more than %L1 "
                                "characters (an “entity bomb”); it was not read.")
                                 .arg(MaxEntityExpansion)};
            }
            break;
        case QXmlStreamReader::StartElement: {
            if (open.size() >= size_t(MaxDepth)) {
                return Error{Error::Code::InvalidArgument,
                             tr("The document nests elements more than %1 deep (line %2); it was not read.")
                                 .arg(MaxDepth)
                                 .arg(reader.lineNumber())};
            }
            QList<std::pair<QString, QString>> declared;
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const auto &attribute : attributes) {
                const QStringView name = attribute.qualifiedName();
                if (name == u"xmlns")
                    declared.append({QString(), attribute.value().toString()});
                else if (name.startsWith(u"xmlns:"))
                    declared.append({name.mid(6).toString(), attribute.value().toString()});
            }
            scopes.push_back(std::move(declared));

            FeedXmlNode *parent = open.empty() ? nullptr : open.back();
            FeedXmlNode node;
            const auto [prefix, local] = splitQualifiedName(reader.qualifiedName());
            node.ns = namespaceFor(prefix, scopes);
            node.name = local.toString();
            node.base = parent ? parent->base : source.url;
            node.explicitBase = parent && parent->explicitBase;
            node.language = parent ? parent->language : QString();
            for (const auto &attribute : attributes) {
                const QStringView qualified = attribute.qualifiedName();
                if (qualified == u"xmlns" || qualified.startsWith(u"xmlns:"))
                    continue;
                const auto [attributePrefix, attributeName] = splitQualifiedName(qualified);
                FeedXmlAttribute resolved;
                // An unprefixed attribute is in no namespace, whatever the default namespace is.
                resolved.ns = attributePrefix.isEmpty() ? QString() : namespaceFor(attributePrefix, scopes);
                resolved.name = attributeName.toString();
                resolved.value = attribute.value().toString();
                if (resolved.ns == xmlNs && resolved.name == u"base") {
                    const QUrl base(resolved.value.trimmed());
                    node.base = node.base.isValid() ? node.base.resolved(base) : base;
                    node.explicitBase = true;
                } else if (resolved.ns == xmlNs && resolved.name == u"lang") {
                    node.language = resolved.value.trimmed();
                }
                node.attributes.append(std::move(resolved));
            }
            // Only the innermost open element gains children, so pointers to its ancestors stay valid.
            if (!parent) {
                document.root = std::move(node);
                open.push_back(&document.root);
                haveRoot = true;
            } else {
                parent->children.push_back(std::move(node));
                open.push_back(&parent->children.back());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            open.pop_back();
            scopes.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                appendText(*open.back(), reader.text().toString());
            break;
        case QXmlStreamReader::EntityReference:
            // Only references the reader could not resolve arrive here: an external DTD's entities.
            if (!open.empty())
                appendText(*open.back(), htmlEntityText(reader.name()));
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return Error{Error::Code::InvalidArgument,
                     tr("The document is not well-formed XML (line %1, column %2): %3")
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString())};
    }
    if (!haveRoot)
        return Error{Error::Code::InvalidArgument, tr("The document has no root element.")};
    return document;
}

QString acceptableFeedUrl(const QString &raw, const QUrl &base, const QUrl &sourceUrl)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if ((scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    // A feed read from disk may point at files beside it; a feed from the web may not point at disk.
    if (scheme == u"file" && sourceUrl.isLocalFile() && url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return {};
}

FeedKind sniffFeedKind(const ImportSource &source)
{
    const auto [sniffed, kind] = sniffBytes(source.data);
    if (sniffed == Sniffed::Kind)
        return kind;
    if (sniffed == Sniffed::OtherContent)
        return FeedKind::Unknown;
    return kindFromContentType(source);
}

// ----- RssImporter -----------------------------------------------------------------------------

QString RssImporter::formatName() const
{
    return u"RSS 2.0"_s;
}

bool RssImporter::canRead(const ImportSource &source) const
{
    return sniffFeedKind(source) == FeedKind::Rss;
}

Result<ImportOutcome> RssImporter::read(const ImportSource &source) const
{
    auto parsed = FeedXml::parse(source);
    if (!parsed)
        return parsed.error();
    const FeedXmlNode &root = parsed->root;
    if (root.name != u"rss") {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not an RSS feed: its root element is <%1>.").arg(root.name)};
    }
    // RSS 2.0 has no namespace, but some feeds give it one (Userland's); follow the root's.
    const QString rssNs = root.ns;
    const FeedXmlNode *channel = root.child(rssNs, u"channel");
    if (!channel)
        return Error{Error::Code::InvalidArgument, FeedText::tr("The RSS feed has no <channel>.")};

    ImportOutcome outcome;
    const QString version = root.attribute(u"version").trimmed();
    static const QRegularExpression oldVersion(QStringLiteral("^0\\.9\\d$"));
    outcome.format = oldVersion.match(version).hasMatch() ? u"RSS "_s + version : formatName();
    outcome.issues = parsed->issues;

    FeedContext feed;
    feed.title = titleText(childText(*channel, rssNs, u"title"));
    feed.language = languageOf(childText(*channel, rssNs, u"language"));
    if (feed.language.isEmpty())
        feed.language = languageOf(childText(*channel, dcNs, u"language"));
    const QUrl channelLink(acceptableFeedUrl(childText(*channel, rssNs, u"link"), channel->base, source.url));

    // Items belong in the channel; a few 0.9x feeds put them beside it.
    QList<const FeedXmlNode *> items = channel->childrenNamed(rssNs, u"item");
    items += root.childrenNamed(rssNs, u"item");
    const qsizetype readable = itemsToRead(outcome, items.size());
    for (qsizetype index = 0; index < readable; ++index) {
        const FeedXmlNode &item = *items.at(index);
        // An explicit xml:base wins; otherwise RSS links are relative to the site, i.e. the channel link.
        const QUrl base = item.explicitBase || !channelLink.isValid() ? item.base : channelLink;
        ItemDraft draft = readRssItem(item, rssNs, base, source.url);

        if (const FeedXmlNode *guid = item.child(rssNs, u"guid")) {
            draft.guid = guid->textContent().trimmed();
            // isPermaLink defaults to true: the guid is then the item's own URL.
            if (guid->attribute(u"isPermaLink").trimmed().toLower() != u"false") {
                const QString permalink = acceptableFeedUrl(draft.guid, base, source.url);
                if (draft.url.isEmpty())
                    draft.url = permalink;
                else if (draft.canonicalUrl.isEmpty() && !permalink.isEmpty() && permalink != draft.url)
                    draft.canonicalUrl = permalink;
            }
        }
        if (draft.language.isEmpty() && feed.language.isEmpty())
            draft.language = languageOf(item.language);
        if (auto article = finishItem(std::move(draft), feed, index, outcome.issues))
            outcome.articles << std::move(*article);
    }
    return outcome;
}

// ----- RdfImporter -----------------------------------------------------------------------------

QString RdfImporter::formatName() const
{
    return u"RSS 1.0"_s;
}

bool RdfImporter::canRead(const ImportSource &source) const
{
    return sniffFeedKind(source) == FeedKind::Rdf;
}

Result<ImportOutcome> RdfImporter::read(const ImportSource &source) const
{
    auto parsed = FeedXml::parse(source);
    if (!parsed)
        return parsed.error();
    const FeedXmlNode &root = parsed->root;
    if (!root.is(rdfNs, u"RDF")) {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not an RSS 1.0 feed: its root element is <%1>.").arg(root.name)};
    }
    const bool netscape = !root.child(rss1Ns, u"channel") && root.child(rss090Ns, u"channel");
    const QStringView itemNs = netscape ? rss090Ns : rss1Ns;
    const FeedXmlNode *channel = root.child(itemNs, u"channel");
    if (!channel)
        return Error{Error::Code::InvalidArgument, FeedText::tr("The RSS 1.0 feed has no <channel>.")};

    ImportOutcome outcome;
    outcome.format = netscape ? u"RSS 0.90"_s : formatName();
    outcome.issues = parsed->issues;

    FeedContext feed;
    feed.title = titleText(childText(*channel, itemNs, u"title"));
    feed.language = languageOf(childText(*channel, dcNs, u"language"));
    const QUrl channelLink(
        acceptableFeedUrl(childText(*channel, itemNs, u"link"), channel->base, source.url));

    const QList<const FeedXmlNode *> items = root.childrenNamed(itemNs, u"item");
    const qsizetype readable = itemsToRead(outcome, items.size());
    for (qsizetype index = 0; index < readable; ++index) {
        const FeedXmlNode &item = *items.at(index);
        const QUrl base = item.explicitBase || !channelLink.isValid() ? item.base : channelLink;
        ItemDraft draft = readRssItem(item, itemNs, base, source.url);
        draft.guid = item.attribute(rdfNs, u"about").trimmed();
        if (draft.language.isEmpty() && feed.language.isEmpty())
            draft.language = languageOf(item.language);
        if (auto article = finishItem(std::move(draft), feed, index, outcome.issues))
            outcome.articles << std::move(*article);
    }
    return outcome;
}

// ----- AtomImporter ----------------------------------------------------------------------------

QString AtomImporter::formatName() const
{
    return u"Atom 1.0"_s;
}

bool AtomImporter::canRead(const ImportSource &source) const
{
    return sniffFeedKind(source) == FeedKind::Atom;
}

Result<ImportOutcome> AtomImporter::read(const ImportSource &source) const
{
    auto parsed = FeedXml::parse(source);
    if (!parsed)
        return parsed.error();
    const FeedXmlNode &root = parsed->root;
    if (!root.is(atomNs, u"feed")) {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not an Atom feed: its root element is <%1>.").arg(root.name)};
    }

    ImportOutcome outcome;
    outcome.format = formatName();
    outcome.issues = parsed->issues;

    FeedContext feed;
    feed.title = atomTitle(root.child(atomNs, u"title"));
    const QStringList feedAuthors = atomAuthors(root);

    const QList<const FeedXmlNode *> entries = root.childrenNamed(atomNs, u"entry");
    const qsizetype readable = itemsToRead(outcome, entries.size());
    for (qsizetype index = 0; index < readable; ++index) {
        const FeedXmlNode &entry = *entries.at(index);
        ItemDraft draft;
        draft.title = atomTitle(entry.child(atomNs, u"title"));
        draft.guid = childText(entry, atomNs, u"id").trimmed();

        // The alternate link is the article; prefer the HTML one when there are several.
        const FeedXmlNode *alternate = nullptr;
        for (const FeedXmlNode *link : entry.childrenNamed(atomNs, u"link")) {
            const QString rel = link->attribute(u"rel").trimmed();
            if (!rel.isEmpty() && rel != u"alternate")
                continue;
            const QString type = link->attribute(u"type").trimmed().toLower();
            if (type.isEmpty() || type == u"text/html" || type == u"application/xhtml+xml") {
                alternate = link;
                break;
            }
            if (!alternate)
                alternate = link;
        }
        if (alternate)
            draft.url = linkOrIssue(alternate->attribute(u"href"), alternate->base, source.url, draft.issues);
        if (const FeedXmlNode *original = entry.child(feedburnerNs, u"origLink"))
            draft.canonicalUrl =
                linkOrIssue(original->textContent(), original->base, source.url, draft.issues);

        QString date = childText(entry, atomNs, u"published");
        if (date.trimmed().isEmpty())
            date = childText(entry, atomNs, u"updated");
        setDate(draft, date);

        QStringList authors = atomAuthors(entry);
        if (authors.isEmpty()) {
            if (const FeedXmlNode *origin = entry.child(atomNs, u"source"))
                authors = atomAuthors(*origin);
        }
        draft.byline = (authors.isEmpty() ? feedAuthors : authors).join(u", "_s);

        const auto content = readTextConstruct(entry.child(atomNs, u"content"));
        const auto summary = readTextConstruct(entry.child(atomNs, u"summary"));
        if (content && !content->html.isEmpty()) {
            draft.bodyHtml = content->html;
            draft.dek = summary ? summary->text.simplified() : QString();
        } else if (summary) {
            draft.bodyHtml = summary->html;
        }
        draft.language = languageOf(entry.language);
        draft.imageUrl = findImage(entry, atomNs, entry.base, source.url);
        if (auto article = finishItem(std::move(draft), feed, index, outcome.issues))
            outcome.articles << std::move(*article);
    }
    return outcome;
}

// ----- JsonFeedImporter ------------------------------------------------------------------------

QString JsonFeedImporter::formatName() const
{
    return u"JSON Feed 1.1"_s;
}

bool JsonFeedImporter::canRead(const ImportSource &source) const
{
    return sniffFeedKind(source) == FeedKind::JsonFeed;
}

Result<ImportOutcome> JsonFeedImporter::read(const ImportSource &source) const
{
    QByteArray data = source.data;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (isBlank(data))
        return Error{Error::Code::InvalidArgument, FeedText::tr("The file is empty.")};

    // Checked before parsing: a huge array need not be read to be refused.
    const qsizetype firstChar = [&] {
        qsizetype i = 0;
        while (i < data.size() && QChar::isSpace(uchar(data.at(i))))
            ++i;
        return i;
    }();
    if (firstChar >= data.size() || data.at(firstChar) != '{') {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not a JSON Feed: the document is not a JSON object.")};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("The JSON Feed is not valid JSON (at byte %1): %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not a JSON Feed: the document is not a JSON object.")};
    }
    const QJsonObject root = document.object();
    const QString version = root.value(u"version"_s).toString().trimmed();
    static const QRegularExpression versionPattern(QStringLiteral("^https?://jsonfeed\\.org/version/(.+)$"));
    const auto versionMatch = versionPattern.match(version);
    if (!versionMatch.hasMatch()) {
        return Error{Error::Code::InvalidArgument,
                     FeedText::tr("This is not a JSON Feed: it has no jsonfeed.org “version”.")};
    }
    if (!root.value(u"items"_s).isArray())
        return Error{Error::Code::InvalidArgument, FeedText::tr("The JSON Feed has no “items” list.")};

    // A Newsdesk bundle export: refused whole, before anything is read, when its own fields cannot be.
    const auto newsdesk = BundleJson::hasExtension(root);
    if (!newsdesk)
        return newsdesk.error();

    ImportOutcome outcome;
    const QString versionNumber = versionMatch.captured(1);
    if (versionNumber == u"1")
        outcome.format = u"JSON Feed 1.0"_s;
    else
        outcome.format = formatName();
    if (versionNumber != u"1" && versionNumber != u"1.1")
        outcome.issues << FeedText::tr("JSON Feed version “%1” is unknown; the feed was read as version 1.1.")
                              .arg(versionNumber);

    FeedContext feed;
    feed.title = titleText(root.value(u"title"_s).toString());
    feed.language = languageOf(root.value(u"language"_s).toString());
    const QStringList feedAuthors = jsonAuthors(root);
    // Item URLs should be absolute; relative ones are taken to be relative to the site.
    QUrl base(acceptableFeedUrl(root.value(u"home_page_url"_s).toString(), source.url, source.url));
    if (!base.isValid())
        base = QUrl(acceptableFeedUrl(root.value(u"feed_url"_s).toString(), source.url, source.url));
    if (!base.isValid())
        base = source.url;

    const QJsonArray items = root.value(u"items"_s).toArray();
    const qsizetype readable = itemsToRead(outcome, items.size());
    QList<int> articleOfItem; // per item, its index in outcome.articles, or -1: for the bundle's entries
    for (qsizetype index = 0; index < readable; ++index) {
        articleOfItem << -1;
        if (!items.at(index).isObject()) {
            outcome.issues << FeedText::tr("Item %1 is not a JSON object; it was skipped.").arg(index + 1);
            continue;
        }
        const QJsonObject item = items.at(index).toObject();
        ItemDraft draft;
        draft.title = titleText(item.value(u"title"_s).toString());
        draft.guid = jsonId(item.value(u"id"_s));
        draft.url = linkOrIssue(item.value(u"url"_s).toString(), base, source.url, draft.issues);

        QString date = item.value(u"date_published"_s).toString();
        if (date.trimmed().isEmpty())
            date = item.value(u"date_modified"_s).toString();
        setDate(draft, date);

        const QStringList authors = jsonAuthors(item);
        draft.byline = (authors.isEmpty() ? feedAuthors : authors).join(u", "_s);

        const QString summary = item.value(u"summary"_s).toString();
        const QString contentHtml = item.value(u"content_html"_s).toString().trimmed();
        const QString contentText = item.value(u"content_text"_s).toString();
        if (!contentHtml.isEmpty())
            draft.bodyHtml = contentHtml;
        else if (!contentText.trimmed().isEmpty())
            draft.bodyHtml = htmlFromPlainText(contentText);
        if (draft.bodyHtml.isEmpty())
            draft.bodyHtml = htmlFromPlainText(summary);
        else
            draft.dek = summary.simplified();

        draft.language = languageOf(item.value(u"language"_s).toString());
        QString image = item.value(u"image"_s).toString();
        if (image.trimmed().isEmpty())
            image = item.value(u"banner_image"_s).toString();
        draft.imageUrl = acceptableFeedUrl(image, base, source.url);
        // JSON Feed's tags are the publisher's (or a curator's, in an exchange between libraries) topics:
        // they become the article's confirmed topics.
        for (const QJsonValue &tag : item.value(u"tags"_s).toArray()) {
            const QString name = tag.toString().simplified();
            if (!name.isEmpty() && !draft.topics.contains(name, Qt::CaseInsensitive))
                draft.topics << name.left(200);
        }
        auto article = finishItem(std::move(draft), feed, index, outcome.issues);
        if (!article)
            continue;
        if (*newsdesk)
            if (Status restored = BundleJson::readItem(item, index, *article); !restored)
                return restored.error();
        articleOfItem.last() = int(outcome.articles.size());
        outcome.articles << std::move(*article);
    }
    if (*newsdesk) {
        auto bundle = BundleJson::readBundle(root, articleOfItem);
        if (!bundle)
            return bundle.error();
        outcome.bundle = std::move(bundle).value();
        outcome.format = u"Newsdesk bundle (%1)"_s.arg(outcome.format);
    }
    return outcome;
}

} // namespace Newsdesk
