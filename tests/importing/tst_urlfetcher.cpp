// Tests for UrlFetcher against a small HTTP/1.1 server inside the test, listening on 127.0.0.1 only:
// content types and charsets, redirects, HTTP errors, timeouts, the size cap, gzip and its bomb check,
// refused schemes, concurrent fetches, cancellation and the blocking variant on a worker thread.

#include "importing/UrlFetcher.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

namespace {

// 日本語の表 in Shift_JIS; 表 (0x95 0x5C) has a backslash as its second byte, which a decoding round
// trip would mangle, so equal bytes prove nothing touched them.
const QByteArray ShiftJisPage =
    QByteArrayLiteral("<html><head><title>\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x95\x5c</title></head>"
                      "<body><p>\x93\xfa\x96\x7b\x8c\xea</p></body></html>");

constexpr qint64 SmallCap = 64 * 1024;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out += char((value >> (8 * i)) & 0xff);
}

// A real gzip member (RFC 1952), built from qCompress's zlib stream, so the test needs no zlib of its own:
// qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate data and a 4-byte Adler-32.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9).mid(4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(2, zlib.size() - 6);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

QByteArray htmlOf(qint64 bytes)
{
    QByteArray page("<html><body>");
    while (page.size() < bytes)
        page += "<p>The harbour board met on Tuesday to discuss the pier.</p>\n";
    page.truncate(bytes);
    return page;
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray head(int status, const QByteArray &reason, const Headers &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "Connection: close\r\n\r\n";
}

/// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 serving canned responses by path.
class LocalHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray target; ///< Path and query as sent.
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< Names in lower case.
    };
    using Handler = std::function<void(QTcpSocket *, const Request &)>;

    LocalHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
    }
    ~LocalHttpServer() override
    {
        m_server.close();
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
            socket->disconnect(this);
            socket->abort();
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &target) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(target)); }
    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

    int connectionCount() const { return m_connections; }
    int openConnections() const { return m_open; }
    int hits(const QByteArray &path) const
    {
        return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                                 [&](const Request &request) { return request.path == path; }));
    }
    QList<Request> requests() const { return m_requests; }

    /// Writes a whole response and closes the connection once it is sent.
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, Headers headers,
                        const QByteArray &body = {})
    {
        headers.append({"Content-Length", QByteArray::number(body.size())});
        socket->write(head(status, reason, headers) + body);
        socket->disconnectFromHost();
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            ++m_open;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        if (buffer.isNull() && socket->property("answered").toBool())
            return;
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;

        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        buffer = QByteArray();
        socket->setProperty("answered", true);
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.target = requestLine.value(1);
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        m_requests.append(request);

        if (const auto handler = m_routes.constFind(request.path); handler != m_routes.constEnd())
            (*handler)(socket, request);
        else
            respond(socket, 404, "Not Found", {{"Content-Type", "text/plain"}}, "no such page");
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_connections = 0;
    int m_open = 0;
};

QString queryValue(const LocalHttpServer::Request &request, const QString &key)
{
    return QUrlQuery(QUrl::fromEncoded(request.target).query(QUrl::FullyEncoded))
        .queryItemValue(key, QUrl::FullyDecoded);
}

/// Collects every finished() of one fetcher, to check each fetch finishes exactly once.
struct Finished
{
    std::vector<std::pair<QUrl, Result<ImportSource>>> results;

    explicit Finished(UrlFetcher &fetcher)
    {
        QObject::connect(&fetcher, &UrlFetcher::finished, &fetcher,
                         [this](const QUrl &url, const Result<ImportSource> &result) {
                             results.emplace_back(url, result);
                         });
    }
    int count(const QUrl &url) const
    {
        return int(
            std::count_if(results.cbegin(), results.cend(), [&](const auto &r) { return r.first == url; }));
    }
    const Result<ImportSource> *resultFor(const QUrl &url) const
    {
        for (const auto &[requested, result] : results) {
            if (requested == url)
                return &result;
        }
        return nullptr;
    }
};

