#pragma once

#include "Importer.h"

#include <QCoreApplication>

#include <memory>

namespace Newsdesk {

/// Every format Newsdesk imports, and the steps every imported article goes through whatever its
/// format: the body sanitised, its text kept for search, its language guessed when undeclared.
class ImportFormats
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportFormats)

public:
    /// Larger inputs are refused before they are read: no article page or feed comes near this.
    static constexpr qint64 MaxSourceBytes = 64 * 1024 * 1024;

    /// The importers, the most particular first (OPML and feeds before pages, pages before text).
    static const std::vector<std::unique_ptr<Importer>> &importers();

    /// Reads a file into a source: its bytes, its file:// URL, a content type from its name.
    static Result<ImportSource> loadFile(const QString &path);
    /// The importable files in a folder (and its subfolders when recursive), sorted by path.
    static QStringList filesIn(const QString &folder, bool recursive);

    /// Reads a source with the first importer that recognises it, then finishes every article.
    static Result<ImportOutcome> read(const ImportSource &source);
    /// The common last steps for one article; baseUrl resolves what the body links to.
    static void finish(ExtractedArticle &extracted, const QUrl &baseUrl);
};

} // namespace Newsdesk
