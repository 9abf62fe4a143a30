#include "BundlePreview.h"
#include "core/BackgroundWork.h"

#include "BundleRendering.h"
#include "BundleWebPage.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderTextView.h"
#include "reader/ReaderView.h"

#include <QDesktopServices>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace Newsdesk {

BundlePreview::BundlePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bundlePreview"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("bundlePreviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(6);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();

    m_message = new QLabel(tr("Choose a bundle to see it as it will be published."), this);
    m_message->setObjectName(QStringLiteral("bundlePreviewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Base);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *views = new QWidget(this);
    m_stack = new QStackedLayout(views);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(views, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, &BundlePreview::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BundlePreview::finished);
}

BundlePreview::~BundlePreview()
{
    m_watcher.waitForFinished(); // it reads the bundle's library file
    delete m_webView;            // the view before the page and its profile
}

void BundlePreview::setLibraryPath(const QString &path)
{
    m_libraryPath = path;
    clear();
}

void BundlePreview::setBundle(const Bundle &bundle)
{
    m_bundle = bundle;
    m_hasBundle = true;
    m_delay.start();
}

void BundlePreview::clear()
{
    m_delay.stop();
    m_hasBundle = false;
    m_again = false;
    m_stale = false;
    m_html.clear();
    m_message->setText(tr("Choose a bundle to see it as it will be published."));
    m_stack->setCurrentWidget(m_message);
}

void BundlePreview::refreshNow()
{
    m_delay.stop();
    start();
}

void BundlePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        start();
}

bool BundlePreview::isUpdating() const
{
    // A stale hidden preview is not "updating": nothing runs until it is shown.
    return m_delay.isActive() || m_watcher.isRunning() || m_again || (m_page && m_page->isLoading());
}

void BundlePreview::start()
{
    if (!m_hasBundle || m_libraryPath.isEmpty())
        return;
    // A hidden preview (the Bundles page not shown) renders nothing: rendering a whole bundle and starting
    // Qt WebEngine for it cost the window seconds and a hundred megabytes at start-up, for a page the
    // curator may never open. It catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_again = true; // the running one is already stale
        return;
    }
    m_again = false;
    m_watcher.setFuture(runInBackground(
        [path = m_libraryPath, bundle = m_bundle]() { return renderBundleHtml(path, bundle); }));
}

void BundlePreview::finished()
{
    if (m_again || !m_hasBundle) {
        start();
        return;
    }
    const Result<QString> rendered = m_watcher.result();
    if (!rendered) {
        m_message->setText(tr("The preview could not be made: %1").arg(rendered.errorString()));
        m_stack->setCurrentWidget(m_message);
        emit failed(rendered.errorString());
        return;
    }
    show(*rendered);
}

void BundlePreview::show(const QString &html)
{
    m_html = html;
    if (m_backend == Backend::None)
        createBackend();
    if (m_backend == Backend::WebEngine) {
        m_stack->setCurrentWidget(m_webView);
        m_page->setHtml(html); // updated() follows when it has loaded
        return;
    }
    m_stack->setCurrentWidget(m_textView);
    FormattedArticle document;
    document.html = html;
    m_textView->setFormatted(BundleWebPage::DocumentId, document);
    emit updated();
}

void BundlePreview::createBackend()
{
    const QString reason = ReaderView::webEngineUnavailableReason();
    if (!reason.isEmpty()) {
        m_textView = new ReaderTextView(m_stack->parentWidget());
        m_textView->setObjectName(QStringLiteral("bundlePreviewText"));
        connect(m_textView, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
            if (ReaderPage::isExternalLink(url))
                QDesktopServices::openUrl(url);
        });
        // The reason is a whole sentence, on a line of its own (see ReaderView::createTextView).
        m_notice->setText(tr("The full preview is not available, so the bundle is shown in a simpler view.") +
                          QLatin1Char('\n') + reason);
        m_notice->show();
        m_stack->addWidget(m_textView);
        m_backend = Backend::Text;
        return;
    }
    m_page = new BundleWebPage(this);
    m_webView = new QWebEngineView(m_stack->parentWidget());
    m_webView->setObjectName(QStringLiteral("bundlePreviewWebView"));
    m_webView->setPage(m_page->page());
    m_webView->setAcceptDrops(false);
    connect(m_page->page(), &ReaderPage::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_page, &BundleWebPage::loaded, this, [this]() {
        if (!isUpdating())
            emit updated();
    });
    m_stack->addWidget(m_webView);
    m_backend = Backend::WebEngine;
}

} // namespace Newsdesk
