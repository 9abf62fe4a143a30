#include "HtmlSanitizer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Newsdesk {

namespace {

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------------------
// Element classes
// ---------------------------------------------------------------------------------------------------

// The order matters: the class tests below compare ranges.
enum class Tag : quint8 {
    // Phrasing elements
    A,
    Abbr,
    B,
    Cite,
    Code,
    Em,
    I,
    Mark,
    Q,
    S,
    Small,
    Strong,
    Sub,
    Sup,
    Time,
    U,
    // Blocks that hold phrasing content only
    P,
    H2,
    H3,
    H4,
    H5,
    H6,
    Pre,
    // Blocks that hold blocks, lists, tables
    Blockquote,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Figure,
    Figcaption,
    Table,
    Caption,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Th,
    Td,
    // Void elements
    Br,
    Hr,
    Img,
    // Never written
    Root,        // the fragment itself
    Picture,     // unwrapped; its img may fall back on the sources' srcset
    Unwrap,      // not listed: children stay
    BlockUnwrap, // not listed but block-level (div, section…): children stay, paragraphs stay apart
    Drop,        // gone with everything inside
    DropVoid,    // a void element: it goes, but libxml2 2.9 may have nested what follows it inside it
};

constexpr std::array<std::string_view, int(Tag::Img) + 1> kTagNames = {
    "a"sv,     "abbr"sv,    "b"sv,     "cite"sv,   "code"sv,  "em"sv,  "i"sv,      "mark"sv,
    "q"sv,     "s"sv,       "small"sv, "strong"sv, "sub"sv,   "sup"sv, "time"sv,   "u"sv,
    "p"sv,     "h2"sv,      "h3"sv,    "h4"sv,     "h5"sv,    "h6"sv,  "pre"sv,    "blockquote"sv,
    "ul"sv,    "ol"sv,      "li"sv,    "dl"sv,     "dt"sv,    "dd"sv,  "figure"sv, "figcaption"sv,
    "table"sv, "caption"sv, "thead"sv, "tbody"sv,  "tfoot"sv, "tr"sv,  "th"sv,     "td"sv,
    "br"sv,    "hr"sv,      "img"sv,
};

struct TagEntry
{
    std::string_view name;
    Tag tag;
};

// Sorted by name for binary search. Anything not here is unwrapped.
constexpr TagEntry kTags[] = {
    {"a"sv, Tag::A},
    {"abbr"sv, Tag::Abbr},
    {"acronym"sv, Tag::Abbr},
    {"address"sv, Tag::BlockUnwrap},
    {"amp-img"sv, Tag::Img},
    {"applet"sv, Tag::Drop},
    {"area"sv, Tag::DropVoid},
    {"article"sv, Tag::BlockUnwrap},
    {"aside"sv, Tag::BlockUnwrap},
    {"audio"sv, Tag::Drop},
    {"b"sv, Tag::B},
    {"base"sv, Tag::DropVoid},
    {"basefont"sv, Tag::DropVoid},
    {"bgsound"sv, Tag::DropVoid},
    {"blockquote"sv, Tag::Blockquote},
    {"body"sv, Tag::BlockUnwrap},
    {"br"sv, Tag::Br},
    {"button"sv, Tag::Drop},
    {"canvas"sv, Tag::Drop},
    {"caption"sv, Tag::Caption},
    {"center"sv, Tag::BlockUnwrap},
    {"cite"sv, Tag::Cite},
    {"code"sv, Tag::Code},
    {"datalist"sv, Tag::Drop},
    {"dd"sv, Tag::Dd},
    {"del"sv, Tag::S},
    {"details"sv, Tag::BlockUnwrap},
    {"dialog"sv, Tag::Drop},
    {"dir"sv, Tag::Ul},
    {"div"sv, Tag::BlockUnwrap},
    {"dl"sv, Tag::Dl},
    {"dt"sv, Tag::Dt},
    {"em"sv, Tag::Em},
    {"embed"sv, Tag::DropVoid},
    {"fieldset"sv, Tag::BlockUnwrap},
    {"figcaption"sv, Tag::Figcaption},
    {"figure"sv, Tag::Figure},
    {"footer"sv, Tag::BlockUnwrap},
    {"form"sv, Tag::Drop},
    {"frame"sv, Tag::Drop},
    {"frameset"sv, Tag::Drop},
    {"h1"sv, Tag::H2}, // the article title is the h1 of every page the body is shown in
    {"h2"sv, Tag::H2},
    {"h3"sv, Tag::H3},
    {"h4"sv, Tag::H4},
    {"h5"sv, Tag::H5},
    {"h6"sv, Tag::H6},
    {"head"sv, Tag::Drop},
    {"header"sv, Tag::BlockUnwrap},
    {"hgroup"sv, Tag::BlockUnwrap},
    {"hr"sv, Tag::Hr},
    {"html"sv, Tag::BlockUnwrap},
    {"i"sv, Tag::I},
    {"iframe"sv, Tag::Drop},
    {"image"sv, Tag::Img},
    {"img"sv, Tag::Img},
    {"input"sv, Tag::DropVoid},
    {"isindex"sv, Tag::DropVoid},
    {"kbd"sv, Tag::Code},
    {"keygen"sv, Tag::DropVoid},
    {"legend"sv, Tag::BlockUnwrap},
    {"li"sv, Tag::Li},
    {"link"sv, Tag::DropVoid},
    {"listing"sv, Tag::Pre},
    {"main"sv, Tag::BlockUnwrap},
    {"map"sv, Tag::Drop},
    {"mark"sv, Tag::Mark},
    {"math"sv, Tag::Drop},
    {"menu"sv, Tag::Ul},
    {"menuitem"sv, Tag::DropVoid},
    {"meta"sv, Tag::DropVoid},
    {"nav"sv, Tag::BlockUnwrap},
    {"noembed"sv, Tag::Drop},
    {"noframes"sv, Tag::Drop},
    {"noscript"sv, Tag::Drop},
    {"object"sv, Tag::Drop},
    {"ol"sv, Tag::Ol},
    {"optgroup"sv, Tag::Drop},
    {"option"sv, Tag::Drop},
    {"p"sv, Tag::P},
    {"param"sv, Tag::DropVoid},
    {"picture"sv, Tag::Picture},
    {"portal"sv, Tag::Drop},
    {"pre"sv, Tag::Pre},
    {"q"sv, Tag::Q},
    {"s"sv, Tag::S},
    {"samp"sv, Tag::Code},
    {"script"sv, Tag::Drop},
    {"search"sv, Tag::BlockUnwrap},
    {"section"sv, Tag::BlockUnwrap},
    {"select"sv, Tag::Drop},
    {"small"sv, Tag::Small},
    {"source"sv, Tag::DropVoid},
    {"strike"sv, Tag::S},
    {"strong"sv, Tag::Strong},
    {"style"sv, Tag::Drop},
    {"sub"sv, Tag::Sub},
    {"summary"sv, Tag::BlockUnwrap},
    {"sup"sv, Tag::Sup},
    {"svg"sv, Tag::Drop},
    {"table"sv, Tag::Table},
    {"tbody"sv, Tag::Tbody},
    {"td"sv, Tag::Td},
    {"template"sv, Tag::Drop},
    {"textarea"sv, Tag::Drop},
    {"tfoot"sv, Tag::Tfoot},
    {"th"sv, Tag::Th},
    {"thead"sv, Tag::Thead},
    {"time"sv, Tag::Time},
    {"title"sv, Tag::Drop},
    {"tr"sv, Tag::Tr},
    {"track"sv, Tag::DropVoid},
    {"tt"sv, Tag::Code},
    {"u"sv, Tag::U},
    {"ul"sv, Tag::Ul},
    {"video"sv, Tag::Drop},
    {"wbr"sv, Tag::DropVoid},
    {"xmp"sv, Tag::Pre},
};

constexpr bool tagsSorted()
{
    for (std::size_t i = 1; i < std::size(kTags); ++i) {
        if (!(kTags[i - 1].name < kTags[i].name))
            return false;
    }
    return true;
}
static_assert(tagsSorted(), "kTags must stay sorted for the binary search");

constexpr bool namesFollowTags()
{
    for (int t = 0; t <= int(Tag::Img); ++t) {
        if (std::none_of(std::begin(kTags), std::end(kTags),
                         [t](const TagEntry &e) { return e.tag == Tag(t) && e.name == kTagNames[t]; }))
            return false;
    }
    return true;
}
static_assert(namesFollowTags(), "kTagNames must follow the order of Tag");

Tag lookupTag(const xmlChar *rawName)
{
    if (rawName == nullptr)
        return Tag::Unwrap;
    std::string_view name(reinterpret_cast<const char *>(rawName));
    // libxml2 already drops prefixes (<svg:script> is "script"); this is for a parser that would not.
    if (const auto colon = name.rfind(':'); colon != std::string_view::npos)
        name.remove_prefix(colon + 1);
    const auto it = std::lower_bound(std::begin(kTags), std::end(kTags), name,
                                     [](const TagEntry &e, std::string_view n) { return e.name < n; });
    return (it != std::end(kTags) && it->name == name) ? it->tag : Tag::Unwrap;
}

constexpr bool isInline(Tag t)
{
    return t <= Tag::U;
}
constexpr bool isWrittenBlock(Tag t)
{
    return (t >= Tag::P && t <= Tag::Td) || t == Tag::Hr;
}
constexpr bool isBlockish(Tag t)
{
    return isWrittenBlock(t) || t == Tag::BlockUnwrap;
}
constexpr bool isTableRowGroup(Tag t)
{
    return t == Tag::Thead || t == Tag::Tbody || t == Tag::Tfoot;
}
// Cells, rows and list items keep their place even when empty; the list or table around them does not.
constexpr bool removableWhenEmpty(Tag t)
{
    return !(t == Tag::Li || t == Tag::Dt || t == Tag::Dd || isTableRowGroup(t) || t == Tag::Tr ||
             t == Tag::Th || t == Tag::Td || t == Tag::Root);
}

// ---------------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------------

constexpr bool isAsciiSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// U+0080–U+009F mean Windows-1252 in practice (&#150; for an en dash); HTML5 maps them the same way.
// Zero marks the five code points Windows-1252 leaves undefined: those are dropped.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void appendUtf8(QByteArray &out, char16_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Text escapes & < >; Attribute also " and turns tabs and newlines into spaces; Raw escapes nothing and
// only cleans (text is cleaned first, then escaped word by word).
enum class Escape { Text, Attribute, Raw };

// Appends UTF-8 from libxml2 (always valid) escaped for the output. Dropped in every mode: C0 controls
// other than whitespace, DEL, and U+FFFE/U+FFFF, none of which XML allows or a reader wants; C1
// controls are read as Windows-1252. A carriage return becomes a newline (a space in attributes).
void appendEscaped(QByteArray &out, const char *p, const char *end, Escape mode)
{
    const bool escape = mode != Escape::Raw;
    const bool attribute = mode == Escape::Attribute;
    const char *run = p;
    while (p < end) {
        const uchar c = uchar(*p);
        if ((c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') ||
            (c >= 0x80 && c != 0xC2 && c != 0xEF)) {
            ++p;
            continue;
        }
        std::string_view replacement;
        char16_t mapped = 0;
        int length = 1;
        bool keep = false;
        switch (c) {
        case '&':
            keep = !escape, replacement = "&amp;"sv;
            break;
        case '<':
            keep = !escape, replacement = "&lt;"sv;
            break;
        case '>':
            keep = !escape, replacement = "&gt;"sv;
            break;
        case '"':
            keep = !attribute, replacement = "&quot;"sv;
            break;
        case '\t':
        case '\n':
            keep = !attribute, replacement = " "sv;
            break;
        case '\r':
            if (p + 1 < end && p[1] == '\n')
                replacement = ""sv; // the newline that follows stands for both
            else
                keep = !escape, replacement = attribute ? " "sv : "\n"sv;
            break;
        case '\f':
            keep = !escape, replacement = " "sv;
            break;
        case 0xC2:
            if (p + 1 < end && uchar(p[1]) >= 0x80 && uchar(p[1]) <= 0x9F)
                mapped = kWindows1252[uchar(p[1]) - 0x80], length = 2; // zero: undefined, dropped
            else
                keep = true;
            break;
        case 0xEF:
            if (p + 2 < end && uchar(p[1]) == 0xBF && (uchar(p[2]) == 0xBE || uchar(p[2]) == 0xBF))
                length = 3;
            else
                keep = true;
            break;
        default: // other controls and DEL
            break;
        }
        if (keep) {
            ++p;
            continue;
        }
        out.append(run, p - run);
        if (mapped != 0)
            appendUtf8(out, mapped);
        else
            out.append(replacement.data(), qsizetype(replacement.size()));
        p += length;
        run = p;
    }
    out.append(run, p - run);
}

bool isOnlyNoBreakSpaces(const char *p, const char *end)
{
    for (; p + 1 < end; p += 2) {
        if (uchar(p[0]) != 0xC2 || uchar(p[1]) != 0xA0)
            return false;
    }
    return p == end;
}

bool isElement(const xmlNode *node, std::string_view name)
{
    return node->type == XML_ELEMENT_NODE && node->name != nullptr &&
           std::string_view(reinterpret_cast<const char *>(node->name)) == name;
}

// Whether text holds anything appendEscaped() would drop or map (controls, C1, U+FFFE/U+FFFF): rare,
// so text is cleaned into a copy only then, and a word that was nothing but those leaves no trace.
bool needsCleaning(const char *p)
{
    for (; *p != '\0'; ++p) {
        const uchar c = uchar(*p);
        if ((c < 0x20 && !isAsciiSpace(c)) || c == 0x7F)
            return true;
        if (c == 0xC2 && uchar(p[1]) >= 0x80 && uchar(p[1]) <= 0x9F)
            return true;
        if (c == 0xEF && uchar(p[1]) == 0xBF && (uchar(p[2]) == 0xBE || uchar(p[2]) == 0xBF))
            return true;
    }
    return false;
}

QByteArray cleaned(const char *p)
{
    QByteArray out;
    const char *end = p + std::char_traits<char>::length(p);
    appendEscaped(out, p, end, Escape::Raw);
    return out;
}

// libxml2's HTML parser stores an attribute's value as one text child; a valueless attribute has none.
QByteArrayView attributeValue(const xmlAttr *attribute)
{
    const xmlNode *child = attribute->children;
    if (child == nullptr || child->type != XML_TEXT_NODE || child->content == nullptr)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(child->content));
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isAsciiSpace(uchar(v.front())))
        v = v.sliced(1);
    while (!v.isEmpty() && isAsciiSpace(uchar(v.back())))
        v.chop(1);
    return v;
}

