// The moderation queue model: keyset pages over the store, every filter and sort, and the library's
// events turned into row removals, moves and insertions (never a reset), with a big queue opening on its
// first page.

#include "CommentFixture.h"
#include "TestLibrary.h"
#include "comments/ModerationQueueModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestModerationQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsLazilyInPages();
    void sortsMatchTheStore_data();
    void sortsMatchTheStore();
    void filters_data();
    void filters();
    void decidedRowsLeaveAndUndoBringsThemBack();
    void decisionsUpdateRowsInPlaceWhenTheyStillMatch();
    void newCommentsComeInWhereTheyBelong();
    void aChangedScoreMovesTheRow();
    void purgedArticleTakesItsComments();
    void opensABigQueueOnItsFirstPage();
    void aLargeAnnouncementReadsOnlyWhatIsShown();

private:
    static QList<qint64> allIds(ModerationQueueModel &model);
    std::unique_ptr<TestLibrary> m_library;
    qint64 m_articles[3] = {};
    static constexpr int CommentCount = 1000;
};

void TestModerationQueueModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = std::make_unique<TestLibrary>();
    Library &library = **m_library;
    for (int i = 0; i < 3; ++i)
        m_articles[i] = addArticle(library, QStringLiteral("Article %1").arg(i));
    QList<Comment> comments;
    for (int i = 0; i < CommentCount; ++i) {
        // Ties in time every three comments, some undated, scores on most: the order must fall back on ids.
        const CommentStatus status = i % 10 == 0   ? CommentStatus::Approved
                                     : i % 17 == 0 ? CommentStatus::Spam
                                                   : CommentStatus::Pending;
        Comment comment = makeComment(m_articles[i % 3], QStringLiteral("Reader %1").arg(i % 40),
                                      QStringLiteral("Comment %1 on the story").arg(i), (i / 3) * 60, status);
        if (i % 13 == 0)
            comment.postedAt = {};
        if (i % 4 != 0)
            comment.spamScore = (i % 20) / 20.0;
        if (i % 7 == 0)
            comment.reason = QStringLiteral("Moderation key “press”");
        comments << comment;
    }
    QVERIFY(library.comments().insert(comments));
}

QList<qint64> TestModerationQueueModel::allIds(ModerationQueueModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.commentAt(model.index(row, 0));
    return ids;
}

void TestModerationQueueModel::loadsLazilyInPages()
{
    Library &library = **m_library;
    ModerationQueueModel model(library);
    QVERIFY(model.query().status == CommentStatus::Pending);
    QCOMPARE(model.rowCount(), ModerationQueueModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    const int pending = library.comments().count(CommentStatus::Pending).value();
    QCOMPARE(model.totalCount(), pending);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int loaded = model.rowCount();
    model.fetchMore({});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), loaded);

    const QList<qint64> ids = allIds(model);
    QCOMPARE(ids.size(), pending);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), pending);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), pending);

    // Every row says what it is, and finds its way back from its id.
    const QModelIndex first = model.index(0, ModerationQueueModel::Excerpt);
    const Comment comment = library.comments().find(ids.first()).value();
    QCOMPARE(first.data(ModerationQueueModel::CommentIdRole).toLongLong(), comment.id);
    QCOMPARE(model.index(0, ModerationQueueModel::Author).data().toString(), comment.author);
    QCOMPARE(model.index(0, ModerationQueueModel::Article).data().toString(),
             library.articles().find(comment.articleId).value().title);
    QCOMPARE(first.data().toString(), comment.bodyText.simplified());
    QCOMPARE(model.indexOf(comment.id).row(), 0);
    QCOMPARE(model.indexOf(comment.id, ModerationQueueModel::Score).column(),
             int(ModerationQueueModel::Score));
    QVERIFY(!model.indexOf(-1).isValid());
    QCOMPARE(model.commentAt({}), 0);
}

void TestModerationQueueModel::sortsMatchTheStore_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("everyStatus");
    QTest::newRow("newest, pending") << int(CommentQuery::Sort::NewestFirst) << false;
    QTest::newRow("oldest, pending") << int(CommentQuery::Sort::OldestFirst) << false;
    QTest::newRow("spam score, pending") << int(CommentQuery::Sort::SpamScore) << false;
    QTest::newRow("newest, all") << int(CommentQuery::Sort::NewestFirst) << true;
    QTest::newRow("spam score, all") << int(CommentQuery::Sort::SpamScore) << true;
}

