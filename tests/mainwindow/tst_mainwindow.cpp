#include "LocalHttpServer.h"
#include "TestLibrary.h"
#include "articles/ArticleCommands.h"
#include "articles/ArticleDetailPane.h"
#include "articles/ArticleListModel.h"
#include "comments/ModerationQueueModel.h"
#include "comments/ModerationView.h"
#include "importing/ImportController.h"
#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "tagging/TopicTagging.h"
#include "topics/TopicTreeModel.h"
#include "topics/TopicsDock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Newsdesk;

/// The window on the sample library, driven the way a curator drives it.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheSampleLibrary();
    void selectingARowShowsItsText();
    void titleEditedInTheListUndoesAndRedoes();
    void statusChangeUndoesAndRedoes();
    void statusEditedInPlace();
    void detailPaneEditsAreUndoable();
    void deleteMovesToTrashAndUndoBrings();
    void searchShowsRankedMatches();
    void newArticleCanBeWrittenAndUndone();
    void offersSamplesOnAnEmptyLibrary();
    void restoresGeometryAndSplitters();
    void switchesLibraryFromRecentMenu();
    void dropsImportFilesAddressesAndHtml();
    void storyCopiesMergeAndKeepApart();
    void quickTagFromTheKeyboard();
    void moderationPageFromTheKeyboard();
    void moderateOneArticlesComments();

private:
    QAction *action(const QKeySequence &shortcut) const;
    QModelIndex rowOfTitle(const QString &title) const;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto library = Library::open(path);
    QVERIFY2(library.ok(), qPrintable(library.errorString()));
    const auto added = SampleLibrary::load(**library);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    m_window = std::make_unique<MainWindow>(std::move(library).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QAction *TestMainWindow::action(const QKeySequence &shortcut) const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->shortcuts().contains(shortcut))
            return candidate;
    return nullptr;
}

QModelIndex TestMainWindow::rowOfTitle(const QString &title) const
{
    const auto matches =
        m_window->articleModel()->match(m_window->articleModel()->index(0, ArticleListModel::Title),
                                        Qt::DisplayRole, title, 1, Qt::MatchExactly);
    return matches.value(0);
}

void TestMainWindow::opensOnTheSampleLibrary()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("opensOnTheSampleLibrary.sqlite")));
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount);
    QCOMPARE(m_window->articleView()->model(), m_window->articleModel());
    // Newest first, the search column hidden until there is a search.
    QVERIFY(m_window->articleView()->isColumnHidden(ArticleListModel::Match));
    const auto first =
        m_window->articleModel()->index(0, 0).data(ArticleListModel::PublishedRole).toDateTime();
    const auto last =
        m_window->articleModel()->index(9, 0).data(ArticleListModel::PublishedRole).toDateTime();
    QVERIFY(first > last);
}

void TestMainWindow::selectingARowShowsItsText()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = m_window->articleModel()->index(4, ArticleListModel::Title);
    view->setCurrentIndex(index);
    const qint64 id = m_window->articleModel()->articleAt(index);
    QCOMPARE(m_window->detailPane()->articleId(), id);
    const auto article = m_window->library().articles().find(id);
    QVERIFY(article.ok());
    auto *title = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), index.data().toString());
    auto *body = m_window->detailPane()->findChild<QTextBrowser *>(QStringLiteral("body"));
    QVERIFY(body);
    const QString firstParagraph = article->bodyText.section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY(!firstParagraph.isEmpty());
    QVERIFY(body->toPlainText().contains(firstParagraph));
}

void TestMainWindow::titleEditedInTheListUndoesAndRedoes()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = m_window->articleModel()->index(2, ArticleListModel::Title);
    const QString before = index.data().toString();
    const qint64 id = m_window->articleModel()->articleAt(index);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    QCOMPARE(editor->text(), before);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Edited in the list"));
    QCOMPARE(editor->text(), QStringLiteral("Edited in the list"));
    QTest::keyClick(editor, Qt::Key_Return);

    // The delegate commits from a queued call.
    auto *title = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("title"));
    QTRY_COMPARE(m_window->articleModel()->indexOf(id).data().toString(),
                 QStringLiteral("Edited in the list"));
    QCOMPARE(m_window->library().articles().find(id)->title, QStringLiteral("Edited in the list"));
    QCOMPARE(title->text(), QStringLiteral("Edited in the list"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    QAction *undo = action(QKeySequence::Undo);
    QAction *redo = action(QKeySequence::Redo);
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_window->articleModel()->indexOf(id).data().toString(), before);
    QCOMPARE(m_window->library().articles().find(id)->title, before);
    QCOMPARE(title->text(), before);
    redo->trigger();
    QCOMPARE(m_window->articleModel()->indexOf(id).data().toString(), QStringLiteral("Edited in the list"));
}