/// Fetches one URL and waits for its result (empty when none came within waitMs).
std::optional<Result<ImportSource>> fetchAndWait(const QUrl &url, const UrlFetchOptions &options = {},
                                                 int waitMs = 5000)
{
    UrlFetcher fetcher;
    fetcher.setOptions(options);
    std::optional<Result<ImportSource>> outcome;
    QObject::connect(&fetcher, &UrlFetcher::finished, &fetcher,
                     [&](const QUrl &, const Result<ImportSource> &result) { outcome.emplace(result); });
    fetcher.fetch(url);
    // No result after waitMs is what the caller checks for; qWaitFor's own answer says the same.
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, waitMs);
    return outcome;
}

} // namespace

class TestUrlFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contentTypeAndCharset_data();
    void contentTypeAndCharset();
    void requestHeaders();
    void redirectChain();
    void redirectLoop();
    void httpErrors_data();
    void httpErrors();
    void connectionRefused();
    void timeout();
    void tooLarge_data();
    void tooLarge();
    void bodyAtTheCap();
    void gzipIsDecoded();
    void decompressionBombIsRefused();
    void refusedUrls_data();
    void refusedUrls();
    void severalAtOnce();
    void abortAll();
    void destroyedWhilePending();
    void progress();
    void fetchBlockingOnWorkerThread();
    void fetchBlockingCancelled();

private:
    std::unique_ptr<LocalHttpServer> m_server;
};

void TestUrlFetcher::initTestCase()
{
    // Whatever the environment says about proxies, these requests go straight to 127.0.0.1.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestUrlFetcher::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    LocalHttpServer *server = m_server.get();
    using R = LocalHttpServer::Request;

    server->route("/sjis", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK", {{"Content-Type", "text/html; charset=Shift_JIS"}},
                                 ShiftJisPage);
    });
    server->route("/ct", [](QTcpSocket *socket, const R &request) {
        Headers headers;
        if (const QString value = queryValue(request, u"v"_s); !value.isNull())
            headers.append({"Content-Type", value.toLatin1()});
        LocalHttpServer::respond(socket, 200, "OK", headers, "<p>hello</p>");
    });
    server->route("/ok", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK", {{"Content-Type", "text/plain"}}, "ok");
    });
    server->route("/r1", [server](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 301, "Moved Permanently",
                                 {{"Location", server->url(u"/r2"_s).toEncoded()}});
    });
    server->route("/r2", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 302, "Found", {{"Location", "/final?from=r2"}});
    });
    server->route("/final", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK", {{"Content-Type", "text/html"}}, "<p>final</p>");
    });
    server->route("/loop", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 302, "Found", {{"Location", "/loop"}});
    });
    server->route("/status", [](QTcpSocket *socket, const R &request) {
        LocalHttpServer::respond(socket, queryValue(request, u"code"_s).toInt(),
                                 queryValue(request, u"reason"_s).toLatin1(), {{"Content-Type", "text/html"}},
                                 "<h1>error page</h1>");
    });
    // Reads the request and never answers.
    server->route("/slow", [](QTcpSocket *, const R &) {});
    // Each sends only part of a 1 MB body and then stalls: the fetch must give up without the rest.
    server->route("/big-length", [](QTcpSocket *socket, const R &) {
        socket->write(head(200, "OK", {{"Content-Type", "text/html"}, {"Content-Length", "1048576"}}) +
                      htmlOf(16 * 1024));
    });
    server->route("/big-close", [](QTcpSocket *socket, const R &) {
        socket->write(head(200, "OK", {{"Content-Type", "text/html"}}) + htmlOf(128 * 1024));
    });
    server->route("/big-chunked", [](QTcpSocket *socket, const R &) {
        const QByteArray chunk = htmlOf(128 * 1024);
        socket->write(head(200, "OK", {{"Content-Type", "text/html"}, {"Transfer-Encoding", "chunked"}}) +
                      QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    });
    server->route("/at-cap", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK", {{"Content-Type", "text/html"}}, htmlOf(SmallCap));
    });
    server->route("/gzip", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK",
                                 {{"Content-Type", "text/html; charset=utf-8"}, {"Content-Encoding", "gzip"}},
                                 gzip(htmlOf(300 * 1024)));
    });
    // 24 MB of zeros in about 24 KB: far past Qt's 10 MB / 40:1 bomb threshold, well under our 64 MB cap.
    server->route("/bomb", [](QTcpSocket *socket, const R &) {
        static const QByteArray bomb = gzip(QByteArray(24 * 1024 * 1024, '\0'));
        LocalHttpServer::respond(socket, 200, "OK",
                                 {{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}}, bomb);
    });
    server->route("/progress", [](QTcpSocket *socket, const R &) {
        LocalHttpServer::respond(socket, 200, "OK", {{"Content-Type", "text/html"}}, htmlOf(200 * 1024));
    });
}

