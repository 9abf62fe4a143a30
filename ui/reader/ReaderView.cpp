#include "ReaderView.h"

#include "ReaderFindBar.h"
#include "ReaderPage.h"
#include "ReaderRequestInterceptor.h"
#include "ReaderSchemeHandler.h"
#include "ReaderTextView.h"
#include "core/SaveFile.h"
#include "settings/Settings.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineFindTextResult>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <algorithm>
#include <array>

#include <unistd.h>

namespace Newsdesk {

namespace {

// The steps browsers use, so Ctrl++ feels the same here.
constexpr std::array ZoomSteps{30, 50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

bool fileIsExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// The name a saved PDF is offered under: the title, without what file systems refuse.
QString fileNameFor(const QString &title)
{
    QString name = title.simplified();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    name.truncate(100);
    return name.isEmpty() ? ReaderView::tr("article") : name;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reader"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("readerNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(6);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();

    // Offered when the page left remote images out; loading them tells their sites who is reading.
    m_remoteBar = new QWidget(this);
    m_remoteBar->setObjectName(QStringLiteral("remoteImagesBar"));
    m_remoteLabel = new QLabel(m_remoteBar);
    m_remoteLabel->setWordWrap(true);
    auto *loadOnce = new QPushButton(tr("Load Images"), m_remoteBar);
    loadOnce->setObjectName(QStringLiteral("loadRemoteImages"));
    loadOnce->setToolTip(tr("Load the remote images of this article"));
    connect(loadOnce, &QPushButton::clicked, this, &ReaderView::loadRemoteImages);
    auto *loadAlways = new QPushButton(tr("Always Load"), m_remoteBar);
    loadAlways->setObjectName(QStringLiteral("alwaysLoadRemoteImages"));
    loadAlways->setToolTip(tr("Load remote images in every article"));
    auto *remoteLayout = new QHBoxLayout(m_remoteBar);
    remoteLayout->setContentsMargins(6, 3, 6, 3);
    remoteLayout->addWidget(m_remoteLabel, 1);
    remoteLayout->addWidget(loadOnce);
    remoteLayout->addWidget(loadAlways);
    m_remoteBar->hide();

    // Painted while there is nothing to show yet; its first paint with an article makes the view.
    m_placeholder = new QWidget(this);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->installEventFilter(this);
    auto *views = new QWidget(this);
    m_stack = new QStackedLayout(views);
    m_stack->addWidget(m_placeholder);

    m_findBar = new ReaderFindBar(this);
    m_findBar->hide();
    connect(m_findBar, &ReaderFindBar::findRequested, this, &ReaderView::find);
    connect(m_findBar, &ReaderFindBar::closed, this, [this]() {
        find(QString(), false);
        if (m_stack->currentWidget())
            m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_remoteBar);
    layout->addWidget(views, 1);
    layout->addWidget(m_findBar);

    createActions();
    connect(loadAlways, &QPushButton::clicked, m_actions.value(Action::AlwaysLoadRemoteImages),
            &QAction::trigger);
}

ReaderView::~ReaderView()
{
    // The page must go before its profile, or Qt WebEngine warns and may crash on exit.
    delete m_webView;
    delete m_profile;
}

void ReaderView::createActions()
{
    const auto add = [this](Action id, const char *theme, const QString &text) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(theme)), text, this);
        m_actions.insert(id, action);
        addAction(action);
        return action;
    };
    // While the reader is shown the zoom keys work anywhere in the window, as in a browser.
    QAction *zoomIn = add(Action::ZoomIn, "zoom-in", tr("Zoom &In"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setIconText(tr("A+", "zoom in, on a small button"));
    zoomIn->setToolTip(tr("Larger text (%1)").arg(zoomIn->shortcut().toString(QKeySequence::NativeText)));
    connect(zoomIn, &QAction::triggered, this, [this]() { stepZoom(+1); });
    QAction *zoomOut = add(Action::ZoomOut, "zoom-out", tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setIconText(tr("A−", "zoom out, on a small button"));
    zoomOut->setToolTip(tr("Smaller text (%1)").arg(zoomOut->shortcut().toString(QKeySequence::NativeText)));
    connect(zoomOut, &QAction::triggered, this, [this]() { stepZoom(-1); });
    QAction *resetZoom = add(Action::ResetZoom, "zoom-original", tr("&Actual Size"));
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetZoom, &QAction::triggered, this, [this]() { setZoomPercent(100); });
    for (QAction *action : {zoomIn, zoomOut, resetZoom})
        action->setShortcutContext(Qt::WindowShortcut);

    // Ctrl+F finds in the article while the reader has focus (event() claims the key from the
    // window's search); the shortcut is set for menus to show it.
    QAction *findAction = add(Action::Find, "edit-find", tr("&Find in Article…"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &ReaderView::findInArticle);

    QAction *printAction = add(Action::Print, "document-print", tr("&Print Article…"));
    connect(printAction, &QAction::triggered, this, &ReaderView::print);
    QAction *pdf = add(Action::SaveAsPdf, "document-save-as", tr("Save Article as P&DF…"));
    connect(pdf, &QAction::triggered, this, qOverload<>(&ReaderView::saveAsPdf));

    // Approved comments only by default: the reader shows what would be published.
    QAction *pending = add(Action::ShowPendingComments, "", tr("Show &Pending Comments"));
    pending->setObjectName(QStringLiteral("showPendingComments"));
    pending->setCheckable(true);
    pending->setIconText(tr("Pending"));
    pending->setToolTip(tr("Show comments waiting for moderation with the approved ones"));
    connect(pending, &QAction::toggled, this, [this]() { render(true); });

    QAction *remote = add(Action::AlwaysLoadRemoteImages, "", tr("Always Load &Remote Images"));
    remote->setObjectName(QStringLiteral("alwaysLoadRemoteImagesAction"));
    remote->setCheckable(true);
    remote->setChecked(Settings::readerRemoteImages.get());
    connect(remote, &QAction::toggled, this, [this](bool always) {
        Settings::readerRemoteImages.set(always);
        render(true);
    });
}

QList<QAction *> ReaderView::menuActions() const
{
    return {action(Action::ZoomIn),
            action(Action::ZoomOut),
            action(Action::ResetZoom),
            nullptr,
            action(Action::Find),
            nullptr,
            action(Action::ShowPendingComments),
            action(Action::AlwaysLoadRemoteImages),
            nullptr,
            action(Action::Print),
            action(Action::SaveAsPdf)};
}

void ReaderView::prepareApplication()
{
    ReaderSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

QString ReaderView::webEngineUnavailableReason()
{
    if (qEnvironmentVariable("NEWSDESK_READER") == QLatin1String("text"))
        return tr("The simpler reader was asked for (NEWSDESK_READER=text).");
    // Both of these end the whole process inside Qt WebEngine (a qFatal, a Chromium exit), so they are
    // checked before it starts.
    QStringList helpers;
    if (qEnvironmentVariableIsSet("QTWEBENGINEPROCESS_PATH"))
        helpers << qEnvironmentVariable("QTWEBENGINEPROCESS_PATH");
    helpers << QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) +
                   QStringLiteral("/QtWebEngineProcess")
            << QCoreApplication::applicationDirPath() + QStringLiteral("/QtWebEngineProcess");
    if (std::none_of(helpers.cbegin(), helpers.cend(), fileIsExecutable))
        return tr("Qt WebEngine's helper program, QtWebEngineProcess, is not installed.");
    const bool noSandbox =
        qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") ||
        qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains(QLatin1String("--no-sandbox")) ||
        QCoreApplication::arguments().contains(QLatin1String("--no-sandbox"));
    if (::geteuid() == 0 && !noSandbox)
        return tr("Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.");
    return {};
}

void ReaderView::setContent(const ArticleContent &content)
{
    const bool sameArticle = m_content && m_content->article.id == content.article.id;
    m_content = content;
    render(sameArticle);
}

void ReaderView::clear()
{
    m_content.reset();
    m_formatted = {};
    m_remoteBar->hide();
    m_restorePosition.reset();
    if (m_backend == Backend::WebEngine) {
        m_scheme->clear();
        const QUrl blank(QStringLiteral("about:blank"));
        m_page->setDocumentUrl(blank);
        m_page->load(blank);
    } else if (m_backend == Backend::Text) {
        m_textView->clear();
    }
}

qint64 ReaderView::articleId() const
{
    return m_content ? m_content->article.id : 0;
}

int ReaderView::zoomPercent() const
{
    return std::clamp(Settings::readerZoomPercent.get(), ZoomSteps.front(), ZoomSteps.back());
}

bool ReaderView::remoteImagesAllowed() const
{
    return action(Action::AlwaysLoadRemoteImages)->isChecked() ||
           (m_content && m_remoteImagesFor.contains(m_content->article.id));
}

ColorScheme ReaderView::colorScheme() const
{
    // Qt WebEngine 6.4 does not pass the application's palette on as prefers-color-scheme, so the
    // page is told which scheme to use.
    return palette().color(QPalette::Base).lightnessF() < 0.5 ? ColorScheme::Dark : ColorScheme::Light;
}

ArticleFormatOptions ReaderView::formatOptions() const
{
    ArticleFormatOptions options;
    options.locale = QLocale();
    options.timeZone = QTimeZone::systemTimeZone();
    options.includePendingComments = action(Action::ShowPendingComments)->isChecked();
    options.allowRemoteImages = remoteImagesAllowed();
    options.colorScheme = colorScheme();
    options.embeddedImages = EmbeddedImages::AssetScheme;
    return options;
}

void ReaderView::render(bool keepPosition)
{
    if (!m_content)
        return;
    const ArticleFormatOptions options = formatOptions();
    m_colorScheme = options.colorScheme;
    m_formatted = ArticleFormatter::format(*m_content, options);
    updateRemoteImagesBar();
    const qint64 id = m_content->article.id;
    switch (m_backend) {
    case Backend::None:
        m_placeholder->update(); // its paint makes the view, which then shows the page
        return;
    case Backend::WebEngine: {
        if (keepPosition && !m_loading)
            m_restorePosition = m_page->scrollPosition();
        else if (!keepPosition)
            m_restorePosition.reset();
        m_interceptor->setRemoteImagesAllowed(options.allowRemoteImages);
        m_page->setBackgroundColor(
            QColor::fromString(ArticleFormatter::backgroundColor(options.colorScheme)));
        const QUrl url = m_scheme->setDocument(id, m_formatted);
        m_page->setDocumentUrl(url);
        m_loading = true;
        m_page->load(url);
        return;
    }
    case Backend::Text: {
        const int position = keepPosition ? m_textView->verticalScrollBar()->value() : 0;
        m_textView->setFormatted(id, m_formatted);
        m_textView->verticalScrollBar()->setValue(position);
        pageLoaded(true);
        return;
    }
    }
}

void ReaderView::pageLoaded(bool ok)
{
    m_loading = false;
    if (m_backend == Backend::WebEngine) {
        // Chromium keeps zoom per site; set it again so every article opens at the curator's size.
        applyZoom();
        if (m_restorePosition) {
            // Page scripts are off; this runs in Qt's isolated world, which the page cannot reach.
            m_page->runJavaScript(QStringLiteral("window.scrollTo(%1, %2);")
                                      .arg(m_restorePosition->x())
                                      .arg(m_restorePosition->y()),
                                  QWebEngineScript::ApplicationWorld);
            m_restorePosition.reset();
        }
    }
    if (m_findBar->isVisible() && !m_findBar->text().isEmpty())
        find(m_findBar->text(), false);
    emit loadFinished(ok);
    // Run after the load's own signal has returned: a task may open a dialog.
    QTimer::singleShot(0, this, [tasks = std::exchange(m_whenReady, {})]() {
        for (const auto &task : tasks)
            task();
    });
}

void ReaderView::whenReady(std::function<void()> task)
{
    if (m_backend != Backend::None && !m_loading) {
        task();
        return;
    }
    m_whenReady << std::move(task);
    if (m_backend == Backend::None && !m_backendScheduled)
        createBackend();
}

void ReaderView::createBackend()
{
    m_backendScheduled = false;
    if (m_backend != Backend::None)
        return;
    const QString reason = webEngineUnavailableReason();
    if (reason.isEmpty())
        createWebView();
    else
        createTextView(reason);
    applyZoom();
    render(false);
}

void ReaderView::createWebView()
{
    const ReaderPage::Profile profile = ReaderPage::createProfile(this);
    m_profile = profile.profile;
    m_scheme = profile.scheme;
    m_interceptor = profile.interceptor;

    m_webView = new QWebEngineView(m_stack->parentWidget());
    m_webView->setObjectName(QStringLiteral("readerWebView"));
    m_page = new ReaderPage(m_profile, m_webView);
    m_webView->setPage(m_page);
    m_webView->setAcceptDrops(false);
    m_webView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_webView, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);
    connect(m_page, &ReaderPage::linkActivated, this, &ReaderView::openLink);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        // Only the end of the page asked for last: a page replaced while loading ends too, as stopped.
        if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus &&
            info.url().adjusted(QUrl::RemoveFragment) == m_page->documentUrl())
            pageLoaded(info.status() == QWebEngineLoadingInfo::LoadSucceededStatus);
    });
    connect(m_webView, &QWebEngineView::printFinished, this, [this](bool ok) {
        m_printer.reset();
        emit statusMessage(ok ? tr("Article sent to the printer.") : tr("The article could not be printed."));
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                // Not from inside the page's own signal: the page goes away with the view.
                QTimer::singleShot(0, this, [this, exitCode]() {
                    dropWebView(tr("Qt WebEngine's page process stopped (exit code %1).").arg(exitCode));
                });
            });
    m_stack->addWidget(m_webView);
    m_stack->setCurrentWidget(m_webView);
    m_backend = Backend::WebEngine;
}

