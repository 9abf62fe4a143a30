#pragma once

// Debian's headless Chromium (/usr/bin/chromium) for the export tests, with a profile and HOME of its own:
// one-shot runs (--dump-dom, --screenshot) and a DevTools session over --remote-debugging-pipe, which
// lets a test watch a page from outside it (what it calls, loads and navigates to) without touching the
// page: no --disable-web-security, and the page's Content-Security-Policy stays as written.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

extern char **environ;

namespace Newsdesk::Testing {

/// Chromium run headless from a folder of its own: the folder is its HOME and holds its profile, so no
/// test reads or writes the user's.
class HeadlessChromium
{
public:
    /// Where chromium is, or empty when it is not installed (Debian package chromium).
    static QString executable() { return QStandardPaths::findExecutable(QStringLiteral("chromium")); }

    explicit HeadlessChromium(const QString &home)
        : m_home(home)
    {
    }

    QString home() const { return m_home; }

    /// The options every run takes: headless, no GPU, no sandbox (tests may run as root), no first-run
    /// screens, no background traffic, the test's own profile.
    QStringList commonArguments() const
    {
        return {QStringLiteral("--headless=new"),
                QStringLiteral("--disable-gpu"),
                QStringLiteral("--no-sandbox"),
                QStringLiteral("--no-first-run"),
                QStringLiteral("--no-default-browser-check"),
                QStringLiteral("--disable-background-networking"),
                QStringLiteral("--disable-component-update"),
                QStringLiteral("--disable-sync"),
                QStringLiteral("--disable-extensions"),
                QStringLiteral("--mute-audio"),
                QStringLiteral("--hide-scrollbars"),
                QStringLiteral("--user-data-dir=") + QDir(m_home).filePath(QStringLiteral("profile"))};
    }

    /// Runs chromium once with arguments after the common ones and returns what it printed, or empty
    /// when it did not finish within timeoutMs (it is then killed).
    QByteArray run(const QStringList &arguments, int timeoutMs = 120000) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home);
        process.setProcessEnvironment(environment);
        process.start(executable(), commonArguments() + arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return process.readAllStandardOutput();
    }

private:
    QString m_home;
};

/// The Chrome DevTools Protocol over --remote-debugging-pipe: Chromium reads commands from its file
/// descriptor 3 and writes replies and events to 4, each a JSON object ended by a NUL byte. Commands are
/// answered in call(); events are handed to the event handler as they arrive, so that one that must be
/// answered at once (a paused request, a dialog) can be, and are kept for takeEvents().
class DevToolsSession
{
public:
    using EventHandler = std::function<void(const QJsonObject &event)>;

    explicit DevToolsSession(const HeadlessChromium &chromium)
        : m_chromium(chromium)
    {
    }
    DevToolsSession(const DevToolsSession &) = delete;
    DevToolsSession &operator=(const DevToolsSession &) = delete;
    ~DevToolsSession() { stop(); }

