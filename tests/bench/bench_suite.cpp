// newsdesk-bench: the newsroom benchmark suite. Generates a newsroom library from a fixed seed (100,000
// articles and 1,000,000 comments by default; NewsroomLibrary.h), runs every scenario in fresh processes
// (SuiteScenario.h) and prints median and p95 of each figure with its target, the peak and steady resident
// memory of each scenario, and, given a earlier report (--baseline), each median beside the baseline's with
// their ratio. --json prints the report as JSON and --save writes it, so runs can be compared.
//
// A benchmark, not a test: it exits 0 whether or not targets are met, and fails only when something
// cannot run. Times are judged by their p95, rates (pages/s) by their median.

#include "BenchRun.h"
#include "BenchStats.h"
#include "NewsroomLibrary.h"
#include "SuiteScenario.h"

#include "core/SaveFile.h"
#include "reader/ReaderView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

constexpr double SteadyMemoryTargetMB = 250;
constexpr int ReportVersion = 1;

double megabytes(double kib)
{
    return kib * 1024.0 / 1e6;
}

/// The figure of a measure that is judged: a time by its p95, a rate by its median.
double judged(const QJsonObject &measure)
{
    return measure
        .value(QLatin1String(measure.value(QLatin1String("higherIsBetter")).toBool() ? "median" : "p95"))
        .toDouble();
}

QString verdictOf(const QJsonObject &measure)
{
    const double target = measure.value(QLatin1String("target")).toDouble();
    if (target <= 0)
        return {};
    return measure.value(QLatin1String("higherIsBetter")).toBool() ? verdictAtLeast(judged(measure), target)
                                                                   : verdictUnder(judged(measure), target);
}

/// A measure's samples summarised as the report carries them.
QJsonObject summarisedMeasure(const QJsonObject &measure)
{
    QList<double> samples;
    for (const QJsonValue &value : measure.value(QLatin1String("samples")).toArray())
        samples << value.toDouble();
    const Summary summary = summarise(samples);
    QJsonObject json = measure;
    json.insert(QStringLiteral("median"), summary.median);
    json.insert(QStringLiteral("p95"), summary.p95);
    json.insert(QStringLiteral("min"), summary.min);
    json.insert(QStringLiteral("max"), summary.max);
    json.insert(QStringLiteral("count"), summary.count);
    if (measure.value(QLatin1String("target")).toDouble() > 0)
        json.insert(QStringLiteral("verdict"), verdictOf(json));
    return json;
}

QJsonObject memoryMeasure(const QString &key, const QString &label, const QList<double> &samples,
                          double target)
{
    QJsonArray array;
    for (const double sample : samples)
        array.append(sample);
    return summarisedMeasure(QJsonObject{{QStringLiteral("key"), key},
                                         {QStringLiteral("label"), label},
                                         {QStringLiteral("unit"), QStringLiteral("MB")},
                                         {QStringLiteral("samples"), array},
                                         {QStringLiteral("target"), target},
                                         {QStringLiteral("higherIsBetter"), false}});
}