void TestModerationQueueModel::sortsMatchTheStore()
{
    QFETCH(int, sort);
    QFETCH(bool, everyStatus);
    CommentQuery query = ModerationQueueModel::pendingQuery();
    query.sort = CommentQuery::Sort(sort);
    if (everyStatus)
        query.status.reset();
    ModerationQueueModel model(**m_library, query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The pages joined are the store's one order, which ids() gives in one go.
    const auto expected = (*m_library)->comments().ids(query);
    QVERIFY2(expected, qPrintable(expected.errorString()));
    QCOMPARE(allIds(model), *expected);
    if (query.sort == CommentQuery::Sort::SpamScore) {
        double previous = 2.0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant score = model.index(row, 0).data(ModerationQueueModel::SpamScoreRole);
            const double value = score.isValid() ? score.toDouble() : -1.0; // unscored last
            QVERIFY2(value <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = value;
        }
    }
}

void TestModerationQueueModel::filters_data()
{
    QTest::addColumn<int>("status"); // -1: every status
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<double>("minScore"); // < 0: none
    QTest::newRow("spam") << int(CommentStatus::Spam) << -1 << QString() << QString() << -1.0;
    QTest::newRow("article") << -1 << 1 << QString() << QString() << -1.0;
    QTest::newRow("author name, any case") << -1 << -1 << QStringLiteral("reader 7") << QString() << -1.0;
    QTest::newRow("author email") << -1 << -1 << QStringLiteral("Reader7@Example.org") << QString() << -1.0;
    QTest::newRow("author IP") << int(CommentStatus::Pending) << -1 << QStringLiteral("192.0.2.9")
                               << QString() << -1.0;
    QTest::newRow("reason") << int(CommentStatus::Pending) << -1 << QString() << QStringLiteral("PRESS")
                            << -1.0;
    QTest::newRow("score") << int(CommentStatus::Pending) << 2 << QString() << QString() << 0.5;
}

void TestModerationQueueModel::filters()
{
    QFETCH(int, status);
    QFETCH(int, article);
    QFETCH(QString, author);
    QFETCH(QString, reason);
    QFETCH(double, minScore);
    CommentQuery query;
    if (status >= 0)
        query.status = CommentStatus(status);
    if (article >= 0)
        query.articleId = m_articles[article];
    query.author = author;
    query.reason = reason;
    if (minScore >= 0)
        query.minSpamScore = minScore;

    ModerationQueueModel model(**m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counted(&model, &ModerationQueueModel::totalCountChanged);
    model.setQuery(query);
    QCOMPARE(reset.size(), 1);
    QVERIFY(counted.size() >= 1);
    const int expected = (*m_library)->comments().count(query).value();
    QVERIFY(expected > 0);
    QCOMPARE(model.totalCount(), expected);
    const QList<qint64> ids = allIds(model);
    QCOMPARE(ids.size(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (query.status)
            QCOMPARE(index.data(ModerationQueueModel::StatusRole).value<CommentStatus>(), *query.status);
        if (query.articleId)
            QCOMPARE(index.data(ModerationQueueModel::ArticleIdRole).toLongLong(), query.articleId);
        if (query.minSpamScore)
            QVERIFY(index.data(ModerationQueueModel::SpamScoreRole).toDouble() >= *query.minSpamScore);
        if (!query.reason.isEmpty())
            QVERIFY(model.index(row, ModerationQueueModel::Reason)
                        .data()
                        .toString()
                        .contains(query.reason, Qt::CaseInsensitive));
        if (!query.author.isEmpty())
            QVERIFY(model.index(row, ModerationQueueModel::Author)
                            .data()
                            .toString()
                            .compare(query.author, Qt::CaseInsensitive) == 0 ||
                    index.data(ModerationQueueModel::AuthorEmailRole)
                            .toString()
                            .compare(query.author, Qt::CaseInsensitive) == 0 ||
                    index.data(ModerationQueueModel::AuthorIpRole).toString() == query.author);
    }
}

void TestModerationQueueModel::decidedRowsLeaveAndUndoBringsThemBack()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments;
    for (int i = 0; i < 10; ++i)
        comments << makeComment(article, QStringLiteral("R%1").arg(i), QStringLiteral("text %1").arg(i),
                                i * 60);
    QVERIFY(library->comments().insert(comments));

    ModerationQueueModel model(*library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    const QList<qint64> before = allIds(model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Two neighbours and one further down: one signal per run of neighbours.
    const QList<qint64> decided{before.at(3), before.at(4), before.at(7)};
    const auto changes = library->comments().setStatus(decided, CommentStatus::Approved, DecidedBy::Curator);
    QVERIFY(changes);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 7);
    QCOMPARE(removed.at(1).at(1).toInt(), 3);
    QCOMPARE(removed.at(1).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.totalCount(), 7);
    for (qint64 id : decided)
        QVERIFY(!model.indexOf(id).isValid());
    // What was after the decided comments moved up into their place.
    QCOMPARE(model.commentAt(model.index(3, 0)), before.at(5));

    QVERIFY(library->comments().revert(*changes, DecidedBy::Curator));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(allIds(model), before);
    QCOMPARE(reset.size(), 0);
}

void TestModerationQueueModel::decisionsUpdateRowsInPlaceWhenTheyStillMatch()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments;
    for (int i = 0; i < 5; ++i)
        comments << makeComment(article, QStringLiteral("R%1").arg(i), QStringLiteral("text %1").arg(i),
                                i * 60);
    QVERIFY(library->comments().insert(comments));
    CommentQuery every;
    ModerationQueueModel model(*library, every);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const qint64 id = model.commentAt(model.index(2, 0));
    QVERIFY(
        library->comments().setStatus({id}, CommentStatus::Spam, DecidedBy::Curator, QStringLiteral("why")));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, ModerationQueueModel::Status).data().toString(),
             CommentText::statusLabel(CommentStatus::Spam));
    QCOMPARE(model.index(2, ModerationQueueModel::Reason).data().toString(), QStringLiteral("why"));
    QCOMPARE(model.index(2, 0).data(ModerationQueueModel::DecidedByRole).toString(),
             QString(DecidedBy::Curator));
}