    /// Starts the browser; false with a reason when it could not be started.
    bool start(QString *error)
    {
        // A browser that dies leaves the pipe without a reader; writing to it must fail, not kill the test.
        ::signal(SIGPIPE, SIG_IGN);
        int commands[2];
        int replies[2];
        if (::pipe2(commands, O_CLOEXEC) != 0 || ::pipe2(replies, O_CLOEXEC) != 0) {
            *error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        // Moved above 3 and 4 first, so that placing one end cannot close the other.
        const int childReads = ::fcntl(commands[0], F_DUPFD_CLOEXEC, 10);
        const int childWrites = ::fcntl(replies[1], F_DUPFD_CLOEXEC, 10);
        ::close(commands[0]);
        ::close(replies[1]);
        m_toBrowser = commands[1];
        m_fromBrowser = replies[0];
        if (childReads < 0 || childWrites < 0) {
            *error = QStringLiteral("fcntl: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }

        const QString log = QDir(m_chromium.home()).filePath(QStringLiteral("chromium-devtools.log"));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        const QByteArray logPath = QFile::encodeName(log);
        posix_spawn_file_actions_addopen(&actions, 2, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        posix_spawn_file_actions_adddup2(&actions, childReads, 3);
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4);
        // A process group of its own, so that stop() can end the browser with every helper it started.
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);

        QList<QByteArray> argumentBytes{QFile::encodeName(HeadlessChromium::executable())};
        for (const QString &argument :
             m_chromium.commonArguments() +
                 QStringList{QStringLiteral("--remote-debugging-pipe"), QStringLiteral("about:blank")})
            argumentBytes << argument.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &argument : argumentBytes)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        QList<QByteArray> environmentBytes{"HOME=" + QFile::encodeName(m_chromium.home())};
        for (char **variable = environ; *variable; ++variable)
            if (qstrncmp(*variable, "HOME=", 5) != 0)
                environmentBytes << QByteArray(*variable);
        std::vector<char *> envp;
        for (QByteArray &variable : environmentBytes)
            envp.push_back(variable.data());
        envp.push_back(nullptr);

        const int spawned =
            ::posix_spawn(&m_pid, argv.front(), &actions, &attributes, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(childReads);
        ::close(childWrites);
        if (spawned != 0) {
            m_pid = -1;
            *error = QStringLiteral("chromium could not be started: %1")
                         .arg(QString::fromLocal8Bit(strerror(spawned)));
            return false;
        }
        QString versionError;
        if (!call(QStringLiteral("Browser.getVersion"), {}, {}, 60000, &versionError)) {
            *error = QStringLiteral("chromium did not answer on its DevTools pipe (%1); see %2")
                         .arg(versionError, log);
            return false;
        }
        return true;
    }

    /// Ends the browser: asked first, then killed with its process group.
    void stop()
    {
        if (m_pid > 0) {
            send(QStringLiteral("Browser.close"), {});
            const QDeadlineTimer deadline(5000);
            int status = 0;
            while (::waitpid(m_pid, &status, WNOHANG) == 0 && !deadline.hasExpired())
                ::usleep(20000);
            if (::waitpid(m_pid, &status, WNOHANG) == 0) {
                ::kill(-m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
            }
            m_pid = -1;
        }
        for (int *fd : {&m_toBrowser, &m_fromBrowser})
            if (*fd >= 0) {
                ::close(*fd);
                *fd = -1;
            }
    }

    void setEventHandler(EventHandler handler) { m_handler = std::move(handler); }

    /// Sends a command without waiting for its reply (which is dropped when it comes); returns its id.
    int send(const QString &method, const QJsonObject &params, const QString &sessionId = {})
    {
        QJsonObject message{{QStringLiteral("id"), ++m_lastId},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("params"), params}};
        if (!sessionId.isEmpty())
            message.insert(QStringLiteral("sessionId"), sessionId);
        QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
        bytes.append('\0');
        qsizetype written = 0;
        while (written < bytes.size() && m_toBrowser >= 0) {
            pollfd fds[2] = {{m_toBrowser, POLLOUT, 0}, {m_fromBrowser, POLLIN, 0}};
            if (::poll(fds, 2, 1000) < 0 && errno != EINTR)
                break;
            if (fds[1].revents & POLLIN)
                readAvailable(); // the browser may be waiting for us to read before it reads on
            if (fds[0].revents & (POLLERR | POLLHUP))
                break;
            if (fds[0].revents & POLLOUT) {
                const ssize_t n =
                    ::write(m_toBrowser, bytes.constData() + written, size_t(bytes.size() - written));
                if (n < 0 && errno != EINTR && errno != EAGAIN)
                    break;
                if (n > 0)
                    written += n;
            }
        }
        return m_lastId;
    }

    /// Sends a command and waits for its result; nullopt with the reason on an error or a timeout.
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {},
                                    const QString &sessionId = {}, int timeoutMs = 30000,
                                    QString *error = nullptr)
    {
        const int id = send(method, params, sessionId);
        m_awaited.insert(id); // the reply cannot have come yet: the browser answers a whole command
        const auto forget = qScopeGuard([this, id]() { m_awaited.remove(id); });
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (const auto reply = m_replies.find(id); reply != m_replies.end()) {
                const QJsonObject message = *reply;
                m_replies.erase(reply);
                if (message.contains(QStringLiteral("error"))) {
                    if (error)
                        *error =
                            QString::fromUtf8(QJsonDocument(message.value(QStringLiteral("error")).toObject())
                                                  .toJson(QJsonDocument::Compact));
                    return std::nullopt;
                }
                return message.value(QStringLiteral("result")).toObject();
            }
            if (!wait(int(qMax<qint64>(1, deadline.remainingTime())))) {
                if (error)
                    *error = QStringLiteral("the browser closed its pipe");
                return std::nullopt;
            }
        }
        if (error)
            *error = QStringLiteral("no reply to %1 within %2 ms").arg(method).arg(timeoutMs);
        return std::nullopt;
    }

    /// Reads what the browser sends for timeMs, handing events on as they come.
    void pump(int timeMs)
    {
        const QDeadlineTimer deadline(timeMs);
        while (!deadline.hasExpired() && wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            ;
    }

    /// Waits until an event matches, reading and handing on everything else meanwhile.
    bool waitForEvent(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        qsizetype seen = 0;
        for (;;) {
            for (; seen < m_events.size(); ++seen)
                if (matches(m_events.at(seen)))
                    return true;
            if (deadline.hasExpired() || !wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
        }
    }

    /// The events received since the last call.
    QList<QJsonObject> takeEvents() { return std::exchange(m_events, {}); }

private:
    // Waits up to timeMs for bytes and reads them; false once the pipe is closed.
    bool wait(int timeMs)
    {
        if (m_fromBrowser < 0)
            return false;
        pollfd fd{m_fromBrowser, POLLIN, 0};
        const int ready = ::poll(&fd, 1, timeMs);
        if (ready < 0)
            return errno == EINTR;
        if (ready == 0)
            return true;
        return readAvailable();
    }

    bool readAvailable()
    {
        char chunk[65536];
        const ssize_t n = ::read(m_fromBrowser, chunk, sizeof chunk);
        if (n <= 0)
            return n < 0 && (errno == EINTR || errno == EAGAIN);
        m_buffer.append(chunk, n);
        for (qsizetype end; (end = m_buffer.indexOf('\0')) >= 0;) {
            const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
            if (message.contains(QStringLiteral("id"))) {
                const int id = message.value(QStringLiteral("id")).toInt();
                if (m_awaited.contains(id)) // the replies to send() alone are dropped
                    m_replies.insert(id, message);
            } else {
                m_events << message;
                if (m_handler)
                    m_handler(message);
            }
        }
        return true;
    }

    const HeadlessChromium &m_chromium;
    pid_t m_pid = -1;
    int m_toBrowser = -1;
    int m_fromBrowser = -1;
    int m_lastId = 0;
    QByteArray m_buffer;
    QSet<int> m_awaited;
    QHash<int, QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    EventHandler m_handler;
};

} // namespace Newsdesk::Testing
