#include "ContentExtractor.h"

#include "HtmlDocument.h"
#include "HtmlDom_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

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

bool tagIn(const xmlNode *node, std::initializer_list<const char *> tags)
{
    if (!isElement(node))
        return false;
    for (const char *tag : tags)
        if (qstrcmp(tagName(node), tag) == 0)
            return true;
    return false;
}

bool isPhrasing(const xmlNode *node)
{
    if (node->type == XML_TEXT_NODE)
        return true;
    if (!isElement(node))
        return false;
    static const QSet<QByteArray> phrasing{
        "abbr",     "audio",    "b",    "bdo",      "br",     "button",   "cite",   "code",
        "data",     "datalist", "dfn",  "em",       "embed",  "i",        "img",    "input",
        "kbd",      "label",    "mark", "math",     "meter",  "noscript", "object", "output",
        "progress", "q",        "ruby", "samp",     "script", "select",   "small",  "span",
        "strong",   "sub",      "sup",  "textarea", "time",   "var",      "wbr"};
    if (phrasing.contains(QByteArray(tagName(node))))
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

/// Length (in characters, whitespace runs counted as one, ends trimmed) and comma count of the text
/// below node, counted on libxml2's UTF-8 directly: the scorer asks for these thousands of times per
/// page, and building strings for them was the extractor's largest cost.
struct TextStats
{
    int length = 0;
    int commas = 0;
};

TextStats computeTextStats(const xmlNode *node)
{
    TextStats stats;
    bool pendingSpace = false;
    const auto scan = [&](const unsigned char *text) {
        for (const unsigned char *c = text; *c; ++c) {
            const unsigned char byte = *c;
            const bool space = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
                               byte == '\v' || (byte == 0xC2 && c[1] == 0xA0);
            if (space) {
                if (byte == 0xC2)
                    ++c;
                pendingSpace = stats.length > 0;
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
            if (byte == ',' || (byte == 0xEF && c[1] == 0xBC && c[2] == 0x8C) ||
                (byte == 0xD8 && c[1] == 0x8C) || (byte == 0xEF && c[1] == 0xB9 && c[2] == 0x90))
                ++stats.commas;
        }
    };
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content)
            scan(node->content);
        return stats;
    }
    for (const xmlNode *current = node->children; current;
         current = nextNode(const_cast<xmlNode *>(current), node))
        if ((current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) && current->content)
            scan(current->content);
    return stats;
}

/// One extraction attempt over its own copy of the page.
class Attempt
{
public:
    Attempt(xmlDoc *document, const QString &title, int flags)
        : m_document(document)
        , m_title(title.simplified())
        , m_flags(flags)
    {
    }

    ExtractedContent run();

private:
    /// Text statistics of a subtree; cached while the tree stands still (the scoring pass), where the
    /// same subtrees are measured over and over.
    TextStats textStats(const xmlNode *node) const
    {
        if (!m_cacheStats)
            return computeTextStats(node);
        auto it = m_statsCache.constFind(node);
        if (it != m_statsCache.cend())
            return it.value();
        const TextStats stats = computeTextStats(node);
        m_statsCache.insert(node, stats);
        return stats;
    }
    QString innerText(const xmlNode *node) const
    {
        // Readability collapses runs of whitespace; simplified() does the same (a lone newline
        // becomes a space, which keeps every length the same) without a regular expression.
        return textContent(node).simplified();
    }
    QString matchString(const xmlNode *node) const
    {
        return attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
    }
    int classWeight(const xmlNode *node) const;
    double linkDensity(const xmlNode *node) const;
    void initialize(xmlNode *node);
    bool isHidden(const xmlNode *node) const;
    bool isProbablyByline(const xmlNode *node, const QString &match) const;
    bool hasAncestor(const xmlNode *node, const char *tag, int maxDepth = 3) const;
    bool isWithoutContent(const xmlNode *node) const;
    bool hasBlockChild(const xmlNode *node) const;
    bool headingRepeatsTitle(const xmlNode *node) const;
    bool isDataTable(const xmlNode *table) const;
    void prepareDocument(xmlNode *body);
    void replaceBreaks(xmlNode *body);
    void setTag(xmlNode *node, const char *tag)
    {
        xmlNodeSetName(node, reinterpret_cast<const xmlChar *>(tag));
    }
    QList<xmlNode *> collectCandidates(xmlNode *body);
    void prepareArticle(xmlNode *article);
    void cleanTags(xmlNode *article, std::initializer_list<const char *> tags);
    void cleanConditionally(xmlNode *article, const char *tag);
    bool shouldRemoveConditionally(xmlNode *node, const char *tag);

