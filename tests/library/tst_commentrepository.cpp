// The comment store under moderation: adding whole files of comments with their threads, the queue in
// keyset pages for every sort and filter, conversations, decisions with their log and exact undo, spam
// scores, library settings, and a version 3 library's comments carried into version 4.

#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

Comment makeComment(qint64 articleId, const QString &author, const QString &text, qint64 postedAt,
                    qint64 parent = 0)
{
    Comment comment;
    comment.articleId = articleId;
    comment.parentId = parent;
    comment.author = author;
    comment.authorEmail = author.toLower() + QStringLiteral("@example.org");
    comment.authorIp = QStringLiteral("192.0.2.%1").arg(author.size());
    comment.body = commentHtmlFromText(text);
    comment.postedAt = QDateTime::fromSecsSinceEpoch(postedAt, Qt::UTC);
    return comment;
}

qint64 addArticle(Library &library, const QString &title)
{
    Article article;
    article.title = title;
    article.url = QStringLiteral("https://example.org/") + title;
    return library.articles().insert({article}).value().first();
}

QList<qint64> idsOf(const QList<CommentRow> &rows)
{
    QList<qint64> ids;
    for (const CommentRow &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestCommentRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertsAFileWithItsThreads();
    void pagesEverySortWithoutGapsOrRepeats_data();
    void pagesEverySortWithoutGapsOrRepeats();
    void filters();
    void threadInReadingOrder();
    void decisionsAreLoggedAndUndoneExactly();
    void spamScores();
    void librarySettings();
    void upgradesVersion3Comments();
    void countsFollowEveryChange();
    void upgradesVersion5Counts();
};

void TestCommentRepository::insertsAFileWithItsThreads()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QSignalSpy inserted(library.get(), &Library::commentsInserted);
    QList<Comment> file{makeComment(article, QStringLiteral("Ann"), QStringLiteral("First <b>&</b>"), 100),
                        makeComment(article, QStringLiteral("Bo"), QStringLiteral("A reply"), 200, -1)};
    file[0].externalId = QStringLiteral("wp-17");
    const auto ids = library->comments().insert(file);
    QVERIFY2(ids, qPrintable(ids.errorString()));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(inserted.size(), 1);
    const Comment reply = library->comments().find(ids->at(1)).value();
    QCOMPARE(reply.parentId, ids->at(0));
    const Comment first = library->comments().find(ids->at(0)).value();
    QCOMPARE(first.bodyText, QStringLiteral("First <b>&</b>")); // the text, not the markup of its escape
    QVERIFY(first.body.contains(QLatin1String("&lt;b&gt;")));
    QVERIFY(first.importedAt.isValid());
    QCOMPARE(library->comments().findExternal(article, QStringLiteral("wp-17")).value(), ids->at(0));
    QVERIFY(!library->comments().findExternal(article, QStringLiteral("wp-18")));

    // A reply before its parent is refused, and nothing of the file lands.
    const int before = library->comments().count().value();
    QList<Comment> broken{makeComment(article, QStringLiteral("Cy"), QStringLiteral("ok"), 300),
                          makeComment(article, QStringLiteral("Di"), QStringLiteral("orphan"), 400, -5)};
    QVERIFY(!library->comments().insert(broken));
    QCOMPARE(library->comments().count().value(), before);
}

void TestCommentRepository::pagesEverySortWithoutGapsOrRepeats_data()
{
    QTest::addColumn<int>("sort");
    QTest::newRow("newest") << int(CommentQuery::Sort::NewestFirst);
    QTest::newRow("oldest") << int(CommentQuery::Sort::OldestFirst);
    QTest::newRow("spam score") << int(CommentQuery::Sort::SpamScore);
}

