// The bundle store: names unique ignoring case, entries kept in order with sections and blurbs, a
// deleted bundle coming back under its id, articles purged from under a bundle, the migration from
// schema 4's bundle_items, and the saved-search filters (status:, since:) that fill a bundle.

#include "TestLibrary.h"
#include "exporting/BundleContent.h"
#include "exporting/SavedSearch.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

QList<qint64> addArticles(Library &library, int count, const QDateTime &published = {})
{
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article article;
        article.title = QStringLiteral("Story %1").arg(i + 1);
        article.url = QStringLiteral("https://example.org/story-%1").arg(i + 1);
        article.source = QStringLiteral("Example");
        article.bodyHtml = QStringLiteral("<p>Body of story %1 about tariffs.</p>").arg(i + 1);
        article.bodyText = QStringLiteral("Body of story %1 about tariffs.").arg(i + 1);
        article.publishedAt = published.isValid() ? published.addDays(-i) : QDateTime();
        articles << article;
    }
    return library.articles().insert(articles).value();
}

} // namespace

class TestBundleRepository : public QObject
{
    Q_OBJECT

private slots:
    void createFindAndList();
    void namesAreUniqueIgnoringCase();
    void saveKeepsOrderSectionsAndBlurbs();
    void invalidBundlesAreRefusedUntouched();
    void addArticlesSkipsThoseAlreadyIn();
    void removeAndRecreateUnderTheSameId();
    void purgedArticlesLeaveTheBundle();
    void migratesBundleItemsOfSchema4();
    void contentLeavesOutTrashAndUnapprovedComments();
    void savedSearchFilters();
    void savedSearchErrors();
};

void TestBundleRepository::createFindAndList()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 3);
    QSignalSpy inserted(library.get(), &Library::bundleInserted);
    Bundle bundle;
    bundle.name = QStringLiteral("Weekly trade");
    bundle.title = QStringLiteral("This week in trade");
    bundle.intro = QStringLiteral("First paragraph.\n\nSecond.");
    bundle.options.comments = false;
    bundle.savedSearch = QStringLiteral("topic:\"trade disputes\" since:7d");
    bundle.entries = {BundleEntry::article(ids[1], QStringLiteral("Read this first.")),
                      BundleEntry::article(ids[0])};
    const auto id = library->bundles().create(bundle);
    QVERIFY2(id, qPrintable(id.errorString()));
    QCOMPARE(inserted.size(), 1);

    const auto found = library->bundles().findByName(QStringLiteral("weekly TRADE"));
    QVERIFY2(found, qPrintable(found.errorString()));
    QCOMPARE(found->id, *id);
    QVERIFY(found->sameContent(bundle));
    QVERIFY(found->createdAt.isValid());

    const auto list = library->bundles().list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().articleCount, 2);
    QCOMPARE(list->first().title, bundle.title);

    const auto missing = library->bundles().findByName(QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.errorString().contains(QLatin1String("nope")));
}

void TestBundleRepository::namesAreUniqueIgnoringCase()
{
    TestLibrary library;
    Bundle bundle;
    bundle.name = QStringLiteral("Elections");
    QVERIFY(library->bundles().create(bundle));
    bundle.name = QStringLiteral(" elections ");
    const auto second = library->bundles().create(bundle);
    QVERIFY(!second);
    QVERIFY(second.errorString().contains(QLatin1String("elections")));
    QCOMPARE(library->bundles().freeName(QStringLiteral("Elections")).value(), QStringLiteral("Elections 2"));
    QCOMPARE(library->bundles().freeName(QStringLiteral("Other")).value(), QStringLiteral("Other"));

    // Renaming onto another bundle's name is refused; onto its own name in other case is fine.
    Bundle other;
    other.name = QStringLiteral("Other");
    other.id = library->bundles().create(other).value();
    other.name = QStringLiteral("ELECTIONS");
    QVERIFY(!library->bundles().save(other));
    other.name = QStringLiteral("OTHER");
    QVERIFY(library->bundles().save(other));
}

void TestBundleRepository::saveKeepsOrderSectionsAndBlurbs()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 4);
    Bundle bundle;
    bundle.name = QStringLiteral("B");
    bundle.id = library->bundles().create(bundle).value();
    QSignalSpy changed(library.get(), &Library::bundleChanged);
    bundle.entries = {BundleEntry::section(QStringLiteral("Asia")), BundleEntry::article(ids[3], QStringLiteral("b3")),
                      BundleEntry::article(ids[0]), BundleEntry::section(QStringLiteral("Europe")),
                      BundleEntry::article(ids[2], QStringLiteral("b2"))};
    bundle.options = BundleOptions{false, true, false, true};
    QVERIFY(library->bundles().save(bundle));
    QCOMPARE(changed.size(), 1);
    const Bundle stored = library->bundles().find(bundle.id).value();
    QCOMPARE(stored.entries, bundle.entries);
    QCOMPARE(stored.options, bundle.options);
    QCOMPARE(stored.articleIds(), (QList<qint64>{ids[3], ids[0], ids[2]}));

    // Moving an entry is a save with the new order.
    bundle.entries.move(4, 0);
    QVERIFY(library->bundles().save(bundle));
    QCOMPARE(library->bundles().find(bundle.id)->entries, bundle.entries);
}

