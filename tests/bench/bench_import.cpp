// newsdesk-bench-import: how fast Newsdesk reads pages. Two figures, each against a baseline measured in
// the same command:
//
//  1. Extraction on one core: ImportFormats::read over the readability corpus (every */source.html, read
//     into memory first), in the main thread only, in pages/s and MB/s, with the per-page p95. Baseline:
//     HtmlDocument::parse alone (libxml2) over the same pages.
//  2. End to end: ImportJob::run on 2 threads over N generated news pages (10,000 by default) into a
//     fresh library. Baseline: listing and reading the same N files (ImportFormats::loadFile).
//
// Targets (issue): >= 200 pages/s extraction on one core (the peers measured here run at 6 to 30 pages/s),
// >= 150 pages/s end to end. Medians are quoted; ratios are Newsdesk time / baseline time.
//
// A benchmark, not a test: it prints figures and exits 0 whether or not the targets are met; it fails only
// when something cannot run. Build it Release to quote it.

#include "BenchRun.h"
#include "BenchStats.h"
#include "NewsPages.h"
#include "SyntheticCorpus.h"

#include "core/Result.h"
#include "importing/HtmlDocument.h"
#include "importing/ImportFormats.h"
#include "importing/ImportJob.h"
#include "importing/TextDecoder.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <numeric>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

constexpr double ExtractionTargetPagesPerSecond = 200;
constexpr double EndToEndTargetPagesPerSecond = 150;
/// How many of the slowest corpus pages the report names.
constexpr int SlowestShown = 8;

// ---------------------------------------------------------------------------------------------------
// 1. Extraction on one core

/// One pass over every page: the time of each, of the whole, and what came of it.
struct Pass
{
    qint64 wallNs = 0;
    qint64 threadCpuNs = 0;
    qint64 processCpuNs = 0;
    QList<qint64> pageNs;
    int failed = 0;
    int articles = 0;
    QStringList failures;
};

template <typename Work> Pass timePass(const QList<CorpusPage> &pages, Work work)
{
    Pass pass;
    pass.pageNs.reserve(pages.size());
    QElapsedTimer page;
    const Stopwatch whole;
    for (const CorpusPage &corpusPage : pages) {
        page.start();
        work(corpusPage, pass); // the result is destroyed inside, so freeing it is counted too
        pass.pageNs << page.nsecsElapsed();
    }
    pass.wallNs = whole.wallNs();
    pass.threadCpuNs = whole.threadNs();
    pass.processCpuNs = whole.processNs();
    return pass;
}

Pass extractAll(const QList<CorpusPage> &pages)
{
    return timePass(pages, [](const CorpusPage &page, Pass &pass) {
        const Result<ImportOutcome> outcome = ImportFormats::read(page.source);
        if (!outcome) {
            ++pass.failed;
            pass.failures << page.source.name + QStringLiteral(": ") + outcome.errorString();
            return;
        }
        pass.articles += int(outcome->articles.size());
    });
}

Pass parseAll(const QList<CorpusPage> &pages)
{
    return timePass(pages, [](const CorpusPage &page, Pass &pass) {
        const Result<HtmlDocument> document = HtmlDocument::parse(page.utf8, page.source.url);
        if (!document) {
            ++pass.failed;
            pass.failures << page.source.name + QStringLiteral(": ") + document.errorString();
        }
    });
}

double perSecond(double count, qint64 ns)
{
    return ns > 0 ? count / (double(ns) / 1e9) : 0;
}

/// Per-run throughput of a list of passes.
QJsonObject throughput(const QList<Pass> &passes, int pages, qint64 bytes)
{
    QList<double> pagesPerSecond;
    QList<double> megabytesPerSecond;
    QList<double> seconds;
    QList<double> cpuPagesPerSecond;
    for (const Pass &pass : passes) {
        pagesPerSecond << perSecond(pages, pass.wallNs);
        megabytesPerSecond << perSecond(double(bytes) / 1e6, pass.wallNs);
        seconds << double(pass.wallNs) / 1e9;
        if (pass.threadCpuNs > 0)
            cpuPagesPerSecond << perSecond(pages, pass.threadCpuNs);
    }
    const Summary pps = summarise(pagesPerSecond);
    const Summary time = summarise(seconds);
    return QJsonObject{
        {QStringLiteral("pagesPerSecond"), toJson(pagesPerSecond)},
        {QStringLiteral("megabytesPerSecond"), toJson(megabytesPerSecond)},
        {QStringLiteral("seconds"), toJson(seconds)},
        {QStringLiteral("medianPagesPerSecond"), pps.median},
        {QStringLiteral("minPagesPerSecond"), pps.min},
        {QStringLiteral("maxPagesPerSecond"), pps.max},
        {QStringLiteral("medianMegabytesPerSecond"), summarise(megabytesPerSecond).median},
        {QStringLiteral("medianSeconds"), time.median},
        {QStringLiteral("medianCpuPagesPerSecond"), summarise(cpuPagesPerSecond).median},
    };
}