void TestCommentRepository::pagesEverySortWithoutGapsOrRepeats()
{
    QFETCH(int, sort);
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    QList<Comment> comments;
    for (int i = 0; i < 57; ++i) {
        // Ties in time and score, and comments without either, as real files have.
        Comment comment = makeComment(article, QStringLiteral("A%1").arg(i % 5), QStringLiteral("c%1").arg(i),
                                      1000 + (i / 3) * 10);
        if (i % 7 == 0)
            comment.postedAt = {};
        if (i % 4 != 0)
            comment.spamScore = (i % 10) / 10.0;
        comments << comment;
    }
    QVERIFY(library->comments().insert(comments));
    CommentQuery query;
    query.sort = CommentQuery::Sort(sort);
    QList<CommentRow> all;
    std::optional<CommentPageKey> after;
    for (;;) {
        const auto page = library->comments().page(query, after, 10);
        QVERIFY2(page, qPrintable(page.errorString()));
        if (page->isEmpty())
            break;
        all += *page;
        after = CommentRepository::keyOf(query, page->last());
    }
    QCOMPARE(all.size(), 57);
    const QList<qint64> ids = idsOf(all);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 57);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const CommentPageKey a = CommentRepository::keyOf(query, all.at(i - 1));
        const CommentPageKey b = CommentRepository::keyOf(query, all.at(i));
        if (query.sort == CommentQuery::Sort::OldestFirst)
            QVERIFY(std::pair(a.sortValue, a.id) < std::pair(b.sortValue, b.id));
        else
            QVERIFY(std::pair(a.sortValue, a.id) > std::pair(b.sortValue, b.id));
    }
    QCOMPARE(library->comments().count(query).value(), 57);
}

void TestCommentRepository::filters()
{
    TestLibrary library;
    const qint64 first = addArticle(*library, QStringLiteral("first"));
    const qint64 second = addArticle(*library, QStringLiteral("second"));
    const auto ids = library->comments()
                         .insert({makeComment(first, QStringLiteral("Ann"), QStringLiteral("one"), 10),
                                  makeComment(first, QStringLiteral("Bo"), QStringLiteral("two"), 20),
                                  makeComment(second, QStringLiteral("Ann"), QStringLiteral("three"), 30)})
                         .value();
    QVERIFY(library->comments().setStatus({ids.at(1)}, CommentStatus::Spam, DecidedBy::Rules,
                                          QStringLiteral("Disallowed key “casino”")));
    QVERIFY(library->comments().setSpamScores({{ids.at(0), 0.2}, {ids.at(1), 0.9}}));

    const auto match = [&](CommentQuery query) {
        auto rows = library->comments().page(query, std::nullopt, 100).value();
        QList<qint64> found = idsOf(rows);
        std::sort(found.begin(), found.end());
        return found;
    };
    CommentQuery query;
    query.status = CommentStatus::Pending;
    QCOMPARE(match(query), (QList<qint64>{ids.at(0), ids.at(2)}));
    query = {};
    query.articleId = second;
    QCOMPARE(match(query), (QList<qint64>{ids.at(2)}));
    QCOMPARE(library->comments().page(query, std::nullopt, 1)->first().articleTitle,
             QStringLiteral("second"));
    // An author by name, email or IP, whatever the case.
    for (const QString &who :
         {QStringLiteral("ANN"), QStringLiteral("ann@example.org"), QStringLiteral("192.0.2.3")}) {
        query = {};
        query.author = who;
        QCOMPARE(match(query), (QList<qint64>{ids.at(0), ids.at(2)}));
    }
    query = {};
    query.reason = QStringLiteral("casino");
    QCOMPARE(match(query), (QList<qint64>{ids.at(1)}));
    query = {};
    query.minSpamScore = 0.5;
    QCOMPARE(match(query), (QList<qint64>{ids.at(1)}));
    const auto counts = library->comments().countsByStatus().value();
    QCOMPARE(counts.value(CommentStatus::Pending), 2);
    QCOMPARE(counts.value(CommentStatus::Spam), 1);
    QCOMPARE(counts.value(CommentStatus::Approved), 0);
    query = {};
    query.status = CommentStatus::Pending;
    QCOMPARE(library->comments().rows(query, ids).value().size(), 2);
}