void TestBundleRepository::invalidBundlesAreRefusedUntouched()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 2);
    Bundle bundle;
    bundle.name = QStringLiteral("Kept");
    bundle.entries = {BundleEntry::article(ids[0], QStringLiteral("keep me"))};
    bundle.id = library->bundles().create(bundle).value();

    Bundle twice = bundle;
    twice.entries << BundleEntry::article(ids[0]);
    QVERIFY(!library->bundles().save(twice));
    Bundle unnamed = bundle;
    unnamed.name = QStringLiteral("  ");
    QVERIFY(!library->bundles().save(unnamed));
    Bundle emptySection = bundle;
    emptySection.entries << BundleEntry::section(QString());
    QVERIFY(!library->bundles().save(emptySection));
    // An article that does not exist fails inside the transaction: nothing of the save stays.
    Bundle unknown = bundle;
    unknown.title = QStringLiteral("changed");
    unknown.entries = {BundleEntry::article(ids[1]), BundleEntry::article(999999)};
    const Status failed = library->bundles().save(unknown);
    QVERIFY(!failed);
    QVERIFY(failed.errorString().contains(QLatin1String("999999")));
    QVERIFY(library->bundles().find(bundle.id)->sameContent(bundle));
}

void TestBundleRepository::addArticlesSkipsThoseAlreadyIn()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 3);
    Bundle bundle;
    bundle.name = QStringLiteral("B");
    bundle.entries = {BundleEntry::article(ids[1], QStringLiteral("blurb stays"))};
    bundle.id = library->bundles().create(bundle).value();
    const auto added = library->bundles().addArticles(bundle.id, {ids[2], ids[1], ids[0], ids[2]});
    QVERIFY(added);
    QCOMPARE(*added, (QList<qint64>{ids[2], ids[0]}));
    const Bundle stored = library->bundles().find(bundle.id).value();
    QCOMPARE(stored.articleIds(), (QList<qint64>{ids[1], ids[2], ids[0]}));
    QCOMPARE(stored.entries.first().blurb, QStringLiteral("blurb stays"));
}

void TestBundleRepository::removeAndRecreateUnderTheSameId()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 2);
    Bundle bundle;
    bundle.name = QStringLiteral("Gone");
    bundle.entries = {BundleEntry::section(QStringLiteral("S")), BundleEntry::article(ids[0], QStringLiteral("x"))};
    bundle.id = library->bundles().create(bundle).value();
    const Bundle before = library->bundles().find(bundle.id).value();
    QSignalSpy removed(library.get(), &Library::bundleRemoved);
    QVERIFY(library->bundles().remove(bundle.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!library->bundles().find(bundle.id));
    QVERIFY(!library->bundles().remove(bundle.id));

    // Undoing a delete: the same id, content and creation time.
    QCOMPARE(library->bundles().create(before).value(), before.id);
    const Bundle after = library->bundles().find(before.id).value();
    QVERIFY(after.sameContent(before));
    QCOMPARE(after.createdAt, before.createdAt);
}

void TestBundleRepository::purgedArticlesLeaveTheBundle()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 3);
    Bundle bundle;
    bundle.name = QStringLiteral("B");
    bundle.entries = {BundleEntry::article(ids[0]), BundleEntry::article(ids[1]), BundleEntry::article(ids[2])};
    bundle.id = library->bundles().create(bundle).value();
    QVERIFY(library->articles().moveToTrash({ids[1]}));
    QVERIFY(library->articles().purge({ids[1]}));
    QCOMPARE(library->bundles().find(bundle.id)->articleIds(), (QList<qint64>{ids[0], ids[2]}));
}

