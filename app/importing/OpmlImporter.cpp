#include "OpmlImporter.h"

#include "FeedImporter.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

/// OPML writers disagree on the case of "xmlUrl" (xmlurl, xmlURL); the meaning is the same.
QString attributeIgnoringCase(const FeedXmlNode &node, QStringView name)
{
    for (const FeedXmlAttribute &attribute : node.attributes) {
        if (attribute.ns.isEmpty() && attribute.name.compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value;
    }
    return {};
}

/// feed://example.com/rss and feed:https://example.com/rss are browsers' ways of saying "subscribe".
QString withoutFeedScheme(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.startsWith(u"feed://"_s, Qt::CaseInsensitive))
        return u"http://"_s + trimmed.mid(7);
    if (trimmed.startsWith(u"feed:"_s, Qt::CaseInsensitive))
        return trimmed.mid(5);
    return trimmed;
}

} // namespace

QString OpmlImporter::formatName() const
{
    return u"OPML"_s;
}

bool OpmlImporter::canRead(const ImportSource &source) const
{
    return sniffFeedKind(source) == FeedKind::Opml;
}

Result<ImportOutcome> OpmlImporter::read(const ImportSource &source) const
{
    auto parsed = FeedXml::parse(source);
    if (!parsed)
        return parsed.error();
    const FeedXmlNode &root = parsed->root;
    if (root.name != u"opml") {
        return Error{Error::Code::InvalidArgument,
                     tr("This is not an OPML subscription list: its root element is <%1>.").arg(root.name)};
    }
    const FeedXmlNode *body = root.child(root.ns, u"body");
    if (!body)
        return Error{Error::Code::InvalidArgument, tr("The OPML subscription list has no <body>.")};

    ImportOutcome outcome;
    outcome.format = formatName();
    outcome.issues = parsed->issues;

    // Folders are outlines holding outlines; only those with an xmlUrl are feeds. The tree is at most
    // FeedXml::MaxDepth deep, so recursion is safe.
    const auto collect = [&](const auto &self, const FeedXmlNode &parent) -> void {
        for (const FeedXmlNode *outline : parent.childrenNamed(root.ns, u"outline")) {
            const QString raw = attributeIgnoringCase(*outline, u"xmlUrl");
            if (!raw.trimmed().isEmpty()) {
                const QUrl url(acceptableFeedUrl(withoutFeedScheme(raw), outline->base, source.url));
                if (url.isEmpty()) {
                    const QString shown = raw.simplified();
                    outcome.issues << tr("The feed address “%1” was ignored: it is not an absolute web "
                                         "address.")
                                          .arg(shown.size() > 80 ? shown.left(79) + QChar(0x2026) : shown);
                } else if (!outcome.followUps.contains(url)) {
                    outcome.followUps << url;
                }
            }
            self(self, *outline);
        }
    };
    collect(collect, *body);
    if (outcome.followUps.isEmpty())
        outcome.issues << tr("The subscription list names no feeds.");
    return outcome;
}

} // namespace Newsdesk
