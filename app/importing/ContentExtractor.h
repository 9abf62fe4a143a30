#pragma once

#include <QByteArray>
#include <QString>

namespace Newsdesk {

class HtmlDocument;

/// What the content extractor found: the article's main content as an HTML fragment (not yet
/// sanitised) and the byline it met on the way.
struct ExtractedContent
{
    QByteArray html;
    QString byline;
    int textLength = 0;
};

/// Finds a page's main content among its navigation, comments, widgets and teasers.
///
/// The scoring follows the approach the best open-source extractors share (Mozilla's Readability,
/// which this reimplements over libxml2 from its published description): paragraphs vote for their
/// ancestors by length and commas, class and id names add or subtract weight, link-dense blocks lose;
/// the best block takes its siblings that score well, and the result is cleaned of forms, share bars
/// and link lists. News-site noise that Readability does not know about (comment forms, vote and
/// reaction widgets, newsletter prompts, cookie banners) is recognised by name as unlikely content.
class ContentExtractor
{
public:
    /// title: the page's title as the metadata found it, so a heading repeating it can be dropped.
    /// It works on the page itself and leaves it changed (the article assembled in its body, scripts and
    /// comments gone), so read what else is wanted from the page first.
    static ExtractedContent extract(HtmlDocument &document, const QString &title);
};

} // namespace Newsdesk
