// Run Rules on Pending: a dry run in the background that lists what the rules would do with each pending
// comment and changes nothing, then Apply as one undo step.

#include "CommentFixture.h"
#include "TestLibrary.h"
#include "comments/ModerationView.h"
#include "comments/TriageDialog.h"
#include "moderation/ModerationSettings.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestTriageDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunThenApplyAsOneStep();
    void nothingToApply();

private:
    QTemporaryDir m_dir;
};

void TestTriageDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestTriageDialog::dryRunThenApplyAsOneStep()
{
    TestLibrary library;
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.autoApproveKnownAuthors = true;
    const Status saved = settings.save(*library);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const QList<qint64> ids =
        library->comments()
            .insert(
                {makeComment(article, QStringLiteral("Ann"), QStringLiteral("Thanks, good piece."), 10,
                             CommentStatus::Approved),
                 makeComment(article, QStringLiteral("Ann"), QStringLiteral("And another thought."), 20),
                 makeComment(article, QStringLiteral("Bo"), QStringLiteral("Win at the casino today"), 30),
                 makeComment(article, QStringLiteral("Cy"), QStringLiteral("Plain comment."), 40)})
            .value();

    TriageDialog dialog(*library);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyTriageButton"));
    QVERIFY(!apply->isEnabled()); // nothing to apply before the run is over
    QSignalSpy finished(&dialog, &TriageDialog::runFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.errorString().isEmpty(), qPrintable(dialog.errorString()));
    QCOMPARE(dialog.proposals().size(), 3);
    QCOMPARE(dialog.decisionCount(), 2);
    QVERIFY(apply->isEnabled());
    // What would change comes first, with the proposed status and the reason; nothing has changed yet.
    QAbstractItemModel *model = dialog.model();
    QStringList proposed;
    for (int row = 0; row < 2; ++row)
        proposed << model->index(row, 1).data().toString();
    proposed.sort();
    QCOMPARE(proposed, (QStringList{CommentText::statusLabel(CommentStatus::Approved),
                                    CommentText::statusLabel(CommentStatus::Spam)}));
    QVERIFY(model->index(2, 0).data().toString().startsWith(QLatin1String("Cy: Plain comment.")));
    for (qint64 id : ids.mid(1))
        QCOMPARE(library->comments().find(id).value().status, CommentStatus::Pending);

    QUndoStack stack;
    ModerationView view(&stack);
    view.setLibrary(library.get());
    view.applyTriage(dialog.proposals());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(library->comments().find(ids.at(1)).value().status, CommentStatus::Approved);
    QCOMPARE(library->comments().find(ids.at(2)).value().status, CommentStatus::Spam);
    QCOMPARE(library->comments().find(ids.at(2)).value().decidedBy, QString(DecidedBy::Rules));
    QCOMPARE(library->comments().find(ids.at(3)).value().status, CommentStatus::Pending);
    stack.undo();
    for (qint64 id : ids.mid(1))
        QCOMPARE(library->comments().find(id).value().status, CommentStatus::Pending);
    stack.clear();
}

void TestTriageDialog::nothingToApply()
{
    TestLibrary library;
    TriageDialog dialog(*library);
    QSignalSpy finished(&dialog, &TriageDialog::runFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.proposals().isEmpty());
    QCOMPARE(dialog.decisionCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyTriageButton"))->isEnabled());
}

QTEST_MAIN(TestTriageDialog)
#include "tst_triagedialog.moc"