void TestBundleRepository::migratesBundleItemsOfSchema4()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        const QList<Migration> upToFour = Library::builtinMigrations().mid(0, 4);
        auto old = Library::open(path, upToFour);
        QVERIFY2(old, qPrintable(old.errorString()));
        QCOMPARE((*old)->schemaVersion(), 4);
        const QList<qint64> ids = addArticles(**old, 2);
        QSqlQuery query((*old)->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO bundles(id, name, description, created_at, updated_at) "
                                          "VALUES (7, 'Old one', 'The intro', 100, 200)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO bundle_items VALUES (7, %1, 1, 'second'), (7, %2, 0, 'first')")
                               .arg(ids[0])
                               .arg(ids[1])));
    }
    auto migrated = Library::open(path);
    QVERIFY2(migrated, qPrintable(migrated.errorString()));
    QCOMPARE((*migrated)->schemaVersion(), Library::SchemaVersion);
    const Bundle bundle = (*migrated)->bundles().find(7).value();
    QCOMPARE(bundle.name, QStringLiteral("Old one"));
    QCOMPARE(bundle.intro, QStringLiteral("The intro"));
    QCOMPARE(bundle.entries.size(), 2);
    QCOMPARE(bundle.entries[0].blurb, QStringLiteral("first"));
    QCOMPARE(bundle.entries[1].blurb, QStringLiteral("second"));
    QCOMPARE(bundle.options, BundleOptions{});
}

void TestBundleRepository::contentLeavesOutTrashAndUnapprovedComments()
{
    TestLibrary library;
    const QList<qint64> ids = addArticles(*library, 3);
    QList<Comment> comments;
    for (CommentStatus status :
         {CommentStatus::Approved, CommentStatus::Pending, CommentStatus::Spam, CommentStatus::Rejected}) {
        Comment comment;
        comment.articleId = ids[0];
        comment.author = commentStatusKey(status);
        comment.body = QStringLiteral("<p>%1</p>").arg(commentStatusKey(status));
        comment.status = status;
        comments << comment;
    }
    QVERIFY(library->comments().insert(comments));
    QVERIFY(library->articles().moveToTrash({ids[2]}));
    Bundle bundle;
    bundle.name = QStringLiteral("B");
    bundle.entries = {BundleEntry::section(QStringLiteral("S")), BundleEntry::article(ids[0]),
                      BundleEntry::article(ids[1]), BundleEntry::article(ids[2])};
    bundle.id = library->bundles().create(bundle).value();

    auto content = BundleContent::load(*library, bundle.id);
    QVERIFY2(content, qPrintable(content.errorString()));
    QCOMPARE(content->items.size(), 3); // the trashed article is left out
    QCOMPARE(content->articles().size(), 2);
    const QList<Comment> shown = content->articles().first()->content.comments;
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().status, CommentStatus::Approved);

    bundle.options.comments = false;
    content = BundleContent::gather(*library, bundle);
    QVERIFY(content->articles().first()->content.comments.isEmpty());
}

void TestBundleRepository::savedSearchFilters()
{
    TestLibrary library;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = addArticles(*library, 10, now.addSecs(-3600)); // published 0..9 days ago
    QVERIFY(library->articles().setStatus({ids[0], ids[3], ids[8]}, ArticleStatus::Selected));

    auto selected = savedSearchArticles(*library, QStringLiteral("status:selected"));
    QVERIFY2(selected, qPrintable(selected.errorString()));
    QCOMPARE(*selected, (QList<qint64>{ids[0], ids[3], ids[8]})); // newest first

    auto lastWeek = savedSearchArticles(*library, QStringLiteral("status:selected since:7d"));
    QVERIFY(lastWeek);
    QCOMPARE(*lastWeek, (QList<qint64>{ids[0], ids[3]}));

    auto words = savedSearchArticles(*library, QStringLiteral("tariffs since:2d"));
    QVERIFY(words);
    QCOMPARE(*words, (QList<qint64>{ids[0], ids[1]}));

    const auto parsed = ArticleRepository::parseSearch(QStringLiteral("a status:Reviewed since:2026-11-01 b"));
    QCOMPARE(parsed.text, QStringLiteral("a b"));
    QCOMPARE(parsed.status, std::optional<ArticleStatus>(ArticleStatus::Reviewed));
    QCOMPARE(parsed.since, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
    const QDateTime fixedNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(ArticleRepository::parseSearch(QStringLiteral("since:2w"), fixedNow).since, fixedNow.addDays(-14));
    QCOMPARE(ArticleRepository::parseSearch(QStringLiteral("since:12h"), fixedNow).since, fixedNow.addSecs(-12 * 3600));
}

void TestBundleRepository::savedSearchErrors()
{
    TestLibrary library;
    QVERIFY(!savedSearchArticles(*library, QStringLiteral("  ")));
    const auto badStatus = savedSearchArticles(*library, QStringLiteral("status:maybe"));
    QVERIFY(!badStatus);
    QVERIFY(badStatus.errorString().contains(QLatin1String("maybe")));
    const auto badTime = savedSearchArticles(*library, QStringLiteral("since:soon"));
    QVERIFY(!badTime);
    QVERIFY(badTime.errorString().contains(QLatin1String("soon")));
}

QTEST_GUILESS_MAIN(TestBundleRepository)
#include "tst_bundlerepository.moc"