QJsonObject latency(const QList<Pass> &passes)
{
    QList<double> ms;
    for (const Pass &pass : passes)
        for (const qint64 ns : pass.pageNs)
            ms << double(ns) / 1e6;
    const Summary summary = summarise(ms);
    return QJsonObject{{QStringLiteral("medianMs"), summary.median},
                       {QStringLiteral("p95Ms"), summary.p95},
                       {QStringLiteral("maxMs"), summary.max},
                       {QStringLiteral("samples"), summary.count}};
}

/// The median time of page i over the passes.
double pageMedianMs(const QList<Pass> &passes, qsizetype i)
{
    QList<double> ms;
    for (const Pass &pass : passes)
        ms << double(pass.pageNs.at(i)) / 1e6;
    return summarise(ms).median;
}

QJsonObject benchExtraction(const QString &folder, int runs)
{
    QJsonObject report{{QStringLiteral("corpus"), QDir::toNativeSeparators(folder)}};
    if (!QFileInfo(folder).isDir()) {
        report.insert(
            QStringLiteral("skipped"),
            QStringLiteral("the corpus folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
        return report;
    }
    qint64 bytes = 0;
    auto loaded = loadCorpus(folder, &bytes);
    if (!loaded) {
        report.insert(QStringLiteral("error"), loaded.errorString());
        return report;
    }
    const QList<CorpusPage> &pages = *loaded;
    if (pages.isEmpty()) {
        report.insert(QStringLiteral("skipped"),
                      QStringLiteral("no */source.html in %1").arg(QDir::toNativeSeparators(folder)));
        return report;
    }
    const int count = int(pages.size());
    err() << "newsdesk-bench-import: extraction, " << count << " pages (" << bytes / 1000 << " kB) from "
          << QDir::toNativeSeparators(folder) << Qt::endl;

    // One uncounted pass of each first: it builds the importers' static tables (regular expressions,
    // language profiles) that every later page reuses.
    const Pass warmRead = extractAll(pages);
    const Pass warmParse = parseAll(pages);
    QList<Pass> reads;
    QList<Pass> parses;
    for (int run = 0; run < runs; ++run) {
        reads << extractAll(pages);
        parses << parseAll(pages);
        err() << QStringLiteral("  run %1 / %2: read %3 pages/s, parse %4 pages/s")
                     .arg(run + 1)
                     .arg(runs)
                     .arg(perSecond(count, reads.last().wallNs), 0, 'f', 1)
                     .arg(perSecond(count, parses.last().wallNs), 0, 'f', 1)
              << Qt::endl;
    }

    const QJsonObject ours = throughput(reads, count, bytes);
    const QJsonObject baseline = throughput(parses, count, bytes);
    const double oursSeconds = ours.value(QLatin1String("medianSeconds")).toDouble();
    const double baseSeconds = baseline.value(QLatin1String("medianSeconds")).toDouble();

    // Where the time went: the pages that take longest, each against its own parse.
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    QList<double> readMs(count);
    for (qsizetype i = 0; i < count; ++i)
        readMs[i] = pageMedianMs(reads, i);
    std::stable_sort(order.begin(), order.end(),
                     [&readMs](qsizetype a, qsizetype b) { return readMs.at(a) > readMs.at(b); });
    QJsonArray slowest;
    double slowestShare = 0;
    const double totalMs = std::accumulate(readMs.cbegin(), readMs.cend(), 0.0);
    for (qsizetype i = 0; i < std::min<qsizetype>(SlowestShown, count); ++i) {
        const qsizetype page = order.at(i);
        const double parseMs = pageMedianMs(parses, page);
        slowestShare += totalMs > 0 ? readMs.at(page) / totalMs : 0;
        slowest.append(QJsonObject{{QStringLiteral("page"), pages.at(page).source.name},
                                   {QStringLiteral("bytes"), pages.at(page).source.data.size()},
                                   {QStringLiteral("readMs"), readMs.at(page)},
                                   {QStringLiteral("parseMs"), parseMs},
                                   {QStringLiteral("ratio"), parseMs > 0 ? readMs.at(page) / parseMs : 0}});
    }

    // On one core: the main thread's CPU time is the whole process's, and no more than the wall time.
    QList<double> threadShare;
    QList<double> cpuPerWall;
    for (const Pass &pass : reads) {
        if (pass.processCpuNs > 0)
            threadShare << double(pass.threadCpuNs) / double(pass.processCpuNs);
        if (pass.wallNs > 0 && pass.processCpuNs >= 0)
            cpuPerWall << double(pass.processCpuNs) / double(pass.wallNs);
    }

    QJsonArray failures;
    for (const QString &failure : std::as_const(reads.isEmpty() ? warmRead.failures : reads.first().failures))
        failures.append(failure);

    report.insert(QStringLiteral("pages"), count);
    report.insert(QStringLiteral("bytes"), bytes);
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("articles"), reads.isEmpty() ? warmRead.articles : reads.first().articles);
    report.insert(QStringLiteral("failed"), reads.isEmpty() ? warmRead.failed : reads.first().failed);
    report.insert(QStringLiteral("failures"), failures);
    report.insert(QStringLiteral("baselineFailed"),
                  parses.isEmpty() ? warmParse.failed : parses.first().failed);
    report.insert(QStringLiteral("warmUpSeconds"), double(warmRead.wallNs) / 1e9);
    report.insert(QStringLiteral("read"), ours);
    report.insert(QStringLiteral("parse"), baseline);
    report.insert(QStringLiteral("ratio"), baseSeconds > 0 ? oursSeconds / baseSeconds : 0);
    report.insert(QStringLiteral("readLatency"), latency(reads));
    report.insert(QStringLiteral("parseLatency"), latency(parses));
    report.insert(QStringLiteral("targetPagesPerSecond"), ExtractionTargetPagesPerSecond);
    report.insert(QStringLiteral("mainThreadShareOfCpu"), summarise(threadShare).median);
    report.insert(QStringLiteral("cpuPerWall"), summarise(cpuPerWall).median);
    report.insert(QStringLiteral("slowest"), slowest);
    report.insert(QStringLiteral("slowestShare"), slowestShare);
    return report;
}

// ---------------------------------------------------------------------------------------------------
// 2. End to end: generated news pages


qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

/// What one import left in its library, read after the clock stopped.
struct LibraryCheck
{
    qint64 articles = -1;
    qint64 comments = -1;
    qint64 words = -1;
};

LibraryCheck checkLibrary(const QString &path)
{
    LibraryCheck check;
    auto opened = Library::open(path);
    if (!opened)
        return check;
    QSqlQuery query((*opened)->database());
    if (query.exec(QStringLiteral("SELECT count(*), total(word_count) FROM articles")) && query.next()) {
        check.articles = query.value(0).toLongLong();
        check.words = qint64(query.value(1).toDouble());
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM comments")) && query.next())
        check.comments = query.value(0).toLongLong();
    return check;
}

QJsonObject benchEndToEnd(const QString &workFolder, int pageCount, int runs, int threads, int batchSize)
{
    QJsonObject report;
    const QString folder = QDir(workFolder).filePath(QStringLiteral("pages"));
    err() << "newsdesk-bench-import: generating " << pageCount << " pages into "
          << QDir::toNativeSeparators(folder) << Qt::endl;
    auto generated = generatePages(folder, pageCount);
    if (!generated) {
        report.insert(QStringLiteral("error"), generated.errorString());
        return report;
    }

    // Warms the page cache the same way for every run that follows.
    for (const QString &file : ImportFormats::filesIn(folder, true))
        (void)ImportFormats::loadFile(file);

    QList<double> jobSeconds;
    QList<double> jobPagesPerSecond;
    QList<double> readSeconds;
    QList<double> readPagesPerSecond;
    QList<double> importThreadCpu;
    QList<double> processCpu;
    QJsonArray perRun;
    ImportReport last;
    QString lastLibrary;
    qint64 libraryBytes = 0;
    qint64 walBytes = 0;
    LibraryCheck check;
    int readFailed = 0;
    for (int run = 0; run < runs; ++run) {
        // Baseline: list the folder and read every file, as the job's own first steps do.
        const Stopwatch reading;
        const QStringList files = ImportFormats::filesIn(folder, true);
        qint64 bytes = 0;
        readFailed = 0;
        for (const QString &file : files) {
            const Result<ImportSource> source = ImportFormats::loadFile(file);
            if (source)
                bytes += source->data.size();
            else
                ++readFailed;
        }
        const qint64 readNs = reading.wallNs();

        const QString library = QDir(workFolder).filePath(QStringLiteral("library-%1.sqlite").arg(run + 1));
        ImportJob::Options options;
        options.threads = threads;
        options.batchSize = batchSize;
        ImportJob job(library, {ImportInput::file(folder)}, options);
        const Stopwatch importing;
        const ImportReport imported = job.run();
        const qint64 jobNs = importing.wallNs();
        const qint64 jobThreadNs = importing.threadNs();
        const qint64 jobProcessNs = importing.processNs();

        readSeconds << double(readNs) / 1e9;
        readPagesPerSecond << perSecond(double(files.size()), readNs);
        jobSeconds << double(jobNs) / 1e9;
        jobPagesPerSecond << perSecond(pageCount, jobNs);
        importThreadCpu << double(jobThreadNs) / 1e9;
        processCpu << double(jobProcessNs) / 1e9;
        perRun.append(QJsonObject{{QStringLiteral("seconds"), double(jobNs) / 1e9},
                                  {QStringLiteral("pagesPerSecond"), perSecond(pageCount, jobNs)},
                                  {QStringLiteral("articlesImported"), imported.articlesImported},
                                  {QStringLiteral("duplicates"), imported.duplicates},
                                  {QStringLiteral("copies"), imported.copies},
                                  {QStringLiteral("failed"), imported.failed},
                                  {QStringLiteral("readSeconds"), double(readNs) / 1e9},
                                  {QStringLiteral("readBytes"), bytes},
                                  {QStringLiteral("importThreadCpuSeconds"), double(jobThreadNs) / 1e9},
                                  {QStringLiteral("processCpuSeconds"), double(jobProcessNs) / 1e9}});
        err() << QStringLiteral(
                     "  run %1 / %2: import %3 s = %4 pages/s (%5 imported, %6 failed); reading the "
                     "files %7 s")
                     .arg(run + 1)
                     .arg(runs)
                     .arg(double(jobNs) / 1e9, 0, 'f', 2)
                     .arg(perSecond(pageCount, jobNs), 0, 'f', 1)
                     .arg(imported.articlesImported)
                     .arg(imported.failed)
                     .arg(double(readNs) / 1e9, 0, 'f', 3)
              << Qt::endl;

        // The job closed its connection, so the WAL is checkpointed into the file by now.
        libraryBytes = fileSize(library);
        walBytes = fileSize(library + QStringLiteral("-wal"));
        if (run + 1 == runs)
            check = checkLibrary(library);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (run + 1 < runs)
                QFile::remove(library + suffix);
        last = imported;
        lastLibrary = library;
    }

    QJsonArray failures;
    for (const ImportReportEntry &entry : std::as_const(last.entries))
        if (entry.outcome == ImportReportEntry::Outcome::Failed && failures.size() < 10)
            failures.append(entry.input + QStringLiteral(": ") + entry.message);

    const Summary job = summarise(jobSeconds);
    const Summary read = summarise(readSeconds);
    const Summary jobRate = summarise(jobPagesPerSecond);
    report.insert(QStringLiteral("pages"), pageCount);
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("threads"), threads);
    report.insert(QStringLiteral("batchSize"), batchSize);
    report.insert(QStringLiteral("generated"),
                  QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                              {QStringLiteral("bytes"), generated->bytes},
                              {QStringLiteral("seconds"), generated->seconds},
                              {QStringLiteral("pagesWithComments"), generated->commentedPages},
                              {QStringLiteral("comments"), generated->comments},
                              {QStringLiteral("bodyWords"), generated->words}});
    report.insert(QStringLiteral("perRun"), perRun);
    report.insert(QStringLiteral("medianSeconds"), job.median);
    report.insert(QStringLiteral("medianPagesPerSecond"), jobRate.median);
    report.insert(QStringLiteral("minPagesPerSecond"), jobRate.min);
    report.insert(QStringLiteral("maxPagesPerSecond"), jobRate.max);
    report.insert(QStringLiteral("targetPagesPerSecond"), EndToEndTargetPagesPerSecond);
    report.insert(QStringLiteral("baselineMedianSeconds"), read.median);
    report.insert(QStringLiteral("baselineMedianPagesPerSecond"), summarise(readPagesPerSecond).median);
    report.insert(QStringLiteral("baselineFailed"), readFailed);
    report.insert(QStringLiteral("ratio"), read.median > 0 ? job.median / read.median : 0);
    report.insert(QStringLiteral("importThreadCpuMedianSeconds"), summarise(importThreadCpu).median);
    report.insert(QStringLiteral("processCpuMedianSeconds"), summarise(processCpu).median);
    report.insert(QStringLiteral("articlesImported"), last.articlesImported);
    report.insert(QStringLiteral("duplicates"), last.duplicates);
    report.insert(QStringLiteral("copies"), last.copies);
    report.insert(QStringLiteral("failed"), last.failed);
    report.insert(QStringLiteral("failures"), failures);
    report.insert(QStringLiteral("library"),
                  QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(lastLibrary)},
                              {QStringLiteral("fileBytes"), libraryBytes},
                              {QStringLiteral("walBytes"), walBytes},
                              {QStringLiteral("articles"), check.articles},
                              {QStringLiteral("comments"), check.comments},
                              {QStringLiteral("bodyWords"), check.words}});
    return report;
}