void ReaderView::createTextView(const QString &reason)
{
    m_textView = new ReaderTextView(m_stack->parentWidget());
    m_textView->setObjectName(QStringLiteral("readerText"));
    connect(m_textView, &QTextBrowser::anchorClicked, this, &ReaderView::openLink);
    // The reason is a sentence of its own, on a line of its own: spliced into this one it could not be
    // translated as a whole.
    m_notice->setText(tr("The full reader is not available, so the article is shown in a simpler view.") +
                      QLatin1Char('\n') + reason);
    m_notice->show();
    m_stack->addWidget(m_textView);
    m_stack->setCurrentWidget(m_textView);
    m_backend = Backend::Text;
}

void ReaderView::dropWebView(const QString &reason)
{
    if (m_backend != Backend::WebEngine)
        return;
    m_stack->removeWidget(m_webView);
    m_webView->hide();
    // Deleted later in this order, the page (with the view) before its profile.
    m_webView->deleteLater();
    m_profile->deleteLater();
    m_webView = nullptr;
    m_page = nullptr;
    m_profile = nullptr;
    m_scheme = nullptr;
    m_interceptor = nullptr;
    m_printer.reset();
    m_loading = false;
    createTextView(reason);
    applyZoom();
    render(true);
}

void ReaderView::updateRemoteImagesBar()
{
    const int blocked = m_formatted.blockedRemoteImages;
    m_remoteLabel->setText(
        tr("Images from other sites are not loaded (%n), so those sites cannot see you reading this.",
           nullptr, blocked));
    m_remoteBar->setVisible(m_content && blocked > 0);
}

