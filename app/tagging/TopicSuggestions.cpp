#include "TopicSuggestions.h"
#include "core/BackgroundWork.h"

#include "core/Sentences.h"
#include "library/Library.h"
#include "library/TopicEvidence.h"

#include <QElapsedTimer>
#include <QLocale>

namespace Newsdesk {

static_assert(TopicEvidence::MaxTextLength == TopicClassifier::MaxTextLength,
              "the evidence cuts texts where the classifier stops reading");

Result<TopicClassifier> TopicSuggestions::train(Library &library, const TopicClassifierOptions &options,
                                                const std::function<bool()> &cancelled)
{
    // Each text becomes its terms as it is read and is dropped: the texts of 40,000 articles held at
    // once took 370 MB (heaptrack of the window on a library of 100,000).
    std::vector<TermDocument> documents;
    const Status read = TopicEvidence(library).forEachLabelledArticle(
        [&](LabelledArticle &&article) {
            documents.push_back({TopicClassifier::termsOf(article.text, options),
                                 QSet<qint64>(article.confirmed.cbegin(), article.confirmed.cend()),
                                 QSet<qint64>(article.rejected.cbegin(), article.rejected.cend())});
        },
        cancelled);
    if (!read)
        return read.error();
    if (documents.empty())
        return Error{Error::Code::NotFound,
                     tr("No article has a topic set by hand yet, so there is nothing to learn from. Tag a "
                        "few articles per topic and suggestions will follow.")};
    return TopicClassifier::trainOnTerms(std::move(documents), options, cancelled);
}

QList<TopicSuggestion> TopicSuggestions::suggest(const TopicClassifier &classifier, const QString &text,
                                                 const QList<qint64> &excluded, int limit,
                                                 bool includeBelowThreshold)
{
    QList<TopicSuggestion> chosen;
    if (limit == 0)
        return chosen;
    // Ask for every topic: the excluded ones may rank first.
    for (const TopicSuggestion &suggestion : classifier.suggest(text, -1)) {
        if (excluded.contains(suggestion.topicId))
            continue;
        // Thresholds differ per topic, so a less confident topic may still pass its own: keep looking.
        if (!suggestion.aboveThreshold && !includeBelowThreshold)
            continue;
        chosen.append(suggestion);
        if (limit > 0 && chosen.size() >= limit)
            break;
    }
    return chosen;
}

SuggestionService::SuggestionService(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(3000);
    connect(&m_delay, &QTimer::timeout, this, &SuggestionService::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SuggestionService::finished);
    // Evidence changes: tags added or removed, suggestions rejected, topics merged or deleted.
    connect(&library, &Library::articleTopicsChanged, this, &SuggestionService::retrainSoon);
    connect(&library, &Library::topicTreeChanged, this, &SuggestionService::retrainSoon);
}

SuggestionService::~SuggestionService()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SuggestionService::retrainSoon()
{
    m_delay.start();
}

void SuggestionService::retrainNow()
{
    m_delay.stop();
    start();
}

void SuggestionService::start()
{
    if (m_watcher.isRunning()) {
        // The run under way learns from stale evidence: stop it and go again when it has stopped.
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    m_restart = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setState(State::Training, tr("Learning from your tags…"));
    m_watcher.setFuture(runInBackground([path = m_library.path(), cancel = m_cancel]() {
        QElapsedTimer clock;
        clock.start();
        Outcome outcome;
        // Its own connection: the window's stays free, and WAL lets both read at once.
        auto library = Library::open(path);
        if (!library) {
            outcome.error = library.errorString();
            return outcome;
        }
        library.value()->useSmallPageCache();
        TopicClassifierOptions options;
        options.threads = 1; // the other core stays with the window and any import
        const auto cancelled = [cancel] { return cancel->load(); };
        std::unique_lock turn = memoryHungryTurn(cancelled);
        auto trained = TopicSuggestions::train(*library.value(), options, cancelled);
        library.value().reset();
        releaseFreedMemory();
        turn = {};
        if (trained) {
            outcome.documents = trained->documentCount();
            outcome.classifier = std::make_shared<const TopicClassifier>(std::move(trained).value());
        } else if (trained.error().code == Error::Code::NotFound) {
            outcome.classifier = std::make_shared<const TopicClassifier>();
            outcome.error = trained.errorString();
        } else {
            outcome.error = trained.errorString();
        }
        outcome.milliseconds = clock.elapsed();
        return outcome;
    }));
}

void SuggestionService::finished()
{
    if (m_restart) {
        start();
        return;
    }
    const Outcome outcome = m_watcher.result();
    if (!outcome.classifier) {
        setState(State::Failed, tr("Suggestions are unavailable: %1").arg(outcome.error));
        return;
    }
    m_classifier = outcome.classifier;
    if (!outcome.error.isEmpty())
        setState(State::Ready, outcome.error);
    else if (m_classifier->topics().isEmpty())
        setState(State::Ready, tr("Suggestions start once a topic has %n article(s) tagged by hand.", nullptr,
                                  TopicClassifierOptions().minDocumentsPerTopic));
    else
        setState(State::Ready,
                 Sentences::joined(
                     {//: The classifier has learned %n topics and suggests them where they fit.
                      tr("Suggesting %n topic(s).", nullptr, int(m_classifier->topics().size())),
                      tr("Learned from %n tagged article(s) in %1 s.", nullptr, int(outcome.documents))
                          .arg(QLocale().toString(outcome.milliseconds / 1000.0, 'f', 1))}));
    emit classifierChanged();
}

void SuggestionService::setState(State state, const QString &message)
{
    m_stateMessage = message;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QList<TopicSuggestion> SuggestionService::suggestionsFor(qint64 articleId, const QString &text,
                                                         int limit) const
{
    if (m_classifier->topics().isEmpty())
        return {};
    auto excluded = TopicEvidence(m_library).excludedTopics(articleId);
    return TopicSuggestions::suggest(*m_classifier, text, excluded ? *excluded : QList<qint64>(), limit);
}

} // namespace Newsdesk