// ---------------------------------------------------------------------------------------------------
// Printing

QString joined(const QJsonArray &values, int decimals)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts << number(value.toDouble(), decimals);
    return parts.join(QStringLiteral(", "));
}

void printExtraction(QTextStream &out, const QJsonObject &x)
{
    const auto get = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key));
    };
    out << "1. Extraction, one thread: ImportFormats::read per page, in the main thread\n";
    if (x.contains(QLatin1String("skipped")) || x.contains(QLatin1String("error"))) {
        out << "   skipped: "
            << (x.contains(QLatin1String("error")) ? get(x, "error") : get(x, "skipped")).toString()
            << "\n\n";
        return;
    }
    const QJsonObject read = get(x, "read").toObject();
    const QJsonObject parse = get(x, "parse").toObject();
    const QJsonObject readLatency = get(x, "readLatency").toObject();
    const QJsonObject parseLatency = get(x, "parseLatency").toObject();
    out << "   corpus  " << get(x, "corpus").toString() << ": " << get(x, "pages").toInt() << " pages, "
        << bytes(get(x, "bytes").toDouble()) << ", held in memory (I/O not timed); "
        << get(x, "articles").toInt() << " articles read, " << get(x, "failed").toInt() << " pages failed\n";
    out << "   runs    " << get(x, "runs").toInt() << " (after one uncounted warm-up of "
        << number(get(x, "warmUpSeconds").toDouble(), 2)
        << " s); baseline = HtmlDocument::parse (libxml2 only) on the same pages in the same runs\n\n";

    const QList<int> widths{24, 10, 10, 10, 10, 13, 10, 8};
    out << "   "
        << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"),
                QStringLiteral("max"), QStringLiteral("target"), QStringLiteral("verdict"),
                QStringLiteral("baseline"), QStringLiteral("ratio")},
               widths)
        << "\n   " << rule(widths) << "\n";
    const double pps = get(read, "medianPagesPerSecond").toDouble();
    out << "   "
        << row({QStringLiteral("pages/s"), number(pps), number(get(read, "minPagesPerSecond").toDouble()),
                number(get(read, "maxPagesPerSecond").toDouble()),
                QStringLiteral(">= %1").arg(get(x, "targetPagesPerSecond").toDouble()),
                verdictAtLeast(pps, get(x, "targetPagesPerSecond").toDouble()),
                number(get(parse, "medianPagesPerSecond").toDouble()),
                number(get(x, "ratio").toDouble(), 2) + QStringLiteral("x")},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("MB/s"), number(get(read, "medianMegabytesPerSecond").toDouble(), 2),
                QString(), QString(), QString(), QString(),
                number(get(parse, "medianMegabytesPerSecond").toDouble(), 2)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("seconds per pass"), number(get(read, "medianSeconds").toDouble(), 3),
                QString(), QString(), QString(), QString(),
                number(get(parse, "medianSeconds").toDouble(), 3)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("per-page p50 / p95 ms"),
                number(get(readLatency, "medianMs").toDouble(), 2) + QStringLiteral(" / ") +
                    number(get(readLatency, "p95Ms").toDouble(), 2),
                QString(), QString(), QString(), QString(),
                number(get(parseLatency, "medianMs").toDouble(), 2) + QStringLiteral(" / ") +
                    number(get(parseLatency, "p95Ms").toDouble(), 2)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("per-page max ms"), number(get(readLatency, "maxMs").toDouble(), 2), QString(),
                QString(), QString(), QString(), number(get(parseLatency, "maxMs").toDouble(), 2)},
               widths)
        << "\n\n";
    out << "   per run pages/s: read " << joined(get(read, "pagesPerSecond").toArray(), 1) << "; parse "
        << joined(get(parse, "pagesPerSecond").toArray(), 1) << "\n";
    out << "   per run MB/s:    read " << joined(get(read, "megabytesPerSecond").toArray(), 2) << "; parse "
        << joined(get(parse, "megabytesPerSecond").toArray(), 2) << "\n";
    out << "   on CPU time of the main thread: " << number(get(read, "medianCpuPagesPerSecond").toDouble())
        << " pages/s; main thread = " << number(100 * get(x, "mainThreadShareOfCpu").toDouble())
        << "% of process CPU, process CPU / wall = " << number(get(x, "cpuPerWall").toDouble(), 2)
        << " (one core)\n";
    out << "   ratio = read time / parse time (medians): libxml2 parsing is "
        << number(100 / std::max(0.0001, get(x, "ratio").toDouble())) << "% of extraction."
        << " Peers measured here: 6 to 30 pages/s.\n\n";

    out << "   slowest pages (median of runs), " << number(100 * get(x, "slowestShare").toDouble())
        << "% of the extraction time:\n";
    const QList<int> slowWidths{40, 10, 10, 10, 8};
    out << "   "
        << row({QStringLiteral("page"), QStringLiteral("size"), QStringLiteral("read"),
                QStringLiteral("parse"), QStringLiteral("ratio")},
               slowWidths)
        << "\n";
    for (const QJsonValue &value : get(x, "slowest").toArray()) {
        const QJsonObject page = value.toObject();
        out << "   "
            << row({get(page, "page").toString(),
                    QStringLiteral("%1 kB").arg(get(page, "bytes").toDouble() / 1000, 0, 'f', 0),
                    number(get(page, "readMs").toDouble(), 1) + QStringLiteral(" ms"),
                    number(get(page, "parseMs").toDouble(), 1) + QStringLiteral(" ms"),
                    number(get(page, "ratio").toDouble(), 1) + QStringLiteral("x")},
                   slowWidths)
            << "\n";
    }
    for (const QJsonValue &failure : get(x, "failures").toArray())
        out << "   failed: " << failure.toString() << "\n";
    out << "\n";
}

