#pragma once

#include "core/Bundle.h"
#include "core/Result.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QWebEngineView;

namespace Newsdesk {

class BundleWebPage;
class ReaderTextView;

/// The bundle as it will be published: BundleExport::singleHtml of the bundle as edited, refreshed a
/// moment after the last edit. Gathering and rendering run on a worker thread with a library connection
/// of their own, so the window never waits for them. Qt WebEngine is started on first use; where it
/// cannot run (or NEWSDESK_READER=text) a text view shows the same HTML, as the reader does.
class BundlePreview : public QWidget
{
    Q_OBJECT

public:
    enum class Backend { None, WebEngine, Text };

    explicit BundlePreview(QWidget *parent = nullptr);
    ~BundlePreview() override;

    /// The library file the worker opens; empty stops previewing.
    void setLibraryPath(const QString &path);
    /// Shows bundle, about 300 ms from now; further calls within that time wait for the last.
    void setBundle(const Bundle &bundle);
    void clear();
    /// Renders now instead of after the delay.
    void refreshNow();

    /// The HTML shown last (what the export writes), and whether a newer one is on its way.
    QString html() const { return m_html; }
    bool isUpdating() const;
    Backend backend() const { return m_backend; }
    QWebEngineView *webView() const { return m_webView; }
    ReaderTextView *textView() const { return m_textView; }

    static constexpr int DelayMs = 300;

signals:
    /// The preview shows the bundle as it was at the last edit (loaded, in the web view).
    void updated();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start();
    void finished();
    void show(const QString &html);
    void createBackend();

    QString m_libraryPath;
    Bundle m_bundle;
    bool m_hasBundle = false;
    bool m_again = false; ///< edited while a render was running: render once more after it
    bool m_stale = false; ///< a render was due while hidden: showEvent() starts it
    QTimer m_delay;
    QFutureWatcher<Result<QString>> m_watcher;
    QString m_html;

    Backend m_backend = Backend::None;
    QLabel *m_notice;
    QLabel *m_message;
    QStackedLayout *m_stack;
    BundleWebPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    ReaderTextView *m_textView = nullptr;
};

} // namespace Newsdesk