void ReaderView::loadRemoteImages()
{
    if (!m_content)
        return;
    m_remoteImagesFor.insert(m_content->article.id);
    render(true);
}

void ReaderView::stepZoom(int direction)
{
    const int current = zoomPercent();
    int next = current;
    if (direction > 0) {
        const auto larger = std::upper_bound(ZoomSteps.cbegin(), ZoomSteps.cend(), current);
        next = larger == ZoomSteps.cend() ? ZoomSteps.back() : *larger;
    } else {
        const auto smaller = std::lower_bound(ZoomSteps.cbegin(), ZoomSteps.cend(), current);
        next = smaller == ZoomSteps.cbegin() ? ZoomSteps.front() : *std::prev(smaller);
    }
    setZoomPercent(next);
}

void ReaderView::setZoomPercent(int percent)
{
    Settings::readerZoomPercent.set(std::clamp(percent, ZoomSteps.front(), ZoomSteps.back()));
    applyZoom();
    emit statusMessage(tr("Reader zoom %1%").arg(zoomPercent()));
}

void ReaderView::applyZoom()
{
    const int percent = zoomPercent();
    if (m_webView)
        m_webView->setZoomFactor(percent / 100.0);
    if (m_textView) {
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
        m_textView->setFont(font);
    }
    action(Action::ResetZoom)->setEnabled(percent != 100);
    action(Action::ZoomIn)->setEnabled(percent < ZoomSteps.back());
    action(Action::ZoomOut)->setEnabled(percent > ZoomSteps.front());
}

