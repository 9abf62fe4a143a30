// Moderation decisions as undo steps: a multi-selection is one step, undo restores each comment exactly
// (status, previous status, reason, decider and time), a step that changes nothing is not kept, and a
// triage run's proposals are applied and undone as one step.

#include "CommentFixture.h"
#include "TestLibrary.h"
#include "comments/CommentCommands.h"
#include "comments/ModerationQueueModel.h"
#include "moderation/ModerationSettings.h"
#include "moderation/Triage.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

/// What an exact undo must give back.
struct Snapshot
{
    CommentStatus status;
    std::optional<CommentStatus> previous;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;

    static Snapshot of(Library &library, qint64 id)
    {
        const Comment comment = library.comments().find(id).value();
        return {comment.status, comment.previousStatus, comment.reason, comment.decidedBy, comment.decidedAt};
    }
    bool operator==(const Snapshot &) const = default;
};

} // namespace

class TestCommentCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void decisionOnASelectionIsOneExactStep();
    void commentsAlreadyThereAreLeftAlone();
    void describesEveryDecision();
    void triageIsAppliedAndUndoneAsOneStep();
    void addedCommentIsUndoneAndRedoneExactly();
};

void TestCommentCommands::decisionOnASelectionIsOneExactStep()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments{
        makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10),
        makeComment(article, QStringLiteral("Bo"), QStringLiteral("two"), 20, CommentStatus::Spam),
        makeComment(article, QStringLiteral("Cy"), QStringLiteral("three"), 30),
    };
    comments[1].reason = QStringLiteral("disallowed key “casino”");
    comments[1].decidedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    const QList<qint64> ids = library->comments().insert(comments).value();
    QList<Snapshot> before;
    for (qint64 id : ids)
        before << Snapshot::of(*library, id);
    const int logBefore = int(library->comments().log().value().size());

    QUndoStack stack;
    QSignalSpy moderated(library.get(), &Library::commentsModerated);
    stack.push(new SetCommentStatus(*library, ids, CommentStatus::Approved));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(moderated.size(), 1);
    QCOMPARE(moderated.first().first().value<QList<qint64>>(), ids);
    for (qint64 id : ids) {
        const Comment comment = library->comments().find(id).value();
        QCOMPARE(comment.status, CommentStatus::Approved);
        QCOMPARE(comment.decidedBy, QString(DecidedBy::Curator));
        QVERIFY(comment.reason.isEmpty());
    }
    const auto log = library->comments().log().value();
    QCOMPARE(log.size(), logBefore + 3);
    QCOMPARE(log.last().actor, QString(DecidedBy::Curator));
    QCOMPARE(log.at(logBefore + 1).from, std::optional<CommentStatus>(CommentStatus::Spam));

    stack.undo();
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY2(Snapshot::of(*library, ids.at(i)) == before.at(i), qPrintable(QString::number(i)));
    QCOMPARE(library->comments().log().value().size(), logBefore + 6); // the undo is in the log too

    stack.redo();
    for (qint64 id : ids)
        QCOMPARE(library->comments().find(id).value().status, CommentStatus::Approved);
    stack.undo();
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(Snapshot::of(*library, ids.at(i)) == before.at(i));
}

void TestCommentCommands::commentsAlreadyThereAreLeftAlone()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const QList<qint64> ids =
        library->comments()
            .insert({makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10,
                                 CommentStatus::Approved),
                     makeComment(article, QStringLiteral("Bo"), QStringLiteral("two"), 20)})
            .value();
    const Snapshot approved = Snapshot::of(*library, ids.first());
    QUndoStack stack;
    // Approving both changes only the pending one, and the step says so.
    auto *command = new SetCommentStatus(*library, ids, CommentStatus::Approved);
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(command->changedIds(), QList<qint64>{ids.last()});
    QCOMPARE(command->text(), SetCommentStatus::describe(CommentStatus::Approved, 1));
    QVERIFY(Snapshot::of(*library, ids.first()) == approved);
    stack.undo();
    QVERIFY(Snapshot::of(*library, ids.first()) == approved);
    QCOMPARE(library->comments().find(ids.last()).value().status, CommentStatus::Pending);

    // A decision that changes nothing is not kept as a step.
    stack.push(new SetCommentStatus(*library, {ids.first()}, CommentStatus::Approved));
    QCOMPARE(stack.count(), 0);
}

void TestCommentCommands::describesEveryDecision()
{
    QStringList texts;
    for (CommentStatus status : CommentText::allStatuses()) {
        const QString text = SetCommentStatus::describe(status, 3);
        QVERIFY(text.contains(QLatin1Char('3')));
        texts << text;
    }
    QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), texts.size());
    QVERIFY(SetCommentStatus::describe(CommentStatus::Approved, 2).startsWith(QLatin1String("Approve")));
}