void TestModerationQueueModel::newCommentsComeInWhereTheyBelong()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments;
    constexpr int Count = 5 * ModerationQueueModel::PageSize;
    for (int i = 0; i < Count; ++i)
        comments << makeComment(article, QStringLiteral("R%1").arg(i), QStringLiteral("text %1").arg(i),
                                1000 + i * 60);
    QVERIFY(library->comments().insert(comments));
    ModerationQueueModel model(*library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int loaded = model.rowCount();
    QVERIFY(model.canFetchMore({})); // the tester fetched a page or two, not all of them
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The newest comment goes on top; one older than every loaded row waits for its page; an approved
    // one is not for this queue.
    const qint64 newest =
        library->comments()
            .insert(makeComment(article, QStringLiteral("New"), QStringLiteral("new"), 999999))
            .value();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.indexOf(newest).row(), 0);
    const qint64 oldest = library->comments()
                              .insert(makeComment(article, QStringLiteral("Old"), QStringLiteral("old"), 1))
                              .value();
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!model.indexOf(oldest).isValid());
    QVERIFY(library->comments().insert(
        makeComment(article, QStringLiteral("Ok"), QStringLiteral("fine"), 5000, CommentStatus::Approved)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), loaded + 1);
    QCOMPARE(model.totalCount(), Count + 2);

    // The page that holds it brings it, once.
    const QList<qint64> ids = allIds(model);
    QCOMPARE(ids.last(), oldest);
    QCOMPARE(ids.count(oldest), 1);
    QCOMPARE(ids, library->comments().ids(model.query()).value());
}

void TestModerationQueueModel::aChangedScoreMovesTheRow()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments;
    for (int i = 0; i < 20; ++i) {
        Comment comment = makeComment(article, QStringLiteral("R%1").arg(i), QStringLiteral("t%1").arg(i), i);
        comment.spamScore = i / 40.0;
        comments << comment;
    }
    const QList<qint64> ids = library->comments().insert(comments).value();
    CommentQuery query = ModerationQueueModel::pendingQuery();
    query.sort = CommentQuery::Sort::SpamScore;
    ModerationQueueModel model(*library, query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.commentAt(model.index(0, 0)), ids.last());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(library->comments().setSpamScores({{ids.first(), 0.99}}));
    QCOMPARE(model.commentAt(model.index(0, 0)), ids.first());
    QCOMPARE(model.index(0, ModerationQueueModel::Score).data().toString(), QLocale().toString(0.99, 'f', 2));
    QCOMPARE(allIds(model), library->comments().ids(query).value());
    QCOMPARE(reset.size(), 0);
}

void TestModerationQueueModel::purgedArticleTakesItsComments()
{
    TestLibrary library;
    const qint64 kept = addArticle(*library, QStringLiteral("kept"));
    const qint64 purged = addArticle(*library, QStringLiteral("purged"));
    QList<Comment> comments;
    for (int i = 0; i < 6; ++i)
        comments << makeComment(i % 2 ? purged : kept, QStringLiteral("R%1").arg(i), QStringLiteral("t"), i);
    QVERIFY(library->comments().insert(comments));
    ModerationQueueModel model(*library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(library->articles().moveToTrash({purged}));
    QVERIFY(library->articles().purge({purged}));
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ModerationQueueModel::ArticleIdRole).toLongLong(), kept);
}

