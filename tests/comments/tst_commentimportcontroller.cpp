// Comments › Import Comments…: a WXR file imported through the controller on its worker thread, with its
// own library connection; the window's queue model learns of the new comments, the summary counts them.

#include "TestLibrary.h"
#include "comments/CommentImportController.h"
#include "comments/ModerationQueueModel.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "settings/Settings.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestCommentImportController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void importsWxrInTheBackground();

private:
    QTemporaryDir m_dir;
};

void TestCommentImportController::importsWxrInTheBackground()
{
    TestLibrary library;
    // The articles the sample file's comments belong to; its third article is not in the library.
    QList<Article> articles(2);
    articles[0].title = QStringLiteral("Harbour plan");
    articles[0].url = QStringLiteral("https://news.example/2024/05/harbour-plan");
    articles[1].title = QStringLiteral("Rail strike");
    articles[1].url = QStringLiteral("https://news.example/2024/05/rail-strike");
    QVERIFY(library->articles().insert(articles));

    ModerationQueueModel model(*library, CommentQuery());
    QCOMPARE(model.rowCount(), 0);

    QMainWindow window;
    CommentImportController controller(&window, window.statusBar());
    controller.setShowSummary(false);
    controller.setLibrary(library.get());
    QSignalSpy inserted(library.get(), &Library::commentsInserted);
    QSignalSpy finished(&controller, &CommentImportController::finished);
    controller.import({QStringLiteral(TEST_DATA_DIR "/comments/sample.wxr.xml")});
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!controller.isRunning());

    const auto reports = finished.first().at(0).value<QList<CommentImportReport>>();
    QCOMPARE(finished.first().at(1).toStringList(), QStringList());
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first().format.contains(QLatin1String("WXR")));
    QCOMPARE(reports.first().added, 5);
    QCOMPARE(reports.first().skippedCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(library->comments().count().value(), 5);
    QVERIFY2(controller.lastSummary().contains(QLatin1String("5 comment")),
             qPrintable(controller.lastSummary()));

    // The same file again: every comment is already there, nothing is announced.
    controller.import({QStringLiteral(TEST_DATA_DIR "/comments/sample.wxr.xml")});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).value<QList<CommentImportReport>>().first().alreadyThere, 5);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 5);

    // A file that cannot be read is reported, not fatal.
    controller.import({m_dir.filePath(QStringLiteral("nothing-here.xml"))});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).toStringList().size(), 1);
}

QTEST_MAIN(TestCommentImportController)
#include "tst_commentimportcontroller.moc"
