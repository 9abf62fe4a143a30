// newsdesk-bench-moderation: how good the learned spam filter is and how fast moderation runs.
//
//  1. Quality on a labelled synthetic comment set (tests/support/SyntheticComments.h: many ham and spam
//     families that overlap, typos, 1.5% of the training labels flipped; the test set is another seed,
//     with true labels): precision, recall, F1 and accuracy of "spam" at a score of 0.5 and at the
//     default spam_threshold (0.95), the Brier score, training time and scoring time, for the filter as
//     shipped against baselines: the moderation rules alone (a typical disallowed list), naive Bayes on
//     words, naive Bayes on the same features, and ablations of the filter (no character n-grams, no
//     signals, words only) and of its settings.
//  2. A learning curve of the shipped filter, and its recall and false alarms per template family.
//  3. Triage of 10,000 pending comments in a library that also holds the 4,000 decided ones: the rules'
//     facts read in a few queries, the rules and the filter's score for each comment. Target: < 2 s.
//     Filter training on the library's decisions is timed apart, as is apply() (writing the decisions).
//  4. The moderation queue on a library of 100,000 comments (--queue-comments; pending, approved and spam
//     on 2,000 articles): opening it as ModerationView does (a fresh connection, the first page, the
//     status counts and the list's total), target < 300 ms; and a decision on the current row of the
//     pending list with the cursor's move to the next one (SetCommentStatus on a QUndoStack, the row
//     leaving the model, the next row made current and the reading pane's reads), target < 16 ms.
//
// A benchmark, not a test: it prints figures and exits 0 whether or not the targets are met; it fails
// only when something cannot run. Build it Release to quote it.

#include "BenchStats.h"
#include "QueueDecisions.h"
#include "SyntheticComments.h"

#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/ModerationEvidence.h"
#include "moderation/ModerationRules.h"
#include "moderation/SpamFilter.h"
#include "moderation/Triage.h"

// The queue's model and undo command, compiled into this program (see CMakeLists.txt): they need no
// widgets, and a Release build of the whole UI library for them would be most of the build.
#include "comments/ModerationQueueModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>
#include <random>

using namespace Newsdesk;
using namespace Newsdesk::Bench;
using Newsdesk::Testing::LabelledComment;
using Newsdesk::Testing::SyntheticComments;