void TestModerationQueueModel::opensABigQueueOnItsFirstPage()
{
    // A big queue written in one statement (the repository's insert would take a while); what matters is
    // that the model reads one page and one count, however long the queue.
    constexpr int Big = 200000;
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("busy"));
    QSqlQuery sql(library->database());
    QVERIFY2(sql.exec(QStringLiteral(
                          "INSERT INTO comments(article_id, author, author_email, author_ip, body, "
                          "body_text, posted_at, "
                          "imported_at, status, spam_score) "
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                          "SELECT %2, 'Reader ' || (i % 5000), 'reader' || (i % 5000) || '@example.org', "
                          "'198.51.100.' || (i % 250), '<p>Comment ' || i || '</p>', 'Comment ' || i, "
                          "1700000000 + i * 7, "
                          "1700000000, CASE WHEN i % 10 = 0 THEN 'approved' ELSE 'pending' END, (i % 100) / "
                          "100.0 FROM n")
                          .arg(Big)
                          .arg(article)),
             qPrintable(sql.lastError().text()));
    QElapsedTimer clock;
    clock.start();
    ModerationQueueModel model(*library);
    const int total = model.totalCount();
    const qint64 elapsed = clock.elapsed();
    qInfo("first page and count of a %d-comment queue: %lld ms", Big, elapsed);
    QCOMPARE(model.rowCount(), ModerationQueueModel::PageSize);
    QCOMPARE(total, Big - Big / 10);
    // Generous: the machine is shared; a model that read every row would take seconds.
    QVERIFY2(elapsed < 1500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(model.commentAt(model.index(0, 0)), library->comments().ids(model.query()).value().first());

    // A spam filter run that scored the whole queue: the model follows without reading it all back.
    const QList<qint64> everyId = library->comments().ids(model.query()).value();
    clock.restart();
    emit library->commentsModerated(everyId);
    const qint64 followed = clock.elapsed();
    qInfo("following an announcement of %lld comments: %lld ms", qint64(everyId.size()), followed);
    QCOMPARE(model.rowCount(), ModerationQueueModel::PageSize);
    // The window's budget for a tick is 50 ms; reading 180,000 rows back took seconds.
    QVERIFY2(followed < 100, qPrintable(QStringLiteral("%1 ms").arg(followed)));
}

void TestModerationQueueModel::aLargeAnnouncementReadsOnlyWhatIsShown()
{
    // A spam filter run announces thousands of comments at once; the model follows from the rows it has
    // and the span they cover, with row signals (no reset), and ends up where the store is.
    constexpr int Count = 3 * ModerationQueueModel::LargeChange;
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("busy"));
    QList<Comment> comments;
    for (int i = 0; i < Count; ++i) {
        Comment comment = makeComment(article, QStringLiteral("R%1").arg(i), QStringLiteral("t%1").arg(i), i);
        comment.spamScore = double(i) / Count;
        comments << comment;
    }
    const QList<qint64> ids = library->comments().insert(comments).value();
    CommentQuery query = ModerationQueueModel::pendingQuery();
    query.sort = CommentQuery::Sort::SpamScore;
    ModerationQueueModel model(*library, query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Written behind the model's back, as another connection would: the order turns over, and a few of
    // the loaded comments and some not loaded are decided.
    QSqlQuery sql(library->database());
    QVERIFY2(sql.exec(QStringLiteral("UPDATE comments SET spam_score = 1.0 - spam_score")),
             qPrintable(sql.lastError().text()));
    QVERIFY2(sql.exec(QStringLiteral("UPDATE comments SET status = 'spam' WHERE id % 7 = 0")),
             qPrintable(sql.lastError().text()));
    emit library->commentsModerated(ids);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.commentAt(model.index(0, 0)), library->comments().ids(query).value().first());
    QCOMPARE(model.index(0, ModerationQueueModel::Score).data(ModerationQueueModel::SpamScoreRole).toDouble(),
             1.0);
    QCOMPARE(allIds(model), library->comments().ids(query).value());
    QCOMPARE(model.totalCount(), int(library->comments().ids(query).value().size()));
}

QTEST_GUILESS_MAIN(TestModerationQueueModel)
#include "tst_moderationqueuemodel.moc"