void ReaderView::findInArticle()
{
    if (!m_content)
        return;
    m_findBar->open();
}

void ReaderView::find(const QString &text, bool backward)
{
    if (m_backend == Backend::WebEngine) {
        QWebEnginePage::FindFlags flags;
        if (backward)
            flags |= QWebEnginePage::FindBackward;
        QPointer<ReaderFindBar> bar = m_findBar;
        m_webView->findText(text, flags, [bar, text](const QWebEngineFindTextResult &result) {
            if (!bar)
                return;
            if (text.isEmpty())
                bar->setResult(QString());
            else if (result.numberOfMatches() == 0)
                bar->setResult(tr("No matches"));
            else
                bar->setResult(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
        });
    } else if (m_backend == Backend::Text) {
        QTextCursor cursor = m_textView->textCursor();
        if (text.isEmpty()) {
            cursor.clearSelection();
            m_textView->setTextCursor(cursor);
            m_findBar->setResult(QString());
            return;
        }
        QTextDocument::FindFlags flags;
        if (backward)
            flags |= QTextDocument::FindBackward;
        else if (cursor.hasSelection())
            cursor.setPosition(cursor.selectionStart()); // typing on extends the match in place
        m_textView->setTextCursor(cursor);
        bool found = m_textView->find(text, flags);
        if (!found) { // wrap around
            cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
            m_textView->setTextCursor(cursor);
            found = m_textView->find(text, flags);
        }
        m_findBar->setResult(found ? QString() : tr("No matches"));
    }
}

void ReaderView::openLink(const QUrl &url)
{
    // In the stand-in, a link within the article scrolls to its anchor; the web page does that itself.
    if (m_textView && url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_textView->scrollToAnchor(url.fragment());
        return;
    }
    if (ReaderPage::isExternalLink(url))
        emit openExternally(url);
}

void ReaderView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const QWebEngineContextMenuRequest *request = m_webView->lastContextMenuRequest();
    const QUrl link = request ? request->linkUrl() : QUrl();
    if (ReaderPage::isExternalLink(link)) {
        QAction *open = menu.addAction(tr("Open Link in Browser"));
        connect(open, &QAction::triggered, this, [this, link]() { emit openExternally(link); });
        menu.addAction(m_page->action(QWebEnginePage::CopyLinkToClipboard));
        menu.addSeparator();
    }
    if (m_page->hasSelection())
        menu.addAction(m_page->action(QWebEnginePage::Copy));
    menu.addAction(m_page->action(QWebEnginePage::SelectAll));
    menu.addSeparator();
    for (QAction *action : menuActions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_webView->mapToGlobal(position));
}

