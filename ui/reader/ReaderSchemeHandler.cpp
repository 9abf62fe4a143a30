#include "ReaderSchemeHandler.h"

#include <QBuffer>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Newsdesk {

ReaderSchemeHandler::ReaderSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void ReaderSchemeHandler::registerScheme()
{
    if (isRegistered())
        return;
    QWebEngineUrlScheme scheme(
        QByteArray(ArticleFormatter::AssetScheme.data(), ArticleFormatter::AssetScheme.size()));
    // Host syntax, so addresses resolve against the page as on the web. No flags: not secure (remote
    // http: images would then be mixed content, upgraded or refused), not exempt from the page's CSP,
    // and no access to local schemes such as file:.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags({});
    QWebEngineUrlScheme::registerScheme(scheme);
}

bool ReaderSchemeHandler::isRegistered()
{
    const QByteArray name(ArticleFormatter::AssetScheme.data(), ArticleFormatter::AssetScheme.size());
    return QWebEngineUrlScheme::schemeByName(name).name() == name;
}

QUrl ReaderSchemeHandler::setDocument(qint64 articleId, const FormattedArticle &formatted)
{
    m_articleId = articleId;
    ++m_revision;
    m_html = formatted.html.toUtf8();
    m_images = formatted.images;
    QUrl url;
    url.setScheme(ArticleFormatter::AssetScheme);
    url.setHost(QStringLiteral("article"));
    url.setPath(QStringLiteral("/%1/").arg(articleId));
    url.setQuery(QStringLiteral("r=%1").arg(m_revision));
    return url;
}

void ReaderSchemeHandler::clear()
{
    m_articleId = 0;
    m_html.clear();
    m_images.clear();
}

void ReaderSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // /<article id>/ is the page (of this revision only), /<article id>/image/<n> its nth kept image.
    const QUrl url = job->requestUrl();
    const QStringList path = url.path().split(QLatin1Char('/'));
    bool numeric = false;
    const qint64 articleId = path.value(1).toLongLong(&numeric);
    if (url.host() != QLatin1String("article") || !numeric || articleId != m_articleId || m_articleId == 0) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QByteArray contentType;
    QByteArray data;
    if (path.size() == 3 && path.at(2).isEmpty() &&
        QUrlQuery(url).queryItemValue(QStringLiteral("r")) == QString::number(m_revision)) {
        contentType = "text/html";
        data = m_html;
    } else if (path.size() == 4 && path.at(2) == QLatin1String("image")) {
        const int index = path.at(3).toInt(&numeric);
        if (numeric && index >= 0 && index < m_images.size()) {
            contentType = m_images.at(index).mimeType;
            data = m_images.at(index).data;
        }
    }
    if (contentType.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

} // namespace Newsdesk
