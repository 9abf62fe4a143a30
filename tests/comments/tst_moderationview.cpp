// The moderation page driven from the keyboard as a curator drives it: A, S, R and U decide and move on
// to the next comment, J and K walk the queue, Z undoes; a multi-selection and an author's whole list
// are one undo step each; the reading pane shows the comment and its conversation and loads nothing.

#include "CommentFixture.h"
#include "TestLibrary.h"
#include "comments/CommentReadingPane.h"
#include "comments/ModerationQueueModel.h"
#include "comments/ModerationView.h"
#include "settings/Settings.h"
#include "widgets/OfflineTextBrowser.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestModerationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnThePendingQueue();
    void keysDecideAndMoveOn();
    void keysWalkTheQueue();
    void zUndoesAndSelectsTheCommentsAgain();
    void endOfTheListKeepsASaneCursor();
    void multiSelectionIsOneStep();
    void backToPendingFromAnotherStatus();
    void lettersTypedInFiltersStayLetters();
    void readingPaneShowsTheConversation();
    void readingPaneLoadsNothing();
    void authorViewApprovesAllAsOneStep();
    void articleScope();

private:
    QTableView *queue() const { return m_view->queueView(); }
    ModerationQueueModel *model() const { return m_view->model(); }
    qint64 currentId() const { return m_view->currentCommentId(); }
    qint64 idAt(int row) const { return model()->commentAt(model()->index(row, 0)); }
    CommentStatus statusOf(qint64 id) const { return (*m_library)->comments().find(id).value().status; }
    void press(Qt::Key key) { QTest::keyClick(queue(), key); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ModerationView> m_view;
    qint64 m_article = 0;
    QList<qint64> m_ids; ///< the pending comments, newest first, as the queue shows them
};

void TestModerationView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestModerationView::init()
{
    m_library = std::make_unique<TestLibrary>();
    Library &library = **m_library;
    m_article = addArticle(library, QStringLiteral("Harbour dredging starts in spring"));
    QList<Comment> comments;
    for (int i = 0; i < 6; ++i)
        comments << makeComment(m_article, QStringLiteral("Reader %1").arg(i),
                                QStringLiteral("Comment number %1.").arg(i), 1000 - i * 10);
    // A reply to the first, and an approved comment nobody needs to look at.
    comments << makeComment(m_article, QStringLiteral("Replier"), QStringLiteral("I disagree with that."), 10,
                            CommentStatus::Pending, -1);
    comments << makeComment(m_article, QStringLiteral("Old Hand"), QStringLiteral("Approved long ago."), 5,
                            CommentStatus::Approved);
    const QList<qint64> ids = library.comments().insert(comments).value();
    m_ids = ids.mid(0, 7);

    m_stack = std::make_unique<QUndoStack>();
    m_view = std::make_unique<ModerationView>(m_stack.get());
    m_view->setLibrary(&library);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    queue()->setFocus();
    QVERIFY(model());
}

void TestModerationView::cleanup()
{
    m_stack->clear();
    m_view.reset();
    m_stack.reset();
    m_library.reset();
}

void TestModerationView::opensOnThePendingQueue()
{
    QCOMPARE(m_view->statusFilter(), std::optional<CommentStatus>(CommentStatus::Pending));
    QCOMPARE(model()->rowCount(), 7);
    QCOMPARE(m_view->pendingCount(), 7);
    QCOMPARE(currentId(), m_ids.first());
    QCOMPARE(m_view->readingPane()->commentId(), m_ids.first());
    QVERIFY(m_view->statusText().contains(QLatin1String("7")));
    auto *status = m_view->findChild<QComboBox *>(QStringLiteral("commentStatusFilter"));
    QVERIFY(status->itemText(0).contains(QLatin1String("(7)")));
    // One status listed: the status column says nothing new and is hidden.
    QVERIFY(queue()->isColumnHidden(ModerationQueueModel::Status));
    QVERIFY(m_view->decisionAction(CommentStatus::Approved)->isEnabled());
}

void TestModerationView::keysDecideAndMoveOn()
{
    QSignalSpy pending(m_view.get(), &ModerationView::pendingCountChanged);
    press(Qt::Key_A);
    QCOMPARE(statusOf(m_ids.at(0)), CommentStatus::Approved);
    QCOMPARE(m_stack->count(), 1);
    // The decided comment left the queue; the next one took its place and is current.
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(currentId(), m_ids.at(1));
    QCOMPARE(queue()->currentIndex().row(), 0);
    QCOMPARE(queue()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_view->readingPane()->commentId(), m_ids.at(1));

    press(Qt::Key_S);
    QCOMPARE(statusOf(m_ids.at(1)), CommentStatus::Spam);
    QCOMPARE(currentId(), m_ids.at(2));
    press(Qt::Key_R);
    QCOMPARE(statusOf(m_ids.at(2)), CommentStatus::Rejected);
    QCOMPARE(currentId(), m_ids.at(3));
    QCOMPARE(m_stack->count(), 3);
    QTRY_COMPARE(m_view->pendingCount(), 4);
    QVERIFY(pending.size() >= 1);
    QCOMPARE(pending.last().first().toInt(), 4);
}