void TestUrlFetcher::cleanup()
{
    m_server.reset();
}

void TestUrlFetcher::contentTypeAndCharset_data()
{
    QTest::addColumn<QString>("header"); // null: no Content-Type header at all
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("charset");

    QTest::newRow("plain") << u"text/html"_s << u"text/html"_s << QString();
    QTest::newRow("charset") << u"text/html; charset=Shift_JIS"_s << u"text/html"_s << u"Shift_JIS"_s;
    QTest::newRow("case and quotes") << u"Text/HTML;Charset=\"utf-8\""_s << u"text/html"_s << u"utf-8"_s;
    QTest::newRow("spaces") << u"  application/rss+xml ;  charset = koi8-r  "_s << u"application/rss+xml"_s
                            << u"koi8-r"_s;
    QTest::newRow("quoted semicolon")
        << u"text/html; title=\"a;charset=x\"; charset=iso-8859-2"_s << u"text/html"_s << u"iso-8859-2"_s;
    QTest::newRow("empty charset") << u"text/plain; charset="_s << u"text/plain"_s << QString();
    QTest::newRow("none") << QString() << QString() << QString();
}

void TestUrlFetcher::contentTypeAndCharset()
{
    QFETCH(QString, header);
    QFETCH(QString, contentType);
    QFETCH(QString, charset);

    QUrl url = m_server->url(u"/ct"_s);
    if (!header.isNull()) {
        QUrlQuery query;
        query.addQueryItem(u"v"_s, QString::fromLatin1(QUrl::toPercentEncoding(header)));
        url.setQuery(query);
    }
    const auto result = fetchAndWait(url);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE((*result)->contentType, contentType);
    QCOMPARE((*result)->declaredCharset.isEmpty(), charset.isEmpty());
    if (!charset.isEmpty())
        QCOMPARE((*result)->declaredCharset, charset);
    QCOMPARE((*result)->data, QByteArray("<p>hello</p>"));

    // And a real Shift_JIS page comes through byte for byte, undecoded.
    const QUrl sjis = m_server->url(u"/sjis"_s);
    const auto page = fetchAndWait(sjis);
    QVERIFY(page);
    QVERIFY2(page->ok(), qPrintable(page->errorString()));
    QCOMPARE((*page)->data, ShiftJisPage);
    QCOMPARE((*page)->contentType, u"text/html"_s);
    QCOMPARE((*page)->declaredCharset, u"Shift_JIS"_s);
    QCOMPARE((*page)->url, sjis);
    QCOMPARE((*page)->name, sjis.toString());
}

void TestUrlFetcher::requestHeaders()
{
    QVERIFY(fetchAndWait(m_server->url(u"/ok"_s)));
    const QList<LocalHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const auto &headers = requests.first().headers;
    QVERIFY(headers.value("user-agent").startsWith("Newsdesk/" NEWSDESK_VERSION));
    QVERIFY(headers.value("accept").contains("text/html"));
    // Left to Qt, so that Qt decodes what it offers.
    QVERIFY(headers.value("accept-encoding").contains("gzip"));

    UrlFetchOptions options;
    options.userAgent = "NewsdeskTest/1";
    QVERIFY(fetchAndWait(m_server->url(u"/ok"_s), options));
    QCOMPARE(m_server->requests().last().headers.value("user-agent"), QByteArray("NewsdeskTest/1"));
}

void TestUrlFetcher::redirectChain()
{
    const QUrl start = m_server->url(u"/r1"_s);
    const auto result = fetchAndWait(start);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE((*result)->url, m_server->url(u"/final?from=r2"_s));
    QCOMPARE((*result)->name, start.toString());
    QCOMPARE((*result)->data, QByteArray("<p>final</p>"));
    QCOMPARE((*result)->contentType, u"text/html"_s);
    QCOMPARE(m_server->hits("/r1"), 1);
    QCOMPARE(m_server->hits("/r2"), 1);
    QCOMPARE(m_server->hits("/final"), 1);
}

