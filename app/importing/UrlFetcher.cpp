#include "UrlFetcher.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace Newsdesk {

namespace {

// Pages first, then feeds (a URL may be either), then anything: the importers sniff the bytes anyway.
constexpr char AcceptHeader[] = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                                "application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

// How often fetchBlocking() asks its caller whether to give up; short enough that cancelling feels
// immediate, long enough to cost nothing.
constexpr int CancelPollMs = 50;

struct ContentType
{
    QString mimeType;
    QString charset;
};

// Splits "Text/HTML; charset=\"Shift_JIS\"" into "text/html" and "Shift_JIS" (RFC 9110 §8.3). Parameter
// values may be quoted strings containing ';' and backslash escapes, so this is a small scanner rather
// than a split on ';'. The first charset parameter wins; the charset keeps its case for the decoder's
// messages (TextDecoder compares labels loosely).
ContentType parseContentType(const QByteArray &header)
{
    ContentType result;
    const qsizetype end = header.size();
    qsizetype pos = header.indexOf(';');
    result.mimeType = QString::fromLatin1((pos < 0 ? header : header.left(pos)).trimmed()).toLower();
    if (pos < 0)
        return result;

    auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    ++pos;
    while (pos < end) {
        while (pos < end && (isSpace(header[pos]) || header[pos] == ';'))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < end && header[pos] != '=' && header[pos] != ';')
            ++pos;
        const QByteArray name = header.mid(nameStart, pos - nameStart).trimmed().toLower();
        if (pos >= end || header[pos] != '=')
            continue; // A parameter without a value: nothing to take from it.
        ++pos;
        while (pos < end && isSpace(header[pos]))
            ++pos;

        QByteArray value;
        if (pos < end && header[pos] == '"') {
            for (++pos; pos < end && header[pos] != '"'; ++pos) {
                if (header[pos] == '\\' && pos + 1 < end)
                    ++pos;
                value += header[pos];
            }
            while (pos < end && header[pos] != ';')
                ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < end && header[pos] != ';')
                ++pos;
            value = header.mid(valueStart, pos - valueStart).trimmed();
        }
        if (name == "charset" && result.charset.isEmpty())
            result.charset = QString::fromLatin1(value.trimmed());
    }
    return result;
}

// "64 MB", "64 KB", "1.5 MB": whole numbers when the limit is a whole number of units, as limits are.
QString formatSize(qint64 bytes)
{
    qint64 unit = 1;
    while (unit < qint64(1) << 30 && bytes >= unit * 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QString formatSeconds(int milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'f', QLocale::FloatingPointShortest);
}

// For messages and reports: a password in a URL must not end up in an import report.
QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePassword);
}

} // namespace

UrlFetcher::UrlFetcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

UrlFetcher::~UrlFetcher()
{
    // Emitting finished() from a half-destroyed fetcher would call receivers that may be going away with
    // it (its parent, a local event loop), so pending fetches end silently, as documented.
    const QList<QNetworkReply *> replies = m_transfers.keys();
    m_transfers.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void UrlFetcher::setOptions(const UrlFetchOptions &options)
{
    m_options = options;
}

void UrlFetcher::fetch(const QUrl &url)
{
    std::optional<Error> refusal;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isEmpty() || url.isRelative()) {
        refusal = Error{
            Error::Code::InvalidArgument,
            tr("“%1” is not a web address; Newsdesk fetches only http and https URLs.").arg(displayUrl(url))};
    } else if (scheme != u"http" && scheme != u"https") {
        refusal =
            Error{Error::Code::InvalidArgument,
                  tr("%1 is not an http or https URL; Newsdesk fetches only those.").arg(displayUrl(url))};
    } else if (url.host().isEmpty()) {
        refusal = Error{Error::Code::InvalidArgument,
                        tr("“%1” names no server to fetch from.").arg(displayUrl(url))};
    }
    if (refusal) {
        // Queued, so that finished() never fires inside fetch(): a caller that counts pending fetches
        // after calling fetch() would otherwise see this one finish before it started.
        QMetaObject::invokeMethod(
            this, [this, url, error = *refusal] { emit finished(url, Result<ImportSource>(error)); },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    // Follows https→https, http→http and http→https, never https→http: a page asked for securely is not
    // silently read in the clear.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(std::max(0, m_options.maxRedirects));
    // An inactivity timeout, restarted by every byte, so a big page on a slow line still arrives.
    request.setTransferTimeout(std::max(0, m_options.timeoutMs));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader("Accept", AcceptHeader);
    // Accept-Encoding is deliberately left unset: then Qt offers the encodings it can decode and decodes
    // them itself, with its decompression-bomb check (decompressedSafetyCheckThreshold, 10 MB at a ratio
    // over 40:1 by default) left on. Setting the header by hand would hand us undecoded bytes.

    QNetworkReply *reply = m_manager->get(request);
    m_transfers.insert(reply, Transfer{url, m_options, {}, StopReason::None});

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (const auto it = m_transfers.constFind(reply); it != m_transfers.constEnd())
            emit progress(it->requested, received, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void UrlFetcher::abortAll()
{
    // abort() emits finished() synchronously, which removes the reply from m_transfers; hence the copy.
    const QList<QNetworkReply *> replies = m_transfers.keys();
    for (QNetworkReply *reply : replies)
        stop(reply, StopReason::Cancelled);
}

void UrlFetcher::stop(QNetworkReply *reply, StopReason reason)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    it->stopReason = reason;
    // The transfer may be gone once abort() returns; it must not be touched after this line.
    reply->abort();
}

void UrlFetcher::onMetaDataChanged(QNetworkReply *reply)
{
    const auto it = m_transfers.constFind(reply);
    if (it == m_transfers.constEnd())
        return;
    // A redirect's own headers say nothing about the page it leads to.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;
    // Refusing on the declared length saves downloading the first maxBytes of a body we would refuse
    // anyway. For a compressed body this is the compressed length, which only underestimates the page.
    bool known = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > it->options.maxBytes)
        stop(reply, StopReason::TooLarge);
}

void UrlFetcher::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    // Reading as the bytes arrive keeps Qt's own buffer small and lets the cap stop a body without a
    // Content-Length (chunked or close-delimited) as soon as it passes the limit.
    it->body += reply->readAll();
    if (it->body.size() > it->options.maxBytes)
        stop(reply, StopReason::TooLarge);
}

void UrlFetcher::onFinished(QNetworkReply *reply)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    Transfer transfer = std::move(*it);
    m_transfers.erase(it);
    reply->deleteLater();

    // An aborted reply (the transfer timeout aborts too) is closed and has nothing more to read.
    if (transfer.stopReason == StopReason::None && reply->isOpen()) {
        transfer.body += reply->readAll();
        if (transfer.body.size() > transfer.options.maxBytes)
            transfer.stopReason = StopReason::TooLarge;
    }
    // Emitted after the bookkeeping, so a receiver may call fetch() or abortAll() right away.
    emit finished(transfer.requested, resultFor(reply, transfer));
}

