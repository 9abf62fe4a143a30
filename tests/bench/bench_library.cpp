// newsdesk-bench-library: fills a library with synthetic articles (100,000 by default) and reports how long a
// starting Newsdesk takes to open it and show the first page of the list, how fast the typical searches
// are, and how much memory it holds, each against a naive baseline measured in the same command.
//
// A benchmark, not a test: it prints figures and exits 0 whether or not the targets are met; it fails
// only when something cannot run. Every measurement runs in a fresh child process (this binary again,
// in a hidden --measure or --measure-baseline mode), so times and memory are those of a starting app,
// not of the process that just generated the articles.

#include "BenchProbe.h"
#include "BenchRun.h"
#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "core/Result.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

constexpr int FtsRepeats = 10;
/// The LIKE baseline scans every body; a few runs of it are enough for a ratio.
constexpr int LikeRuns = 3;

constexpr double OpenTargetMs = 500;
constexpr double FtsTargetMs = 50;
constexpr double RssTargetMB = 200;

double ms(const QJsonValue &nanoseconds)
{
    return nanoseconds.toDouble() / 1e6;
}

double megabytes(const QJsonValue &kib)
{
    return kib.toDouble() * 1024.0 / 1e6;
}

QJsonObject queryReport(const QString &text, const QList<QJsonObject> &ours,
                        const QList<QJsonObject> &baseline)
{
    QList<double> total;
    QList<double> page;
    QList<double> count;
    QList<double> like;
    QJsonObject report{{QStringLiteral("query"), text}};
    for (const QJsonObject &run : ours) {
        for (const QJsonValue &value : run.value(QLatin1String("fts")).toArray()) {
            const QJsonObject search = value.toObject();
            if (search.value(QLatin1String("query")).toString() != text)
                continue;
            report.insert(QStringLiteral("ftsQuery"), search.value(QLatin1String("ftsQuery")));
            report.insert(QStringLiteral("hits"), search.value(QLatin1String("hits")));
            for (const QJsonValue &ns : search.value(QLatin1String("totalNs")).toArray())
                total << ms(ns);
            for (const QJsonValue &ns : search.value(QLatin1String("pageNs")).toArray())
                page << ms(ns);
            for (const QJsonValue &ns : search.value(QLatin1String("countNs")).toArray())
                count << ms(ns);
        }
    }
    for (const QJsonObject &run : baseline) {
        for (const QJsonValue &value : run.value(QLatin1String("like")).toArray()) {
            const QJsonObject search = value.toObject();
            if (search.value(QLatin1String("query")).toString() != text)
                continue;
            report.insert(QStringLiteral("likeHits"), search.value(QLatin1String("hits")));
            for (const QJsonValue &ns : search.value(QLatin1String("totalNs")).toArray())
                like << ms(ns);
        }
    }
    const Summary totals = summarise(total);
    const Summary likes = summarise(like);
    report.insert(QStringLiteral("samples"), totals.count);
    report.insert(QStringLiteral("medianMs"), totals.median);
    report.insert(QStringLiteral("p95Ms"), totals.p95);
    report.insert(QStringLiteral("pageMedianMs"), summarise(page).median);
    report.insert(QStringLiteral("countMedianMs"), summarise(count).median);
    report.insert(QStringLiteral("likeSamples"), likes.count);
    report.insert(QStringLiteral("likeMedianMs"), likes.median);
    report.insert(QStringLiteral("ratio"), ratio(totals.median, likes.median));
    return report;
}

