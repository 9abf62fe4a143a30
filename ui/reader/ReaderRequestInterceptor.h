#pragma once

#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace Newsdesk {

/// The reader's network policy, applied to every request its page makes: the page and its kept images
/// (newsdesk-asset:) load; remote images only while the curator allows them; everything else (fonts,
/// style sheets, scripts, frames, pings, prefetches, navigations away) is blocked, so reading an article
/// tells nobody anything.
class ReaderRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ReaderRequestInterceptor(QObject *parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImages; }

    /// The policy itself.
    static bool allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, bool remoteImages);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    /// A request was refused.
    void blocked(const QUrl &url);

private:
    std::atomic<bool> m_remoteImages{false}; // read on whichever thread Qt WebEngine intercepts on
};

} // namespace Newsdesk
