#pragma once

#include <QHash>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Newsdesk::Testing {

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: canned responses by path, 404 for the rest, one
/// request per connection; requests() lists the paths asked for, in order.
class LocalHttpServer : public QTcpServer
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
    };

    LocalHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    void serve(const QString &path, const Response &response) { m_responses.insert(path, response); }
    QStringList requests() const { return m_requests; }
    /// Connections accepted, including any that never sent a request (a browser's preconnect).
    int connectionCount() const { return m_connections; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> firstLine = request.left(request.indexOf("\r\n")).split(' ');
        m_pending.remove(socket);
        const QString path = firstLine.size() > 1 ? QString::fromLatin1(firstLine.at(1)) : QString();
        m_requests << path;
        const Response response = m_responses.value(path, Response{404, "text/plain", "Not found"});
        const QByteArray reason =
            response.status == 200 ? "OK" : (response.status == 404 ? "Not Found" : "Error");
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason +
                      "\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + response.body);
        socket->disconnectFromHost();
    }

    QHash<QString, Response> m_responses;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QStringList m_requests;
    int m_connections = 0;
};

} // namespace Newsdesk::Testing
