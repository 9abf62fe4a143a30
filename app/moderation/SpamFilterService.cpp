#include "SpamFilterService.h"
#include "core/BackgroundWork.h"

#include "ModerationSettings.h"
#include "Triage.h"
#include "core/Sentences.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/ModerationEvidence.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace Newsdesk {

namespace {

// Scores move by less than this after most retrainings; the queue shows two decimals, so such a change
// is not worth a write, an event and a repaint of the row.
constexpr double ScoreChangeTolerance = 0.001;

} // namespace

SpamFilterService::SpamFilterService(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(3000);
    connect(&m_delay, &QTimer::timeout, this, &SpamFilterService::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SpamFilterService::finished);
    // Decisions teach the filter; new comments need a score.
    connect(&library, &Library::commentsModerated, this, &SpamFilterService::changedElsewhere);
    connect(&library, &Library::commentsInserted, this, &SpamFilterService::changedElsewhere);
}

SpamFilterService::~SpamFilterService()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SpamFilterService::changedElsewhere(const QList<qint64> &)
{
    // Our own scores come back as commentsModerated too; they are no reason to run again.
    if (!m_announcing)
        retrainSoon();
}

void SpamFilterService::retrainSoon()
{
    m_delay.start();
}

void SpamFilterService::retrainNow()
{
    m_delay.stop();
    start();
}