void TestCommentRepository::threadInReadingOrder()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    // root(1) ← a(2) ← a1(4); root ← b(3); another root(5)
    const auto ids = library->comments()
                         .insert({makeComment(article, QStringLiteral("R"), QStringLiteral("root"), 10),
                                  makeComment(article, QStringLiteral("A"), QStringLiteral("a"), 20, -1),
                                  makeComment(article, QStringLiteral("B"), QStringLiteral("b"), 30, -1),
                                  makeComment(article, QStringLiteral("C"), QStringLiteral("a1"), 40, -2),
                                  makeComment(article, QStringLiteral("D"), QStringLiteral("other"), 15)})
                         .value();
    const auto thread = library->comments().thread(ids.at(3));
    QVERIFY2(thread, qPrintable(thread.errorString()));
    QList<qint64> order;
    QList<int> depths;
    for (const ThreadEntry &entry : *thread) {
        order << entry.comment.id;
        depths << entry.depth;
    }
    QCOMPARE(order, (QList<qint64>{ids.at(0), ids.at(1), ids.at(3), ids.at(2)}));
    QCOMPARE(depths, (QList<int>{0, 1, 2, 1}));
    QCOMPARE(library->comments().thread(ids.at(4))->size(), 1);
    QVERIFY(!library->comments().thread(999));
}

void TestCommentRepository::decisionsAreLoggedAndUndoneExactly()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const auto ids = library->comments()
                         .insert({makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10),
                                  makeComment(article, QStringLiteral("Bo"), QStringLiteral("two"), 20)})
                         .value();
    QVERIFY(library->comments().setStatus({ids.at(0)}, CommentStatus::Spam, DecidedBy::Rules,
                                          QStringLiteral("key")));
    const Comment before = library->comments().find(ids.at(0)).value();

    QSignalSpy moderated(library.get(), &Library::commentsModerated);
    const auto changes = library->comments().setStatus(ids, CommentStatus::Approved, DecidedBy::Curator);
    QVERIFY2(changes, qPrintable(changes.errorString()));
    QCOMPARE(changes->size(), 2);
    QCOMPARE(moderated.size(), 1);
    const Comment approved = library->comments().find(ids.at(0)).value();
    QCOMPARE(approved.status, CommentStatus::Approved);
    QCOMPARE(approved.previousStatus, CommentStatus::Spam);
    QCOMPARE(approved.decidedBy, QString(DecidedBy::Curator));
    QVERIFY(approved.decidedAt.isValid());
    // Already there: nothing changes, nothing is logged.
    QCOMPARE(library->comments().setStatus({ids.at(0)}, CommentStatus::Approved, DecidedBy::Curator)->size(),
             0);

    auto log = library->comments().log(ids.at(0)).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).from, CommentStatus::Pending);
    QCOMPARE(log.at(0).to, CommentStatus::Spam);
    QCOMPARE(log.at(0).actor, QString(DecidedBy::Rules));
    QCOMPARE(log.at(0).reason, QStringLiteral("key"));
    QCOMPARE(log.at(1).from, CommentStatus::Spam);
    QCOMPARE(log.at(1).to, CommentStatus::Approved);

    QVERIFY(library->comments().revert(*changes, DecidedBy::Curator));
    const Comment undone = library->comments().find(ids.at(0)).value();
    QCOMPARE(undone.status, before.status);
    QCOMPARE(undone.previousStatus, before.previousStatus);
    QCOMPARE(undone.reason, before.reason);
    QCOMPARE(undone.decidedBy, before.decidedBy);
    QCOMPARE(undone.decidedAt, before.decidedAt);
    QCOMPARE(library->comments().find(ids.at(1))->status, CommentStatus::Pending);
    QCOMPARE(library->comments().find(ids.at(1))->previousStatus, std::nullopt);
    log = library->comments().log(ids.at(0)).value();
    QCOMPARE(log.size(), 3); // the undo is a decision too, and the log says so
    QCOMPARE(log.last().to, CommentStatus::Spam);
    QCOMPARE(library->comments().log().value().size(), 5);

    QVERIFY(!library->comments().setStatus({ids.at(0), 4242}, CommentStatus::Rejected, DecidedBy::Curator));
    QCOMPARE(library->comments().find(ids.at(0))->status, CommentStatus::Spam); // all or nothing
}

