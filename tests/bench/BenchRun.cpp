#include "BenchRun.h"

#include "BenchStats.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace Newsdesk::Bench {

qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
    return -1;
}

qint64 processCpuNs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
    return -1;
}

int positive(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    bool parsed = false;
    const int value = parser.value(option).toInt(&parsed);
    if (!parsed || value < 1) {
        err() << QCoreApplication::applicationName() << ": --" << option.names().first()
              << " takes a positive number" << Qt::endl;
        *ok = false;
    }
    return value;
}

QString checkedBuildType(const QString &configured)
{
    const QString type = configured.isEmpty() ? QStringLiteral("unspecified") : configured;
    if (type != QLatin1String("Release") && type != QLatin1String("RelWithDebInfo"))
        err() << QCoreApplication::applicationName() << ": this is a " << type
              << " build; build Release to quote its figures" << Qt::endl;
    return type;
}

Result<FillReport> fillLibrary(const QString &path, int count, const FillSteps &steps)
{
    FillReport report;
    report.filled = true;
    QElapsedTimer total;
    total.start();
    auto opened = Library::open(path);
    if (!opened)
        return opened.error();
    Library &library = **opened;
    if (steps.prepare)
        if (Status prepared = steps.prepare(library); !prepared)
            return prepared.error();
    SyntheticCorpus corpus(SyntheticCorpus::BenchSeed);
    qint64 generateNs = 0;
    qint64 insertNs = 0;
    qint64 extraNs = 0;
    QElapsedTimer step;
    while (report.articles < count) {
        step.start();
        const QList<TaggedArticle> batch =
            corpus.nextTaggedBatch(std::min(FillBatchSize, count - report.articles));
        QList<Article> articles;
        articles.reserve(batch.size());
        for (const TaggedArticle &tagged : batch)
            articles << tagged.article;
        generateNs += step.nsecsElapsed();
        const Status status = library.transaction([&]() -> Status {
            step.start();
            auto inserted = library.articles().insert(articles);
            insertNs += step.nsecsElapsed();
            if (!inserted)
                return inserted.error();
            step.start();
            const Status added =
                steps.batch ? steps.batch(library, batch, *inserted, report.articles) : Status();
            extraNs += step.nsecsElapsed();
            return added;
        });
        if (!status)
            return status.error();
        report.articles += int(batch.size());
        if (report.articles % (FillBatchSize * 10) == 0 || report.articles == count)
            err() << QStringLiteral("  filled %1 / %2 articles (%3 s)")
                         .arg(report.articles)
                         .arg(count)
                         .arg(double(total.nsecsElapsed()) / 1e9, 0, 'f', 1)
                  << Qt::endl;
    }
    // Closing the last connection checkpoints the WAL, so the file's size is the whole library.
    opened->reset();
    report.seconds = double(total.nsecsElapsed()) / 1e9;
    report.generateSeconds = double(generateNs) / 1e9;
    report.insertSeconds = double(insertNs) / 1e9;
    report.extraSeconds = double(extraNs) / 1e9;
    return report;
}

BenchLibrary::BenchLibrary(const QString &requestedPath, bool keep, const QString &temporaryName)
    : m_requested(!requestedPath.isEmpty())
    , m_keep(keep)
{
    if (m_requested) {
        m_path = QFileInfo(requestedPath).absoluteFilePath();
        return;
    }
    if (!m_temporary.isValid()) {
        m_error = QStringLiteral("could not create a temporary folder: %1").arg(m_temporary.errorString());
        return;
    }
    m_temporary.setAutoRemove(!keep);
    m_path = QFileInfo(m_temporary.filePath(temporaryName)).absoluteFilePath();
}

BenchLibrary::~BenchLibrary()
{
    if (m_filled && m_keep)
        err() << QCoreApplication::applicationName() << ": kept the library at "
              << QDir::toNativeSeparators(m_path) << Qt::endl;
    // A temporary folder goes by itself; a library the curator named goes only if this run made it.
    if (!m_filled || m_keep || !m_requested)
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
}

QCommandLineOption BenchLibrary::libraryOption()
{
    return QCommandLineOption(
        QStringLiteral("library"),
        QStringLiteral(
            "The library to measure; filled first if it does not exist (default: a temporary one)."),
        QStringLiteral("path"));
}

QCommandLineOption BenchLibrary::keepOption()
{
    return QCommandLineOption(QStringLiteral("keep"),
                              QStringLiteral("Keep a library this run filled, for quick reruns."));
}

Result<FillReport>
BenchLibrary::fillIfMissing(const QString &what,
                            const std::function<Result<FillReport>(const QString &path)> &fill)
{
    const QString name = QCoreApplication::applicationName();
    if (QFileInfo::exists(m_path)) {
        err() << name << ": measuring the existing library " << QDir::toNativeSeparators(m_path)
              << " (--articles does not apply)" << Qt::endl;
        return FillReport();
    }
    err() << name << ": filling " << QDir::toNativeSeparators(m_path) << " with " << what << Qt::endl;
    // Whatever happens, a half-filled library is this run's to remove.
    m_filled = true;
    return fill(m_path);
}

Result<QJsonObject> runMeasuringChild(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForStarted(-1))
        return Error{Error::Code::Failed,
                     QStringLiteral("could not start a measuring process: %1").arg(process.errorString())};
    process.waitForFinished(-1);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QByteArray last = lines.isEmpty() ? QByteArray() : lines.last().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(last, &parseError);
    if (document.isObject() && document.object().contains(QLatin1String("error")))
        return Error{document.object().value(QLatin1String("skipped")).toBool() ? Error::Code::NotFound
                                                                                : Error::Code::Failed,
                     document.object().value(QLatin1String("error")).toString()};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{Error::Code::Failed, QStringLiteral("the measuring process %1 failed (exit code %2)")
                                              .arg(arguments.join(QLatin1Char(' ')))
                                              .arg(process.exitCode())};
    if (!document.isObject())
        return Error{
            Error::Code::Failed,
            QStringLiteral("the measuring process printed no result: %1").arg(parseError.errorString())};
    return document.object();
}

} // namespace Newsdesk::Bench