void TestModerationView::keysWalkTheQueue()
{
    press(Qt::Key_J);
    QCOMPARE(currentId(), m_ids.at(1));
    press(Qt::Key_J);
    QCOMPARE(currentId(), m_ids.at(2));
    press(Qt::Key_K);
    QCOMPARE(currentId(), m_ids.at(1));
    press(Qt::Key_K);
    press(Qt::Key_K); // at the top it stays there
    QCOMPARE(currentId(), m_ids.at(0));
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_J);
    QCOMPARE(currentId(), m_ids.last());
    QCOMPARE(m_stack->count(), 0);
    // The keys work while reading as well.
    m_view->readingPane()->findChild<OfflineTextBrowser *>(QStringLiteral("commentDetails"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
    QCOMPARE(currentId(), m_ids.at(m_ids.size() - 2));
}

void TestModerationView::zUndoesAndSelectsTheCommentsAgain()
{
    press(Qt::Key_J);
    press(Qt::Key_S);
    QCOMPARE(statusOf(m_ids.at(1)), CommentStatus::Spam);
    QCOMPARE(currentId(), m_ids.at(2));
    press(Qt::Key_Z);
    QCOMPARE(statusOf(m_ids.at(1)), CommentStatus::Pending);
    QCOMPARE(m_stack->index(), 0);
    QCOMPARE(model()->rowCount(), 7);
    // Back in its place, and current again, ready for another decision.
    QCOMPARE(currentId(), m_ids.at(1));
    QCOMPARE(queue()->currentIndex().row(), 1);
    press(Qt::Key_A);
    QCOMPARE(statusOf(m_ids.at(1)), CommentStatus::Approved);
    // Z with nothing to undo does nothing.
    press(Qt::Key_Z);
    press(Qt::Key_Z);
    QCOMPARE(statusOf(m_ids.at(1)), CommentStatus::Pending);
}

void TestModerationView::endOfTheListKeepsASaneCursor()
{
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_J);
    QCOMPARE(currentId(), m_ids.last());
    press(Qt::Key_A);
    // Nothing after it: the comment that is last now becomes current.
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(currentId(), m_ids.at(5));
    QCOMPARE(queue()->currentIndex().row(), 5);
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_A);
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(currentId(), 0);
    QCOMPARE(m_view->readingPane()->commentId(), 0);
    QVERIFY(!m_view->decisionAction(CommentStatus::Approved)->isEnabled());
    QCOMPARE(m_stack->count(), 7);
    QVERIFY(m_view->statusText().contains(QLatin1String("0")));
}

void TestModerationView::multiSelectionIsOneStep()
{
    queue()->selectionModel()->select(QItemSelection(model()->index(1, 0), model()->index(3, 0)),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_view->selectedIds(), m_ids.mid(1, 3));
    press(Qt::Key_A);
    QCOMPARE(m_stack->count(), 1);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(statusOf(m_ids.at(i)), CommentStatus::Approved);
    QCOMPARE(statusOf(m_ids.at(0)), CommentStatus::Pending);
    QCOMPARE(currentId(), m_ids.at(4));
    press(Qt::Key_Z);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(statusOf(m_ids.at(i)), CommentStatus::Pending);
    QCOMPARE(m_view->selectedIds(), m_ids.mid(1, 3));
}

void TestModerationView::backToPendingFromAnotherStatus()
{
    press(Qt::Key_S);
    m_view->setStatusFilter(std::nullopt);
    QVERIFY(!queue()->isColumnHidden(ModerationQueueModel::Status));
    QCOMPARE(model()->rowCount(), 8);
    QVERIFY(m_view->selectComment(m_ids.at(0)));
    const int row = queue()->currentIndex().row();
    press(Qt::Key_U);
    QCOMPARE(statusOf(m_ids.at(0)), CommentStatus::Pending);
    // Every status is listed: the comment stays, and the cursor moves to the next one.
    QCOMPARE(model()->rowCount(), 8);
    QCOMPARE(queue()->currentIndex().row(), row + 1);
    QCOMPARE(model()->index(row, ModerationQueueModel::Status).data().toString(),
             CommentText::statusLabel(CommentStatus::Pending));
}

void TestModerationView::lettersTypedInFiltersStayLetters()
{
    auto *author = m_view->findChild<QLineEdit *>(QStringLiteral("commentAuthorFilter"));
    author->setFocus();
    QTest::keyClicks(author, QStringLiteral("ASRUZJK"));
    QCOMPARE(author->text(), QStringLiteral("ASRUZJK"));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(statusOf(m_ids.at(0)), CommentStatus::Pending);
}