void TestCommentRepository::spamScores()
{
    TestLibrary library;
    const qint64 article = addArticle(*library, QStringLiteral("a"));
    const qint64 id =
        library->comments().insert(makeComment(article, QStringLiteral("Ann"), QStringLiteral("one"), 10)).value();
    QCOMPARE(library->comments().find(id)->spamScore, std::nullopt);
    QVERIFY(library->comments().setSpamScores({{id, 1.7}}));
    QCOMPARE(library->comments().find(id)->spamScore, 1.0); // clamped to a probability
}

void TestCommentRepository::librarySettings()
{
    TestLibrary library;
    QCOMPARE(library->setting(QStringLiteral("moderation.links"), QStringLiteral("2")).value(),
             QStringLiteral("2"));
    QVERIFY(library->setSetting(QStringLiteral("moderation.links"), QStringLiteral("3")));
    QVERIFY(library->setSetting(QStringLiteral("moderation.links"), QStringLiteral("4")));
    QCOMPARE(library->setting(QStringLiteral("moderation.links")).value(), QStringLiteral("4"));
    const QString path = library.path();
    library.close();
    auto reopened = Library::open(path);
    QCOMPARE((*reopened)->setting(QStringLiteral("moderation.links")).value(), QStringLiteral("4"));
}

void TestCommentRepository::upgradesVersion3Comments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        auto old = Library::open(path, Library::builtinMigrations().mid(0, 3));
        QVERIFY2(old.ok(), qPrintable(old.errorString()));
        QCOMPARE((*old)->schemaVersion(), 3);
        QSqlQuery sql((*old)->database());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO articles(id, title, imported_at) VALUES (1, 'A', 1)")));
        QVERIFY(sql.exec(
            QStringLiteral("INSERT INTO comments(id, article_id, author, body, posted_at, imported_at, "
                           "status) VALUES (7, 1, 'Ann', 'Kept as it was', 5, 6, 'approved')")));
    }
    auto upgraded = Library::open(path);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    const Comment kept = (*upgraded)->comments().find(7).value();
    QCOMPARE(kept.author, QStringLiteral("Ann"));
    QCOMPARE(kept.bodyText, QStringLiteral("Kept as it was"));
    QCOMPARE(kept.status, CommentStatus::Approved);
    QCOMPARE(kept.postedAt.toSecsSinceEpoch(), 5);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".v3.bak")));
}

/// The counts the triggers keep, against counting the comments themselves.
void compareWithCounted(Library &library)
{
    QSqlQuery sql(library.database());
    QVERIFY(sql.exec(QStringLiteral("SELECT status, count(*) FROM comments GROUP BY status")));
    QHash<CommentStatus, int> counted;
    while (sql.next())
        counted.insert(commentStatusFromKey(sql.value(0).toString()).value(), sql.value(1).toInt());
    const auto kept = library.comments().countsByStatus().value();
    int total = 0;
    for (CommentStatus status : CommentText::allStatuses()) {
        QCOMPARE(kept.value(status), counted.value(status));
        CommentQuery query;
        query.status = status;
        QCOMPARE(library.comments().count(query).value(), counted.value(status));
        total += counted.value(status);
    }
    QCOMPARE(library.comments().count(CommentQuery()).value(), total);

    // Each article's counts, as the article list shows them.
    QVERIFY(sql.exec(QStringLiteral(
        "SELECT a.id, (SELECT count(*) FROM comments m WHERE m.article_id = a.id), "
        "(SELECT count(*) FROM comments m WHERE m.article_id = a.id AND m.status = 'pending') "
        "FROM articles a")));
    QHash<qint64, std::pair<int, int>> perArticle;
    while (sql.next())
        perArticle.insert(sql.value(0).toLongLong(), {sql.value(1).toInt(), sql.value(2).toInt()});
    const auto rows = library.articles().page(ArticleQuery(), std::nullopt, 1000).value();
    for (const ArticleRow &row : rows) {
        QCOMPARE(row.commentCount, perArticle.value(row.id).first);
        QCOMPARE(row.pendingComments, perArticle.value(row.id).second);
    }
}

