#pragma once

// The newsroom benchmark suite (newsdesk-bench): what a scenario is given, what it reports, and the list of
// scenarios. Each scenario runs in a fresh process (this binary again, with --scenario NAME), so its peak
// resident memory is its own and its times are those of a starting app, not of the process that generated
// the library.

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Newsdesk::Bench {

/// What every scenario is given; the suite's command line sets it.
struct SuiteOptions
{
    QString library;    ///< The generated newsroom library (NewsroomLibrary); scenarios that write copy it or
                        ///< roll back.
    QString workFolder; ///< A scratch folder of the run, removed afterwards.
    QString corpusFolder; ///< ../shared/corpus/readability; empty when absent (extraction is then skipped).
    QString guiBinary;    ///< The `newsdesk` executable, for start-up; empty when not built.
    int runs = 5;         ///< Repetitions of each timed operation (more where one is cheap).
    int importPages = 10000; ///< Pages of the end-to-end import.
    int bundleArticles = 1000;
    int latencyPages = 2000; ///< Pages imported in the background while the event loop is watched.
};

/// One figure of a scenario: samples in a unit, a summary printed as median and p95, and its target.
struct Measure
{
    QString key;   ///< Stable across runs, e.g. "fts.phrase"; a baseline is matched by it.
    QString label; ///< What a person reads in the table.
    QString unit = QStringLiteral("ms"); ///< "ms", "pages/s" or "MB"
    QList<double> samples;
    double target = 0;           ///< 0 when the issue names none.
    bool higherIsBetter = false; ///< A rate (pages/s) must reach its target; a time must stay under it.
};

/// What a scenario reports: its figures, anything worth showing beside them, and memory.
struct ScenarioResult
{
    QList<Measure> measures;
    QJsonObject details; ///< Counts and context (hits of a search, rows loaded, …), printed under the table.
    /// Resident memory once the scenario's work is set up and idle, in KiB; -1 when it has no such moment.
    qint64 steadyKiB = -1;

    Measure &add(const QString &key, const QString &label, double target = 0,
                 const QString &unit = QStringLiteral("ms"))
    {
        measures.append(Measure{key, label, unit, {}, target, unit == QLatin1String("pages/s")});
        return measures.last();
    }
};

/// One scenario: a stable name, what it measures, and the work.
struct Scenario
{
    QString name;
    QString description;
    std::function<Result<ScenarioResult>(const SuiteOptions &)> run;
    /// Run once per process, in options.runs processes, when what is measured is a start (the samples of
    /// all the processes are pooled); otherwise one process repeats the work itself.
    bool processPerRun = false;
};

/// Every scenario, in the order the suite runs them (the ones that change the library last).
QList<Scenario> allScenarios();

// The scenario groups, each in its own file.
QList<Scenario> libraryScenarios();      ///< ScenariosLibrary.cpp: open, scroll, fts, filter
QList<Scenario> curationScenarios();     ///< ScenariosCuration.cpp: tagging, moderation
QList<Scenario> importExportScenarios(); ///< ScenariosImportExport.cpp: extraction, import, export
QList<Scenario> windowScenarios();       ///< ScenariosWindow.cpp: start-up, event-loop latency

/// Milliseconds since the timer started, as a double.
double elapsedMs(qint64 nanoseconds);

/// The process's resident memory now and at its peak (VmRSS, VmHWM), in KiB; -1 where unknown.
qint64 residentKiB();
qint64 peakResidentKiB();

/// A serialised result as the child prints it (one line), and back.
QJsonObject toJson(const ScenarioResult &result);

} // namespace Newsdesk::Bench
