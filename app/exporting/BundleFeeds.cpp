#include "BundleFeeds.h"

#include "exporting/BundleContent.h"
#include "exporting/BundleHtml.h"
#include "exporting/Slug.h"
#include "importing/HtmlSanitizer.h"
#include "rendering/ArticleFormatter.h"

#include <QXmlStreamWriter>

namespace Newsdesk {

namespace {

constexpr QLatin1StringView AtomNamespace{"http://www.w3.org/2005/Atom"};
constexpr QLatin1StringView ContentNamespace{"http://purl.org/rss/1.0/modules/content/"};
constexpr QLatin1StringView DcNamespace{"http://purl.org/dc/elements/1.1/"};
constexpr QLatin1StringView IptcScheme{"http://cv.iptc.org/newscodes/mediatopic/"};

// XML 1.0 cannot hold every character a title may carry (control characters, lone surrogates): they
// are dropped, as a feed that does not parse helps nobody.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800)
                             || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            out += c;
    }
    return out;
}

/// What both feeds say of an article.
struct FeedEntry
{
    QString id;
    QString link;
    QString title;
    QStringList authors;
    QDateTime published;
    QStringList categories;
    QList<const BundleTopic *> topics;
    QString summary;
    QString html;
};

QString headline(const Article &article)
{
    const QString title = article.title.trimmed();
    return title.isEmpty() ? BundleFeeds::tr("Untitled") : title;
}

FeedEntry entryOf(const BundleItem &item)
{
    const Article &article = item.content.article;
    FeedEntry entry;
    entry.link = ArticleFormatter::webAddress(article.canonicalUrl);
    if (entry.link.isEmpty())
        entry.link = ArticleFormatter::webAddress(article.url);
    // The id stays the same wherever the bundle is exported from: the article's address, else its
    // feed guid when that is a URI, else its content.
    const QUrl guid(article.guid.trimmed(), QUrl::StrictMode);
    if (!entry.link.isEmpty())
        entry.id = entry.link;
    else if (guid.isValid() && !guid.scheme().isEmpty())
        entry.id = QString::fromLatin1(guid.toEncoded());
    else
        entry.id = QStringLiteral("urn:newsdesk:article:%1")
                       .arg(article.contentHash.isEmpty() ? QString::number(article.id) : article.contentHash);
    entry.title = headline(article);
    for (const QString &name : {article.byline, article.agency, article.source})
        if (!name.trimmed().isEmpty()) {
            entry.authors << name.trimmed();
            break;
        }
    entry.published = article.publishedAt.isValid() ? article.publishedAt : article.importedAt;
    for (const BundleTopic &topic : item.topics)
        entry.topics << &topic;
    entry.summary = item.entry.blurb.trimmed().isEmpty() ? article.dek.trimmed() : item.entry.blurb.trimmed();

    // Sanitised again on the way out: a feed reader shows it, whatever came into the library.
    const QUrl base(article.url);
    QString html;
    if (!item.entry.blurb.trimmed().isEmpty())
        html += QStringLiteral("<blockquote><p>%1</p></blockquote>").arg(item.entry.blurb.trimmed().toHtmlEscaped());
    html += HtmlSanitizer::sanitize(article.bodyHtml, base);
    if (!entry.link.isEmpty()) {
        const QString source = article.source.trimmed().isEmpty() ? QUrl(entry.link).host() : article.source.trimmed();
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(entry.link.toHtmlEscaped(), BundleFeeds::tr("Read at %1").arg(source).toHtmlEscaped());
    }
    entry.html = html;
    return entry;
}

QList<FeedEntry> entriesOf(const BundleContent &content)
{
    QList<FeedEntry> entries;
    for (const BundleItem *item : content.articles())
        entries << entryOf(*item);
    return entries;
}

QDateTime feedUpdated(const BundleContent &content, const QList<FeedEntry> &entries)
{
    QDateTime latest;
    for (const FeedEntry &entry : entries)
        if (entry.published.isValid() && (!latest.isValid() || entry.published > latest))
            latest = entry.published;
    if (!latest.isValid())
        latest = content.bundle.updatedAt.isValid() ? content.bundle.updatedAt
                                                    : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    return latest.toUTC();
}

QString bundleTitle(const BundleContent &content)
{
    const QString title = content.bundle.displayTitle().trimmed();
    return title.isEmpty() ? BundleFeeds::tr("Untitled bundle") : title;
}

QString feedId(const BundleContent &content)
{
    return QStringLiteral("urn:newsdesk:bundle:") + Slug::make(content.bundle.name, QStringLiteral("bundle"));
}

QString rfc822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss '+0000'"));
}

void text(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeTextElement(name, xmlText(value));
}

} // namespace