    xmlDoc *m_document;
    QString m_title;
    int m_flags;
    QString m_byline;
    QHash<const xmlNode *, double> m_scores;
    mutable QHash<const xmlNode *, TextStats> m_statsCache;
    bool m_cacheStats = false;
};

int Attempt::classWeight(const xmlNode *node) const
{
    if (!(m_flags & WeightClasses))
        return 0;
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        const QString value = attribute(node, name);
        if (value.isEmpty())
            continue;
        if (negativeNames().match(value).hasMatch())
            weight -= 25;
        if (positiveNames().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

double Attempt::linkDensity(const xmlNode *node) const
{
    const int length = textStats(node).length;
    if (length == 0)
        return 0;
    double linkLength = 0;
    for (xmlNode *link : elementsByTag(const_cast<xmlNode *>(node), "a")) {
        // In-page anchors (footnotes, tables of contents) are weaker evidence of navigation.
        const bool anchor = attributeUtf8(link, "href").startsWith('#');
        linkLength += textStats(link).length * (anchor ? 0.3 : 1.0);
    }
    return linkLength / double(length);
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

bool Attempt::isHidden(const xmlNode *node) const
{
    static const QRegularExpression hiddenStyle(
        QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
        QRegularExpression::CaseInsensitiveOption);
    if (hasAttribute(node, "hidden"))
        return true;
    if (attributeUtf8(node, "aria-hidden") == "true" &&
        !attribute(node, "class").contains(QLatin1String("fallback-image")))
        return true;
    const QString style = attribute(node, "style");
    return !style.isEmpty() && hiddenStyle.match(style).hasMatch();
}

bool Attempt::isProbablyByline(const xmlNode *node, const QString &match) const
{
    const bool named = attributeUtf8(node, "rel") == "author" ||
                       attributeUtf8(node, "itemprop").contains("author") ||
                       bylineNames().match(match).hasMatch();
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

bool Attempt::isWithoutContent(const xmlNode *node) const
{
    if (textStats(node).length > 0)
        return false;
    for (const xmlNode *child : elementChildren(const_cast<xmlNode *>(node)))
        if (!tagIn(child, {"br", "hr"}))
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
    if (attributeUtf8(table, "role") == "presentation" || attributeUtf8(table, "datatable") == "0")
        return false;
    if (!attributeUtf8(table, "summary").isEmpty())
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
            columns = std::max(columns, int(elementChildren(node).size()));
        }
    }
    return rows >= 10 || columns > 4 || rows * columns > 10;
}

void Attempt::replaceBreaks(xmlNode *body)
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
            xmlNewDocNode(m_document, nullptr, reinterpret_cast<const xmlChar *>("p"), nullptr);
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
            setTag(paragraph->parent, "div");
    }
}

void Attempt::prepareDocument(xmlNode *body)
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
            setTag(node, "span");
        node = nextNode(node, body);
    }
    replaceBreaks(body);
}

QList<xmlNode *> Attempt::collectCandidates(xmlNode *body)
{
    static const QRegularExpression unlikelyRoles(
        QStringLiteral("^(menu|menubar|complementary|navigation|alert|alertdialog|dialog)$"));
    QList<xmlNode *> toScore;
    xmlNode *node = body;
    while (node) {
        if (!isElement(node)) {
            node = nextNode(node, body);
            continue;
        }
        const QString match = matchString(node);
        auto removeAndContinue = [&]() {
            xmlNode *next = nextNode(node, body, true);
            removeNode(node);
            node = next;
        };
        if (node != body && isHidden(node)) {
            removeAndContinue();
            continue;
        }
        if (m_byline.isEmpty() && isProbablyByline(node, match)) {
            m_byline = innerText(node);
            removeAndContinue();
            continue;
        }
        if (headingRepeatsTitle(node)) {
            removeAndContinue();
            continue;
        }
        if (m_flags & StripUnlikely) {
            if (unlikelyCandidates().match(match).hasMatch() && !maybeCandidate().match(match).hasMatch() &&
                !hasAncestor(node, "table", 0) && !hasAncestor(node, "code", 0) &&
                !tagIn(node, {"body", "a"})) {
                removeAndContinue();
                continue;
            }
            if (unlikelyRoles.match(attribute(node, "role")).hasMatch()) {
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
                        xmlUnlinkNode(child);
                        xmlAddChild(paragraph, child);
                    } else if (!isWhitespaceText(child)) {
                        paragraph = xmlNewDocNode(m_document, nullptr, reinterpret_cast<const xmlChar *>("p"),
                                                  nullptr);
                        xmlAddPrevSibling(child, paragraph);
                        xmlUnlinkNode(child);
                        xmlAddChild(paragraph, child);
                    }
                } else if (paragraph) {
                    while (paragraph->last && isWhitespaceText(paragraph->last))
                        removeNode(paragraph->last);
                    paragraph = nullptr;
                }
                child = next;
            }
            const QList<xmlNode *> children = elementChildren(node);
            bool onlyParagraph = children.size() == 1 && hasTag(children.first(), "p");
            if (onlyParagraph) {
                for (xmlNode *child = node->children; child; child = child->next)
                    if (child->type == XML_TEXT_NODE && !isWhitespaceText(child))
                        onlyParagraph = false;
            }
            if (onlyParagraph && linkDensity(node) < 0.25) {
                xmlNode *paragraph = children.first();
                xmlUnlinkNode(paragraph);
                xmlReplaceNode(node, paragraph);
                xmlFreeNode(node);
                node = paragraph;
                toScore << node;
            } else if (!hasBlockChild(node)) {
                setTag(node, "p");
                toScore << node;
            }
        }
        node = nextNode(node, body);
    }
    return toScore;
}

