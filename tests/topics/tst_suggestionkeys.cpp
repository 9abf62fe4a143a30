// Learned suggestions in the window: shown in the detail pane once the background training is done,
// accepted with Y and turned down with N from the list, each one undo step.

#include "TestLibrary.h"
#include "TopicFixture.h"
#include "articles/ArticleDetailPane.h"
#include "articles/ArticleListModel.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "tagging/TopicSuggestions.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestSuggestionKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptAndRejectFromTheKeyboard();

private:
    QTemporaryDir m_dir;
};

void TestSuggestionKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSuggestionKeys::acceptAndRejectFromTheKeyboard()
{
    auto library = Library::open(m_dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(library.ok(), qPrintable(library.errorString()));
    const TopicFixture fixture = fillTopicLibrary(**library, 20);
    MainWindow window(std::move(library).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy trained(window.suggestions(), &SuggestionService::classifierChanged);
    window.suggestions()->retrainNow();
    QVERIFY(trained.wait(30000));

    const qint64 article = fixture.untagged.at(0); // written in the trade topic's words
    QTableView *view = window.articleView();
    view->setFocus();
    view->setCurrentIndex(window.articleModel()->indexOf(article, 0));
    QCOMPARE(window.detailPane()->articleId(), article);
    QVERIFY(!window.detailPane()->suggestions().isEmpty());
    QCOMPARE(window.detailPane()->suggestions().first().topicId, fixture.trade);
    auto *chips = window.detailPane()->findChild<QLabel *>(QStringLiteral("suggestionChips"));
    QVERIFY(chips->text().contains(QLatin1String("Trade disputes")));

    // Y: the article carries the topic as an accepted suggestion, and it is no longer suggested.
    QTest::keyClick(view, Qt::Key_Y);
    auto links = window.library().topics().topicsOf(article).value();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().topicId, fixture.trade);
    QCOMPARE(links.first().origin, TagOrigin::Suggested);
    QVERIFY(links.first().confidence > 0.0 && links.first().confidence <= 1.0);
    for (const TopicSuggestion &suggestion : window.detailPane()->suggestions())
        QVERIFY(suggestion.topicId != fixture.trade);
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QVERIFY(window.library().topics().topicsOf(article).value().isEmpty());
    QCOMPARE(window.detailPane()->suggestions().first().topicId, fixture.trade);

    // N: turned down, remembered as a rejection, not suggested again; undo forgets the rejection.
    QTest::keyClick(view, Qt::Key_N);
    const auto rejections = window.library().topics().rejections().value();
    QVERIFY(rejections.contains(std::make_pair(article, fixture.trade)));
    QVERIFY(window.library().topics().topicsOf(article).value().isEmpty());
    for (const TopicSuggestion &suggestion : window.detailPane()->suggestions())
        QVERIFY(suggestion.topicId != fixture.trade);
    window.undoStack()->undo();
    QVERIFY(!window.library().topics().rejections().value().contains(std::make_pair(article, fixture.trade)));
    QCOMPARE(window.detailPane()->suggestions().first().topicId, fixture.trade);
}

QTEST_MAIN(TestSuggestionKeys)
#include "tst_suggestionkeys.moc"
