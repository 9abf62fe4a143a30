#include "TopicClassifier.h"

#include "TextFeatures.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_map>

namespace Newsdesk {

namespace {

constexpr quint32 FormatMagic = 0x4E445443; // "NDTC": Newsdesk topic classifier
constexpr quint16 FormatVersion = 1;
constexpr int ChecksumSize = 20; // SHA-1 of everything before it
constexpr quint16 FlagWordBigrams = 0x1;
// Documents per parallel task when cutting texts into terms and terms into features.
constexpr std::size_t TermChunk = 128;

// Without held-back articles there is nothing to fit a sigmoid to; for an SVM whose margin is at ±1 this
// maps the margin to 0.88 and the decision boundary to 0.5.
constexpr double DefaultPlattA = -2.0;
constexpr double DefaultPlattB = 0.0;
constexpr double DefaultThreshold = 0.5;
// A sigmoid of its own needs a few held-back positives and negatives for the topic; with fewer, the
// topic takes the one fitted to the pooled scores of all topics.
constexpr int MinCalibrationExamples = 3;

/// Training rows as compressed sparse rows; values are TF-IDF weights of unit L2 norm per row.
struct SparseRows
{
    std::vector<qsizetype> offsets{0};
    std::vector<int> columns;
    std::vector<float> values;
};

// Sorts @p hashes and appends the TF-IDF row of the known terms among them to @p columns/@p values in
// ascending column order. Sublinear tf (1 + ln tf) because a word said ten times is not ten times the
// evidence; L2 normalisation so that long articles do not score higher just by being long.
void vectorize(std::vector<quint64> &hashes, const std::vector<quint64> &terms, const std::vector<float> &idf,
               std::vector<int> &columns, std::vector<float> &values)
{
    std::sort(hashes.begin(), hashes.end());
    const std::size_t begin = values.size();
    auto vocabulary = terms.begin();
    double squaredNorm = 0.0;
    for (std::size_t i = 0; i < hashes.size();) {
        std::size_t j = i + 1;
        while (j < hashes.size() && hashes[j] == hashes[i])
            ++j;
        // Both lists are sorted, so each lookup starts where the last one ended.
        vocabulary = std::lower_bound(vocabulary, terms.end(), hashes[i]);
        if (vocabulary == terms.end())
            break;
        if (*vocabulary == hashes[i]) {
            const int column = int(vocabulary - terms.begin());
            const double value = (1.0 + std::log(double(j - i))) * idf[std::size_t(column)];
            columns.push_back(column);
            values.push_back(float(value));
            squaredNorm += value * value;
        }
        i = j;
    }
    if (squaredNorm > 0.0) {
        const double scale = 1.0 / std::sqrt(squaredNorm);
        for (std::size_t k = begin; k < values.size(); ++k)
            values[k] = float(values[k] * scale);
    }
}

// A deterministic shuffle: std::shuffle's algorithm is left to the standard library, and a model must
// come out the same from the same seed on every platform.
template <typename T> void shuffle(std::vector<T> &items, std::size_t count, std::mt19937 &random)
{
    for (std::size_t i = count; i > 1; --i)
        std::swap(items[i - 1], items[std::size_t(random() % i)]);
}

/// One binary problem: which rows, their labels and their costs.
struct BinaryProblem
{
    const SparseRows *x = nullptr;
    std::vector<int> rows;
    std::vector<qint8> labels; // +1 / -1 per entry of rows
    std::vector<float> costs;  // C_i per entry of rows
    int featureCount = 0;      // weights has featureCount + 1 entries, the last the bias
    double baseCost = 1.0;     // the C of an ordinary negative
};

double dot(const std::vector<double> &w, const SparseRows &x, qsizetype row, int biasIndex)
{
    double sum = w[std::size_t(biasIndex)];
    for (qsizetype k = x.offsets[std::size_t(row)]; k < x.offsets[std::size_t(row) + 1]; ++k)
        sum += w[std::size_t(x.columns[std::size_t(k)])] * x.values[std::size_t(k)];
    return sum;
}

// L2-regularised squared-hinge (L2-loss) linear SVM by dual coordinate descent with shrinking, after
// Hsieh, Chang, Lin, Keerthi and Sundararajan, "A Dual Coordinate Descent Method for Large-scale Linear
// SVM" (ICML 2008). The dual is min ½αᵀQ̄α − eᵀα, 0 ≤ αᵢ, with Q̄ = Q + D, Dᵢᵢ = 1/(2Cᵢ); each step solves
// one αᵢ exactly, and w = Σ yᵢαᵢxᵢ is kept up to date so a step costs one sparse dot product. A constant
// feature 1 gives the bias, regularised like the other weights as in LIBLINEAR. The squared hinge rather
// than the hinge: the two scored within ±0.005 F1 of each other on both test sets, and the squared one
// has no upper bound on αᵢ to track. Returns false when cancelled.
bool trainSvm(const BinaryProblem &problem, double tolerance, int maxEpochs, quint32 seed,
              const std::function<bool()> &cancelled, std::vector<double> &w)
{
    const SparseRows &x = *problem.x;
    const std::size_t n = problem.rows.size();
    const int bias = problem.featureCount;
    w.assign(std::size_t(problem.featureCount) + 1, 0.0);
    std::vector<double> alpha(n, 0.0);
    std::vector<double> diagonal(n); // Dᵢᵢ
    std::vector<double> qd(n);       // Q̄ᵢᵢ = ‖xᵢ‖² + 1 (bias) + Dᵢᵢ
    for (std::size_t i = 0; i < n; ++i) {
        diagonal[i] = 0.5 / double(problem.costs[i]);
        double squaredNorm = 1.0;
        const qsizetype row = problem.rows[i];
        for (qsizetype k = x.offsets[std::size_t(row)]; k < x.offsets[std::size_t(row) + 1]; ++k)
            squaredNorm += double(x.values[std::size_t(k)]) * x.values[std::size_t(k)];
        qd[i] = squaredNorm + diagonal[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::mt19937 random(seed);

    constexpr double Infinity = std::numeric_limits<double>::infinity();
    // Shrinking: a variable at its bound whose gradient points further out than the largest violation of
    // the last epoch is very likely to stay there, so it is left out until the active set converges.
    double lastMaxViolation = Infinity;
    std::size_t active = n;
    for (int epoch = 0; epoch < maxEpochs; ++epoch) {
        if (cancelled())
            return false;
        shuffle(order, active, random);
        double maxProjected = -Infinity;
        double minProjected = Infinity;
        for (std::size_t s = 0; s < active;) {
            const std::size_t i = order[s];
            const qsizetype row = problem.rows[i];
            const double y = problem.labels[i];
            const double gradient = y * dot(w, x, row, bias) - 1.0 + diagonal[i] * alpha[i];
            double projected = gradient;
            if (alpha[i] == 0.0) {
                if (gradient > lastMaxViolation) {
                    std::swap(order[s], order[--active]);
                    continue;
                }
                projected = std::min(gradient, 0.0);
            }
            maxProjected = std::max(maxProjected, projected);
            minProjected = std::min(minProjected, projected);
            if (std::abs(projected) > 1e-12) {
                const double old = alpha[i];
                alpha[i] = std::max(old - gradient / qd[i], 0.0);
                const double step = (alpha[i] - old) * y;
                for (qsizetype k = x.offsets[std::size_t(row)]; k < x.offsets[std::size_t(row) + 1]; ++k)
                    w[std::size_t(x.columns[std::size_t(k)])] += step * x.values[std::size_t(k)];
                w[std::size_t(bias)] += step;
            }
            ++s;
        }
        if (maxProjected - minProjected <= tolerance) {
            if (active == n)
                break;
            // Converged on the active set: check once more over everything before stopping.
            active = n;
            lastMaxViolation = Infinity;
            continue;
        }
        lastMaxViolation = maxProjected > 0.0 ? maxProjected : Infinity;
    }
    return true;
}

// Complement naive Bayes (Rennie, Shih, Teevan and Karger, ICML 2003) for one topic against the rest, on
// the same TF-IDF rows: the baseline the SVM was chosen over. With two classes the complement of "the
// rest" is the topic, so it scores log θ(topic) − log θ(rest) per term. Rennie's weight normalisation is
// left out: it exists to compare many classes by argmax, and with a tuned threshold per topic it cost
// 0.01 micro-F1 on the synthetic set.
void trainComplementNaiveBayes(const BinaryProblem &problem, std::vector<double> &w)
{
    // Measured on both test sets: 0.1 beats Rennie's 1.0, which on TF-IDF rows (a few units of mass per
    // article, against one unit per vocabulary term) flattens every topic towards uniform.
    constexpr double Smoothing = 0.1;
    const SparseRows &x = *problem.x;
    const std::size_t features = std::size_t(problem.featureCount);
    std::vector<double> topic(features, 0.0);
    std::vector<double> rest(features, 0.0);
    for (std::size_t i = 0; i < problem.rows.size(); ++i) {
        std::vector<double> &counts = problem.labels[i] > 0 ? topic : rest;
        // Rejections weigh more here too, as extra counts for the rest.
        const double weight = problem.labels[i] > 0 ? 1.0 : double(problem.costs[i]) / problem.baseCost;
        const qsizetype row = problem.rows[i];
        for (qsizetype k = x.offsets[std::size_t(row)]; k < x.offsets[std::size_t(row) + 1]; ++k)
            counts[std::size_t(x.columns[std::size_t(k)])] += weight * x.values[std::size_t(k)];
    }
    const auto logEstimates = [&](std::vector<double> &counts) {
        const double total =
            std::accumulate(counts.begin(), counts.end(), 0.0) + Smoothing * double(features);
        for (double &c : counts)
            c = std::log((c + Smoothing) / total);
    };
    logEstimates(topic);
    logEstimates(rest);
    w.assign(features + 1, 0.0);
    for (std::size_t f = 0; f < features; ++f)
        w[f] = topic[f] - rest[f];
}

double sigmoidConfidence(double score, double a, double b)
{
    const double z = a * score + b;
    // Two forms so that exp() never overflows.
    return z >= 0.0 ? std::exp(-z) / (1.0 + std::exp(-z)) : 1.0 / (1.0 + std::exp(z));
}

struct ScoredExample
{
    double value; // a score or a confidence
    bool positive;
};

// Platt's sigmoid P(y=1|s) = 1/(1+exp(A·s+B)) by Newton's method with backtracking and Platt's smoothed
// targets, as improved by Lin, Lin and Weng, "A note on Platt's probabilistic outputs for support
// vector machines" (Machine Learning, 2007). The smoothed targets keep the fit finite when the held-back
// scores separate the classes perfectly.
std::pair<double, double> fitPlatt(std::vector<ScoredExample> examples)
{
    // Fitted on scores of unit spread and scaled back: the stopping rule on the gradient is absolute, and
    // naive Bayes scores are a thousand times smaller than SVM margins.
    double positives = 0.0;
    double mean = 0.0;
    for (const ScoredExample &e : examples) {
        positives += e.positive ? 1.0 : 0.0;
        mean += e.value;
    }
    mean /= double(std::max<std::size_t>(1, examples.size()));
    double variance = 0.0;
    for (const ScoredExample &e : examples)
        variance += (e.value - mean) * (e.value - mean);
    variance /= double(std::max<std::size_t>(1, examples.size()));
    const double scale = variance > 0.0 ? 1.0 / std::sqrt(variance) : 1.0;
    for (ScoredExample &e : examples)
        e.value *= scale;
    const double negatives = double(examples.size()) - positives;
    const double high = (positives + 1.0) / (positives + 2.0);
    const double low = 1.0 / (negatives + 2.0);

    const auto objective = [&](double a, double b) {
        double sum = 0.0;
        for (const ScoredExample &e : examples) {
            const double t = e.positive ? high : low;
            const double z = e.value * a + b;
            sum += z >= 0.0 ? t * z + std::log1p(std::exp(-z)) : (t - 1.0) * z + std::log1p(std::exp(z));
        }
        return sum;
    };
    double a = 0.0;
    double b = std::log((negatives + 1.0) / (positives + 1.0));
    double value = objective(a, b);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double h11 = 1e-12, h22 = 1e-12, h21 = 0.0, g1 = 0.0, g2 = 0.0;
        for (const ScoredExample &e : examples) {
            const double t = e.positive ? high : low;
            const double p = sigmoidConfidence(e.value, a, b);
            const double d2 = p * (1.0 - p);
            h11 += e.value * e.value * d2;
            h22 += d2;
            h21 += e.value * d2;
            const double d1 = t - p;
            g1 += e.value * d1;
            g2 += d1;
        }
        if (std::abs(g1) < 1e-5 && std::abs(g2) < 1e-5)
            break;
        const double determinant = h11 * h22 - h21 * h21;
        const double da = -(h22 * g1 - h21 * g2) / determinant;
        const double db = -(-h21 * g1 + h11 * g2) / determinant;
        const double descent = g1 * da + g2 * db;
        double step = 1.0;
        while (step >= 1e-10) {
            const double candidate = objective(a + step * da, b + step * db);
            if (candidate < value + 1e-4 * step * descent) {
                a += step * da;
                b += step * db;
                value = candidate;
                break;
            }
            step /= 2.0;
        }
        if (step < 1e-10)
            break;
    }
    return {a * scale, b};
}

// The confidence cut that maximises F1 on @p examples, halfway between the lowest confidence kept and the
// next lower one so that it does not sit on a held-back article. Returns nullopt without positives.
std::optional<double> bestF1Threshold(std::vector<ScoredExample> examples)
{
    const auto positives =
        std::count_if(examples.begin(), examples.end(), [](const ScoredExample &e) { return e.positive; });
    if (positives == 0)
        return std::nullopt;
    std::sort(examples.begin(), examples.end(),
              [](const ScoredExample &l, const ScoredExample &r) { return l.value > r.value; });
    double bestF1 = 0.0;
    double best = 1.0;
    qsizetype truePositives = 0;
    qsizetype falsePositives = 0;
    for (std::size_t i = 0; i < examples.size();) {
        std::size_t j = i;
        while (j < examples.size() && examples[j].value == examples[i].value) {
            (examples[j].positive ? truePositives : falsePositives) += 1;
            ++j;
        }
        const double f1 = 2.0 * double(truePositives) / double(truePositives + falsePositives + positives);
        if (f1 > bestF1) {
            bestF1 = f1;
            const double next = j < examples.size() ? examples[j].value : 0.0;
            best = (examples[i].value + next) / 2.0;
        }
        i = j;
    }
    return best;
}

template <typename T> void writeArray(QDataStream &stream, const std::vector<T> &values)
{
    for (const T &v : values)
        stream << v;
}

} // namespace

std::vector<quint64> TopicClassifier::termsOf(QStringView text, const Options &options)
{
    std::vector<quint64> terms = TextFeatures::termHashes(text.left(MaxTextLength), options.wordBigrams);
    std::sort(terms.begin(), terms.end());
    // Kept until training turns them into features: without the slack of growing, a quarter less.
    terms.shrink_to_fit();
    return terms;
}

Result<TopicClassifier> TopicClassifier::train(const QList<TrainingDocument> &docs, const Options &options,
                                               const std::function<bool()> &cancelled)
{
    if (docs.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("There are no tagged articles to learn from.")};
    // Terms of every article, in parallel chunks, on a pool of our own (see trainOnTerms()).
    QThreadPool pool;
    if (options.threads > 0)
        pool.setMaxThreadCount(options.threads);
    const std::size_t docCount = std::size_t(docs.size());
    std::vector<std::size_t> chunks;
    for (std::size_t start = 0; start < docCount; start += TermChunk)
        chunks.push_back(start);
    std::vector<TermDocument> terms(docCount);
    std::atomic<bool> stopped = false;
    QtConcurrent::blockingMap(&pool, chunks, [&](std::size_t start) {
        if (stopped.load(std::memory_order_relaxed) || (cancelled && cancelled())) {
            stopped = true;
            return;
        }
        for (std::size_t d = start; d < std::min(start + TermChunk, docCount); ++d) {
            const TrainingDocument &doc = docs[qsizetype(d)];
            terms[d] = {termsOf(doc.text, options), doc.topics, doc.rejected};
        }
    });
    if (stopped)
        return Error{Error::Code::Failed, tr("Training the topic classifier was cancelled.")};
    return trainOnTerms(std::move(terms), options, cancelled);
}

Result<TopicClassifier> TopicClassifier::trainOnTerms(std::vector<TermDocument> docs, const Options &options,
                                                      const std::function<bool()> &cancelled)
{
    if (docs.empty())
        return Error{Error::Code::InvalidArgument, tr("There are no tagged articles to learn from.")};
    if (!(options.heldOutShare >= 0.0 && options.heldOutShare < 1.0) || options.cost <= 0.0 ||
        options.positiveWeight <= 0.0 || options.rejectionWeight <= 0.0 || options.maxFeatures < 1)
        return Error{Error::Code::InvalidArgument, tr("The classifier options are out of range.")};

    std::atomic<bool> stopped = false;
    const std::function<bool()> isCancelled = [&] {
        if (stopped.load(std::memory_order_relaxed))
            return true;
        if (cancelled && cancelled()) {
            stopped = true;
            return true;
        }
        return false;
    };
    const Error cancelledError{Error::Code::Failed, tr("Training the topic classifier was cancelled.")};

    // A pool of its own, not the global one, which Qt's painting waits on (core/BackgroundWork.h); its
    // threads inherit the caller's priority.
    QThreadPool pool;
    if (options.threads > 0)
        pool.setMaxThreadCount(options.threads);

    TopicClassifier model;
    model.m_wordBigrams = options.wordBigrams;
    model.m_documentCount = int(docs.size());
    const std::size_t docCount = docs.size();

    // 1. The terms of every article came cut and sorted (termsOf()), in chunks for the steps below.
    constexpr std::size_t Chunk = TermChunk;
    std::vector<std::size_t> chunks;
    for (std::size_t start = 0; start < docCount; start += Chunk)
        chunks.push_back(start);
    if (isCancelled())
        return cancelledError;

    // 2. The vocabulary: terms in at least minDocumentFrequency articles, the most frequent first. The
    // document frequencies come from all articles, held-back ones included: they carry no labels, and the
    // final model is trained on all of them anyway.
    {
        std::unordered_map<quint64, int> frequencies;
        frequencies.reserve(docCount * 64);
        for (const TermDocument &doc : docs) {
            const std::vector<quint64> &terms = doc.terms;
            for (std::size_t i = 0; i < terms.size(); ++i) {
                if (i == 0 || terms[i] != terms[i - 1])
                    ++frequencies[terms[i]];
            }
        }
        std::vector<std::pair<quint64, int>> kept;
        for (const auto &[hash, df] : frequencies) {
            if (df >= options.minDocumentFrequency)
                kept.emplace_back(hash, df);
        }
        if (kept.size() > std::size_t(options.maxFeatures)) {
            std::sort(kept.begin(), kept.end(), [](const auto &l, const auto &r) {
                return l.second != r.second ? l.second > r.second : l.first < r.first;
            });
            kept.resize(std::size_t(options.maxFeatures));
        }
        std::sort(kept.begin(), kept.end());
        model.m_terms.reserve(kept.size());
        model.m_idf.reserve(kept.size());
        for (const auto &[hash, df] : kept) {
            model.m_terms.push_back(hash);
            // Smoothed idf, as if one more article held every term: never zero, never infinite.
            model.m_idf.push_back(float(std::log((1.0 + double(docCount)) / (1.0 + df)) + 1.0));
        }
    }
    const int featureCount = int(model.m_terms.size());

    // 3. TF-IDF rows.
    SparseRows x;
    {
        std::vector<std::vector<int>> columns(chunks.size());
        std::vector<std::vector<float>> values(chunks.size());
        std::vector<std::vector<qsizetype>> lengths(chunks.size());
        std::vector<std::size_t> chunkIndexes(chunks.size());
        std::iota(chunkIndexes.begin(), chunkIndexes.end(), std::size_t(0));
        QtConcurrent::blockingMap(&pool, chunkIndexes, [&](std::size_t c) {
            for (std::size_t d = chunks[c]; d < std::min(chunks[c] + Chunk, docCount); ++d) {
                const std::size_t before = values[c].size();
                vectorize(docs[d].terms, model.m_terms, model.m_idf, columns[c], values[c]);
                lengths[c].push_back(qsizetype(values[c].size() - before));
                std::vector<quint64>().swap(docs[d].terms);
            }
        });
        std::size_t total = 0;
        for (const std::vector<float> &chunk : values)
            total += chunk.size();
        x.columns.reserve(total);
        x.values.reserve(total);
        x.offsets.reserve(docCount + 1);
        // Chunk by chunk, each freed once copied, so the rows are never held twice over.
        for (std::size_t c = 0; c < chunks.size(); ++c) {
            x.columns.insert(x.columns.end(), columns[c].begin(), columns[c].end());
            x.values.insert(x.values.end(), values[c].begin(), values[c].end());
            for (qsizetype length : lengths[c])
                x.offsets.push_back(x.offsets.back() + length);
            std::vector<int>().swap(columns[c]);
            std::vector<float>().swap(values[c]);
        }
    }

    // 4. Topics with enough confirmed articles.
    {
        QHash<qint64, int> positives;
        for (const TermDocument &doc : docs) {
            for (qint64 topic : doc.topics)
                ++positives[topic];
        }
        for (auto it = positives.cbegin(); it != positives.cend(); ++it) {
            if (it.value() >= std::max(1, options.minDocumentsPerTopic))
                model.m_topicIds.append(it.key());
        }
        std::sort(model.m_topicIds.begin(), model.m_topicIds.end());
    }
    const std::size_t topicCount = std::size_t(model.m_topicIds.size());
    if (topicCount == 0) {
        model.m_terms.clear();
        model.m_idf.clear();
        return model;
    }

    // 5. The held-back split.
    std::vector<int> permutation(docCount);
    std::iota(permutation.begin(), permutation.end(), 0);
    {
        std::mt19937 random(options.seed);
        shuffle(permutation, docCount, random);
    }
    std::size_t heldOutCount = std::size_t(std::floor(double(docCount) * options.heldOutShare));
    if (heldOutCount >= docCount)
        heldOutCount = 0;
    std::vector<int> heldOutRows(permutation.begin(), permutation.begin() + qsizetype(heldOutCount));
    std::vector<int> trainingRows(permutation.begin() + qsizetype(heldOutCount), permutation.end());
    std::sort(heldOutRows.begin(), heldOutRows.end());
    std::sort(trainingRows.begin(), trainingRows.end());
    std::vector<int> allRows(docCount);
    std::iota(allRows.begin(), allRows.end(), 0);

    // 6. Two models per topic, all independent: one on the training part, scored on the held-back part
    // for calibration and thresholds, and the final one on everything.
    const auto problemFor = [&](std::size_t topic, const std::vector<int> &rows) {
        const qint64 id = model.m_topicIds[qsizetype(topic)];
        BinaryProblem problem;
        problem.x = &x;
        problem.rows = rows;
        problem.featureCount = featureCount;
        problem.baseCost = options.cost;
        problem.labels.reserve(rows.size());
        problem.costs.reserve(rows.size());
        for (int row : rows) {
            const TermDocument &doc = docs[std::size_t(row)];
            const bool positive = doc.topics.contains(id);
            problem.labels.push_back(positive ? 1 : -1);
            double cost = options.cost;
            if (positive)
                cost *= options.positiveWeight;
            else if (doc.rejected.contains(id))
                cost *= options.rejectionWeight;
            problem.costs.push_back(float(cost));
        }
        return problem;
    };
    const auto fit = [&](const BinaryProblem &problem, quint32 seed, std::vector<double> &w) {
        if (options.model == Options::Model::ComplementNaiveBayes) {
            trainComplementNaiveBayes(problem, w);
            return !isCancelled();
        }
        return trainSvm(problem, options.tolerance, options.maxEpochs, seed, isCancelled, w);
    };

    // 8 (as each final model is done). Weights, feature-major, in single precision: half the size, and
    // seven digits are far finer than the difference one more training article makes to a weight. Written
    // in place rather than kept per topic in double until the end: at 46 topics that was 100 MB more.
    model.m_weights.assign((std::size_t(featureCount) + 1) * topicCount, 0.0f);
    std::vector<std::vector<ScoredExample>> heldOutScores(topicCount);
    const bool calibrate = !heldOutRows.empty();
    std::vector<std::size_t> tasks; // task < topicCount: final model; otherwise held-out model
    for (std::size_t t = 0; t < topicCount * (calibrate ? 2 : 1); ++t)
        tasks.push_back(t);
    QtConcurrent::blockingMap(&pool, tasks, [&](std::size_t task) {
        if (isCancelled())
            return;
        const std::size_t topic = task % topicCount;
        const bool isFinal = task < topicCount;
        // Each model's own seed, so its result does not depend on which thread ran it or when.
        const quint32 seed = options.seed * 2654435761u + quint32(task);
        const BinaryProblem problem = problemFor(topic, isFinal ? allRows : trainingRows);
        std::vector<double> w;
        if (!fit(problem, seed, w))
            return;
        if (isFinal) {
            // Each task writes its own topic's column: no two threads touch the same float.
            for (std::size_t f = 0; f <= std::size_t(featureCount); ++f)
                model.m_weights[f * topicCount + topic] = float(w[f]);
            return;
        }
        const qint64 id = model.m_topicIds[qsizetype(topic)];
        std::vector<ScoredExample> &scores = heldOutScores[topic];
        scores.reserve(heldOutRows.size());
        for (int row : heldOutRows)
            scores.push_back({dot(w, x, row, featureCount), docs[std::size_t(row)].topics.contains(id)});
    });
    if (isCancelled())
        return cancelledError;

    // 7. Calibration and thresholds from the held-back articles.
    model.m_plattA.assign(topicCount, DefaultPlattA);
    model.m_plattB.assign(topicCount, DefaultPlattB);
    model.m_thresholds.assign(topicCount, DefaultThreshold);
    if (calibrate) {
        std::vector<ScoredExample> pooled;
        for (const std::vector<ScoredExample> &scores : heldOutScores)
            pooled.insert(pooled.end(), scores.begin(), scores.end());
        const auto [globalA, globalB] = fitPlatt(pooled);
        std::vector<ScoredExample> pooledConfidences;
        std::vector<int> heldOutPositives(topicCount, 0);
        for (std::size_t t = 0; t < topicCount; ++t) {
            std::vector<ScoredExample> &scores = heldOutScores[t];
            const int positives = int(std::count_if(scores.begin(), scores.end(),
                                                    [](const ScoredExample &e) { return e.positive; }));
            heldOutPositives[t] = positives;
            if (positives >= MinCalibrationExamples &&
                int(scores.size()) - positives >= MinCalibrationExamples) {
                std::tie(model.m_plattA[t], model.m_plattB[t]) = fitPlatt(scores);
            } else {
                model.m_plattA[t] = globalA;
                model.m_plattB[t] = globalB;
            }
            for (ScoredExample &e : scores)
                e.value = sigmoidConfidence(e.value, model.m_plattA[t], model.m_plattB[t]);
            pooledConfidences.insert(pooledConfidences.end(), scores.begin(), scores.end());
        }
        // The library-wide cut maximises micro-F1; a topic's own F1-optimal cut is trusted in proportion
        // to its held-back positives, since with two or three of them it is mostly chance. Measured
        // (micro-F1, IPTC set with 4,000 / 800 articles): own cuts only 0.901 / 0.645, one library-wide
        // cut 0.913 / 0.723, shrunk with a prior of 5 0.907 / 0.714, of 20 0.911 / 0.724. Per-topic
        // calibration already moves each topic's scale, which is why the shared cut does so well.
        const double globalThreshold = bestF1Threshold(pooledConfidences).value_or(DefaultThreshold);
        for (std::size_t t = 0; t < topicCount; ++t) {
            const std::optional<double> own = bestF1Threshold(heldOutScores[t]);
            const double n = own ? double(heldOutPositives[t]) : 0.0;
            const double k = std::max(0.0, options.thresholdPrior);
            model.m_thresholds[t] =
                n + k > 0.0 ? (n * own.value_or(0.0) + k * globalThreshold) / (n + k) : globalThreshold;
        }
    }

    return model;
}

std::vector<double> TopicClassifier::confidences(const QString &text) const
{
    const std::size_t topicCount = std::size_t(m_topicIds.size());
    if (topicCount == 0)
        return {};
    std::vector<quint64> hashes =
        TextFeatures::termHashes(QStringView(text).left(MaxTextLength), m_wordBigrams);
    std::vector<int> columns;
    std::vector<float> values;
    vectorize(hashes, m_terms, m_idf, columns, values);
    std::vector<double> scores(topicCount);
    const float *bias = m_weights.data() + m_terms.size() * topicCount;
    for (std::size_t t = 0; t < topicCount; ++t)
        scores[t] = bias[t];
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const float *row = m_weights.data() + std::size_t(columns[k]) * topicCount;
        for (std::size_t t = 0; t < topicCount; ++t)
            scores[t] += double(row[t]) * values[k];
    }
    for (std::size_t t = 0; t < topicCount; ++t)
        scores[t] = sigmoidConfidence(scores[t], m_plattA[t], m_plattB[t]);
    return scores;
}

QList<TopicSuggestion> TopicClassifier::suggest(const QString &text, int limit) const
{
    const std::vector<double> confidence = confidences(text);
    QList<TopicSuggestion> suggestions;
    suggestions.reserve(qsizetype(confidence.size()));
    for (std::size_t t = 0; t < confidence.size(); ++t) {
        suggestions.append({m_topicIds[qsizetype(t)], confidence[t], confidence[t] >= m_thresholds[t]});
    }
    std::sort(suggestions.begin(), suggestions.end(), [](const TopicSuggestion &l, const TopicSuggestion &r) {
        return l.confidence != r.confidence ? l.confidence > r.confidence : l.topicId < r.topicId;
    });
    if (limit >= 0 && suggestions.size() > limit)
        suggestions.resize(limit);
    return suggestions;
}

double TopicClassifier::threshold(qint64 topic) const
{
    const auto it = std::lower_bound(m_topicIds.cbegin(), m_topicIds.cend(), topic);
    if (it == m_topicIds.cend() || *it != topic)
        return 1.0;
    return m_thresholds[std::size_t(it - m_topicIds.cbegin())];
}

TopicClassifier::Evaluation TopicClassifier::evaluate(const TopicClassifier &classifier,
                                                      const QList<TrainingDocument> &testSet)
{
    const std::size_t topicCount = std::size_t(classifier.m_topicIds.size());
    std::vector<qsizetype> truePositives(topicCount, 0), falsePositives(topicCount, 0),
        falseNegatives(topicCount, 0);
    for (const TrainingDocument &doc : testSet) {
        const std::vector<double> confidence = classifier.confidences(doc.text);
        for (std::size_t t = 0; t < topicCount; ++t) {
            const bool predicted = confidence[t] >= classifier.m_thresholds[t];
            const bool actual = doc.topics.contains(classifier.m_topicIds[qsizetype(t)]);
            if (predicted && actual)
                ++truePositives[t];
            else if (predicted)
                ++falsePositives[t];
            else if (actual)
                ++falseNegatives[t];
        }
    }
    Evaluation evaluation;
    evaluation.documents = int(testSet.size());
    const qsizetype tp = std::accumulate(truePositives.begin(), truePositives.end(), qsizetype(0));
    const qsizetype fp = std::accumulate(falsePositives.begin(), falsePositives.end(), qsizetype(0));
    const qsizetype fn = std::accumulate(falseNegatives.begin(), falseNegatives.end(), qsizetype(0));
    evaluation.microPrecision = tp + fp > 0 ? double(tp) / double(tp + fp) : 0.0;
    evaluation.microRecall = tp + fn > 0 ? double(tp) / double(tp + fn) : 0.0;
    evaluation.microF1 = tp + fp + fn > 0 ? 2.0 * double(tp) / double(2 * tp + fp + fn) : 0.0;
    double macroSum = 0.0;
    int macroTopics = 0;
    for (std::size_t t = 0; t < topicCount; ++t) {
        const qsizetype denominator = 2 * truePositives[t] + falsePositives[t] + falseNegatives[t];
        // A topic that is neither in the test set nor predicted there says nothing either way.
        if (denominator == 0)
            continue;
        macroSum += 2.0 * double(truePositives[t]) / double(denominator);
        ++macroTopics;
    }
    evaluation.macroF1 = macroTopics > 0 ? macroSum / macroTopics : 0.0;
    return evaluation;
}

QByteArray TopicClassifier::save() const
{
    QByteArray data;
    {
        QDataStream stream(&data, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream.setByteOrder(QDataStream::LittleEndian);
        stream << FormatMagic << FormatVersion << quint16(m_wordBigrams ? FlagWordBigrams : 0)
               << qint32(m_documentCount) << quint32(m_terms.size()) << quint32(m_topicIds.size());
        writeArray(stream, m_terms);
        stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
        writeArray(stream, m_idf);
        stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
        for (qsizetype t = 0; t < m_topicIds.size(); ++t) {
            stream << m_topicIds[t] << m_plattA[std::size_t(t)] << m_plattB[std::size_t(t)]
                   << m_thresholds[std::size_t(t)];
        }
        stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
        writeArray(stream, m_weights);
    }
    data.append(QCryptographicHash::hash(data, QCryptographicHash::Sha1));
    return data;
}

Result<TopicClassifier> TopicClassifier::load(const QByteArray &data)
{
    constexpr qsizetype HeaderSize = 4 + 2 + 2 + 4 + 4 + 4;
    const Error damaged{Error::Code::InvalidArgument,
                        tr("The topic classifier data is damaged or truncated.")};
    if (data.size() < HeaderSize + ChecksumSize)
        return damaged;

    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint16 version = 0, flags = 0;
    qint32 documentCount = 0;
    quint32 termCount = 0, topicCount = 0;
    stream >> magic >> version >> flags >> documentCount >> termCount >> topicCount;
    if (magic != FormatMagic)
        return Error{Error::Code::InvalidArgument, tr("This is not Newsdesk topic classifier data.")};
    // Before the checksum: a newer version may lay out, or sum up, its data differently.
    if (version > FormatVersion) {
        return Error{Error::Code::NewerVersion,
                     tr("The topic classifier was saved by a newer Newsdesk (format %1); this one reads "
                        "format %2.")
                         .arg(version)
                         .arg(FormatVersion)};
    }
    const QByteArrayView body(data.constData(), data.size() - ChecksumSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha1) != data.right(ChecksumSize))
        return damaged;
    // The sizes must account for every byte before anything is allocated from them.
    const quint64 expected = quint64(HeaderSize) + quint64(termCount) * (8 + 4) +
                             quint64(topicCount) * (8 + 8 + 8 + 8) +
                             (quint64(termCount) + 1) * quint64(topicCount) * 4;
    if (version != FormatVersion || (flags & ~FlagWordBigrams) != 0 || documentCount < 0 ||
        expected != quint64(body.size()) || (topicCount == 0 && termCount != 0))
        return damaged;

    TopicClassifier model;
    model.m_wordBigrams = (flags & FlagWordBigrams) != 0;
    model.m_documentCount = documentCount;
    model.m_terms.resize(termCount);
    for (quint64 &term : model.m_terms)
        stream >> term;
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    model.m_idf.resize(termCount);
    for (float &idf : model.m_idf)
        stream >> idf;
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
    model.m_plattA.resize(topicCount);
    model.m_plattB.resize(topicCount);
    model.m_thresholds.resize(topicCount);
    for (quint32 t = 0; t < topicCount; ++t) {
        qint64 id = 0;
        stream >> id >> model.m_plattA[t] >> model.m_plattB[t] >> model.m_thresholds[t];
        model.m_topicIds.append(id);
    }
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    model.m_weights.resize((std::size_t(termCount) + 1) * topicCount);
    for (float &w : model.m_weights)
        stream >> w;
    if (stream.status() != QDataStream::Ok)
        return damaged;

    // A correct checksum over nonsense is still nonsense: the invariants suggest() relies on.
    const auto finite = [](double v) { return std::isfinite(v); };
    if (std::adjacent_find(model.m_terms.begin(), model.m_terms.end(), std::greater_equal<quint64>()) !=
            model.m_terms.end() ||
        std::adjacent_find(model.m_topicIds.begin(), model.m_topicIds.end(), std::greater_equal<qint64>()) !=
            model.m_topicIds.end() ||
        !std::all_of(model.m_idf.begin(), model.m_idf.end(), finite) ||
        !std::all_of(model.m_weights.begin(), model.m_weights.end(), finite) ||
        !std::all_of(model.m_plattA.begin(), model.m_plattA.end(), finite) ||
        !std::all_of(model.m_plattB.begin(), model.m_plattB.end(), finite) ||
        !std::all_of(model.m_thresholds.begin(), model.m_thresholds.end(),
                     [](double v) { return v >= 0.0 && v <= 1.0; }))
        return damaged;
    return model;
}

} // namespace Newsdesk
