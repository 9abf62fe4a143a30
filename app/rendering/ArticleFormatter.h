#pragma once

#include "core/Article.h"
#include "core/Comment.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace Newsdesk {

class Library;

/// One of the article's topics as a chip: its name in its colour.
struct TopicChip
{
    QString name;
    QString colour; ///< "#rrggbb" or empty; anything else is ignored
};

/// Where else the same story ran: a linked copy from another site, or one merged into the article.
struct OtherSource
{
    QString source;
    QString title;
    QString url;
    bool merged = false;
};

/// Everything the reader and the HTML export show of one article, gathered from the library.
struct ArticleContent
{
    Article article;
    QList<TopicChip> topics;
    QList<OtherSource> otherSources; ///< copies kept apart (different stories) are not among them
    QList<Comment> comments;         ///< every status: the formatter picks what to show

    /// The article with its topics, other sources and comments.
    static Result<ArticleContent> load(Library &library, qint64 articleId);
    /// The same for an article already read.
    static ArticleContent gather(Library &library, const Article &article);
};

/// Which colours the page uses.
enum class ColorScheme {
    Auto,  ///< light, or dark where the reader's browser prefers it (prefers-color-scheme): the export
    Light, ///< chosen by the application from its palette: Qt WebEngine 6.4 does not follow it
    Dark,
};

/// How the images kept with an article (stored as data: URLs in its body) are referred to.
enum class EmbeddedImages {
    Inline,      ///< left as data: URLs: one self-contained file
    AssetScheme, ///< lifted out into FormattedArticle::images and linked as newsdesk-asset: URLs
};

struct ArticleFormatOptions
{
    QLocale locale;                                   ///< for dates and the page's own words
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< dates are shown in it
    bool includePendingComments = false;              ///< approved comments only unless moderating
    bool allowRemoteImages = false; ///< otherwise remote images are left out, with a placeholder
    ColorScheme colorScheme = ColorScheme::Auto;
    EmbeddedImages embeddedImages = EmbeddedImages::Inline;
    QString idPrefix; ///< put before the page's element ids, so several articles can share one page
};

/// An image kept with the article, decoded.
struct EmbeddedImage
{
    QByteArray mimeType; ///< image/png, image/jpeg, image/gif or image/webp
    QByteArray data;
};

struct FormattedArticle
{
    QString html;                ///< a complete HTML5 document
    QString fragment;            ///< its <body> contents: what a bundle export puts on its own pages
    QList<EmbeddedImage> images; ///< with EmbeddedImages::AssetScheme: image n is at imageUrl(id, n)
    int blockedRemoteImages = 0; ///< remote images left out because they were not allowed
};

/// The one place article HTML is made, for the reader and the HTML export alike, so that what the
/// curator reads is what gets published. The document is safe to show anywhere: every text is escaped,
/// the body and comments pass the import sanitizer again, links are http(s) or mailto only, there is
/// no script, and a Content-Security-Policy forbids scripts and every request but the images allowed.
class ArticleFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleFormatter)

public:
    ArticleFormatter() = delete;

    /// The scheme the reader serves kept images (and its document) under.
    static constexpr QLatin1StringView AssetScheme{"newsdesk-asset"};

    static FormattedArticle format(const ArticleContent &content, const ArticleFormatOptions &options = {});

    /// Where image index of article articleId is served with EmbeddedImages::AssetScheme.
    static QUrl imageUrl(qint64 articleId, int index);
    /// The Content-Security-Policy of a formatted page.
    static QString contentSecurityPolicy(bool allowRemoteImages);
    /// Whether text in this language (a BCP 47 tag: "ar", "fa-IR", "ku-Arab") runs right to left.
    static bool isRightToLeft(const QString &language);
    /// address if it is an http(s) URL (encoded, not escaped), else empty: what exports may link to.
    static QString webAddress(const QString &address);
    /// A BCP 47 tag fit for a lang attribute ("pt_BR" → "pt-BR"), or empty.
    static QString languageTag(const QString &language);
    /// The style sheet of a formatted page (light/dark as the scheme says, and print).
    static QString styleSheet(ColorScheme scheme);
    /// The page background of a scheme ("#rrggbb"), so a view can paint it before the page arrives.
    static QString backgroundColor(ColorScheme scheme);
};

} // namespace Newsdesk
