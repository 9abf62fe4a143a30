#include "BundleExportController.h"
#include "core/BackgroundWork.h"

#include "BundleExportDialog.h"
#include "BundleRendering.h"
#include "BundleWebPage.h"
#include "exporting/BundleContent.h"
#include "library/BundleRepository.h"
#include "library/Library.h"
#include "widgets/StatusProgressPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Newsdesk {

namespace {
/// One whole phrase per format: a format's label spliced into "Exporting %1…" could not be translated well.
QString exportingText(ExportFormat format)
{
    switch (format) {
    case ExportFormat::HtmlSite:
        return BundleExportController::tr("Exporting an HTML site…");
    case ExportFormat::HtmlSingle:
        return BundleExportController::tr("Exporting one HTML file…");
    case ExportFormat::Json:
        return BundleExportController::tr("Exporting a JSON Feed…");
    case ExportFormat::Atom:
        return BundleExportController::tr("Exporting an Atom feed…");
    case ExportFormat::Rss:
        return BundleExportController::tr("Exporting an RSS feed…");
    case ExportFormat::Pdf:
        return BundleExportController::tr("Exporting a PDF…");
    }
    return {};
}
} // namespace

BundleExportController::BundleExportController(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_panel(new StatusProgressPanel(statusBar, QStringLiteral("bundleExportProgress"),
                                      QStringLiteral("cancelBundleExport"), tr("Stop the export")))
{
    connect(m_panel->cancelButton(), &QToolButton::clicked, this, &BundleExportController::cancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BundleExportController::workDone);
}

BundleExportController::~BundleExportController()
{
    // Quietly: the window is going, so no outcome is shown. A print under way writes nothing.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    delete m_printer;
}

void BundleExportController::setLibrary(Library *library)
{
    m_library = library;
}

bool BundleExportController::isRunning() const
{
    return m_watcher.isRunning() || m_printing;
}

void BundleExportController::chooseAndExport(qint64 bundleId)
{
    if (!m_library)
        return;
    if (isRunning()) {
        QMessageBox::information(m_window, tr("Export Bundle"), tr("An export is still running."));
        return;
    }
    const auto bundle = m_library->bundles().find(bundleId);
    if (!bundle) {
        QMessageBox::warning(m_window, tr("Export Bundle"), bundle.errorString());
        return;
    }
    BundleExportDialog dialog(bundle->name, m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportBundle(bundleId, dialog.options(), dialog.pageSize());
}

void BundleExportController::exportBundle(qint64 bundleId, const ExportOptions &options,
                                          QPageSize::PageSizeId pageSize)
{
    if (!m_library || isRunning())
        return;
    m_options = options;
    m_pageSize = pageSize;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_panel->label()->setText(exportingText(options.format));
    m_panel->bar()->setRange(0, 0);
    m_panel->cancelButton()->setEnabled(true);
    m_panel->show();

    // The worker may call back through `this`: the destructor waits for it, and a queued call to a
    // deleted context is dropped.
    m_watcher.setFuture(
        runInBackground([this, path = m_library->path(), bundleId, options, cancel = m_cancel]() {
            Outcome outcome;
            // Its own connection: the window's stays free, and WAL lets both read at once.
            auto library = Library::open(path);
            if (!library) {
                outcome.error = library.errorString();
                return outcome;
            }
            const auto bundle = (*library)->bundles().find(bundleId);
            if (!bundle) {
                outcome.error = bundle.errorString();
                return outcome;
            }
            if (options.format == ExportFormat::Pdf) {
                if (!options.overwrite && QFileInfo::exists(options.outPath)) {
                    outcome.error = tr("%1 exists already; choose to replace it or save elsewhere.")
                                        .arg(QDir::toNativeSeparators(options.outPath));
                    return outcome;
                }
                const auto html = renderBundleHtml(**library, *bundle, options);
                if (html)
                    outcome.html = *html;
                else
                    outcome.error = html.errorString();
                return outcome;
            }
            const auto content = BundleContent::gather(**library, *bundle);
            if (!content) {
                outcome.error = content.errorString();
                return outcome;
            }
            const auto written = BundleExport::write(*content, options, [this, cancel](int done, int total) {
                QMetaObject::invokeMethod(this, [this, done, total]() { progress(done, total); });
                return !cancel->load();
            });
            if (written)
                outcome.files = written->files;
            else if (cancel->load())
                outcome.cancelled = true;
            else
                outcome.error = written.errorString();
            return outcome;
        }));
}

void BundleExportController::progress(int done, int total)
{
    m_panel->bar()->setRange(0, std::max(total, 1));
    m_panel->bar()->setValue(done);
}

void BundleExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_printing) {
        delete m_printer; // its page goes with it; nothing is written
        m_printer = nullptr;
        m_printing = false;
        finish({}, {}, true);
    }
}

void BundleExportController::workDone()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.cancelled || m_cancel->load()) {
        finish({}, {}, true);
        return;
    }
    if (!outcome.error.isEmpty() || m_options.format != ExportFormat::Pdf) {
        finish(outcome.files, outcome.error);
        return;
    }
    // PDF: the document is printed by Qt WebEngine on this thread.
    m_panel->label()->setText(tr("Printing the bundle to PDF…"));
    m_printing = true;
    m_printer = new BundlePdfPrinter(this);
    connect(m_printer, &BundlePdfPrinter::finished, this, [this](const QString &path, const QString &error) {
        m_printing = false;
        m_printer->deleteLater();
        m_printer = nullptr;
        finish(error.isEmpty() ? QStringList{QFileInfo(path).absoluteFilePath()} : QStringList(), error);
    });
    m_printer->print(outcome.html, m_pageSize, m_options.outPath);
}

void BundleExportController::finish(const QStringList &files, const QString &error, bool cancelled)
{
    m_panel->hide();
    emit finished(files, cancelled ? tr("The export was cancelled.") : error);
    if (!m_showOutcome)
        return;
    auto *statusBar = m_window->findChild<QStatusBar *>();
    if (cancelled) {
        if (statusBar)
            statusBar->showMessage(tr("The export was cancelled; nothing was written."), 8000);
        return;
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export Bundle"),
                             tr("The bundle could not be exported: %1").arg(error));
        return;
    }
    if (statusBar)
        statusBar->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(m_options.outPath)), 8000);
}

} // namespace Newsdesk
