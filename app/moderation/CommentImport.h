#pragma once

#include "CommentReader.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Newsdesk {

class Library;

/// How to import a comment file.
struct CommentImportOptions : CommentReadOptions
{
    QString format; ///< a CommentReader::key() to force a format; empty: sniffed from the content
};

/// What importing one file did. Every comment the file holds is counted once: added, already there or
/// skipped (with the reason).
struct CommentImportReport
{
    QString file;
    QString format;
    int added = 0;
    int alreadyThere = 0;       ///< imported before (the same external id on the same article)
    QMap<QString, int> skipped; ///< translated reason → how many
    QStringList issues;         ///< translated sentences, for the curator's import report
    QList<qint64> addedIds;

    int skippedCount() const;
};

/// Brings the comments of a WordPress export, a Disqus export, a CSV or a JSON file into the library:
/// each comment goes to the article its file names (by address, feed guid or id), replies to their
/// parent, and the whole file in one transaction — all of it or, on a failure, nothing.
///
/// Comments whose article is not in the library are skipped with one issue per article; a comment
/// imported before (same external id, e.g. "wxr:123", on the same article) is counted, not added again;
/// a reply whose parent is not in the file but was imported before is linked to it.
class CommentImport
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommentImport)

public:
    /// Larger files are refused before they are read.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    explicit CommentImport(Library &library);

    Result<CommentImportReport> importFile(const QString &path, const CommentImportOptions &options = {});
    /// Imports bytes that came from elsewhere; name is for messages and picks nothing but a tie.
    Result<CommentImportReport> importData(const QByteArray &data, const QString &name,
                                           const CommentImportOptions &options = {});

    /// Reads bytes in the format forced or recognised, without a library (a preview, tests).
    static Result<CommentFile> read(const QByteArray &data, const QString &name,
                                    const CommentImportOptions &options = {});

private:
    /// The library article a reference names, if any; cached for the whole import.
    Result<std::optional<qint64>> findArticle(const CommentArticleRef &ref);

    Library &m_library;
    QHash<QString, std::optional<qint64>> m_articles;
};

} // namespace Newsdesk
