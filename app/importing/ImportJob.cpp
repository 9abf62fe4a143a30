#include "ImportJob.h"

#include "HtmlDocument.h"
#include "ImportFormats.h"
#include "core/BackgroundWork.h"
#include "core/Sentences.h"
#include "library/Library.h"
#include "tagging/TopicTagging.h"

#include <QDir>
#include <QFileInfo>
#include <QQueue>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <cmath>

namespace Newsdesk {

namespace {

/// The longest an import keeps the library's write lock: a curator's edit in the window (or any other
/// program's write) waits for it, on the window's thread. A batch is written in as many transactions as
/// this needs.
constexpr qint64 MaxWriteLockMs = 100;
/// How long the import leaves the write lock free after each commit, so that a writer waiting for it
/// (Library tries every millisecond) gets in before the import's next transaction takes it again.
constexpr unsigned long WriteYieldMs = 3;

/// One input read: its name, what the importer made of it, or why it could not be read.
struct Extraction
{
    QString input;
    Result<ImportOutcome> outcome = Error{Error::Code::Failed, QString()};
};

Extraction extract(const ImportInput &input, const UrlFetchOptions &fetchOptions,
                   const std::atomic<bool> &cancelled)
{
    Extraction extraction;
    extraction.input = input.displayName();
    if (cancelled) {
        extraction.outcome = Error{Error::Code::Failed, ImportText::tr("Cancelled.")};
        return extraction;
    }
    Result<ImportSource> source = Error{Error::Code::Failed, QString()};
    if (!input.path.isEmpty())
        source = ImportFormats::loadFile(input.path);
    else if (!input.url.isEmpty())
        source =
            UrlFetcher::fetchBlocking(input.url, fetchOptions, [&cancelled]() { return bool(cancelled); });
    else
        source = input.source;
    extraction.outcome = source ? ImportFormats::read(*source) : Result<ImportOutcome>(source.error());
    return extraction;
}

} // namespace

QString ImportInput::displayName() const
{
    if (!path.isEmpty())
        return QDir::toNativeSeparators(path);
    if (!url.isEmpty())
        return url.toString();
    return source.name;
}

ImportJob::ImportJob(const QString &libraryPath, const QList<ImportInput> &inputs, QObject *parent)
    : ImportJob(libraryPath, inputs, Options(), parent)
{
}

ImportJob::ImportJob(const QString &libraryPath, const QList<ImportInput> &inputs, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_inputs(inputs)
    , m_options(options)
{
    HtmlDocument::initialiseParser(); // in the creating thread, before the pool's threads parse
    qRegisterMetaType<Newsdesk::ImportReport>();
    qRegisterMetaType<Newsdesk::ImportReportEntry>();
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ImportJob::start()
{
    m_thread = QThread::create([this]() {
        // Behind a window: the extraction threads this one starts inherit the lower priority.
        lowerCurrentThreadPriority();
        run();
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this]() { m_thread = nullptr; });
    m_thread->start(QThread::LowPriority);
}

ImportReport ImportJob::run()
{
    QElapsedTimer clock;
    clock.start();
    ImportReport report;
    const auto finish = [&]() {
        report.cancelled = m_cancelled;
        report.elapsedMs = clock.elapsed();
        emit finished(report);
        return report;
    };

    // Folders become their files now, so the total is known before anything is read.
    QQueue<ImportInput> queue;
    for (const ImportInput &input : std::as_const(m_inputs)) {
        if (!input.path.isEmpty() && QFileInfo(input.path).isDir()) {
            const QStringList files = ImportFormats::filesIn(input.path, m_options.recursive);
            for (const QString &file : files)
                queue.enqueue(ImportInput::file(file));
            if (files.isEmpty()) {
                ImportReportEntry entry;
                entry.input = input.displayName();
                entry.outcome = ImportReportEntry::Outcome::Failed;
                entry.message = ImportText::tr("The folder holds no pages, text files or feeds.");
                report.entries << entry;
                ++report.failed;
            }
        } else {
            queue.enqueue(input);
        }
    }
    int total = int(queue.size());

    // Each import has its own connection: the window's stays free for the curator.
    auto opened = Library::open(m_libraryPath);
    if (!opened) {
        ImportReportEntry entry;
        entry.input = QDir::toNativeSeparators(m_libraryPath);
        entry.outcome = ImportReportEntry::Outcome::Failed;
        entry.message = opened.errorString();
        report.entries << entry;
        ++report.failed;
        return finish();
    }
    Library &library = **opened;
    // The topics' rules tag what comes in; compiled once for the whole import.
    auto rules = RuleTagger::load(library);
    if (!rules) {
        ImportReportEntry entry;
        entry.input = QDir::toNativeSeparators(m_libraryPath);
        entry.issues << ImportText::tr("Topic rules were not applied: %1").arg(rules.errorString());
        report.entries.append(entry);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    const UrlFetchOptions fetchOptions = m_options.fetch;
    const auto startBatch = [&]() {
        QList<ImportInput> batch;
        while (!queue.isEmpty() && batch.size() < m_options.batchSize)
            batch << queue.dequeue();
        return QtConcurrent::mapped(&pool, batch, [this, fetchOptions](const ImportInput &input) {
            return extract(input, fetchOptions, m_cancelled);
        });
    };

    int done = 0;
    // While one batch is written, the next is already being read.
    QFuture<Extraction> reading = startBatch();
    for (;;) {
        reading.waitForFinished();
        const QList<Extraction> extracted = reading.results();
        const bool more = !queue.isEmpty() && !m_cancelled;
        if (more)
            reading = startBatch();

        for (qsizetype next = 0; next < extracted.size();) {
            const qsizetype first = next;
            QList<qint64> written;
            QList<ImportReportEntry> entries;
            QElapsedTimer holdingLock;
            const Status batch = library.transaction([&]() -> Status {
                holdingLock.start();
                for (; next < extracted.size(); ++next) {
                    if (next > first && holdingLock.elapsed() >= MaxWriteLockMs)
                        break; // the rest in the next transaction
                    const Extraction &extraction = extracted.at(next);
                    ImportReportEntry entry;
                    entry.input = extraction.input;
                    if (!extraction.outcome) {
                        entry.outcome = m_cancelled ? ImportReportEntry::Outcome::Cancelled
                                                    : ImportReportEntry::Outcome::Failed;
                        entry.message = extraction.outcome.errorString();
                        entries << entry;
                        continue;
                    }
                    const ImportOutcome &outcome = *extraction.outcome;
                    entry.format = outcome.format;
                    entry.issues = outcome.issues;
                    for (const ExtractedArticle &article : outcome.articles)
                        entry.issues << article.issues;
                    // An OPML list's feeds join the queue.
                    for (const QUrl &feed : outcome.followUps) {
                        queue.enqueue(ImportInput::fromUrl(feed));
                        ++total;
                    }
                    auto items = ImportWriter::write(library, outcome, &entry.bundle);
                    if (!items) {
                        entry.outcome = ImportReportEntry::Outcome::Failed;
                        entry.message = items.errorString();
                    } else {
                        entry.items = *items;
                        bool anyNew = false;
                        for (const ImportedItem &item : *items)
                            if (item.kind != ImportedItem::Kind::Duplicate) {
                                written << item.articleId;
                                anyNew = true;
                            }
                        const bool bundleAdded = entry.bundle && entry.bundle->added;
                        entry.outcome = anyNew || bundleAdded || items->isEmpty()
                                            ? ImportReportEntry::Outcome::Imported
                                            : ImportReportEntry::Outcome::Duplicate;
                        if (outcome.articles.isEmpty() && outcome.followUps.isEmpty())
                            entry.issues << ImportText::tr("No articles were found in it.");
                    }
                    entries << entry;
                }
                // Tagged in the same transaction: a crash between two transactions left articles in the
                // library untagged, and a second import skips them as duplicates. A failure of the rules
                // alone (a savepoint) still lets the articles in.
                const auto applyRules = [&]() -> Status {
                    if (auto hits = rules->apply(library, written, false); !hits)
                        return hits.error();
                    return {};
                };
                if (rules && !written.isEmpty())
                    if (const Status tagged = library.savepoint(applyRules); !tagged && !entries.isEmpty())
                        entries.last().issues
                            << ImportText::tr("Topic rules were not applied: %1").arg(tagged.errorString());
                return {};
            });
            if (!batch && next == first) {
                // The transaction did not even begin (another program kept the library locked): the rest of
                // the batch fails with that reason rather than being tried again and again.
                for (; next < extracted.size(); ++next) {
                    ImportReportEntry entry;
                    entry.input = extracted.at(next).input;
                    entries << entry;
                }
            }
            if (!batch) {
                // The whole transaction failed to commit (the disk is full, say): none of it landed.
                for (ImportReportEntry &entry : entries) {
                    entry.outcome = ImportReportEntry::Outcome::Failed;
                    entry.message = batch.errorString();
                    entry.items.clear();
                    entry.bundle.reset();
                }
                written.clear();
            }
            for (const ImportReportEntry &entry : std::as_const(entries)) {
                switch (entry.outcome) {
                case ImportReportEntry::Outcome::Imported:
                    for (const ImportedItem &item : entry.items) {
                        report.articlesImported += item.kind == ImportedItem::Kind::Duplicate ? 0 : 1;
                        report.duplicates += item.kind == ImportedItem::Kind::Duplicate ? 1 : 0;
                        report.copies += item.kind == ImportedItem::Kind::Copy ? 1 : 0;
                    }
                    break;
                case ImportReportEntry::Outcome::Duplicate:
                    report.duplicates += int(entry.items.size());
                    break;
                case ImportReportEntry::Outcome::Failed:
                    ++report.failed;
                    break;
                case ImportReportEntry::Outcome::Cancelled:
                    break;
                }
                report.entries << entry;
                emit entryFinished(entry);
            }
            if (!written.isEmpty())
                emit articlesWritten(written);
            QThread::msleep(WriteYieldMs);
        }
        done += int(extracted.size());
        const double seconds = std::max(0.001, clock.elapsed() / 1000.0);
        const double rate = done / seconds;
        const int left = rate > 0 ? int(std::ceil((total - done) / rate)) : 0;
        emit progress(done, total, rate, left);
        if (!more) {
            if (queue.isEmpty() || m_cancelled)
                break;
            reading = startBatch();
        }
    }
    // Whatever was never read is reported as cancelled, so the report accounts for every input.
    while (!queue.isEmpty()) {
        ImportReportEntry entry;
        entry.input = queue.dequeue().displayName();
        entry.outcome = ImportReportEntry::Outcome::Cancelled;
        entry.message = ImportText::tr("Cancelled.");
        report.entries << entry;
    }
    return finish();
}

// Summaries are a few whole sentences, each translated as one, never a sentence assembled from clauses.
QString ImportText::summary(const ImportReport &report)
{
    QStringList sentences{tr("%n article(s) imported.", nullptr, report.articlesImported)};
    if (report.copies > 0)
        sentences << tr("%n article(s) linked to a story already here from another site.", nullptr,
                        report.copies);
    if (report.duplicates > 0)
        sentences << tr("%n duplicate(s) skipped.", nullptr, report.duplicates);
    if (report.failed > 0)
        sentences << tr("%n input(s) failed.", nullptr, report.failed);
    if (report.cancelled)
        sentences << tr("The import was cancelled.");
    return Sentences::joined(sentences);
}

QString ImportText::outcome(const ImportReportEntry &entry)
{
    switch (entry.outcome) {
    case ImportReportEntry::Outcome::Imported: {
        int copies = 0;
        int duplicates = 0;
        for (const ImportedItem &item : entry.items) {
            copies += item.kind == ImportedItem::Kind::Copy ? 1 : 0;
            duplicates += item.kind == ImportedItem::Kind::Duplicate ? 1 : 0;
        }
        QStringList sentences{tr("%n article(s) imported.", nullptr, int(entry.items.size()) - duplicates)};
        if (copies > 0)
            sentences << tr("%n article(s) linked to a story already here from another site.", nullptr,
                            copies);
        if (duplicates > 0)
            sentences << tr("%n article(s) already in the library.", nullptr, duplicates);
        if (entry.bundle && entry.bundle->added)
            sentences << (entry.bundle->renamed
                              ? tr("The bundle was added as “%1” because its name was taken.")
                                    .arg(entry.bundle->name)
                              : tr("The bundle “%1” was added.").arg(entry.bundle->name));
        return Sentences::joined(sentences);
    }
    case ImportReportEntry::Outcome::Duplicate:
        return entry.items.size() == 1
                   ? tr("Already in the library as article %1.").arg(entry.items.first().articleId)
                   : tr("Already in the library.");
    case ImportReportEntry::Outcome::Failed:
        //: An input of an import failed; %1 is the reason, a whole sentence.
        return tr("Failed: %1").arg(entry.message);
    case ImportReportEntry::Outcome::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

} // namespace Newsdesk
