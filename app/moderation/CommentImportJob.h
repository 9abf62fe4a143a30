#pragma once

#include "CommentImport.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace Newsdesk {

/// Imports comment files in the background for the window: a thread of its own with its own connection
/// to the library (a window's connection belongs to the GUI thread), one transaction per file, and
/// cancellation between files. Each file's report arrives as soon as it is written.
class CommentImportJob : public QObject
{
    Q_OBJECT

public:
    CommentImportJob(const QString &libraryPath, const QStringList &files, QObject *parent = nullptr);
    /// Waits for the thread: a window closing mid-import must not leave it writing.
    ~CommentImportJob() override;

    /// Starts the thread and returns at once; fileImported() for each file, then finished().
    void start();
    /// Stops after the file being written now; safe from any thread.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    /// One file done: its report (an error message instead when it could not be read or written) and the
    /// articles its new comments are on.
    void fileImported(int done, int total, const Newsdesk::CommentImportReport &report,
                      const QList<qint64> &articleIds, const QString &error);
    void finished(bool cancelled);

private:
    void run();

    QString m_libraryPath;
    QStringList m_files;
    std::atomic<bool> m_cancelled = false;
    QThread *m_thread = nullptr;
};

} // namespace Newsdesk
