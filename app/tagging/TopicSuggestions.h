#pragma once

#include "TopicClassifier.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Newsdesk {

class Library;

/// Learned topic suggestions for one library: a TopicClassifier trained on the curator's confirmed tags
/// and rejections (TopicEvidence), asked about articles with the topics they have, or had turned down,
/// left out.
class TopicSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicSuggestions)

public:
    /// Trains on the library's evidence. A library with too few tags gives an empty classifier, not an
    /// error; a library without any gives an error saying what to do.
    static Result<TopicClassifier> train(Library &library, const TopicClassifierOptions &options = {},
                                         const std::function<bool()> &cancelled = {});

    /// The classifier's suggestions for a text, without the excluded topics, at most limit of them;
    /// only those above their topic's threshold unless includeBelowThreshold.
    static QList<TopicSuggestion> suggest(const TopicClassifier &classifier, const QString &text,
                                          const QList<qint64> &excluded, int limit,
                                          bool includeBelowThreshold = false);
};

/// Keeps a classifier for the GUI trained in the background: it trains once the window is up and again a
/// few seconds after the curator's tags change, on its own connection to the library, so the window
/// never waits. A change during a run cancels it and starts over. Suggesting is fast (well under a
/// millisecond) and happens on the caller's thread.
class SuggestionService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Untrained, ///< nothing trained yet
        Training,  ///< a run is going; the previous classifier (if any) still answers
        Ready,     ///< a classifier is there (it may know no topic yet)
        Failed,    ///< the last run failed; stateMessage() says why
    };
    Q_ENUM(State)

    explicit SuggestionService(Library &library, QObject *parent = nullptr);
    ~SuggestionService() override;

    /// Trains after the delay (restarting the delay), as tag changes come in bursts.
    void retrainSoon();
    /// Trains now, cancelling a run in progress.
    void retrainNow();
    void setRetrainDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

    State state() const { return m_state; }
    /// A sentence for the curator: why there are no suggestions, or what the classifier learned from.
    QString stateMessage() const { return m_stateMessage; }
    std::shared_ptr<const TopicClassifier> classifier() const { return m_classifier; }

    /// Suggestions above threshold for an article, leaving out the topics it has or had rejected.
    QList<TopicSuggestion> suggestionsFor(qint64 articleId, const QString &text, int limit = 5) const;

signals:
    void stateChanged(Newsdesk::SuggestionService::State state);
    /// A new classifier is ready: suggestions shown so far may change.
    void classifierChanged();

private:
    struct Outcome
    {
        std::shared_ptr<const TopicClassifier> classifier;
        QString error;
        int documents = 0;
        qint64 milliseconds = 0;
    };
    void start();
    void finished();
    void setState(State state, const QString &message);

    Library &m_library;
    QTimer m_delay;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_restart = false;
    State m_state = State::Untrained;
    QString m_stateMessage;
    std::shared_ptr<const TopicClassifier> m_classifier = std::make_shared<const TopicClassifier>();
};

} // namespace Newsdesk
