#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Newsdesk {

/// What a bundle's exports carry besides the articles themselves.
struct BundleOptions
{
    bool topics = true;
    bool comments = true; ///< approved comments only, always: never pending, spam or rejected ones
    bool images = true;
    bool sourceLinks = true;

    bool operator==(const BundleOptions &) const = default;
};

/// One entry of a bundle: an article with the curator's blurb, or a section heading grouping the
/// articles that follow it.
struct BundleEntry
{
    qint64 articleId = 0; ///< 0 for a section heading
    QString heading;      ///< the section's heading; empty for an article
    QString blurb;        ///< the curator's words on the article, plain text

    bool isSection() const { return articleId == 0; }
    static BundleEntry section(const QString &heading) { return {0, heading, {}}; }
    static BundleEntry article(qint64 id, const QString &blurb = {}) { return {id, {}, blurb}; }

    bool operator==(const BundleEntry &) const = default;
};

/// A named, ordered selection of articles with the curator's words, ready to publish.
struct Bundle
{
    qint64 id = 0;
    QString name;  ///< unique in the library (ignoring case): how the window and the CLI find it
    QString title; ///< what readers see; the name when empty
    QString intro; ///< plain text; a blank line separates paragraphs
    BundleOptions options;
    QString savedSearch; ///< search text (as typed in the window) that can fill the bundle
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<BundleEntry> entries;

    QString displayTitle() const { return title.isEmpty() ? name : title; }
    QList<qint64> articleIds() const
    {
        QList<qint64> ids;
        for (const BundleEntry &entry : entries)
            if (!entry.isSection())
                ids << entry.articleId;
        return ids;
    }
    /// Equal content, ignoring the id and times: what undo and the round trip compare.
    bool sameContent(const Bundle &other) const
    {
        return name == other.name && title == other.title && intro == other.intro && options == other.options
               && savedSearch == other.savedSearch && entries == other.entries;
    }
};

/// A line of the bundles list.
struct BundleSummary
{
    qint64 id = 0;
    QString name;
    QString title;
    int articleCount = 0;
    QDateTime updatedAt;
};

} // namespace Newsdesk