/// Reads the library file and its write-ahead log through once, so that a scenario starts with the library
/// in the page cache, as one in daily use is. Memory reclaim (DAMON on the development machine) evicts file
/// pages left idle for minutes: without this, the first run of a scenario after a long one read the 2.3 GB
/// library from disk (a 3.4 s search, a 0.6 s open) and a page of the list 6 times slower, which measures
/// the disk, not Newsdesk. Returns the seconds it took.
double readIntoPageCache(const QString &libraryPath)
{
    QElapsedTimer clock;
    clock.start();
    for (const QString &path : {libraryPath, libraryPath + QStringLiteral("-wal")}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray chunk(8 << 20, Qt::Uninitialized);
        while (file.read(chunk.data(), chunk.size()) > 0) {
        }
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

/// The child side: runs one scenario and prints its result (or its error) as one line of JSON.
int runScenario(const QString &name, const SuiteOptions &options)
{
    for (const Scenario &scenario : allScenarios()) {
        if (scenario.name != name)
            continue;
        const Result<ScenarioResult> result = scenario.run(options);
        const QJsonObject json =
            result ? toJson(*result)
                   : QJsonObject{{QStringLiteral("error"), result.errorString()},
                                 {QStringLiteral("skipped"), result.error().code == Error::Code::NotFound}};
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        return 0;
    }
    err() << "newsdesk-bench: no scenario " << name << Qt::endl;
    return 2;
}

/// Every run of one scenario, pooled: samples of a measure from all its processes, memory per process.
QJsonObject measureScenario(const Scenario &scenario, const QStringList &childArguments, int runs)
{
    QJsonObject report{{QStringLiteral("name"), scenario.name},
                       {QStringLiteral("description"), scenario.description}};
    QList<QString> keys;
    QHash<QString, QJsonObject> measures;
    QList<double> peaks;
    QList<double> steady;
    QJsonObject details;
    const int processes = scenario.processPerRun ? std::max(runs, 3) : 1;
    for (int run = 0; run < processes; ++run) {
        auto child =
            runMeasuringChild(QStringList{QStringLiteral("--scenario"), scenario.name} + childArguments);
        if (!child) {
            report.insert(child.error().code == Error::Code::NotFound ? QStringLiteral("skipped")
                                                                      : QStringLiteral("error"),
                          child.errorString());
            return report;
        }
        for (const QJsonValue &value : child->value(QLatin1String("measures")).toArray()) {
            QJsonObject measure = value.toObject();
            const QString key = measure.value(QLatin1String("key")).toString();
            if (!measures.contains(key)) {
                keys << key;
                measures.insert(key, measure);
                continue;
            }
            QJsonArray samples = measures[key].value(QLatin1String("samples")).toArray();
            for (const QJsonValue &sample : measure.value(QLatin1String("samples")).toArray())
                samples.append(sample);
            measures[key].insert(QStringLiteral("samples"), samples);
        }
        peaks << megabytes(child->value(QLatin1String("peakKiB")).toDouble());
        if (child->contains(QLatin1String("steadyKiB")))
            steady << megabytes(child->value(QLatin1String("steadyKiB")).toDouble());
        details = child->value(QLatin1String("details")).toObject();
    }
    QJsonArray array;
    for (const QString &key : std::as_const(keys))
        array.append(summarisedMeasure(measures.value(key)));
    // A scenario that measures another process (start-up: the window's) reports that one's peak itself,
    // under this name; the peak of this child, which only waited for it, is left out.
    if (!measures.contains(scenario.name + QStringLiteral(".peakMemory")))
        array.append(memoryMeasure(scenario.name + QStringLiteral(".peakMemory"),
                                   QStringLiteral("Peak resident memory"), peaks, 0));
    if (!steady.isEmpty())
        array.append(memoryMeasure(scenario.name + QStringLiteral(".steadyMemory"),
                                   QStringLiteral("Steady resident memory"), steady, SteadyMemoryTargetMB));
    report.insert(QStringLiteral("measures"), array);
    report.insert(QStringLiteral("details"), details);
    return report;
}

/// The medians of an earlier report by measure key.
QHash<QString, double> baselineMedians(const QJsonObject &baseline)
{
    QHash<QString, double> medians;
    for (const QJsonValue &scenario : baseline.value(QLatin1String("scenarios")).toArray())
        for (const QJsonValue &measure : scenario.toObject().value(QLatin1String("measures")).toArray())
            medians.insert(measure.toObject().value(QLatin1String("key")).toString(),
                           measure.toObject().value(QLatin1String("median")).toDouble());
    return medians;
}

QString withUnit(double value, const QString &unit)
{
    if (unit == QLatin1String("ms"))
        return number(value, value < 10 ? 2 : 1) + QStringLiteral(" ms");
    if (unit == QLatin1String("MB"))
        return number(value, 1) + QStringLiteral(" MB");
    return number(value, 0) + QLatin1Char(' ') + unit;
}

QString detailsLine(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isObject()) {
            QStringList inner;
            const QJsonObject object = value.toObject();
            for (auto i = object.begin(); i != object.end(); ++i)
                inner << i.key() + QLatin1Char('=') + i.value().toVariant().toString();
            text = inner.join(QStringLiteral(", "));
        } else {
            text = value.isDouble() && value.toDouble() != std::floor(value.toDouble())
                       ? number(value.toDouble(), 2)
                       : value.toVariant().toString();
        }
        parts << it.key() + QStringLiteral(": ") + text;
    }
    return parts.join(QStringLiteral("; "));
}