void TestMainWindow::statusChangeUndoesAndRedoes()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = rowOfTitle(m_window->articleModel()->index(0, 0).data().toString());
    view->selectRow(index.row());
    const qint64 id = m_window->articleModel()->articleAt(index);
    const ArticleStatus before = m_window->library().articles().find(id)->status;
    QVERIFY(before != ArticleStatus::Selected);

    QAction *markSelected = action(QKeySequence(Qt::CTRL | Qt::Key_3));
    QVERIFY(markSelected);
    QVERIFY(markSelected->isEnabled());
    markSelected->trigger();
    const QModelIndex status = m_window->articleModel()->indexOf(id, ArticleListModel::Status);
    QCOMPARE(status.data(ArticleListModel::StatusRole).value<ArticleStatus>(), ArticleStatus::Selected);
    QCOMPARE(status.data().toString(), ArticleText::statusLabel(ArticleStatus::Selected));

    action(QKeySequence::Undo)->trigger();
    QCOMPARE(m_window->articleModel()
                 ->indexOf(id, ArticleListModel::Status)
                 .data(ArticleListModel::StatusRole)
                 .value<ArticleStatus>(),
             before);
    action(QKeySequence::Redo)->trigger();
    QCOMPARE(m_window->library().articles().find(id)->status, ArticleStatus::Selected);
}

void TestMainWindow::statusEditedInPlace()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = m_window->articleModel()->index(1, ArticleListModel::Status);
    const qint64 id = m_window->articleModel()->articleAt(index);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(index));
    QVERIFY(combo);
    const int rejected = combo->findData(QVariant::fromValue(ArticleStatus::Rejected));
    QVERIFY(rejected >= 0);
    combo->setCurrentIndex(rejected);
    emit combo->activated(rejected);
    QCOMPARE(m_window->library().articles().find(id)->status, ArticleStatus::Rejected);
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QVERIFY(m_window->library().articles().find(id)->status != ArticleStatus::Rejected);
}

void TestMainWindow::detailPaneEditsAreUndoable()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = m_window->articleModel()->index(0, ArticleListModel::Title);
    const qint64 id = m_window->articleModel()->articleAt(index);
    view->setCurrentIndex(index);

    auto *byline = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("byline"));
    QVERIFY(byline);
    byline->setFocus();
    byline->selectAll();
    QTest::keyClicks(byline, QStringLiteral("By A. Curator"));
    QTest::keyClick(byline, Qt::Key_Return);
    QCOMPARE(m_window->library().articles().find(id)->byline, QStringLiteral("By A. Curator"));

    auto *note = m_window->detailPane()->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QVERIFY(note);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Lead with this"));
    view->setFocus(); // leaving the note commits it
    QCOMPARE(m_window->library().articles().find(id)->note, QStringLiteral("Lead with this"));
    QCOMPARE(m_window->undoStack()->count(), 2);

    m_window->undoStack()->undo();
    QCOMPARE(m_window->library().articles().find(id)->note, QString());
    QCOMPARE(note->toPlainText(), QString());
    m_window->undoStack()->undo();
    QVERIFY(m_window->library().articles().find(id)->byline != QStringLiteral("By A. Curator"));
}

void TestMainWindow::deleteMovesToTrashAndUndoBrings()
{
    QTableView *view = m_window->articleView();
    const QModelIndex index = m_window->articleModel()->index(5, ArticleListModel::Title);
    const qint64 id = m_window->articleModel()->articleAt(index);
    view->setFocus();
    view->selectRow(5);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount - 1);
    QVERIFY(!m_window->articleModel()->indexOf(id).isValid());
    QVERIFY(m_window->library().articles().find(id)->trashedAt.isValid());
    // The next article takes the deleted one's place in the selection.
    QCOMPARE(view->currentIndex().row(), 5);

    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    filter->setCurrentIndex(filter->count() - 1); // Trash
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    filter->setCurrentIndex(0);

    m_window->undoStack()->undo();
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount);
    QCOMPARE(m_window->articleModel()->indexOf(id).row(), 5);
}

