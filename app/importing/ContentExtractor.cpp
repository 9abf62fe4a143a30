#include "ContentExtractor.h"

#include "HtmlDocument.h"
#include "HtmlDom_p.h"

#include <libxml/parserInternals.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

namespace Newsdesk {

namespace {

using namespace Dom;

enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

constexpr int MinimumTextLength = 500; // below this an attempt is retried with fewer rules
constexpr int TopCandidates = 5;
constexpr int MinimumTopCandidates = 3;
constexpr int ShareElementThreshold = 500;

QRegularExpression pattern(const char *expression)
{
    return QRegularExpression(QString::fromLatin1(expression), QRegularExpression::CaseInsensitiveOption);
}

const QRegularExpression &unlikelyCandidates()
{
    // Readability's list, plus what news sites add around a story: comment systems (WordPress,
    // CommentAce "cace-"), vote and reaction widgets, newsletter and cookie prompts, teasers.
    static const QRegularExpression re = pattern(
        "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
        "legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
        "ad-break|agegate|pagination|pager|popup|yom-remote|cace-|respond|reply|newsletter|subscribe|cookie|"
        "consent|upvote|downvote|reaction|read-?more|recommend|outbrain|taboola|trending|most-?popular");
    return re;
}

const QRegularExpression &maybeCandidate()
{
    static const QRegularExpression re = pattern("and|article|body|column|content|main|shadow");
    return re;
}

const QRegularExpression &positiveNames()
{
    static const QRegularExpression re =
        pattern("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    return re;
}

const QRegularExpression &negativeNames()
{
    static const QRegularExpression re = pattern(
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
        "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
        "shopping|tags|tool|widget|cace-|vote|reaction|newsletter|subscribe|cookie");
    return re;
}

const QRegularExpression &bylineNames()
{
    static const QRegularExpression re = pattern("byline|author|dateline|writtenby|p-author");
    return re;
}

const QRegularExpression &shareNames()
{
    static const QRegularExpression re = pattern("(\\b|_)(share|sharedaddy)(\\b|_)");
    return re;
}

const QRegularExpression &sentenceEnd()
{
    static const QRegularExpression re(QStringLiteral("\\.( |$)"));
    return re;
}

const QRegularExpression &hiddenStyle()
{
    static const QRegularExpression re(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// The patterns matched against class, id and style strings. matchesLiterally() below does the same
/// faster: keep the two in step (debug builds compare them on every string they see).
enum class Names : quint8 { Unlikely, Maybe, Positive, Negative, Byline, Share, HiddenStyle };

const QRegularExpression &expression(Names names)
{
    switch (names) {
    case Names::Unlikely:
        return unlikelyCandidates();
    case Names::Maybe:
        return maybeCandidate();
    case Names::Positive:
        return positiveNames();
    case Names::Negative:
        return negativeNames();
    case Names::Byline:
        return bylineNames();
    case Names::Share:
        return shareNames();
    case Names::HiddenStyle:
        break;
    }
    return hiddenStyle();
}

/// The name patterns as literal searches over lower-cased ASCII: what PCRE does with them, at a small
/// fraction of the cost of a match (ids are unique per page, so each is matched anew). Strings with
/// other characters, which case-insensitive matching can fold into ASCII letters, go to the regular
/// expressions; debug builds check every answer against them.
class Literals
{
public:
    Literals(std::initializer_list<std::string_view> words)
    {
        for (const std::string_view word : words)
            m_byFirst[uchar(word.front())].push_back(word);
    }
    bool foundIn(std::string_view text) const
    {
        for (std::size_t i = 0; i < text.size(); ++i)
            for (const std::string_view word : m_byFirst[uchar(text[i])])
                if (text.compare(i, word.size(), word) == 0)
                    return true;
        return false;
    }

private:
    std::array<std::vector<std::string_view>, 256> m_byFirst;
};

bool isWordCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isPcreSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// "(\b|_)(share|sharedaddy)(\b|_)"
bool namesShare(std::string_view text)
{
    for (std::size_t i = text.find("share"); i != std::string_view::npos; i = text.find("share", i + 1)) {
        if (i > 0 && isWordCharacter(text[i - 1]) && text[i - 1] != '_')
            continue;
        for (const std::string_view word : {std::string_view("share"), std::string_view("sharedaddy")}) {
            const std::size_t end = i + word.size();
            if (text.compare(i, word.size(), word) == 0 &&
                (end == text.size() || !isWordCharacter(text[end]) || text[end] == '_'))
                return true;
        }
    }
    return false;
}

/// "display\s*:\s*none|visibility\s*:\s*hidden"
bool styleHides(std::string_view text)
{
    const auto declares = [text](std::string_view property, std::string_view value) {
        for (std::size_t i = text.find(property); i != std::string_view::npos;
             i = text.find(property, i + 1)) {
            std::size_t j = i + property.size();
            while (j < text.size() && isPcreSpace(text[j]))
                ++j;
            if (j == text.size() || text[j] != ':')
                continue;
            ++j;
            while (j < text.size() && isPcreSpace(text[j]))
                ++j;
            if (text.compare(j, value.size(), value) == 0)
                return true;
        }
        return false;
    };
    return declares("display", "none") || declares("visibility", "hidden");
}

bool matchesLiterally(std::string_view text, Names names)
{
    static const Literals unlikely{
        "-ad-",       "ai2html",   "banner",     "breadcrumbs",  "combx",    "comment",     "community",
        "cover-wrap", "disqus",    "extra",      "footer",       "gdpr",     "header",      "legends",
        "menu",       "related",   "remark",     "replies",      "rss",      "shoutbox",    "sidebar",
        "skyscraper", "social",    "sponsor",    "supplemental", "ad-break", "agegate",     "pagination",
        "pager",      "popup",     "yom-remote", "cace-",        "respond",  "reply",       "newsletter",
        "subscribe",  "cookie",    "consent",    "upvote",       "downvote", "reaction",    "readmore",
        "read-more",  "recommend", "outbrain",   "taboola",      "trending", "mostpopular", "most-popular"};
    static const Literals maybe{"and", "article", "body", "column", "content", "main", "shadow"};
    static const Literals positive{"article", "body",       "content", "entry", "hentry", "h-entry", "main",
                                   "page",    "pagination", "post",    "text",  "blog",   "story"};
    static const Literals negative{"-ad-",       "hidden",    "banner",   "combx",      "comment", "com-",
                                   "contact",    "foot",      "footer",   "footnote",   "gdpr",    "masthead",
                                   "media",      "meta",      "outbrain", "promo",      "related", "scroll",
                                   "share",      "shoutbox",  "sidebar",  "skyscraper", "sponsor", "shopping",
                                   "tags",       "tool",      "widget",   "cace-",      "vote",    "reaction",
                                   "newsletter", "subscribe", "cookie",   " hid "};
    static const Literals byline{"byline", "author", "dateline", "writtenby", "p-author"};
    switch (names) {
    case Names::Unlikely:
        return unlikely.foundIn(text);
    case Names::Maybe:
        return maybe.foundIn(text);
    case Names::Positive:
        return positive.foundIn(text);
    case Names::Negative: {
        // "^hid$| hid$|^hid ": "$" also stands before a final newline.
        const std::string_view line = text.ends_with('\n') ? text.substr(0, text.size() - 1) : text;
        return negative.foundIn(text) || line == "hid" || line.ends_with(" hid") || text.starts_with("hid ");
    }
    case Names::Byline:
        return byline.foundIn(text);
    case Names::Share:
        return namesShare(text);
    case Names::HiddenStyle:
        break;
    }
    return styleHides(text);
}

/// The patterns' verdicts on class, id and style strings. Class names are remembered per string: a page
/// repeats a few hundred of them thousands of times, and the verdicts do not depend on the attempt.
class NameMatcher
{
public:
    bool matches(const QByteArray &utf8, Names names, bool remember)
    {
        if (utf8.isEmpty())
            return false; // none of the patterns matches an empty string
        if (!remember)
            return evaluate(utf8, names);
        auto it = m_verdicts.find(utf8);
        if (it == m_verdicts.end())
            it = m_verdicts.insert(QByteArray(utf8.constData(), utf8.size()), Verdicts{});
        const auto bit = quint8(1u << int(names));
        if (!(it->known & bit)) {
            it->known |= bit;
            if (evaluate(utf8, names))
                it->value |= bit;
        }
        return it->value & bit;
    }

private:
    bool evaluate(const QByteArray &utf8, Names names)
    {
        m_lowered.resize(std::size_t(utf8.size()));
        bool ascii = true;
        for (qsizetype i = 0; i < utf8.size() && ascii; ++i) {
            const char c = utf8.at(i);
            ascii = uchar(c) < 0x80;
            m_lowered[std::size_t(i)] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
        if (!ascii)
            return expression(names).match(QString::fromUtf8(utf8)).hasMatch();
        const bool found = matchesLiterally(m_lowered, names);
        Q_ASSERT(found == expression(names).match(QString::fromUtf8(utf8)).hasMatch());
        return found;
    }

    struct Verdicts
    {
        quint8 known = 0;
        quint8 value = 0;
    };
    QHash<QByteArray, Verdicts> m_verdicts;
    std::string m_lowered;
};

bool tagIn(const xmlNode *node, std::initializer_list<const char *> tags)
{
    if (!isElement(node))
        return false;
    const char *name = tagName(node);
    if (!name)
        return false;
    for (const char *tag : tags)
        if (name[0] == tag[0] && std::strcmp(name, tag) == 0)
            return true;
    return false;
}

constexpr std::array<std::string_view, 39> PhrasingTags{
    "abbr",  "audio",    "b",      "bdo",    "br",       "button",   "cite", "code",  "data",   "datalist",
    "dfn",   "em",       "embed",  "i",      "img",      "input",    "kbd",  "label", "mark",   "math",
    "meter", "noscript", "object", "output", "progress", "q",        "ruby", "samp",  "script", "select",
    "small", "span",     "strong", "sub",    "sup",      "textarea", "time", "var",   "wbr"};
static_assert(std::is_sorted(PhrasingTags.begin(), PhrasingTags.end()), "binary search needs the order");

bool isPhrasing(const xmlNode *node)
{
    if (node->type == XML_TEXT_NODE)
        return true;
    if (!isElement(node) || !tagName(node))
        return false;
    if (std::binary_search(PhrasingTags.begin(), PhrasingTags.end(), std::string_view(tagName(node))))
        return true;
    if (tagIn(node, {"a", "del", "ins"})) {
        for (const xmlNode *child = node->children; child; child = child->next)
            if (!isPhrasing(child))
                return false;
        return true;
    }
    return false;
}

bool isWhitespaceText(const xmlNode *node)
{
    if (node->type != XML_TEXT_NODE)
        return false;
    for (const char *c = reinterpret_cast<const char *>(node->content); c && *c; ++c)
        if (!QChar::isSpace(uchar(*c)))
            return false;
    return true;
}

int elementChildCount(const xmlNode *node)
{
    int count = 0;
    for (const xmlNode *child = node->children; child; child = child->next)
        count += isElement(child) ? 1 : 0;
    return count;
}

/// Length (in characters, whitespace runs counted as one, ends trimmed) and comma count of the text
/// below a node, counted on libxml2's UTF-8 directly, with the length of the links below it. Two
/// stretches of text add up (append()): whether each begins or ends with whitespace says whether a
/// space joins them, so a parent's figures follow from its children's without reading their text again.
struct TextStats
{
    int length = 0;
    int commas = 0;
    bool leadingSpace = false;  // whitespace before the first counted character (any, when none counted)
    bool trailingSpace = false; // whitespace after the last counted character
    int linkLength = 0;         // text length of the links below (not counting the node itself)
    int anchorLength = 0;       // of which links to #fragments

    void append(const TextStats &next)
    {
        if (next.length == 0) {
            if (length == 0)
                leadingSpace = leadingSpace || next.leadingSpace;
            trailingSpace = trailingSpace || next.leadingSpace;
        } else if (length == 0) {
            leadingSpace = leadingSpace || next.leadingSpace;
            length = next.length;
            trailingSpace = next.trailingSpace;
        } else {
            length += next.length + (trailingSpace || next.leadingSpace ? 1 : 0);
            trailingSpace = next.trailingSpace;
        }
        commas += next.commas;
    }
};

TextStats scanText(const unsigned char *text)
{
    TextStats stats;
    bool pendingSpace = false;
    for (const unsigned char *c = text; *c; ++c) {
        const unsigned char byte = *c;
        const bool space = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
                           byte == '\v' || (byte == 0xC2 && c[1] == 0xA0);
        if (space) {
            if (byte == 0xC2)
                ++c;
            if (stats.length > 0)
                pendingSpace = true;
            else
                stats.leadingSpace = true;
            continue;
        }
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte belongs to the character already counted
        if (pendingSpace) {
            ++stats.length;
            pendingSpace = false;
        }
        ++stats.length;
        // ',' and the full-width, Arabic and other commas Readability counts.
        if (byte == ',' || (byte == 0xEF && c[1] == 0xBC && c[2] == 0x8C) || (byte == 0xD8 && c[1] == 0x8C) ||
            (byte == 0xEF && c[1] == 0xB9 && c[2] == 0x90))
            ++stats.commas;
    }
    stats.trailingSpace = stats.length > 0 ? pendingSpace : stats.leadingSpace;
    return stats;
}

bool isUnlikelyRole(QByteArray role)
{
    // As "^(menu|…)$" matched: "$" also takes a final newline.
    if (role.endsWith('\n'))
        role.chop(1);
    for (const char *unlikely :
         {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})
        if (role == unlikely)
            return true;
    return false;
}

void replaceBreaks(xmlDoc *document, xmlNode *body)
{
    // Two or more <br> in a row end a paragraph: what follows them, up to the next break pair or block,
    // becomes a <p> of its own, so it can be scored like one.
    const QList<xmlNode *> breaks = elementsByTag(body, "br");
    QSet<xmlNode *> removed;
    for (xmlNode *br : breaks) {
        if (removed.contains(br))
            continue;
        bool replaced = false;
        xmlNode *next = br->next;
        while (next && (isWhitespaceText(next) || hasTag(next, "br"))) {
            xmlNode *after = next->next;
            if (hasTag(next, "br")) {
                replaced = true;
                removed.insert(next);
                removeNode(next);
            }
            next = after;
        }
        if (!replaced)
            continue;
        xmlNode *paragraph =
            xmlNewDocNode(document, nullptr, reinterpret_cast<const xmlChar *>("p"), nullptr);
        xmlReplaceNode(br, paragraph);
        xmlFreeNode(br);
        removed.insert(br);
        next = paragraph->next;
        while (next) {
            if (hasTag(next, "br")) {
                xmlNode *following = next->next;
                while (following && isWhitespaceText(following))
                    following = following->next;
                if (following && hasTag(following, "br"))
                    break;
            }
            if (!isPhrasing(next))
                break;
            xmlNode *sibling = next->next;
            xmlUnlinkNode(next);
            xmlAddChild(paragraph, next);
            next = sibling;
        }
        while (paragraph->last && isWhitespaceText(paragraph->last))
            removeNode(paragraph->last);
        if (paragraph->parent && hasTag(paragraph->parent, "p"))
            xmlNodeSetName(paragraph->parent, reinterpret_cast<const xmlChar *>("div"));
    }
}

/// What Readability does to the page before scoring it; the same for every attempt, so done once.
void prepareDocument(xmlDoc *document, xmlNode *body)
{
    // Scripts, styles and comments carry no article text.
    for (xmlNode *node = body; node;) {
        if (node->type == XML_COMMENT_NODE ||
            tagIn(node, {"script", "style", "noscript", "template", "link"})) {
            xmlNode *next = nextNode(node, body, true);
            removeNode(node);
            node = next;
            continue;
        }
        if (hasTag(node, "font"))
            xmlNodeSetName(node, reinterpret_cast<const xmlChar *>("span"));
        node = nextNode(node, body);
    }
    replaceBreaks(document, body);
}

/// The attributes HtmlSanitizer reads (on any element); the article loses the others before it is
/// written out, since the sanitizer parses it again only to drop them.
constexpr std::array<std::string_view, 17> SanitizerAttributes{
    "alt",         "cite",     "colspan", "data-lazy-src", "data-original", "data-src",
    "data-srcset", "datetime", "height",  "href",          "rowspan",       "src",
    "srcset",      "start",    "title",   "value",         "width"};
static_assert(std::is_sorted(SanitizerAttributes.begin(), SanitizerAttributes.end()),
              "binary search needs the order");

/// The changes an attempt makes to the page, kept so that they can be undone: an attempt takes the
/// body apart and a retry needs it whole. Copying the body for every attempt cost a tenth of the
/// extraction; most pages need one attempt, and undoing for the few that need more is cheap. Nothing
/// is freed before commit(), so every node an attempt has seen stays valid until then.
class Edits
{
public:
    explicit Edits(xmlDoc *document)
        : m_document(document)
    {
    }
    Edits(const Edits &) = delete;
    Edits &operator=(const Edits &) = delete;
    ~Edits() { commit(); }

    xmlNode *newElement(const char *tag)
    {
        xmlNode *node = xmlNewDocNode(m_document, nullptr, reinterpret_cast<const xmlChar *>(tag), nullptr);
        m_edits.emplace_back(Kind::Create, node);
        return node;
    }
    void detach(xmlNode *node)
    {
        if (!node->parent)
            return;
        m_edits.emplace_back(Kind::Detach, node, node->parent, node->prev);
        xmlUnlinkNode(node);
    }
    /// A detached node as parent's last child; text joins the text before it, as xmlAddChild does.
    /// Returns the node that holds child now.
    xmlNode *append(xmlNode *parent, xmlNode *child)
    {
        xmlNode *last = parent->last;
        if (child->type == XML_TEXT_NODE && last && last->type == XML_TEXT_NODE &&
            last->name == child->name) {
            m_edits.emplace_back(Kind::Merge, last, nullptr, child, xmlStrdup(last->content));
            xmlNodeAddContent(last, child->content);
            return last; // child stays detached, to go back on undo or be freed on commit
        }
        link(child, parent, last);
        m_edits.emplace_back(Kind::Attach, child);
        return child;
    }
    /// A detached element before next.
    void insertBefore(xmlNode *next, xmlNode *node)
    {
        link(node, next->parent, next->prev);
        m_edits.emplace_back(Kind::Attach, node);
    }
    /// A detached element in old's place; old is detached.
    void replace(xmlNode *old, xmlNode *node)
    {
        xmlNode *parent = old->parent;
        xmlNode *prev = old->prev;
        detach(old);
        link(node, parent, prev);
        m_edits.emplace_back(Kind::Attach, node);
    }
    void rename(xmlNode *node, const char *tag)
    {
        m_edits.emplace_back(Kind::Rename, node, nullptr, nullptr, const_cast<xmlChar *>(node->name));
        const auto *name = reinterpret_cast<const xmlChar *>(tag);
        node->name = m_document->dict ? xmlDictLookup(m_document->dict, name, -1) : xmlStrdup(name);
    }
    void setAttribute(xmlNode *node, const char *name, const QByteArray &value)
    {
        Edit edit{Kind::SetAttribute, node};
        edit.existed = hasAttribute(node, name);
        edit.value = attributeUtf8(node, name);
        edit.attributeName = name;
        m_edits.push_back(edit);
        xmlSetProp(node, reinterpret_cast<const xmlChar *>(name),
                   reinterpret_cast<const xmlChar *>(value.constData()));
    }
    void removeAttribute(xmlAttr *attribute)
    {
        Edit edit{Kind::RemoveAttribute, attribute->parent};
        edit.attribute = attribute;
        edit.prevAttribute = attribute->prev;
        m_edits.push_back(edit);
        if (attribute->parent->properties == attribute)
            attribute->parent->properties = attribute->next;
        if (attribute->next)
            attribute->next->prev = attribute->prev;
        if (attribute->prev)
            attribute->prev->next = attribute->next;
        attribute->next = attribute->prev = nullptr;
    }

    /// Back to the page as it was before the first edit.
    void undo()
    {
        for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it) {
            Edit &edit = *it;
            switch (edit.kind) {
            case Kind::Create:
                Q_ASSERT(!edit.node->parent && !edit.node->children);
                xmlFreeNode(edit.node);
                break;
            case Kind::Detach:
                link(edit.node, edit.parent, edit.prev);
                break;
            case Kind::Attach:
                xmlUnlinkNode(edit.node);
                break;
            case Kind::Merge:
                xmlNodeSetContent(edit.node, edit.saved);
                xmlFree(edit.saved);
                break;
            case Kind::Rename:
                freeName(const_cast<xmlChar *>(edit.node->name));
                edit.node->name = edit.saved;
                break;
            case Kind::SetAttribute: {
                const auto *name = reinterpret_cast<const xmlChar *>(edit.attributeName);
                if (edit.existed)
                    xmlSetProp(edit.node, name, reinterpret_cast<const xmlChar *>(edit.value.constData()));
                else
                    xmlUnsetProp(edit.node, name);
                break;
            }
            case Kind::RemoveAttribute: {
                xmlAttr *attribute = edit.attribute;
                attribute->prev = edit.prevAttribute;
                attribute->next = edit.prevAttribute ? edit.prevAttribute->next : edit.node->properties;
                if (edit.prevAttribute)
                    edit.prevAttribute->next = attribute;
                else
                    edit.node->properties = attribute;
                if (attribute->next)
                    attribute->next->prev = attribute;
                break;
            }
            }
        }
        m_edits.clear();
    }

    /// Keeps the edits and frees what they took out of the page.
    void commit()
    {
        std::vector<xmlNode *> unattached;
        for (const Edit &edit : m_edits) {
            switch (edit.kind) {
            case Kind::Create:
            case Kind::Detach:
                if (!edit.node->parent)
                    unattached.push_back(edit.node);
                break;
            case Kind::Merge:
                xmlFree(edit.saved);
                break;
            case Kind::Rename:
                freeName(edit.saved);
                break;
            case Kind::RemoveAttribute:
                xmlFreeProp(edit.attribute);
                break;
            case Kind::Attach:
            case Kind::SetAttribute:
                break;
            }
        }
        // A node can be taken out, put back elsewhere and taken out again.
        std::sort(unattached.begin(), unattached.end());
        unattached.erase(std::unique(unattached.begin(), unattached.end()), unattached.end());
        for (xmlNode *node : unattached)
            xmlFreeNode(node);
        m_edits.clear();
    }

private:
    enum class Kind : quint8 { Create, Detach, Attach, Merge, Rename, SetAttribute, RemoveAttribute };
    struct Edit
    {
        Edit(Kind kind, xmlNode *node, xmlNode *parent = nullptr, xmlNode *prev = nullptr,
             xmlChar *saved = nullptr)
            : kind(kind)
            , node(node)
            , parent(parent)
            , prev(prev)
            , saved(saved)
        {
        }
        Kind kind;
        xmlNode *node = nullptr;
        xmlNode *parent = nullptr; // Detach: where the node stood
        xmlNode *prev = nullptr;   // Detach: its sibling before; Merge: the text node merged in
        xmlChar *saved = nullptr;  // Merge: the text before; Rename: the name before
        xmlAttr *attribute = nullptr;
        xmlAttr *prevAttribute = nullptr;
        const char *attributeName = nullptr;
        bool existed = false;
        QByteArray value; // SetAttribute: the value before
    };

    static void link(xmlNode *node, xmlNode *parent, xmlNode *prev)
    {
        node->parent = parent;
        node->prev = prev;
        node->next = prev ? prev->next : parent->children;
        if (prev)
            prev->next = node;
        else
            parent->children = node;
        if (node->next)
            node->next->prev = node;
        else
            parent->last = node;
    }
    void freeName(xmlChar *name) const
    {
        if (!m_document->dict || xmlDictOwns(m_document->dict, name) != 1)
            xmlFree(name);
    }

    xmlDoc *m_document;
    std::vector<Edit> m_edits;
};

#ifndef QT_NO_DEBUG
/// The tree below root node by node (text nodes apart, attributes in order), to check that undoing
/// the edits gives the page back exactly.
QByteArray treeSignature(const xmlNode *root)
{
    QByteArray signature;
    for (const xmlNode *node = root; node; node = nextNode(const_cast<xmlNode *>(node), root)) {
        signature += '<' + QByteArray::number(node->type) + ' ' + QByteArray::number(quintptr(node), 16);
        if (node->name)
            signature += ' ' + QByteArray(reinterpret_cast<const char *>(node->name));
        for (const xmlAttr *attribute = isElement(node) ? node->properties : nullptr; attribute;
             attribute = attribute->next)
            signature += ' ' + QByteArray(reinterpret_cast<const char *>(attribute->name)) + '=' +
                         attributeUtf8(node, reinterpret_cast<const char *>(attribute->name));
        if (node->type == XML_TEXT_NODE && node->content)
            signature += ':' + QByteArray(reinterpret_cast<const char *>(node->content));
        signature += '>';
    }
    return signature;
}
#endif

/// One extraction attempt, over the page itself: every change goes through edits.
class Attempt
{
public:
    Attempt(xmlNode *body, const QString &title, int flags, NameMatcher &names, Edits &edits)
        : m_body(body)
        , m_title(title.simplified())
        , m_flags(flags)
        , m_names(names)
        , m_edits(edits)
    {
    }
    ~Attempt()
    {
        // Every node indexed is still there (nothing is freed before the edits are committed).
        for (const Entry &entry : m_entries)
            const_cast<xmlNode *>(entry.node)->_private = nullptr;
    }

    ExtractedContent run();

private:
    // Text statistics of an element are kept in m_entries, found through the node's _private field (a
    // 1-based index; libxml2 zeroes it in new nodes and leaves it to applications). A subtree is read
    // once and a parent adds up its children's figures, where walking the subtree for every question
    // made the extractor quadratic in the page's depth. Every change to the tree invalidates the changed
    // node's entry and its ancestors'; a valid entry's descendants are valid, so that stops at the first
    // invalid one.
    struct Entry
    {
        const xmlNode *node;
        TextStats stats;
        bool valid;
    };
    Entry *entryOf(const xmlNode *node)
    {
        const auto index = reinterpret_cast<quintptr>(node->_private);
        if (index == 0 || index > m_entries.size())
            return nullptr;
        Entry &entry = m_entries[index - 1];
        return entry.node == node ? &entry : nullptr;
    }
    TextStats textStats(const xmlNode *node);
    void addChild(TextStats &stats, const xmlNode *child, const TextStats &childStats) const;
    void invalidate(const xmlNode *node);
    void checkStats(const xmlNode *node, const TextStats &stats);
    /// The tree changes the attempt makes, each invalidating what it changes.
    void remove(xmlNode *node)
    {
        invalidate(node->parent);
        m_edits.detach(node);
    }
    void removeAll(const QList<xmlNode *> &nodes);
    void setTag(xmlNode *node, const char *tag)
    {
        invalidate(node->parent); // an element becoming or ceasing to be a link changes its parent's figures
        m_edits.rename(node, tag);
    }
    void stripAttributes(xmlNode *root);

    QString innerText(const xmlNode *node) const
    {
        // Readability collapses runs of whitespace; simplified() does the same (a lone newline
        // becomes a space, which keeps every length the same) without a regular expression.
        return textContent(node).simplified();
    }
    /// Whether the class or the id matches, as Readability matches "class id": none of the patterns
    /// asked this way can match across the space, so each part is matched alone and class names can be
    /// remembered.
    bool nameMatches(const xmlNode *node, Names names)
    {
        return m_names.matches(attributeRaw(node, "class"), names, true) ||
               m_names.matches(attributeRaw(node, "id"), names, false);
    }
    int classWeight(const xmlNode *node);
    double linkDensity(const xmlNode *node);
    void initialize(xmlNode *node);
    bool isHidden(const xmlNode *node);
    bool isProbablyByline(const xmlNode *node);
    bool hasAncestor(const xmlNode *node, const char *tag, int maxDepth = 3) const;
    bool isWithoutContent(const xmlNode *node);
    bool hasBlockChild(const xmlNode *node) const;
    bool headingRepeatsTitle(const xmlNode *node) const;
    bool isDataTable(const xmlNode *table) const;
    QList<xmlNode *> collectCandidates();
    void prepareArticle(xmlNode *article);
    void cleanTags(xmlNode *article, std::initializer_list<const char *> tags);
    void cleanConditionally(xmlNode *article, const char *tag);
    bool shouldRemoveConditionally(xmlNode *node, const char *tag);

    xmlNode *m_body;
    QString m_title;
    int m_flags;
    NameMatcher &m_names;
    Edits &m_edits;
    QString m_byline;
    QHash<const xmlNode *, double> m_scores;
    std::vector<Entry> m_entries;
    struct Frame
    {
        const xmlNode *node;
        const xmlNode *child;
        TextStats stats;
    };
    std::vector<Frame> m_frames;
};

TextStats Attempt::textStats(const xmlNode *node)
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        return node->content ? scanText(node->content) : TextStats{};
    if (!isElement(node))
        return {};
    if (const Entry *entry = entryOf(node); entry && entry->valid) {
        checkStats(node, entry->stats);
        return entry->stats;
    }
    // Depth first without recursion (pages nest deep), reusing what is still valid below.
    m_frames.clear();
    m_frames.push_back({node, node->children, {}});
    for (;;) {
        Frame &frame = m_frames.back();
        if (const xmlNode *child = frame.child) {
            frame.child = child->next;
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                if (child->content)
                    frame.stats.append(scanText(child->content));
            } else if (child->type == XML_ELEMENT_NODE) {
                if (const Entry *entry = entryOf(child); entry && entry->valid)
                    addChild(frame.stats, child, entry->stats);
                else
                    m_frames.push_back({child, child->children, {}});
            }
            continue;
        }
        const Frame done = frame;
        m_frames.pop_back();
        if (Entry *entry = entryOf(done.node)) {
            entry->stats = done.stats;
            entry->valid = true;
        } else {
            m_entries.push_back({done.node, done.stats, true});
            const_cast<xmlNode *>(done.node)->_private = reinterpret_cast<void *>(quintptr(m_entries.size()));
        }
        if (m_frames.empty()) {
            checkStats(node, done.stats);
            return done.stats;
        }
        addChild(m_frames.back().stats, done.node, done.stats);
    }
}

void Attempt::addChild(TextStats &stats, const xmlNode *child, const TextStats &childStats) const
{
    stats.append(childStats);
    stats.linkLength += childStats.linkLength;
    stats.anchorLength += childStats.anchorLength;
    if (hasTag(child, "a")) {
        stats.linkLength += childStats.length;
        // In-page anchors (footnotes, tables of contents) are weaker evidence of navigation.
        if (attributeRaw(child, "href").startsWith('#'))
            stats.anchorLength += childStats.length;
    }
}

void Attempt::invalidate(const xmlNode *node)
{
    for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) {
        Entry *entry = entryOf(node);
        if (!entry || !entry->valid)
            return;
        entry->valid = false;
    }
}

/// In debug builds every answer of the cache is checked against a fresh count, so a tree change that
/// forgets to invalidate fails the tests instead of quietly skewing the scores.
void Attempt::checkStats([[maybe_unused]] const xmlNode *node, [[maybe_unused]] const TextStats &stats)
{
#ifndef QT_NO_DEBUG
    const auto fresh = [](const xmlNode *root, const auto &self) -> TextStats {
        TextStats counted;
        for (const xmlNode *current = root->children; current;
             current = nextNode(const_cast<xmlNode *>(current), root)) {
            if ((current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) &&
                current->content)
                counted.append(scanText(current->content));
            if (hasTag(current, "a")) {
                const int length = self(current, self).length;
                counted.linkLength += length;
                if (attributeUtf8(current, "href").startsWith('#'))
                    counted.anchorLength += length;
            }
        }
        return counted;
    };
    const TextStats counted = fresh(node, fresh);
    Q_ASSERT(counted.length == stats.length && counted.commas == stats.commas);
    Q_ASSERT(counted.linkLength == stats.linkLength && counted.anchorLength == stats.anchorLength);
#endif
}

void Attempt::stripAttributes(xmlNode *root)
{
    for (xmlNode *node = root; node; node = nextNode(node, root)) {
        if (!isElement(node))
            continue;
        for (xmlAttr *attribute = node->properties; attribute;) {
            xmlAttr *next = attribute->next;
            if (!std::binary_search(SanitizerAttributes.begin(), SanitizerAttributes.end(),
                                    std::string_view(reinterpret_cast<const char *>(attribute->name))))
                m_edits.removeAttribute(attribute);
            attribute = next;
        }
    }
}

void Attempt::removeAll(const QList<xmlNode *> &nodes)
{
    // Nodes inside another listed node go with it.
    const QSet<const xmlNode *> listed(nodes.cbegin(), nodes.cend());
    QList<xmlNode *> outermost;
    for (xmlNode *node : nodes) {
        bool inside = false;
        for (const xmlNode *parent = node->parent; parent && !inside; parent = parent->parent)
            inside = listed.contains(parent);
        if (!inside)
            outermost << node;
    }
    for (xmlNode *node : std::as_const(outermost))
        remove(node);
}

int Attempt::classWeight(const xmlNode *node)
{
    if (!(m_flags & WeightClasses))
        return 0;
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        const QByteArray value = attributeRaw(node, name);
        const bool remember = name[0] == 'c';
        if (m_names.matches(value, Names::Negative, remember))
            weight -= 25;
        if (m_names.matches(value, Names::Positive, remember))
            weight += 25;
    }
    return weight;
}

double Attempt::linkDensity(const xmlNode *node)
{
    const TextStats stats = textStats(node);
    if (stats.length == 0)
        return 0;
    const double linkLength = double(stats.linkLength - stats.anchorLength) + stats.anchorLength * 0.3;
    return linkLength / double(stats.length);
}

void Attempt::initialize(xmlNode *node)
{
    double score = 0;
    if (hasTag(node, "div"))
        score = 5;
    else if (tagIn(node, {"pre", "td", "blockquote"}))
        score = 3;
    else if (tagIn(node, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
        score = -3;
    else if (tagIn(node, {"h1", "h2", "h3", "h4", "h5", "h6", "th"}))
        score = -5;
    m_scores.insert(node, score + classWeight(node));
}

bool Attempt::isHidden(const xmlNode *node)
{
    if (hasAttribute(node, "hidden"))
        return true;
    if (attributeRaw(node, "aria-hidden") == "true" &&
        !attributeRaw(node, "class").contains("fallback-image"))
        return true;
    return m_names.matches(attributeRaw(node, "style"), Names::HiddenStyle, false);
}

bool Attempt::isProbablyByline(const xmlNode *node)
{
    const bool named = attributeRaw(node, "rel") == "author" ||
                       attributeRaw(node, "itemprop").contains("author") || nameMatches(node, Names::Byline);
    if (!named)
        return false;
    const int length = textStats(node).length;
    return length > 0 && length < 100;
}

bool Attempt::hasAncestor(const xmlNode *node, const char *tag, int maxDepth) const
{
    int depth = 0;
    for (const xmlNode *parent = node->parent; parent && isElement(parent); parent = parent->parent) {
        if (maxDepth > 0 && depth++ >= maxDepth)
            return false;
        if (hasTag(parent, tag))
            return true;
    }
    return false;
}

bool Attempt::isWithoutContent(const xmlNode *node)
{
    if (textStats(node).length > 0)
        return false;
    for (const xmlNode *child = node->children; child; child = child->next)
        if (isElement(child) && !tagIn(child, {"br", "hr"}))
            return false;
    return true;
}

bool Attempt::hasBlockChild(const xmlNode *node) const
{
    static const std::initializer_list<const char *> blocks{
        "blockquote", "dl",      "div",   "img",    "ol",     "p",      "pre",    "table", "ul",
        "section",    "article", "aside", "header", "footer", "figure", "h1",     "h2",    "h3",
        "h4",         "h5",      "h6",    "form",   "nav",    "main",   "address"};
    for (xmlNode *child = node->children; child; child = nextNode(child, node))
        if (tagIn(child, blocks))
            return true;
    return false;
}

bool Attempt::headingRepeatsTitle(const xmlNode *node) const
{
    if (!tagIn(node, {"h1", "h2"}) || m_title.isEmpty())
        return false;
    const QString heading = innerText(node);
    if (heading.isEmpty())
        return false;
    // The same words, give or take a site name around them.
    const QString a = heading.toCaseFolded();
    const QString b = m_title.toCaseFolded();
    return a == b || (a.size() > 15 && b.contains(a)) || (b.size() > 15 && a.contains(b));
}

bool Attempt::isDataTable(const xmlNode *table) const
{
    if (attributeRaw(table, "role") == "presentation" || attributeRaw(table, "datatable") == "0")
        return false;
    if (!attributeRaw(table, "summary").isEmpty())
        return true;
    int rows = 0;
    int columns = 0;
    for (xmlNode *node = table->children; node; node = nextNode(node, table)) {
        if (tagIn(node, {"caption", "thead", "tfoot", "th", "colgroup", "col"}))
            return true;
        if (hasTag(node, "table"))
            return false; // a table holding tables is layout
        if (hasTag(node, "tr")) {
            ++rows;
            columns = std::max(columns, elementChildCount(node));
        }
    }
    return rows >= 10 || columns > 4 || rows * columns > 10;
}

QList<xmlNode *> Attempt::collectCandidates()
{
    QList<xmlNode *> toScore;
    xmlNode *node = m_body;
    while (node) {
        if (!isElement(node)) {
            node = nextNode(node, m_body);
            continue;
        }
        auto removeAndContinue = [&]() {
            if (node == m_body) { // the attempt stands on the body: keep it
                node = nextNode(node, m_body);
                return;
            }
            xmlNode *next = nextNode(node, m_body, true);
            remove(node);
            node = next;
        };
        if (node != m_body && isHidden(node)) {
            removeAndContinue();
            continue;
        }
        if (m_byline.isEmpty() && isProbablyByline(node)) {
            m_byline = innerText(node);
            removeAndContinue();
            continue;
        }
        if (headingRepeatsTitle(node)) {
            removeAndContinue();
            continue;
        }
        if (m_flags & StripUnlikely) {
            if (nameMatches(node, Names::Unlikely) && !nameMatches(node, Names::Maybe) &&
                !hasAncestor(node, "table", 0) && !hasAncestor(node, "code", 0) &&
                !tagIn(node, {"body", "a"})) {
                removeAndContinue();
                continue;
            }
            if (isUnlikelyRole(attributeRaw(node, "role"))) {
                removeAndContinue();
                continue;
            }
        }
        if (tagIn(node, {"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"}) &&
            isWithoutContent(node)) {
            removeAndContinue();
            continue;
        }
        if (tagIn(node, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"}))
            toScore << node;

        if (hasTag(node, "div")) {
            // Runs of inline content directly in a div become paragraphs of their own.
            xmlNode *paragraph = nullptr;
            for (xmlNode *child = node->children; child;) {
                xmlNode *next = child->next;
                if (isPhrasing(child)) {
                    if (paragraph) {
                        m_edits.detach(child);
                        m_edits.append(paragraph, child);
                    } else if (!isWhitespaceText(child)) {
                        invalidate(node);
                        paragraph = m_edits.newElement("p");
                        m_edits.insertBefore(child, paragraph);
                        m_edits.detach(child);
                        m_edits.append(paragraph, child);
                    }
                } else if (paragraph) {
                    while (paragraph->last && isWhitespaceText(paragraph->last))
                        m_edits.detach(paragraph->last);
                    paragraph = nullptr;
                }
                child = next;
            }
            xmlNode *only = nullptr;
            bool onlyParagraph = elementChildCount(node) == 1;
            if (onlyParagraph) {
                for (xmlNode *child = node->children; child; child = child->next) {
                    if (isElement(child))
                        only = child;
                    else if (child->type == XML_TEXT_NODE && !isWhitespaceText(child))
                        onlyParagraph = false;
                }
                onlyParagraph = onlyParagraph && hasTag(only, "p");
            }
            if (onlyParagraph && linkDensity(node) < 0.25) {
                invalidate(node->parent);
                m_edits.detach(only);
                m_edits.replace(node, only);
                node = only;
                toScore << node;
            } else if (!hasBlockChild(node)) {
                setTag(node, "p");
                toScore << node;
            }
        }
        node = nextNode(node, m_body);
    }
    return toScore;
}

bool Attempt::shouldRemoveConditionally(xmlNode *node, const char *tag)
{
    if (qstrcmp(tag, "table") == 0 && isDataTable(node))
        return false;
    for (const xmlNode *parent = node->parent; parent && isElement(parent); parent = parent->parent)
        if (hasTag(parent, "table") && isDataTable(parent))
            return false;
    if (hasAncestor(node, "code", 0))
        return false;

    const int weight = classWeight(node);
    if (weight < 0)
        return true;
    const TextStats text = textStats(node);
    if (text.commas >= 10)
        return false;

    // One walk counts what Readability asks of the subtree (it asked for each tag in turn).
    int paragraphs = 0;
    int images = 0;
    int allListItems = 0;
    int inputs = 0;
    int embeds = 0;
    qsizetype listLength = 0;
    qsizetype headingLength = 0;
    for (xmlNode *child = node->children; child; child = nextNode(child, node)) {
        if (!isElement(child))
            continue;
        if (hasTag(child, "p"))
            ++paragraphs;
        else if (hasTag(child, "img"))
            ++images;
        else if (hasTag(child, "li"))
            ++allListItems;
        else if (hasTag(child, "input"))
            ++inputs;
        else if (tagIn(child, {"object", "embed", "iframe"}))
            ++embeds;
        else if (tagIn(child, {"ul", "ol"}))
            listLength += textStats(child).length;
        else if (tagIn(child, {"h1", "h2", "h3", "h4", "h5", "h6"}))
            headingLength += textStats(child).length;
    }
    const bool isList = qstrcmp(tag, "ul") == 0 || qstrcmp(tag, "ol") == 0 ||
                        (text.length > 0 && double(listLength) / double(text.length) > 0.9);
    const int listItems = allListItems - 100;
    const double headingDensity = text.length == 0 ? 0 : double(headingLength) / double(text.length);
    const double links = linkDensity(node);
    const qsizetype length = text.length;
    const bool inFigure = hasAncestor(node, "figure", 0);

    bool remove =
        (images > 1 && double(paragraphs) / images < 0.5 && !inFigure) ||
        (!isList && listItems > paragraphs) || (inputs > paragraphs / 3) ||
        (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure) ||
        (!isList && weight < 25 && links > 0.2) || (weight >= 25 && links > 0.5) ||
        ((embeds == 1 && length < 75) || embeds > 1);
    // A list of images (a gallery) stays.
    if (isList && remove) {
        for (xmlNode *child = node->children; child; child = child->next)
            if (isElement(child) && elementChildCount(child) > 1)
                return remove;
        if (images == allListItems)
            return false;
    }
    return remove;
}

void Attempt::cleanConditionally(xmlNode *article, const char *tag)
{
    if (!(m_flags & CleanConditionally))
        return;
    // From the end, so removing a block never skips the one after it.
    const QList<xmlNode *> nodes = elementsByTag(article, tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        xmlNode *node = *it;
        bool attached = false;
        for (const xmlNode *parent = node->parent; parent && !attached; parent = parent->parent)
            attached = parent == article;
        if (attached && shouldRemoveConditionally(node, tag))
            remove(node);
    }
}

void Attempt::cleanTags(xmlNode *article, std::initializer_list<const char *> tags)
{
    QList<xmlNode *> doomed;
    for (xmlNode *node = article->children; node; node = nextNode(node, article))
        if (tagIn(node, tags))
            doomed << node;
    removeAll(doomed);
}

void Attempt::prepareArticle(xmlNode *article)
{
    // Lazy-loaded images keep their real address in a data attribute.
    for (xmlNode *image : elementsByTag(article, "img")) {
        const QByteArray src = attributeRaw(image, "src");
        if (!src.isEmpty() && !src.startsWith("data:"))
            continue;
        for (const char *lazy : {"data-src", "data-original", "data-lazy-src", "data-url"}) {
            const QByteArray value = attributeUtf8(image, lazy);
            if (!value.isEmpty()) {
                m_edits.setAttribute(image, "src", value);
                break;
            }
        }
    }
    cleanConditionally(article, "form");
    cleanConditionally(article, "fieldset");
    cleanTags(article, {"object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select",
                        "button", "nav"});
    // Share bars and the like that stand among the final candidates.
    for (xmlNode *child : elementChildren(article)) {
        QList<xmlNode *> doomed;
        for (xmlNode *node = child; node; node = nextNode(node, child))
            if (isElement(node) && nameMatches(node, Names::Share) &&
                textStats(node).length < ShareElementThreshold)
                doomed << node;
        // Outermost first; a removed node's descendants are skipped.
        QSet<xmlNode *> gone;
        for (xmlNode *node : doomed) {
            bool insideGone = false;
            for (xmlNode *parent = node->parent; parent && !insideGone; parent = parent->parent)
                insideGone = gone.contains(parent);
            if (insideGone)
                continue;
            gone.insert(node);
            remove(node);
        }
    }
    // Headings that class names mark as noise.
    QList<xmlNode *> noisyHeadings;
    for (xmlNode *node = article->children; node; node = nextNode(node, article))
        if (tagIn(node, {"h1", "h2"}) && classWeight(node) < 0)
            noisyHeadings << node;
    removeAll(noisyHeadings);
    cleanConditionally(article, "table");
    cleanConditionally(article, "ul");
    cleanConditionally(article, "div");
    for (xmlNode *node : elementsByTag(article, "h1"))
        setTag(node, "h2");
    // Paragraphs left empty.
    QList<xmlNode *> empty;
    for (xmlNode *node : elementsByTag(article, "p")) {
        bool media = false;
        for (xmlNode *inner = node->children; inner && !media; inner = nextNode(inner, node))
            media = tagIn(inner, {"img", "embed", "object", "iframe"});
        if (!media && textStats(node).length == 0)
            empty << node;
    }
    removeAll(empty);
    QList<xmlNode *> breaksBeforeParagraphs;
    for (xmlNode *node : elementsByTag(article, "br")) {
        xmlNode *next = node->next;
        while (next && isWhitespaceText(next))
            next = next->next;
        if (next && hasTag(next, "p"))
            breaksBeforeParagraphs << node;
    }
    removeAll(breaksBeforeParagraphs);
}

ExtractedContent Attempt::run()
{
    xmlNode *body = m_body;
    const QList<xmlNode *> toScore = collectCandidates();
    QList<xmlNode *> candidates;
    for (xmlNode *element : toScore) {
        if (!element->parent || !isElement(element->parent))
            continue;
        const TextStats text = textStats(element);
        if (text.length < 25)
            continue;
        double contentScore = 1 + text.commas + std::min<double>(std::floor(text.length / 100.0), 3);
        int level = 0;
        for (xmlNode *ancestor = element->parent; ancestor && isElement(ancestor) && level < 5;
             ancestor = ancestor->parent, ++level) {
            if (!m_scores.contains(ancestor)) {
                initialize(ancestor);
                candidates << ancestor;
            }
            const double divider = level == 0 ? 1 : (level == 1 ? 2 : level * 3);
            m_scores[ancestor] += contentScore / divider;
        }
    }

    QList<xmlNode *> top;
    for (xmlNode *candidate : std::as_const(candidates)) {
        const double score = m_scores.value(candidate) * (1 - linkDensity(candidate));
        m_scores[candidate] = score;
        const auto position = std::find_if(top.begin(), top.end(),
                                           [&](xmlNode *other) { return score > m_scores.value(other); });
        top.insert(position, candidate);
        if (top.size() > TopCandidates)
            top.removeLast();
    }

    xmlNode *topCandidate = top.isEmpty() ? nullptr : top.first();
    if (topCandidate && !hasTag(topCandidate, "body")) {
        // Several strong candidates under one ancestor: the ancestor is the article.
        QList<QSet<xmlNode *>> alternativeAncestors;
        for (int i = 1; i < top.size(); ++i) {
            if (m_scores.value(top.at(i)) / m_scores.value(topCandidate) >= 0.75) {
                QSet<xmlNode *> ancestors;
                for (xmlNode *a = top.at(i)->parent; a && isElement(a); a = a->parent)
                    ancestors.insert(a);
                alternativeAncestors << ancestors;
            }
        }
        if (alternativeAncestors.size() >= MinimumTopCandidates) {
            for (xmlNode *parent = topCandidate->parent;
                 parent && !hasTag(parent, "body") && isElement(parent); parent = parent->parent) {
                int containing = 0;
                for (const auto &ancestors : std::as_const(alternativeAncestors))
                    containing += ancestors.contains(parent) ? 1 : 0;
                if (containing >= MinimumTopCandidates) {
                    topCandidate = parent;
                    break;
                }
            }
        }
        if (!m_scores.contains(topCandidate))
            initialize(topCandidate);

        // A parent scoring higher than the candidate holds more of the article.
        double lastScore = m_scores.value(topCandidate);
        const double threshold = lastScore / 3;
        for (xmlNode *parent = topCandidate->parent; parent && isElement(parent) && !hasTag(parent, "body");
             parent = parent->parent) {
            if (!m_scores.contains(parent))
                continue;
            const double parentScore = m_scores.value(parent);
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = parentScore;
        }
        // An only child says nothing its parent does not.
        while (topCandidate->parent && isElement(topCandidate->parent) &&
               !hasTag(topCandidate->parent, "body") && elementChildCount(topCandidate->parent) == 1)
            topCandidate = topCandidate->parent;
        if (!m_scores.contains(topCandidate))
            initialize(topCandidate);
    }

    // The article is put into the body, so a candidate holding the body (the <html>, scored as an ancestor
    // of paragraphs) would end up inside itself: the tree would loop, and every walk over it with it
    // (found by fuzz_html_extractor).
    const auto holdsBody = [body](const xmlNode *candidate) {
        for (const xmlNode *node = body; node; node = node->parent)
            if (node == candidate)
                return true;
        return false;
    };
    if (!topCandidate || hasTag(topCandidate, "body") || holdsBody(topCandidate)) {
        // Nothing stood out: take the whole body.
        invalidate(body);
        topCandidate = m_edits.newElement("div");
        for (xmlNode *child = body->children; child;) {
            xmlNode *next = child->next;
            m_edits.detach(child);
            m_edits.append(topCandidate, child);
            child = next;
        }
        m_edits.append(body, topCandidate);
        initialize(topCandidate);
    }

    // The candidate's siblings join when they score well or read like paragraphs of the story.
    xmlNode *article = m_edits.newElement("div");
    const double topScore = m_scores.value(topCandidate);
    const double siblingThreshold = std::max(10.0, topScore * 0.2);
    const QString topClass = attribute(topCandidate, "class");
    xmlNode *parent = topCandidate->parent;
    const QList<xmlNode *> siblings =
        parent && isElement(parent) ? elementChildren(parent) : QList<xmlNode *>{topCandidate};
    for (xmlNode *sibling : siblings) {
        // A candidate outside the body (in the <head>) has the body among its siblings: the same loop.
        if (holdsBody(sibling))
            continue;
        bool append = sibling == topCandidate;
        if (!append) {
            double bonus = 0;
            if (!topClass.isEmpty() && attribute(sibling, "class") == topClass)
                bonus += topScore * 0.2;
            if (m_scores.contains(sibling) && m_scores.value(sibling) + bonus >= siblingThreshold) {
                append = true;
            } else if (hasTag(sibling, "p")) {
                const double links = linkDensity(sibling);
                const QString text = innerText(sibling);
                append = (text.size() > 80 && links < 0.25) ||
                         (text.size() < 80 && !text.isEmpty() && links == 0 &&
                          sentenceEnd().match(text).hasMatch());
            }
        }
        if (!append)
            continue;
        if (!tagIn(sibling, {"div", "article", "section", "p"}))
            setTag(sibling, "div");
        invalidate(sibling->parent);
        m_edits.detach(sibling);
        m_edits.append(article, sibling);
    }
    // Keep the article in the document so the serialiser knows its encoding.
    invalidate(body);
    m_edits.append(body, article);
    prepareArticle(article);

    ExtractedContent content;
    content.byline = m_byline;
    content.textLength = textStats(article).length;
    stripAttributes(article);
    xmlBuffer *buffer = xmlBufferCreate();
    for (xmlNode *child = article->children; child; child = child->next)
        htmlNodeDump(buffer, article->doc, child);
    content.html =
        QByteArray(reinterpret_cast<const char *>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
    xmlBufferFree(buffer);
    return content;
}

} // namespace

ExtractedContent ContentExtractor::extract(HtmlDocument &document, const QString &title)
{
    auto *page = static_cast<xmlDoc *>(document.handle());
    xmlNode *root = xmlDocGetRootElement(page);
    xmlNode *body = nullptr;
    for (xmlNode *node = root; node && !body; node = nextNode(node, root))
        if (hasTag(node, "body"))
            body = node;
    if (!body)
        body = root;
    if (!body)
        return {};
    prepareDocument(page, body);

    NameMatcher names;
    Edits edits(page);
#ifndef QT_NO_DEBUG
    const QByteArray before = treeSignature(body);
#endif
    ExtractedContent best;
    // Strict first; when too little text survives, loosen one rule at a time and keep the longest. Each
    // attempt works on the page and the next starts from the page as it was.
    const std::array<int, 4> rules{StripUnlikely | WeightClasses | CleanConditionally,
                                   WeightClasses | CleanConditionally, CleanConditionally, 0};
    for (const int flags : rules) {
        ExtractedContent content = Attempt(body, title, flags, names, edits).run();
        const bool enough = content.textLength >= MinimumTextLength;
        if (enough || content.textLength > best.textLength)
            best = std::move(content);
        if (enough || flags == rules.back())
            break;
        edits.undo();
#ifndef QT_NO_DEBUG
        Q_ASSERT(treeSignature(body) == before);
#endif
    }
    edits.commit();
    return best;
}

} // namespace Newsdesk
