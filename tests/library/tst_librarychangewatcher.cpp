// Tests of LibraryChangeWatcher: two connections to one library file, as the window and newsdesk-cli have;
// what one commits is announced on the other, once, and nothing this connection did itself is.

#include "TestLibrary.h"

#include "core/Bundle.h"
#include "core/Comment.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/LibraryChangeWatcher.h"
#include "library/TopicRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace Newsdesk;

namespace {

Article article(const QString &title)
{
    Article article;
    article.title = title;
    article.setField(ArticleField::Body, QStringLiteral("Text of %1.").arg(title));
    return article;
}

/// The ids all the spy's articlesInserted emissions carried, in order.
QList<qint64> announcedIds(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &arguments : spy)
        ids << arguments.at(0).value<QList<qint64>>();
    return ids;
}

} // namespace

class TestLibraryChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void announcesArticlesAnotherConnectionAdded();
    void staysQuietWithoutAnotherConnectionsCommit();
    void announcesEachArticleOnce();
    void announcesCommentsTopicsAndBundles();
    void announcesDecisionsMadeElsewhere();
    void reportsOtherChanges();
    void saysWhetherArticleListenersReadTheLatest();
    void pollsOnItsOwn();
};

void TestLibraryChangeWatcher::announcesArticlesAnotherConnectionAdded()
{
    Testing::TestLibrary window;
    QVERIFY(window->articles().insert({article(QStringLiteral("Before"))}).ok());
    LibraryChangeWatcher watcher(*window);
    QSignalSpy inserted(window.get(), &Library::articlesInserted);
    QSignalSpy changed(&watcher, &LibraryChangeWatcher::changedElsewhere);

    auto cli = Library::open(window.path());
    QVERIFY2(cli.ok(), qPrintable(cli.errorString()));
    const auto ids =
        (*cli)->articles().insert({article(QStringLiteral("First")), article(QStringLiteral("Second"))});
    QVERIFY(ids.ok());

    QVERIFY(watcher.check());
    // What was there when the watcher started is not news; the other connection's two articles are.
    QCOMPARE(announcedIds(inserted), *ids);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true); // articles came: their listeners have read the library
    QCOMPARE(inserted.count(), 1); // one announcement for the commit, as an import in the window makes

    // Nothing new since: the next look is quiet.
    QVERIFY(!watcher.check());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void TestLibraryChangeWatcher::staysQuietWithoutAnotherConnectionsCommit()
{
    Testing::TestLibrary window;
    LibraryChangeWatcher watcher(*window);
    QSignalSpy changed(&watcher, &LibraryChangeWatcher::changedElsewhere);

    // This connection's own write does not change data_version: its own events told its views already.
    QVERIFY(window->articles().insert({article(QStringLiteral("Mine"))}).ok());
    QVERIFY(!watcher.check());
    QCOMPARE(changed.count(), 0);

    // Another connection that only reads is not a change either.
    auto reader = Library::open(window.path());
    QVERIFY(reader.ok());
    QVERIFY((*reader)->articles().counts().ok());
    QVERIFY(!watcher.check());
    QCOMPARE(changed.count(), 0);
}

void TestLibraryChangeWatcher::announcesEachArticleOnce()
{
    Testing::TestLibrary window;
    LibraryChangeWatcher watcher(*window);
    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());

    // The window writes an article itself, then an import in the window (its own connection) writes one and
    // the window is told of it, then newsdesk-cli writes one nobody told the window about.
    const auto mine = window->articles().insert({article(QStringLiteral("Written in the window"))});
    QVERIFY(mine.ok());
    const auto imported = (*cli)->articles().insert({article(QStringLiteral("Imported in the window"))});
    QVERIFY(imported.ok());
    window->notifyInsertedElsewhere(*imported);
    const auto fromCli = (*cli)->articles().insert({article(QStringLiteral("Imported by newsdesk-cli"))});
    QVERIFY(fromCli.ok());

    QSignalSpy inserted(window.get(), &Library::articlesInserted);
    QVERIFY(watcher.check());
    QCOMPARE(announcedIds(inserted), *fromCli);

    // Later ones still come, and the ones announced before do not come again.
    const auto later = (*cli)->articles().insert({article(QStringLiteral("Later"))});
    QVERIFY(later.ok());
    QVERIFY(watcher.check());
    QCOMPARE(announcedIds(inserted), *fromCli + *later);
}

void TestLibraryChangeWatcher::announcesCommentsTopicsAndBundles()
{
    Testing::TestLibrary window;
    const auto target = window->articles().insert({article(QStringLiteral("Commented"))});
    QVERIFY(target.ok());
    LibraryChangeWatcher watcher(*window);
    QSignalSpy commentsInserted(window.get(), &Library::commentsInserted);
    QSignalSpy commentsChanged(window.get(), &Library::commentsChanged);
    QSignalSpy topicInserted(window.get(), &Library::topicInserted);
    QSignalSpy bundleInserted(window.get(), &Library::bundleInserted);

    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());
    Comment comment;
    comment.articleId = target->first();
    comment.author = QStringLiteral("Reader");
    comment.body = QStringLiteral("A reader's view.");
    const auto commentId = (*cli)->comments().insert(comment);
    QVERIFY2(commentId.ok(), qPrintable(commentId.errorString()));
    Topic topic;
    topic.name = QStringLiteral("Harbours");
    const auto topicId = (*cli)->topics().create(topic);
    QVERIFY2(topicId.ok(), qPrintable(topicId.errorString()));
    Bundle bundle;
    bundle.name = QStringLiteral("Weekend reading");
    const auto bundleId = (*cli)->bundles().create(bundle);
    QVERIFY2(bundleId.ok(), qPrintable(bundleId.errorString()));

    QVERIFY(watcher.check());
    QCOMPARE(commentsInserted.count(), 1);
    QCOMPARE(commentsInserted.at(0).at(0).value<QList<qint64>>(), QList<qint64>{*commentId});
    // The article's comment count changed: its row reads it again.
    QCOMPARE(commentsChanged.count(), 1);
    QCOMPARE(commentsChanged.at(0).at(0).toLongLong(), target->first());
    QCOMPARE(topicInserted.count(), 1);
    QCOMPARE(topicInserted.at(0).at(0).toLongLong(), *topicId);
    QCOMPARE(bundleInserted.count(), 1);
    QCOMPARE(bundleInserted.at(0).at(0).toLongLong(), *bundleId);
}

