#pragma once

#include "rendering/ArticleFormatter.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPageLayout;
class QPrinter;
class QStackedLayout;
class QWebEngineProfile;
class QWebEngineView;

namespace Newsdesk {

class ReaderFindBar;
class ReaderPage;
class ReaderRequestInterceptor;
class ReaderSchemeHandler;
class ReaderTextView;

/// The article as the curator reads it, in the page ArticleFormatter makes (the same as the HTML
/// export), shown by Qt WebEngine locked down: no script, no storage, no permission, no remote request
/// unless remote images are allowed (always, or for one article), links handed to the system browser
/// through openExternally(). The web view is made the first time an article is shown, after the window
/// has been painted; where Qt WebEngine cannot run, a QTextBrowser shows the same page with a notice.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    enum class Backend { None, WebEngine, Text };
    enum class Action {
        ZoomIn,
        ZoomOut,
        ResetZoom,
        Find,
        Print,
        SaveAsPdf,
        ShowPendingComments,
        AlwaysLoadRemoteImages,
    };

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    /// Readies Qt WebEngine for the reader: registers its URL scheme and shares OpenGL contexts, both of
    /// which must happen in main() before the QApplication is made.
    static void prepareApplication();
    /// Why Qt WebEngine cannot show articles here (a whole sentence), or empty when it can.
    /// NEWSDESK_READER=text asks for the simpler reader.
    static QString webEngineUnavailableReason();

    /// Shows content; showing the same article again keeps the reading position.
    void setContent(const ArticleContent &content);
    void clear();
    qint64 articleId() const;

    /// The page being shown, as the formatter made it.
    const FormattedArticle &formatted() const { return m_formatted; }
    Backend backend() const { return m_backend; }
    QWebEngineView *webView() const { return m_webView; }
    ReaderTextView *textView() const { return m_textView; }
    /// Whether a page is loading (the web view) or waiting for the view to be made.
    bool isLoading() const { return m_loading || (m_backend == Backend::None && m_content.has_value()); }

    QAction *action(Action action) const { return m_actions.value(action); }
    /// The reader's actions for a menu, with nullptr for separators.
    QList<QAction *> menuActions() const;

    int zoomPercent() const;
    bool remoteImagesAllowed() const;

public slots:
    void findInArticle();
    void print();
    void saveAsPdf();
    /// Writes the article as PDF to filePath; pdfFinished() tells how it went.
    void printToPdf(const QString &filePath);
    /// Loads the remote images of this article (only).
    void loadRemoteImages();

signals:
    /// The curator clicked a link: open url in the system browser.
    void openExternally(const QUrl &url);
    /// The page (or its stand-in) finished loading.
    void loadFinished(bool ok);
    void pdfFinished(const QString &filePath, bool ok);
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createBackend();
    void createWebView();
    void createTextView(const QString &reason);
    void dropWebView(const QString &reason);
    void render(bool keepPosition);
    void pageLoaded(bool ok);
    void whenReady(std::function<void()> task);
    ArticleFormatOptions formatOptions() const;
    ColorScheme colorScheme() const;
    void setZoomPercent(int percent);
    void stepZoom(int direction);
    void applyZoom();
    void find(const QString &text, bool backward);
    void updateRemoteImagesBar();
    void openLink(const QUrl &url);
    void showContextMenu(const QPoint &position);
    QPageLayout pageLayout() const;

    std::optional<ArticleContent> m_content;
    FormattedArticle m_formatted;
    ColorScheme m_colorScheme = ColorScheme::Light; ///< what the page was last made with
    QSet<qint64> m_remoteImagesFor; ///< articles whose remote images the curator loaded, this session
    QHash<Action, QAction *> m_actions;

    Backend m_backend = Backend::None;
    bool m_backendScheduled = false;
    bool m_loading = false;
    std::optional<QPointF> m_restorePosition;
    QList<std::function<void()>> m_whenReady;

    QLabel *m_notice;
    QWidget *m_remoteBar;
    QLabel *m_remoteLabel;
    QStackedLayout *m_stack;
    QWidget *m_placeholder;
    ReaderFindBar *m_findBar;

    QWebEngineProfile *m_profile = nullptr;
    ReaderSchemeHandler *m_scheme = nullptr;
    ReaderRequestInterceptor *m_interceptor = nullptr;
    ReaderPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    std::unique_ptr<QPrinter> m_printer; ///< kept while the web view prints into it
    ReaderTextView *m_textView = nullptr;
};

} // namespace Newsdesk