bool Attempt::shouldRemoveConditionally(xmlNode *node, const char *tag)
{
    const bool listTag = qstrcmp(tag, "ul") == 0 || qstrcmp(tag, "ol") == 0;
    const TextStats text = textStats(node);
    bool isList = listTag;
    if (!isList && text.length > 0) {
        qsizetype listLength = 0;
        for (const char *listTagName : {"ul", "ol"})
            for (xmlNode *list : elementsByTag(node, listTagName))
                listLength += textStats(list).length;
        isList = double(listLength) / double(text.length) > 0.9;
    }
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
    if (text.commas >= 10)
        return false;

    const auto count = [node](const char *name) { return int(elementsByTag(node, name).size()); };
    const int paragraphs = count("p");
    const int images = count("img");
    const int listItems = count("li") - 100;
    const int inputs = count("input");
    qsizetype headingLength = 0;
    for (const char *heading : {"h1", "h2", "h3", "h4", "h5", "h6"})
        for (xmlNode *h : elementsByTag(node, heading))
            headingLength += textStats(h).length;
    const double headingDensity = text.length == 0 ? 0 : double(headingLength) / double(text.length);
    int embeds = 0;
    for (const char *embed : {"object", "embed", "iframe"})
        embeds += count(embed);
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
        for (xmlNode *child : elementChildren(node))
            if (elementChildren(child).size() > 1)
                return remove;
        if (images == count("li"))
            return false;
    }
    return remove;
}

void Attempt::cleanConditionally(xmlNode *article, const char *tag)
{
    if (!(m_flags & CleanConditionally))
        return;
    // From the end, so removing a block never skips the one after it.
    QList<xmlNode *> nodes = elementsByTag(article, tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        xmlNode *node = *it;
        bool attached = false;
        for (const xmlNode *parent = node->parent; parent; parent = parent->parent)
            if (parent == article)
                attached = true;
        if (attached && shouldRemoveConditionally(node, tag))
            removeNode(node);
    }
}

void Attempt::cleanTags(xmlNode *article, std::initializer_list<const char *> tags)
{
    QList<xmlNode *> doomed;
    for (const char *tag : tags)
        doomed << elementsByTag(article, tag);
    removeNodes(doomed);
}

