#pragma once

// What every benchmark program does around its measurements: reading numeric options, naming the build
// it runs in, and the library file it measures.

#include "SyntheticCorpus.h"

#include "core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace Newsdesk {
class Library;
}

namespace Newsdesk::Bench {

/// The option's value as a positive number; otherwise says so on stderr and clears *ok.
int positive(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok);

/// The configuration the program was built in ("unspecified" when none), with a warning on stderr when
/// it is not an optimised one, so that a Debug figure is not quoted by mistake.
QString checkedBuildType(const QString &configured);

/// CPU time of the calling thread or of the whole process, in ns; -1 where the clocks are missing. Next
/// to the wall time they show whether work ran on the threads it should, and how much other work on the
/// machine slowed it.
qint64 threadCpuNs();
qint64 processCpuNs();

/// Wall and CPU clocks read together around one piece of work.
class Stopwatch
{
public:
    Stopwatch()
        : m_thread(threadCpuNs())
        , m_process(processCpuNs())
    {
        m_wall.start();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    qint64 threadNs() const { return m_thread < 0 ? -1 : threadCpuNs() - m_thread; }
    qint64 processNs() const { return m_process < 0 ? -1 : processCpuNs() - m_process; }

private:
    QElapsedTimer m_wall;
    qint64 m_thread;
    qint64 m_process;
};

/// How long filling a library took.
struct FillReport
{
    bool filled = false;
    double seconds = 0;
    double generateSeconds = 0;
    double insertSeconds = 0;
    double extraSeconds = 0; ///< FillSteps::batch, e.g. tagging
    int articles = 0;
};

/// What a benchmark adds to a new library besides the articles: prepare() once, before them, then batch()
/// inside each batch's transaction with its articles, their new ids and the first one's serial number.
struct FillSteps
{
    std::function<Status(Library &)> prepare;
    std::function<Status(Library &, const QList<TaggedArticle> &, const QList<qint64> &, int)> batch;
};

/// Articles to a transaction when a library is filled.
constexpr int FillBatchSize = 1000;

/// Fills a new library at path with count articles of SyntheticCorpus(SyntheticCorpus::BenchSeed), a
/// transaction of FillBatchSize at a time, telling stderr how far it got.
Result<FillReport> fillLibrary(const QString &path, int count, const FillSteps &steps = {});

/// The library a benchmark measures: the one given (--library), filled first if it does not exist, or a
/// temporary one. A library this run filled is removed when the object goes, unless it is kept (--keep).
class BenchLibrary
{
public:
    BenchLibrary(const QString &requestedPath, bool keep, const QString &temporaryName);
    ~BenchLibrary();
    BenchLibrary(const BenchLibrary &) = delete;
    BenchLibrary &operator=(const BenchLibrary &) = delete;

    /// False when no temporary folder could be made; errorString() says why.
    bool isValid() const { return !m_path.isEmpty(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    bool filledNow() const { return m_filled; }

    /// --library and --keep, which the constructor's arguments come from.
    static QCommandLineOption libraryOption();
    static QCommandLineOption keepOption();

    /// Runs fill(path) if the library does not exist yet (saying so on stderr with what it holds), or says
    /// that the existing one is measured as it is and returns an empty report.
    Result<FillReport> fillIfMissing(const QString &what,
                                     const std::function<Result<FillReport>(const QString &path)> &fill);

private:
    QTemporaryDir m_temporary;
    QString m_path;
    QString m_error;
    bool m_requested = false;
    bool m_keep = false;
    bool m_filled = false;
};

/// Runs this program again with arguments (a measuring child, so that what it measures is a fresh process)
/// and returns the JSON object on the last line it prints. A child that prints {"error": …} fails with that
/// message; with "skipped": true as well, with Error::Code::NotFound (the measurement cannot run here).
Result<QJsonObject> runMeasuringChild(const QStringList &arguments);

} // namespace Newsdesk::Bench