void TestUrlFetcher::redirectLoop()
{
    UrlFetchOptions options;
    options.maxRedirects = 3;
    const QUrl url = m_server->url(u"/loop"_s);
    const auto result = fetchAndWait(url, options);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(result->errorString().contains(u"redirect"_s), qPrintable(result->errorString()));
    QVERIFY2(result->errorString().contains(url.toDisplayString()), qPrintable(result->errorString()));
    // The first request plus the three redirects allowed, and not one more.
    QCOMPARE(m_server->hits("/loop"), 4);

    options.maxRedirects = 0;
    const auto none = fetchAndWait(m_server->url(u"/r1"_s), options);
    QVERIFY(none);
    QVERIFY(!none->ok());
    QCOMPARE(m_server->hits("/r2"), 0);
}

void TestUrlFetcher::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("404") << 404 << u"Not Found"_s << Error::Code::NotFound;
    QTest::newRow("410") << 410 << u"Gone"_s << Error::Code::NotFound;
    QTest::newRow("403") << 403 << u"Forbidden"_s << Error::Code::Failed;
    QTest::newRow("500") << 500 << u"Internal Server Error"_s << Error::Code::Failed;
    QTest::newRow("503") << 503 << u"Service Unavailable"_s << Error::Code::Failed;
    // A redirect with nowhere to go cannot be followed; it is no page either.
    QTest::newRow("301 without Location") << 301 << u"Moved Permanently"_s << Error::Code::Failed;
}

void TestUrlFetcher::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(Error::Code, code);

    QUrl url = m_server->url(u"/status"_s);
    url.setQuery(
        u"code=%1&reason=%2"_s.arg(status).arg(QString::fromLatin1(QUrl::toPercentEncoding(reason))));
    const auto result = fetchAndWait(url);
    QVERIFY(result);
    QVERIFY(!result->ok());
    const QString message = result->errorString();
    QVERIFY2(message.contains(u"%1 %2"_s.arg(status).arg(reason)), qPrintable(message));
    QVERIFY2(message.contains(url.toDisplayString()), qPrintable(message));
    QCOMPARE(result->error().code, code);
}

void TestUrlFetcher::connectionRefused()
{
    // A port that was free a moment ago on 127.0.0.1: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const QUrl url(u"http://127.0.0.1:%1/page"_s.arg(port));
    const auto result = fetchAndWait(url);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(result->errorString().contains(url.toDisplayString()), qPrintable(result->errorString()));
    QVERIFY2(result->errorString().contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(result->errorString()));
}

void TestUrlFetcher::timeout()
{
    UrlFetchOptions options;
    options.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const auto result = fetchAndWait(m_server->url(u"/slow"_s), options);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(elapsed < 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY2(result->errorString().contains(u"timed out after 0.3 s"_s), qPrintable(result->errorString()));
    QCOMPARE(m_server->hits("/slow"), 1);
}

void TestUrlFetcher::tooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Content-Length") << u"/big-length"_s;
    QTest::newRow("close-delimited") << u"/big-close"_s;
    QTest::newRow("chunked") << u"/big-chunked"_s;
}