// A plain (optionally negative) integer within [min, max], written back without noise; empty if not.
QByteArray plainNumber(QByteArrayView raw, long min, long max)
{
    const QByteArrayView v = trimmed(raw);
    const bool negative = v.startsWith('-');
    const QByteArrayView digits = negative ? v.sliced(1) : v;
    if (digits.isEmpty() || digits.size() > 9)
        return {};
    long value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return {};
        value = value * 10 + (c - '0');
    }
    if (negative)
        value = -value;
    if (value < min || value > max)
        return {};
    return QByteArray::number(qlonglong(value));
}

// The first URL of a srcset ("a.jpg 1x, b.jpg 2x"): everything up to the first space, trailing commas
// dropped (a URL may contain commas, so splitting on commas would cut some apart).
QByteArrayView firstSrcsetCandidate(QByteArrayView srcset)
{
    qsizetype i = 0;
    while (i < srcset.size() && (isAsciiSpace(uchar(srcset[i])) || srcset[i] == ','))
        ++i;
    qsizetype j = i;
    while (j < srcset.size() && !isAsciiSpace(uchar(srcset[j])))
        ++j;
    QByteArrayView candidate = srcset.sliced(i, j - i);
    while (candidate.endsWith(','))
        candidate.chop(1);
    return candidate;
}

