#include "ReaderRequestInterceptor.h"

#include "rendering/ArticleFormatter.h"

namespace Newsdesk {

ReaderRequestInterceptor::ReaderRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool ReaderRequestInterceptor::allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                                      bool remoteImages)
{
    const QString scheme = url.scheme();
    if (scheme == ArticleFormatter::AssetScheme)
        return true;
    const bool image = type == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (scheme == QLatin1String("data"))
        return image;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return image && remoteImages;
    return false;
}

void ReaderRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (allows(info.requestUrl(), info.resourceType(), m_remoteImages))
        return;
    info.block(true);
    emit blocked(info.requestUrl());
}

} // namespace Newsdesk
