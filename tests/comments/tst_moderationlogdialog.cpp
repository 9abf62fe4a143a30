// The moderation log dialog: every decision newest first, with who, which comment, from, to and why, and
// its CSV export written whole through SaveFile.

#include "CommentFixture.h"
#include "TestLibrary.h"
#include "comments/CommentCommands.h"
#include "comments/ModerationLogDialog.h"
#include "comments/ModerationLogModel.h"
#include "moderation/ModerationLog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestModerationLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheLogNewestFirst();
    void exportsCsv();
    void exportFailsCleanly();
};

void TestModerationLogDialog::showsTheLogNewestFirst()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const QList<qint64> ids =
        library->comments()
            .insert({makeComment(article, QStringLiteral("Ann"), QStringLiteral("First words here"), 10),
                     makeComment(article, QStringLiteral("Bo"), QStringLiteral("Second"), 20)})
            .value();
    QUndoStack stack;
    stack.push(new SetCommentStatus(*library, {ids.first()}, CommentStatus::Approved));
    QVERIFY(library->comments().setStatus({ids.last()}, CommentStatus::Spam, DecidedBy::Rules,
                                          QStringLiteral("disallowed key “casino”")));

    ModerationLogDialog dialog(*library);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.view()->model(), dialog.model());
    QAbstractItemModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ModerationLogModel::Who).data().toString(),
             ModerationLogModel::actorLabel(QStringLiteral("rules")));
    QCOMPARE(model->index(0, ModerationLogModel::From).data().toString(),
             CommentText::statusLabel(CommentStatus::Pending));
    QCOMPARE(model->index(0, ModerationLogModel::To).data().toString(),
             CommentText::statusLabel(CommentStatus::Spam));
    QCOMPARE(model->index(0, ModerationLogModel::Why).data().toString(),
             QStringLiteral("disallowed key “casino”"));
    QCOMPARE(model->index(0, 0).data(ModerationLogModel::CommentIdRole).toLongLong(), ids.last());
    QCOMPARE(model->index(1, ModerationLogModel::Who).data().toString(),
             ModerationLogModel::actorLabel(QStringLiteral("curator")));
    QVERIFY(model->index(1, ModerationLogModel::Comment)
                .data()
                .toString()
                .startsWith(QLatin1String("Ann: First words")));
    QVERIFY(!model->index(1, ModerationLogModel::When).data().toString().isEmpty());

    // It follows decisions made while it is open, undo included.
    stack.undo();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ModerationLogModel::To).data().toString(),
             CommentText::statusLabel(CommentStatus::Pending));

    // A purged comment's entries stay, and say so.
    QVERIFY(library->articles().moveToTrash({article}));
    QVERIFY(library->articles().purge({article}));
    dialog.model()->reload();
    QVERIFY(model->index(0, ModerationLogModel::Comment)
                .data()
                .toString()
                .contains(QString::number(ids.first())));
}

void TestModerationLogDialog::exportsCsv()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const QList<qint64> ids =
        library->comments()
            .insert({makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10),
                     makeComment(article, QStringLiteral("Bo"), QStringLiteral("two"), 20)})
            .value();
    QVERIFY(library->comments().setStatus(ids, CommentStatus::Spam, DecidedBy::Rules,
                                          QStringLiteral("=cmd, with \"quotes\"")));
    QUndoStack stack;
    stack.push(new SetCommentStatus(*library, {ids.first()}, CommentStatus::Approved));

    ModerationLogDialog dialog(*library);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    const Status written = dialog.exportCsv(path);
    QVERIFY2(written, qPrintable(written.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, moderationLogCsv(library->comments().log().value()));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("id,comment_id,at,actor,from,to,reason\r"));
    QCOMPARE(lines.size(), 5); // a header, three decisions and the end of the last line
    QVERIFY(lines.at(1).contains(",rules,pending,spam,\"'=cmd, with \"\"quotes\"\"\"\r"));
    QVERIFY(lines.at(3).startsWith(QByteArray::number(3) + ',' + QByteArray::number(ids.first()) + ','));
    QVERIFY(lines.at(3).contains(",curator,spam,approved,"));
}

void TestModerationLogDialog::exportFailsCleanly()
{
    TestLibrary library;
    ModerationLogDialog dialog(*library);
    const Status written = dialog.exportCsv(library.dir() + QStringLiteral("/no/such/folder/log.csv"));
    QVERIFY(!written);
    QVERIFY(!written.errorString().isEmpty());
}

QTEST_MAIN(TestModerationLogDialog)
#include "tst_moderationlogdialog.moc"
