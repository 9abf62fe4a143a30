#pragma once

#include "importing/ImportJob.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Newsdesk {

class Library;
class ImportReportDialog;

/// Runs imports for the window: one job at a time in the background (more requests wait their turn),
/// its progress and a Cancel button in the status bar, the report afterwards.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(QWidget *window, QStatusBar *statusBar);
    ~ImportController() override;

    /// The library imports go into; a running import finishes into the library it started with.
    void setLibrary(Library *library);
    void import(const QList<ImportInput> &inputs);
    bool isRunning() const { return m_job != nullptr; }
    void cancel();
    /// The report of the last import, for "Show Import Report".
    const ImportReport &lastReport() const { return m_lastReport; }
    void showReport();

signals:
    void finished(const Newsdesk::ImportReport &report);

private:
    void startNext();
    void onProgress(int done, int total, double perSecond, int secondsLeft);
    void onFinished(const ImportReport &report);

    QWidget *m_window;
    QStatusBar *m_statusBar;
    QPointer<Library> m_library;
    ImportJob *m_job = nullptr;
    QList<QList<ImportInput>> m_waiting;
    ImportReport m_lastReport;
    QWidget *m_progressPanel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QPointer<ImportReportDialog> m_reportDialog;
};

} // namespace Newsdesk
