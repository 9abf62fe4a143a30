#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Newsdesk {

class HtmlDocument;

/// What a page says about itself, before its text is read.
struct PageMetadata
{
    QString title;
    QString dek;
    QString byline;
    QString siteName;
    QDateTime publishedAt; ///< With the page's own zone when it gave one.
    QString language;      ///< BCP 47, e.g. "en", "pt-BR".
    QString canonicalUrl;
    QString imageUrl;
    QString imageCaption;
    QString section;
};

/// Reads a page's metadata, most trusted first: JSON-LD (schema.org NewsArticle and its kin), Dublin
/// Core, Open Graph and article:* meta, Twitter cards, <meta name=author>, <time datetime>,
/// rel=canonical, and last the document's <title> with the site name taken off it.
class MetadataExtractor
{
public:
    static PageMetadata extract(const HtmlDocument &document);

    /// The headline in a <title>: without the site name after (or before) a separator. h1s and
    /// headings (h1 and h2) are the page's, to tell a title with a colon from "Site: Headline".
    static QString titleFromDocumentTitle(const QString &documentTitle, const QStringList &h1s,
                                          const QStringList &headings);
    /// A date in any of the shapes pages use (ISO 8601, RFC 2822, "2026-09-18 13:42"), or invalid.
    static QDateTime parseDate(const QString &text);
};

} // namespace Newsdesk