QPageLayout ReaderView::pageLayout() const
{
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void ReaderView::print()
{
    if (!m_content) {
        emit statusMessage(tr("Select an article to print it."));
        return;
    }
    whenReady([this]() {
        if (m_printer || !m_content)
            return; // still printing the last one
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setDocName(m_content->article.title);
        printer->setPageLayout(pageLayout());
        QPrintDialog dialog(printer.get(), this);
        dialog.setWindowTitle(tr("Print Article"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (m_backend == Backend::WebEngine) {
            m_printer = std::move(printer); // printing runs on; printFinished() lets it go
            m_webView->print(m_printer.get());
        } else if (m_backend == Backend::Text) {
            m_textView->print(printer.get());
            emit statusMessage(tr("Article sent to the printer."));
        }
    });
}

void ReaderView::saveAsPdf()
{
    if (!m_content) {
        emit statusMessage(tr("Select an article to save it as PDF."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Article as PDF"),
        QDir(folder).filePath(fileNameFor(m_content->article.title) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printToPdf(path);
}

void ReaderView::printToPdf(const QString &filePath)
{
    if (!m_content) {
        emit pdfFinished(filePath, false);
        return;
    }
    const auto finish = [this, filePath](const QByteArray &pdf) {
        const Status saved = pdf.isEmpty()
                                 ? Status(Error{Error::Code::Failed, tr("The page could not be laid out.")})
                                 : SaveFile::write(filePath, pdf);
        emit statusMessage(
            saved ? tr("Saved %1").arg(QDir::toNativeSeparators(filePath))
                  : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(filePath), saved.errorString()));
        emit pdfFinished(filePath, saved.ok());
    };
    whenReady([this, finish]() {
        if (m_backend == Backend::WebEngine) {
            QPointer<ReaderView> self(this);
            m_page->printToPdf(
                [self, finish](const QByteArray &pdf) {
                    if (self)
                        finish(pdf);
                },
                pageLayout());
        } else if (m_backend == Backend::Text) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                writer.setPageLayout(pageLayout());
                writer.setTitle(m_content->article.title);
                m_textView->document()->print(&writer);
            }
            finish(buffer.data());
        }
    });
}

bool ReaderView::event(QEvent *event)
{
    // Ctrl+F is the window's search everywhere else; inside the reader it finds in the article. Taking
    // the key here, before shortcuts are matched, avoids an ambiguous shortcut.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
        event->accept();
        findInArticle();
        return true;
    }
    return QWidget::event(event);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        event->accept(); // taken by event() already
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_content && colorScheme() != m_colorScheme)
        render(true);
    QWidget::changeEvent(event);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    // Made after the first paint, so the window shows before Qt WebEngine starts.
    if (watched == m_placeholder && event->type() == QEvent::Paint && m_backend == Backend::None &&
        m_content && !m_backendScheduled) {
        m_backendScheduled = true;
        QTimer::singleShot(0, this, &ReaderView::createBackend);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Newsdesk