void TestUrlFetcher::tooLarge()
{
    QFETCH(QString, path);
    UrlFetchOptions options;
    options.maxBytes = SmallCap;
    options.timeoutMs = 10000; // longer than the test waits: the cap, not the timeout, must end it
    QElapsedTimer timer;
    timer.start();
    const auto result = fetchAndWait(m_server->url(path), options, 4000);
    QVERIFY2(result, "the fetch waited for a body the server never finished sending");
    QVERIFY(!result->ok());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(result->errorString().contains(u"larger than 64 kB"_s), qPrintable(result->errorString()));
    // The connection is dropped, not left to drain.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

void TestUrlFetcher::bodyAtTheCap()
{
    UrlFetchOptions options;
    options.maxBytes = SmallCap;
    const auto result = fetchAndWait(m_server->url(u"/at-cap"_s), options);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE((*result)->data, htmlOf(SmallCap));
}

void TestUrlFetcher::gzipIsDecoded()
{
    const auto result = fetchAndWait(m_server->url(u"/gzip"_s));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE((*result)->data, htmlOf(300 * 1024));
    QCOMPARE((*result)->contentType, u"text/html"_s);
    QCOMPARE((*result)->declaredCharset, u"utf-8"_s);

    // The cap counts decoded bytes: 300 KB of HTML compresses far below 64 KB.
    UrlFetchOptions options;
    options.maxBytes = SmallCap;
    const auto capped = fetchAndWait(m_server->url(u"/gzip"_s), options);
    QVERIFY(capped);
    QVERIFY(!capped->ok());
    QVERIFY2(capped->errorString().contains(u"larger than"_s), qPrintable(capped->errorString()));
}

void TestUrlFetcher::decompressionBombIsRefused()
{
    QElapsedTimer timer;
    timer.start();
    const auto result = fetchAndWait(m_server->url(u"/bomb"_s), {}, 10000);
    QVERIFY(result);
    QVERIFY(!result->ok());
    // Qt's check stopped it, not our size cap, which is above 24 MB by default.
    QVERIFY2(!result->errorString().contains(u"larger than"_s), qPrintable(result->errorString()));
    QVERIFY2(result->errorString().contains(u"ecompress"_s), qPrintable(result->errorString()));
}

void TestUrlFetcher::refusedUrls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1/page.html"_s);
    QTest::newRow("file") << QUrl(u"file:///etc/hostname"_s);
    QTest::newRow("data") << QUrl(u"data:text/html,<p>hi</p>"_s);
    QTest::newRow("no scheme") << QUrl(u"127.0.0.1/page.html"_s);
    QTest::newRow("empty") << QUrl();
    QTest::newRow("no host") << QUrl(u"http:///page.html"_s);
}

void TestUrlFetcher::refusedUrls()
{
    QFETCH(QUrl, url);
    UrlFetcher fetcher;
    Finished finished(fetcher);
    fetcher.fetch(url);
    QCOMPARE(finished.results.size(), size_t(0)); // never from inside fetch()
    QCOMPARE(fetcher.pendingCount(), 0);
    QTRY_COMPARE(finished.results.size(), size_t(1));
    const Result<ImportSource> &result = finished.results.front().second;
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);
    QVERIFY(!result.errorString().isEmpty());
    QCOMPARE(finished.results.front().first, url);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestUrlFetcher::severalAtOnce()
{
    UrlFetcher fetcher;
    UrlFetchOptions options;
    options.timeoutMs = 300;
    fetcher.setOptions(options);
    Finished finished(fetcher);

    const QList<QUrl> urls = {
        m_server->url(u"/ok"_s),    m_server->url(u"/sjis"_s),
        m_server->url(u"/r1"_s),    m_server->url(u"/status?code=404&reason=Not%20Found"_s),
        m_server->url(u"/slow"_s),  m_server->url(u"/gzip"_s),
        QUrl(u"ftp://127.0.0.1/"_s)};
    for (const QUrl &url : urls)
        fetcher.fetch(url);
    QCOMPARE(fetcher.pendingCount(), int(urls.size()) - 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.results.size(), size_t(urls.size()), 5000);
    QCOMPARE(fetcher.pendingCount(), 0);

    QTest::qWait(400); // longer than the timeout: nothing may finish a second time
    QCOMPARE(finished.results.size(), size_t(urls.size()));
    for (const QUrl &url : urls)
        QCOMPARE(finished.count(url), 1);
    QVERIFY(finished.resultFor(urls[0])->ok());
    QVERIFY(finished.resultFor(urls[1])->ok());
    QVERIFY(finished.resultFor(urls[2])->ok());
    QVERIFY(!finished.resultFor(urls[3])->ok());
    QVERIFY(!finished.resultFor(urls[4])->ok());
    QVERIFY(finished.resultFor(urls[5])->ok());
    QVERIFY(!finished.resultFor(urls[6])->ok());
}

void TestUrlFetcher::abortAll()
{
    UrlFetcher fetcher;
    Finished finished(fetcher);
    const QList<QUrl> urls = {m_server->url(u"/slow?n=1"_s), m_server->url(u"/slow?n=2"_s),
                              m_server->url(u"/slow?n=3"_s)};
    for (const QUrl &url : urls)
        fetcher.fetch(url);
    QTRY_COMPARE(m_server->hits("/slow"), 3);
    QVERIFY(finished.results.empty());

    fetcher.abortAll();
    QCOMPARE(finished.results.size(), size_t(3));
    QCOMPARE(fetcher.pendingCount(), 0);
    for (const QUrl &url : urls) {
        QCOMPARE(finished.count(url), 1);
        const Result<ImportSource> *result = finished.resultFor(url);
        QVERIFY(!result->ok());
        QVERIFY2(result->errorString().contains(u"cancelled"_s), qPrintable(result->errorString()));
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.results.size(), size_t(3));

    // The fetcher is still usable afterwards.
    const QUrl ok = m_server->url(u"/ok"_s);
    fetcher.fetch(ok);
    QTRY_COMPARE(finished.count(ok), 1);
    QVERIFY(finished.resultFor(ok)->ok());
}

