#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Newsdesk {

class ReaderRequestInterceptor;
class ReaderSchemeHandler;

/// The reader's page: it shows the document it was given and nothing else. Link clicks (in this
/// window or a new one) become linkActivated() and never navigate; every permission a page may ask
/// for is refused, and so are client certificates, bad server certificates and logins.
class ReaderPage : public QWebEnginePage
{
    Q_OBJECT

public:
    ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// The one address the page may load (and reload, and move within by #fragment).
    void setDocumentUrl(const QUrl &url) { m_documentUrl = url; }
    QUrl documentUrl() const { return m_documentUrl; }

    /// Locks a profile down for reading: no script, storage, cookies, plugins, downloads, prefetching,
    /// icons or error pages. Used for the reader's off-the-record profile.
    static void lockDown(QWebEngineProfile *profile);

    /// An off-the-record profile, locked down, that serves kept images through the asset scheme and
    /// sends every other request past the reader's interceptor: what the reader and the bundle preview
    /// show pages in.
    struct Profile
    {
        QWebEngineProfile *profile = nullptr;
        ReaderSchemeHandler *scheme = nullptr;           ///< owned by the profile
        ReaderRequestInterceptor *interceptor = nullptr; ///< owned by the profile
    };
    static Profile createProfile(QObject *parent);

    /// Whether a clicked address is one to hand to the system browser.
    static bool isExternalLink(const QUrl &url);

signals:
    /// The curator clicked a link to url (http, https or mailto).
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_documentUrl;
};

} // namespace Newsdesk