// ---------------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------------

enum class UrlUse { Link, Image, Cite };

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isSchemeChar(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// Only raster images inline as base64: "data:image/png;base64,…", the header in any case.
QByteArray cleanDataImage(const QByteArray &url)
{
    static constexpr std::string_view kHeaders[] = {"data:image/png;base64"sv, "data:image/gif;base64"sv,
                                                    "data:image/jpeg;base64"sv, "data:image/webp;base64"sv};
    const qsizetype comma = url.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray header = url.first(comma).toLower();
    const auto known = std::find_if(std::begin(kHeaders), std::end(kHeaders), [&](std::string_view h) {
        return QByteArrayView(h.data(), qsizetype(h.size())) == header;
    });
    if (known == std::end(kHeaders))
        return {};
    QByteArray clean;
    clean.reserve(url.size());
    clean.append(known->data(), qsizetype(known->size()));
    clean.append(',');
    bool payload = false;
    for (const char c : QByteArrayView(url).sliced(comma + 1)) {
        if (isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=') {
            clean.append(c);
            payload = true;
        } else if (c != ' ') {
            return {};
        }
    }
    return payload ? clean : QByteArray();
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) &&
           !url.host().isEmpty();
}

// The URL to write, encoded, or an empty array when the attribute must go.
QByteArray cleanUrl(QByteArrayView raw, const QUrl &base, bool baseUsable, UrlUse use)
{
    // What browsers ignore, and obfuscation hides behind: tabs and newlines anywhere, C0 controls and
    // spaces at either end ("java\tscript:", " \x01javascript:"). Entities were decoded by the parser.
    QByteArray s;
    s.reserve(raw.size());
    for (const char c : raw) {
        if (c != '\t' && c != '\n' && c != '\r')
            s.append(c);
    }
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && uchar(s[from]) <= 0x20)
        ++from;
    while (to > from && uchar(s[to - 1]) <= 0x20)
        --to;
    if (from == to)
        return {};
    if (from > 0 || to < s.size())
        s = s.sliced(from, to - from);

    if (s.startsWith('#'))
        return use == UrlUse::Link ? s : QByteArray();

    qsizetype colon = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ':') {
            colon = i;
            break;
        }
        if (c == '/' || c == '?' || c == '#')
            break;
    }

    if (colon >= 0) {
        // A colon before the first slash makes a scheme; one that is not plainly a scheme we allow is
        // refused rather than guessed at.
        if (colon == 0 || !isAsciiAlpha(s[0]) ||
            !std::all_of(s.cbegin(), s.cbegin() + colon, [](char c) { return isSchemeChar(c); }))
            return {};
        const QByteArray scheme = s.first(colon).toLower();
        if (scheme == "data")
            return use == UrlUse::Image ? cleanDataImage(s) : QByteArray();
        const QUrl url(QString::fromUtf8(s));
        if (scheme == "mailto")
            return (use == UrlUse::Link && url.isValid()) ? url.toEncoded() : QByteArray();
        if (scheme != "http" && scheme != "https")
            return {};
        return isWebUrl(url) ? url.toEncoded() : QByteArray();
    }

    if (!baseUsable)
        return {};
    const QUrl relative(QString::fromUtf8(s));
    if (!relative.isValid())
        return {};
    const QUrl absolute = base.resolved(relative);
    return isWebUrl(absolute) ? absolute.toEncoded() : QByteArray();
}

// ---------------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------------

// Elements that may hold blocks as well as text. Not dt: libxml2 ends a dt at a nested list's items,
// so blocks in a term are unwrapped rather than read back differently.
constexpr bool isFlowContainer(Tag t)
{
    return t == Tag::Root || t == Tag::Blockquote || t == Tag::Li || t == Tag::Dd || t == Tag::Td ||
           t == Tag::Th || t == Tag::Figure || t == Tag::Figcaption || t == Tag::Caption;
}

// Whether a block may sit directly in parent. Where it may not, it either gets an implicit wrapper
// (an <li> in a list, a row and cell in a table) or is unwrapped, so the output parses back into the same
// tree in a browser and in libxml2: no <p> in a <p>, no stray cells, nothing loose in a <ul>.
constexpr bool fits(Tag tag, Tag parent)
{
    switch (tag) {
    case Tag::Li:
        return parent == Tag::Ul || parent == Tag::Ol;
    case Tag::Dt:
    case Tag::Dd:
        return parent == Tag::Dl;
    case Tag::Figcaption:
        return parent == Tag::Figure;
    case Tag::Caption:
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
        return parent == Tag::Table;
    case Tag::Tr:
        return parent == Tag::Table || isTableRowGroup(parent);
    case Tag::Th:
    case Tag::Td:
        return parent == Tag::Tr;
    default:
        return isFlowContainer(parent);
    }
}

