#pragma once

#include "SpamFilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Newsdesk {

class Library;

/// Keeps the GUI's spam filter trained in the background: a few seconds after the curator's decisions
/// (or new comments) it retrains on the library's decisions, on its own connection, scores every pending
/// comment and stores the scores; with auto_spam on it also marks those at or above spam_threshold as
/// spam (decided by the filter, the score as the reason), except comments a curator put back to pending.
/// A change during a run cancels it and starts over; a run whose decisions did not change since the last
/// one keeps the filter it has and only scores.
class SpamFilterService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Untrained, ///< nothing trained yet
        Training,  ///< a run is going; the previous filter (if any) still answers
        Ready,     ///< a filter is there, or the library has too few decisions for one (see stateMessage())
        Failed,    ///< the last run failed; stateMessage() says why
    };
    Q_ENUM(State)

    explicit SpamFilterService(Library &library, QObject *parent = nullptr);
    ~SpamFilterService() override;

    /// Runs after the delay (restarting the delay), as decisions come in bursts.
    void retrainSoon();
    /// Runs now, cancelling a run in progress.
    void retrainNow();
    void setRetrainDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    void setOptions(const SpamFilterOptions &options) { m_options = options; }
    /// Pending comments scored, stored and announced together (ScoringBatch unless set, for tests).
    void setScoringBatch(int comments) { m_scoringBatch = std::max(1, comments); }

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    /// The current filter; untrained until a run has learned one.
    std::shared_ptr<const SpamFilter> filter() const { return m_filter; }

signals:
    void stateChanged(Newsdesk::SpamFilterService::State state);
    /// A new filter is ready.
    void filterChanged();
    /// A run stored new scores for these comments (those whose score changed) and marked markedSpam
    /// comments as spam. Library::commentsModerated has announced them already, batch by batch.
    void commentsScored(const QList<qint64> &commentIds, int markedSpam);

public:
    /// Pending comments scored and stored per transaction (and per announcement).
    static constexpr int ScoringBatch = 5000;

private:
    struct Outcome
    {
        std::shared_ptr<const SpamFilter> filter;
        QString fingerprint;
        QString error;        ///< the run failed
        QString message;      ///< no filter, and why (too few decisions)
        QList<qint64> scored; ///< whose stored score changed
        QList<qint64> marked;
        int scoredCount = 0; ///< pending comments scored, changed or not
        qint64 milliseconds = 0;
    };
    void start();
    void finished();
    void setState(State state, const QString &message);
    void changedElsewhere(const QList<qint64> &ids);
    void announceStored(const QList<qint64> &ids);

    Library &m_library;
    SpamFilterOptions m_options;
    QTimer m_delay;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_scoringBatch = ScoringBatch;
    bool m_restart = false;
    bool m_announcing = false;
    State m_state = State::Untrained;
    QString m_stateMessage;
    QString m_fingerprint;
    std::shared_ptr<const SpamFilter> m_filter = std::make_shared<const SpamFilter>();
};

} // namespace Newsdesk
