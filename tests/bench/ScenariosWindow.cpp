// The window's scenarios of the newsroom benchmark suite: start-up to the first painted window (the real
// `newsdesk` binary, offscreen) and the event loop's latency while an import and an export run behind the
// real MainWindow.

#include "BenchRun.h"
#include "NewsPages.h"
#include "SuiteScenario.h"
#include "SyntheticCorpus.h"

#include "articles/ArticleListModel.h"
#include "bundles/BundleExportController.h"
#include "bundles/BundlePreview.h"
#include "bundles/BundlesView.h"
#include "core/Bundle.h"
#include "importing/ImportController.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Newsdesk::Bench {

namespace {

constexpr double StartupTargetMs = 1000;
constexpr double StartupMemoryTargetMB = 250;
constexpr double LatencyTargetMs = 50;
/// A frame at 60 Hz: ticks later than this are a visible hitch, though under the target.
constexpr double FrameMs = 16;
/// How long one start may take before the run is given up (a hung window must not hang the suite).
constexpr int StartupTimeoutMs = 60000;
/// How long the settled run waits at most after the first paint for start-up's background work (topic
/// training, then spam filter training and scoring, which take turns); the window reports earlier once both
/// services are idle and its memory has been flat for 5 s. At 100,000 articles / 1,000,000 comments on two
/// cores the work takes about 30 s.
constexpr int SettleMs = 60000;
/// The watched import and export together; far above what 2,000 pages take even in a Debug build.
constexpr int LatencyTimeoutMs = 15 * 60 * 1000;
constexpr int TickIntervalMs = 5;
constexpr char BundleName[] = "Newsroom week";

Error failure(const QString &message)
{
    return Error{Error::Code::Failed, message};
}

// ---- start-up -------------------------------------------------------------------------------------------

/// What the window printed at its first paint (ui/main.cpp, --startup-probe).
struct FirstPaint
{
    double wallMs = 0;  ///< QProcess::start to the line, measured here: exec, loading and all
    double childMs = 0; ///< The child's own count since the kernel started it (10 ms steps)
    qint64 rssKiB = -1;
    qint64 hwmKiB = -1;
    bool reader = false;
    // With a settle time: the second line, once start-up's background work is done.
    double settledChildMs = -1;
    qint64 settledRssKiB = -1;
    qint64 settledHwmKiB = -1;
    bool settledIdle = false;
};

Result<FirstPaint> startOnce(const QString &binary, const QString &library, const QProcessEnvironment &env,
                             int settleMs = 0)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(binary);
    QStringList arguments{QStringLiteral("--startup-probe"), QStringLiteral("--library"), library};
    if (settleMs > 0)
        arguments << QStringLiteral("--startup-probe-settle") << QString::number(settleMs);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(StartupTimeoutMs))
        return failure(QStringLiteral("%1 did not start: %2").arg(binary, process.errorString()));

    QByteArray out;
    double wallMs = -1;
    while (wallMs < 0) {
        if (!process.waitForReadyRead(int(std::max<qint64>(1, StartupTimeoutMs - clock.elapsed())))) {
            process.kill();
            process.waitForFinished();
            return failure(QStringLiteral("no first paint from %1 within %2 s (exit %3): %4")
                               .arg(binary)
                               .arg(StartupTimeoutMs / 1000)
                               .arg(process.exitCode())
                               .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        }
        out += process.readAllStandardOutput();
        if (out.contains("first-paint ") && out.indexOf('\n', out.indexOf("first-paint ")) >= 0)
            wallMs = elapsedMs(clock.nsecsElapsed());
    }
    if (!process.waitForFinished(StartupTimeoutMs + settleMs)) {
        process.kill();
        process.waitForFinished();
        return failure(QStringLiteral("%1 painted but did not quit").arg(binary));
    }
    out += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("%1 --startup-probe exited with %2: %3")
                           .arg(binary)
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));

    static const QRegularExpression line(
        QStringLiteral("first-paint ms=(-?\\d+) rss-kib=(-?\\d+) hwm-kib=(-?\\d+) reader=([01])"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch())
        return failure(QStringLiteral("unexpected probe output: %1").arg(QString::fromUtf8(out).trimmed()));
    FirstPaint paint;
    paint.wallMs = wallMs;
    paint.childMs = match.captured(1).toDouble();
    paint.rssKiB = match.captured(2).toLongLong();
    paint.hwmKiB = match.captured(3).toLongLong();
    paint.reader = match.captured(4) == QLatin1String("1");
    if (settleMs > 0) {
        static const QRegularExpression settledLine(
            QStringLiteral("settled ms=(-?\\d+) rss-kib=(-?\\d+) hwm-kib=(-?\\d+) idle=([01])"));
        const QRegularExpressionMatch settled = settledLine.match(QString::fromUtf8(out));
        if (!settled.hasMatch())
            return failure(
                QStringLiteral("no settled line from the probe: %1").arg(QString::fromUtf8(out).trimmed()));
        paint.settledChildMs = settled.captured(1).toDouble();
        paint.settledRssKiB = settled.captured(2).toLongLong();
        paint.settledHwmKiB = settled.captured(3).toLongLong();
        paint.settledIdle = settled.captured(4) == QLatin1String("1");
    }
    return paint;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

Result<ScenarioResult> runStartup(const SuiteOptions &options)
{
    if (options.guiBinary.isEmpty())
        return failure(QStringLiteral("the newsdesk window binary was not built (no --gui-binary)"));
    if (!QFileInfo(options.guiBinary).isExecutable())
        return failure(QStringLiteral("the newsdesk window binary %1 is missing").arg(options.guiBinary));

    // A home of its own: no settings of the person running the suite, no window geometry of theirs.
    QTemporaryDir home(QDir(options.workFolder).filePath(QStringLiteral("startup-home-XXXXXX")));
    if (!home.isValid())
        return failure(QStringLiteral("cannot make a temporary home: %1").arg(home.errorString()));
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.remove(QStringLiteral("NEWSDESK_LIBRARY"));
    env.remove(QStringLiteral("NEWSDESK_READER"));

    // One start outside the clock: what a curator waits for is a start with the files in the page cache,
    // not the first read of the Qt libraries from disk after the machine booted.
    const auto warmUp = startOnce(options.guiBinary, options.library, env);
    if (!warmUp)
        return warmUp.error();

    ScenarioResult result;
    Measure &firstPaint = result.add(QStringLiteral("startup.firstPaint"),
                                     QStringLiteral("Start-up to the first painted window"), StartupTargetMs);
    Measure &memory = result.add(QStringLiteral("startup.memory"),
                                 QStringLiteral("Resident memory at the first paint (without the reader)"),
                                 StartupMemoryTargetMB, QStringLiteral("MB"));
    QList<double> childMs;
    qint64 peakKiB = 0;
    int readerRuns = 0;
    const int runs = std::max(3, options.runs);
    for (int run = 0; run < runs; ++run) {
        const auto paint = startOnce(options.guiBinary, options.library, env);
        if (!paint)
            return paint.error();
        firstPaint.samples << paint->wallMs;
        memory.samples << double(paint->rssKiB) / 1024.0;
        childMs << paint->childMs;
        peakKiB = std::max(peakKiB, paint->hwmKiB);
        readerRuns += paint->reader ? 1 : 0;
    }

    // The memory a curator lives with: once training and scoring have finished, not only at the first
    // paint, which comes before any of it starts.
    const auto settled = startOnce(options.guiBinary, options.library, env, SettleMs);
    if (!settled)
        return settled.error();
    // Each sample goes in before the next add(), which may move the measures.
    Measure &settledMemory = result.add(QStringLiteral("startup.settledMemory"),
                                        QStringLiteral("Resident memory once start-up work settled"),
                                        StartupMemoryTargetMB, QStringLiteral("MB"));
    settledMemory.samples << double(settled->settledRssKiB) / 1024.0;
    Measure &peakMemory =
        result.add(QStringLiteral("startup.peakMemory"), QStringLiteral("Peak resident memory until settled"),
                   0, QStringLiteral("MB"));
    peakMemory.samples << double(settled->settledHwmKiB) / 1024.0;
    result.details.insert(QStringLiteral("settledAtMs"), settled->settledChildMs);
    result.details.insert(QStringLiteral("settledIdle"), settled->settledIdle);

    result.details.insert(QStringLiteral("runs"), runs);
    result.details.insert(QStringLiteral("childMsMedian"), median(childMs));
    result.details.insert(QStringLiteral("peakMB"), double(peakKiB) / 1024.0);
    result.details.insert(QStringLiteral("readerInstantiated"), readerRuns > 0);
    result.details.insert(
        QStringLiteral("reader"),
        readerRuns > 0
            ? QStringLiteral("the WebEngine reader was made before the first paint in %1 of %2 runs")
                  .arg(readerRuns)
                  .arg(runs)
            : QStringLiteral("not instantiated at start-up (made on the first article shown)"));
    return result;
}

// ---- event-loop latency ---------------------------------------------------------------------------------

/// Copies the library file (and its write-ahead log, which may hold the last commits) without opening the
/// original, so the suite's library stays byte for byte as it was.
Status copyLibrary(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (suffix.isEmpty() || QFileInfo::exists(from + suffix))
            if (!QFile::copy(from + suffix, to + suffix))
                return failure(QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix));
    }
    QFile::remove(to + QStringLiteral("-shm")); // rebuilt from the log when the copy opens
    return {};
}