void TestModerationView::readingPaneShowsTheConversation()
{
    // The reply's thread: its parent first, the reply indented below it and highlighted.
    QVERIFY(m_view->selectComment(m_ids.last()));
    CommentReadingPane *pane = m_view->readingPane();
    QCOMPARE(pane->commentId(), m_ids.last());
    QCOMPARE(pane->threadIds(), (QList<qint64>{m_ids.first(), m_ids.last()}));
    const QString details =
        pane->findChild<OfflineTextBrowser *>(QStringLiteral("commentDetails"))->toPlainText();
    QVERIFY(details.contains(QLatin1String("Replier")));
    QVERIFY(details.contains(QLatin1String("replier@example.org")));
    QVERIFY(details.contains(QLatin1String("192.0.2.")));
    QVERIFY(details.contains(QLatin1String("Harbour dredging starts in spring")));
    QVERIFY(details.contains(QLatin1String("I disagree with that.")));
    const QString thread =
        pane->findChild<OfflineTextBrowser *>(QStringLiteral("commentThread"))->toPlainText();
    QVERIFY(thread.indexOf(QLatin1String("Comment number 0.")) < thread.indexOf(QLatin1String("I disagree")));

    // A decision elsewhere in the thread shows in it.
    QVERIFY((*m_library)->comments().setStatus({m_ids.first()}, CommentStatus::Spam, DecidedBy::Curator));
    QTRY_VERIFY(pane->findChild<OfflineTextBrowser *>(QStringLiteral("commentThread"))
                    ->toPlainText()
                    .contains(CommentText::statusLabel(CommentStatus::Spam)));
}

void TestModerationView::readingPaneLoadsNothing()
{
    OfflineTextBrowser browser;
    for (const char *url :
         {"https://tracker.example/pixel.gif", "file:///etc/hostname", "qrc:/newsdesk/icons/newsdesk.png"})
        QVERIFY(
            !browser.loadResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(url))).isValid());
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
}

void TestModerationView::authorViewApprovesAllAsOneStep()
{
    // An author with more comments than a page holds, in every status: Approve All takes them all.
    Library &library = **m_library;
    QList<Comment> flood;
    for (int i = 0; i < 450; ++i)
        flood << makeComment(m_article, QStringLiteral("Prolific"), QStringLiteral("Again %1").arg(i),
                             2000 + i, i % 50 == 0 ? CommentStatus::Spam : CommentStatus::Pending);
    const QList<qint64> floodIds = library.comments().insert(flood).value();
    QVERIFY(m_view->selectComment(floodIds.last()));

    m_view->authorAction(ModerationView::AuthorKey::Email)->trigger();
    QCOMPARE(m_view->statusFilter(), std::nullopt);
    QCOMPARE(m_view->findChild<QLineEdit *>(QStringLiteral("commentAuthorFilter"))->text(),
             QStringLiteral("prolific@example.org"));
    QCOMPARE(currentId(), floodIds.last());
    QCOMPARE(model()->totalCount(), 450);
    QVERIFY(model()->rowCount() < 450); // not all loaded
    auto *scope = m_view->findChild<QWidget *>(QStringLiteral("moderationScopeBar"));
    QVERIFY(scope->isVisible());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("moderationScope"))
                ->text()
                .contains(QLatin1String("prolific@example.org")));

    auto *approveAll = m_view->findChild<QPushButton *>(QStringLiteral("approveAllButton"));
    QVERIFY(approveAll->isEnabled());
    QTest::mouseClick(approveAll, Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    for (qint64 id : floodIds)
        QCOMPARE(statusOf(id), CommentStatus::Approved);
    QCOMPARE(statusOf(m_ids.first()), CommentStatus::Pending); // another author's

    m_stack->undo();
    for (int i = 0; i < floodIds.size(); ++i)
        QCOMPARE(statusOf(floodIds.at(i)), i % 50 == 0 ? CommentStatus::Spam : CommentStatus::Pending);

    // Spam All the same way; then back to the whole queue, on the status shown before.
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("spamAllButton")), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(statusOf(floodIds.at(1)), CommentStatus::Spam);
    m_view->clearScope();
    QCOMPARE(m_view->statusFilter(), std::optional<CommentStatus>(CommentStatus::Pending));
    QVERIFY(!scope->isVisible());
    QCOMPARE(model()->totalCount(), 7);
}

void TestModerationView::articleScope()
{
    const qint64 other = addArticle(**m_library, QStringLiteral("Elsewhere"));
    QVERIFY((*m_library)
                ->comments()
                .insert(makeComment(other, QStringLiteral("Far"), QStringLiteral("away"), 99999)));
    QCOMPARE(model()->rowCount(), 8);
    QVERIFY(m_view->selectComment(m_ids.first()));
    m_view->articleAction()->trigger();
    QCOMPARE(model()->rowCount(), 8); // every status of this article: 7 pending and 1 approved
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, 0).data(ModerationQueueModel::ArticleIdRole).toLongLong(), m_article);
    QCOMPARE(currentId(), m_ids.first());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("moderationScope"))
                ->text()
                .contains(QLatin1String("Harbour")));
    m_view->clearScope();
    QCOMPARE(model()->rowCount(), 8);
    QCOMPARE(m_view->statusFilter(), std::optional<CommentStatus>(CommentStatus::Pending));
}

QTEST_MAIN(TestModerationView)
#include "tst_moderationview.moc"
