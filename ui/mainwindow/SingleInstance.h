#pragma once

#include "core/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Newsdesk {

/// One Newsdesk window per library and user. The first start on a library takes a lock and listens on
/// a local socket named after the library; a later start finds the lock, hands its files over the
/// socket and exits, and the first one imports them and comes to the front. The lock, not the socket,
/// decides who is first: QLockFile notices a crashed owner, and only the owner removes a stale socket.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   ///< this process owns the library: open the window
        HandedOver ///< a running window took the files: exit
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the library's primary instance, or hands files (absolute paths or URLs) to the one
    /// running. Fails when another instance holds the library but does not answer in time.
    Result<Role> claim(const QString &libraryPath, const QStringList &files, int timeoutMs = 10000);
    /// Follows the window to another library: lets the old one go and serves the new one if it is
    /// free. A library another window has open stays served by that window.
    void moveTo(const QString &libraryPath);
    /// Whether this process is serving its library's socket.
    bool isPrimary() const;

    /// The socket name for a library: a hash of the user and the library's canonical path, so the same
    /// file reached through a symbolic link or a relative path meets the same window.
    static QString serverName(const QString &libraryPath);

signals:
    /// A later start asked for the window, with the files it was given (possibly none).
    void activationRequested(const QStringList &files);

private:
    /// Takes the library's lock and listens; false when another live process holds the lock.
    Result<bool> becomePrimary(const QString &name);
    /// Sends the files to the owner: false when nobody listens yet, an error when it did not answer.
    Result<bool> handOver(const QString &name, const QStringList &files, int timeoutMs);
    void release();
    void readRequest(QLocalSocket *socket);

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Newsdesk