void printTable(const QJsonObject &report, const QJsonObject &baseline)
{
    QTextStream out(stdout);
    const QJsonObject scale = report.value(QLatin1String("scale")).toObject();
    out << "newsdesk-bench: a newsroom of " << scale.value(QLatin1String("articles")).toInt()
        << " articles and " << scale.value(QLatin1String("comments")).toInt() << " comments; "
        << report.value(QLatin1String("buildType")).toString() << " build; "
        << report.value(QLatin1String("cores")).toInt() << " cores; "
        << report.value(QLatin1String("runs")).toInt() << " runs; page cache: "
        << report.value(QLatin1String("pageCache")).toString(QStringLiteral("not recorded")) << "\n";
    const QHash<QString, double> base = baselineMedians(baseline);
    if (!baseline.isEmpty()) {
        const QJsonObject baseScale = baseline.value(QLatin1String("scale")).toObject();
        out << "baseline: " << baseline.value(QLatin1String("label")).toString() << " ("
            << baseScale.value(QLatin1String("articles")).toInt() << " articles, "
            << baseline.value(QLatin1String("buildType")).toString() << ")";
        if (baseScale != scale)
            out << " -- a different scale: ratios compare unlike libraries";
        out << "\n";
    }
    out << "Times are judged by p95, rates by median. Ratio = this run's median / the baseline's.\n\n";
    const QList<int> widths{50, 12, 12, 14, 12, 12, 6};
    out << row({QStringLiteral("Scenario / figure"), QStringLiteral("median"), QStringLiteral("p95"),
                QStringLiteral("target"), QStringLiteral("verdict"), QStringLiteral("baseline"),
                QStringLiteral("ratio")},
               widths)
        << "\n"
        << rule(widths) << "\n";
    for (const QJsonValue &value : report.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject scenario = value.toObject();
        out << scenario.value(QLatin1String("name")).toString() << ": "
            << scenario.value(QLatin1String("description")).toString() << "\n";
        if (scenario.contains(QLatin1String("error")) || scenario.contains(QLatin1String("skipped"))) {
            const bool skipped = scenario.contains(QLatin1String("skipped"));
            out << "  " << (skipped ? "skipped: " : "FAILED: ")
                << scenario.value(QLatin1String(skipped ? "skipped" : "error")).toString() << "\n";
            continue;
        }
        for (const QJsonValue &m : scenario.value(QLatin1String("measures")).toArray()) {
            const QJsonObject measure = m.toObject();
            const QString unit = measure.value(QLatin1String("unit")).toString();
            const double target = measure.value(QLatin1String("target")).toDouble();
            const bool higher = measure.value(QLatin1String("higherIsBetter")).toBool();
            const QString key = measure.value(QLatin1String("key")).toString();
            const double median = measure.value(QLatin1String("median")).toDouble();
            const bool single = measure.value(QLatin1String("count")).toInt() <= 1;
            out << row({QStringLiteral("  ") + measure.value(QLatin1String("label")).toString(),
                        withUnit(median, unit),
                        single ? QString() : withUnit(measure.value(QLatin1String("p95")).toDouble(), unit),
                        target > 0
                            ? (higher ? QStringLiteral(">= ") : QStringLiteral("< ")) + withUnit(target, unit)
                            : QString(),
                        measure.value(QLatin1String("verdict")).toString(),
                        base.contains(key) ? withUnit(base.value(key), unit) : QString(),
                        base.value(key) > 0 ? number(median / base.value(key), 2) : QString()},
                       widths)
                << "\n";
        }
        const QString details = detailsLine(scenario.value(QLatin1String("details")).toObject());
        if (!details.isEmpty())
            out << "  (" << details << ")\n";
    }
    const QJsonObject generated = report.value(QLatin1String("generated")).toObject();
    if (!generated.isEmpty())
        out << "\nGenerating the library took "
            << number(generated.value(QLatin1String("seconds")).toDouble(), 1) << " s ("
            << detailsLine(generated) << ").\n";
    out.flush();
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text))
        for (QByteArray line = cpuinfo.readLine(); !line.isEmpty(); line = cpuinfo.readLine())
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    // A QApplication for the scenarios that drive the window's models and widgets (offscreen in CI), set up
    // as the window's own main() sets it up.
    ReaderView::prepareApplication();
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("newsdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The newsroom benchmark suite: generates a newsroom library and measures opening, scrolling, search, "
        "filters, tagging, moderation, extraction, import, export, start-up and the event loop's latency."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to generate (default 100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption commentsOption(QStringLiteral("comments"),
                                            QStringLiteral("Comments to generate (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bundleOption(QStringLiteral("bundle-articles"),
                                          QStringLiteral("Articles in the exported bundle (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption importOption(QStringLiteral("import-pages"),
                                          QStringLiteral("Pages of the end-to-end import (default 10000)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-pages"),
        QStringLiteral("Pages imported while the event loop is watched (default 2000)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these scenarios (comma-separated)."),
                                        QStringLiteral("names"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("List the scenarios and exit."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption saveOption(QStringLiteral("save"),
                                        QStringLiteral("Also write the report as JSON to <file>."),
                                        QStringLiteral("file"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         QStringLiteral("A name for this run in its report."),
                                         QStringLiteral("text"));
    const QCommandLineOption baselineOption(
        QStringLiteral("baseline"), QStringLiteral("An earlier report (--save) to print each median beside."),
        QStringLiteral("file"));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"), QStringLiteral("The readability corpus folder."), QStringLiteral("folder"),
        QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability"));
    const QCommandLineOption guiOption(QStringLiteral("gui"),
                                       QStringLiteral("The newsdesk executable, for start-up."),
                                       QStringLiteral("file"), QStringLiteral(NEWSDESK_GUI_BINARY));
    QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                      QStringLiteral("Run one scenario (internal)."), QStringLiteral("name"));
    QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Scratch folder (internal)."),
                                  QStringLiteral("folder"));
    scenarioOption.setFlags(QCommandLineOption::HiddenFromHelp);
    workOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption coldOption(
        QStringLiteral("cold"),
        QStringLiteral("Do not read the library into the page cache before each scenario (a first open after "
                       "a reboot)."));
    const QCommandLineOption libraryOption = BenchLibrary::libraryOption();
    const QCommandLineOption keepOption = BenchLibrary::keepOption();
    parser.addOptions({articlesOption, commentsOption, bundleOption, importOption, latencyOption, runsOption,
                       onlyOption, listOption, jsonOption, saveOption, labelOption, baselineOption,
                       corpusOption, guiOption, libraryOption, keepOption, coldOption, scenarioOption,
                       workOption});
    parser.process(app);

    bool ok = true;
    NewsroomSize size;
    size.articles = positive(parser, articlesOption, &ok);
    size.comments = positive(parser, commentsOption, &ok);
    size.bundleArticles = positive(parser, bundleOption, &ok);
    SuiteOptions options;
    options.runs = positive(parser, runsOption, &ok);
    options.importPages = positive(parser, importOption, &ok);
    options.latencyPages = positive(parser, latencyOption, &ok);
    options.bundleArticles = size.bundleArticles;
    options.corpusFolder = parser.value(corpusOption);
    options.guiBinary = parser.value(guiOption);
    if (!ok)
        return 2;

    if (parser.isSet(listOption)) {
        for (const Scenario &scenario : allScenarios())
            std::printf("%-18s %s\n", qPrintable(scenario.name), qPrintable(scenario.description));
        return 0;
    }
    if (parser.isSet(scenarioOption)) {
        options.library = parser.value(libraryOption);
        options.workFolder = parser.value(workOption);
        return runScenario(parser.value(scenarioOption), options);
    }

    QJsonObject baseline;
    if (parser.isSet(baselineOption)) {
        QFile file(parser.value(baselineOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "newsdesk-bench: cannot read the baseline " << file.fileName() << ": "
                  << file.errorString() << Qt::endl;
            return 2;
        }
        baseline = QJsonDocument::fromJson(file.readAll()).object();
    }
    QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(only)) {
        const QList<Scenario> scenarios = allScenarios();
        if (std::none_of(scenarios.begin(), scenarios.end(),
                         [&](const Scenario &s) { return s.name == name; })) {
            err() << "newsdesk-bench: no scenario " << name << " (see --list)" << Qt::endl;
            return 2;
        }
    }

    const QString buildType = checkedBuildType(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE));
    BenchLibrary library(parser.value(libraryOption), parser.isSet(keepOption),
                         QStringLiteral("newsroom.sqlite"));
    if (!library.isValid()) {
        err() << "newsdesk-bench: " << library.errorString() << Qt::endl;
        return 1;
    }
    QJsonObject generated;
    const auto filled = library.fillIfMissing(
        QStringLiteral("a newsroom of %1 articles and %2 comments").arg(size.articles).arg(size.comments),
        [&](const QString &path) -> Result<FillReport> {
            auto made = generateNewsroom(path, size);
            if (!made)
                return made.error();
            generated = QJsonObject{{QStringLiteral("seconds"), made->seconds},
                                    {QStringLiteral("articles"), made->articles},
                                    {QStringLiteral("storyCopies"), made->copies},
                                    {QStringLiteral("tags"), made->tags},
                                    {QStringLiteral("comments"), made->comments},
                                    {QStringLiteral("pendingComments"), made->pendingComments},
                                    {QStringLiteral("bundleArticles"), made->bundleArticles},
                                    {QStringLiteral("articleSeconds"), made->articleSeconds},
                                    {QStringLiteral("fingerprintSeconds"), made->fingerprintSeconds},
                                    {QStringLiteral("commentSeconds"), made->commentSeconds},
                                    {QStringLiteral("megabytes"), double(QFileInfo(path).size()) / 1e6}};
            FillReport report;
            report.filled = true;
            report.seconds = made->seconds;
            report.articles = made->articles;
            return report;
        });
    if (!filled) {
        err() << "newsdesk-bench: " << filled.errorString() << Qt::endl;
        return 1;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        err() << "newsdesk-bench: could not create a scratch folder: " << work.errorString() << Qt::endl;
        return 1;
    }
    const QStringList childArguments{QStringLiteral("--library"),
                                     library.path(),
                                     QStringLiteral("--work"),
                                     work.path(),
                                     QStringLiteral("--runs"),
                                     QString::number(options.runs),
                                     QStringLiteral("--bundle-articles"),
                                     QString::number(options.bundleArticles),
                                     QStringLiteral("--import-pages"),
                                     QString::number(options.importPages),
                                     QStringLiteral("--latency-pages"),
                                     QString::number(options.latencyPages),
                                     QStringLiteral("--corpus"),
                                     options.corpusFolder,
                                     QStringLiteral("--gui"),
                                     options.guiBinary};
    QJsonArray scenarios;
    for (const Scenario &scenario : allScenarios()) {
        if (!only.isEmpty() && !only.contains(scenario.name))
            continue;
        err() << "newsdesk-bench: " << scenario.name << " …";
        if (!parser.isSet(coldOption))
            err() << " (library read into the page cache in "
                  << QString::number(readIntoPageCache(library.path()), 'f', 1) << " s)";
        err() << Qt::endl;
        scenarios.append(measureScenario(scenario, childArguments, options.runs));
    }

    QJsonObject report{
        {QStringLiteral("suite"), QStringLiteral("newsroom")},
        {QStringLiteral("version"), ReportVersion},
        {QStringLiteral("label"), parser.value(labelOption)},
        {QStringLiteral("buildType"), buildType},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("runs"), options.runs},
        {QStringLiteral("scale"), QJsonObject{{QStringLiteral("articles"), size.articles},
                                              {QStringLiteral("comments"), size.comments},
                                              {QStringLiteral("bundleArticles"), size.bundleArticles},
                                              {QStringLiteral("importPages"), options.importPages},
                                              {QStringLiteral("latencyPages"), options.latencyPages}}},
        {QStringLiteral("libraryMegabytes"), double(QFileInfo(library.path()).size()) / 1e6},
        {QStringLiteral("pageCache"), parser.isSet(coldOption) ? QStringLiteral("cold")
                                                               : QStringLiteral("read in before each scenario")},
        {QStringLiteral("scenarios"), scenarios}};
    if (!generated.isEmpty())
        report.insert(QStringLiteral("generated"), generated);
    if (parser.isSet(saveOption)) {
        const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
        if (Status saved = SaveFile::write(parser.value(saveOption), json); !saved) {
            err() << "newsdesk-bench: " << saved.errorString() << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTable(report, baseline);
    bool failed = false;
    for (const QJsonValue &scenario : std::as_const(scenarios))
        failed = failed || scenario.toObject().contains(QLatin1String("error"));
    return failed ? 1 : 0;
}