// The implicit element content needs in parent before it can go in; Tag::Root for none.
constexpr Tag wrapperFor(Tag parent, bool inlineContent)
{
    switch (parent) {
    case Tag::Root:
    case Tag::Blockquote:
        return inlineContent ? Tag::P : Tag::Root;
    case Tag::Ul:
    case Tag::Ol:
        return Tag::Li;
    case Tag::Dl:
        return Tag::Dd;
    case Tag::Table:
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
        return Tag::Tr;
    case Tag::Tr:
        return Tag::Td;
    default:
        return Tag::Root;
    }
}

// Whether a block can go in parent, directly or through implicit wrappers.
constexpr bool placeable(Tag tag, Tag parent)
{
    while (!fits(tag, parent)) {
        parent = wrapperFor(parent, false);
        if (parent == Tag::Root)
            return false;
    }
    return true;
}

// Walks libxml2's tree with an explicit stack (documents nest 100,000 deep) and writes the allowed part.
// Everything that could dangle is written lazily: whitespace and line breaks wait for the next content,
// an inline element's start tag waits for something inside it, implicit paragraphs and list items wait
// for content to hold. A block that ends up empty is cut back out of the output.
class Sanitizer
{
public:
    Sanitizer(const QUrl &base, qsizetype sizeHint)
        : m_base(base)
        , m_baseUsable(isWebUrl(base))
    {
        m_out.reserve(sizeHint);
        m_open.reserve(32);
        m_open.emplace_back();
    }

    void run(xmlNode *container);
    QByteArray &output() { return m_out; }

private:
    struct OutFrame
    {
        Tag tag = Tag::Root;
        bool implicit = false;   // opened by us: a <p> around loose text, an <li> or <td> around strays
        bool written = true;     // an inline element is written once something goes into it
        bool hasContent = false; // text, an image or a rule inside: kept, whatever else is empty
        qsizetype start = 0;     // where a block's start tag begins, to cut it out when it stays empty
        QByteArray attributes;   // an unwritten inline element's attributes
    };
    enum class Leave : quint8 { Nothing, Close, Boundary };

    Leave element(xmlNode *node, bool &descend);
    void leave(Leave what);
    void text(const xmlChar *content);
    void lineBreak();
    void rule();
    void image(xmlNode *node);
    void boundary();
    void flushInline();
    bool prepareBlock(Tag tag);
    void openBlock(Tag tag, bool implicit);
    void openInline(Tag tag);
    void closeTop();
    bool hasBlockChild(const xmlNode *node) const;
    QByteArray pictureSource(const xmlNode *img) const;
    bool collectAttributes(Tag tag, const xmlNode *node);
    void addAttribute(std::string_view name, QByteArrayView value, Escape mode = Escape::Attribute);
    void addUrlAttribute(std::string_view name, QByteArrayView raw, UrlUse use);
    void writeStartTag(Tag tag, const QByteArray &attributes);
    // Room is kept for the implicit wrappers (a row and a cell) that may still open around content.
    bool tooDeep() const { return m_open.size() + 2 > std::size_t(HtmlSanitizer::MaxDepth); }
    void resetLine()
    {
        m_pendingSpace = false;
        m_pendingBreaks = 0;
        m_lineHasContent = false;
        m_lastWasSpace = false;
    }

    QUrl m_base;
    bool m_baseUsable = false;
    QByteArray m_out;
    QByteArray m_attributes; // the attributes of the element being opened
    std::vector<OutFrame> m_open;
    std::size_t m_unwritten = 0; // unwritten inline elements, always the top of m_open
    bool m_pendingSpace = false;
    int m_pendingBreaks = 0;
    bool m_lineHasContent = false;
    bool m_lastWasSpace = false;
    int m_links = 0;
    bool m_inPre = false;
};

void Sanitizer::run(xmlNode *container)
{
    std::vector<Leave> stack; // what to do on leaving each source element we went into
    xmlNode *node = container->children;
    while (node != nullptr) {
        bool descend = false;
        Leave onLeave = Leave::Nothing;
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            text(node->content);
            break;
        case XML_ELEMENT_NODE:
            onLeave = element(node, descend);
            break;
        default: // comments, processing instructions, doctypes
            break;
        }
        if (descend && node->children != nullptr) {
            stack.push_back(onLeave);
            node = node->children;
            continue;
        }
        if (descend)
            leave(onLeave);
        while (node->next == nullptr) {
            node = node->parent;
            if (node == container || node == nullptr) {
                node = nullptr;
                break;
            }
            leave(stack.back());
            stack.pop_back();
        }
        if (node != nullptr)
            node = node->next;
    }
    while (m_open.size() > 1)
        closeTop();
}

Sanitizer::Leave Sanitizer::element(xmlNode *node, bool &descend)
{
    const Tag tag = lookupTag(node->name);
    // libxml2 2.9 does not know HTML5's void elements (source, track, wbr, embed…) and nests whatever
    // follows one inside it; those children are really its siblings, so void elements are walked into.
    switch (tag) {
    case Tag::Drop:
        return Leave::Nothing;
    case Tag::Br:
        lineBreak();
        descend = true;
        return Leave::Nothing;
    case Tag::Hr:
        rule();
        descend = true;
        return Leave::Nothing;
    case Tag::Img:
        image(node);
        descend = true;
        return Leave::Nothing;
    case Tag::Unwrap:
    case Tag::Picture:
    case Tag::DropVoid:
        descend = true;
        return Leave::Nothing;
    case Tag::BlockUnwrap:
        descend = true;
        boundary();
        return Leave::Boundary;
    default:
        break;
    }

    descend = true;
    if (isInline(tag)) {
        // An inline element around blocks is dropped rather than the blocks flattened into it; a link
        // inside a link is not a link (browsers would split them).
        if (tooDeep() || (tag == Tag::A && m_links > 0) || hasBlockChild(node) ||
            !collectAttributes(tag, node))
            return Leave::Nothing;
        openInline(tag);
        return Leave::Close;
    }
    if (tooDeep() || !prepareBlock(tag)) {
        boundary();
        return Leave::Boundary;
    }
    collectAttributes(tag, node);
    openBlock(tag, false);
    return Leave::Close;
}

void Sanitizer::leave(Leave what)
{
    if (what == Leave::Boundary) {
        boundary();
    } else if (what == Leave::Close) {
        // Only implicit elements opened inside it can sit above the element's own frame by now.
        while (m_open.back().implicit)
            closeTop();
        closeTop();
    }
}

// Makes room for a block: closes the implicit elements it cannot sit in, opens the ones it needs.
// Returns false where it cannot go at all (inside a paragraph or an inline element).
bool Sanitizer::prepareBlock(Tag tag)
{
    std::size_t level = m_open.size() - 1;
    while (!placeable(tag, m_open[level].tag)) {
        if (!m_open[level].implicit)
            return false;
        --level;
    }
    while (m_open.size() - 1 > level)
        closeTop();
    for (Tag parent = m_open.back().tag; !fits(tag, parent); parent = m_open.back().tag)
        openBlock(wrapperFor(parent, false), true);
    return true;
}

