#pragma once

#include "core/Comment.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace Newsdesk {

/// A comment with the curator's verdict: what the spam filter learns from and is measured on.
struct SpamExample
{
    Comment comment;
    bool spam = false;
};

/// How a SpamFilter is trained. The defaults were chosen with newsdesk-bench-moderation on its
/// synthetic comment set (tests/bench/bench_moderation.cpp prints the comparison); where an alternative
/// is named, it measured worse there.
struct SpamFilterOptions
{
    enum class Model {
        LogisticRegression, ///< L2-regularised, trained by SGD: the default
        NaiveBayes,         ///< multinomial naive Bayes over the same features (binary counts): the baseline
    };

    Model model = Model::LogisticRegression;
    bool words = true;          ///< case-folded words, web hosts of links
    bool wordBigrams = true;    ///< pairs of adjacent words
    bool charGrams = true;      ///< character 3- to 5-grams of the normalised text: misspellings (v1agra)
    bool signalFeatures = true; ///< links, length, capitals, author's URL and email domain, look-alikes…
    int hashBits = 20;          ///< features are hashed into 2^hashBits buckets
    double l2 = 1e-5;           ///< logistic regression's regularisation (λ)
    int epochs = 5;             ///< passes over the examples: 3, 10 and 20 measured no better
    double learningRate = 0.5;
    double smoothing = 0.1;    ///< naive Bayes' additive smoothing
    double heldOutShare = 0.2; ///< share of each class held back to calibrate the scores
    int minPerClass = 5;       ///< fewer approved or spam comments than this: nothing to learn
    quint32 seed = 1;          ///< the held-back split and the SGD order depend on it
};

/// A learned comment spam filter: logistic regression over hashed features of the text (words, word
/// pairs, character n-grams after Unicode look-alikes are folded), the author fields and a few signals,
/// trained on the curator's decisions: approved comments are ham, spam is spam; rejected comments teach
/// nothing, since a curator rejects the rude and the off-topic, which are not spam. Its score is a
/// probability of spam calibrated (Platt) on held-back examples. Chosen over multinomial naive Bayes on
/// the same features by measurement (newsdesk-bench-moderation, 4,000 training comments, three draws):
/// F1 0.962 against 0.955, and recall 0.77 against 0.74 at the default spam_threshold, both without a
/// false alarm there; character n-grams add about 0.005 F1 on misspelt text. Pure computation: training
/// is deterministic for a seed; a trained filter is immutable and safe to use from several threads.
class SpamFilter
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SpamFilter)

public:
    using Options = SpamFilterOptions;

    /// Precision, recall, F1 and accuracy of "spam" at a threshold, spam being the positive class.
    struct Evaluation
    {
        int truePositives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        int falseNegatives = 0;
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double accuracy = 0;
        double brier = 0; ///< mean squared error of the scores: how well calibrated they are
    };

    /// An untrained filter: isTrained() is false and score() gives 0.5.
    SpamFilter() = default;

    /// Trains on examples. Fewer than minPerClass of either class is an error (NotFound) that says how
    /// many more are needed. @p cancelled is polled and must be thread-safe.
    static Result<SpamFilter> train(const QList<SpamExample> &examples, const Options &options = {},
                                    const std::function<bool()> &cancelled = {});
    /// Trains on decided comments: approved ones are ham, spam is spam, the rest is left out.
    static Result<SpamFilter> trainOnDecisions(const QList<Comment> &comments, const Options &options = {},
                                               const std::function<bool()> &cancelled = {});

    bool isTrained() const { return !m_weights.empty(); }
    /// The probability that the comment is spam, 0…1.
    double score(const Comment &comment) const;
    int hamCount() const { return m_hamCount; }
    int spamCount() const { return m_spamCount; }
    const Options &options() const { return m_options; }

    static Evaluation evaluate(const SpamFilter &filter, const QList<SpamExample> &testSet,
                               double threshold = 0.5);
    /// The same measures for given predictions (a baseline's), spam being positive.
    static Evaluation evaluate(const QList<bool> &predictedSpam, const QList<bool> &actualSpam,
                               const QList<double> &scores = {});

    /// The features the filter sees in a comment, readable ("w:casino", "c:asi", "s:links=2"), for tests
    /// and for explaining what it learns.
    static QStringList featureNames(const Comment &comment, const Options &options = {});

private:
    double margin(const Comment &comment) const;

    Options m_options;
    std::vector<float> m_weights;
    double m_bias = 0;
    double m_plattA = -1; // score = 1 / (1 + exp(A * margin + B))
    double m_plattB = 0;
    int m_hamCount = 0;
    int m_spamCount = 0;
};

} // namespace Newsdesk