void Attempt::prepareArticle(xmlNode *article)
{
    // Lazy-loaded images keep their real address in a data attribute.
    for (xmlNode *image : elementsByTag(article, "img")) {
        const QByteArray src = attributeUtf8(image, "src");
        if (!src.isEmpty() && !src.startsWith("data:"))
            continue;
        for (const char *lazy : {"data-src", "data-original", "data-lazy-src", "data-url"}) {
            const QByteArray value = attributeUtf8(image, lazy);
            if (!value.isEmpty()) {
                xmlSetProp(image, reinterpret_cast<const xmlChar *>("src"),
                           reinterpret_cast<const xmlChar *>(value.constData()));
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
            if (isElement(node) && shareNames().match(matchString(node)).hasMatch() &&
                textStats(node).length < ShareElementThreshold)
                doomed << node;
        // Outermost first; a removed node's descendants are skipped.
        QSet<xmlNode *> gone;
        for (xmlNode *node : doomed) {
            bool insideGone = false;
            for (xmlNode *parent = node->parent; parent; parent = parent->parent)
                insideGone = insideGone || gone.contains(parent);
            if (insideGone)
                continue;
            gone.insert(node);
            xmlUnlinkNode(node);
        }
        for (xmlNode *node : gone)
            xmlFreeNode(node);
    }
    // Headings that class names mark as noise.
    QList<xmlNode *> noisyHeadings;
    for (const char *heading : {"h1", "h2"})
        for (xmlNode *node : elementsByTag(article, heading))
            if (classWeight(node) < 0)
                noisyHeadings << node;
    removeNodes(noisyHeadings);
    cleanConditionally(article, "table");
    cleanConditionally(article, "ul");
    cleanConditionally(article, "div");
    for (xmlNode *node : elementsByTag(article, "h1"))
        setTag(node, "h2");
    // Paragraphs left empty.
    QList<xmlNode *> empty;
    for (xmlNode *node : elementsByTag(article, "p")) {
        const bool media = !elementsByTag(node, "img").isEmpty() || !elementsByTag(node, "embed").isEmpty() ||
                           !elementsByTag(node, "object").isEmpty() ||
                           !elementsByTag(node, "iframe").isEmpty();
        if (!media && textStats(node).length == 0)
            empty << node;
    }
    removeNodes(empty);
    QList<xmlNode *> breaksBeforeParagraphs;
    for (xmlNode *node : elementsByTag(article, "br")) {
        xmlNode *next = node->next;
        while (next && isWhitespaceText(next))
            next = next->next;
        if (next && hasTag(next, "p"))
            breaksBeforeParagraphs << node;
    }
    removeNodes(breaksBeforeParagraphs);
}

ExtractedContent Attempt::run()
{
    xmlNode *root = xmlDocGetRootElement(m_document);
    xmlNode *body = nullptr;
    for (xmlNode *node = root; node; node = nextNode(node, root))
        if (hasTag(node, "body")) {
            body = node;
            break;
        }
    if (!body)
        body = root;
    prepareDocument(body);

    const QList<xmlNode *> toScore = collectCandidates(body);
    // From here until the article is assembled nothing in the tree changes.
    m_cacheStats = true;
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
    if (!topCandidate || hasTag(topCandidate, "body")) {
        // Nothing stood out: take the whole body (which changes the tree the cache measured).
        m_statsCache.clear();
        topCandidate = xmlNewDocNode(m_document, nullptr, reinterpret_cast<const xmlChar *>("div"), nullptr);
        for (xmlNode *child = body->children; child;) {
            xmlNode *next = child->next;
            xmlUnlinkNode(child);
            xmlAddChild(topCandidate, child);
            child = next;
        }
        xmlAddChild(body, topCandidate);
        initialize(topCandidate);
    } else {
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
               !hasTag(topCandidate->parent, "body") && elementChildren(topCandidate->parent).size() == 1)
            topCandidate = topCandidate->parent;
        if (!m_scores.contains(topCandidate))
            initialize(topCandidate);
    }

    // Siblings move into the article below: the tree changes again.
    m_cacheStats = false;
    m_statsCache.clear();
    // The candidate's siblings join when they score well or read like paragraphs of the story.
    xmlNode *article = xmlNewDocNode(m_document, nullptr, reinterpret_cast<const xmlChar *>("div"), nullptr);
    const double topScore = m_scores.value(topCandidate);
    const double siblingThreshold = std::max(10.0, topScore * 0.2);
    const QString topClass = attribute(topCandidate, "class");
    xmlNode *parent = topCandidate->parent;
    const QList<xmlNode *> siblings =
        parent && isElement(parent) ? elementChildren(parent) : QList<xmlNode *>{topCandidate};
    for (xmlNode *sibling : siblings) {
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
        xmlUnlinkNode(sibling);
        xmlAddChild(article, sibling);
    }
    // Keep the article in the document so the serialiser knows its encoding.
    xmlAddChild(body, article);
    prepareArticle(article);

    ExtractedContent content;
    content.byline = m_byline;
    content.textLength = textStats(article).length;
    QByteArray html;
    for (xmlNode *child = article->children; child; child = child->next)
        html += outerHtml(m_document, child);
    content.html = html;
    return content;
}

} // namespace

ExtractedContent ContentExtractor::extract(const HtmlDocument &document, const QString &title)
{
    auto *original = static_cast<xmlDoc *>(document.handle());
    ExtractedContent best;
    // Strict first; when too little text survives, loosen one rule at a time and keep the longest.
    for (const int flags : std::array<int, 4>{StripUnlikely | WeightClasses | CleanConditionally,
                                              WeightClasses | CleanConditionally, CleanConditionally, 0}) {
        xmlDoc *copy = xmlCopyDoc(original, 1);
        if (!copy)
            break;
        ExtractedContent content = Attempt(copy, title, flags).run();
        xmlFreeDoc(copy);
        if (content.textLength >= MinimumTextLength)
            return content;
        if (content.textLength > best.textLength)
            best = std::move(content);
    }
    return best;
}

} // namespace Newsdesk