void Sanitizer::writeStartTag(Tag tag, const QByteArray &attributes)
{
    const std::string_view name = kTagNames[std::size_t(tag)];
    m_out.append('<');
    m_out.append(name.data(), qsizetype(name.size()));
    m_out.append(attributes);
    m_out.append('>');
}

void Sanitizer::openBlock(Tag tag, bool implicit)
{
    OutFrame frame;
    frame.tag = tag;
    frame.implicit = implicit;
    frame.start = m_out.size();
    writeStartTag(tag, implicit ? QByteArray() : m_attributes);
    if (!implicit)
        m_attributes.clear();
    m_open.push_back(std::move(frame));
    resetLine();
    if (tag == Tag::Pre)
        m_inPre = true;
}

void Sanitizer::openInline(Tag tag)
{
    OutFrame frame;
    frame.tag = tag;
    frame.written = false;
    frame.attributes = std::exchange(m_attributes, QByteArray());
    m_open.push_back(std::move(frame));
    ++m_unwritten;
    if (tag == Tag::A)
        ++m_links;
}

void Sanitizer::closeTop()
{
    const OutFrame frame = std::move(m_open.back());
    m_open.pop_back();
    if (frame.tag == Tag::A)
        --m_links;
    if (!frame.written) { // nothing went in: nothing to write or undo
        --m_unwritten;
        return;
    }
    const bool block = !isInline(frame.tag);
    if (frame.tag == Tag::Pre)
        m_inPre = false;
    if (block && !frame.hasContent && removableWhenEmpty(frame.tag)) {
        m_out.truncate(frame.start);
        resetLine();
        return;
    }
    const std::string_view name = kTagNames[std::size_t(frame.tag)];
    m_out.append("</", 2);
    m_out.append(name.data(), qsizetype(name.size()));
    m_out.append('>');
    if (frame.hasContent)
        m_open.back().hasContent = true;
    if (block)
        resetLine();
}

// Before inline content: write the breaks and the space waiting for it, open the implicit paragraph or
// list item it needs, and write the inline elements it is in.
void Sanitizer::flushInline()
{
    // The unwritten inline elements are set aside while the container below them is prepared.
    std::vector<OutFrame> unwritten;
    if (m_unwritten > 0) {
        unwritten.assign(std::make_move_iterator(m_open.end() - std::ptrdiff_t(m_unwritten)),
                         std::make_move_iterator(m_open.end()));
        m_open.resize(m_open.size() - m_unwritten);
    }

    if (m_pendingBreaks > 0) {
        const OutFrame &container = m_open.back();
        if (container.implicit && container.tag == Tag::P && m_pendingBreaks >= 2) {
            closeTop(); // "text<br><br>text" in loose text is two paragraphs
        } else {
            for (int i = 0; i < m_pendingBreaks; ++i)
                m_out.append(m_inPre ? "\n" : "<br/>");
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
        m_lineHasContent = false;
        m_lastWasSpace = false;
    }
    for (Tag wrapper = wrapperFor(m_open.back().tag, true); wrapper != Tag::Root;
         wrapper = wrapperFor(m_open.back().tag, true))
        openBlock(wrapper, true);
    if (m_pendingSpace) {
        if (m_lineHasContent && !m_lastWasSpace) {
            m_out.append(' ');
            m_lastWasSpace = true;
        }
        m_pendingSpace = false;
    }

    for (OutFrame &frame : unwritten) {
        writeStartTag(frame.tag, frame.attributes);
        frame.written = true;
        frame.attributes = QByteArray();
        m_open.push_back(std::move(frame));
    }
    m_unwritten = 0;
}

void Sanitizer::text(const xmlChar *content)
{
    if (content == nullptr)
        return;
    const char *p = reinterpret_cast<const char *>(content);
    QByteArray clean;
    if (needsCleaning(p)) {
        clean = cleaned(p);
        p = clean.constData();
    }
    if (m_inPre) {
        const char *end = p + std::char_traits<char>::length(p);
        if (p == end)
            return;
        // libxml2 keeps the newline right after <pre> that browsers drop; written back as it is, a browser
        // drops it again, so the text reads the same on both sides.
        flushInline();
        appendEscaped(m_out, p, end, Escape::Text);
        m_lineHasContent = true;
        if (std::any_of(p, end, [](char c) { return !isAsciiSpace(uchar(c)); }))
            m_open.back().hasContent = true;
        return;
    }
    while (*p != '\0') {
        if (isAsciiSpace(uchar(*p))) {
            m_pendingSpace = true;
            ++p;
            continue;
        }
        const char *word = p;
        while (*p != '\0' && !isAsciiSpace(uchar(*p)))
            ++p;
        flushInline();
        appendEscaped(m_out, word, p, Escape::Text);
        // A paragraph of nothing but &nbsp; is a spacer, not content: it may go like an empty one.
        if (!isOnlyNoBreakSpaces(word, p))
            m_open.back().hasContent = true;
        m_lineHasContent = true;
        m_lastWasSpace = false;
    }
}

void Sanitizer::lineBreak()
{
    if (m_inPre) {
        flushInline();
        m_out.append('\n');
        m_lineHasContent = true;
        return;
    }
    // A break with nothing before it on the line breaks nothing; more than a blank line is noise.
    if (!m_lineHasContent && m_pendingBreaks == 0)
        return;
    m_pendingBreaks = std::min(m_pendingBreaks + 1, 2);
    m_pendingSpace = false;
}

// Where an unwrapped block (a div, a misplaced paragraph) began or ended.
void Sanitizer::boundary()
{
    const OutFrame &top = m_open.back();
    if (top.implicit && top.tag == Tag::P) {
        closeTop();
        return;
    }
    if (m_lineHasContent && m_pendingBreaks == 0)
        m_pendingBreaks = 1;
    m_pendingSpace = false;
}

void Sanitizer::rule()
{
    if (tooDeep() || !prepareBlock(Tag::Hr)) {
        boundary();
        return;
    }
    m_out.append("<hr/>");
    resetLine();
    m_open.back().hasContent = true;
}

bool Sanitizer::hasBlockChild(const xmlNode *node) const
{
    for (const xmlNode *child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && isBlockish(lookupTag(child->name)))
            return true;
    }
    return false;
}

void Sanitizer::addAttribute(std::string_view name, QByteArrayView value, Escape mode)
{
    m_attributes.append(' ');
    m_attributes.append(name.data(), qsizetype(name.size()));
    m_attributes.append("=\"", 2);
    appendEscaped(m_attributes, value.data(), value.data() + value.size(), mode);
    m_attributes.append('"');
}

void Sanitizer::addUrlAttribute(std::string_view name, QByteArrayView raw, UrlUse use)
{
    const QByteArray url = cleanUrl(raw, m_base, m_baseUsable, use);
    if (!url.isEmpty())
        addAttribute(name, url);
}

