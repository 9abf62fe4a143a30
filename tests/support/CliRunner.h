#pragma once

// Runs the built newsdesk-cli (NEWSDESK_CLI_PATH) in a sealed environment, for end-to-end tests.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace Newsdesk::Testing {

/// What one run of the binary gave back.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed or timed out)") : QString())
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err));
    }
};

/// An environment in which the binary never sees the user's own library or settings.
inline QProcessEnvironment sealedCliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NEWSDESK_LIBRARY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    return env;
}

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env,
                     const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(NEWSDESK_CLI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    CliRun result;
    if (process.waitForStarted(10000) && !input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        result.crashed = true;
    result.exitCode = process.exitCode();
    return result;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Newsdesk::Testing

// Checks an exit code and shows the run's output when it is not the one expected.
// The run expression is evaluated once: it may start the binary.
#define COMPARE_EXIT(runExpression, code)                                                                    \
    do {                                                                                                     \
        const Newsdesk::Testing::CliRun checked = (runExpression);                                           \
        QVERIFY2(checked.exitCode == (code) && !checked.crashed, qPrintable(checked.describe()));            \
    } while (false)

// Parses a run's stdout as a JSON object into the variable named. The run expression is evaluated once:
// a second run to describe a failure would describe another run (one that found the first one's output).
#define PARSE_JSON(run, variable)                                                                            \
    QJsonObject variable;                                                                                    \
    {                                                                                                        \
        const Newsdesk::Testing::CliRun parsedRun = (run);                                                   \
        QJsonParseError parseError;                                                                          \
        const QJsonDocument parsed = QJsonDocument::fromJson(parsedRun.out, &parseError);                    \
        QVERIFY2(parsed.isObject(),                                                                          \
                 qPrintable(parseError.errorString() + QLatin1Char('\n') + parsedRun.describe()));           \
        variable = parsed.object();                                                                          \
    }
