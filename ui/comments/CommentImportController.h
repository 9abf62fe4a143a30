#pragma once

#include "moderation/CommentImport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Newsdesk {

class CommentImportJob;
class Library;

/// Imports comment files for the window (Comments › Import Comments…): the formats recognised by content,
/// the work on a thread with its own library connection, progress and Cancel in the status bar, and a
/// summary at the end. The window's models hear of the new comments as they are written.
class CommentImportController : public QObject
{
    Q_OBJECT

public:
    CommentImportController(QWidget *window, QStatusBar *statusBar);
    ~CommentImportController() override;

    /// The library comments go into; a running import finishes into the library it started with.
    void setLibrary(Library *library);
    /// Asks for files and imports them.
    void chooseAndImport();
    /// Imports these files; more requests wait their turn.
    void import(const QStringList &files);
    bool isRunning() const { return m_job != nullptr; }
    void cancel();

    /// The summary of the last import, as the message box shows it.
    QString lastSummary() const { return m_summary; }
    /// Whether the summary opens in a message box at the end (tests turn it off).
    void setShowSummary(bool show) { m_showSummary = show; }

signals:
    /// Every file was done (or the import was cancelled); reports holds one per file read.
    void finished(const QList<Newsdesk::CommentImportReport> &reports, const QStringList &errors);

private:
    void startNext();
    void onFileImported(int done, int total, const CommentImportReport &report,
                        const QList<qint64> &articleIds, const QString &error);
    void onFinished(bool cancelled);
    QString summaryText(bool cancelled, QString *details) const;

    QWidget *m_window;
    QStatusBar *m_statusBar;
    QPointer<Library> m_library;
    CommentImportJob *m_job = nullptr;
    QList<QStringList> m_waiting;
    QList<CommentImportReport> m_reports;
    QStringList m_errors;
    QString m_summary;
    bool m_showSummary = true;
    QWidget *m_progressPanel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
};

} // namespace Newsdesk