// Titles and alt texts: whitespace runs collapsed, the ends trimmed. Cleaned first, as text is, so that
// a control character the output drops leaves no space at an end or a double space behind: sanitising
// the output again must not change it.
QByteArray collapsedText(QByteArrayView raw)
{
    const QByteArray text = raw.toByteArray();
    const QByteArray clean = needsCleaning(text.constData()) ? cleaned(text.constData()) : text;
    QByteArray out;
    out.reserve(clean.size());
    bool space = false;
    for (const char c : trimmed(clean)) {
        if (isAsciiSpace(uchar(c))) {
            space = true;
            continue;
        }
        if (space)
            out.append(' ');
        space = false;
        out.append(c);
    }
    return out;
}

// Fills m_attributes with the allowed attributes of a kept element in a fixed order. Returns false
// for a link without a usable href, which is then unwrapped.
bool Sanitizer::collectAttributes(Tag tag, const xmlNode *node)
{
    m_attributes.clear();
    QByteArrayView href, title, cite, colspan, rowspan, datetime, start, value;
    bool hasHref = false, hasTitle = false, hasCite = false, hasDatetime = false;
    for (const xmlAttr *a = node->properties; a != nullptr; a = a->next) {
        const std::string_view name(reinterpret_cast<const char *>(a->name));
        if (name == "href"sv) {
            href = attributeValue(a), hasHref = true;
        } else if (name == "title"sv) {
            title = attributeValue(a), hasTitle = true;
        } else if (name == "cite"sv) {
            cite = attributeValue(a), hasCite = true;
        } else if (name == "colspan"sv) {
            colspan = attributeValue(a);
        } else if (name == "rowspan"sv) {
            rowspan = attributeValue(a);
        } else if (name == "datetime"sv) {
            datetime = attributeValue(a), hasDatetime = true;
        } else if (name == "start"sv) {
            start = attributeValue(a);
        } else if (name == "value"sv) {
            value = attributeValue(a);
        }
    }
    switch (tag) {
    case Tag::A: {
        if (!hasHref)
            return false;
        const QByteArray url = cleanUrl(href, m_base, m_baseUsable, UrlUse::Link);
        if (url.isEmpty())
            return false;
        addAttribute("href"sv, url);
        if (hasTitle)
            addAttribute("title"sv, collapsedText(title));
        return true;
    }
    case Tag::Abbr:
        if (hasTitle)
            addAttribute("title"sv, collapsedText(title));
        return true;
    case Tag::Blockquote:
    case Tag::Q:
        if (hasCite)
            addUrlAttribute("cite"sv, cite, UrlUse::Cite);
        return true;
    case Tag::Th:
    case Tag::Td:
        if (const QByteArray n = plainNumber(colspan, 1, 1000); !n.isEmpty())
            addAttribute("colspan"sv, n);
        if (const QByteArray n = plainNumber(rowspan, 0, 65534); !n.isEmpty())
            addAttribute("rowspan"sv, n);
        return true;
    case Tag::Time:
        if (hasDatetime)
            addAttribute("datetime"sv, collapsedText(datetime));
        return true;
    case Tag::Ol:
        if (const QByteArray n = plainNumber(start, -999999999, 999999999); !n.isEmpty())
            addAttribute("start"sv, n);
        return true;
    case Tag::Li:
        if (const QByteArray n = plainNumber(value, -999999999, 999999999); !n.isEmpty())
            addAttribute("value"sv, n);
        return true;
    default:
        return true;
    }
}

// The first usable srcset of the <source>s of the <picture> an <img> is in. libxml2 2.9 nests each
// <source> in the one before and the <img> in the last, so the sources are siblings or a chain.
QByteArray Sanitizer::pictureSource(const xmlNode *img) const
{
    const xmlNode *picture = img->parent;
    while (picture != nullptr && picture->type == XML_ELEMENT_NODE && isElement(picture, "source"sv))
        picture = picture->parent;
    if (picture == nullptr || picture->type != XML_ELEMENT_NODE || lookupTag(picture->name) != Tag::Picture)
        return {};
    const xmlNode *level = picture->children;
    while (level != nullptr) {
        const xmlNode *deeper = nullptr;
        for (const xmlNode *n = level; n != nullptr; n = n->next) {
            if (!isElement(n, "source"sv))
                continue;
            for (const xmlAttr *a = n->properties; a != nullptr; a = a->next) {
                const std::string_view name(reinterpret_cast<const char *>(a->name));
                if (name != "srcset"sv && name != "data-srcset"sv)
                    continue;
                QByteArray url =
                    cleanUrl(firstSrcsetCandidate(attributeValue(a)), m_base, m_baseUsable, UrlUse::Image);
                if (!url.isEmpty())
                    return url;
            }
            if (deeper == nullptr)
                deeper = n->children;
        }
        level = deeper;
    }
    return {};
}

void Sanitizer::image(xmlNode *node)
{
    QByteArrayView src, alt, title, width, height, srcset, dataSrc, lazySrc, original, dataSrcset;
    bool hasAlt = false, hasTitle = false;
    for (const xmlAttr *a = node->properties; a != nullptr; a = a->next) {
        const std::string_view name(reinterpret_cast<const char *>(a->name));
        if (name == "src"sv)
            src = attributeValue(a);
        else if (name == "alt"sv)
            alt = attributeValue(a), hasAlt = true;
        else if (name == "title"sv)
            title = attributeValue(a), hasTitle = true;
        else if (name == "width"sv)
            width = attributeValue(a);
        else if (name == "height"sv)
            height = attributeValue(a);
        else if (name == "srcset"sv)
            srcset = attributeValue(a);
        else if (name == "data-src"sv)
            dataSrc = attributeValue(a);
        else if (name == "data-lazy-src"sv)
            lazySrc = attributeValue(a);
        else if (name == "data-original"sv)
            original = attributeValue(a);
        else if (name == "data-srcset"sv)
            dataSrcset = attributeValue(a);
    }

    // Lazy loaders put a placeholder in src and the image in data-src (or srcset alone): the real
    // image is what makes an in-body figure worth keeping.
    QByteArray url;
    for (const QByteArrayView candidate :
         {dataSrc, lazySrc, original, src, firstSrcsetCandidate(srcset), firstSrcsetCandidate(dataSrcset)}) {
        if (!candidate.isEmpty() &&
            !(url = cleanUrl(candidate, m_base, m_baseUsable, UrlUse::Image)).isEmpty())
            break;
    }
    if (url.isEmpty())
        url = pictureSource(node);
    if (url.isEmpty())
        return;

    m_attributes.clear();
    addAttribute("src"sv, url);
    if (hasAlt)
        addAttribute("alt"sv, collapsedText(alt));
    if (hasTitle)
        addAttribute("title"sv, collapsedText(title));
    if (const QByteArray n = plainNumber(width, 0, 99999); !n.isEmpty())
        addAttribute("width"sv, n);
    if (const QByteArray n = plainNumber(height, 0, 99999); !n.isEmpty())
        addAttribute("height"sv, n);

    QByteArray attributes = std::exchange(m_attributes, QByteArray());
    flushInline();
    m_out.append("<img", 4);
    m_out.append(attributes);
    m_out.append("/>", 2);
    m_open.back().hasContent = true;
    m_lineHasContent = true;
    m_lastWasSpace = false;
}