void printEndToEnd(QTextStream &out, const QJsonObject &e)
{
    const auto get = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key));
    };
    out << "2. End to end: ImportJob::run over a folder of generated news pages into a fresh library\n";
    if (e.contains(QLatin1String("skipped")) || e.contains(QLatin1String("error"))) {
        out << "   skipped: "
            << (e.contains(QLatin1String("error")) ? get(e, "error") : get(e, "skipped")).toString()
            << "\n\n";
        return;
    }
    const QJsonObject generated = get(e, "generated").toObject();
    const QJsonObject library = get(e, "library").toObject();
    const int pages = get(e, "pages").toInt();
    out << "   pages   " << pages << " distinct stories, " << bytes(get(generated, "bytes").toDouble())
        << " (" << number(get(generated, "bytes").toDouble() / pages / 1000) << " kB each), "
        << get(generated, "pagesWithComments").toInt() << " with " << get(generated, "comments").toInt()
        << " comments; generated in " << number(get(generated, "seconds").toDouble()) << " s (not timed)\n";
    out << "           " << get(generated, "folder").toString() << "\n";
    out << "   runs    " << get(e, "runs").toInt() << ", each into a new library; "
        << get(e, "threads").toInt() << " extraction threads, batches of " << get(e, "batchSize").toInt()
        << "; baseline = ImportFormats::filesIn + loadFile of every page (page cache warm)\n\n";

    const QList<int> widths{24, 10, 10, 10, 10, 13, 10, 8};
    out << "   "
        << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"),
                QStringLiteral("max"), QStringLiteral("target"), QStringLiteral("verdict"),
                QStringLiteral("baseline"), QStringLiteral("ratio")},
               widths)
        << "\n   " << rule(widths) << "\n";
    const double pps = get(e, "medianPagesPerSecond").toDouble();
    out << "   "
        << row({QStringLiteral("pages/s"), number(pps), number(get(e, "minPagesPerSecond").toDouble()),
                number(get(e, "maxPagesPerSecond").toDouble()),
                QStringLiteral(">= %1").arg(get(e, "targetPagesPerSecond").toDouble()),
                verdictAtLeast(pps, get(e, "targetPagesPerSecond").toDouble()),
                number(get(e, "baselineMedianPagesPerSecond").toDouble(), 0),
                number(get(e, "ratio").toDouble(), 1) + QStringLiteral("x")},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("seconds"), number(get(e, "medianSeconds").toDouble(), 2), QString(),
                QString(), QString(), QString(), number(get(e, "baselineMedianSeconds").toDouble(), 3)},
               widths)
        << "\n\n";
    QStringList perRun;
    for (const QJsonValue &value : get(e, "perRun").toArray())
        perRun << number(get(value.toObject(), "pagesPerSecond").toDouble());
    out << "   per run pages/s: " << perRun.join(QStringLiteral(", ")) << "\n";
    out << "   report (last run): " << get(e, "articlesImported").toInt() << " articles imported, "
        << get(e, "duplicates").toInt() << " duplicates, " << get(e, "copies").toInt() << " copies, "
        << get(e, "failed").toInt() << " failed\n";
    for (const QJsonValue &failure : get(e, "failures").toArray())
        out << "     failed: " << failure.toString() << "\n";
    const double cpu = get(e, "processCpuMedianSeconds").toDouble();
    const double importThread = get(e, "importThreadCpuMedianSeconds").toDouble();
    const double wall = get(e, "medianSeconds").toDouble();
    out << "   CPU (medians): process " << number(cpu, 1) << " s = " << number(wall > 0 ? cpu / wall : 0, 2)
        << " cores busy; the job's own thread (listing, writing to the library) " << number(importThread, 1)
        << " s, the extraction threads " << number(cpu - importThread, 1) << " s\n";
    out << "   library " << bytes(get(library, "fileBytes").toDouble());
    if (get(library, "walBytes").toDouble() > 0)
        out << " + WAL " << bytes(get(library, "walBytes").toDouble());
    out << " ("
        << number(get(library, "fileBytes").toDouble() / std::max(1, get(e, "articlesImported").toInt()) /
                  1000)
        << " kB per article), " << get(library, "path").toString() << "\n";
    const double generatedWords = get(generated, "bodyWords").toDouble();
    out << "   check: " << get(library, "articles").toInteger() << " articles and "
        << get(library, "comments").toInteger() << " of " << get(generated, "comments").toInt()
        << " comments in the library; body words kept / written "
        << number(generatedWords > 0 ? get(library, "bodyWords").toDouble() / generatedWords : 0, 3)
        << "\n\n";
}

