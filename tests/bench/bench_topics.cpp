// newsdesk-bench-topics: how fast the topic features are on a 100,000-article library whose articles
// carry topics, and how good the classifier's suggestions are. Four figures, each against a target:
//
//  1. Tagging a selection of 1,000 articles with a topic: the TagArticles command pushed on a QUndoStack
//     (one undo step), then undone; alone, and with the list and topic tree models listening as in the
//     window. Target: < 200 ms each.
//  2. The topic filter: the first page of ArticleRepository's list for ArticleQuery::topicId (the topic
//     and everything below it), for every topic of the taxonomy; also through ArticleListModel with the
//     status bar's counts(), as MainWindow::applyFilter does. Target: < 50 ms.
//  3. Training TopicClassifier on 10,000 curator-confirmed articles (title + body text; confirmed tags,
//     rejections as negatives). Target: < 5 s.
//  4. Suggestions for one article: TopicClassifier::suggest, median and p95. Target: < 5 ms.
//
// Quality next to the times: micro- and macro-F1 of the classifier on the confirmed articles it was not
// trained on, against complement naive Bayes trained on the same articles in the same run.
//
// The library is filled with SyntheticCorpus (the articles of the newsdesk-bench suites, same seed) and a taxonomy
// of 24 topics over the corpus's word groups; every seventh article is tagged by hand, others by rules
// or suggestions. A benchmark, not a test: it prints figures and exits 0 whether or not the targets are
// met; it fails only when something cannot run. Build it Release to quote it.

#include "BenchProbe.h"
#include "BenchRun.h"
#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "articles/ArticleListModel.h"
#include "core/Result.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"
#include "tagging/TopicClassifier.h"
#include "topics/TopicCommands.h"
#include "topics/TopicTreeModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QUndoStack>

#include <map>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

/// Every n-th article is tagged by the curator; the next two by rules, the one after by the suggester.
constexpr int TagCycle = 7;
/// Every n-th hand-tagged article also has a suggestion the curator turned down.
constexpr int RejectionCycle = 10;

constexpr double TagTargetMs = 200;
constexpr double FilterTargetMs = 50;
constexpr double TrainTargetSeconds = 5;
constexpr double SuggestTargetMs = 5;

/// The topic the tagging runs add (many of its articles carry it from a rule, which a manual tag
/// confirms) and the one they remove (no subtopics, so its list is exactly its links).
constexpr auto TagTopic = "Elections";
constexpr auto UntagTopic = "Diplomacy";

/// A topic of the benchmark's taxonomy: a parent groups corpus topics, a corpus topic (group) has the
/// words its articles draw from, and a subtopic is a corpus topic's articles that use a word twice.
struct BenchTopic
{
    const char *name;
    const char *parent; ///< nullptr at the top
    const char *keyword = nullptr;
};

const BenchTopic Taxonomy[] = {
    {"Politics", nullptr},
    {"Business", nullptr},
    {"Science & environment", nullptr},
    {"Sport & culture", nullptr},
    {"Diplomacy", "Politics"},
    {"Elections", "Politics"},
    {"Security", "Politics"},
    {"Justice", "Politics"},
    {"Migration", "Politics"},
    {"Trade", "Business"},
    {"Economy", "Business"},
    {"Energy", "Business"},
    {"Agriculture", "Business"},
    {"Technology", "Science & environment"},
    {"Climate", "Science & environment"},
    {"Science", "Science & environment"},
    {"Health", "Science & environment"},
    {"Sport", "Sport & culture"},
    {"Culture", "Sport & culture"},
    {"WTO rulings", "Trade", "wto"},
    {"Referendums", "Elections", "referendum"},
    {"Glaciers", "Climate", "glacier"},
    {"Vaccines", "Health", "vaccine"},
    {"Olympics", "Sport", "olympic"},
};

enum class Level { Parent, Topic, Subtopic };

QString levelName(Level level)
{
    switch (level) {
    case Level::Parent:
        return QStringLiteral("parent");
    case Level::Topic:
        return QStringLiteral("topic");
    case Level::Subtopic:
        return QStringLiteral("subtopic");
    }
    return {};
}

Level levelOf(const BenchTopic &topic)
{
    return !topic.parent ? Level::Parent : topic.keyword ? Level::Subtopic : Level::Topic;
}

/// The taxonomy as stored: name → id.
using TopicIds = QHash<QString, qint64>;

/// The 1-minute load average, or -1 where /proc has none: other work on the machine skews every figure.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

/// Wall and CPU times of one measured step, in ms: under other work on the machine the wall time grows,
/// the CPU time (the calling thread's) hardly.
struct Lap
{
    double wallMs = 0;
    double cpuMs = 0;
};

Lap lap(const Stopwatch &clock)
{
    return {double(clock.wallNs()) / 1e6, double(clock.threadNs()) / 1e6};
}

struct Timing
{
    QList<double> wallMs;
    QList<double> cpuMs;

    void add(const Lap &lap)
    {
        wallMs << lap.wallMs;
        cpuMs << lap.cpuMs;
    }
    void add(const Timing &other)
    {
        wallMs << other.wallMs;
        cpuMs << other.cpuMs;
    }
};