/// Everything the command measured, in one object: printed as JSON or as tables.
QJsonObject buildReport(const QString &path, const FillReport &fill, int runs, const QList<QJsonObject> &ours,
                        const QList<QJsonObject> &baseline)
{
    QList<double> open;
    QList<double> openOnly;
    QList<double> firstPage;
    QList<double> paint;
    QList<double> rss;
    QList<double> rssAfterSearch;
    QList<double> peak;
    QList<double> fts;
    QList<double> ftsPage;
    QList<double> ftsCount;
    for (const QJsonObject &run : ours) {
        open << ms(run.value(QLatin1String("totalNs")));
        openOnly << ms(run.value(QLatin1String("openNs")));
        firstPage << ms(run.value(QLatin1String("firstPageNs")));
        paint << ms(run.value(QLatin1String("paintNs")));
        rss << megabytes(run.value(QLatin1String("rssKiB")));
        rssAfterSearch << megabytes(run.value(QLatin1String("rssAfterSearchKiB")));
        peak << megabytes(run.value(QLatin1String("peakKiB")));
        for (const QJsonValue &value : run.value(QLatin1String("fts")).toArray()) {
            const QJsonObject search = value.toObject();
            for (const QJsonValue &ns : search.value(QLatin1String("totalNs")).toArray())
                fts << ms(ns);
            for (const QJsonValue &ns : search.value(QLatin1String("pageNs")).toArray())
                ftsPage << ms(ns);
            for (const QJsonValue &ns : search.value(QLatin1String("countNs")).toArray())
                ftsCount << ms(ns);
        }
    }
    QList<double> baseOpen;
    QList<double> baseRss;
    QList<double> like;
    for (const QJsonObject &run : baseline) {
        baseOpen << ms(run.value(QLatin1String("totalNs")));
        baseRss << megabytes(run.value(QLatin1String("rssKiB")));
        for (const QJsonValue &value : run.value(QLatin1String("like")).toArray())
            for (const QJsonValue &ns : value.toObject().value(QLatin1String("totalNs")).toArray())
                like << ms(ns);
    }

    const QJsonObject first = ours.isEmpty() ? QJsonObject() : ours.first();
    const QFileInfo file(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QJsonObject library{{QStringLiteral("path"), QDir::toNativeSeparators(file.absoluteFilePath())},
                        {QStringLiteral("articles"), first.value(QLatin1String("articles"))},
                        {QStringLiteral("trashed"), first.value(QLatin1String("trashed"))},
                        {QStringLiteral("fileBytes"), file.size()},
                        {QStringLiteral("walBytes"), wal.exists() ? wal.size() : 0},
                        {QStringLiteral("filledNow"), fill.filled}};
    if (fill.filled) {
        library.insert(QStringLiteral("fillSeconds"), fill.seconds);
        library.insert(QStringLiteral("generateSeconds"), fill.generateSeconds);
        library.insert(QStringLiteral("insertSeconds"), fill.insertSeconds);
        library.insert(QStringLiteral("articlesPerSecond"),
                       fill.seconds > 0 ? fill.articles / fill.seconds : 0);
        library.insert(QStringLiteral("insertedPerSecond"),
                       fill.insertSeconds > 0 ? fill.articles / fill.insertSeconds : 0);
    }

    const Summary openSummary = summarise(open);
    const Summary baseOpenSummary = summarise(baseOpen);
    const QJsonObject openReport{
        {QStringLiteral("medianMs"), openSummary.median},
        {QStringLiteral("p95Ms"), openSummary.p95},
        {QStringLiteral("samples"), openSummary.count},
        {QStringLiteral("targetMs"), OpenTargetMs},
        {QStringLiteral("verdict"), verdictUnder(openSummary.median, OpenTargetMs)},
        {QStringLiteral("libraryOpenMedianMs"), summarise(openOnly).median},
        {QStringLiteral("firstPageMedianMs"), summarise(firstPage).median},
        {QStringLiteral("paintMedianMs"), summarise(paint).median},
        {QStringLiteral("rowsLoaded"), first.value(QLatin1String("rowsLoaded"))},
        {QStringLiteral("rowsPainted"), first.value(QLatin1String("rowsPainted"))},
        {QStringLiteral("baselineMedianMs"), baseOpenSummary.median},
        {QStringLiteral("baselineP95Ms"), baseOpenSummary.p95},
        {QStringLiteral("ratio"), ratio(openSummary.median, baseOpenSummary.median)},
    };

    const Summary ftsSummary = summarise(fts);
    const Summary likeSummary = summarise(like);
    QJsonArray queries;
    for (const TypicalQuery &typical : typicalQueries())
        queries.append(queryReport(typical.text, ours, baseline));
    const QJsonObject ftsReport{
        {QStringLiteral("medianMs"), ftsSummary.median},
        {QStringLiteral("p95Ms"), ftsSummary.p95},
        {QStringLiteral("samples"), ftsSummary.count},
        {QStringLiteral("targetP95Ms"), FtsTargetMs},
        {QStringLiteral("verdict"), verdictUnder(ftsSummary.p95, FtsTargetMs)},
        {QStringLiteral("pageMedianMs"), summarise(ftsPage).median},
        {QStringLiteral("countMedianMs"), summarise(ftsCount).median},
        {QStringLiteral("likeMedianMs"), likeSummary.median},
        {QStringLiteral("likeP95Ms"), likeSummary.p95},
        {QStringLiteral("likeSamples"), likeSummary.count},
        {QStringLiteral("ratio"), ratio(ftsSummary.median, likeSummary.median)},
        {QStringLiteral("queries"), queries},
    };

    const Summary rssSummary = summarise(rss);
    const Summary baseRssSummary = summarise(baseRss);
    const QJsonObject rssReport{
        {QStringLiteral("medianMB"), rssSummary.median},
        {QStringLiteral("targetMB"), RssTargetMB},
        {QStringLiteral("verdict"), verdictUnder(rssSummary.median, RssTargetMB)},
        {QStringLiteral("afterSearchMedianMB"), summarise(rssAfterSearch).median},
        {QStringLiteral("peakMedianMB"), summarise(peak).median},
        {QStringLiteral("baselineMedianMB"), baseRssSummary.median},
        {QStringLiteral("ratio"), ratio(rssSummary.median, baseRssSummary.median)},
    };

    return QJsonObject{{QStringLiteral("library"), library},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("ftsRepeatsPerRun"), FtsRepeats},
                       {QStringLiteral("likeRuns"), std::min(runs, LikeRuns)},
                       {QStringLiteral("openFirstPage"), openReport},
                       {QStringLiteral("fts"), ftsReport},
                       {QStringLiteral("rss"), rssReport}};
}

