#pragma once

#include "ImportTypes.h"
#include "ImportWriter.h"
#include "UrlFetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>

namespace Newsdesk {

/// One thing to import: a file or folder, a URL, or data already in hand (a drop, a paste).
struct ImportInput
{
    QString path;        ///< A file or a folder.
    QUrl url;            ///< http(s), fetched.
    ImportSource source; ///< Data in hand, used when path and url are empty.

    static ImportInput file(const QString &path) { return {path, {}, {}}; }
    static ImportInput fromUrl(const QUrl &url) { return {{}, url, {}}; }
    static ImportInput data(const ImportSource &source) { return {{}, {}, source}; }
    QString displayName() const;
};

/// What happened to one input: the report a curator opens after an import.
struct ImportReportEntry
{
    enum class Outcome { Imported, Duplicate, Failed, Cancelled };
    QString input;
    QString format;
    Outcome outcome = Outcome::Imported;
    QString message;           ///< Why it failed, translated.
    QStringList issues;        ///< What went wrong without stopping it.
    QList<ImportedItem> items; ///< One per article found in the input.
    std::optional<ImportedBundle> bundle; ///< The bundle of a Newsdesk export, as it came in.
};

struct ImportReport
{
    QList<ImportReportEntry> entries;
    int articlesImported = 0;
    int duplicates = 0;
    int copies = 0;
    int failed = 0;
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

/// Imports files, folders and URLs into a library in the background: extraction on a thread pool,
/// writes batched in transactions on the job's own connection to the library, progress with a rate and
/// the time left, and cancellation between any two inputs. One input that fails never stops the rest,
/// and never half-lands: each input's articles are written in a savepoint of their own.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool recursive = true; ///< Folders with their subfolders.
        int batchSize = 64;    ///< Inputs written per transaction.
        int threads = 0;       ///< Extraction threads; 0 for one per core.
        UrlFetchOptions fetch;
    };

    ImportJob(const QString &libraryPath, const QList<ImportInput> &inputs, QObject *parent = nullptr);
    ImportJob(const QString &libraryPath, const QList<ImportInput> &inputs, const Options &options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    /// Runs the import on a thread of its own and returns at once; finished() follows.
    void start();
    /// Runs the import in the calling thread (the CLI) and returns its report.
    ImportReport run();
    /// Stops after the inputs being read now; safe from any thread.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void progress(int done, int total, double perSecond, int secondsLeft);
    /// New articles committed to the library, for a window on the same file to show them.
    void articlesWritten(const QList<qint64> &ids);
    void entryFinished(const Newsdesk::ImportReportEntry &entry);
    void finished(const Newsdesk::ImportReport &report);

private:
    QString m_libraryPath;
    QList<ImportInput> m_inputs;
    Options m_options;
    std::atomic<bool> m_cancelled = false;
    QThread *m_thread = nullptr;
};

/// Translated one-line summaries for reports.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportText)
public:
    static QString summary(const ImportReport &report);
    static QString outcome(const ImportReportEntry &entry);
};

} // namespace Newsdesk

Q_DECLARE_METATYPE(Newsdesk::ImportReport)
Q_DECLARE_METATYPE(Newsdesk::ImportReportEntry)
