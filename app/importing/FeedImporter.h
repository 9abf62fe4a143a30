#pragma once

#include "Importer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Newsdesk {

/// What a source is, judged from its first bytes (the root element, or a JSON Feed's "version"), and
/// only when those say nothing, from its content type or file name. Shared by the feed importers and
/// OpmlImporter so that each claims exactly its own format and none claims an HTML page.
enum class FeedKind { Unknown, Html, Rss, Rdf, Atom, JsonFeed, Opml };
FeedKind sniffFeedKind(const ImportSource &source);

/// RSS 2.0 and its 0.91–0.94 ancestors: one article per <item>, keyed by <guid> (else the link).
/// Bounds on what one feed may ask of an import.
struct FeedLimits
{
    /// Items read from one feed (or Newsdesk bundle); a real feed has tens, an archive a few thousand.
    /// The rest are left out with an issue, so a hostile feed of millions cannot fill the library.
    static constexpr int MaxItems = 10000;
};

class RssImporter final : public Importer
{
public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;
};

/// RSS 1.0 (RDF) and Netscape's RSS 0.90: one article per <item>, keyed by its rdf:about.
class RdfImporter final : public Importer
{
public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;
};

/// Atom 1.0 (RFC 4287): one article per <entry>, keyed by its <id>.
class AtomImporter final : public Importer
{
public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;
};

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org): one article per item, keyed by its "id". A Newsdesk
/// bundle export is one too: its "_newsdesk" fields (app/exporting/BundleJson.h) restore the articles as
/// exported and bring the bundle along; a file whose "_newsdesk" cannot be read is refused whole.
class JsonFeedImporter final : public Importer
{
public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;
};

// ---------------------------------------------------------------------------------------------------
// Internal to the feed and OPML importers; other code should go through the Importer interface.

/// An XML attribute with its namespace resolved.
struct FeedXmlAttribute
{
    QString ns;
    QString name; ///< Local name, without the prefix.
    QString value;
};

/// An element or a run of text of a feed document read whole. Namespaces are resolved by the reader
/// itself, so an undeclared but well-known prefix (media:, dc:, content:) still means what feeds mean.
struct FeedXmlNode
{
    QString ns;   ///< Namespace URI; empty for none.
    QString name; ///< Local name; empty for a text node.
    QString text; ///< A text node's text.
    QList<FeedXmlAttribute> attributes;
    std::vector<FeedXmlNode> children;
    QUrl base;                 ///< xml:base in effect, starting from the source's URL.
    bool explicitBase = false; ///< Whether an xml:base on this element or an ancestor set base.
    QString language;          ///< xml:lang in effect.

    bool isElement() const { return !name.isEmpty(); }
    bool is(QStringView nameSpace, QStringView localName) const;
    const FeedXmlNode *child(QStringView nameSpace, QStringView localName) const;
    QList<const FeedXmlNode *> childrenNamed(QStringView nameSpace, QStringView localName) const;
    /// An attribute in no namespace, matched case-sensitively; empty when absent.
    QString attribute(QStringView localName) const;
    QString attribute(QStringView nameSpace, QStringView localName) const;
    bool hasAttribute(QStringView localName) const;
    /// The text of this node and all its descendants, in document order.
    QString textContent() const;
};

/// A feed document read whole: all or nothing, so a truncated feed lands no half of itself.
struct FeedXmlDocument
{
    FeedXmlNode root;
    QStringList issues; ///< E.g. the charset had to be guessed.
};

/// Reads XML feeds and subscription lists safely: no external entities, entity expansion bounded
/// before it happens, nesting bounded, errors with their line.
class FeedXml
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::FeedXml)
public:
    static Result<FeedXmlDocument> parse(const ImportSource &source);

    /// Characters all declared entities together may expand to in one document.
    static constexpr qint64 MaxEntityExpansion = 1 << 20;
    /// Deepest element nesting accepted; feeds and OPML lists stay far below it.
    static constexpr int MaxDepth = 256;
};

/// A URL a feed gave, resolved against base, if it is one an article may carry: http(s), or file:
/// when the source itself is a local file. Empty otherwise (javascript:, data:, unresolvable).
QString acceptableFeedUrl(const QString &raw, const QUrl &base, const QUrl &sourceUrl);

} // namespace Newsdesk