void printTables(const QJsonObject &report)
{
    QTextStream out(stdout);
    const QJsonObject library = report.value(QLatin1String("library")).toObject();
    const QJsonObject open = report.value(QLatin1String("openFirstPage")).toObject();
    const QJsonObject fts = report.value(QLatin1String("fts")).toObject();
    const QJsonObject rss = report.value(QLatin1String("rss")).toObject();
    const auto get = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key));
    };

    out << "Newsdesk benchmark\n";
    out << "  library   " << get(library, "path").toString() << "\n";
    out << "            " << get(library, "articles").toInt() << " articles ("
        << get(library, "trashed").toInt() << " in the trash), file "
        << bytes(get(library, "fileBytes").toDouble());
    if (get(library, "walBytes").toDouble() > 0)
        out << " + WAL " << bytes(get(library, "walBytes").toDouble());
    out << "\n";
    if (get(library, "filledNow").toBool())
        out << "  filled in " << number(get(library, "fillSeconds"))
            << " s = " << number(get(library, "articlesPerSecond"), 0) << " articles/s (generating "
            << number(get(library, "generateSeconds")) << " s, ArticleRepository::insert "
            << number(get(library, "insertSeconds"))
            << " s = " << number(get(library, "insertedPerSecond"), 0) << " articles/s, batches of "
            << FillBatchSize << ")\n";
    else
        out << "  reused the existing library (not filled by this run)\n";
    out << "  runs      " << report.value(QLatin1String("runs")).toInt()
        << " fresh processes each for Newsdesk and the baseline (after one uncounted warm-up each); "
        << report.value(QLatin1String("ftsRepeatsPerRun")).toInt() << " repeats of each search per run; the "
        << "LIKE scan in " << report.value(QLatin1String("likeRuns")).toInt() << " runs\n\n";

    const QList<int> widths{30, 10, 10, 10, 12, 11, 8};
    out << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("p95"),
                QStringLiteral("target"), QStringLiteral("verdict"), QStringLiteral("baseline"),
                QStringLiteral("ratio")},
               widths)
        << "\n";
    out << rule(widths) << "\n";
    out << row({QStringLiteral("open + first page"), number(get(open, "medianMs")) + QStringLiteral(" ms"),
                number(get(open, "p95Ms")) + QStringLiteral(" ms"),
                QStringLiteral("< %1 ms").arg(get(open, "targetMs").toDouble()),
                get(open, "verdict").toString(),
                number(get(open, "baselineMedianMs")) + QStringLiteral(" ms"),
                number(get(open, "ratio"), 2) + QStringLiteral("x")},
               widths)
        << "\n";
    out << row({QStringLiteral("  Library::open"),
                number(get(open, "libraryOpenMedianMs")) + QStringLiteral(" ms")},
               widths)
        << "\n";
    out << row({QStringLiteral("  model + first page (%1 rows)").arg(get(open, "rowsLoaded").toInt()),
                number(get(open, "firstPageMedianMs")) + QStringLiteral(" ms")},
               widths)
        << "\n";
    out << row({QStringLiteral("  data() for %1 rows x 7 cols").arg(get(open, "rowsPainted").toInt()),
                number(get(open, "paintMedianMs"), 2) + QStringLiteral(" ms")},
               widths)
        << "\n";
    out << row({QStringLiteral("FTS search (page + count)"),
                number(get(fts, "medianMs")) + QStringLiteral(" ms"),
                number(get(fts, "p95Ms")) + QStringLiteral(" ms"),
                QStringLiteral("p95 < %1 ms").arg(get(fts, "targetP95Ms").toDouble()),
                get(fts, "verdict").toString(), number(get(fts, "likeMedianMs")) + QStringLiteral(" ms"),
                number(get(fts, "ratio"), 3) + QStringLiteral("x")},
               widths)
        << "\n";
    out << row({QStringLiteral("  page() / count()"),
                number(get(fts, "pageMedianMs")) + QStringLiteral(" / ") + number(get(fts, "countMedianMs"))},
               widths)
        << "\n";
    out << row({QStringLiteral("RSS after open + first page"),
                number(get(rss, "medianMB")) + QStringLiteral(" MB"), QStringLiteral("-"),
                QStringLiteral("< %1 MB").arg(get(rss, "targetMB").toDouble()),
                get(rss, "verdict").toString(), number(get(rss, "baselineMedianMB")) + QStringLiteral(" MB"),
                number(get(rss, "ratio"), 2) + QStringLiteral("x")},
               widths)
        << "\n";
    out << row({QStringLiteral("  RSS after searches / peak"),
                number(get(rss, "afterSearchMedianMB")) + QStringLiteral(" / ") +
                    number(get(rss, "peakMedianMB")) + QStringLiteral(" MB")},
               widths)
        << "\n\n";
    out << "  baseline: a bare QSqlDatabase on the same file; \"SELECT id, title FROM articles ORDER BY id "
           "DESC "
           "LIMIT 200\" for the\n  list, and body_text LIKE '%word%' for every word (first 200 by id + "
           "count) for "
           "searches. ratio = Newsdesk / baseline (medians).\n  Verdicts: open on the median, FTS on the "
           "p95, RSS "
           "on the median. RSS is a QCoreApplication without widgets.\n\n";

    const QList<int> queryWidths{28, 8, 10, 10, 10, 10, 10, 8};
    out << "Searches, sort Relevance, limit 200, page() + count(), per query\n";
    out << row({QStringLiteral("typed (FTS query)"), QStringLiteral("hits"), QStringLiteral("median"),
                QStringLiteral("p95"), QStringLiteral("page"), QStringLiteral("count"),
                QStringLiteral("LIKE"), QStringLiteral("ratio")},
               queryWidths)
        << "\n";
    out << rule(queryWidths) << "\n";
    for (const QJsonValue &value : get(fts, "queries").toArray()) {
        const QJsonObject query = value.toObject();
        out << row({get(query, "query").toString(), QString::number(get(query, "hits").toInteger()),
                    number(get(query, "medianMs")) + QStringLiteral(" ms"),
                    number(get(query, "p95Ms")) + QStringLiteral(" ms"),
                    number(get(query, "pageMedianMs")) + QStringLiteral(" ms"),
                    number(get(query, "countMedianMs")) + QStringLiteral(" ms"),
                    number(get(query, "likeMedianMs")) + QStringLiteral(" ms"),
                    number(get(query, "ratio"), 3) + QStringLiteral("x")},
                   queryWidths)
            << "\n";
        out << "    " << get(query, "ftsQuery").toString() << ", LIKE hits "
            << get(query, "likeHits").toInteger() << "\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-library"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a Newsdesk library with synthetic articles and reports open + first page time, "
                       "full-text search median and p95, and resident memory, against a naive baseline. "
                       "Targets: open + first page < 0.5 s, FTS p95 < 50 ms, RSS < 200 MB."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(
        QStringLiteral("articles"), QStringLiteral("Articles to fill a new library with (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measuring processes to start (default 7)."),
                                        QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption libraryOption = BenchLibrary::libraryOption();
    const QCommandLineOption keepOption = BenchLibrary::keepOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("Internal: measure Newsdesk."),
                                     QStringLiteral("path"));
    QCommandLineOption baselineOption(QStringLiteral("measure-baseline"),
                                      QStringLiteral("Internal: measure the baseline."),
                                      QStringLiteral("path"));
    QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Internal: search repeats."),
                                     QStringLiteral("n"), QString::number(FtsRepeats));
    for (QCommandLineOption *hidden : {&measureOption, &baselineOption, &repeatsOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({articlesOption, runsOption, libraryOption, keepOption, jsonOption, measureOption,
                       baselineOption, repeatsOption});
    parser.process(app);

    if (parser.isSet(measureOption) || parser.isSet(baselineOption)) {
        const int repeats = parser.value(repeatsOption).toInt();
        const QJsonObject result = parser.isSet(measureOption)
                                       ? measureNewsdesk(parser.value(measureOption), repeats)
                                       : measureBaseline(parser.value(baselineOption), repeats);
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        return result.contains(QLatin1String("error")) ? 1 : 0;
    }

    bool ok = true;
    const int articleCount = positive(parser, articlesOption, &ok);
    const int runs = positive(parser, runsOption, &ok);
    if (!ok)
        return 2;

    BenchLibrary bench(parser.value(libraryOption), parser.isSet(keepOption), QStringLiteral("bench.sqlite"));
    if (!bench.isValid()) {
        err() << "newsdesk-bench: " << bench.errorString() << Qt::endl;
        return 1;
    }
    const QString path = bench.path();
    auto filled =
        bench.fillIfMissing(QStringLiteral("%1 synthetic articles").arg(articleCount),
                            [articleCount](const QString &file) { return fillLibrary(file, articleCount); });
    if (!filled) {
        err() << "newsdesk-bench: filling the library failed: " << filled.errorString() << Qt::endl;
        return 1;
    }

    // One uncounted run of each warms the page cache, so the first counted run is not an outlier.
    QList<QJsonObject> ours;
    QList<QJsonObject> baseline;
    for (int run = -1; run < runs; ++run) {
        err() << (run < 0 ? QStringLiteral("newsdesk-bench: warm-up run")
                          : QStringLiteral("newsdesk-bench: run %1 / %2").arg(run + 1).arg(runs))
              << Qt::endl;
        auto measured = runMeasuringChild({QStringLiteral("--measure"), path, QStringLiteral("--repeats"),
                                  QString::number(run < 0 ? 0 : FtsRepeats)});
        if (!measured) {
            err() << "newsdesk-bench: measuring Newsdesk failed: " << measured.errorString() << Qt::endl;
            return 1;
        }
        auto naive = runMeasuringChild({QStringLiteral("--measure-baseline"), path, QStringLiteral("--repeats"),
                               QString::number(run >= 0 && run < LikeRuns ? 1 : 0)});
        if (!naive) {
            err() << "newsdesk-bench: measuring the baseline failed: " << naive.errorString() << Qt::endl;
            return 1;
        }
        if (run >= 0) {
            ours << *measured;
            baseline << *naive;
        }
    }

    const QJsonObject report = buildReport(path, *filled, runs, ours, baseline);
    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTables(report);
    return 0;
}
