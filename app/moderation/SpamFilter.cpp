#include "SpamFilter.h"

#include "ModerationRules.h"
#include "core/Sentences.h"
#include "library/CommentRepository.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <tuple>

namespace Newsdesk {

namespace {

/// Feature groups: each is scaled to unit length on its own, so that the many character n-grams of a
/// long comment do not drown its few words and signals.
enum Group : quint32 { TextGroup = 0, CharGroup = 1, MetaGroup = 2, GroupCount = 3 };
constexpr int GroupShift = 30;
constexpr quint32 IndexMask = (1u << GroupShift) - 1;
/// Character n-grams are taken from the start of a text only: a novel-length comment adds nothing.
constexpr qsizetype CharGramTextLimit = 2000;

/// A comment as the model reads it: sorted unique feature numbers (group in the top bits) and the
/// value of a present feature per group.
struct Vector
{
    std::vector<quint32> features;
    std::array<float, GroupCount> scale{};
};

/// Cyrillic and Greek letters that pass for Latin ones, after case folding ("раураl" with Cyrillic р,
/// а, у), and the Latin letter each stands for. Upper-case look-alikes (В, Н, М, Т) fold to these too.
constexpr std::array<std::pair<char16_t, char16_t>, 37> Lookalikes{{
    {u'\u0430', u'a'}, {u'\u0432', u'b'}, {u'\u0435', u'e'}, {u'\u0451', u'e'}, {u'\u043a', u'k'},
    {u'\u043c', u'm'}, {u'\u043d', u'h'}, {u'\u043e', u'o'}, {u'\u0440', u'p'}, {u'\u0441', u'c'},
    {u'\u0442', u't'}, {u'\u0443', u'y'}, {u'\u0445', u'x'}, {u'\u0455', u's'}, {u'\u0456', u'i'},
    {u'\u0457', u'i'}, {u'\u0458', u'j'}, {u'\u04bb', u'h'}, {u'\u04af', u'y'}, {u'\u0501', u'd'},
    {u'\u051b', u'q'}, {u'\u051d', u'w'}, {u'\u0261', u'g'}, {u'\u03b1', u'a'}, {u'\u03b2', u'b'},
    {u'\u03b5', u'e'}, {u'\u03b7', u'n'}, {u'\u03b9', u'i'}, {u'\u03ba', u'k'}, {u'\u03bc', u'u'},
    {u'\u03bd', u'v'}, {u'\u03bf', u'o'}, {u'\u03c1', u'p'}, {u'\u03c4', u't'}, {u'\u03c5', u'u'},
    {u'\u03c7', u'x'}, {u'\u03b3', u'y'},
}};

/// The Latin letter a look-alike stands for; 0 for any other character.
char16_t latinLookalike(char16_t c)
{
    if (c < 0x0250) // Latin and its extensions
        return 0;
    for (const auto &[lookalike, latin] : Lookalikes)
        if (lookalike == c)
            return latin;
    return 0;
}

bool isInvisible(char16_t c)
{
    return (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || c == 0x00ad;
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_SpacingCombining;
}

/// A comment's text, normalised for features: compatibility forms folded (full-width, mathematical
/// letters), case folded, invisible characters dropped, and look-alike letters inside otherwise Latin
/// words replaced by the Latin ones they imitate.
struct NormalisedText
{
    QString text;
    int invisible = 0;
    int mixedWords = 0; ///< words that mix Latin with Cyrillic or Greek look-alikes
};

NormalisedText normalise(const QString &raw)
{
    NormalisedText result;
    const QString folded = raw.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString &text = result.text;
    text.reserve(folded.size());
    for (const QChar c : folded) {
        if (isInvisible(c.unicode()))
            ++result.invisible;
        else
            text += c;
    }
    const qsizetype size = text.size();
    for (qsizetype start = 0; start < size;) {
        if (!isWordPart(text.at(start))) {
            ++start;
            continue;
        }
        qsizetype end = start;
        bool latin = false;
        bool lookalike = false;
        while (end < size && isWordPart(text.at(end))) {
            const char16_t c = text.at(end).unicode();
            latin = latin || (c >= u'a' && c <= u'z');
            lookalike = lookalike || latinLookalike(c);
            ++end;
        }
        if (latin && lookalike) {
            ++result.mixedWords;
            for (qsizetype i = start; i < end; ++i)
                if (const char16_t mapped = latinLookalike(text.at(i).unicode()))
                    text[i] = QChar(mapped);
        }
        start = end;
    }
    return result;
}

QString textOf(const Comment &comment)
{
    return comment.bodyText.isEmpty() ? CommentRepository::plainText(comment.body) : comment.bodyText;
}

QString bin(const char *name, int value)
{
    return QStringLiteral("%1=%2").arg(QLatin1StringView(name)).arg(value);
}

int binOf(double value, std::initializer_list<double> bounds)
{
    int index = 0;
    for (double bound : bounds) {
        if (value < bound)
            return index;
        ++index;
    }
    return index;
}

QString hostOf(QString host)
{
    host = host.toCaseFolded();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

/// Calls sink(group, tag, a, b) for every feature of a comment; the tag says what kind of feature it is
/// ('w' word, 'b' word pair, 'c' character n-gram, 'h' host of a link, 's' signal, …).
template <typename Sink> void extract(const Comment &comment, const SpamFilterOptions &options, Sink &&sink)
{
    const QString raw = textOf(comment);
    const NormalisedText normalised = normalise(raw);
    const QString &text = normalised.text;

    if (options.words || options.wordBigrams) {
        QStringView previous;
        const qsizetype size = text.size();
        for (qsizetype start = 0; start < size;) {
            if (!isWordPart(text.at(start))) {
                ++start;
                continue;
            }
            qsizetype end = start;
            bool digitsOnly = true;
            while (end < size && isWordPart(text.at(end))) {
                digitsOnly = digitsOnly && text.at(end).isDigit();
                ++end;
            }
            const QStringView word = QStringView(text).mid(start, end - start);
            if (digitsOnly) {
                // Amounts, years and phone numbers: their length says more than their digits.
                if (options.words)
                    sink(TextGroup, u'd', QString::number(std::min<qsizetype>(word.size(), 8)),
                         QStringView());
                previous = {};
            } else {
                if (options.words)
                    sink(TextGroup, u'w', word, QStringView());
                if (options.wordBigrams && !previous.isEmpty())
                    sink(TextGroup, u'b', previous, word);
                previous = word;
            }
            start = end;
        }
    }

    static const QRegularExpression textUrl(QStringLiteral("(?:https?://|\\bwww\\.)([a-z0-9.-]+)"));
    static const QRegularExpression hrefUrl(
        QStringLiteral("href\\s*=\\s*[\"']?\\s*(?:https?:)?//([^\\s/\"'>?#:]+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (options.words) {
        const auto addHost = [&](const QString &found) {
            const QString host = hostOf(found);
            if (host.isEmpty())
                return;
            sink(TextGroup, u'h', host, QStringView());
            sink(TextGroup, u't', QStringView(host).mid(host.lastIndexOf(QLatin1Char('.')) + 1),
                 QStringView());
        };
        for (auto it = textUrl.globalMatch(text); it.hasNext();)
            addHost(it.next().captured(1));
        for (auto it = hrefUrl.globalMatch(comment.body); it.hasNext();)
            addHost(it.next().captured(1));
    }

    if (options.charGrams) {
        // Runs of white space as one space, the text padded with one, so n-grams see word edges.
        QString flat;
        flat.reserve(std::min(text.size(), CharGramTextLimit) + 2);
        flat += QLatin1Char(' ');
        for (const QChar c : text) {
            if (flat.size() > CharGramTextLimit)
                break;
            if (c.isSpace()) {
                if (!flat.endsWith(QLatin1Char(' ')))
                    flat += QLatin1Char(' ');
            } else {
                flat += c;
            }
        }
        if (!flat.endsWith(QLatin1Char(' ')))
            flat += QLatin1Char(' ');
        for (qsizetype n = 3; n <= 5; ++n)
            for (qsizetype i = 0; i + n <= flat.size(); ++i)
                sink(CharGroup, u'c', QStringView(flat).mid(i, n), QStringView());
    }

    if (!options.signalFeatures)
        return;
    const auto signal = [&](const QString &name) { sink(MetaGroup, u's', name, QStringView()); };
    const QString html = comment.body.isEmpty() ? commentHtmlFromText(raw) : comment.body;
    signal(bin("links", std::min(ModerationRules::linkCount(html), 3)));
    signal(bin("length", binOf(double(text.size()), {20, 50, 100, 200, 500})));
    int letters = 0;
    const double capitals = ModerationRules::upperCaseShare(raw, &letters);
    if (letters >= 10)
        signal(bin("capitals", binOf(capitals, {0.1, 0.3, 0.6})));
    signal(bin("exclamations", int(std::min<qsizetype>(raw.count(QLatin1Char('!')), 3))));
    int digits = 0;
    int nonAscii = 0;
    for (const QChar c : text) {
        digits += c.isDigit() ? 1 : 0;
        nonAscii += c.unicode() > 0x7f && c.isLetter() ? 1 : 0;
    }
    const double length = std::max<double>(1.0, double(text.size()));
    signal(bin("digits", binOf(digits / length, {0.0001, 0.05, 0.15})));
    signal(bin("foreign", binOf(nonAscii / length, {0.0001, 0.1, 0.5})));
    if (normalised.mixedWords > 0)
        signal(QStringLiteral("lookalikes"));
    if (normalised.invisible > 0)
        signal(QStringLiteral("invisible"));

    static const QRegularExpression obfuscatedUrl(
        QStringLiteral("\\b[a-z0-9-]{2,}\\s*(?:\\[\\s*(?:dot|\\.)\\s*\\]|\\(\\s*(?:dot|\\.)\\s*\\)|\\s+"
                       "dot\\s+|\\s\\.\\s)\\s*"
                       "(?:com|net|org|info|biz|ru|io|xyz|top|site|online|club|co|shop|me)\\b"));
    static const QRegularExpression spacedWww(QStringLiteral("\\bw\\s+w\\s+w\\b"));
    static const QRegularExpression emailInText(QStringLiteral("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"));
    static const QRegularExpression phone(QStringLiteral("\\+?\\d[\\d\\s().-]{8,}\\d"));
    static const QRegularExpression money(
        QStringLiteral("[$€£]\\s?\\d|\\d\\s?(?:usd|dollars|euros?|btc|k\\b)"));
    // Cheap tests first: most texts need none of the expressions.
    if ((text.contains(QLatin1String("dot")) || text.contains(QLatin1String(" . ")) ||
         text.contains(QLatin1String("w w w"))) &&
        (obfuscatedUrl.match(text).hasMatch() || spacedWww.match(text).hasMatch()))
        signal(QStringLiteral("obfuscated-url"));
    if (text.contains(QLatin1Char('@')) && emailInText.match(text).hasMatch())
        signal(QStringLiteral("email-in-text"));
    if (digits >= 9 && phone.match(text).hasMatch())
        signal(QStringLiteral("phone"));
    if (digits > 0 && money.match(text).hasMatch())
        signal(QStringLiteral("money"));
    if (comment.parentId != 0)
        signal(QStringLiteral("reply"));

    // The author fields: spammers name themselves after what they sell and link their name to it.
    const NormalisedText name = normalise(comment.author.trimmed());
    if (name.text.isEmpty()) {
        signal(QStringLiteral("no-name"));
    } else {
        int words = 0;
        const QStringList parts = name.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            sink(MetaGroup, u'n', part, QStringView());
            ++words;
        }
        signal(bin("name-words", std::min(words, 4)));
        if (std::any_of(name.text.cbegin(), name.text.cend(), [](QChar c) { return c.isDigit(); }))
            signal(QStringLiteral("name-digits"));
        static const QRegularExpression domainInName(
            QStringLiteral("\\.(?:com|net|org|info|biz|ru|io|xyz)\\b"));
        if (textUrl.match(name.text).hasMatch() || domainInName.match(name.text).hasMatch())
            signal(QStringLiteral("name-url"));
        if (name.mixedWords > 0)
            signal(QStringLiteral("name-lookalikes"));
    }
    const QString url = comment.authorUrl.trimmed();
    if (url.isEmpty()) {
        signal(QStringLiteral("no-author-url"));
    } else {
        static const QRegularExpression urlHost(QStringLiteral("^(?:[a-z]+:)?//([^/?#:]+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QString host = hostOf(urlHost.match(url).captured(1));
        if (!host.isEmpty()) {
            sink(MetaGroup, u'a', host, QStringView());
            sink(MetaGroup, u'u', QStringView(host).mid(host.lastIndexOf(QLatin1Char('.')) + 1),
                 QStringView());
        }
    }
    const QString email = comment.authorEmail.trimmed().toCaseFolded();
    if (email.isEmpty()) {
        signal(QStringLiteral("no-email"));
    } else {
        const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
        sink(MetaGroup, u'e', QStringView(email).mid(at + 1), QStringView());
        const QStringView local = QStringView(email).left(std::max<qsizetype>(at, 0));
        if (std::count_if(local.begin(), local.end(), [](QChar c) { return c.isDigit(); }) >= 3)
            signal(QStringLiteral("email-digits"));
    }
}

quint64 featureHash(char16_t tag, QStringView a, QStringView b)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto add = [&hash](char16_t c) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    };
    add(tag);
    for (const QChar c : a)
        add(c.unicode());
    if (!b.isEmpty()) {
        add(0x1f);
        for (const QChar c : b)
            add(c.unicode());
    }
    // MurmurHash3's finaliser: the low bits kept as the bucket must depend on every character.
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

Vector vectorise(const Comment &comment, const SpamFilterOptions &options)
{
    Vector vector;
    vector.features.reserve(1024);
    const quint32 mask = (1u << options.hashBits) - 1;
    extract(comment, options, [&](Group group, char16_t tag, QStringView a, QStringView b) {
        vector.features.push_back((quint32(group) << GroupShift) | (quint32(featureHash(tag, a, b)) & mask));
    });
    // Presence, not counts: drop repeats with a small open-addressing set, about three times faster than
    // sorting (scoring 10,000 comments is part of triage's budget). No feature is ~0u: groups stop at 2.
    thread_local std::vector<quint32> seen;
    std::size_t capacity = 64;
    while (capacity < vector.features.size() * 2)
        capacity *= 2;
    seen.assign(capacity, ~0u);
    std::array<int, GroupCount> counts{};
    std::size_t kept = 0;
    for (quint32 feature : vector.features) {
        std::size_t slot = (feature * 0x9e3779b1u) & (capacity - 1);
        while (seen[slot] != ~0u && seen[slot] != feature)
            slot = (slot + 1) & (capacity - 1);
        if (seen[slot] == feature)
            continue;
        seen[slot] = feature;
        vector.features[kept++] = feature;
        ++counts[feature >> GroupShift];
    }
    vector.features.resize(kept);
    // Presence, scaled per group for logistic regression; naive Bayes counts each present feature once.
    for (std::size_t g = 0; g < GroupCount; ++g)
        vector.scale[g] = options.model == SpamFilterOptions::Model::NaiveBayes
                              ? 1.0f
                              : (counts[g] ? float(1.0 / std::sqrt(double(counts[g]))) : 0.0f);
    return vector;
}

double dot(const std::vector<float> &weights, const Vector &x)
{
    double sum = 0;
    for (quint32 feature : x.features)
        sum += double(weights[feature & IndexMask]) * x.scale[feature >> GroupShift];
    return sum;
}

/// A linear model: weights per bucket and a bias. The two trainers below make one.
struct Linear
{
    std::vector<float> weights;
    double bias = 0;
};

Result<Linear> trainLogistic(const std::vector<Vector> &xs, const std::vector<bool> &spam,
                             const std::vector<std::size_t> &rows, const SpamFilterOptions &options,
                             const std::function<bool()> &cancelled)
{
    // Plain SGD on the log loss with L2 decay kept as one scale factor (Bottou's trick), so that a step
    // touches only the example's own features.
    std::vector<double> w(std::size_t(1) << options.hashBits, 0.0);
    double scale = 1.0;
    double bias = 0.0;
    const double lambda = options.l2;
    const double eta0 = options.learningRate;
    std::mt19937 random(options.seed);
    std::vector<std::size_t> order = rows;
    double t = 0;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        // Fisher–Yates with our own draws: std::shuffle's are not the same on every standard library.
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
        for (std::size_t k = 0; k < order.size(); ++k) {
            if (cancelled && k % 1024 == 0 && cancelled())
                return Error{Error::Code::Failed, SpamFilter::tr("Training was cancelled.")};
            const Vector &x = xs[order[k]];
            const double y = spam[order[k]] ? 1.0 : -1.0;
            const double eta = eta0 / (1.0 + lambda * eta0 * t);
            double z = bias;
            for (quint32 feature : x.features)
                z += scale * w[feature & IndexMask] * x.scale[feature >> GroupShift];
            const double gradient = y / (1.0 + std::exp(y * z)); // −∂loss/∂z
            scale *= 1.0 - eta * lambda;
            if (scale < 1e-9) {
                for (double &weight : w)
                    weight *= scale;
                scale = 1.0;
            }
            const double step = eta * gradient / scale;
            for (quint32 feature : x.features)
                w[feature & IndexMask] += step * x.scale[feature >> GroupShift];
            bias += eta * gradient * 0.1; // the bias moves slower: it sees every example
            t += 1;
        }
    }
    Linear model;
    model.weights.resize(w.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        model.weights[i] = float(w[i] * scale);
    model.bias = bias;
    return model;
}

Linear trainNaiveBayes(const std::vector<Vector> &xs, const std::vector<bool> &spam,
                       const std::vector<std::size_t> &rows, const SpamFilterOptions &options)
{
    const std::size_t buckets = std::size_t(1) << options.hashBits;
    std::vector<double> spamCounts(buckets, 0.0);
    std::vector<double> hamCounts(buckets, 0.0);
    double spamTotal = 0;
    double hamTotal = 0;
    double spamDocs = 0;
    for (std::size_t row : rows) {
        std::vector<double> &counts = spam[row] ? spamCounts : hamCounts;
        for (quint32 feature : xs[row].features)
            counts[feature & IndexMask] += 1;
        (spam[row] ? spamTotal : hamTotal) += double(xs[row].features.size());
        spamDocs += spam[row] ? 1 : 0;
    }
    const double alpha = options.smoothing;
    Linear model;
    model.weights.resize(buckets);
    const double spamNorm = std::log(spamTotal + alpha * double(buckets));
    const double hamNorm = std::log(hamTotal + alpha * double(buckets));
    for (std::size_t j = 0; j < buckets; ++j)
        model.weights[j] =
            float((std::log(spamCounts[j] + alpha) - spamNorm) - (std::log(hamCounts[j] + alpha) - hamNorm));
    const double hamDocs = double(rows.size()) - spamDocs;
    model.bias = std::log((spamDocs + 1) / (hamDocs + 1));
    return model;
}

/// Platt scaling by Newton's method with backtracking (Lin, Lin and Weng 2007): A and B of
/// P(spam | margin f) = 1 / (1 + exp(A f + B)), fitted with Platt's smoothed targets.
std::pair<double, double> fitPlatt(const std::vector<double> &f, const std::vector<bool> &y)
{
    const double positives = double(std::count(y.begin(), y.end(), true));
    const double negatives = double(y.size()) - positives;
    const double hi = (positives + 1) / (positives + 2);
    const double lo = 1 / (negatives + 2);
    double a = 0;
    double b = std::log((negatives + 1) / (positives + 1));
    const auto objective = [&](double pa, double pb) {
        double value = 0;
        for (std::size_t i = 0; i < f.size(); ++i) {
            const double t = y[i] ? hi : lo;
            const double fApB = f[i] * pa + pb;
            value += fApB >= 0 ? t * fApB + std::log1p(std::exp(-fApB))
                               : (t - 1) * fApB + std::log1p(std::exp(fApB));
        }
        return value;
    };
    double value = objective(a, b);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
        for (std::size_t i = 0; i < f.size(); ++i) {
            const double t = y[i] ? hi : lo;
            const double fApB = f[i] * a + b;
            double p, q;
            if (fApB >= 0) {
                p = std::exp(-fApB) / (1.0 + std::exp(-fApB));
                q = 1.0 / (1.0 + std::exp(-fApB));
            } else {
                p = 1.0 / (1.0 + std::exp(fApB));
                q = std::exp(fApB) / (1.0 + std::exp(fApB));
            }
            const double d2 = p * q;
            h11 += f[i] * f[i] * d2;
            h22 += d2;
            h21 += f[i] * d2;
            const double d1 = t - p;
            g1 += f[i] * d1;
            g2 += d1;
        }
        if (std::abs(g1) < 1e-5 && std::abs(g2) < 1e-5)
            break;
        const double det = h11 * h22 - h21 * h21;
        const double dA = -(h22 * g1 - h21 * g2) / det;
        const double dB = -(-h21 * g1 + h11 * g2) / det;
        const double gd = g1 * dA + g2 * dB;
        double step = 1;
        while (step >= 1e-10) {
            const double next = objective(a + step * dA, b + step * dB);
            if (next < value + 1e-4 * step * gd) {
                a += step * dA;
                b += step * dB;
                value = next;
                break;
            }
            step /= 2;
        }
        if (step < 1e-10)
            break;
    }
    return {a, b};
}

} // namespace

Result<SpamFilter> SpamFilter::train(const QList<SpamExample> &examples, const Options &requested,
                                     const std::function<bool()> &cancelled)
{
    Options options = requested;
    options.hashBits = std::clamp(options.hashBits, 8, 24);
    const int spamCount =
        int(std::count_if(examples.cbegin(), examples.cend(), [](const SpamExample &e) { return e.spam; }));
    const int hamCount = int(examples.size()) - spamCount;
    if (spamCount < options.minPerClass || hamCount < options.minPerClass)
        return Error{
            Error::Code::NotFound,
            Sentences::joined({tr("The spam filter learns from your decisions and needs at least %n approved "
                                  "and %n spam comments.",
                                  nullptr, options.minPerClass),
                               tr("The library has %n approved comment(s).", nullptr, hamCount),
                               //: Follows "The library has %n approved comment(s)."; "it" is the library.
                               tr("It has %n spam comment(s).", nullptr, spamCount)})};

    std::vector<Vector> xs;
    std::vector<bool> labels;
    xs.reserve(std::size_t(examples.size()));
    labels.reserve(std::size_t(examples.size()));
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (cancelled && i % 256 == 0 && cancelled())
            return Error{Error::Code::Failed, tr("Training was cancelled.")};
        xs.push_back(vectorise(examples.at(i).comment, options));
        // vectorise() reserves room for 1,024 features and keeps a few hundred: 20,000 comments held
        // 110 MB of slack until trimmed.
        xs.back().features.shrink_to_fit();
        labels.push_back(examples.at(i).spam);
    }

    const auto fit = [&](const std::vector<std::size_t> &rows) -> Result<Linear> {
        if (options.model == Options::Model::NaiveBayes)
            return trainNaiveBayes(xs, labels, rows, options);
        return trainLogistic(xs, labels, rows, options, cancelled);
    };

    // Calibration: a model on the rest scores the held-back share of each class; Platt's sigmoid
    // fitted to those scores is then applied to the model trained on everything.
    std::mt19937 random(options.seed ^ 0x9e3779b9u);
    std::vector<std::size_t> spamRows, hamRows;
    for (std::size_t i = 0; i < labels.size(); ++i)
        (labels[i] ? spamRows : hamRows).push_back(i);
    for (auto *rows : {&spamRows, &hamRows})
        for (std::size_t i = rows->size(); i > 1; --i)
            std::swap((*rows)[i - 1], (*rows)[random() % i]);
    const auto heldOut = [&](std::size_t n) {
        return std::size_t(std::floor(double(n) * options.heldOutShare));
    };
    const std::size_t spamHeld = heldOut(spamRows.size());
    const std::size_t hamHeld = heldOut(hamRows.size());

    SpamFilter filter;
    filter.m_options = options;
    filter.m_spamCount = spamCount;
    filter.m_hamCount = hamCount;
    // Too few held back to fit two parameters: the model's own sigmoid stands in.
    if (spamHeld >= 3 && hamHeld >= 3) {
        std::vector<std::size_t> trainRows, calibrationRows;
        calibrationRows.insert(calibrationRows.end(), spamRows.begin(),
                               spamRows.begin() + qsizetype(spamHeld));
        calibrationRows.insert(calibrationRows.end(), hamRows.begin(), hamRows.begin() + qsizetype(hamHeld));
        trainRows.insert(trainRows.end(), spamRows.begin() + qsizetype(spamHeld), spamRows.end());
        trainRows.insert(trainRows.end(), hamRows.begin() + qsizetype(hamHeld), hamRows.end());
        std::sort(trainRows.begin(), trainRows.end());
        auto partial = fit(trainRows);
        if (!partial)
            return partial.error();
        std::vector<double> margins;
        std::vector<bool> truth;
        for (std::size_t row : calibrationRows) {
            margins.push_back(dot(partial->weights, xs[row]) + partial->bias);
            truth.push_back(labels[row]);
        }
        std::tie(filter.m_plattA, filter.m_plattB) = fitPlatt(margins, truth);
    }
    std::vector<std::size_t> all(labels.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    auto model = fit(all);
    if (!model)
        return model.error();
    filter.m_weights = std::move(model->weights);
    filter.m_bias = model->bias;
    return filter;
}

Result<SpamFilter> SpamFilter::trainOnDecisions(const QList<Comment> &comments, const Options &options,
                                                const std::function<bool()> &cancelled)
{
    QList<SpamExample> examples;
    examples.reserve(comments.size());
    for (const Comment &comment : comments)
        if (comment.status == CommentStatus::Approved || comment.status == CommentStatus::Spam)
            examples.append({comment, comment.status == CommentStatus::Spam});
    return train(examples, options, cancelled);
}

double SpamFilter::margin(const Comment &comment) const
{
    return dot(m_weights, vectorise(comment, m_options)) + m_bias;
}

double SpamFilter::score(const Comment &comment) const
{
    if (!isTrained())
        return 0.5;
    const double fApB = m_plattA * margin(comment) + m_plattB;
    // The numerically stable form of 1 / (1 + exp(fApB)).
    return fApB >= 0 ? std::exp(-fApB) / (1.0 + std::exp(-fApB)) : 1.0 / (1.0 + std::exp(fApB));
}

SpamFilter::Evaluation SpamFilter::evaluate(const SpamFilter &filter, const QList<SpamExample> &testSet,
                                            double threshold)
{
    QList<bool> predicted, actual;
    QList<double> scores;
    for (const SpamExample &example : testSet) {
        const double score = filter.score(example.comment);
        scores << score;
        predicted << (score >= threshold);
        actual << example.spam;
    }
    return evaluate(predicted, actual, scores);
}

SpamFilter::Evaluation SpamFilter::evaluate(const QList<bool> &predictedSpam, const QList<bool> &actualSpam,
                                            const QList<double> &scores)
{
    Evaluation result;
    for (qsizetype i = 0; i < std::min(predictedSpam.size(), actualSpam.size()); ++i) {
        const bool predicted = predictedSpam.at(i);
        const bool actual = actualSpam.at(i);
        result.truePositives += predicted && actual;
        result.falsePositives += predicted && !actual;
        result.trueNegatives += !predicted && !actual;
        result.falseNegatives += !predicted && actual;
        if (i < scores.size())
            result.brier += (scores.at(i) - (actual ? 1.0 : 0.0)) * (scores.at(i) - (actual ? 1.0 : 0.0));
    }
    const int total =
        result.truePositives + result.falsePositives + result.trueNegatives + result.falseNegatives;
    const int flagged = result.truePositives + result.falsePositives;
    const int positives = result.truePositives + result.falseNegatives;
    result.precision = flagged ? double(result.truePositives) / flagged : 0;
    result.recall = positives ? double(result.truePositives) / positives : 0;
    result.f1 = result.precision + result.recall > 0
                    ? 2 * result.precision * result.recall / (result.precision + result.recall)
                    : 0;
    result.accuracy = total ? double(result.truePositives + result.trueNegatives) / total : 0;
    result.brier = scores.isEmpty() || !total ? 0 : result.brier / total;
    return result;
}

QStringList SpamFilter::featureNames(const Comment &comment, const Options &options)
{
    QStringList names;
    extract(comment, options, [&](Group, char16_t tag, QStringView a, QStringView b) {
        QString name = QChar(tag) + QLatin1Char(':') + a.toString();
        if (!b.isEmpty())
            name += QLatin1Char(' ') + b.toString();
        names << name;
    });
    names.removeDuplicates();
    return names;
}

} // namespace Newsdesk