QByteArray BundleFeeds::atom(const BundleContent &content, const ExportOptions &options)
{
    Q_UNUSED(options)
    const QList<FeedEntry> entries = entriesOf(content);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(AtomNamespace);
    xml.writeStartElement(AtomNamespace, QStringLiteral("feed"));
    text(xml, QStringLiteral("id"), feedId(content));
    text(xml, QStringLiteral("title"), bundleTitle(content));
    if (!content.bundle.intro.trimmed().isEmpty())
        text(xml, QStringLiteral("subtitle"), content.bundle.intro.trimmed());
    text(xml, QStringLiteral("updated"), feedUpdated(content, entries).toString(Qt::ISODate));
    // The feed's author covers entries whose article names nobody (Atom needs one or the other).
    xml.writeStartElement(QStringLiteral("author"));
    text(xml, QStringLiteral("name"), bundleTitle(content));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("generator"));
    xml.writeCharacters(QStringLiteral("Newsdesk"));
    xml.writeEndElement();
    for (const FeedEntry &entry : entries) {
        xml.writeStartElement(QStringLiteral("entry"));
        text(xml, QStringLiteral("id"), entry.id);
        text(xml, QStringLiteral("title"), entry.title);
        const QDateTime when = entry.published.isValid() ? entry.published.toUTC() : feedUpdated(content, entries);
        text(xml, QStringLiteral("updated"), when.toString(Qt::ISODate));
        if (entry.published.isValid())
            text(xml, QStringLiteral("published"), when.toString(Qt::ISODate));
        for (const QString &author : entry.authors) {
            xml.writeStartElement(QStringLiteral("author"));
            text(xml, QStringLiteral("name"), author);
            xml.writeEndElement();
        }
        if (!entry.link.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
            xml.writeAttribute(QStringLiteral("href"), entry.link);
        }
        for (const BundleTopic *topic : entry.topics) {
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("term"), xmlText(topic->code.isEmpty() ? topic->name : topic->code));
            if (!topic->code.isEmpty())
                xml.writeAttribute(QStringLiteral("scheme"), IptcScheme);
            xml.writeAttribute(QStringLiteral("label"), xmlText(topic->name));
        }
        if (!entry.summary.isEmpty())
            text(xml, QStringLiteral("summary"), entry.summary);
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        xml.writeCharacters(xmlText(entry.html));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray BundleFeeds::rss(const BundleContent &content, const ExportOptions &options)
{
    const QList<FeedEntry> entries = entriesOf(content);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeNamespace(ContentNamespace, QStringLiteral("content"));
    xml.writeNamespace(DcNamespace, QStringLiteral("dc"));
    xml.writeStartElement(QStringLiteral("channel"));
    text(xml, QStringLiteral("title"), bundleTitle(content));
    // RSS wants a link for the channel; a bundle has no home page, so its first article's stands in.
    QString link;
    for (const FeedEntry &entry : entries)
        if (link.isEmpty())
            link = entry.link;
    if (!link.isEmpty())
        text(xml, QStringLiteral("link"), link);
    // Readers show an RSS description as HTML: the intro's paragraphs, escaped.
    QString description;
    for (const QString &paragraph : BundleHtml::paragraphs(content.bundle.intro))
        description += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    text(xml, QStringLiteral("description"), description.isEmpty() ? bundleTitle(content).toHtmlEscaped() : description);
    const QString language = ArticleFormatter::languageTag(options.locale.bcp47Name());
    if (!language.isEmpty())
        text(xml, QStringLiteral("language"), language);
    text(xml, QStringLiteral("lastBuildDate"), rfc822(feedUpdated(content, entries)));
    text(xml, QStringLiteral("generator"), QStringLiteral("Newsdesk"));
    for (const FeedEntry &entry : entries) {
        xml.writeStartElement(QStringLiteral("item"));
        text(xml, QStringLiteral("title"), entry.title);
        if (!entry.link.isEmpty())
            text(xml, QStringLiteral("link"), entry.link);
        xml.writeStartElement(QStringLiteral("guid"));
        xml.writeAttribute(QStringLiteral("isPermaLink"),
                           entry.id == entry.link ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeCharacters(xmlText(entry.id));
        xml.writeEndElement();
        if (entry.published.isValid())
            text(xml, QStringLiteral("pubDate"), rfc822(entry.published));
        // RSS's own <author> must be an e-mail address; names go in dc:creator.
        for (const QString &author : entry.authors)
            xml.writeTextElement(DcNamespace, QStringLiteral("creator"), xmlText(author));
        for (const BundleTopic *topic : entry.topics) {
            xml.writeStartElement(QStringLiteral("category"));
            if (!topic->code.isEmpty())
                xml.writeAttribute(QStringLiteral("domain"), IptcScheme);
            xml.writeCharacters(xmlText(topic->name));
            xml.writeEndElement();
        }
        text(xml, QStringLiteral("description"), entry.summary.isEmpty() ? entry.html : entry.summary.toHtmlEscaped());
        xml.writeTextElement(ContentNamespace, QStringLiteral("encoded"), xmlText(entry.html));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Newsdesk