void TestCommentRepository::countsFollowEveryChange()
{
    TestLibrary library;
    const qint64 first = addArticle(*library, QStringLiteral("first"));
    const qint64 second = addArticle(*library, QStringLiteral("second"));
    QList<Comment> file{makeComment(first, QStringLiteral("Ann"), QStringLiteral("one"), 100),
                        makeComment(first, QStringLiteral("Bo"), QStringLiteral("two"), 200, -1),
                        makeComment(second, QStringLiteral("Cy"), QStringLiteral("three"), 300)};
    file[2].status = CommentStatus::Spam;
    const QList<qint64> ids = library->comments().insert(file).value();
    compareWithCounted(*library);

    const auto changes =
        library->comments().setStatus({ids.at(0), ids.at(2)}, CommentStatus::Approved, DecidedBy::Curator);
    QVERIFY(changes);
    compareWithCounted(*library);
    QVERIFY(library->comments().revert(*changes, DecidedBy::Curator));
    compareWithCounted(*library);

    // Removing a comment takes its reply with it (a cascade), and both leave the counts.
    const Comment root = library->comments().find(ids.at(0)).value();
    const Comment reply = library->comments().find(ids.at(1)).value();
    QCOMPARE(library->comments().remove({ids.at(0)}).value().size(), 2);
    compareWithCounted(*library);
    QVERIFY(library->comments().restore({root, reply}));
    compareWithCounted(*library);

    // Purging an article deletes its comments through the schema's cascade.
    QVERIFY(library->articles().purge({first}));
    compareWithCounted(*library);
    QCOMPARE(library->comments().countsByStatus().value().value(CommentStatus::Spam), 1);
}

void TestCommentRepository::upgradesVersion5Counts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        auto old = Library::open(path, Library::builtinMigrations().mid(0, 5));
        QVERIFY2(old.ok(), qPrintable(old.errorString()));
        QCOMPARE((*old)->schemaVersion(), 5);
        QSqlQuery sql((*old)->database());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO articles(id, title, imported_at) VALUES (1, 'A', 1), "
                                        "(2, 'B', 1), (3, 'C', 1)")));
        QVERIFY(sql.exec(QStringLiteral(
            "INSERT INTO comments(article_id, body, imported_at, status) VALUES (1, 'x', 1, 'pending'), "
            "(1, 'y', 1, 'approved'), (1, 'z', 1, 'pending'), (2, 'w', 1, 'spam')")));
    }
    auto upgraded = Library::open(path);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    const auto counts = (*upgraded)->comments().countsByStatus().value();
    QCOMPARE(counts.value(CommentStatus::Pending), 2);
    QCOMPARE(counts.value(CommentStatus::Approved), 1);
    QCOMPARE(counts.value(CommentStatus::Spam), 1);
    QCOMPARE(counts.value(CommentStatus::Rejected), 0);
    compareWithCounted(**upgraded);
    // The triggers are in place for what comes after the upgrade.
    const Comment later = makeComment(3, QStringLiteral("Di"), QStringLiteral("new"), 9);
    QVERIFY((*upgraded)->comments().insert(later));
    compareWithCounted(**upgraded);
}

QTEST_GUILESS_MAIN(TestCommentRepository)
#include "tst_commentrepository.moc"
