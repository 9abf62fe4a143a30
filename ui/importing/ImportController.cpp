#include "ImportController.h"

#include "ImportReportDialog.h"
#include "library/Library.h"
#include "widgets/StatusProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Newsdesk {

ImportController::ImportController(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
{
    auto *panel =
        new StatusProgressPanel(statusBar, QStringLiteral("importProgress"), QStringLiteral("cancelImport"),
                                tr("Stop the import; what was imported so far stays"));
    m_progressPanel = panel;
    m_progressLabel = panel->label();
    m_progressBar = panel->bar();
    m_cancelButton = panel->cancelButton();
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
}

ImportController::~ImportController()
{
    if (m_job) {
        m_job->cancel();
        delete m_job; // waits for its thread
    }
}

void ImportController::setLibrary(Library *library)
{
    m_library = library;
    m_waiting.clear();
}

void ImportController::import(const QList<ImportInput> &inputs)
{
    if (inputs.isEmpty() || !m_library)
        return;
    m_waiting << inputs;
    if (!m_job)
        startNext();
}

void ImportController::startNext()
{
    if (m_waiting.isEmpty() || !m_library)
        return;
    m_job = new ImportJob(m_library->path(), m_waiting.takeFirst());
    connect(m_job, &ImportJob::progress, this, &ImportController::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportController::onFinished);
    // The job writes on its own connection; the window's library tells its views what arrived.
    connect(m_job, &ImportJob::articlesWritten, this, [this](const QList<qint64> &ids) {
        if (m_library)
            m_library->notifyInsertedElsewhere(ids);
    });
    connect(m_job, &ImportJob::entryFinished, this, [this](const ImportReportEntry &entry) {
        if (m_library && entry.bundle && entry.bundle->added)
            m_library->notifyBundleInsertedElsewhere(entry.bundle->id);
    });
    m_progressLabel->setText(tr("Importing…"));
    m_progressBar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_progressPanel->show();
    m_job->start();
}

void ImportController::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void ImportController::onProgress(int done, int total, double perSecond, int secondsLeft)
{
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    if (m_job && m_job->isCancelled())
        return;
    m_progressLabel->setText(tr("Importing %1 of %2 · %3/s · %4 left")
                                 .arg(done)
                                 .arg(total)
                                 .arg(perSecond, 0, 'f', perSecond < 10 ? 1 : 0)
                                 .arg(QStringLiteral("%1:%2")
                                          .arg(secondsLeft / 60)
                                          .arg(secondsLeft % 60, 2, 10, QLatin1Char('0'))));
}

void ImportController::onFinished(const ImportReport &report)
{
    m_lastReport = report;
    m_job->deleteLater();
    m_job = nullptr;
    m_progressPanel->hide();
    m_statusBar->showMessage(ImportText::summary(report), 10000);
    // The report opens by itself when something needs the curator's eye.
    if (report.failed > 0)
        showReport();
    else if (m_reportDialog)
        m_reportDialog->setReport(report);
    emit finished(report);
    startNext();
}

void ImportController::showReport()
{
    if (!m_reportDialog)
        m_reportDialog = new ImportReportDialog(m_window);
    m_reportDialog->setReport(m_lastReport);
    m_reportDialog->show();
    m_reportDialog->raise();
}

} // namespace Newsdesk
