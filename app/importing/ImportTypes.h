#pragma once

#include "core/Article.h"
#include "core/Bundle.h"
#include "core/Comment.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Newsdesk {

/// One input to import: its bytes and what is known about them before reading.
struct ImportSource
{
    QString name;            ///< What the curator gave: a file path or a URL, for messages and reports.
    QByteArray data;         ///< The raw bytes, undecoded.
    QUrl url;                ///< Where the bytes came from (file:// or http(s)://); links resolve against it.
    QString contentType;     ///< MIME type from the HTTP header or the file name, lower case, no parameters.
    QString declaredCharset; ///< Charset from the HTTP header or the caller, empty when none was declared.
};

/// A reader comment found on a page or in a feed.
struct ExtractedComment
{
    QString author;
    QString authorUrl;
    QDateTime postedAt;
    QString text;
    QList<ExtractedComment> replies;

    // What a Newsdesk bundle export adds (app/exporting/BundleJson.h): comments come flat, threaded by ids.
    QString externalId;       ///< Its id in the file: a second import recognises it by this.
    QString parentExternalId; ///< The externalId of the comment it replies to, earlier in the same list.
    QString html;             ///< Sanitised body HTML; text is then its plain text.
    std::optional<CommentStatus> status; ///< The status it was exported with; pending when unset.
};

/// A topic placed on an article by another Newsdesk library: found by its path on import, or created.
struct ExtractedTopic
{
    QString name;
    QString path; ///< Parents first, '/' between, ending with the name.
    QString code;
    QString colour;
    TagOrigin origin = TagOrigin::Manual;
};

/// An image that came with a page (a saved page's _files folder, an MHTML part).
struct ExtractedResource
{
    QUrl url; ///< As the page refers to it.
    QString contentType;
    QByteArray data;
};

/// What an importer read from one item: the article fields plus what has no column (yet).
struct ExtractedArticle
{
    Article article; ///< bodyHtml as found (the pipeline sanitises it), bodyText, metadata
    QString siteName;
    QString guid;                       ///< A feed item's guid/id, the key it is matched on when read again.
    QMap<QString, QStringList> credits; ///< "reporting", "writing", "editing", "additional reporting"…
    QList<ExtractedComment> comments;
    QList<ExtractedResource> resources;
    QStringList topics; ///< Topic names the source gives (a JSON Feed item's tags): confirmed on import.
    QList<ExtractedTopic> placedTopics; ///< Topics with their place and origin (a Newsdesk export).
    QList<StoryAlternate> otherSources; ///< Where else the story ran (a Newsdesk export).
    bool keepsCuration = false; ///< article.status and article.note come from the source (a Newsdesk export).
    QStringList issues;         ///< Problems that did not stop the import (translated sentences).
    bool bodySanitized = false; ///< The importer already passed bodyHtml through HtmlSanitizer.
};

/// A bundle that came with the articles (a Newsdesk export): recreated once they are in the library.
struct ExtractedBundle
{
    Bundle bundle;             ///< Its article entries' articleId are not set yet: see articleIndexes.
    QList<int> articleIndexes; ///< Per entry, its article's index in ImportOutcome::articles; -1: a section.
};

/// What reading one source gives: articles, and sources to read next (an OPML list's feeds).
struct ImportOutcome
{
    QString format; ///< Which importer read it, e.g. "RSS 2.0", "HTML page", "plain text".
    QList<ExtractedArticle> articles;
    std::optional<ExtractedBundle> bundle;
    QList<QUrl> followUps;
    QStringList issues;
};

} // namespace Newsdesk