// Whether the text is a whole document (so its <body> is what counts) rather than a fragment.
bool looksLikeDocument(const QString &html)
{
    const QChar *p = html.constData();
    const QChar *end = p + std::min<qsizetype>(html.size(), 1 << 16);
    while (p < end) {
        if (p->isSpace() || p->unicode() == 0xFEFF) {
            ++p;
            continue;
        }
        if (*p != u'<')
            return false;
        const QStringView rest(p, end);
        if (rest.startsWith(u"<!--")) {
            const qsizetype close = rest.indexOf(u"-->");
            if (close < 0)
                return false;
            p += close + 3;
            continue;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            const qsizetype close = rest.indexOf(u'>');
            if (close < 0)
                return false;
            p += close + 1;
            continue;
        }
        for (const QStringView tag : {QStringView(u"<html"), QStringView(u"<head"), QStringView(u"<body")}) {
            if (rest.startsWith(tag, Qt::CaseInsensitive)) {
                const qsizetype n = tag.size();
                return rest.size() == n || rest[n].isSpace() || rest[n] == u'>' || rest[n] == u'/';
            }
        }
        return false;
    }
    return false;
}

void ensureLibxml2Ready()
{
    // libxml2 wants one initialisation before threads parse concurrently (importers run in a pool).
    static const bool ready = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(ready);
}

// ---------------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------------

constexpr bool isTextSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

class TextWriter
{
public:
    explicit TextWriter(qsizetype sizeHint) { m_out.reserve(sizeHint); }

    void paragraph()
    {
        m_pendingParagraph = true;
        m_pendingSpace = false;
        m_preSpace.clear();
    }
    void lineBreak()
    {
        if (m_inPre) {
            character(u'\n');
            return;
        }
        ++m_pendingLines;
        m_pendingSpace = false;
    }
    void space() { m_pendingSpace = true; }
    void setPre(bool on)
    {
        m_inPre = on;
        m_preStart = on;
    }

    // A run of characters none of which is whitespace or a soft hyphen.
    void word(const QChar *p, qsizetype n)
    {
        separate();
        m_out.append(p, n);
    }
    void character(char32_t c)
    {
        if (m_inPre && c <= 0xFFFF && isTextSpace(char16_t(c))) {
            // Like browsers, drop the newline right after <pre>, and only that one.
            if (std::exchange(m_preStart, false) && c == u'\n')
                return;
            m_preSpace.append(c == 0xA0 ? QChar(u' ') : c == u'\r' ? QChar(u'\n') : QChar(char16_t(c)));
            return;
        }
        if (c <= 0xFFFF && isTextSpace(char16_t(c))) {
            m_pendingSpace = true;
            return;
        }
        if (c == 0xAD)
            return;
        separate();
        if (c > 0xFFFF) {
            m_out.append(QChar(QChar::highSurrogate(c)));
            m_out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            m_out.append(QChar(char16_t(c)));
        }
    }
    QString take() { return std::move(m_out); }

private:
    void separate()
    {
        // Blank lines at the top of a pre are layout, not text.
        if (m_inPre && (m_out.isEmpty() || m_pendingParagraph)) {
            while (m_preSpace.startsWith(u'\n'))
                m_preSpace.remove(0, 1);
        }
        if (!m_out.isEmpty()) {
            if (m_pendingParagraph)
                m_out.append(u"\n\n");
            else if (m_pendingLines > 0)
                m_out.append(m_pendingLines >= 2 ? u"\n\n" : u"\n");
            else if (m_pendingSpace && !m_inPre)
                m_out.append(u' ');
        }
        if (m_inPre) {
            m_out.append(m_preSpace);
            m_preSpace.clear();
            m_preStart = false;
        }
        m_pendingParagraph = false;
        m_pendingLines = 0;
        m_pendingSpace = false;
    }

    QString m_out;
    QString m_preSpace; // whitespace inside pre, written only if more text follows
    bool m_pendingParagraph = false;
    int m_pendingLines = 0;
    bool m_pendingSpace = false;
    bool m_inPre = false;
    bool m_preStart = false;
};

enum class TextTag { Other, Block, Pre, Br, Cell, Skip };

struct TextTagEntry
{
    std::string_view name;
    TextTag kind;
};

constexpr TextTagEntry kTextTags[] = {
    {"address"sv, TextTag::Block},
    {"article"sv, TextTag::Block},
    {"aside"sv, TextTag::Block},
    {"blockquote"sv, TextTag::Block},
    {"br"sv, TextTag::Br},
    {"caption"sv, TextTag::Block},
    {"dd"sv, TextTag::Block},
    {"div"sv, TextTag::Block},
    {"dl"sv, TextTag::Block},
    {"dt"sv, TextTag::Block},
    {"figcaption"sv, TextTag::Block},
    {"figure"sv, TextTag::Block},
    {"footer"sv, TextTag::Block},
    {"h1"sv, TextTag::Block},
    {"h2"sv, TextTag::Block},
    {"h3"sv, TextTag::Block},
    {"h4"sv, TextTag::Block},
    {"h5"sv, TextTag::Block},
    {"h6"sv, TextTag::Block},
    {"header"sv, TextTag::Block},
    {"hr"sv, TextTag::Block},
    {"li"sv, TextTag::Block},
    {"main"sv, TextTag::Block},
    {"nav"sv, TextTag::Block},
    {"ol"sv, TextTag::Block},
    {"p"sv, TextTag::Block},
    {"pre"sv, TextTag::Pre},
    {"script"sv, TextTag::Skip},
    {"section"sv, TextTag::Block},
    {"style"sv, TextTag::Skip},
    {"table"sv, TextTag::Block},
    {"tbody"sv, TextTag::Block},
    {"td"sv, TextTag::Cell},
    {"template"sv, TextTag::Skip},
    {"tfoot"sv, TextTag::Block},
    {"th"sv, TextTag::Cell},
    {"thead"sv, TextTag::Block},
    {"title"sv, TextTag::Skip},
    {"tr"sv, TextTag::Block},
    {"ul"sv, TextTag::Block},
};

constexpr bool textTagsSorted()
{
    for (std::size_t i = 1; i < std::size(kTextTags); ++i) {
        if (!(kTextTags[i - 1].name < kTextTags[i].name))
            return false;
    }
    return true;
}
static_assert(textTagsSorted(), "kTextTags must stay sorted for the binary search");

TextTag lookupTextTag(std::string_view name)
{
    const auto it = std::lower_bound(std::begin(kTextTags), std::end(kTextTags), name,
                                     [](const TextTagEntry &e, std::string_view n) { return e.name < n; });
    return (it != std::end(kTextTags) && it->name == name) ? it->kind : TextTag::Other;
}

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isAsciiDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