void printTables(const QJsonObject &report)
{
    QTextStream out(stdout);
    out << "Newsdesk import benchmark (" << report.value(QLatin1String("buildType")).toString()
        << " build, Qt " << report.value(QLatin1String("qtVersion")).toString() << ", "
        << report.value(QLatin1String("cores")).toInt() << " cores)\n\n";
    if (report.contains(QLatin1String("extraction")))
        printExtraction(out, report.value(QLatin1String("extraction")).toObject());
    if (report.contains(QLatin1String("endToEnd")))
        printEndToEnd(out, report.value(QLatin1String("endToEnd")).toObject());
    out << "   ratios are Newsdesk time / baseline time, of the medians.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-import"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures single-thread extraction on the readability corpus (pages/s, MB/s, per-page p95) against "
        "libxml2 parsing alone, and an end-to-end import of generated news pages on 2 threads against "
        "reading "
        "the files. Targets: >= 200 pages/s extraction, >= 150 pages/s end to end."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Folder of */source.html pages (default: %1).")
                                              .arg(QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability")),
                                          QStringLiteral("folder"),
                                          QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Extraction passes over the corpus (default 5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"), QStringLiteral("Pages to generate and import end to end (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsEndToEndOption(
        QStringLiteral("runs-e2e"),
        QStringLiteral("End-to-end imports, each into a new library (default 3)."), QStringLiteral("R"),
        QStringLiteral("3"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Extraction threads for the end-to-end import (default 2)."), QStringLiteral("T"),
        QStringLiteral("2"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QStringLiteral("Inputs per write transaction (default: ImportJob's, %1).")
            .arg(ImportJob::Options().batchSize),
        QStringLiteral("B"), QString::number(ImportJob::Options().batchSize));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run one part: \"extraction\" or \"e2e\"."),
                                        QStringLiteral("part"));
    const QCommandLineOption workOption(
        QStringLiteral("work-dir"),
        QStringLiteral(
            "Where to make the temporary folder for the pages and libraries (default: the system's)."),
        QStringLiteral("folder"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated pages and the last library."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    parser.addOptions({corpusOption, runsOption, pagesOption, runsEndToEndOption, threadsOption, batchOption,
                       onlyOption, workOption, keepOption, jsonOption});
    parser.process(app);

    bool ok = true;
    const int runs = positive(parser, runsOption, &ok);
    const int pages = positive(parser, pagesOption, &ok);
    const int runsEndToEnd = positive(parser, runsEndToEndOption, &ok);
    const int threads = positive(parser, threadsOption, &ok);
    const int batchSize = positive(parser, batchOption, &ok);
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("extraction") && only != QLatin1String("e2e")) {
        err() << "newsdesk-bench-import: --only takes \"extraction\" or \"e2e\"" << Qt::endl;
        ok = false;
    }
    if (!ok)
        return 2;

    const QString buildType = checkedBuildType(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE));

    QJsonObject report{{QStringLiteral("buildType"), buildType},
                       {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
                       {QStringLiteral("cores"), QThread::idealThreadCount()}};
    bool failed = false;

    if (only.isEmpty() || only == QLatin1String("extraction")) {
        const QString corpus = QFileInfo(parser.value(corpusOption)).absoluteFilePath();
        const QJsonObject extraction = benchExtraction(corpus, runs);
        if (extraction.contains(QLatin1String("skipped")))
            err() << "newsdesk-bench-import: skipping extraction: "
                  << extraction.value(QLatin1String("skipped")).toString() << Qt::endl;
        if (extraction.contains(QLatin1String("error"))) {
            err() << "newsdesk-bench-import: extraction failed: "
                  << extraction.value(QLatin1String("error")).toString() << Qt::endl;
            failed = true;
        }
        report.insert(QStringLiteral("extraction"), extraction);
    }

    if (only.isEmpty() || only == QLatin1String("e2e")) {
        const QString base = parser.isSet(workOption) ? parser.value(workOption) : QDir::tempPath();
        QTemporaryDir temporary(QDir(base).filePath(QStringLiteral("newsdesk-bench-import-XXXXXX")));
        if (!temporary.isValid()) {
            err() << "newsdesk-bench-import: could not create a temporary folder in " << base << ": "
                  << temporary.errorString() << Qt::endl;
            return 1;
        }
        temporary.setAutoRemove(!parser.isSet(keepOption));
        const QJsonObject endToEnd = benchEndToEnd(temporary.path(), pages, runsEndToEnd, threads, batchSize);
        if (endToEnd.contains(QLatin1String("error"))) {
            err() << "newsdesk-bench-import: end-to-end import failed: "
                  << endToEnd.value(QLatin1String("error")).toString() << Qt::endl;
            failed = true;
        }
        report.insert(QStringLiteral("endToEnd"), endToEnd);
        if (parser.isSet(keepOption))
            err() << "newsdesk-bench-import: kept " << QDir::toNativeSeparators(temporary.path()) << Qt::endl;
    }

    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTables(report);
    return failed ? 1 : 0;
}
