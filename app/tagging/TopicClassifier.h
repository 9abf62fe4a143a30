#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace Newsdesk {

/// One article as the curator has tagged it: the topics confirmed (set by hand or accepted from a
/// suggestion) and those the curator turned down, which count as stronger negatives than silence. Every
/// other topic counts as an ordinary negative; a topic both confirmed and rejected counts as confirmed.
struct TrainingDocument
{
    QString text;
    QSet<qint64> topics;   ///< confirmed
    QSet<qint64> rejected; ///< negative evidence: the curator said no
};

/// A TrainingDocument as its terms (TopicClassifier::termsOf()) instead of its text: a few kilobytes where
/// the text of a long article is tens, and what training turns into features anyway.
struct TermDocument
{
    std::vector<quint64> terms;
    QSet<qint64> topics;
    QSet<qint64> rejected;
};

/// A topic the classifier proposes for a text.
struct TopicSuggestion
{
    qint64 topicId = 0;
    double confidence = 0.0;     ///< a probability in [0,1], calibrated on the library's held-back articles
    bool aboveThreshold = false; ///< confidence >= the topic's tuned decision threshold
};

/// How a TopicClassifier is trained. Declared outside the class so it can be a default argument there.
/// The defaults were chosen on the two test sets of tst_topicclassifier (a synthetic one and one built
/// from IPTC definitions and real web articles); where an alternative is named, it measured worse.
struct TopicClassifierOptions
{
    enum class Model {
        LinearSvm,            ///< per-topic L2-regularised squared-hinge SVM, dual coordinate descent
        ComplementNaiveBayes, ///< Rennie et al. 2003, one topic against the rest: the measured baseline
    };

    int minDocumentsPerTopic = 3; ///< topics with fewer confirmed articles get no model
    double heldOutShare = 0.2;    ///< share of articles held back to calibrate and tune thresholds
    int threads = 0;              ///< 0: the global thread pool; otherwise at most this many threads
    quint32 seed = 1;             ///< the held-back split and the solver's visiting order depend on it
    Model model = Model::LinearSvm;
    double cost = 1.0;            ///< the SVM's C; 0.5, 2 and 4 were within ±0.005 micro-F1
    double positiveWeight = 1.0;  ///< cost multiplier for an article that has the topic; 2 was no better
    double rejectionWeight = 3.0; ///< cost multiplier for an article whose topic the curator rejected
    bool wordBigrams = false;     ///< also count pairs of adjacent words: −0.02 F1 and 2–3× the time
    int minDocumentFrequency = 2; ///< terms in fewer articles are dropped (1: slightly worse, larger)
    int maxFeatures = 1 << 18;    ///< the vocabulary keeps at most this many terms, the most frequent
    double thresholdPrior = 20.0; ///< how many held-back positives the library-wide threshold is worth
                                  ///< against a topic's own F1-optimal one
    double tolerance = 0.1;       ///< the solver stops when the projected gradient spread is below this
    int maxEpochs = 500;
};

/// Learned topic suggestions: a multi-label text classifier, one linear SVM per topic over TF-IDF
/// features, trained on the curator's confirmed tags and rejections, with Platt-calibrated confidences
/// and thresholds tuned on held-back articles of the library itself. Chosen over complement naive Bayes
/// by measurement: micro-F1 0.961 against 0.909 on the synthetic set of the tests, 0.911 against 0.510
/// on the IPTC/readability set. Pure computation (no database): the store feeds it documents, keeps its
/// save() and asks it for suggestions. Training is deterministic for a seed, whatever the number of
/// threads. A trained classifier is immutable and safe to use from several threads at once.
class TopicClassifier
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicClassifier)

public:
    using Options = TopicClassifierOptions;

    /// Quality on a labelled test set, counted over the topics the classifier knows.
    struct Evaluation
    {
        double microF1 = 0.0;
        double macroF1 = 0.0; ///< mean over topics that occur in the test set or are predicted there
        double microPrecision = 0.0;
        double microRecall = 0.0;
        int documents = 0;
    };

    /// An empty classifier that knows no topic and suggests nothing.
    TopicClassifier() = default;

    /// The characters of a text the classifier reads, in training and in suggesting alike: a long read's
    /// tail adds memory, not evidence. Measured with newsdesk-bench-topics (11,329 articles): at 3,000
    /// micro-F1 fell from 0.980 to 0.969 and macro-F1 from 0.932 to 0.895, so the cut is past most news.
    static constexpr int MaxTextLength = 6000;

    /// The terms train() counts of @p text (its first MaxTextLength characters), sorted, repeats kept.
    static std::vector<quint64> termsOf(QStringView text, const Options &options = {});

    /// Trains on @p docs; every topic of every document not confirmed counts as a negative for it.
    /// @p cancelled is polled from worker threads and must be thread-safe; when it returns true, training
    /// stops within a solver epoch and returns an Error. No documents is an error; documents without
    /// any topic of minDocumentsPerTopic articles give an empty classifier.
    static Result<TopicClassifier> train(const QList<TrainingDocument> &docs, const Options &options = {},
                                         const std::function<bool()> &cancelled = {});
    /// The same, on documents already cut into terms with termsOf() and the same options, so that a caller
    /// need not hold the texts. The terms are freed as training goes.
    static Result<TopicClassifier> trainOnTerms(std::vector<TermDocument> docs, const Options &options = {},
                                                const std::function<bool()> &cancelled = {});

    /// The topics for @p text, most confident first, at most @p limit of them (all when negative).
    QList<TopicSuggestion> suggest(const QString &text, int limit = 5) const;

    /// The confidence from which suggest() marks @p topic aboveThreshold; 1 for an unknown topic.
    double threshold(qint64 topic) const;
    /// The topics with a model, in ascending order of id.
    QList<qint64> topics() const { return m_topicIds; }
    /// How many documents it was trained on.
    int documentCount() const { return m_documentCount; }

    /// Micro- and macro-averaged precision/recall/F1 of the aboveThreshold suggestions on @p testSet.
    /// Topics the classifier does not know are left out of the truth, since it cannot suggest them.
    static Evaluation evaluate(const TopicClassifier &classifier, const QList<TrainingDocument> &testSet);

    /// A compact, versioned, checksummed binary form.
    QByteArray save() const;
    /// Reads save()'s form; damaged or truncated data and data of a newer format are errors.
    static Result<TopicClassifier> load(const QByteArray &data);

private:
    // Confidence for every known topic, in the order of m_topicIds.
    std::vector<double> confidences(const QString &text) const;

    bool m_wordBigrams = false;
    int m_documentCount = 0;
    std::vector<quint64> m_terms; // sorted term hashes; a term's index is its feature number
    std::vector<float> m_idf;     // per feature
    QList<qint64> m_topicIds;
    std::vector<double> m_plattA; // confidence = 1 / (1 + exp(A * score + B)), per topic
    std::vector<double> m_plattB;
    std::vector<double> m_thresholds;
    // Feature-major: the weights of feature f for all topics are contiguous, so scoring a sparse text
    // streams one short row per term. The last row is the bias.
    std::vector<float> m_weights;
};

} // namespace Newsdesk