/// The bundle the export writes: the generated library's, or one made of the first articles in the list.
Result<qint64> exportBundle(Library &library, int articles)
{
    if (const auto found = library.bundles().findByName(QString::fromLatin1(BundleName)))
        return found->id;
    auto page = library.articles().page(ArticleQuery(), std::nullopt, articles);
    if (!page)
        return page.error();
    if (page->isEmpty())
        return failure(QStringLiteral("the library has no articles to export"));
    Bundle bundle;
    bundle.name = QString::fromLatin1(BundleName);
    const auto id = library.bundles().create(bundle);
    if (!id)
        return id.error();
    QList<qint64> ids;
    for (const ArticleRow &row : *page)
        ids << row.id;
    if (const auto added = library.bundles().addArticles(*id, ids); !added)
        return added.error();
    return *id;
}

/// Runs the event loop for ms milliseconds, so the window settles (its first layout, its delayed starts).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<ScenarioResult> runLatency(const SuiteOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failure(QStringLiteral("the latency scenario needs a QApplication (run offscreen)"));
    // The window reads and writes its settings; none of the person running the suite.
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(QDir(options.workFolder).filePath(QStringLiteral("latency-settings.ini")));

    const QString folder = QDir(options.workFolder).filePath(QStringLiteral("latency"));
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return failure(QStringLiteral("cannot make %1").arg(folder));
    const QString libraryPath = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    if (Status copied = copyLibrary(options.library, libraryPath); !copied)
        return copied.error();
    const QString pagesFolder = QDir(folder).filePath(QStringLiteral("pages"));
    // Stories the library does not hold yet, so that every page brings a new article to the window.
    const auto generated = generatePages(pagesFolder, options.latencyPages, SyntheticCorpus::BenchSeed + 100);
    if (!generated)
        return generated.error();

    auto opened = Library::open(libraryPath);
    if (!opened)
        return opened.error();
    std::unique_ptr<Library> library = std::move(opened).value();
    const auto bundleId = exportBundle(*library, options.bundleArticles);
    if (!bundleId)
        return bundleId.error();
    // The copied log and the set-up folded in now, so the import starts as on a library closed cleanly.
    QSqlQuery(library->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const auto before = library->articles().counts();
    const int articlesBefore = before ? before->total : -1;
    // The window gets a connection of its own, as when the curator opens the library: the set-up's
    // connection has its page cache full of what the set-up wrote.
    library.reset();
    opened = Library::open(libraryPath);
    if (!opened)
        return opened.error();
    library = std::move(opened).value();

    // A late tick is the GUI thread either busy (its CPU time over the interval says so) or waiting for a
    // core: other threads of the import, or other programs on the machine.
    struct LateTick
    {
        double lateMs;
        double busyMs; ///< CPU time of the GUI thread over the interval
        double atMs;
    };
    QList<double> startupTicks; // lateness while the window starts, kept apart: it is not the import's
    QList<double> lateness;
    lateness.reserve(200000);
    QList<double> *ticks = &startupTicks;
    QList<LateTick> late; // the ticks over a frame while importing, for the details
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 lastCpu = 0;
    qint64 watchStart = 0; ///< when the import started, on clock
    const auto sinceWatchMs = [&]() { return elapsedMs(clock.nsecsElapsed() - watchStart); };
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickIntervalMs);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const double lateMs = std::max(0.0, elapsedMs(now - lastTick) - TickIntervalMs);
        *ticks << lateMs;
        if (lateMs > FrameMs && ticks == &lateness)
            late << LateTick{lateMs, elapsedMs(cpu - lastCpu), elapsedMs(now - watchStart)};
        lastTick = now;
        lastCpu = cpu;
    });

    MainWindow window(std::move(library));
    window.show();
    clock.start();
    lastCpu = threadCpuNs();
    ticker.start();
    // Past the first paint and the delayed starts of the suggestion and spam filter training (1 and 1.5 s):
    // start-up work, measured apart from the import's.
    BundlePreview *preview = window.bundlesView()->preview();
    QElapsedTimer settling;
    settling.start();
    settle(500);
    // The preview renders only while its page is shown (the article list is), so normally nothing waits here.
    while (preview->isVisible() && (preview->isUpdating() || preview->html().isEmpty()) &&
           settling.elapsed() < StartupTimeoutMs)
        settle(100);
    settle(1000);
    const double settleMs = double(settling.elapsed());

    ScenarioResult result;
    result.steadyKiB = residentKiB();

    ImportController *imports = window.imports();
    BundleExportController *exports = window.bundlesView()->exports();
    exports->setShowOutcome(false); // no message box at the end

    bool importDone = false;
    bool exportStarted = false;
    bool exportDone = false;
    QString exportError;
    int exportedFiles = 0;
    double importMs = 0;
    double exportStartMs = 0;
    double exportMs = 0;
    ImportReport report;
    int inserted = 0;
    QEventLoop loop;
    const auto quitWhenDone = [&]() {
        if (importDone && exportDone)
            loop.quit();
    };
    const auto startExport = [&]() {
        if (exportStarted)
            return;
        exportStarted = true;
        ExportOptions exportOptions;
        exportOptions.format = ExportFormat::HtmlSite;
        exportOptions.outPath = QDir(folder).filePath(QStringLiteral("site"));
        exportOptions.overwrite = true;
        exportStartMs = sinceWatchMs();
        exports->exportBundle(*bundleId, exportOptions);
        if (!exports->isRunning()) {
            exportDone = true;
            exportError = QStringLiteral("the export did not start");
        }
    };
    QObject::connect(exports, &BundleExportController::finished, &loop,
                     [&](const QStringList &files, const QString &error) {
                         exportMs = sinceWatchMs() - exportStartMs;
                         exportedFiles = int(files.size());
                         exportError = error;
                         exportDone = true;
                         quitWhenDone();
                     });
    // The export starts once a quarter of the pages are in, so it runs in the middle of the import.
    QObject::connect(&window.library(), &Library::articlesInserted, &loop, [&](const QList<qint64> &ids) {
        inserted += int(ids.size());
        if (inserted >= options.latencyPages / 4)
            startExport();
    });
    QObject::connect(imports, &ImportController::finished, &loop, [&](const ImportReport &finished) {
        importMs = sinceWatchMs();
        report = finished;
        importDone = true;
        startExport(); // an import too small to reach a quarter still overlaps nothing, but is measured
        quitWhenDone();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&]() { loop.exit(1); });

    ticks = &lateness;
    watchStart = clock.nsecsElapsed();
    timeout.start(LatencyTimeoutMs);
    imports->import({ImportInput::file(pagesFolder)});
    const int status = loop.exec();
    ticker.stop();
    if (status != 0)
        return failure(QStringLiteral("the import and export did not finish within %1 minutes")
                           .arg(LatencyTimeoutMs / 60000));
    if (!exportError.isEmpty())
        return failure(QStringLiteral("the export failed: %1").arg(exportError));

    Measure &tick =
        result.add(QStringLiteral("latency.tick"),
                   QStringLiteral("Event-loop lateness during import and export"), LatencyTargetMs);
    tick.samples = lateness;
    const double maxLate = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    Measure &max = result.add(QStringLiteral("latency.max"),
                              QStringLiteral("Event-loop lateness, the worst tick"), LatencyTargetMs);
    max.samples << maxLate;

    const auto over = [&lateness](double ms) {
        return int(
            std::count_if(lateness.cbegin(), lateness.cend(), [ms](double late) { return late > ms; }));
    };
    std::sort(late.begin(), late.end(),
              [](const LateTick &a, const LateTick &b) { return a.lateMs > b.lateMs; });
    QJsonArray worstTicks;
    for (qsizetype i = 0; i < std::min<qsizetype>(late.size(), 5); ++i)
        worstTicks.append(QStringLiteral("%1 ms late at %2 s, GUI thread busy %3 ms of it")
                              .arg(late.at(i).lateMs, 0, 'f', 1)
                              .arg(late.at(i).atMs / 1000, 0, 'f', 2)
                              .arg(late.at(i).busyMs, 0, 'f', 1));
    // Over 50 ms with the GUI thread on the CPU for most of it: work of the window, not a wait for a core.
    const int busyOver50 = int(std::count_if(late.cbegin(), late.cend(), [](const LateTick &tick) {
        return tick.lateMs > LatencyTargetMs && tick.busyMs > tick.lateMs / 2;
    }));
    result.details.insert(QStringLiteral("libraryArticles"), articlesBefore);
    result.details.insert(QStringLiteral("settleSeconds"), settleMs / 1000);
    result.details.insert(
        QStringLiteral("settleMaxMs"),
        startupTicks.isEmpty() ? 0.0 : *std::max_element(startupTicks.cbegin(), startupTicks.cend()));
    result.details.insert(QStringLiteral("bundlePreview"),
                          preview->backend() == BundlePreview::Backend::WebEngine
                              ? QStringLiteral("Qt WebEngine, made at start-up for the hidden Bundles page")
                          : preview->backend() == BundlePreview::Backend::Text ? QStringLiteral("text")
                                                                               : QStringLiteral("none"));
    result.details.insert(QStringLiteral("tickIntervalMs"), TickIntervalMs);
    result.details.insert(QStringLiteral("ticks"), int(lateness.size()));
    result.details.insert(QStringLiteral("ticksOver16ms"), over(FrameMs));
    result.details.insert(QStringLiteral("ticksOver50ms"), over(LatencyTargetMs));
    result.details.insert(QStringLiteral("ticksOver50msGuiBusy"), busyOver50);
    result.details.insert(QStringLiteral("maxMs"), maxLate);
    result.details.insert(QStringLiteral("worstTicks"), worstTicks);
    result.details.insert(QStringLiteral("importPages"), options.latencyPages);
    result.details.insert(QStringLiteral("imported"), report.articlesImported);
    result.details.insert(QStringLiteral("importFailed"), report.failed);
    result.details.insert(QStringLiteral("importSeconds"), importMs / 1000);
    result.details.insert(QStringLiteral("importPagesPerSecond"),
                          importMs > 0 ? options.latencyPages / (importMs / 1000) : 0.0);
    result.details.insert(QStringLiteral("exportFormat"), QStringLiteral("html-site"));
    result.details.insert(QStringLiteral("exportArticles"), options.bundleArticles);
    result.details.insert(QStringLiteral("exportFiles"), exportedFiles);
    result.details.insert(QStringLiteral("exportStartSeconds"), exportStartMs / 1000);
    result.details.insert(QStringLiteral("exportMs"), exportMs);
    result.details.insert(QStringLiteral("listRows"), window.articleModel()->rowCount());
    return result;
}

} // namespace

QList<Scenario> windowScenarios()
{
    return {
        {QStringLiteral("startup"),
         QStringLiteral("start-up of the window to its first paint, offscreen, and its memory then"),
         runStartup},
        {QStringLiteral("latency"),
         QStringLiteral("event-loop lateness of the window while pages are imported and a bundle exported"),
         runLatency},
    };
}

} // namespace Newsdesk::Bench