namespace {

constexpr quint32 TrainSeed = 20240501;
constexpr quint32 TestSeed = 20240502;
constexpr quint32 PendingSeed = 20240503;
constexpr double TriageTargetMs = 2000;
constexpr quint32 QueueSeed = 20240504;
constexpr double QueueOpenTargetMs = 300;
constexpr double DecisionTargetMs = 16;

/// What a curator might have put in WordPress's disallowed list, for the rules-only baseline.
const QStringList TypicalDisallowedKeys{
    QStringLiteral("viagra"),   QStringLiteral("cialis"),     QStringLiteral("casino"),
    QStringLiteral("payday"),   QStringLiteral("free spins"), QStringLiteral("without prescription"),
    QStringLiteral("[dot]"),    QStringLiteral("(dot)"),      QStringLiteral("recovery hacker"),
    QStringLiteral("whatsapp"), QStringLiteral("backlinks"),  QStringLiteral("tramadol"),
    QStringLiteral("xanax"),    QStringLiteral("replica"),    QStringLiteral("forex")};

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<SpamExample> examplesOf(const QList<LabelledComment> &items)
{
    QList<SpamExample> examples;
    examples.reserve(items.size());
    for (const LabelledComment &item : items)
        examples.append({item.comment, item.spam});
    return examples;
}

/// The test set as spammers disguise words: letters swapped for digits (v1agra, c4sino), doubled or
/// dropped, in a quarter of the words of every comment, ham and spam alike. No training set has these.
QList<SpamExample> misspelt(const QList<SpamExample> &test, quint32 seed)
{
    std::mt19937 random(seed);
    const auto chance = [&random](double p) {
        return std::uniform_real_distribution<double>(0, 1)(random) < p;
    };
    QList<SpamExample> result;
    result.reserve(test.size());
    for (SpamExample example : test) {
        Comment &c = example.comment;
        QString text = c.bodyText.isEmpty() ? CommentRepository::plainText(c.body) : c.bodyText;
        QStringList words = text.split(QLatin1Char(' '));
        for (QString &word : words) {
            if (word.size() < 4 || !chance(0.25))
                continue;
            const qsizetype at = 1 + qsizetype(random() % quint32(word.size() - 2));
            switch (random() % 3) {
            case 0: {
                const QChar c0 = word.at(at).toLower();
                const QChar replacement = c0 == u'i'   ? u'1'
                                          : c0 == u'o' ? u'0'
                                          : c0 == u'a' ? u'4'
                                          : c0 == u'e' ? u'3'
                                          : c0 == u's' ? u'5'
                                                       : c0;
                word[at] = replacement;
                break;
            }
            case 1:
                word.insert(at, word.at(at));
                break;
            default:
                word.remove(at, 1);
                break;
            }
        }
        c.bodyText = words.join(QLatin1Char(' '));
        c.body = commentHtmlFromText(c.bodyText);
        result << example;
    }
    return result;
}

/// One row of the quality table.
struct Measured
{
    QString name;
    SpamFilter::Evaluation atHalf;
    SpamFilter::Evaluation atThreshold; ///< at the default spam_threshold; rules: same as atHalf
    SpamFilter::Evaluation misspelt;    ///< at 0.5, on the misspelt test set
    double trainMs = 0;
    double scoreUs = 0; ///< per comment
    bool scored = true; ///< false for the rules, which give no score
};

QJsonObject evaluationJson(const SpamFilter::Evaluation &e)
{
    return QJsonObject{{QStringLiteral("precision"), e.precision},
                       {QStringLiteral("recall"), e.recall},
                       {QStringLiteral("f1"), e.f1},
                       {QStringLiteral("accuracy"), e.accuracy},
                       {QStringLiteral("brier"), e.brier},
                       {QStringLiteral("tp"), e.truePositives},
                       {QStringLiteral("fp"), e.falsePositives},
                       {QStringLiteral("tn"), e.trueNegatives},
                       {QStringLiteral("fn"), e.falseNegatives}};
}

Measured measureFilter(const QString &name, const QList<SpamExample> &training,
                       const QList<SpamExample> &test, const SpamFilterOptions &options,
                       SpamFilter *keep = nullptr, const QList<SpamExample> &misspeltTest = {})
{
    Measured measured;
    measured.name = name;
    QElapsedTimer clock;
    clock.start();
    auto filter = SpamFilter::train(training, options);
    measured.trainMs = msSince(clock);
    if (!filter) {
        err() << "training " << name << " failed: " << filter.errorString() << '\n';
        return measured;
    }
    QList<bool> predictedHalf, predictedThreshold, actual;
    QList<double> scores;
    clock.restart();
    for (const SpamExample &example : test)
        scores << filter->score(example.comment);
    measured.scoreUs = msSince(clock) * 1000.0 / std::max<qsizetype>(1, test.size());
    const double threshold = ModerationSettings().spamThreshold;
    for (qsizetype i = 0; i < test.size(); ++i) {
        predictedHalf << (scores.at(i) >= 0.5);
        predictedThreshold << (scores.at(i) >= threshold);
        actual << test.at(i).spam;
    }
    measured.atHalf = SpamFilter::evaluate(predictedHalf, actual, scores);
    measured.atThreshold = SpamFilter::evaluate(predictedThreshold, actual, scores);
    if (!misspeltTest.isEmpty())
        measured.misspelt = SpamFilter::evaluate(*filter, misspeltTest);
    if (keep)
        *keep = std::move(filter).value();
    return measured;
}

Measured measureRules(const QList<SpamExample> &test, const QList<SpamExample> &misspeltTest)
{
    Measured measured;
    measured.name = QStringLiteral("rules alone (disallowed keys)");
    measured.scored = false;
    ModerationSettings settings;
    settings.disallowedKeys = TypicalDisallowedKeys;
    const ModerationRules rules(settings);
    QList<bool> predicted, actual;
    QElapsedTimer clock;
    clock.start();
    for (const SpamExample &example : test)
        predicted << (rules.evaluate(example.comment).status == CommentStatus::Spam);
    measured.scoreUs = msSince(clock) * 1000.0 / std::max<qsizetype>(1, test.size());
    for (const SpamExample &example : test)
        actual << example.spam;
    measured.atHalf = measured.atThreshold = SpamFilter::evaluate(predicted, actual);
    QList<bool> predictedMisspelt;
    for (const SpamExample &example : misspeltTest)
        predictedMisspelt << (rules.evaluate(example.comment).status == CommentStatus::Spam);
    measured.misspelt = SpamFilter::evaluate(predictedMisspelt, actual);
    return measured;
}

/// A library with the decided comments and the pending ones; returns the pending count.
Result<int> fillLibrary(Library &library, const QList<LabelledComment> &decided, int pending)
{
    QList<qint64> articleIds;
    QList<Article> articles;
    for (int i = 0; i < 50; ++i) {
        Article article;
        article.title = QStringLiteral("Story %1").arg(i);
        article.url = QStringLiteral("https://news.example/story-%1").arg(i);
        articles << article;
    }
    auto ids = library.articles().insert(articles);
    if (!ids)
        return ids.error();
    articleIds = *ids;

    QList<Comment> comments;
    comments.reserve(decided.size() + pending);
    for (qsizetype i = 0; i < decided.size(); ++i) {
        Comment c = decided.at(i).comment;
        c.articleId = articleIds.at(i % articleIds.size());
        c.parentId = 0;
        c.status = decided.at(i).spam ? CommentStatus::Spam : CommentStatus::Approved;
        c.decidedBy = DecidedBy::Import;
        comments << c;
    }
    SyntheticComments::Options options;
    options.articleIds = articleIds;
    for (LabelledComment &item : SyntheticComments(PendingSeed).generate(pending, options)) {
        // Replies point at an index of their own list; the decided comments come first in this one.
        if (item.comment.parentId < 0)
            item.comment.parentId -= decided.size();
        comments << item.comment;
    }
    auto inserted = library.comments().insert(comments);
    if (!inserted)
        return inserted.error();
    ModerationSettings settings;
    settings.disallowedKeys = TypicalDisallowedKeys;
    settings.moderationKeys = {QStringLiteral("harbour"), QStringLiteral("referendum"),
                               QStringLiteral("press")};
    if (Status saved = settings.save(library); !saved)
        return saved.error();
    return pending;
}

/// A library of count comments on articleCount articles, written in one transaction: about 40% pending,
/// 45% approved, 15% spam, a fifth of them replies, spread over two years. Plain generated text: this
/// part times the queue, not the filter.
Status fillQueueLibrary(Library &library, int count, int articleCount)
{
    std::mt19937 random(QueueSeed);
    const QStringList words{QStringLiteral("council"), QStringLiteral("harbour"),  QStringLiteral("vote"),
                            QStringLiteral("budget"),  QStringLiteral("school"),   QStringLiteral("traffic"),
                            QStringLiteral("great"),   QStringLiteral("article"),  QStringLiteral("agree"),
                            QStringLiteral("wrong"),   QStringLiteral("cheap"),    QStringLiteral("click"),
                            QStringLiteral("offer"),   QStringLiteral("mayor"),    QStringLiteral("weather"),
                            QStringLiteral("thanks"),  QStringLiteral("question"), QStringLiteral("policy")};
    const QDateTime start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    return library.transaction([&]() -> Status {
        QList<Article> articles;
        articles.reserve(articleCount);
        for (int i = 0; i < articleCount; ++i) {
            Article article;
            article.title = QStringLiteral("Queue story %1").arg(i);
            article.url = QStringLiteral("https://queue.example/story-%1").arg(i);
            articles << article;
        }
        auto articleIds = library.articles().insert(articles);
        if (!articleIds)
            return articleIds.error();
        // Written in slices so that replies can point at a comment of their own slice (parentId < 0).
        constexpr int Slice = 5000;
        QList<Comment> comments;
        comments.reserve(Slice);
        QList<qint64> sliceArticle;
        for (int done = 0; done < count;) {
            comments.clear();
            sliceArticle.clear();
            const int n = std::min(Slice, count - done);
            for (int i = 0; i < n; ++i) {
                Comment c;
                const bool reply = i > 0 && random() % 5 == 0;
                if (reply) {
                    const int parent = int(random() % quint32(i));
                    c.articleId = comments.at(parent).articleId;
                    c.parentId = -(parent + 1);
                } else {
                    c.articleId = articleIds->at(qsizetype(random() % quint32(articleIds->size())));
                }
                const int author = int(random() % 20000);
                c.author = QStringLiteral("Reader %1").arg(author);
                c.authorEmail = QStringLiteral("reader%1@mail.example").arg(author);
                c.authorIp = QStringLiteral("10.%1.%2.%3")
                                 .arg(author / 65536)
                                 .arg(author / 256 % 256)
                                 .arg(author % 256);
                QStringList text;
                const int length = 8 + int(random() % 40);
                for (int w = 0; w < length; ++w)
                    text << words.at(qsizetype(random() % quint32(words.size())));
                c.bodyText = text.join(QLatin1Char(' '));
                c.body = commentHtmlFromText(c.bodyText);
                c.postedAt = start.addSecs(qint64(random() % (2u * 365 * 86400)));
                const quint32 roll = random() % 100;
                c.status = roll < 40 ? CommentStatus::Pending
                                     : (roll < 85 ? CommentStatus::Approved : CommentStatus::Spam);
                if (c.status != CommentStatus::Pending)
                    c.decidedBy = DecidedBy::Import;
                if (random() % 2)
                    c.spamScore = double(random() % 1000) / 1000.0;
                c.externalId = QStringLiteral("bench:%1").arg(done + i);
                comments << c;
            }
            auto inserted = library.comments().insert(comments);
            if (!inserted)
                return inserted.error();
            done += n;
        }
        return {};
    });
}

/// What the queue part measured.
struct QueueFigures
{
    double fillMs = 0;
    QList<double> openMs;
    QList<double> decideMs;
    int pendingTotal = 0;
    int decisions = 0;
};

/// Part 4: opening the queue as ModerationView does, then decisions down the pending list.
Result<QueueFigures> measureQueue(const QString &path, int comments, int runs, int decisions)
{
    QueueFigures figures;
    {
        auto created = Library::open(path);
        if (!created)
            return created.error();
        QElapsedTimer fill;
        fill.start();
        if (Status filled = fillQueueLibrary(**created, comments, 2000); !filled)
            return filled.error();
        figures.fillMs = msSince(fill);
    }
    // (a) A fresh connection each run, as when the window opens a library and the page is shown: the
    // first page of pending comments, the counts in the status filter and the list's total.
    for (int run = 0; run < std::max(runs, 5); ++run) {
        QElapsedTimer clock;
        clock.start();
        auto opened = Library::open(path);
        if (!opened)
            return opened.error();
        ModerationQueueModel model(**opened);
        const auto counts = (*opened)->comments().countsByStatus();
        if (!counts)
            return counts.error();
        figures.pendingTotal = model.totalCount();
        figures.openMs << msSince(clock);
        if (!model.errorString().isEmpty())
            return Error{Error::Code::Failed, model.errorString()};
    }
    // (b) What ModerationView::decide() does with the keyboard, down the pending list.
    auto opened = Library::open(path);
    if (!opened)
        return opened.error();
    ModerationQueueModel model(**opened);
    QUndoStack undoStack;
    auto decided = decideDownQueue(**opened, model, undoStack, decisions);
    if (!decided)
        return decided.error();
    figures.decideMs = *decided;
    figures.decisions = int(figures.decideMs.size());
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-moderation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Spam filter quality and moderation speed."));
    parser.addHelpOption();
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Training comments (default 4000)."),
                                         QStringLiteral("n"), QStringLiteral("4000"));
    const QCommandLineOption testOption(QStringLiteral("test"),
                                        QStringLiteral("Test comments (default 2000)."), QStringLiteral("n"),
                                        QStringLiteral("2000"));
    const QCommandLineOption pendingOption(QStringLiteral("pending"),
                                           QStringLiteral("Pending comments to triage (default 10000)."),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption gridOption(QStringLiteral("no-grid"), QStringLiteral("Skip the settings grid."));
    const QCommandLineOption speedOption(QStringLiteral("speed-only"), QStringLiteral("Only time triage."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Added to the seeds of the comment sets (default 0), to see "
                       "how much a figure owes to one draw."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption queueOption(
        QStringLiteral("queue-comments"),
        QStringLiteral("Comments in the library the queue is timed on (default 100000; 0 skips it)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption decisionsOption(QStringLiteral("decisions"),
                                             QStringLiteral("Decisions timed in the queue (default 200)."),
                                             QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption queueOnlyOption(QStringLiteral("queue-only"),
                                             QStringLiteral("Only time the moderation queue."));
    parser.addOptions({trainOption, testOption, pendingOption, runsOption, jsonOption, gridOption,
                       speedOption, seedOption, queueOption, decisionsOption, queueOnlyOption});
    parser.process(app);
    const int trainCount = std::max(50, parser.value(trainOption).toInt());
    const int testCount = std::max(50, parser.value(testOption).toInt());
    const int pendingCount = std::max(10, parser.value(pendingOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool json = parser.isSet(jsonOption);
    const quint32 seed = parser.value(seedOption).toUInt();
    const int queueComments = std::max(0, parser.value(queueOption).toInt());
    const int decisionCount = std::max(1, parser.value(decisionsOption).toInt());
    const bool queueOnly = parser.isSet(queueOnlyOption);

    // With --json, stdout holds the JSON report alone.
    QTextStream textOut(stdout);
    QString discarded;
    QTextStream discardedOut(&discarded);
    QTextStream &out = json ? discardedOut : textOut;
    QJsonObject report{{QStringLiteral("buildType"), QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE)},
                       {QStringLiteral("loadAverage"), loadAverage()}};

    // --- 4. the moderation queue (first when alone; otherwise after the others) ---------------------
    const auto queuePart = [&]() -> bool {
        if (queueComments == 0)
            return true;
        err() << "Filling a library with " << queueComments << " comments for the queue…\n";
        err().flush();
        QTemporaryDir queueDir;
        auto measured = measureQueue(queueDir.filePath(QStringLiteral("queue.sqlite")), queueComments, runs,
                                     decisionCount);
        if (!measured) {
            err() << measured.errorString() << '\n';
            return false;
        }
        const Summary open = summarise(measured->openMs);
        const Summary decide = summarise(measured->decideMs);
        const QList<int> widths{44, 10, 10, 14};
        out << QStringLiteral("Moderation queue on %1 comments, 2000 articles (filled in %2 s; %3 pending)\n")
                   .arg(queueComments)
                   .arg(number(measured->fillMs / 1000, 1))
                   .arg(measured->pendingTotal)
            << row({QStringLiteral("step"), QStringLiteral("median ms"), QStringLiteral("p95 ms"),
                    QStringLiteral("target")},
                   widths)
            << '\n'
            << rule(widths) << '\n'
            << row({QStringLiteral("open: connection, page, counts (%1 runs)").arg(open.count),
                    number(open.median), number(open.p95),
                    QStringLiteral("< 300 %1").arg(verdictUnder(open.p95, QueueOpenTargetMs))},
                   widths)
            << '\n'
            << row({QStringLiteral("decide + next row (%1 decisions)").arg(decide.count),
                    number(decide.median, 2), number(decide.p95, 2),
                    QStringLiteral("< 16 %1").arg(verdictUnder(decide.p95, DecisionTargetMs))},
                   widths)
            << "\n\n";
        out.flush();
        report.insert(QStringLiteral("queue"),
                      QJsonObject{{QStringLiteral("comments"), queueComments},
                                  {QStringLiteral("pending"), measured->pendingTotal},
                                  {QStringLiteral("fillMs"), measured->fillMs},
                                  {QStringLiteral("open"), summaryJson(open)},
                                  {QStringLiteral("openTargetMs"), QueueOpenTargetMs},
                                  {QStringLiteral("decide"), summaryJson(decide)},
                                  {QStringLiteral("decideTargetMs"), DecisionTargetMs}});
        return true;
    };
    if (queueOnly) {
        const bool ran = queuePart();
        if (json)
            printJson(report);
        return ran ? 0 : 1;
    }

    // --- 1. quality -----------------------------------------------------------------------------
    err() << "Generating " << trainCount << " training and " << testCount << " test comments…\n";
    err().flush();
    SyntheticComments::Options trainOptions; // 1.5% of labels flipped, as curators err
    const QList<LabelledComment> trainItems =
        SyntheticComments(TrainSeed + seed).generate(trainCount, trainOptions);
    SyntheticComments::Options testOptions;
    testOptions.labelNoise = 0; // measured against the truth
    const QList<LabelledComment> testItems =
        SyntheticComments(TestSeed + seed).generate(testCount, testOptions);
    const QList<SpamExample> training = examplesOf(trainItems);
    const QList<SpamExample> test = examplesOf(testItems);
    const int trainSpam =
        int(std::count_if(training.cbegin(), training.cend(), [](const SpamExample &e) { return e.spam; }));
    const int testSpam =
        int(std::count_if(test.cbegin(), test.cend(), [](const SpamExample &e) { return e.spam; }));

    if (!parser.isSet(speedOption)) {
        const QList<SpamExample> misspeltTest = misspelt(test, TestSeed + seed);
        QList<Measured> table;
        table << measureRules(test, misspeltTest);
        SpamFilterOptions wordsOnly;
        wordsOnly.wordBigrams = false;
        wordsOnly.charGrams = false;
        wordsOnly.signalFeatures = false;
        SpamFilterOptions naiveWords = wordsOnly;
        naiveWords.model = SpamFilterOptions::Model::NaiveBayes;
        table << measureFilter(QStringLiteral("naive Bayes, words"), training, test, naiveWords, nullptr,
                               misspeltTest);
        SpamFilterOptions naiveAll;
        naiveAll.model = SpamFilterOptions::Model::NaiveBayes;
        table << measureFilter(QStringLiteral("naive Bayes, all features"), training, test, naiveAll, nullptr,
                               misspeltTest);
        table << measureFilter(QStringLiteral("logistic, words"), training, test, wordsOnly, nullptr,
                               misspeltTest);
        SpamFilterOptions noChars;
        noChars.charGrams = false;
        table << measureFilter(QStringLiteral("logistic, no char n-grams"), training, test, noChars, nullptr,
                               misspeltTest);
        SpamFilterOptions noSignals;
        noSignals.signalFeatures = false;
        table << measureFilter(QStringLiteral("logistic, no signals"), training, test, noSignals, nullptr,
                               misspeltTest);
        SpamFilter shipped;
        table << measureFilter(QStringLiteral("logistic, all (shipped)"), training, test, SpamFilterOptions(),
                               &shipped, misspeltTest);

        if (!parser.isSet(gridOption)) {
            for (double l2 : {1e-6, 1e-4}) {
                SpamFilterOptions options;
                options.l2 = l2;
                table << measureFilter(QStringLiteral("  shipped, l2 %1").arg(l2), training, test, options,
                                       nullptr, misspeltTest);
            }
            for (int epochs : {3, 10, 20}) {
                SpamFilterOptions options;
                options.epochs = epochs;
                table << measureFilter(QStringLiteral("  shipped, %1 epochs").arg(epochs), training, test,
                                       options, nullptr, misspeltTest);
            }
            for (int bits : {18, 22}) {
                SpamFilterOptions options;
                options.hashBits = bits;
                table << measureFilter(QStringLiteral("  shipped, 2^%1 buckets").arg(bits), training, test,
                                       options, nullptr, misspeltTest);
            }
            SpamFilterOptions smoothing;
            smoothing.model = SpamFilterOptions::Model::NaiveBayes;
            smoothing.smoothing = 1.0;
            table << measureFilter(QStringLiteral("  naive Bayes, all, α = 1"), training, test, smoothing,
                                   nullptr, misspeltTest);
        }

        const QList<int> widths{32, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8};
        out << QStringLiteral("newsdesk-bench-moderation (%1 build, load average %2)\n\n")
                   .arg(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE), number(loadAverage(), 2));
        out << QStringLiteral(
                   "Spam filter on synthetic comments: %1 training (%2 spam, 1.5% labels flipped), "
                   "%3 test (%4 spam, true labels)\n")
                   .arg(trainCount)
                   .arg(trainSpam)
                   .arg(testCount)
                   .arg(testSpam);
        out << row({QStringLiteral("model"), QStringLiteral("P"), QStringLiteral("R"), QStringLiteral("F1"),
                    QStringLiteral("acc"), QStringLiteral("P@.95"), QStringLiteral("R@.95"),
                    QStringLiteral("F1 mis"), QStringLiteral("Brier"), QStringLiteral("train ms"),
                    QStringLiteral("µs/score")},
                   widths)
            << '\n'
            << rule(widths) << '\n';
        QJsonArray models;
        for (const Measured &m : std::as_const(table)) {
            out << row({m.name, number(m.atHalf.precision, 3), number(m.atHalf.recall, 3),
                        number(m.atHalf.f1, 3), number(m.atHalf.accuracy, 3),
                        m.scored ? number(m.atThreshold.precision, 3) : QStringLiteral("–"),
                        m.scored ? number(m.atThreshold.recall, 3) : QStringLiteral("–"),
                        number(m.misspelt.f1, 3), m.scored ? number(m.atHalf.brier, 3) : QStringLiteral("–"),
                        number(m.trainMs, 0), number(m.scoreUs, 1)},
                       widths)
                << '\n';
            models.append(QJsonObject{{QStringLiteral("name"), m.name.trimmed()},
                                      {QStringLiteral("atHalf"), evaluationJson(m.atHalf)},
                                      {QStringLiteral("atThreshold"), evaluationJson(m.atThreshold)},
                                      {QStringLiteral("misspelt"), evaluationJson(m.misspelt)},
                                      {QStringLiteral("trainMs"), m.trainMs},
                                      {QStringLiteral("scoreUs"), m.scoreUs}});
        }
        out << QStringLiteral(
            "P, R, F1, acc: spam at a score of 0.5; P@.95, R@.95: at the default spam_threshold;\n"
            "F1 mis: F1 at 0.5 with a quarter of the test set's words misspelt (v1agra, caasino).\n\n");
        out.flush();
        report.insert(QStringLiteral("models"), models);

        // --- 2. learning curve and families ---------------------------------------------------------
        const QList<int> curveWidths{10, 8, 8, 8, 8, 10};
        out << QStringLiteral("Learning curve of the shipped filter (same test set)\n")
            << row({QStringLiteral("examples"), QStringLiteral("P"), QStringLiteral("R"),
                    QStringLiteral("F1"), QStringLiteral("acc"), QStringLiteral("train ms")},
                   curveWidths)
            << '\n'
            << rule(curveWidths) << '\n';
        QJsonArray curve;
        for (int size : {25, 50, 100, 250, 500, 1000, 2000, 4000, 8000}) {
            if (size > trainCount)
                break;
            const Measured m = measureFilter(QString(), training.mid(0, size), test, SpamFilterOptions());
            out << row({QString::number(size), number(m.atHalf.precision, 3), number(m.atHalf.recall, 3),
                        number(m.atHalf.f1, 3), number(m.atHalf.accuracy, 3), number(m.trainMs, 0)},
                       curveWidths)
                << '\n';
            curve.append(QJsonObject{{QStringLiteral("examples"), size},
                                     {QStringLiteral("f1"), m.atHalf.f1},
                                     {QStringLiteral("accuracy"), m.atHalf.accuracy},
                                     {QStringLiteral("trainMs"), m.trainMs}});
        }
        out << '\n';
        report.insert(QStringLiteral("learningCurve"), curve);

        if (shipped.isTrained()) {
            QMap<QString, std::pair<int, int>> families; // family → (flagged at 0.5, total)
            for (const LabelledComment &item : testItems) {
                auto &[flagged, total] = families[item.family];
                flagged += shipped.score(item.comment) >= 0.5;
                ++total;
            }
            const QList<int> familyWidths{22, 8, 8};
            out << QStringLiteral(
                       "Shipped filter per family: share called spam at 0.5 (recall for spam-, false "
                       "alarms for ham-)\n")
                << row({QStringLiteral("family"), QStringLiteral("share"), QStringLiteral("of")},
                       familyWidths)
                << '\n'
                << rule(familyWidths) << '\n';
            QJsonObject familyJson;
            for (auto it = families.cbegin(); it != families.cend(); ++it) {
                const double share = double(it.value().first) / std::max(1, it.value().second);
                out << row({it.key(), number(share, 3), QString::number(it.value().second)}, familyWidths)
                    << '\n';
                familyJson.insert(it.key(), share);
            }
            out << '\n';
            report.insert(QStringLiteral("families"), familyJson);
        }
        out.flush();
    }

    // --- 3. triage speed ------------------------------------------------------------------------
    err() << "Filling a library with " << trainCount << " decided and " << pendingCount
          << " pending comments…\n";
    err().flush();
    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        err() << opened.errorString() << '\n';
        return 1;
    }
    Library &library = *opened.value();
    QElapsedTimer clock;
    clock.start();
    if (auto filled = fillLibrary(library, trainItems, pendingCount); !filled) {
        err() << filled.errorString() << '\n';
        return 1;
    }
    const double fillMs = msSince(clock);

    QList<double> loadTrainMs, trainMs, pendingMs, triageMs, totalMs, factsMs, rulesMs, scoreMs;
    SpamFilter filter;
    QList<TriageProposal> proposals;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        auto decided = ModerationEvidence(library).trainingComments();
        loadTrainMs << msSince(clock);
        clock.restart();
        auto trained = decided ? SpamFilter::trainOnDecisions(*decided) : Result<SpamFilter>(decided.error());
        trainMs << msSince(clock);
        if (!trained) {
            err() << trained.errorString() << '\n';
            return 1;
        }
        filter = std::move(trained).value();
        const auto settings = ModerationSettings::load(library);
        clock.restart();
        auto pending = ModerationEvidence(library).pendingComments();
        pendingMs << msSince(clock);
        if (!pending || !settings) {
            err() << (!pending ? pending.errorString() : settings.errorString()) << '\n';
            return 1;
        }
        clock.restart();
        auto proposed = Triage::propose(library, *settings, filter, *pending);
        triageMs << msSince(clock);
        // The same work in its parts, to see where the time goes.
        clock.restart();
        auto facts = ModerationEvidence(library).factsFor(*pending);
        factsMs << msSince(clock);
        if (!facts) {
            err() << facts.errorString() << '\n';
            return 1;
        }
        const ModerationRules rules(*settings, std::move(facts).value());
        clock.restart();
        int held = 0;
        for (const Comment &comment : std::as_const(*pending))
            held += rules.evaluate(comment).decided;
        rulesMs << msSince(clock);
        clock.restart();
        double sum = 0;
        for (const Comment &comment : std::as_const(*pending))
            sum += filter.score(comment);
        scoreMs << msSince(clock);
        Q_UNUSED(held);
        Q_UNUSED(sum);
        if (!proposed) {
            err() << proposed.errorString() << '\n';
            return 1;
        }
        proposals = std::move(proposed).value();
        totalMs << pendingMs.last() + triageMs.last();
    }
    QMap<QString, int> byStatus;
    for (const TriageProposal &proposal : std::as_const(proposals))
        ++byStatus[commentStatusKey(proposal.proposed) +
                   (proposal.decidedBy.isEmpty() ? QString() : QLatin1Char('/') + proposal.decidedBy)];
    clock.restart();
    const auto applied = Triage::apply(library, proposals);
    const double applyMs = msSince(clock);
    if (!applied) {
        err() << applied.errorString() << '\n';
        return 1;
    }

    const Summary total = summarise(totalMs);
    const Summary train = summarise(trainMs);
    QStringList proposedText;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        proposedText << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    const QList<int> speedWidths{44, 10, 10, 12};
    out << QStringLiteral("Triage of %1 pending comments (library of %2 comments, filled in %3 s)\n")
               .arg(pendingCount)
               .arg(pendingCount + trainCount)
               .arg(number(fillMs / 1000, 1))
        << row({QStringLiteral("step"), QStringLiteral("median ms"), QStringLiteral("p95 ms"),
                QStringLiteral("target")},
               speedWidths)
        << '\n'
        << rule(speedWidths) << '\n'
        << row({QStringLiteral("read the pending comments"), number(summarise(pendingMs).median),
                number(summarise(pendingMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("facts + rules + scores (Triage::propose)"),
                number(summarise(triageMs).median), number(summarise(triageMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("  of which: facts (3 queries)"), number(summarise(factsMs).median),
                number(summarise(factsMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("  of which: the rules"), number(summarise(rulesMs).median),
                number(summarise(rulesMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("  of which: the filter's scores"), number(summarise(scoreMs).median),
                number(summarise(scoreMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("triage in all"), number(total.median), number(total.p95),
                QStringLiteral("< 2000 %1").arg(verdictUnder(total.median, TriageTargetMs))},
               speedWidths)
        << '\n'
        << row({QStringLiteral("read %1 decided comments").arg(trainCount),
                number(summarise(loadTrainMs).median), number(summarise(loadTrainMs).p95), QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("train the filter on them"), number(train.median), number(train.p95),
                QString()},
               speedWidths)
        << '\n'
        << row({QStringLiteral("apply (%1 decisions, scores stored)").arg(applied->size()), number(applyMs),
                QString(), QString()},
               speedWidths)
        << '\n';
    out << QStringLiteral("Proposed: %1\n").arg(proposedText.join(QStringLiteral(", ")));
    out.flush();
    report.insert(QStringLiteral("triage"),
                  QJsonObject{{QStringLiteral("pending"), pendingCount},
                              {QStringLiteral("readPending"), summaryJson(summarise(pendingMs))},
                              {QStringLiteral("propose"), summaryJson(summarise(triageMs))},
                              {QStringLiteral("facts"), summaryJson(summarise(factsMs))},
                              {QStringLiteral("rules"), summaryJson(summarise(rulesMs))},
                              {QStringLiteral("scores"), summaryJson(summarise(scoreMs))},
                              {QStringLiteral("total"), summaryJson(total)},
                              {QStringLiteral("targetMs"), TriageTargetMs},
                              {QStringLiteral("train"), summaryJson(train)},
                              {QStringLiteral("readDecided"), summaryJson(summarise(loadTrainMs))},
                              {QStringLiteral("applyMs"), applyMs},
                              {QStringLiteral("decisions"), int(applied->size())}});
    out << '\n';
    if (!queuePart())
        return 1;
    if (json)
        printJson(report);
    return 0;
}