void SpamFilterService::start()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    m_restart = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setState(State::Training, tr("Learning from your moderation decisions…"));
    // Each batch's changes reach this connection's listeners (the queue's model) as they are stored, in
    // lists of a batch's size; queued, so they arrive on this thread and are dropped if it is gone.
    const auto announce = [this](const QList<qint64> &ids) {
        QMetaObject::invokeMethod(
            this, [this, ids] { announceStored(ids); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        runInBackground([path = m_library.path(), cancel = m_cancel, options = m_options, previous = m_filter,
                         previousFingerprint = m_fingerprint, announce, batch = m_scoringBatch]() {
            QElapsedTimer clock;
            clock.start();
            Outcome outcome;
            const auto cancelled = [cancel] { return cancel->load(); };
            // Its own connection: the window's stays free, and WAL lets both work at once.
            auto opened = Library::open(path);
            if (!opened) {
                outcome.error = opened.errorString();
                return outcome;
            }
            Library &library = *opened.value();
            library.useSmallPageCache();
            ModerationEvidence evidence(library);
            auto settings = ModerationSettings::load(library);
            auto fingerprint = evidence.decisionsFingerprint();
            if (!settings || !fingerprint) {
                outcome.error = !settings ? settings.errorString() : fingerprint.errorString();
                return outcome;
            }
            outcome.fingerprint = *fingerprint;
            if (previous->isTrained() && *fingerprint == previousFingerprint) {
                outcome.filter = previous;
            } else {
                // The spam filter and the topic classifier train in turns (core/BackgroundWork.h).
                const std::unique_lock turn = memoryHungryTurn(cancelled);
                auto decided = evidence.trainingComments(cancelled);
                if (!decided) {
                    outcome.error = decided.errorString();
                    return outcome;
                }
                auto trained = SpamFilter::trainOnDecisions(*decided, options, cancelled);
                if (trained) {
                    outcome.filter = std::make_shared<const SpamFilter>(std::move(trained).value());
                } else if (trained.error().code == Error::Code::NotFound) {
                    outcome.filter = std::make_shared<const SpamFilter>();
                    outcome.message = trained.errorString();
                    return outcome;
                } else {
                    outcome.error = trained.errorString();
                    return outcome;
                }
                // What training freed goes back to the system before the turn passes on.
                decided->clear();
                releaseFreedMemory();
            }
            if (cancelled())
                return outcome;

            // In batches, each in its own transaction: at 300,000 pending comments one read held 46 MB and
            // one announcement made the queue read all 300,000 back on the GUI thread. Only scores that moved
            // are written and announced, so a run after a small change of decisions touches few rows.
            std::optional<Comment> last;
            while (!cancelled()) {
                auto pending = evidence.pendingCommentsAfter(last ? &*last : nullptr, batch);
                if (!pending) {
                    outcome.error = pending.errorString();
                    return outcome;
                }
                if (pending->isEmpty())
                    break;
                last = pending->constLast();
                QHash<qint64, double> changedScores;
                std::map<QString, QList<qint64>> spamByReason;
                for (const Comment &comment : std::as_const(*pending)) {
                    const double score = std::clamp(outcome.filter->score(comment), 0.0, 1.0);
                    ++outcome.scoredCount;
                    if (!comment.spamScore || std::abs(*comment.spamScore - score) >= ScoreChangeTolerance)
                        changedScores.insert(comment.id, score);
                    // A curator who put a comment back to pending has overruled the filter.
                    if (settings->autoSpam && score >= settings->spamThreshold &&
                        comment.decidedBy != DecidedBy::Curator)
                        spamByReason[Triage::scoreReason(score, settings->spamThreshold)] << comment.id;
                }
                QList<qint64> marked;
                const Status stored = library.transaction([&]() -> Status {
                    if (Status written = library.comments().setSpamScores(changedScores); !written)
                        return written;
                    for (const auto &[reason, ids] : spamByReason) {
                        auto changed =
                            library.comments().setStatus(ids, CommentStatus::Spam, DecidedBy::Filter, reason);
                        if (!changed)
                            return changed.error();
                        for (const CommentStatusChange &change : *changed)
                            marked << change.commentId;
                    }
                    return {};
                });
                if (!stored) {
                    outcome.error = stored.errorString();
                    return outcome;
                }
                QList<qint64> touched = changedScores.keys();
                for (qint64 id : std::as_const(marked))
                    if (!changedScores.contains(id))
                        touched << id;
                outcome.scored += changedScores.keys();
                outcome.marked += marked;
                if (!touched.isEmpty())
                    announce(touched);
                if (pending->size() < batch)
                    break;
            }
            releaseFreedMemory();
            outcome.milliseconds = clock.elapsed();
            return outcome;
        }));
}

void SpamFilterService::finished()
{
    if (m_restart) {
        start();
        return;
    }
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty() || !outcome.filter) {
        // A whole sentence for the cancelled run rather than a clause spliced into the other one.
        setState(State::Failed, outcome.error.isEmpty()
                                    ? tr("The spam filter is unavailable: its training run was cancelled.")
                                    //: %1 is why, a whole sentence.
                                    : tr("The spam filter is unavailable: %1").arg(outcome.error));
        return;
    }
    const bool changed = outcome.filter != m_filter;
    m_filter = outcome.filter;
    m_fingerprint = outcome.fingerprint;
    if (!outcome.message.isEmpty())
        setState(State::Ready, outcome.message);
    else
        setState(
            State::Ready,
            Sentences::joined({tr("Learned from %n approved comment(s).", nullptr, int(m_filter->hamCount())),
                               tr("Learned from %n spam comment(s).", nullptr, int(m_filter->spamCount())),
                               tr("Scored %n pending comment(s) in %1 s.", nullptr, outcome.scoredCount)
                                   .arg(QLocale().toString(outcome.milliseconds / 1000.0, 'f', 1))}));
    if (changed)
        emit filterChanged();
    if (!outcome.scored.isEmpty() || !outcome.marked.isEmpty())
        emit commentsScored(outcome.scored, int(outcome.marked.size()));
}

void SpamFilterService::announceStored(const QList<qint64> &ids)
{
    // The scores were written on the worker's connection: tell this connection's listeners as the store
    // itself would have, without taking it as a reason to run again.
    m_announcing = true;
    emit m_library.commentsModerated(ids);
    m_announcing = false;
}

void SpamFilterService::setState(State state, const QString &message)
{
    m_stateMessage = message;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Newsdesk
