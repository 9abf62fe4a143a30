#pragma once

#include "moderation/Triage.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Newsdesk {

class Library;
class TriageProposalModel;

/// Comments › Run Rules on Pending: a dry run first. The rules and the spam filter (trained on the
/// library's decisions) go over every pending comment in the background, on their own connection; the
/// dialog then lists what they would do with each (proposed status, score, reason) and Apply hands the
/// proposals back to be written as one undo step.
class TriageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TriageDialog(Library &library, QWidget *parent = nullptr);
    ~TriageDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Every proposal of the finished run, the ones that change a status first.
    const QList<TriageProposal> &proposals() const;
    /// How many proposals change a status: what Apply decides.
    int decisionCount() const;
    QAbstractItemModel *model() const;
    QTableView *view() const { return m_view; }
    QString errorString() const { return m_error; }

signals:
    /// The dry run is over (proposals() is filled, or errorString() says why not).
    void runFinished();

private:
    struct Outcome
    {
        std::optional<TriageRun> run;
        QString error;
    };
    void finished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    TriageProposalModel *m_model;
    QString m_error;
    QLabel *m_summary;
    QLabel *m_filterNote;
    QProgressBar *m_progress;
    QTableView *m_view;
    QPushButton *m_apply;
};

} // namespace Newsdesk