void TestLibraryChangeWatcher::announcesDecisionsMadeElsewhere()
{
    // newsdesk-cli approving a comment moves it out of the window's queue: the decision is announced as
    // one made in the window would be. The window's own decisions and the spam filter's scores (which the
    // filter's service announces) are not announced again.
    Testing::TestLibrary window;
    const auto target = window->articles().insert({article(QStringLiteral("Commented"))});
    QVERIFY(target.ok());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Comment comment;
        comment.articleId = target->first();
        comment.author = QStringLiteral("Reader %1").arg(i);
        comment.body = QStringLiteral("View %1.").arg(i);
        const auto id = window->comments().insert(comment);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ids << *id;
    }
    LibraryChangeWatcher watcher(*window);
    QSignalSpy moderated(window.get(), &Library::commentsModerated);

    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());
    QVERIFY((*cli)->comments().setStatus({ids[0], ids[1]}, CommentStatus::Approved, QString(DecidedBy::Curator)).ok());
    QVERIFY((*cli)->comments().setStatus({ids[1]}, CommentStatus::Rejected, QString(DecidedBy::Rules)).ok());
    QVERIFY((*cli)->comments().setStatus({ids[2]}, CommentStatus::Spam, QString(DecidedBy::Filter)).ok());
    QVERIFY(watcher.check());
    QCOMPARE(moderated.count(), 1);
    QCOMPARE(moderated.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{ids[0], ids[1]}));

    // The window's own decision: announced by the repository, once.
    moderated.clear();
    QVERIFY(window->comments().setStatus({ids[3]}, CommentStatus::Approved, QString(DecidedBy::Curator)).ok());
    QCOMPARE(moderated.count(), 1);
    watcher.check();
    QCOMPARE(moderated.count(), 1);

    // Nothing new: nothing announced.
    QVERIFY((*cli)->articles().insert({article(QStringLiteral("Unrelated"))}).ok());
    moderated.clear();
    QVERIFY(watcher.check());
    QCOMPARE(moderated.count(), 0);
}

void TestLibraryChangeWatcher::reportsOtherChanges()
{
    Testing::TestLibrary window;
    const auto ids = window->articles().insert({article(QStringLiteral("To review"))});
    QVERIFY(ids.ok());
    LibraryChangeWatcher watcher(*window);
    QSignalSpy inserted(window.get(), &Library::articlesInserted);
    QSignalSpy changed(&watcher, &LibraryChangeWatcher::changedElsewhere);

    // newsdesk-cli set-status: nothing added, but a row the window lists is out of date.
    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());
    QVERIFY((*cli)->articles().setStatus(*ids, ArticleStatus::Reviewed).ok());

    QVERIFY(watcher.check());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QCOMPARE(inserted.count(), 0);
}

void TestLibraryChangeWatcher::saysWhetherArticleListenersReadTheLatest()
{
    Testing::TestLibrary window;
    LibraryChangeWatcher watcher(*window);
    QSignalSpy changed(&watcher, &LibraryChangeWatcher::changedElsewhere);
    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());

    // An import in the window commits on its own connection and tells the window afterwards: whatever
    // counts on articlesInserted read the library after the commit, and need not read it again.
    const auto imported = (*cli)->articles().insert({article(QStringLiteral("Imported in the window"))});
    QVERIFY(imported.ok());
    window->notifyInsertedElsewhere(*imported);
    QVERIFY(watcher.check());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);

    // The window writes an article itself, then newsdesk-cli changes one: the window's announcement came
    // before that commit, so the listeners have not seen it.
    QVERIFY(window->articles().insert({article(QStringLiteral("Written in the window"))}).ok());
    QVERIFY((*cli)->articles().setStatus(*imported, ArticleStatus::Rejected).ok());
    QVERIFY(watcher.check());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), false);
}

void TestLibraryChangeWatcher::pollsOnItsOwn()
{
    Testing::TestLibrary window;
    LibraryChangeWatcher watcher(*window);
    QVERIFY(!watcher.isActive());
    watcher.start(20);
    QVERIFY(watcher.isActive());
    QSignalSpy inserted(window.get(), &Library::articlesInserted);

    auto cli = Library::open(window.path());
    QVERIFY(cli.ok());
    const auto ids = (*cli)->articles().insert({article(QStringLiteral("Polled"))});
    QVERIFY(ids.ok());
    QTRY_COMPARE_WITH_TIMEOUT(announcedIds(inserted), *ids, 1000);

    watcher.stop();
    QVERIFY(!watcher.isActive());
    QVERIFY((*cli)->articles().insert({article(QStringLiteral("Unseen"))}).ok());
    QTest::qWait(100);
    QCOMPARE(inserted.count(), 1);
}

QTEST_GUILESS_MAIN(TestLibraryChangeWatcher)
#include "tst_librarychangewatcher.moc"
