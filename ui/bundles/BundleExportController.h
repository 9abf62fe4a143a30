#pragma once

#include "exporting/BundleExport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPageSize>
#include <QPointer>

#include <atomic>
#include <memory>

class QStatusBar;
class QWidget;

namespace Newsdesk {

class BundlePdfPrinter;
class Library;
class StatusProgressPanel;

/// Exports bundles for the window: the export dialog, then the work on a thread with its own library
/// connection, progress and Cancel in the status bar, and the outcome (or a clear error) at the end.
/// PDF is BundleExport::singleHtml printed by Qt WebEngine.
class BundleExportController : public QObject
{
    Q_OBJECT

public:
    BundleExportController(QWidget *window, QStatusBar *statusBar);
    ~BundleExportController() override;

    void setLibrary(Library *library);
    /// Opens the export dialog for the bundle and runs the export it asks for.
    void chooseAndExport(qint64 bundleId);
    /// Exports without asking; options.overwrite decides about existing output.
    void exportBundle(qint64 bundleId, const ExportOptions &options,
                      QPageSize::PageSizeId pageSize = QPageSize::A4);
    bool isRunning() const;
    void cancel();
    /// Whether the outcome opens in a message box (tests turn it off).
    void setShowOutcome(bool show) { m_showOutcome = show; }
    StatusProgressPanel *panel() const { return m_panel; }

signals:
    /// error is empty on success; files are what was written.
    void finished(const QStringList &files, const QString &error);

private:
    struct Outcome
    {
        QStringList files;
        QString html; ///< PDF: the document to print
        QString error;
        bool cancelled = false;
    };

    void progress(int done, int total);
    void workDone();
    void finish(const QStringList &files, const QString &error, bool cancelled = false);

    QWidget *m_window;
    QPointer<Library> m_library;
    StatusProgressPanel *m_panel;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ExportOptions m_options;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    BundlePdfPrinter *m_printer = nullptr;
    bool m_printing = false;
    bool m_showOutcome = true;
};

} // namespace Newsdesk