void TestMainWindow::searchShowsRankedMatches()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("intelligence"));
    QTest::keyClick(search, Qt::Key_Return);
    const int matches = m_window->articleModel()->rowCount();
    QVERIFY2(matches >= 2 && matches < Testing::SampleArticleCount, qPrintable(QString::number(matches)));
    QVERIFY(!m_window->articleView()->isColumnHidden(ArticleListModel::Match));
    QVERIFY(m_window->articleModel()
                ->index(0, 0)
                .data(ArticleListModel::SnippetRole)
                .toString()
                .contains(QChar(0x02)));
    QCOMPARE(m_window->articleModel()->query().sort, ArticleSortKey::Relevance);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount);
    QVERIFY(m_window->articleView()->isColumnHidden(ArticleListModel::Match));
}

void TestMainWindow::newArticleCanBeWrittenAndUndone()
{
    QAction *newArticle = action(QKeySequence::New);
    QVERIFY(newArticle);
    newArticle->trigger();
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount + 1);
    const qint64 id = m_window->detailPane()->articleId();
    QVERIFY(id > 0);
    auto *title = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("My own story"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_window->library().articles().find(id)->title, QStringLiteral("My own story"));
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(m_window->articleModel()->rowCount(), Testing::SampleArticleCount);
    QCOMPARE(m_window->library().articles().find(id).error().code, Error::Code::NotFound);
}

