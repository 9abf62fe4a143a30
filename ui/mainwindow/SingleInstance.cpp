#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Newsdesk {

namespace {

constexpr quint32 Magic = 0x4e44534b; // "NDSK": refuses whatever else finds the socket
constexpr quint32 ProtocolVersion = 1;
constexpr char Acknowledged = '\1';
// A request is a list of paths; anything bigger is not one of ours.
constexpr qint64 MaxRequestBytes = 4 * 1024 * 1024;

QString currentUser()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

/// The library's path with links resolved; for a library not created yet, its folder's.
QString canonicalLibraryPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

QString lockPath(const QString &name)
{
    return QDir::tempPath() + QLatin1Char('/') + name + QStringLiteral(".lock");
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    release();
}

QString SingleInstance::serverName(const QString &libraryPath)
{
    const QByteArray key = (currentUser() + QLatin1Char('\n') + canonicalLibraryPath(libraryPath)).toUtf8();
    // 32 hex digits keep the socket path far below the 108 bytes a Unix socket address allows.
    return QStringLiteral("newsdesk-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

bool SingleInstance::isPrimary() const
{
    return m_server != nullptr;
}

Result<SingleInstance::Role> SingleInstance::claim(const QString &libraryPath, const QStringList &files,
                                                   int timeoutMs)
{
    release();
    const QString name = serverName(libraryPath);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Result<bool> primary = becomePrimary(name);
        if (!primary)
            return primary.error();
        if (*primary)
            return Role::Primary;
        // The owner may be between taking the lock and listening, or just closing: try both again.
        const Result<bool> handed = handOver(name, files, int(deadline.remainingTime()));
        if (!handed)
            return handed.error();
        if (*handed)
            return Role::HandedOver;
        if (deadline.hasExpired())
            return Error{Error::Code::Locked,
                         tr("Another Newsdesk window has %1 open but does not answer.")
                             .arg(QDir::toNativeSeparators(canonicalLibraryPath(libraryPath)))};
        QThread::msleep(100);
    }
}

void SingleInstance::moveTo(const QString &libraryPath)
{
    release();
    // Another window serving that library keeps doing so; this one then just serves nothing.
    (void)becomePrimary(serverName(libraryPath));
}

Result<bool> SingleInstance::becomePrimary(const QString &name)
{
    auto lock = std::make_unique<QLockFile>(lockPath(name));
    lock->setStaleLockTime(0); // an owner alive for days is still the owner; only a dead one is stale
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return false;
        return Error{Error::Code::Failed,
                     tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(lockPath(name)))};
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // We hold the lock, so a socket left there belongs to an instance that crashed.
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            const QString message =
                tr("Cannot listen for other Newsdesk windows: %1").arg(server->errorString());
            delete server;
            return Error{Error::Code::Failed, message};
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server]() {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { readRequest(socket); });
            readRequest(socket);
        }
    });
    m_lock = std::move(lock);
    m_server = server;
    return true;
}

Result<bool> SingleInstance::handOver(const QString &name, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(std::max(timeoutMs, 1)))
        return false; // nobody listening (yet): the caller tries again

    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << ProtocolVersion << files;
    socket.write(request);
    const QDeadlineTimer deadline(std::max(timeoutMs, 1));
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(int(deadline.remainingTime()))) {
    }
    // Once the request is out, asking again could import the files twice: no answer is an error.
    while (socket.bytesAvailable() < 1 && socket.state() == QLocalSocket::ConnectedState &&
           socket.waitForReadyRead(int(deadline.remainingTime()))) {
    }
    if (socket.read(1) != QByteArray(1, Acknowledged))
        return Error{Error::Code::Failed,
                     tr("The running Newsdesk window did not take the files: %1").arg(socket.errorString())};
    return true;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    quint32 magic = 0;
    in >> magic;
    if (in.status() == QDataStream::Ok && magic != Magic) {
        socket->abort();
        return;
    }
    quint32 version = 0;
    QStringList files;
    in >> version >> files;
    if (!in.commitTransaction())
        return; // the rest is on its way
    if (version != ProtocolVersion) {
        socket->abort();
        return;
    }
    socket->write(QByteArray(1, Acknowledged));
    socket->flush();
    emit activationRequested(files);
}

void SingleInstance::release()
{
    delete m_server; // closes it and removes the socket file
    m_server = nullptr;
    m_lock.reset(); // unlocks
}

} // namespace Newsdesk
