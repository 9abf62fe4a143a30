#pragma once

// Starts the built newsdesk (NEWSDESK_GUI_PATH) in a sealed environment: its own HOME, settings and data,
// no display of the person running the tests.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Newsdesk::Testing {

/// An environment in which newsdesk never sees the user's library, settings or screen. With offscreen
/// false, it has no display at all: what must work over ssh is run that way.
inline QProcessEnvironment sealedGuiEnvironment(const QString &home, bool offscreen = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"NEWSDESK_LIBRARY", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    if (offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    }
    return env;
}

/// Starts newsdesk with arguments and returns at once; the caller waits for what it expects.
inline void startGui(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env,
                     const QString &workingDirectory = {})
{
    process.setProgram(QStringLiteral(NEWSDESK_GUI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
}

/// How a run of newsdesk ended.
struct GuiRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("%1, exit %2\n--- stdout\n%3\n--- stderr\n%4")
            .arg(finished ? QStringLiteral("finished") : QStringLiteral("killed: it did not finish in time"))
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

/// Waits for a started newsdesk to finish, serving this process's events meanwhile (the test may be
/// the window it talks to); kills it after timeoutMs.
inline GuiRun finishGui(QProcess &process, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(20);
    }
    GuiRun run;
    run.finished = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Runs newsdesk to the end.
inline GuiRun runGui(const QStringList &arguments, const QProcessEnvironment &env,
                     const QString &workingDirectory = {})
{
    QProcess process;
    startGui(process, arguments, env, workingDirectory);
    return finishGui(process);
}

} // namespace Newsdesk::Testing