void TestMainWindow::offersSamplesOnAnEmptyLibrary()
{
    auto empty = Library::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(empty.ok());
    MainWindow window(std::move(empty).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("emptyLibraryBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible()); // once the counting thread has found the library empty
    auto *load = banner->findChild<QAbstractButton *>(QStringLiteral("loadSamplesButton"));
    QVERIFY(load);
    load->click();
    QCOMPARE(window.articleModel()->rowCount(), Testing::SampleArticleCount);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::restoresGeometryAndSplitters()
{
    m_window->resize(1111, 777);
    m_window->close();
    const QByteArray header = Settings::articleHeaderState.get();
    QVERIFY(!header.isEmpty());
    QVERIFY(!Settings::mainSplitterState.get().isEmpty());
    m_window.reset();
    auto library = Library::open(m_dir.filePath(QStringLiteral("restored.sqlite")));
    QVERIFY(library.ok());
    MainWindow window(std::move(library).value());
    QCOMPARE(window.size(), QSize(1111, 777));
}

void TestMainWindow::switchesLibraryFromRecentMenu()
{
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(Library::open(other).ok());
    Settings::addRecentLibrary(other);
    m_window->undoStack()->push(SetArticlesStatus::create(
        m_window->library(), {m_window->articleModel()->articleAt(m_window->articleModel()->index(0, 0))},
        ArticleStatus::Rejected));
    QCOMPARE(m_window->undoStack()->count(), 1);

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QAction *open = nullptr;
    for (QAction *action : recent->actions())
        if (action->text() == QDir::toNativeSeparators(other))
            open = action;
    QVERIFY(open);
    open->trigger();
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("other.sqlite")));
    QCOMPARE(m_window->library().path(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(m_window->articleModel()->rowCount(), 0);
    // The history belonged to the other library.
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(Settings::recentLibraries.get().value(0), QFileInfo(other).absoluteFilePath());
}

namespace {

QByteArray storyPage(const QString &title)
{
    QString paragraphs;
    for (int i = 1; i <= 5; ++i)
        paragraphs +=
            QStringLiteral("<p>%1, paragraph %2: enough words for the extractor to take this as the story, "
                           "with a comma or two, and a full stop.</p>")
                .arg(title)
                .arg(i);
    return QStringLiteral(
               "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
               "<body><article><h1>%1</h1>%2</article></body></html>")
        .arg(title, paragraphs)
        .toUtf8();
}

/// Drags mime data over target and drops it, as a window system would; returns whether it was accepted.
bool dragAndDrop(QWidget *target, QMimeData *mime)
{
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

void TestMainWindow::dropsImportFilesAddressesAndHtml()
{
    QTemporaryDir pages;
    const QString file = pages.filePath(QStringLiteral("dropped.html"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(storyPage(QStringLiteral("A page dropped as a file")));
    }
    Testing::LocalHttpServer server;
    QVERIFY(server.isListening());
    server.serve(QStringLiteral("/story"), {200, "text/html; charset=utf-8",
                                            storyPage(QStringLiteral("A page dropped as a web address"))});
    const QUrl address = server.url(QStringLiteral("/story"));

    QSignalSpy finished(m_window->imports(), &ImportController::finished);
    const int before = m_window->articleModel()->rowCount();

    // Files and web addresses dropped on the article list.
    auto *urls = new QMimeData;
    urls->setUrls({QUrl::fromLocalFile(file), address});
    QVERIFY(dragAndDrop(m_window->articleView()->viewport(), urls));
    // A selection dragged from a browser, dropped on the window itself.
    auto *html = new QMimeData;
    html->setHtml(QString::fromUtf8(storyPage(QStringLiteral("A selection dragged from a browser"))));
    QVERIFY(dragAndDrop(m_window.get(), html));
    // Text that is neither is refused before it is dropped.
    auto *nothing = new QMimeData;
    nothing->setText(QStringLiteral("   "));
    QVERIFY(!dragAndDrop(m_window.get(), nothing));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QTRY_COMPARE(m_window->articleModel()->rowCount(), before + 3);
    for (const char *title : {"A page dropped as a file", "A page dropped as a web address",
                              "A selection dragged from a browser"})
        QVERIFY2(rowOfTitle(QString::fromLatin1(title)).isValid(), title);
    QCOMPARE(m_window->imports()->lastReport().failed, 0);
    delete urls;
    delete html;
    delete nothing;
}

void TestMainWindow::storyCopiesMergeAndKeepApart()
{
    // In the samples, one wire story ran on two sites (and a third was pasted): one story, three copies.
    const QModelIndex ledger = rowOfTitle(
        QStringLiteral("Eastmarch and Lorvania sign intelligence-sharing pact amid smuggling fears"));
    QVERIFY(ledger.isValid());
    m_window->articleView()->setCurrentIndex(ledger);
    auto *copies = m_window->detailPane()->findChild<QLabel *>(QStringLiteral("storyCopies"));
    QVERIFY(copies);
    QVERIFY(copies->isVisibleTo(m_window.get()));
    QVERIFY2(copies->text().contains(QLatin1String("Also published by")), qPrintable(copies->text()));
    QVERIFY2(copies->text().contains(QLatin1String("Coastline Daily")), qPrintable(copies->text()));

    const qint64 ledgerId = m_window->articleModel()->articleAt(ledger);
    const auto related = m_window->library().stories().relatedCopies(ledgerId);
    QVERIFY(related.ok());
    QVERIFY(!related->isEmpty());
    const StoryCopy copy = related->first();
    const int rows = m_window->articleModel()->rowCount();

    // Merge: the copy goes to the trash, where it ran stays with the article; undo brings it back.
    emit copies->linkActivated(QStringLiteral("merge:%1:%2").arg(copy.articleId).arg(copy.copyId));
    QCOMPARE(m_window->articleModel()->rowCount(), rows - 1);
    QVERIFY(m_window->library().articles().find(copy.copyId)->trashedAt.isValid());
    QVERIFY2(copies->text().contains(QLatin1String("(merged)")), qPrintable(copies->text()));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->articleModel()->rowCount(), rows);
    QVERIFY(!m_window->library().articles().find(copy.copyId)->trashedAt.isValid());
    QVERIFY(!copies->text().contains(QLatin1String("(merged)")));

    // A different story after all: kept apart, and undone.
    emit copies->linkActivated(QStringLiteral("apart:%1:%2").arg(copy.articleId).arg(copy.copyId));
    QVERIFY2(copies->text().contains(QLatin1String("Kept apart from")), qPrintable(copies->text()));
    m_window->undoStack()->undo();
    QVERIFY(!copies->text().contains(QLatin1String("Kept apart from")));
}

void TestMainWindow::quickTagFromTheKeyboard()
{
    QVERIFY(TopicTagging::seedDefaults(m_window->library()).ok());
    const qint64 elections =
        m_window->library().topics().findByName(QStringLiteral("Elections")).value().first();
    // Written straight to the library, not through an undo step: the tree shows it on the next turn of
    // the event loop.
    QTRY_VERIFY(m_window->topicModel()->indexOf(elections).isValid());
    QTableView *view = m_window->articleView();
    view->setFocus();
    view->selectRow(0);
    view->selectionModel()->select(m_window->articleModel()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids{m_window->articleModel()->articleAt(m_window->articleModel()->index(0, 0)),
                            m_window->articleModel()->articleAt(m_window->articleModel()->index(1, 0))};

    // T, type a few letters, Enter: both selected articles carry the topic, as one undo step.
    QTest::keyClick(view, Qt::Key_T);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("quickTagSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("elect"));
    QTest::keyClick(search, Qt::Key_Return);
    for (qint64 id : ids) {
        const auto links = m_window->library().topics().topicsOf(id).value();
        QVERIFY(std::any_of(links.cbegin(), links.cend(), [elections](const ArticleTopic &link) {
            return link.topicId == elections && link.origin == TagOrigin::Manual;
        }));
    }
    QCOMPARE(m_window->undoStack()->count(), 1);
    // The list's topics column and the topics dock follow.
    QVERIFY(m_window->articleModel()
                ->indexOf(ids.first(), ArticleListModel::Topics)
                .data()
                .toString()
                .contains(QLatin1String("Elections")));
    QCOMPARE(m_window->topicModel()->indexOf(elections).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Clicking the topic narrows the list to it.
    m_window->setTopicFilter(elections);
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    m_window->setTopicFilter(0);

    m_window->undoStack()->undo();
    for (qint64 id : ids)
        QVERIFY(m_window->library().topics().topicsOf(id).value().isEmpty());
}

void TestMainWindow::moderationPageFromTheKeyboard()
{
    CommentRepository &comments = m_window->library().comments();
    const int pending = comments.count(CommentStatus::Pending).value();
    QVERIFY(pending > 1);
    QAction *showModeration = action(QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(showModeration);
    // The switch says how many comments wait.
    QVERIFY(showModeration->text().contains(QStringLiteral("(%1)").arg(pending)));
    QVERIFY(!m_window->isModerationShown());

    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(m_window->isModerationShown());
    QVERIFY(showModeration->isChecked());
    QVERIFY(!m_window->topicsDock()->isVisible());
    ModerationView *moderation = m_window->moderationView();
    QVERIFY(moderation->model());
    QCOMPARE(moderation->model()->rowCount(), pending);
    QCOMPARE(QApplication::focusWidget(), moderation->queueView());
    auto *commentsMenu = m_window->findChild<QMenu *>(QStringLiteral("commentsMenu"));
    QVERIFY(commentsMenu->menuAction()->isVisible());

    const qint64 first = moderation->currentCommentId();
    QVERIFY(first);
    QTest::keyClick(moderation->queueView(), Qt::Key_A);
    QCOMPARE(comments.find(first).value().status, CommentStatus::Approved);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QTRY_VERIFY(showModeration->text().contains(QStringLiteral("(%1)").arg(pending - 1)));
    // The window's Undo undoes a decision like any other step.
    action(QKeySequence::Undo)->trigger();
    QCOMPARE(comments.find(first).value().status, CommentStatus::Pending);
    QCOMPARE(moderation->model()->rowCount(), pending);

    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->isModerationShown());
    QVERIFY(m_window->topicsDock()->isVisible());
    QVERIFY(!commentsMenu->menuAction()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->articleView());
}

void TestMainWindow::moderateOneArticlesComments()
{
    // The sample article with the most comments.
    ArticleListModel *articles = m_window->articleModel();
    int best = 0;
    qsizetype most = 0;
    for (int row = 0; row < articles->rowCount(); ++row) {
        const auto comments =
            m_window->library().comments().ofArticle(articles->articleAt(articles->index(row, 0))).value();
        if (comments.size() > most) {
            most = comments.size();
            best = row;
        }
    }
    QVERIFY(most > 0);
    const qint64 article = articles->articleAt(articles->index(best, 0));
    m_window->articleView()->setCurrentIndex(articles->index(best, ArticleListModel::Title));

    const auto all = m_window->findChildren<QAction *>();
    QAction *moderate = nullptr;
    for (QAction *candidate : all)
        if (candidate->text() == MainWindow::tr("&Moderate This Article's Comments"))
            moderate = candidate;
    QVERIFY(moderate && moderate->isEnabled());
    moderate->trigger();
    QVERIFY(m_window->isModerationShown());
    ModerationQueueModel *model = m_window->moderationView()->model();
    QCOMPARE(model->query().articleId, article);
    QVERIFY(!model->query().status);
    QCOMPARE(model->rowCount(), int(most));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