Result<ImportSource> UrlFetcher::resultFor(QNetworkReply *reply, Transfer &transfer)
{
    const QString url = displayUrl(transfer.requested);
    switch (transfer.stopReason) {
    case StopReason::Cancelled:
        return Error{Error::Code::Failed, tr("Fetching %1 was cancelled.").arg(url)};
    case StopReason::TooLarge:
        return Error{Error::Code::Failed, tr("%1 is larger than %2, the most Newsdesk fetches for one page.")
                                              .arg(url, formatSize(transfer.options.maxBytes))};
    case StopReason::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply->error();
    // Qt 6.4's transfer timeout aborts the reply, so it reports OperationCanceledError; as we did not
    // cancel it ourselves (stopReason is None), it timed out. TimeoutError is the socket's own timeout.
    const bool timedOut = transfer.options.timeoutMs > 0 && (error == QNetworkReply::OperationCanceledError ||
                                                             error == QNetworkReply::TimeoutError);
    if (timedOut) {
        return Error{Error::Code::Failed, tr("Fetching %1 timed out after %2 s without data from the server.")
                                              .arg(url, formatSeconds(transfer.options.timeoutMs))};
    }
    switch (error) {
    case QNetworkReply::TooManyRedirectsError:
        if (transfer.options.maxRedirects <= 0)
            return Error{Error::Code::Failed,
                         tr("%1 redirects elsewhere, and following redirects is turned off.").arg(url)};
        return Error{Error::Code::Failed, tr("Gave up on %1 after %n redirect(s); it probably redirects in "
                                             "a loop.",
                                             nullptr, transfer.options.maxRedirects)
                                              .arg(url)};
    case QNetworkReply::InsecureRedirectError:
        return Error{Error::Code::Failed, tr("%1 redirects from https to plain http, which Newsdesk does not "
                                             "follow.")
                                              .arg(url)};
    default:
        break;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttribute.isValid()) {
        const int status = statusAttribute.toInt();
        if (status < 200 || status >= 300) {
            // HTTP/2 has no reason phrases; the code alone still says what happened.
            const QString reason =
                QString::fromLatin1(
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())
                    .trimmed();
            const QString answer =
                reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
            const Error::Code code =
                status == 404 || status == 410 ? Error::Code::NotFound : Error::Code::Failed;
            return Error{code, tr("The server answered %1 for %2.").arg(answer, url)};
        }
    }

    if (error != QNetworkReply::NoError)
        return Error{Error::Code::Failed, tr("Could not fetch %1: %2").arg(url, reply->errorString())};

    const ContentType contentType = parseContentType(reply->rawHeader("Content-Type"));
    ImportSource source;
    source.name = transfer.requested.toString(QUrl::RemovePassword);
    source.data = std::move(transfer.body);
    source.url = reply->url();
    source.contentType = contentType.mimeType;
    source.declaredCharset = contentType.charset;
    return source;
}

Result<ImportSource> UrlFetcher::fetchBlocking(const QUrl &url, const UrlFetchOptions &options,
                                               const std::function<bool()> &isCancelled)
{
    if (isCancelled && isCancelled())
        return Error{Error::Code::Failed, tr("Fetching %1 was cancelled.").arg(displayUrl(url))};

    UrlFetcher fetcher;
    fetcher.setOptions(options);
    QEventLoop loop;
    std::optional<Result<ImportSource>> outcome;
    connect(&fetcher, &UrlFetcher::finished, &loop, [&](const QUrl &, const Result<ImportSource> &result) {
        outcome.emplace(result);
        loop.quit();
    });

    QTimer cancelPoll;
    if (isCancelled) {
        cancelPoll.setInterval(CancelPollMs);
        connect(&cancelPoll, &QTimer::timeout, &fetcher, [&] {
            if (isCancelled())
                fetcher.abortAll();
        });
        cancelPoll.start();
    }

    fetcher.fetch(url);
    // finished() never comes from inside fetch(), but a result that is already there must not be waited for.
    if (!outcome)
        loop.exec();
    // The loop also ends when the thread is told to quit; then the fetch is abandoned like a cancelled one.
    if (!outcome)
        fetcher.abortAll();
    if (!outcome)
        return Error{Error::Code::Failed, tr("Fetching %1 was cancelled.").arg(displayUrl(url))};
    return std::move(*outcome);
}

} // namespace Newsdesk