QJsonObject timingJson(const Timing &timing)
{
    QJsonObject json = summaryJson(summarise(timing.wallMs));
    json.insert(QStringLiteral("cpuMedianMs"), summarise(timing.cpuMs).median);
    return json;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString jsonArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// ---------------------------------------------------------------------------------------------------
// Filling the library

Result<TopicIds> createTaxonomy(Library &library)
{
    TopicIds ids;
    const Status status = library.transaction([&]() -> Status {
        for (const BenchTopic &bench : Taxonomy) {
            Topic topic;
            topic.name = QString::fromUtf8(bench.name);
            topic.parentId = bench.parent ? ids.value(QString::fromUtf8(bench.parent)) : 0;
            auto id = library.topics().create(topic);
            if (!id)
                return id.error();
            ids.insert(topic.name, *id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return ids;
}

/// How often word occurs as a whole word in text (case-insensitive).
int occurrences(const QString &text, const QString &word)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(word),
                                     QRegularExpression::CaseInsensitiveOption);
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

/// The topics an article of the corpus gets: its corpus topics, and a subtopic of one of them when the
/// article uses the subtopic's word at least twice.
QList<QString> topicsFor(const TaggedArticle &tagged, const QStringList &corpusTopics)
{
    QList<QString> names;
    for (int index : tagged.topics) {
        const QString name = corpusTopics.at(index);
        names << name;
        for (const BenchTopic &bench : Taxonomy) {
            if (bench.keyword && name == QLatin1String(bench.parent) &&
                occurrences(tagged.article.title + QLatin1Char(' ') + tagged.article.bodyText,
                            QString::fromLatin1(bench.keyword)) >= 2)
                names << QString::fromUtf8(bench.name);
        }
    }
    return names;
}

/// Fills a new library at path with count synthetic articles and their topics: every TagCycle-th tagged
/// by hand, the next two by rules, the one after by the suggester, the rest not at all.
Result<FillReport> fill(const QString &path, int count)
{
    TopicIds topicIds;
    const QStringList corpusTopics = SyntheticCorpus::topicNames();
    FillSteps steps;
    steps.prepare = [&topicIds](Library &library) -> Status {
        auto created = createTaxonomy(library);
        if (!created)
            return created.error();
        topicIds = *created;
        return {};
    };
    steps.batch = [&](Library &library, const QList<TaggedArticle> &batch, const QList<qint64> &ids,
                      int firstSerial) -> Status {
        // (topic, origin) → articles, so that each group is one tag() call.
        std::map<std::pair<qint64, int>, QList<qint64>> groups;
        QList<std::pair<qint64, qint64>> rejections;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const int serial = firstSerial + int(i);
            const int kind = serial % TagCycle;
            if (kind > 3)
                continue;
            const TagOrigin origin = kind == 0  ? TagOrigin::Manual
                                     : kind < 3 ? TagOrigin::Rule
                                                : TagOrigin::Suggested;
            const QList<QString> names = topicsFor(batch.at(i), corpusTopics);
            for (const QString &name : names)
                groups[{topicIds.value(name), int(origin)}] << ids.at(i);
            // A suggestion turned down: a corpus topic the article is not about.
            if (origin == TagOrigin::Manual && (serial / TagCycle) % RejectionCycle == 0) {
                const QString other =
                    corpusTopics.at((batch.at(i).topics.first() + 5) % int(corpusTopics.size()));
                if (!names.contains(other))
                    rejections.append({ids.at(i), topicIds.value(other)});
            }
        }
        for (const auto &[key, articles] : groups) {
            const TagOrigin origin = TagOrigin(key.second);
            auto tagged = library.topics().tag(articles, {key.first}, origin,
                                               origin == TagOrigin::Suggested ? 0.7 : 1.0);
            if (!tagged)
                return tagged.error();
        }
        for (const auto &[article, topic] : rejections)
            if (Status rejected = library.topics().reject(article, topic); !rejected)
                return rejected;
        return {};
    };
    return fillLibrary(path, count, steps);
}

/// The benchmark's taxonomy in an existing library, or an error if it is not one this program filled.
Result<TopicIds> findTaxonomy(Library &library)
{
    auto all = library.topics().all();
    if (!all)
        return all.error();
    TopicIds ids;
    for (const Topic &topic : *all)
        ids.insert(topic.name, topic.id);
    for (const BenchTopic &bench : Taxonomy)
        if (!ids.contains(QString::fromUtf8(bench.name)))
            return Error{Error::Code::InvalidArgument,
                         QStringLiteral("the library has no topic “%1”: it was not filled by "
                                        "newsdesk-bench-topics; give a path that does not exist yet")
                             .arg(QString::fromUtf8(bench.name))};
    return ids;
}

// ---------------------------------------------------------------------------------------------------
// 1. Tagging and undo

/// The links of topic among articles, as they are: what a run puts back afterwards, so that repeated
/// runs leave the library as they found it (a manual tag confirms a rule's for good, undo or not).
Result<QList<ArticleTopic>> linksAmong(Library &library, const QList<qint64> &articles, qint64 topic)
{
    QSqlQuery query(library.database());
    query.prepare(
        QStringLiteral("SELECT article_id, origin, confidence FROM article_topics WHERE topic_id = ? "
                       "AND article_id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(topic);
    query.addBindValue(jsonArray(articles));
    if (!query.exec())
        return Error{Error::Code::Failed, query.lastError().text()};
    QList<ArticleTopic> links;
    while (query.next())
        links.append({query.value(0).toLongLong(), topic,
                      TopicRepository::originFromKey(query.value(1).toString()), query.value(2).toDouble()});
    return links;
}

struct TagRuns
{
    Timing done;
    Timing undone;
    QList<double> changed; ///< links added or removed per run
    bool exact = true;     ///< after every undo the links were as before
};

/// Pushes TagArticles for each selection on an undo stack and undoes it, timing both; the first
/// selection is a warm-up and not counted.
Result<TagRuns> tagRuns(Library &library, const QList<QList<qint64>> &selections, qint64 topic, bool tag,
                        TopicTreeModel *tree)
{
    TagRuns runs;
    QUndoStack stack;
    for (qsizetype run = 0; run < selections.size(); ++run) {
        const QList<qint64> &selection = selections.at(run);
        auto before = linksAmong(library, selection, topic);
        if (!before)
            return before.error();
        if (tree)
            tree->setSelectedArticles(selection); // the window does this when the selection changes
        const Stopwatch doing;
        stack.push(new TagArticles(library, selection, {topic}, tag));
        const Lap done = lap(doing);
        // One step, however many articles: the stack holds just it (earlier runs were undone).
        if (stack.count() != 1 || stack.index() != 1)
            return Error{Error::Code::Failed, QStringLiteral("TagArticles was not one undo step")};
        auto during = linksAmong(library, selection, topic);
        const Stopwatch undoing;
        stack.undo();
        const Lap undone = lap(undoing);
        auto after = linksAmong(library, selection, topic);
        if (!during || !after)
            return (!during ? during : after).error();
        // Undo of a tag leaves confirmed rule tags manual; put them back as they were for the next runs.
        if (Status restored = library.topics().restoreLinks(*before); !restored)
            return restored.error();
        if (after->size() != before->size())
            runs.exact = false;
        if (run == 0)
            continue;
        runs.done.add(done);
        runs.undone.add(undone);
        runs.changed << double(std::abs(during->size() - before->size()));
    }
    return runs;
}

QJsonObject tagRunsJson(const TagRuns &runs)
{
    const Summary done = summarise(runs.done.wallMs);
    const Summary undone = summarise(runs.undone.wallMs);
    return QJsonObject{
        {QStringLiteral("do"), timingJson(runs.done)},
        {QStringLiteral("undo"), timingJson(runs.undone)},
        {QStringLiteral("linksChangedMedian"), summarise(runs.changed).median},
        {QStringLiteral("exactUndo"), runs.exact},
        {QStringLiteral("verdict"), verdictUnder(std::max(done.p95, undone.p95), TagTargetMs)}};
}

QJsonObject benchTagging(Library &library, const TopicIds &topics, int selectionSize, int runs)
{
    QJsonObject report{{QStringLiteral("selection"), selectionSize},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("targetMs"), TagTargetMs}};
    const auto fail = [&report](const QString &message) {
        report.insert(QStringLiteral("error"), message);
        return report;
    };
    // Selections as a curator makes them: consecutive rows of the list, newest first.
    ArticleQuery newest;
    auto rows = library.articles().page(newest, std::nullopt, selectionSize * (runs + 1));
    if (!rows)
        return fail(rows.errorString());
    const qint64 tagTopic = topics.value(QString::fromLatin1(TagTopic));
    const qint64 untagTopic = topics.value(QString::fromLatin1(UntagTopic));
    ArticleQuery tagged;
    tagged.topicId = untagTopic;
    auto taggedRows = library.articles().page(tagged, std::nullopt, selectionSize * (runs + 1));
    if (!taggedRows)
        return fail(taggedRows.errorString());
    const auto selectionsOf = [&](const QList<ArticleRow> &list) {
        QList<QList<qint64>> selections;
        const qsizetype size = std::min<qsizetype>(selectionSize, list.size());
        for (int run = 0; run <= runs && size > 0; ++run) {
            QList<qint64> ids;
            for (qsizetype i = 0; i < size; ++i)
                ids << list.at((qsizetype(run) * size + i) % list.size()).id;
            selections << ids;
        }
        return selections;
    };
    const QList<QList<qint64>> toTag = selectionsOf(*rows);
    const QList<QList<qint64>> toUntag = selectionsOf(*taggedRows);
    report.insert(QStringLiteral("tagSelection"), toTag.isEmpty() ? 0 : int(toTag.first().size()));
    report.insert(QStringLiteral("untagSelection"), toUntag.isEmpty() ? 0 : int(toUntag.first().size()));
    report.insert(QStringLiteral("tagTopic"), QString::fromLatin1(TagTopic));
    report.insert(QStringLiteral("untagTopic"), QString::fromLatin1(UntagTopic));

    err() << "newsdesk-bench-topics: tagging " << selectionSize << " articles, " << runs << " runs"
          << Qt::endl;
    auto bare = tagRuns(library, toTag, tagTopic, true, nullptr);
    if (!bare)
        return fail(bare.errorString());
    auto bareUntag = tagRuns(library, toUntag, untagTopic, false, nullptr);
    if (!bareUntag)
        return fail(bareUntag.errorString());

    // The window: the list has loaded the rows the curator selected (untagging, it shows the topic's
    // articles), the topic tree shows check marks for the selection; both follow the change.
    ArticleListModel list(library, nullptr);
    TopicTreeModel tree(library, nullptr);
    const auto show = [&list, selectionSize, runs](const ArticleQuery &query, qsizetype available) {
        list.setQuery(query);
        const qsizetype needed = std::min<qsizetype>(available, qsizetype(selectionSize) * (runs + 1));
        while (list.rowCount() < needed && list.canFetchMore({}))
            list.fetchMore({});
        return list.rowCount();
    };
    report.insert(QStringLiteral("listRowsLoaded"), show(newest, rows->size()));
    auto windowed = tagRuns(library, toTag, tagTopic, true, &tree);
    if (!windowed)
        return fail(windowed.errorString());
    report.insert(QStringLiteral("listRowsLoadedUntag"), show(tagged, taggedRows->size()));
    auto windowedUntag = tagRuns(library, toUntag, untagTopic, false, &tree);
    if (!windowedUntag)
        return fail(windowedUntag.errorString());

    // Where the listening time goes: the list reads each changed row again (one rows() per article), the
    // tree counts every topic's articles and the selection's topics.
    if (!toTag.isEmpty()) {
        const QList<qint64> &ids = toTag.first();
        ArticleQuery scope;
        QElapsedTimer timer;
        timer.start();
        for (qint64 id : ids)
            if (auto one = library.articles().rows(scope, {id}); !one)
                return fail(one.errorString());
        const double perRow = msSince(timer);
        timer.start();
        auto all = library.articles().rows(scope, ids);
        const double oneCall = msSince(timer);
        timer.start();
        auto counts = library.topics().articleCounts();
        const double countsMs = msSince(timer);
        timer.start();
        auto among = library.topics().topicCountsAmong(ids);
        const double amongMs = msSince(timer);
        if (!all || !counts || !among)
            return fail(!all ? all.errorString() : !counts ? counts.errorString() : among.errorString());
        report.insert(QStringLiteral("listeners"),
                      QJsonObject{{QStringLiteral("rowsOneByOneMs"), perRow},
                                  {QStringLiteral("rowsAtOnceMs"), oneCall},
                                  {QStringLiteral("articleCountsMs"), countsMs},
                                  {QStringLiteral("topicCountsAmongMs"), amongMs}});
    }
    report.insert(QStringLiteral("tag"), tagRunsJson(*bare));
    report.insert(QStringLiteral("untag"), tagRunsJson(*bareUntag));
    report.insert(QStringLiteral("tagWithModels"), tagRunsJson(*windowed));
    report.insert(QStringLiteral("untagWithModels"), tagRunsJson(*windowedUntag));
    return report;
}

// ---------------------------------------------------------------------------------------------------
// 2. The topic filter

QJsonObject benchFilter(Library &library, const TopicIds &topics, int repeats)
{
    QJsonObject report{{QStringLiteral("repeats"), repeats}, {QStringLiteral("targetMs"), FilterTargetMs}};
    err() << "newsdesk-bench-topics: topic filter, " << std::size(Taxonomy) << " topics x " << repeats
          << " repeats" << Qt::endl;
    ArticleRepository &articles = library.articles();
    ArticleListModel model(library, nullptr);
    QHash<QString, Timing> pageMs;
    QHash<QString, Timing> countMs;
    QHash<QString, Timing> stepMs;
    QHash<QString, int> hits;
    QHash<QString, int> rowsShown;
    // One uncounted pass first.
    for (int repeat = -1; repeat < repeats; ++repeat) {
        for (const BenchTopic &bench : Taxonomy) {
            const QString name = QString::fromUtf8(bench.name);
            ArticleQuery query;
            query.topicId = topics.value(name);
            const Stopwatch paging;
            auto page = articles.page(query, std::nullopt, ArticleListModel::PageSize);
            const Lap pageTime = lap(paging);
            const Stopwatch counting;
            auto count = articles.count(query);
            const Lap countTime = lap(counting);
            // MainWindow::applyFilter: the model reads its first page, the status bar the totals.
            const Stopwatch stepping;
            model.setQuery(query);
            auto totals = articles.counts();
            const Lap step = lap(stepping);
            if (!page || !count || !totals || !model.errorString().isEmpty()) {
                report.insert(QStringLiteral("error"), !page     ? page.errorString()
                                                       : !count  ? count.errorString()
                                                       : !totals ? totals.errorString()
                                                                 : model.errorString());
                return report;
            }
            hits[name] = *count;
            rowsShown[name] = int(page->size());
            if (repeat < 0)
                continue;
            pageMs[name].add(pageTime);
            countMs[name].add(countTime);
            stepMs[name].add(step);
        }
    }

    Timing allPages;
    Timing allCounts;
    Timing allSteps;
    QHash<int, Timing> pagesByLevel;
    QJsonArray perTopic;
    for (const BenchTopic &bench : Taxonomy) {
        const QString name = QString::fromUtf8(bench.name);
        allPages.add(pageMs.value(name));
        allCounts.add(countMs.value(name));
        allSteps.add(stepMs.value(name));
        pagesByLevel[int(levelOf(bench))].add(pageMs.value(name));
        perTopic.append(QJsonObject{{QStringLiteral("topic"), name},
                                    {QStringLiteral("level"), levelName(levelOf(bench))},
                                    {QStringLiteral("hits"), hits.value(name)},
                                    {QStringLiteral("rows"), rowsShown.value(name)},
                                    {QStringLiteral("page"), timingJson(pageMs.value(name))},
                                    {QStringLiteral("count"), timingJson(countMs.value(name))},
                                    {QStringLiteral("step"), timingJson(stepMs.value(name))}});
    }
    QJsonObject levels;
    for (Level level : {Level::Parent, Level::Topic, Level::Subtopic})
        levels.insert(levelName(level), timingJson(pagesByLevel.value(int(level))));
    const Summary page = summarise(allPages.wallMs);
    const Summary step = summarise(allSteps.wallMs);
    report.insert(QStringLiteral("page"), timingJson(allPages));
    report.insert(QStringLiteral("count"), timingJson(allCounts));
    report.insert(QStringLiteral("step"), timingJson(allSteps));
    report.insert(QStringLiteral("pageByLevel"), levels);
    report.insert(QStringLiteral("topics"), perTopic);
    report.insert(QStringLiteral("verdict"), verdictUnder(std::max(page.p95, step.p95), FilterTargetMs));
    return report;
}

// ---------------------------------------------------------------------------------------------------
// 3 and 4. The classifier

struct LabelledSet
{
    QList<TrainingDocument> training;
    QList<TrainingDocument> test;
    QList<qint64> testIds;
    double readMs = 0;
};

/// The curator's confirmed articles, oldest id first, as the classifier learns from them: the first
/// trainCount to train on (at most four fifths), the rest to test on.
Result<LabelledSet> labelledSet(Library &library, int trainCount)
{
    QElapsedTimer timer;
    timer.start();
    QHash<qint64, TrainingDocument> documents;
    QList<qint64> order;
    QSqlQuery links(library.database());
    links.setForwardOnly(true);
    if (!links.exec(
            QStringLiteral("SELECT x.article_id, x.topic_id FROM article_topics x JOIN article_curation c "
                           "ON c.article_id = x.article_id WHERE x.origin = 'manual' AND "
                           "c.trashed_at IS NULL ORDER BY x.article_id")))
        return Error{Error::Code::Failed, links.lastError().text()};
    while (links.next()) {
        const qint64 article = links.value(0).toLongLong();
        if (!documents.contains(article))
            order << article;
        documents[article].topics.insert(links.value(1).toLongLong());
    }
    QSqlQuery texts(library.database());
    texts.setForwardOnly(true);
    if (!texts.exec(QStringLiteral("SELECT a.id, a.title, a.body_text FROM articles a WHERE a.id IN (SELECT "
                                   "article_id FROM article_topics WHERE origin = 'manual')")))
        return Error{Error::Code::Failed, texts.lastError().text()};
    while (texts.next()) {
        const auto it = documents.find(texts.value(0).toLongLong());
        if (it != documents.end())
            it->text = texts.value(1).toString() + QLatin1Char('\n') + texts.value(2).toString();
    }
    auto rejections = library.topics().rejections();
    if (!rejections)
        return rejections.error();
    for (const auto &[article, topic] : *rejections) {
        const auto it = documents.find(article);
        if (it != documents.end())
            it->rejected.insert(topic);
    }
    LabelledSet set;
    const qsizetype training = std::min<qsizetype>(trainCount, order.size() * 4 / 5);
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i < training) {
            set.training << documents.value(order.at(i));
        } else {
            set.test << documents.value(order.at(i));
            set.testIds << order.at(i);
        }
    }
    set.readMs = msSince(timer);
    return set;
}

QJsonObject evaluationJson(const TopicClassifier::Evaluation &evaluation)
{
    return QJsonObject{{QStringLiteral("microF1"), evaluation.microF1},
                       {QStringLiteral("macroF1"), evaluation.macroF1},
                       {QStringLiteral("microPrecision"), evaluation.microPrecision},
                       {QStringLiteral("microRecall"), evaluation.microRecall},
                       {QStringLiteral("documents"), evaluation.documents}};
}

/// Trains runs times with options; the last model is kept in model.
QJsonObject trainRuns(const LabelledSet &set, const TopicClassifier::Options &options, int runs,
                      TopicClassifier *model, QString *error)
{
    QList<double> seconds;
    QList<double> cpuSeconds;
    for (int run = 0; run < runs; ++run) {
        const Stopwatch clock;
        auto trained = TopicClassifier::train(set.training, options);
        seconds << double(clock.wallNs()) / 1e9;
        cpuSeconds << double(clock.processNs()) / 1e9;
        if (!trained) {
            *error = trained.errorString();
            return {};
        }
        *model = std::move(trained).value();
    }
    const Summary time = summarise(seconds);
    return QJsonObject{
        {QStringLiteral("medianSeconds"), time.median},
        {QStringLiteral("minSeconds"), time.min},
        {QStringLiteral("maxSeconds"), time.max},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("cpuMedianSeconds"), summarise(cpuSeconds).median},
        {QStringLiteral("topics"), int(model->topics().size())},
        {QStringLiteral("modelBytes"), model->save().size()},
        {QStringLiteral("evaluation"), evaluationJson(TopicClassifier::evaluate(*model, set.test))}};
}

QJsonObject benchClassifier(Library &library, const TopicClassifier::Options &svmOptions, int trainCount,
                            int trainRunCount, int suggestCount)
{
    QJsonObject report{{QStringLiteral("targetSeconds"), TrainTargetSeconds},
                       {QStringLiteral("suggestTargetMs"), SuggestTargetMs},
                       {QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount()}};
    auto set = labelledSet(library, trainCount);
    if (!set) {
        report.insert(QStringLiteral("error"), set.errorString());
        return report;
    }
    report.insert(QStringLiteral("trainingDocuments"), int(set->training.size()));
    report.insert(QStringLiteral("testDocuments"), int(set->test.size()));
    report.insert(QStringLiteral("readMs"), set->readMs);
    err() << "newsdesk-bench-topics: training on " << set->training.size() << " confirmed articles, "
          << trainRunCount << " runs each, testing on " << set->test.size() << Qt::endl;
    if (set->training.isEmpty() || set->test.isEmpty()) {
        report.insert(QStringLiteral("error"),
                      QStringLiteral("too few hand-tagged articles to train and test"));
        return report;
    }

    QString error;
    TopicClassifier svm;
    const QJsonObject svmReport = trainRuns(*set, svmOptions, trainRunCount, &svm, &error);
    report.insert(QStringLiteral("tolerance"), svmOptions.tolerance);
    TopicClassifier::Options cnbOptions;
    cnbOptions.model = TopicClassifier::Options::Model::ComplementNaiveBayes;
    TopicClassifier cnb;
    const QJsonObject cnbReport =
        error.isEmpty() ? trainRuns(*set, cnbOptions, trainRunCount, &cnb, &error) : QJsonObject();
    if (!error.isEmpty()) {
        report.insert(QStringLiteral("error"), error);
        return report;
    }
    report.insert(QStringLiteral("svm"), svmReport);
    report.insert(QStringLiteral("cnb"), cnbReport);
    const auto f1 = [](const QJsonObject &model, const char *key) {
        return model.value(QLatin1String("evaluation")).toObject().value(QLatin1String(key)).toDouble();
    };
    report.insert(QStringLiteral("microF1Ratio"), ratio(f1(svmReport, "microF1"), f1(cnbReport, "microF1")));
    report.insert(QStringLiteral("macroF1Ratio"), ratio(f1(svmReport, "macroF1"), f1(cnbReport, "macroF1")));
    report.insert(
        QStringLiteral("trainVerdict"),
        verdictUnder(svmReport.value(QLatin1String("medianSeconds")).toDouble(), TrainTargetSeconds));
    report.insert(QStringLiteral("rssAfterTrainingKiB"), statusKiB("VmRSS"));

    // Suggestions for articles the model has not seen: the text alone, three passes; then as the
    // detail pane would ask, reading the article first.
    const qsizetype articles = std::min<qsizetype>(suggestCount, set->test.size());
    QList<double> suggestMs;
    QList<double> withReadMs;
    qsizetype aboveThreshold = 0;
    qsizetype suggested = 0;
    for (int pass = -1; pass < 3; ++pass) {
        for (qsizetype i = 0; i < articles; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QList<TopicSuggestion> suggestions = svm.suggest(set->test.at(i).text);
            const double ms = msSince(timer);
            if (pass == 0)
                aboveThreshold += std::count_if(suggestions.cbegin(), suggestions.cend(),
                                                [](const TopicSuggestion &s) { return s.aboveThreshold; });
            if (pass >= 0)
                suggestMs << ms;
        }
    }
    for (qsizetype i = 0; i < articles; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto article = library.articles().find(set->testIds.at(i));
        if (!article) {
            report.insert(QStringLiteral("error"), article.errorString());
            return report;
        }
        suggested += svm.suggest(article->title + QLatin1Char('\n') + article->bodyText).size();
        withReadMs << msSince(timer);
    }
    const Summary suggest = summarise(suggestMs);
    report.insert(QStringLiteral("suggestArticles"), int(articles));
    report.insert(QStringLiteral("suggest"), summaryJson(suggest));
    report.insert(QStringLiteral("suggestWithRead"), summaryJson(summarise(withReadMs)));
    report.insert(QStringLiteral("suggestionsAboveThreshold"),
                  articles > 0 ? double(aboveThreshold) / double(articles) : 0.0);
    report.insert(QStringLiteral("suggestionsRead"), suggested);
    report.insert(QStringLiteral("suggestVerdict"), verdictUnder(suggest.p95, SuggestTargetMs));
    return report;
}

// ---------------------------------------------------------------------------------------------------
// Printing

QJsonValue get(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

QString ms(const QJsonObject &summary, const char *key, int decimals = 1)
{
    return number(get(summary, key), decimals) + QStringLiteral(" ms");
}

void printTagging(QTextStream &out, const QJsonObject &t, const QList<int> &widths)
{
    const auto line = [&](const QString &what, const QJsonObject &runs, const char *phase) {
        const QJsonObject s = get(runs, phase).toObject();
        out << row({what, ms(s, "medianMs"), ms(s, "p95Ms"), ms(s, "cpuMedianMs"),
                    QStringLiteral("< %1 ms").arg(TagTargetMs),
                    verdictUnder(get(s, "p95Ms").toDouble(), TagTargetMs),
                    number(get(runs, "linksChangedMedian"), 0)},
                   widths)
            << "\n";
    };
    const int selection = get(t, "tagSelection").toInt();
    const int unselection = get(t, "untagSelection").toInt();
    for (const auto &[key, label] :
         {std::pair{"tag", QStringLiteral("tag %1 (store + undo stack)").arg(selection)},
          std::pair{"untag", QStringLiteral("untag %1").arg(unselection)},
          std::pair{"tagWithModels", QStringLiteral("tag %1, models listening").arg(selection)},
          std::pair{"untagWithModels", QStringLiteral("untag %1, models listening").arg(unselection)}}) {
        const QJsonObject runs = get(t, key).toObject();
        line(label + QStringLiteral(": do"), runs, "do");
        line(QStringLiteral("  undo"), runs, "undo");
        if (!get(runs, "exactUndo").toBool())
            out << "  (undo did not give back the links as they were)\n";
    }
}

void printListeners(QTextStream &out, const QJsonObject &t)
{
    const QJsonObject l = get(t, "listeners").toObject();
    if (l.isEmpty())
        return;
    out << "  listeners, once for " << get(t, "tagSelection").toInt()
        << " articles: ArticleRepository::rows() " << number(get(l, "rowsOneByOneMs"))
        << " ms one by one (ArticleListModel::refreshRow), " << number(get(l, "rowsAtOnceMs"))
        << " ms in one call;\n  TopicRepository::articleCounts() " << number(get(l, "articleCountsMs"))
        << " ms, topicCountsAmong() " << number(get(l, "topicCountsAmongMs")) << " ms (TopicTreeModel)\n";
}

void printFilter(QTextStream &out, const QJsonObject &f, const QList<int> &widths)
{
    const QJsonObject page = get(f, "page").toObject();
    const QJsonObject step = get(f, "step").toObject();
    const QJsonObject count = get(f, "count").toObject();
    out << row({QStringLiteral("topic filter: first page"), ms(page, "medianMs"), ms(page, "p95Ms"),
                ms(page, "cpuMedianMs"), QStringLiteral("< %1 ms").arg(FilterTargetMs),
                verdictUnder(get(page, "p95Ms").toDouble(), FilterTargetMs)},
               widths)
        << "\n";
    out << row({QStringLiteral("  model page + counts()"), ms(step, "medianMs"), ms(step, "p95Ms"),
                ms(step, "cpuMedianMs"), QStringLiteral("< %1 ms").arg(FilterTargetMs),
                verdictUnder(get(step, "p95Ms").toDouble(), FilterTargetMs)},
               widths)
        << "\n";
    out << row({QStringLiteral("  count(query), not shown"), ms(count, "medianMs"), ms(count, "p95Ms"),
                ms(count, "cpuMedianMs")},
               widths)
        << "\n";
    const QJsonObject levels = get(f, "pageByLevel").toObject();
    for (const char *level : {"parent", "topic", "subtopic"}) {
        const QJsonObject s = get(levels, level).toObject();
        out << row({QStringLiteral("  page, %1 topics").arg(QLatin1String(level)), ms(s, "medianMs"),
                    ms(s, "p95Ms"), ms(s, "cpuMedianMs")},
                   widths)
            << "\n";
    }
}

void printClassifier(QTextStream &out, const QJsonObject &c, const QList<int> &widths)
{
    const QJsonObject svm = get(c, "svm").toObject();
    const QJsonObject cnb = get(c, "cnb").toObject();
    const double seconds = get(svm, "medianSeconds").toDouble();
    out << row({QStringLiteral("train SVM on %1 articles").arg(get(c, "trainingDocuments").toInt()) +
                    (get(c, "tolerance").toDouble() != TopicClassifier::Options().tolerance
                         ? QStringLiteral(" (tol %1)").arg(get(c, "tolerance").toDouble())
                         : QString()),
                number(seconds, 2) + QStringLiteral(" s"),
                number(get(svm, "maxSeconds"), 2) + QStringLiteral(" s"),
                number(get(svm, "cpuMedianSeconds"), 2) + QStringLiteral(" s"),
                QStringLiteral("< %1 s").arg(TrainTargetSeconds), verdictUnder(seconds, TrainTargetSeconds)},
               widths)
        << "\n";
    out << row({QStringLiteral("  train CNB (baseline)"),
                number(get(cnb, "medianSeconds"), 2) + QStringLiteral(" s"),
                number(get(cnb, "maxSeconds"), 2) + QStringLiteral(" s"),
                number(get(cnb, "cpuMedianSeconds"), 2) + QStringLiteral(" s")},
               widths)
        << "\n";
    const QJsonObject suggest = get(c, "suggest").toObject();
    const QJsonObject withRead = get(c, "suggestWithRead").toObject();
    out << row({QStringLiteral("suggest() for one article"), ms(suggest, "medianMs", 2),
                ms(suggest, "p95Ms", 2), QString(), QStringLiteral("< %1 ms").arg(SuggestTargetMs),
                verdictUnder(get(suggest, "p95Ms").toDouble(), SuggestTargetMs)},
               widths)
        << "\n";
    out << row({QStringLiteral("  find() + suggest()"), ms(withRead, "medianMs", 2),
                ms(withRead, "p95Ms", 2)},
               widths)
        << "\n";
}

void printQuality(QTextStream &out, const QJsonObject &c)
{
    const QJsonObject svm = get(get(c, "svm").toObject(), "evaluation").toObject();
    const QJsonObject cnb = get(get(c, "cnb").toObject(), "evaluation").toObject();
    const QList<int> widths{30, 10, 10, 10, 10};
    out << "Suggestion quality on " << get(c, "testDocuments").toInt()
        << " hand-tagged articles not trained on (aboveThreshold suggestions)\n";
    out << row({QStringLiteral("model"), QStringLiteral("micro-F1"), QStringLiteral("macro-F1"),
                QStringLiteral("precision"), QStringLiteral("recall")},
               widths)
        << "\n"
        << rule(widths) << "\n";
    out << row({QStringLiteral("linear SVM (Newsdesk)"), number(get(svm, "microF1"), 3),
                number(get(svm, "macroF1"), 3), number(get(svm, "microPrecision"), 3),
                number(get(svm, "microRecall"), 3)},
               widths)
        << "\n";
    out << row({QStringLiteral("complement naive Bayes"), number(get(cnb, "microF1"), 3),
                number(get(cnb, "macroF1"), 3), number(get(cnb, "microPrecision"), 3),
                number(get(cnb, "microRecall"), 3)},
               widths)
        << "\n";
    out << row({QStringLiteral("ratio SVM / CNB"), number(get(c, "microF1Ratio"), 3),
                number(get(c, "macroF1Ratio"), 3)},
               widths)
        << "\n";
    out << "  " << get(get(c, "svm").toObject(), "topics").toInt() << " topics with a model, "
        << bytes(get(get(c, "svm").toObject(), "modelBytes").toDouble()) << " saved; labelled set read in "
        << number(get(c, "readMs"), 0) << " ms; " << get(c, "threads").toInt() << " training threads; RSS "
        << bytes(get(c, "rssAfterTrainingKiB").toDouble() * 1024) << " after training; "
        << number(get(c, "suggestionsAboveThreshold"), 2) << " suggestions above threshold per article\n\n";
}

void printTables(const QJsonObject &report)
{
    QTextStream out(stdout);
    const QJsonObject library = get(report, "library").toObject();
    out << "Newsdesk topic benchmark (" << get(report, "buildType").toString() << " build, "
        << get(report, "cores").toInt() << " cores, load average " << number(get(report, "loadBefore"), 2)
        << " before, " << number(get(report, "loadAfter"), 2) << " after)\n";
    out << "  library   " << get(library, "path").toString() << "\n";
    out << "            " << get(library, "articles").toInt() << " articles ("
        << get(library, "trashed").toInt() << " in the trash), " << get(library, "topics").toInt()
        << " topics, " << get(library, "links").toInt() << " tags (" << get(library, "manualLinks").toInt()
        << " by hand), file " << bytes(get(library, "fileBytes").toDouble()) << "\n";
    if (get(library, "filledNow").toBool())
        out << "  filled in " << number(get(library, "fillSeconds")) << " s (generating "
            << number(get(library, "generateSeconds")) << " s, inserting "
            << number(get(library, "insertSeconds")) << " s, tagging " << number(get(library, "tagSeconds"))
            << " s)\n";
    else
        out << "  reused the existing library (not filled by this run)\n";
    out << "\n";

    const QList<int> widths{34, 10, 10, 10, 10, 11, 7};
    out << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("p95"),
                QStringLiteral("CPU median"), QStringLiteral("target"), QStringLiteral("verdict"),
                QStringLiteral("links")},
               widths)
        << "\n"
        << rule(widths) << "\n";
    const QJsonObject tagging = get(report, "tagging").toObject();
    const QJsonObject filter = get(report, "filter").toObject();
    const QJsonObject classifier = get(report, "classifier").toObject();
    for (const auto &[part, print] : {std::pair{&tagging, &printTagging}, std::pair{&filter, &printFilter},
                                      std::pair{&classifier, &printClassifier}}) {
        if (part->contains(QLatin1String("error")))
            out << "failed: " << get(*part, "error").toString() << "\n";
        else if (!part->isEmpty())
            print(out, *part, widths);
    }
    printListeners(out, tagging);
    out << "\n";
    if (!tagging.isEmpty())
        out << "  tag/untag: " << get(tagging, "runs").toInt()
            << " runs of TagArticles pushed on a QUndoStack, then undone (after one uncounted run); "
               "selections are consecutive\n  rows of the list; \"models listening\": ArticleListModel "
               "holding "
            << get(tagging, "listRowsLoaded").toInt()
            << " rows of the list (untagging: " << get(tagging, "listRowsLoadedUntag").toInt()
            << " of the topic's) and TopicTreeModel with the selection, as in the window.\n";
    if (!filter.isEmpty())
        out << "  filter: every topic of the taxonomy, " << get(filter, "repeats").toInt()
            << " times each; \"model page + counts()\" is MainWindow::applyFilter (the list, and the status "
               "bar's totals);\n  the window shows no count for a topic filter.\n";
    out << "  Verdicts on the p95 of wall time; training on the median. CPU median: the measuring thread's "
           "own "
           "time (training: all\n  threads'), which other work on the machine hardly changes.\n\n";
    if (!classifier.isEmpty() && !classifier.contains(QLatin1String("error")))
        printQuality(out, classifier);
    if (filter.isEmpty() || filter.contains(QLatin1String("error")))
        return;

    out << "Topic filter per topic (first page of " << ArticleListModel::PageSize << " rows)\n";
    const QList<int> topicWidths{24, 9, 8, 10, 10, 10};
    out << row({QStringLiteral("topic"), QStringLiteral("level"), QStringLiteral("hits"),
                QStringLiteral("page"), QStringLiteral("p95"), QStringLiteral("count")},
               topicWidths)
        << "\n"
        << rule(topicWidths) << "\n";
    for (const QJsonValue &value : get(filter, "topics").toArray()) {
        const QJsonObject topic = value.toObject();
        out << row({get(topic, "topic").toString(), get(topic, "level").toString(),
                    QString::number(get(topic, "hits").toInt()),
                    ms(get(topic, "page").toObject(), "medianMs"), ms(get(topic, "page").toObject(), "p95Ms"),
                    ms(get(topic, "count").toObject(), "medianMs")},
                   topicWidths)
            << "\n";
    }
}

