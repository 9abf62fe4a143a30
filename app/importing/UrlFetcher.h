#pragma once

#include "ImportTypes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Newsdesk {

/// Limits for fetching a URL. Declared outside UrlFetcher because a nested struct with default member
/// initialisers cannot be the `= {}` default argument of its enclosing class's functions.
struct UrlFetchOptions
{
    /// Give up when no byte arrives for this long, connecting included; 0 waits for ever.
    int timeoutMs = 30000;
    /// Refuse bodies larger than this, counted after decompression, and stop downloading them.
    qint64 maxBytes = 64 * 1024 * 1024;
    /// Redirects followed before giving up; 0 refuses any redirect.
    int maxRedirects = 10;
    QByteArray userAgent = QByteArrayLiteral("Newsdesk/" NEWSDESK_VERSION " (+https://newsdesk.example)");
};

/// Fetches http(s) URLs for import without blocking the thread it lives in: redirects are followed
/// (never from https to http), slow servers time out, oversized bodies are cut off early, gzip/deflate
/// is decoded, and the Content-Type header is split into ImportSource::contentType and declaredCharset
/// for the importers. Every failure, cancellation included, comes back as an Error with a translated
/// sentence naming the URL, so a batch can report it and go on with the next URL.
class UrlFetcher : public QObject
{
    Q_OBJECT

public:
    using Options = UrlFetchOptions;

    /// The fetcher owns one QNetworkAccessManager, so fetches share connections and cookies.
    explicit UrlFetcher(QObject *parent = nullptr);
    /// Pending fetches are dropped without emitting finished().
    ~UrlFetcher() override;

    /// Applies to fetches started afterwards; running ones keep the options they started with.
    void setOptions(const UrlFetchOptions &options);
    UrlFetchOptions options() const { return m_options; }

    /// Starts fetching url and returns at once. finished() is emitted exactly once per call, never from
    /// inside fetch() itself, also when the URL is refused up front or the fetch is aborted.
    void fetch(const QUrl &url);
    /// Aborts every running fetch; each emits finished() with a "cancelled" Error before this returns.
    void abortAll();
    /// How many fetches are running.
    int pendingCount() const { return int(m_transfers.size()); }

    /// Fetches url with a local event loop and returns the result, for worker threads and the CLI; never
    /// call it on the GUI thread. isCancelled, if given, is polled every 50 ms (e.g. a QPromise's
    /// isCanceled or a std::atomic_bool) and aborts the fetch with a "cancelled" Error when it says so.
    static Result<ImportSource> fetchBlocking(const QUrl &url, const UrlFetchOptions &options = {},
                                              const std::function<bool()> &isCancelled = {});

signals:
    /// url is the URL as passed to fetch(); the result's url is where the bytes came from after redirects.
    void finished(const QUrl &url, const Newsdesk::Result<Newsdesk::ImportSource> &result);
    /// Bytes received so far; total is -1 when the server did not say.
    void progress(const QUrl &url, qint64 received, qint64 total);

private:
    enum class StopReason { None, Cancelled, TooLarge };

    struct Transfer
    {
        QUrl requested;
        UrlFetchOptions options;
        QByteArray body;
        StopReason stopReason = StopReason::None;
    };

    void onMetaDataChanged(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void stop(QNetworkReply *reply, StopReason reason);
    static Result<ImportSource> resultFor(QNetworkReply *reply, Transfer &transfer);

    QNetworkAccessManager *m_manager = nullptr;
    UrlFetchOptions m_options;
    QHash<QNetworkReply *, Transfer> m_transfers;
};

} // namespace Newsdesk
