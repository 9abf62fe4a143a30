#include "ReaderPage.h"

#include "ReaderRequestInterceptor.h"
#include "ReaderSchemeHandler.h"
#include "rendering/ArticleFormatter.h"

#include <QAuthenticator>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace Newsdesk {

namespace {

/// Stands in for the window a middle click or a target="_blank" link would open: reports where it was
/// going, loads nothing, and goes away.
class LinkCatcherPage : public QWebEnginePage
{
public:
    LinkCatcherPage(QWebEngineProfile *profile, ReaderPage *reader)
        : QWebEnginePage(profile, reader)
        , m_reader(reader)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (m_reader && ReaderPage::isExternalLink(url))
            emit m_reader->linkActivated(url);
        m_reader = nullptr; // one link, however many requests follow
        deleteLater();
        return false;
    }

private:
    ReaderPage *m_reader;
};

} // namespace

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::selectClientCertificate, this,
            [](QWebEngineClientCertificateSelection selection) { selection.selectNone(); });
    connect(this, &QWebEnginePage::certificateError, this, [](const QWebEngineCertificateError &error) {
        QWebEngineCertificateError(error).rejectCertificate();
    });
    // A null authenticator cancels: a remote image behind a login does not get to ask for one.
    connect(this, &QWebEnginePage::authenticationRequired, this,
            [](const QUrl &, QAuthenticator *authenticator) { *authenticator = QAuthenticator(); });
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [](const QUrl &, QAuthenticator *authenticator, const QString &) {
                *authenticator = QAuthenticator();
            });
}

ReaderPage::Profile ReaderPage::createProfile(QObject *parent)
{
    ReaderSchemeHandler::registerScheme(); // in case main() did not: it works until Qt WebEngine starts
    Profile made;
    // Without a storage name a profile is off the record: no cookies, cache or storage on disk.
    made.profile = new QWebEngineProfile(parent);
    lockDown(made.profile);
    made.scheme = new ReaderSchemeHandler(made.profile);
    made.profile->installUrlSchemeHandler(
        QByteArray(ArticleFormatter::AssetScheme.data(), ArticleFormatter::AssetScheme.size()), made.scheme);
    made.interceptor = new ReaderRequestInterceptor(made.profile);
    made.profile->setUrlRequestInterceptor(made.interceptor);
    return made;
}

void ReaderPage::lockDown(QWebEngineProfile *profile)
{
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->cookieStore()->setCookieFilter(
        [](const QWebEngineCookieStore::FilterRequest &) { return false; });
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) { download->cancel(); });

    QWebEngineSettings *settings = profile->settings();
    using S = QWebEngineSettings;
    for (const auto attribute : {S::JavascriptEnabled,
                                 S::JavascriptCanOpenWindows,
                                 S::JavascriptCanAccessClipboard,
                                 S::JavascriptCanPaste,
                                 S::LocalStorageEnabled,
                                 S::LocalContentCanAccessRemoteUrls,
                                 S::LocalContentCanAccessFileUrls,
                                 S::PluginsEnabled,
                                 S::PdfViewerEnabled,
                                 S::WebGLEnabled,
                                 S::Accelerated2dCanvasEnabled,
                                 S::HyperlinkAuditingEnabled,
                                 S::DnsPrefetchEnabled,
                                 S::AutoLoadIconsForPage,
                                 S::TouchIconsEnabled,
                                 S::FullScreenSupportEnabled,
                                 S::ScreenCaptureEnabled,
                                 S::AllowRunningInsecureContent,
                                 S::AllowGeolocationOnInsecureOrigins,
                                 S::AllowWindowActivationFromJavaScript,
                                 S::ErrorPageEnabled,
                                 S::NavigateOnDropEnabled,
                                 S::FocusOnNavigationEnabled,
                                 S::SpatialNavigationEnabled,
                                 S::PrintElementBackgrounds})
        settings->setAttribute(attribute, false);
    settings->setAttribute(S::AutoLoadImages, true); // the request interceptor decides which load
    settings->setAttribute(S::LinksIncludedInFocusChain, true);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

bool ReaderPage::isExternalLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
                              !url.host().isEmpty()) ||
                             scheme == QLatin1String("mailto"));
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // the sanitizer leaves no frames; should one appear, it stays empty
    const bool document = url.adjusted(QUrl::RemoveFragment) == m_documentUrl && !m_documentUrl.isEmpty();
    if (type == NavigationTypeLinkClicked) {
        if (document)
            return true; // a #fragment link within the article
        if (isExternalLink(url))
            emit linkActivated(url);
        return false;
    }
    // Our own load of the document, a reload of it; never back or forward to another article's page,
    // a redirect, or a form.
    return document &&
           (type == NavigationTypeTyped || type == NavigationTypeReload || type == NavigationTypeOther);
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return new LinkCatcherPage(profile(), this);
}

} // namespace Newsdesk