QJsonObject libraryReport(Library &library, const QString &path, const FillReport &fill)
{
    QJsonObject report{{QStringLiteral("path"), QDir::toNativeSeparators(path)},
                       {QStringLiteral("fileBytes"), QFileInfo(path).size()},
                       {QStringLiteral("filledNow"), fill.filled}};
    if (const auto counts = library.articles().counts()) {
        report.insert(QStringLiteral("articles"), counts->total);
        report.insert(QStringLiteral("trashed"), counts->trashed);
    }
    if (const auto topics = library.topics().all())
        report.insert(QStringLiteral("topics"), int(topics->size()));
    QSqlQuery links(library.database());
    if (links.exec(QStringLiteral(
            "SELECT count(*), count(*) FILTER (WHERE origin = 'manual') FROM article_topics")) &&
        links.next()) {
        report.insert(QStringLiteral("links"), links.value(0).toInt());
        report.insert(QStringLiteral("manualLinks"), links.value(1).toInt());
    }
    if (fill.filled) {
        report.insert(QStringLiteral("fillSeconds"), fill.seconds);
        report.insert(QStringLiteral("generateSeconds"), fill.generateSeconds);
        report.insert(QStringLiteral("insertSeconds"), fill.insertSeconds);
        report.insert(QStringLiteral("tagSeconds"), fill.extraSeconds);
    }
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-topics"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills a Newsdesk library with synthetic tagged articles and reports tagging 1,000 articles as one "
        "undo step (and its undo), the topic filter's first page, training the topic classifier on 10,000 "
        "confirmed articles, suggestion time, and micro/macro-F1 against complement naive Bayes. Targets: "
        "tag < 200 ms, filter < 50 ms, training < 5 s, suggestion < 5 ms."));
    parser.addHelpOption();
    const auto numberOption = [](const char *name, const char *text, const char *value) {
        return QCommandLineOption(
            QString::fromLatin1(name),
            QStringLiteral("%1 (default %2).").arg(QString::fromLatin1(text), QString::fromLatin1(value)),
            QStringLiteral("N"), QString::fromLatin1(value));
    };
    const QCommandLineOption articlesOption =
        numberOption("articles", "Articles to fill a new library with", "100000");
    const QCommandLineOption runsOption = numberOption("runs", "Tagging runs and filter repeats", "10");
    const QCommandLineOption selectionOption = numberOption("selection", "Articles to tag at once", "1000");
    const QCommandLineOption trainOption = numberOption("train", "Confirmed articles to train on", "10000");
    const QCommandLineOption trainRunsOption = numberOption("train-runs", "Trainings of each model", "3");
    const QCommandLineOption suggestOption =
        numberOption("suggest", "Articles to ask suggestions for", "200");
    const QCommandLineOption libraryOption = BenchLibrary::libraryOption();
    const QCommandLineOption keepOption = BenchLibrary::keepOption();
    const QCommandLineOption toleranceOption(
        QStringLiteral("tolerance"),
        QStringLiteral("The SVM solver's stopping tolerance (default: TopicClassifierOptions', %1).")
            .arg(TopicClassifier::Options().tolerance),
        QStringLiteral("T"), QString::number(TopicClassifier::Options().tolerance));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Run one part: \"filter\", \"classifier\" or \"tagging\"."),
        QStringLiteral("part"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    parser.addOptions({articlesOption, libraryOption, keepOption, runsOption, selectionOption, trainOption,
                       trainRunsOption, suggestOption, toleranceOption, onlyOption, jsonOption});
    parser.process(app);

    bool ok = true;
    const int articleCount = positive(parser, articlesOption, &ok);
    const int runs = positive(parser, runsOption, &ok);
    const int selection = positive(parser, selectionOption, &ok);
    const int trainCount = positive(parser, trainOption, &ok);
    const int trainRunCount = positive(parser, trainRunsOption, &ok);
    const int suggestCount = positive(parser, suggestOption, &ok);
    TopicClassifier::Options svmOptions;
    bool toleranceOk = false;
    svmOptions.tolerance = parser.value(toleranceOption).toDouble(&toleranceOk);
    if (!toleranceOk || svmOptions.tolerance <= 0) {
        err() << "newsdesk-bench-topics: --tolerance takes a positive number" << Qt::endl;
        ok = false;
    }
    const QString only = parser.value(onlyOption);
    const QStringList parts{QStringLiteral("filter"), QStringLiteral("classifier"),
                            QStringLiteral("tagging")};
    if (!only.isEmpty() && !parts.contains(only)) {
        err() << "newsdesk-bench-topics: --only takes \"filter\", \"classifier\" or \"tagging\"" << Qt::endl;
        ok = false;
    }
    if (!ok)
        return 2;

    QJsonObject report{
        {QStringLiteral("buildType"), checkedBuildType(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE))},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("loadBefore"), loadAverage()}};
    BenchLibrary bench(parser.value(libraryOption), parser.isSet(keepOption),
                       QStringLiteral("bench-topics.sqlite"));
    if (!bench.isValid()) {
        err() << "newsdesk-bench-topics: " << bench.errorString() << Qt::endl;
        return 1;
    }
    auto filled =
        bench.fillIfMissing(QStringLiteral("%1 synthetic tagged articles").arg(articleCount),
                            [articleCount](const QString &file) { return fill(file, articleCount); });
    if (!filled) {
        err() << "newsdesk-bench-topics: filling the library failed: " << filled.errorString() << Qt::endl;
        return 1;
    }

    int status = 0;
    {
        auto opened = Library::open(bench.path());
        auto topics = opened ? findTaxonomy(**opened) : Result<TopicIds>(opened.error());
        if (!topics) {
            err() << "newsdesk-bench-topics: " << topics.errorString() << Qt::endl;
            return 1;
        }
        Library &library = **opened;
        report.insert(QStringLiteral("library"), libraryReport(library, bench.path(), *filled));
        // The parts that only read go first, so the tagging runs cannot touch what they read.
        for (const QString &part : parts) {
            if (!only.isEmpty() && part != only)
                continue;
            const QJsonObject result =
                part == parts.at(0) ? benchFilter(library, *topics, runs)
                : part == parts.at(1)
                    ? benchClassifier(library, svmOptions, trainCount, trainRunCount, suggestCount)
                    : benchTagging(library, *topics, selection, runs);
            report.insert(part, result);
            if (result.contains(QLatin1String("error"))) {
                err() << "newsdesk-bench-topics: " << part
                      << " failed: " << result.value(QLatin1String("error")).toString() << Qt::endl;
                status = 1;
            }
        }
    }

    report.insert(QStringLiteral("loadAfter"), loadAverage());
    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTables(report);
    return status;
}
