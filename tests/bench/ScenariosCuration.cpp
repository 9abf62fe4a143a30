// The scenarios of a curator's hands: tagging 1,000 articles as one undo step and undoing it, and opening
// the moderation queue and deciding down it from the keyboard. Both go through the window's models and
// undo commands, and leave the library as they found it.

#include "NewsroomLibrary.h"
#include "QueueDecisions.h"
#include "SuiteScenario.h"

#include "comments/ModerationQueueModel.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"
#include "topics/TopicCommands.h"
#include "topics/TopicTreeModel.h"

#include <QElapsedTimer>
#include <QUndoStack>

namespace Newsdesk::Bench {

namespace {

constexpr int TaggedArticles = 1000;
constexpr double TagTargetMs = 200;
constexpr double QueueOpenTargetMs = 300;
constexpr double DecisionTargetMs = 16;
/// Decisions a run makes down the queue: a curator's burst through the morning's comments.
constexpr int Decisions = 50;

/// 1,000 articles of the list (a selection the curator made with Shift+End) tagged with a topic and
/// untagged again by undo, runs times; the topic tree shows the selection's counts, as in the window.
Result<ScenarioResult> tagging(const SuiteOptions &options)
{
    auto library = Library::open(options.library);
    if (!library)
        return library.error();
    auto topic = (*library)->topics().findByName(QStringLiteral("Climate"));
    if (!topic)
        return topic.error();
    if (topic->isEmpty())
        return Error{Error::Code::Failed,
                     QStringLiteral("the library has no desk topics: is it a newsroom library?")};
    ArticleQuery query;
    query.status = ArticleStatus::New;
    auto page = (*library)->articles().page(query, std::nullopt, TaggedArticles);
    if (!page)
        return page.error();
    QList<qint64> selection;
    for (const ArticleRow &row : std::as_const(*page))
        selection << row.id;

    ScenarioResult result;
    Measure &tag = result.add(QStringLiteral("tag.apply"),
                              QStringLiteral("Tag 1,000 articles (one undo step)"), TagTargetMs);
    Measure &undo =
        result.add(QStringLiteral("tag.undo"), QStringLiteral("Undo tagging 1,000 articles"), TagTargetMs);
    QUndoStack stack;
    TopicTreeModel tree(**library, &stack);
    tree.setSelectedArticles(selection);
    for (int run = 0; run < std::max(options.runs, 5); ++run) {
        QElapsedTimer clock;
        clock.start();
        stack.push(new TagArticles(**library, selection, {topic->first()}, true));
        tag.samples << elapsedMs(clock.nsecsElapsed());
        clock.start();
        stack.undo();
        undo.samples << elapsedMs(clock.nsecsElapsed());
    }
    result.details.insert(QStringLiteral("articles"), qint64(selection.size()));
    return result;
}

/// The moderation page opened as the window opens it (the first page of pending comments, the counts in
/// the status filter, the total); one sample per process.
Result<ScenarioResult> queueOpen(const SuiteOptions &options)
{
    ScenarioResult result;
    Measure &open = result.add(QStringLiteral("moderation.open"), QStringLiteral("Open the moderation queue"),
                               QueueOpenTargetMs);
    QElapsedTimer clock;
    clock.start();
    auto library = Library::open(options.library);
    if (!library)
        return library.error();
    ModerationQueueModel model(**library);
    const auto counts = (*library)->comments().countsByStatus();
    if (!counts)
        return counts.error();
    const int pending = model.totalCount();
    open.samples << elapsedMs(clock.nsecsElapsed());
    if (!model.errorString().isEmpty())
        return Error{Error::Code::Failed, model.errorString()};
    result.steadyKiB = residentKiB();
    result.details.insert(QStringLiteral("pending"), pending);
    qint64 all = 0;
    for (const int count : *counts)
        all += count;
    result.details.insert(QStringLiteral("comments"), all);
    return result;
}

/// Decisions down the queue as ModerationView::decide() makes them from the keyboard: the decision (the
/// comment leaves the pending list), the next row made current, and what the reading pane reads. Every
/// decision is undone afterwards, so the library is left as it was.
Result<ScenarioResult> decisions(const SuiteOptions &options)
{
    auto library = Library::open(options.library);
    if (!library)
        return library.error();
    ScenarioResult result;
    Measure &decide = result.add(QStringLiteral("moderation.decide"),
                                 QStringLiteral("Decide and move to the next"), DecisionTargetMs);
    ModerationQueueModel model(**library);
    QUndoStack undoStack;
    auto decided = decideDownQueue(**library, model, undoStack, Decisions);
    if (!decided)
        return decided.error();
    decide.samples = *decided;
    while (undoStack.canUndo())
        undoStack.undo();
    result.details.insert(QStringLiteral("decisions"), qint64(decide.samples.size()));
    return result;
}

} // namespace

QList<Scenario> curationScenarios()
{
    return {
        {QStringLiteral("moderation-open"), QStringLiteral("Opening the moderation queue"), queueOpen, true},
        {QStringLiteral("moderation-decide"),
         QStringLiteral("Deciding down the moderation queue, then undoing"), decisions},
        {QStringLiteral("tagging"), QStringLiteral("Tagging 1,000 articles as one undo step, and undoing it"),
         tagging},
    };
}

} // namespace Newsdesk::Bench
