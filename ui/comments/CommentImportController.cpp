#include "CommentImportController.h"

#include "library/Library.h"
#include "moderation/CommentImportJob.h"
#include "widgets/StatusProgressPanel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Newsdesk {

CommentImportController::CommentImportController(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
{
    auto *panel = new StatusProgressPanel(
        statusBar, QStringLiteral("commentImportProgress"), QStringLiteral("cancelCommentImport"),
        tr("Stop after the file being imported; the files done so far stay"));
    m_progressPanel = panel;
    m_progressLabel = panel->label();
    m_progressBar = panel->bar();
    m_cancelButton = panel->cancelButton();
    connect(m_cancelButton, &QToolButton::clicked, this, &CommentImportController::cancel);
}

CommentImportController::~CommentImportController()
{
    delete m_job; // cancels and waits for its thread
}

void CommentImportController::setLibrary(Library *library)
{
    m_library = library;
    m_waiting.clear();
}

void CommentImportController::chooseAndImport()
{
    if (!m_library)
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(m_window, tr("Import Comments"), QString(),
                                      tr("Comment files (*.xml *.wxr *.json *.csv);;All files (*)"));
    import(files);
}

void CommentImportController::import(const QStringList &files)
{
    if (files.isEmpty() || !m_library)
        return;
    m_waiting << files;
    if (!m_job)
        startNext();
}

void CommentImportController::startNext()
{
    if (m_waiting.isEmpty() || !m_library)
        return;
    const QStringList files = m_waiting.takeFirst();
    m_reports.clear();
    m_errors.clear();
    m_job = new CommentImportJob(m_library->path(), files);
    connect(m_job, &CommentImportJob::fileImported, this, &CommentImportController::onFileImported);
    connect(m_job, &CommentImportJob::finished, this, &CommentImportController::onFinished);
    m_progressLabel->setText(tr("Importing comments…"));
    m_progressBar->setRange(0, int(files.size()));
    m_progressBar->setValue(0);
    m_cancelButton->setEnabled(true);
    m_progressPanel->show();
    m_job->start();
}

void CommentImportController::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void CommentImportController::onFileImported(int done, int total, const CommentImportReport &report,
                                             const QList<qint64> &articleIds, const QString &error)
{
    if (error.isEmpty())
        m_reports << report;
    else
        m_errors << tr("%1: %2").arg(QFileInfo(report.file).fileName(), error);
    // The job wrote on its own connection; the window's connection tells its models.
    if (m_library && !report.addedIds.isEmpty())
        m_library->notifyCommentsInsertedElsewhere(report.addedIds, articleIds);
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    if (m_job && !m_job->isCancelled())
        m_progressLabel->setText(tr("Importing comments: file %1 of %2").arg(done).arg(total));
}

QString CommentImportController::summaryText(bool cancelled, QString *details) const
{
    int added = 0, already = 0, skipped = 0;
    QStringList lines;
    for (const CommentImportReport &report : m_reports) {
        added += report.added;
        already += report.alreadyThere;
        skipped += report.skippedCount();
        lines << tr("%1 (%2): %L3 added, %L4 already there, %L5 skipped")
                     .arg(QFileInfo(report.file).fileName(), report.format)
                     .arg(report.added)
                     .arg(report.alreadyThere)
                     .arg(report.skippedCount());
        for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
            lines << tr("    skipped %L1: %2").arg(it.value()).arg(it.key());
        for (const QString &issue : report.issues)
            lines << tr("    %1").arg(issue);
    }
    lines << m_errors;
    *details = lines.join(QLatin1Char('\n'));
    QString text =
        tr("%n comment(s) added, %L1 already there, %L2 skipped.", nullptr, added).arg(already).arg(skipped);
    if (!m_errors.isEmpty())
        text += QLatin1Char(' ') + tr("%n file(s) could not be imported.", nullptr, int(m_errors.size()));
    if (cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the files not reached were left alone.");
    return text;
}

void CommentImportController::onFinished(bool cancelled)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progressPanel->hide();
    QString details;
    m_summary = summaryText(cancelled, &details);
    m_statusBar->showMessage(m_summary, 10000);
    if (m_showSummary) {
        // Not modal-blocking: the window stays usable while the summary is read.
        auto *box = new QMessageBox(m_errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                    tr("Comments Imported"), m_summary, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("commentImportSummary"));
        box->setDetailedText(details);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(m_reports, m_errors);
    startNext();
}

} // namespace Newsdesk