void TestUrlFetcher::destroyedWhilePending()
{
    int emissions = 0;
    {
        UrlFetcher fetcher;
        QObject counter;
        connect(&fetcher, &UrlFetcher::finished, &counter, [&] { ++emissions; });
        fetcher.fetch(m_server->url(u"/slow"_s));
        QTRY_COMPARE(m_server->hits("/slow"), 1);
    }
    QCOMPARE(emissions, 0);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestUrlFetcher::progress()
{
    UrlFetcher fetcher;
    Finished finished(fetcher);
    const QUrl url = m_server->url(u"/progress"_s);
    qint64 lastReceived = -1;
    qint64 lastTotal = 0;
    int reports = 0;
    connect(&fetcher, &UrlFetcher::progress, this, [&](const QUrl &reported, qint64 received, qint64 total) {
        QCOMPARE(reported, url);
        QVERIFY(received >= lastReceived);
        lastReceived = received;
        lastTotal = total;
        ++reports;
    });
    fetcher.fetch(url);
    QTRY_COMPARE(finished.results.size(), size_t(1));
    QVERIFY(finished.results.front().second.ok());
    QVERIFY(reports > 0);
    QCOMPARE(lastReceived, qint64(200 * 1024));
    QCOMPARE(lastTotal, qint64(200 * 1024));
}

void TestUrlFetcher::fetchBlockingOnWorkerThread()
{
    const QUrl url = m_server->url(u"/r1"_s);
    QThread *testThread = QThread::currentThread();
    std::atomic_bool onOtherThread = false;
    // The server lives on this thread, so this thread keeps its event loop running while it waits.
    QFuture<Result<ImportSource>> future = QtConcurrent::run([url, testThread, &onOtherThread] {
        onOtherThread = QThread::currentThread() != testThread;
        return UrlFetcher::fetchBlocking(url);
    });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    QVERIFY(onOtherThread);
    const Result<ImportSource> result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->data, QByteArray("<p>final</p>"));
    QCOMPARE(result->url, m_server->url(u"/final?from=r2"_s));

    // Errors come back the same way.
    const QUrl missing = m_server->url(u"/missing"_s);
    QFuture<Result<ImportSource>> failing =
        QtConcurrent::run([missing] { return UrlFetcher::fetchBlocking(missing); });
    QTRY_VERIFY_WITH_TIMEOUT(failing.isFinished(), 5000);
    QCOMPARE(failing.result().error().code, Error::Code::NotFound);

    const QUrl ftp(u"ftp://127.0.0.1/"_s);
    QFuture<Result<ImportSource>> refused =
        QtConcurrent::run([ftp] { return UrlFetcher::fetchBlocking(ftp); });
    QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 5000);
    QCOMPARE(refused.result().error().code, Error::Code::InvalidArgument);
}

void TestUrlFetcher::fetchBlockingCancelled()
{
    const QUrl url = m_server->url(u"/slow"_s);
    std::atomic_bool cancel = false;
    UrlFetchOptions options;
    options.timeoutMs = 20000;
    QFuture<Result<ImportSource>> future = QtConcurrent::run([url, options, &cancel] {
        return UrlFetcher::fetchBlocking(url, options, [&] { return cancel.load(); });
    });
    QTRY_COMPARE(m_server->hits("/slow"), 1);
    QElapsedTimer timer;
    timer.start();
    cancel = true;
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 2000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    const Result<ImportSource> result = future.result();
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(u"cancelled"_s), qPrintable(result.errorString()));

    // Cancelled before it started: no connection at all.
    const int connections = m_server->connectionCount();
    const Result<ImportSource> early = UrlFetcher::fetchBlocking(url, options, [] { return true; });
    QVERIFY(!early.ok());
    QCOMPARE(m_server->connectionCount(), connections);
}

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