// Reads the tag at p ('<'); returns where reading goes on.
const QChar *readTag(const QChar *p, const QChar *end, TextWriter &out)
{
    const QChar *q = p + 1;
    if (q < end && (*q == u'!' || *q == u'?')) {
        const QStringView rest(q, end);
        if (rest.startsWith(u"!--")) {
            const qsizetype close = rest.indexOf(u"-->", 3);
            return close < 0 ? end : q + close + 3;
        }
        const qsizetype close = rest.indexOf(u'>');
        return close < 0 ? end : q + close + 1;
    }
    const bool closing = q < end && *q == u'/';
    if (closing)
        ++q;
    if (q >= end || !isAsciiLetter(q->unicode())) {
        out.character(u'<'); // "a < b" is text
        return p + 1;
    }
    char name[12];
    std::size_t length = 0;
    while (q < end && (isAsciiLetter(q->unicode()) || isAsciiDigit(q->unicode()) || *q == u'-')) {
        if (length < sizeof name)
            name[length] = char(q->toLower().unicode());
        ++length;
        ++q;
    }
    // Skip the attributes; a quote opens a value only right after '='.
    char16_t quote = 0;
    char16_t last = 0;
    while (q < end) {
        const char16_t c = q->unicode();
        if (quote != 0) {
            if (c == quote)
                quote = 0;
        } else if ((c == u'"' || c == u'\'') && last == u'=') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
        if (!isTextSpace(c))
            last = c;
        ++q;
    }
    const QChar *after = q < end ? q + 1 : end;
    if (length > sizeof name)
        return after;

    const std::string_view tagName(name, length);
    switch (lookupTextTag(tagName)) {
    case TextTag::Block:
        out.paragraph();
        break;
    case TextTag::Pre:
        out.paragraph();
        out.setPre(!closing);
        break;
    case TextTag::Br:
        out.lineBreak();
        break;
    case TextTag::Cell:
        out.space();
        break;
    case TextTag::Skip:
        if (!closing) {
            // Not in sanitised HTML, but a caller may hand us any HTML: skip to the end tag.
            for (const QChar *r = after; r + 1 < end; ++r) {
                if (*r == u'<' && r[1] == u'/' &&
                    QStringView(r + 2, end)
                        .startsWith(QLatin1StringView(name, qsizetype(length)), Qt::CaseInsensitive))
                    return r;
            }
            return end;
        }
        break;
    case TextTag::Other:
        break;
    }
    return after;
}

// Reads the entity at p ('&'); returns where reading goes on.
const QChar *readEntity(const QChar *p, const QChar *end, TextWriter &out)
{
    const QChar *q = p + 1;
    if (q < end && *q == u'#') {
        ++q;
        const bool hex = q < end && (*q == u'x' || *q == u'X');
        if (hex)
            ++q;
        char32_t value = 0;
        const QChar *digits = q;
        while (q < end) {
            const char16_t c = q->unicode();
            int digit = -1;
            if (isAsciiDigit(c))
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            if (value <= 0x10FFFF) // past that it is replaced anyway; stop before it overflows
                value = value * (hex ? 16 : 10) + char32_t(digit);
            ++q;
        }
        if (q == digits) {
            out.character(u'&');
            return p + 1;
        }
        if (q < end && *q == u';')
            ++q;
        if (value >= 0x80 && value <= 0x9F)
            value = kWindows1252[value - 0x80];
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        // Controls other than whitespace are no text to search, as the sanitizer drops them too.
        if ((value < 0x20 && !isTextSpace(char16_t(value))) || value == 0x7F)
            return q;
        out.character(value);
        return q;
    }
    char name[32];
    std::size_t length = 0;
    while (q < end && length < sizeof name - 1 &&
           (isAsciiLetter(q->unicode()) || isAsciiDigit(q->unicode()))) {
        name[length++] = char(q->unicode());
        ++q;
    }
    if (length == 0 || q >= end || *q != u';') {
        out.character(u'&');
        return p + 1;
    }
    name[length] = '\0';
    const std::string_view entity(name, length);
    char32_t value = 0;
    if (entity == "amp"sv)
        value = u'&';
    else if (entity == "lt"sv)
        value = u'<';
    else if (entity == "gt"sv)
        value = u'>';
    else if (entity == "quot"sv)
        value = u'"';
    else if (entity == "apos"sv)
        value = u'\'';
    else if (entity == "nbsp"sv)
        value = 0xA0;
    else if (const htmlEntityDesc *desc = htmlEntityLookup(reinterpret_cast<const xmlChar *>(name)))
        value = desc->value;
    if (value == 0) {
        out.character(u'&');
        return p + 1;
    }
    out.character(value);
    return q + 1;
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html, const QUrl &baseUrl)
{
    if (html.trimmed().isEmpty())
        return {};
    ensureLibxml2Ready();

    // A fragment is parsed inside <body>: otherwise libxml2 wraps leading text in a <p> of its own.
    QByteArray input;
    const bool document = looksLikeDocument(html);
    if (!document) {
        input.reserve(html.size() * 3 / 2 + 6);
        input.append("<body>");
    }
    input.append(html.toUtf8()); // lone surrogates become '?': the input is always valid UTF-8
    if (input.size() > INT_MAX)
        return {};

    // UTF-8 is given and a <meta charset> ignored: the text was decoded before it came here. HUGE
    // lifts libxml2's depth limit of 256, past which it stops reading and loses the rest of the page;
    // neither libxml2's parser and free nor our walk recurses, so depth costs no stack.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(input.constData(), int(input.size()), nullptr, "UTF-8", options);
    if (doc == nullptr)
        return {};
    input.clear();
    input.squeeze();

    xmlNode *body = nullptr;
    if (xmlNode *root = xmlDocGetRootElement(doc)) {
        for (xmlNode *child = root->children; child != nullptr && body == nullptr; child = child->next) {
            if (child->type == XML_ELEMENT_NODE &&
                std::string_view(reinterpret_cast<const char *>(child->name)) == "body"sv)
                body = child;
        }
    }
    QString result;
    if (body != nullptr) {
        Sanitizer sanitizer(baseUrl, html.size());
        sanitizer.run(body);
        result = QString::fromUtf8(sanitizer.output());
    }
    xmlFreeDoc(doc);
    return result;
}

QString HtmlSanitizer::plainText(const QString &sanitizedHtml)
{
    TextWriter out(sanitizedHtml.size());
    const QChar *p = sanitizedHtml.constData();
    const QChar *end = p + sanitizedHtml.size();
    while (p < end) {
        const char16_t c = p->unicode();
        if (c == u'<') {
            p = readTag(p, end, out);
        } else if (c == u'&') {
            p = readEntity(p, end, out);
        } else if (isTextSpace(c) || c == 0xAD) {
            if (c == u'\r' && p + 1 < end && p[1] == u'\n')
                ++p;
            out.character(c);
            ++p;
        } else {
            const QChar *word = p;
            while (p < end) {
                const char16_t d = p->unicode();
                if (d == u'<' || d == u'&' || d == 0xAD || isTextSpace(d))
                    break;
                ++p;
            }
            out.word(word, p - word);
        }
    }
    return out.take();
}

} // namespace Newsdesk
