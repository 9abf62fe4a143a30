// The scenarios that read the library as the article list does: opening it with the first page shown,
// scrolling, full-text search and filters. Each goes through ArticleListModel, as the window does, and
// asks data() for the rows a view paints.

#include "NewsroomLibrary.h"
#include "SuiteScenario.h"

#include "articles/ArticleListModel.h"
#include "mainwindow/ArticleCountsReader.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

namespace Newsdesk::Bench {

namespace {

/// Rows a list view shows at once in a maximised window.
constexpr int VisibleRows = 40;
/// Rows a scroll run goes through: 25 pages of the model, as a curator paging down through weeks of news.
constexpr int ScrolledRows = 5000;
constexpr double OpenTargetMs = 300;
constexpr double SearchTargetMs = 30;
constexpr double FilterTargetMs = 30;
/// Searches and filters are cheap next to a start: each is repeated at least this often for its p95.
constexpr int MinimumRepeats = 20;

/// What a view asks of each visible cell when it paints.
const int PaintRoles[] = {Qt::DisplayRole,    Qt::DecorationRole,    Qt::FontRole,
                          Qt::ForegroundRole, Qt::TextAlignmentRole, Qt::ToolTipRole};

/// Asks for every cell of rows [first, first + count) as a painting view would; returns the characters seen,
/// so the work cannot be optimised away.
qsizetype paint(const ArticleListModel &model, int first, int count)
{
    qsizetype seen = 0;
    const int last = std::min(model.rowCount(), first + count);
    for (int row = first; row < last; ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (const int role : PaintRoles)
                seen += model.data(model.index(row, column), role).toString().size();
    return seen;
}

Result<std::unique_ptr<Library>> openLibrary(const SuiteOptions &options)
{
    return Library::open(options.library);
}

Error modelError(const ArticleListModel &model)
{
    return Error{Error::Code::Failed, model.errorString()};
}

/// Opening the library and showing the first page: one sample per process (the suite starts one per run).
Result<ScenarioResult> openAndFirstPage(const SuiteOptions &options)
{
    ScenarioResult result;
    Measure &open = result.add(QStringLiteral("open.library"), QStringLiteral("Open the library file"));
    Measure &total = result.add(QStringLiteral("open.firstPage"), QStringLiteral("Open + first page painted"),
                                OpenTargetMs);
    QElapsedTimer clock;
    clock.start();
    auto library = openLibrary(options);
    if (!library)
        return library.error();
    open.samples << elapsedMs(clock.nsecsElapsed());
    ArticleListModel model(**library, nullptr);
    const qsizetype seen = paint(model, 0, VisibleRows);
    // The window's status line says how many articles the list holds.
    const auto counted = (*library)->articles().count(model.query());
    total.samples << elapsedMs(clock.nsecsElapsed());
    if (!model.errorString().isEmpty())
        return modelError(model);
    if (!counted)
        return counted.error();
    result.steadyKiB = residentKiB();
    result.details.insert(QStringLiteral("articles"), *counted);
    result.details.insert(QStringLiteral("rowsLoaded"), model.rowCount());
    result.details.insert(QStringLiteral("charactersPainted"), qint64(seen));
    return result;
}

/// Paging down through the list: each step shows the next screenful, fetching the next page of the model
/// when the view reaches its end, as QAbstractItemView does.
Result<ScenarioResult> scroll(const SuiteOptions &options)
{
    ScenarioResult result;
    Measure &step = result.add(QStringLiteral("scroll.step"),
                               QStringLiteral("Scroll one screen (data() of visible rows)"));
    Measure &fetch =
        result.add(QStringLiteral("scroll.fetchMore"), QStringLiteral("Scroll past a page (fetchMore)"));
    auto library = openLibrary(options);
    if (!library)
        return library.error();
    ArticleListModel model(**library, nullptr);
    qsizetype seen = 0;
    QElapsedTimer clock;
    for (int first = 0; first < ScrolledRows; first += VisibleRows) {
        clock.start();
        bool fetched = false;
        while (first + VisibleRows > model.rowCount() && model.canFetchMore({})) {
            model.fetchMore({});
            fetched = true;
        }
        if (first >= model.rowCount())
            break;
        seen += paint(model, first, VisibleRows);
        (fetched ? fetch : step).samples << elapsedMs(clock.nsecsElapsed());
    }
    if (!model.errorString().isEmpty())
        return modelError(model);
    result.steadyKiB = residentKiB();
    result.details.insert(QStringLiteral("rowsScrolled"), model.rowCount());
    result.details.insert(QStringLiteral("charactersPainted"), qint64(seen));
    return result;
}

/// Shows query as the window does (MainWindow::applyFilter): the status bar's count starts on the counting
/// thread, the first page is read and its visible rows painted here meanwhile, and the figure is taken once
/// both are shown.
Status show(ArticleListModel &model, ArticleCountsReader &counter, const QString &libraryPath,
            const ArticleQuery &query)
{
    std::optional<StatusCounts> counted;
    QEventLoop waitForCount;
    const auto connection = QObject::connect(&counter, &ArticleCountsReader::counted, &waitForCount,
                                             [&](const StatusCounts &counts) {
                                                 counted = counts;
                                                 waitForCount.quit();
                                             });
    counter.discard();
    counter.request(libraryPath, query);
    model.setQuery(query);
    paint(model, 0, VisibleRows);
    if (!counted)
        waitForCount.exec();
    QObject::disconnect(connection);
    if (!model.errorString().isEmpty())
        return modelError(model);
    if (!counted->error.isEmpty())
        return Error{Error::Code::Failed, counted->error};
    return {};
}

struct TimedQuery
{
    QString key;
    QString label;
    ArticleQuery query;
    double target;
};

/// Runs each query repeats times, alternating between them so that no query has the caches to itself.
Result<ScenarioResult> timeQueries(const SuiteOptions &options, const QList<TimedQuery> &queries)
{
    ScenarioResult result;
    auto library = openLibrary(options);
    if (!library)
        return library.error();
    ArticleListModel model(**library, nullptr);
    // The window's counting thread opens its connection with the library: the first count is not timed.
    ArticleCountsReader counter;
    if (Status warm = show(model, counter, (*library)->path(), model.query()); !warm)
        return warm.error();
    for (const TimedQuery &timed : queries)
        result.add(timed.key, timed.label, timed.target);
    QElapsedTimer clock;
    const int repeats = std::max(options.runs, MinimumRepeats);
    for (int repeat = 0; repeat < repeats; ++repeat) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            // Back to the plain list between searches, as when the curator clears the field.
            model.setQuery(ArticleQuery());
            clock.start();
            const Status shown = show(model, counter, (*library)->path(), queries.at(i).query);
            result.measures[i].samples << elapsedMs(clock.nsecsElapsed());
            if (!shown)
                return shown.error();
        }
    }
    result.steadyKiB = residentKiB();
    // How many articles each query keeps, untimed: the window shows it only for a search.
    QJsonObject hits;
    for (const TimedQuery &timed : queries) {
        const auto counted = (*library)->articles().count(timed.query);
        if (!counted)
            return counted.error();
        hits.insert(timed.key, *counted);
    }
    result.details.insert(QStringLiteral("matches"), hits);
    return result;
}

ArticleQuery searchFor(const QString &text)
{
    ArticleQuery query;
    query.search = text;
    query.sort = ArticleSortKey::Relevance;
    query.order = Qt::AscendingOrder; // best match first: bm25 ranks are negative
    return query;
}

Result<ScenarioResult> search(const SuiteOptions &options)
{
    // The shapes a curator types; the window makes the last word a prefix as they type.
    const QList<TimedQuery> queries{
        {QStringLiteral("fts.word"), QStringLiteral("Search: a common word"),
         searchFor(QStringLiteral("summit")), SearchTargetMs},
        {QStringLiteral("fts.twoWords"), QStringLiteral("Search: two words"),
         searchFor(QStringLiteral("trade tariffs")), SearchTargetMs},
        {QStringLiteral("fts.phrase"), QStringLiteral("Search: a phrase"),
         searchFor(QStringLiteral("\"trade dispute\"")), SearchTargetMs},
        {QStringLiteral("fts.prefix"), QStringLiteral("Search: a prefix"),
         searchFor(QStringLiteral("elect*")), SearchTargetMs},
        {QStringLiteral("fts.rare"), QStringLiteral("Search: a rare word"),
         searchFor(QStringLiteral("telescope")), SearchTargetMs},
        {QStringLiteral("fts.withTopic"), QStringLiteral("Search: a word in a topic"),
         searchFor(QStringLiteral("minister topic:\"Diplomacy\"")), SearchTargetMs},
        {QStringLiteral("fts.byDate"), QStringLiteral("Search: a word by newest"),
         [] {
             ArticleQuery query;
             query.search = QStringLiteral("election");
             return query; // sorted by date, as when the curator keeps the list's order
         }(),
         SearchTargetMs},
    };
    return timeQueries(options, queries);
}

Result<ScenarioResult> filter(const SuiteOptions &options)
{
    auto library = openLibrary(options);
    if (!library)
        return library.error();
    auto trade = (*library)->topics().findByName(QStringLiteral("Trade"));
    auto desk = (*library)->topics().findByName(newsroomDeskRoot());
    if (!trade || !desk)
        return (!trade ? trade : desk).error();
    if (trade->isEmpty() || desk->isEmpty())
        return Error{Error::Code::Failed,
                     QStringLiteral("the library has no desk topics: is it a newsroom library?")};
    library->reset();

    ArticleQuery topic;
    topic.topicId = trade->first();
    ArticleQuery subtree; // the root of the desk: every desk topic below it
    subtree.topicId = desk->first();
    ArticleQuery status;
    status.status = ArticleStatus::Selected;
    ArticleQuery both = topic;
    both.status = ArticleStatus::Selected;
    const QList<TimedQuery> queries{
        {QStringLiteral("filter.topic"), QStringLiteral("Filter: one topic"), topic, FilterTargetMs},
        {QStringLiteral("filter.topicTree"), QStringLiteral("Filter: a topic and all below it"), subtree,
         FilterTargetMs},
        {QStringLiteral("filter.status"), QStringLiteral("Filter: status"), status, FilterTargetMs},
        {QStringLiteral("filter.topicStatus"), QStringLiteral("Filter: topic and status"), both,
         FilterTargetMs},
    };
    return timeQueries(options, queries);
}

} // namespace

QList<Scenario> libraryScenarios()
{
    return {
        {QStringLiteral("open"),
         QStringLiteral("Opening the library and painting the first page of the list"), openAndFirstPage,
         true},
        {QStringLiteral("scroll"),
         QStringLiteral("Scrolling the list: data() for the visible rows, fetching pages"), scroll, false},
        {QStringLiteral("search"),
         QStringLiteral("Full-text search in several shapes, with snippets and the status bar's counts"), search, false},
        {QStringLiteral("filter"), QStringLiteral("Filtering by topic and status"), filter, false},
    };
}

} // namespace Newsdesk::Bench