void TestCommentCommands::triageIsAppliedAndUndoneAsOneStep()
{
    TestLibrary library;
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.moderationKeys = {QStringLiteral("refund")};
    settings.autoApproveKnownAuthors = false;
    QVERIFY(settings.save(*library));
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const QList<qint64> ids =
        library->comments()
            .insert(
                {makeComment(article, QStringLiteral("Ann"), QStringLiteral("Best casino bonus here"), 10),
                 makeComment(article, QStringLiteral("Bo"), QStringLiteral("A thoughtful reply."), 20),
                 makeComment(article, QStringLiteral("Cy"), QStringLiteral("I want a refund"), 30)})
            .value();
    const auto run = Triage::run(*library);
    QVERIFY2(run, qPrintable(run.errorString()));
    QCOMPARE(run->proposals.size(), 3);

    QUndoStack stack;
    auto *command = new ApplyTriage(*library, run->proposals);
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(command->changedIds(), QList<qint64>{ids.first()});
    const Comment spam = library->comments().find(ids.first()).value();
    QCOMPARE(spam.status, CommentStatus::Spam);
    QCOMPARE(spam.decidedBy, QString(DecidedBy::Rules));
    QVERIFY(spam.reason.contains(QLatin1String("casino")));
    QCOMPARE(library->comments().find(ids.at(2)).value().status, CommentStatus::Pending);

    stack.undo();
    const Comment restored = library->comments().find(ids.first()).value();
    QCOMPARE(restored.status, CommentStatus::Pending);
    QVERIFY(restored.decidedBy.isEmpty());
    QVERIFY(restored.reason.isEmpty());
    stack.redo();
    QCOMPARE(library->comments().find(ids.first()).value().status, CommentStatus::Spam);
}

void TestCommentCommands::addedCommentIsUndoneAndRedoneExactly()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const qint64 answered =
        library->comments()
            .insert(makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10))
            .value();
    const int before = library->comments().count().value();
    // The queue as the moderation page shows it, every status, so the curator's approved reply is listed.
    CommentQuery all;
    ModerationQueueModel model(*library, all);
    const int rowsBefore = model.rowCount();

    Comment reply = makeComment(article, QStringLiteral("Curator"), QStringLiteral("Thanks, fixed."), 20,
                                CommentStatus::Approved);
    reply.parentId = answered;
    reply.decidedBy = DecidedBy::Curator;
    QUndoStack stack;
    auto *command = new AddComment(*library, reply);
    QSignalSpy removed(library.get(), &Library::commentsRemoved);
    stack.push(command);
    const qint64 id = command->commentId();
    QVERIFY(id > 0);
    QCOMPARE(stack.undoText(), AddComment::tr("Reply to a comment"));
    const Comment added = library->comments().find(id).value();
    QCOMPARE(added.parentId, answered);
    QCOMPARE(added.status, CommentStatus::Approved);
    QCOMPARE(added.bodyText, QStringLiteral("Thanks, fixed."));
    QCOMPARE(library->comments().count().value(), before + 1);
    QCOMPARE(model.rowCount(), rowsBefore + 1);
    QVERIFY(model.indexOf(id).isValid());

    stack.undo();
    QVERIFY(!library->comments().find(id));
    QCOMPARE(library->comments().count().value(), before);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(model.rowCount(), rowsBefore);
    QVERIFY(!model.indexOf(id).isValid());

    // A step pushed after this one names the comment by id: redo must bring back the same one.
    stack.redo();
    const Comment again = library->comments().find(id).value();
    QCOMPARE(again.id, added.id);
    QCOMPARE(again.parentId, added.parentId);
    QCOMPARE(again.author, added.author);
    QCOMPARE(again.body, added.body);
    QCOMPARE(again.bodyText, added.bodyText);
    QCOMPARE(again.postedAt, added.postedAt);
    QCOMPARE(again.importedAt, added.importedAt);
    QCOMPARE(again.status, added.status);
    QCOMPARE(again.decidedBy, added.decidedBy);
    QCOMPARE(again.decidedAt, added.decidedAt);
    QCOMPARE(library->comments().count().value(), before + 1);
    QVERIFY(model.indexOf(id).isValid());

    stack.push(new SetCommentStatus(*library, {id}, CommentStatus::Spam));
    stack.undo();
    stack.undo();
    stack.redo();
    stack.redo();
    QCOMPARE(library->comments().find(id).value().status, CommentStatus::Spam);
}

QTEST_GUILESS_MAIN(TestCommentCommands)
#include "tst_commentcommands.moc"
