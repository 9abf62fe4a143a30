#pragma once

#include "ImportTypes.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Newsdesk {

class Library;

/// What became of one extracted article in the library.
struct ImportedItem
{
    enum class Kind {
        Imported,  ///< A new article.
        Duplicate, ///< Already in the library (same guid, canonical URL, URL or text): not imported again.
        Copy,      ///< Another site's copy of a story in the library: imported and linked to it.
    };
    Kind kind = Kind::Imported;
    qint64 articleId = 0; ///< The new article, or for a duplicate the one already there.
    qint64 relatedId = 0; ///< For a copy, the article it copies.
    QString title;
};

/// What became of the bundle that came with a Newsdesk export.
struct ImportedBundle
{
    qint64 id = 0;    ///< The bundle added, or the one already there with the same content.
    QString name;     ///< Its name in this library.
    bool added = false;
    bool renamed = false; ///< Added under another name: the file's name was taken by other content.
};

/// Writes extracted articles into a library: exact duplicates are recognised and skipped, near-duplicates
/// (the same wire story from another site) are linked to the article first seen, comments come along
/// as pending comments. What another Newsdesk library exported (app/exporting/BundleJson.h) comes back as
/// it was: topics with their place and origin, comments with their status and threads, other sources,
/// status and note. Curation (status, note, topics) of articles already there is never touched.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportWriter)

public:
    /// Writes one source's articles inside a savepoint of the caller's transaction (or a transaction of
    /// their own): they all land, or none of them does.
    static Result<QList<ImportedItem>> write(Library &library, const QList<ExtractedArticle> &articles);
    /// The same for everything one source gave: its articles, then the bundle that came with them (a
    /// Newsdesk export), referring to the articles already there where they were duplicates. A bundle
    /// whose name is taken by other content comes in under a free name; an identical one is not added.
    static Result<QList<ImportedItem>> write(Library &library, const ImportOutcome &outcome,
                                             std::optional<ImportedBundle> *bundle = nullptr);

    /// Fingerprints an article already stored and links it to the article it repeats, if any; returns
    /// that article's id, or 0. Every way an article enters the library goes through this.
    static Result<qint64> recogniseStory(Library &library, qint64 articleId, const QString &bodyText);
};

} // namespace Newsdesk
