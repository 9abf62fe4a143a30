// Tests of ArticleRepository: storing and editing articles, the trash, keyset paging of the list and
// full-text search.

#include "TestLibrary.h"

#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

Q_DECLARE_METATYPE(Newsdesk::ArticleSortKey)
Q_DECLARE_METATYPE(std::optional<Newsdesk::ArticleStatus>)

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

Article article(const QString &title, const QString &body = {})
{
    Article a;
    a.title = title;
    a.bodyText = body.isEmpty() ? QStringLiteral("Body of %1.").arg(title) : body;
    return a;
}

/// Every stored property of an article, for comparing before and after.
QVariantMap snapshot(const Article &a)
{
    QVariantMap map;
    for (ArticleField field : ArticleText::allFields())
        map.insert(ArticleText::fieldKey(field), field == ArticleField::Status
                                                     ? QVariant(ArticleText::statusKey(a.status))
                                                     : a.field(field));
    map.insert(QStringLiteral("id"), a.id);
    map.insert(QStringLiteral("body_html"), a.bodyHtml);
    map.insert(QStringLiteral("word_count"), a.wordCount);
    map.insert(QStringLiteral("content_hash"), a.contentHash);
    map.insert(QStringLiteral("imported"), a.importedAt);
    map.insert(QStringLiteral("trashed"), a.trashedAt);
    return map;
}

void compareSnapshots(const QVariantMap &actual, const QVariantMap &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: %2 != %3")
                                .arg(it.key(), actual.value(it.key()).toString(), it.value().toString())));
}

QList<qint64> idsOf(const QList<ArticleRow> &rows)
{
    QList<qint64> ids;
    for (const ArticleRow &row : rows)
        ids << row.id;
    return ids;
}

QSet<qint64> idSet(const QList<ArticleRow> &rows)
{
    const QList<qint64> ids = idsOf(rows);
    return {ids.cbegin(), ids.cend()};
}

int auditCount(Library &library, const QString &action, qint64 objectId = -1)
{
    QSqlQuery query(library.database());
    query.prepare(objectId < 0
                      ? QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?")
                      : QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND object_id = ?"));
    query.addBindValue(action);
    if (objectId >= 0)
        query.addBindValue(objectId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

/// FTS5's own check that the index matches the articles table it indexes.
bool ftsIntact(Library &library, QString *error)
{
    QSqlQuery query(library.database());
    if (query.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")))
        return true;
    *error = query.lastError().text();
    return false;
}

ArticleQuery searchFor(const QString &text)
{
    ArticleQuery query;
    query.search = text;
    query.sort = ArticleSortKey::Relevance;
    query.order = Qt::AscendingOrder;
    return query;
}

const QList<ArticleSortKey> pagedSortKeys{ArticleSortKey::Title,     ArticleSortKey::Source,
                                          ArticleSortKey::Published, ArticleSortKey::Status,
                                          ArticleSortKey::Topics,    ArticleSortKey::Comments};

const char *sortKeyName(ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Title:
        return "title";
    case ArticleSortKey::Source:
        return "source";
    case ArticleSortKey::Published:
        return "published";
    case ArticleSortKey::Status:
        return "status";
    case ArticleSortKey::Topics:
        return "topics";
    case ArticleSortKey::Comments:
        return "comments";
    case ArticleSortKey::Relevance:
        return "relevance";
    }
    return "?";
}

/// Compares two rows on a sort key the way the list's SQL should, computed here from the row's columns.
int compareOn(ArticleSortKey key, const ArticleRow &a, const ArticleRow &b)
{
    auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (key) {
    case ArticleSortKey::Title:
        return sign(QString::compare(a.title, b.title, Qt::CaseInsensitive), 0);
    case ArticleSortKey::Source:
        return sign(QString::compare(a.source, b.source, Qt::CaseInsensitive), 0);
    case ArticleSortKey::Published:
        return sign(a.publishedAt.isValid() ? a.publishedAt.toSecsSinceEpoch() : 0,
                    b.publishedAt.isValid() ? b.publishedAt.toSecsSinceEpoch() : 0);
    case ArticleSortKey::Status:
        return sign(int(a.status), int(b.status));
    case ArticleSortKey::Topics:
        return sign(a.topics.compare(b.topics), 0);
    case ArticleSortKey::Comments:
        return sign(a.commentCount, b.commentCount);
    case ArticleSortKey::Relevance:
        break;
    }
    return 0;
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void topicFilterPagesAlikeForBroadAndRareTopics();
    void searchByKeyPagesAlikeForManyAndFewMatches();
    void rankedSearchWithManyMatchesRanksNewestFirst();
    void topicCountsEachArticleOnce();

    void insertFindRoundTrip();
    void insertDerivesBodyTextAndCounts();
    void insertEmitsAndAudits();
    void findMissingIsNotFound();
    void idsAreNeverReused();
    void reinsertKeepsId();
    void contentHashIgnoresCaseAndSpacing();
    void setField_data();
    void setField();
    void setFieldRejectsInvalid_data();
    void setFieldRejectsInvalid();
    void setFieldMissingArticle();
    void setStatusForMany();
    void trashRestorePurge();
    void trashIsAllOrNothing();
    void emptyTrash();
    void rowsCarryListColumns();
    void keysetPaging_data();
    void keysetPaging();
    void statusAndTrashFilters();
    void rowsOnlyMatching();
    void searchRanksTitleAboveBody();
    void searchPrefixPhraseOrNot_data();
    void searchPrefixPhraseOrNot();
    void searchNeverErrors_data();
    void searchNeverErrors();
    void searchSnippetMarkers();
    void searchFollowsEditsAndPurge();
    void searchLeavesOutTrash();
    void ftsQuery_data();
    void ftsQuery();

private:
    void buildPagingLibrary();

    std::unique_ptr<TestLibrary> m_paging;
    QList<qint64> m_pagingIds;
    QSet<qint64> m_pagingTrashed;
    QHash<qint64, ArticleStatus> m_pagingStatus;
};

void TestArticleRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleRepository::init()
{
    // The store reports through errors, never through warnings on the console.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestArticleRepository::insertFindRoundTrip()
{
    TestLibrary library;
    Article in;
    in.url = QStringLiteral("https://example.test/a?x=1&y=2");
    in.canonicalUrl = QStringLiteral("https://example.test/a");
    in.title = QStringLiteral("Héllo “world” <b>not markup</b>");
    in.dek = QStringLiteral("A dek");
    in.byline = QStringLiteral("By Ana Ruiz");
    in.dateline = QStringLiteral("PORTVALE");
    in.agency = QStringLiteral("Wire Agency");
    in.source = QStringLiteral("The Source");
    in.publishedAt = utc(2026, 10, 3, 8, 15, 42);
    in.importedAt = utc(2026, 10, 4, 9, 0, 1);
    in.language = QStringLiteral("pt-BR");
    in.imageUrl = QStringLiteral("https://example.test/img.jpg");
    in.imageCaption = QStringLiteral("A caption");
    in.imageCredit = QStringLiteral("Photo: Someone");
    in.bodyHtml = QStringLiteral("<p>First paragraph.</p><p>二番目の段落。</p>");
    in.bodyText = QStringLiteral("First paragraph.\n\n二番目の段落。");
    in.wordCount = 77; // given counts are kept
    in.contentHash = QStringLiteral("given-hash");
    in.status = ArticleStatus::Rejected;
    in.note = QStringLiteral("Check the figures");
    in.trashedAt = utc(2026, 10, 5, 10, 0, 0);

    const auto ids = library->articles().insert({in});
    QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
    QCOMPARE(ids->size(), 1);
    QVERIFY(ids->first() > 0);

    const auto out = library->articles().find(ids->first());
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    Article expected = in;
    expected.id = ids->first();
    compareSnapshots(snapshot(*out), snapshot(expected));
    QCOMPARE(out->publishedAt.toSecsSinceEpoch(), in.publishedAt.toSecsSinceEpoch());
    QCOMPARE(out->publishedAt.timeSpec(), Qt::UTC);

    // A second article with nothing but a title: empty strings, no dates, status new.
    Article bare;
    bare.title = QStringLiteral("Bare");
    const auto bareIds = library->articles().insert({bare});
    QVERIFY(bareIds.ok());
    QVERIFY(bareIds->first() > ids->first());
    const auto bareOut = library->articles().find(bareIds->first());
    QVERIFY(bareOut.ok());
    QVERIFY(!bareOut->publishedAt.isValid());
    QVERIFY(!bareOut->trashedAt.isValid());
    QVERIFY(bareOut->importedAt.isValid());
    QVERIFY(qAbs(bareOut->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(bareOut->status, ArticleStatus::New);
    QVERIFY(bareOut->url.isEmpty());
    QVERIFY(bareOut->note.isEmpty());
    QCOMPARE(bareOut->wordCount, 0);
}

void TestArticleRepository::insertDerivesBodyTextAndCounts()
{
    TestLibrary library;
    Article in;
    in.title = QStringLiteral("From HTML");
    in.bodyHtml = QStringLiteral("<p>Dockers &amp; pilots voted.</p><p>Three more words</p>");
    const auto ids = library->articles().insert({in});
    QVERIFY(ids.ok());
    const auto out = library->articles().find(ids->first());
    QVERIFY(out.ok());
    QCOMPARE(out->bodyText, QStringLiteral("Dockers & pilots voted.\n\nThree more words"));
    QCOMPARE(out->wordCount, 6);
    Article hashed = *out;
    QCOMPARE(out->contentHash, ArticleRepository::contentHash(hashed));
    QCOMPARE(out->contentHash.size(), 64);
}

void TestArticleRepository::insertEmitsAndAudits()
{
    TestLibrary library;
    QSignalSpy inserted(library.get(), &Library::articlesInserted);
    const auto ids = library->articles().insert(
        {article(QStringLiteral("A")), article(QStringLiteral("B")), article(QStringLiteral("C"))});
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QList<qint64>>(), *ids);
    QCOMPARE(auditCount(*library, QStringLiteral("articles.add")), 1);

    QSqlQuery query(library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'articles.add'")));
    QVERIFY(query.next());
    QCOMPARE(QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                 .object()
                 .value(QLatin1String("count"))
                 .toInt(),
             3);
    query.finish();

    // Nothing to insert: no signal.
    const auto none = library->articles().insert({});
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QCOMPARE(inserted.count(), 1);
}

void TestArticleRepository::findMissingIsNotFound()
{
    TestLibrary library;
    const auto missing = library->articles().find(12345);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.errorString().contains(QLatin1String("12345")));
}

void TestArticleRepository::idsAreNeverReused()
{
    TestLibrary library;
    const auto first =
        library->articles().insert({article(QStringLiteral("A")), article(QStringLiteral("B"))});
    QVERIFY(first.ok());
    QVERIFY(library->articles().purge({first->last()}).ok());
    const auto second = library->articles().insert({article(QStringLiteral("C"))});
    QVERIFY(second.ok());
    QVERIFY(second->first() > first->last());
}

void TestArticleRepository::reinsertKeepsId()
{
    TestLibrary library;
    Article original = article(QStringLiteral("Comes back"), QStringLiteral("A pangolin was seen."));
    original.status = ArticleStatus::Selected;
    original.note = QStringLiteral("keep");
    const auto ids = library->articles().insert({original, article(QStringLiteral("Later"))});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();
    const auto stored = library->articles().find(id);
    QVERIFY(stored.ok());
    QVERIFY(library->articles().purge({id}).ok());

    QSignalSpy inserted(library.get(), &Library::articlesInserted);
    const Status reinserted = library->articles().reinsert(*stored);
    QVERIFY2(reinserted.ok(), qPrintable(reinserted.errorString()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
    const auto back = library->articles().find(id);
    QVERIFY(back.ok());
    compareSnapshots(snapshot(*back), snapshot(*stored));
    QCOMPARE(idsOf(*library->articles().page(searchFor(QStringLiteral("pangolin ")), std::nullopt, 10)),
             QList<qint64>{id});

    // The id is taken now: a second reinsert fails and announces nothing.
    const Status again = library->articles().reinsert(*stored);
    QVERIFY(!again.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(library->articles().counts()->total, 2);
}

void TestArticleRepository::contentHashIgnoresCaseAndSpacing()
{
    Article a;
    a.bodyText = QStringLiteral("Dockers voted  to end\n\nthe strike.");
    Article b;
    b.bodyText = QStringLiteral("dockers VOTED to end the strike.");
    Article c;
    c.bodyText = QStringLiteral("Dockers voted to continue the strike.");
    QCOMPARE(ArticleRepository::contentHash(a), ArticleRepository::contentHash(b));
    QVERIFY(ArticleRepository::contentHash(a) != ArticleRepository::contentHash(c));
}

void TestArticleRepository::setField_data()
{
    QTest::addColumn<ArticleField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); ///< What Article::field() gives after a find().

    QTest::newRow("url") << ArticleField::Url << QVariant(QStringLiteral("https://x.test/new"))
                         << QVariant(QStringLiteral("https://x.test/new"));
    QTest::newRow("canonical url") << ArticleField::CanonicalUrl
                                   << QVariant(QStringLiteral("https://x.test/c"))
                                   << QVariant(QStringLiteral("https://x.test/c"));
    QTest::newRow("title") << ArticleField::Title << QVariant(QStringLiteral("New title"))
                           << QVariant(QStringLiteral("New title"));
    QTest::newRow("title trimmed") << ArticleField::Title << QVariant(QStringLiteral("  Padded  "))
                                   << QVariant(QStringLiteral("Padded"));
    QTest::newRow("dek") << ArticleField::Dek << QVariant(QStringLiteral("New dek"))
                         << QVariant(QStringLiteral("New dek"));
    QTest::newRow("dek cleared") << ArticleField::Dek << QVariant(QString()) << QVariant(QString());
    QTest::newRow("byline") << ArticleField::Byline << QVariant(QStringLiteral("By Someone Else"))
                            << QVariant(QStringLiteral("By Someone Else"));
    QTest::newRow("dateline") << ArticleField::Dateline << QVariant(QStringLiteral("NORTHGATE"))
                              << QVariant(QStringLiteral("NORTHGATE"));
    QTest::newRow("agency") << ArticleField::Agency << QVariant(QStringLiteral("AP"))
                            << QVariant(QStringLiteral("AP"));
    QTest::newRow("source") << ArticleField::Source << QVariant(QStringLiteral("Daily"))
                            << QVariant(QStringLiteral("Daily"));
    QTest::newRow("published from string")
        << ArticleField::PublishedAt << QVariant(QStringLiteral("2026-01-02T03:04:05Z"))
        << QVariant(utc(2026, 1, 2, 3, 4, 5));
    QTest::newRow("published with offset")
        << ArticleField::PublishedAt << QVariant(QStringLiteral("2026-01-02T05:04:05+02:00"))
        << QVariant(utc(2026, 1, 2, 3, 4, 5));
    QTest::newRow("published from QDateTime")
        << ArticleField::PublishedAt << QVariant(utc(2025, 12, 31, 23, 59, 59))
        << QVariant(utc(2025, 12, 31, 23, 59, 59));
    QTest::newRow("published cleared")
        << ArticleField::PublishedAt << QVariant(QString()) << QVariant(QDateTime());
    QTest::newRow("language") << ArticleField::Language << QVariant(QStringLiteral("ja"))
                              << QVariant(QStringLiteral("ja"));
    QTest::newRow("language region") << ArticleField::Language << QVariant(QStringLiteral("zh-Hant-TW"))
                                     << QVariant(QStringLiteral("zh-Hant-TW"));
    QTest::newRow("language cleared") << ArticleField::Language << QVariant(QString()) << QVariant(QString());
    QTest::newRow("image url") << ArticleField::ImageUrl << QVariant(QStringLiteral("https://x.test/i.png"))
                               << QVariant(QStringLiteral("https://x.test/i.png"));
    QTest::newRow("image caption") << ArticleField::ImageCaption << QVariant(QStringLiteral("Cranes"))
                                   << QVariant(QStringLiteral("Cranes"));
    QTest::newRow("image credit") << ArticleField::ImageCredit << QVariant(QStringLiteral("Lena"))
                                  << QVariant(QStringLiteral("Lena"));
    QTest::newRow("body") << ArticleField::Body
                          << QVariant(QStringLiteral("First para.\n\nSecond <b>para</b>."))
                          << QVariant(QStringLiteral("First para.\n\nSecond <b>para</b>."));
    QTest::newRow("status from enum") << ArticleField::Status << QVariant::fromValue(ArticleStatus::Reviewed)
                                      << QVariant::fromValue(ArticleStatus::Reviewed);
    QTest::newRow("status from key") << ArticleField::Status << QVariant(QStringLiteral("selected"))
                                     << QVariant::fromValue(ArticleStatus::Selected);
    QTest::newRow("status key any case") << ArticleField::Status << QVariant(QStringLiteral("Rejected"))
                                         << QVariant::fromValue(ArticleStatus::Rejected);
    QTest::newRow("note") << ArticleField::Note << QVariant(QStringLiteral("Call the desk"))
                          << QVariant(QStringLiteral("Call the desk"));
}

void TestArticleRepository::setField()
{
    QFETCH(ArticleField, field);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);

    TestLibrary library;
    Article original = article(QStringLiteral("Original title"), QStringLiteral("Original body text."));
    original.dek = QStringLiteral("Original dek");
    original.language = QStringLiteral("en");
    original.publishedAt = utc(2026, 3, 1, 12);
    original.note = QStringLiteral("Original note");
    const auto ids = library->articles().insert({original, article(QStringLiteral("Bystander"))});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();
    const auto before = library->articles().find(id);
    const auto bystanderBefore = library->articles().find(ids->last());
    QVERIFY(before.ok() && bystanderBefore.ok());

    QSignalSpy changed(library.get(), &Library::articleChanged);
    const int auditsBefore = auditCount(*library, QStringLiteral("article.edit"), id);

    const Status status = library->articles().setField(id, field, value);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));

    const auto after = library->articles().find(id);
    QVERIFY(after.ok());
    if (field == ArticleField::PublishedAt) {
        const QDateTime expectedTime = expected.toDateTime();
        QCOMPARE(after->publishedAt.isValid(), expectedTime.isValid());
        if (expectedTime.isValid())
            QCOMPARE(after->publishedAt.toSecsSinceEpoch(), expectedTime.toSecsSinceEpoch());
    } else if (field == ArticleField::Status) {
        QCOMPARE(after->status, expected.value<ArticleStatus>());
    } else {
        QCOMPARE(after->field(field).toString(), expected.toString());
    }

    // Only that field changed (the body also carries its HTML, count and hash).
    QVariantMap expectedSnapshot = snapshot(*before);
    QVariantMap actualSnapshot = snapshot(*after);
    expectedSnapshot.remove(ArticleText::fieldKey(field));
    actualSnapshot.remove(ArticleText::fieldKey(field));
    if (field == ArticleField::Body) {
        for (const char *key : {"body_html", "word_count", "content_hash"}) {
            expectedSnapshot.remove(QLatin1String(key));
            actualSnapshot.remove(QLatin1String(key));
        }
        QCOMPARE(after->bodyHtml,
                 QStringLiteral("<p>First para.</p>\n<p>Second &lt;b&gt;para&lt;/b&gt;.</p>"));
        QCOMPARE(after->wordCount, countWords(after->bodyText));
        QCOMPARE(after->contentHash, ArticleRepository::contentHash(*after));
        QVERIFY(after->contentHash != before->contentHash);
    }
    compareSnapshots(actualSnapshot, expectedSnapshot);
    compareSnapshots(snapshot(*library->articles().find(ids->last())), snapshot(*bystanderBefore));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);
    QCOMPARE(changed.at(0).at(1).value<QList<ArticleField>>(), QList<ArticleField>{field});

    QCOMPARE(auditCount(*library, QStringLiteral("article.edit"), id), auditsBefore + 1);
    QSqlQuery query(library->database());
    query.prepare(QStringLiteral("SELECT detail, object_type FROM audit_log WHERE action = 'article.edit' "
                                 "AND object_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("article"));
    const QJsonObject detail = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QCOMPARE(detail.value(QLatin1String("field")).toString(), ArticleText::fieldKey(field));
    if (field == ArticleField::Title || field == ArticleField::Note)
        QCOMPARE(detail.value(QLatin1String("value")).toString(), expected.toString());
}

void TestArticleRepository::setFieldRejectsInvalid_data()
{
    QTest::addColumn<ArticleField>("field");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("empty title") << ArticleField::Title << QVariant(QString());
    QTest::newRow("blank title") << ArticleField::Title << QVariant(QStringLiteral(" \t "));
    QTest::newRow("bad status") << ArticleField::Status << QVariant(QStringLiteral("published"));
    QTest::newRow("empty status") << ArticleField::Status << QVariant(QString());
    QTest::newRow("bad date") << ArticleField::PublishedAt << QVariant(QStringLiteral("yesterday"));
    QTest::newRow("impossible date") << ArticleField::PublishedAt
                                     << QVariant(QStringLiteral("2026-13-45T99:00:00Z"));
    QTest::newRow("bad language word") << ArticleField::Language << QVariant(QStringLiteral("english"));
    QTest::newRow("bad language space") << ArticleField::Language << QVariant(QStringLiteral("en US"));
    QTest::newRow("bad language digits") << ArticleField::Language << QVariant(QStringLiteral("12"));
    QTest::newRow("bad language injection") << ArticleField::Language << QVariant(QStringLiteral("en'; --"));
}

void TestArticleRepository::setFieldRejectsInvalid()
{
    QFETCH(ArticleField, field);
    QFETCH(QVariant, value);

    TestLibrary library;
    Article original = article(QStringLiteral("Keep me"));
    original.language = QStringLiteral("en");
    original.publishedAt = utc(2026, 3, 1, 12);
    original.status = ArticleStatus::Reviewed;
    const auto ids = library->articles().insert({original});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();
    const auto before = library->articles().find(id);
    QVERIFY(before.ok());

    QSignalSpy changed(library.get(), &Library::articleChanged);
    const Status status = library->articles().setField(id, field, value);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::InvalidArgument);
    QVERIFY(!status.errorString().isEmpty());

    compareSnapshots(snapshot(*library->articles().find(id)), snapshot(*before));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(auditCount(*library, QStringLiteral("article.edit")), 0);
}

void TestArticleRepository::setFieldMissingArticle()
{
    TestLibrary library;
    QSignalSpy changed(library.get(), &Library::articleChanged);
    for (ArticleField field : {ArticleField::Title, ArticleField::Note, ArticleField::Body}) {
        const Status status = library->articles().setField(999, field, QStringLiteral("Something"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::NotFound);
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(auditCount(*library, QStringLiteral("article.edit")), 0);
}

void TestArticleRepository::setStatusForMany()
{
    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("A")), article(QStringLiteral("B")), article(QStringLiteral("C"))});
    QVERIFY(ids.ok());
    QSignalSpy changed(library.get(), &Library::articleChanged);
    QVERIFY(library->articles().setStatus({ids->at(0), ids->at(2)}, ArticleStatus::Selected).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(library->articles().find(ids->at(0))->status, ArticleStatus::Selected);
    QCOMPARE(library->articles().find(ids->at(1))->status, ArticleStatus::New);
    QCOMPARE(library->articles().find(ids->at(2))->status, ArticleStatus::Selected);

    const auto counts = library->articles().counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->byStatus.value(ArticleStatus::Selected), 2);
    QCOMPARE(counts->byStatus.value(ArticleStatus::New), 1);

    // One missing id: nothing changes, and nobody is told of the change that was rolled back.
    changed.clear();
    QVERIFY(!library->articles().setStatus({ids->at(1), 4242}, ArticleStatus::Rejected).ok());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(library->articles().find(ids->at(1))->status, ArticleStatus::New);
    QCOMPARE(library->articles().counts()->byStatus.value(ArticleStatus::Rejected), 0);
}

void TestArticleRepository::trashRestorePurge()
{
    TestLibrary library;
    QList<Article> articles;
    for (int i = 0; i < 5; ++i) {
        Article a = article(QStringLiteral("Article %1").arg(i));
        a.status = i < 2 ? ArticleStatus::Reviewed : ArticleStatus::New;
        articles << a;
    }
    const auto ids = library->articles().insert(articles);
    QVERIFY(ids.ok());
    const qint64 a = ids->at(0), b = ids->at(1), c = ids->at(2);

    Comment comment;
    comment.articleId = b;
    comment.body = QStringLiteral("First!");
    const auto commentId = library->comments().insert(comment);
    QVERIFY(commentId.ok());
    comment.parentId = *commentId;
    QVERIFY(library->comments().insert(comment).ok());
    QCOMPARE(*library->comments().count(), 2);

    auto counts = library->articles().counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->total, 5);
    QCOMPARE(counts->trashed, 0);
    QCOMPARE(counts->byStatus.value(ArticleStatus::Reviewed), 2);
    QCOMPARE(counts->byStatus.value(ArticleStatus::New), 3);

    QSignalSpy trashed(library.get(), &Library::articlesTrashed);
    QSignalSpy restored(library.get(), &Library::articlesRestored);
    QSignalSpy purged(library.get(), &Library::articlesPurged);

    QVERIFY(library->articles().moveToTrash({a, b}).ok());
    QCOMPARE(trashed.count(), 1);
    QCOMPARE(trashed.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{a, b}));
    QVERIFY(library->articles().find(a)->trashedAt.isValid());
    QVERIFY(!library->articles().find(c)->trashedAt.isValid());
    QCOMPARE(auditCount(*library, QStringLiteral("article.trash")), 2);
    counts = library->articles().counts();
    QCOMPARE(counts->total, 3);
    QCOMPARE(counts->trashed, 2);
    QCOMPARE(counts->byStatus.value(ArticleStatus::Reviewed), 0);

    ArticleQuery trashQuery;
    trashQuery.trash = true;
    QCOMPARE(idSet(*library->articles().page(trashQuery, std::nullopt, 100)), (QSet<qint64>{a, b}));
    QCOMPARE(*library->articles().count(trashQuery), 2);
    QCOMPARE(*library->articles().count({}), 3);
    QVERIFY(!idSet(*library->articles().page({}, std::nullopt, 100)).contains(a));

    QVERIFY(library->articles().restore({a}).ok());
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.at(0).at(0).value<QList<qint64>>(), QList<qint64>{a});
    QVERIFY(!library->articles().find(a)->trashedAt.isValid());
    QCOMPARE(library->articles().find(a)->status, ArticleStatus::Reviewed); // curation survives the trash
    QCOMPARE(auditCount(*library, QStringLiteral("article.restore"), a), 1);
    counts = library->articles().counts();
    QCOMPARE(counts->total, 4);
    QCOMPARE(counts->trashed, 1);

    QVERIFY(library->articles().purge({b}).ok());
    QCOMPARE(purged.count(), 1);
    QCOMPARE(purged.at(0).at(0).value<QList<qint64>>(), QList<qint64>{b});
    QCOMPARE(library->articles().find(b).error().code, Error::Code::NotFound);
    QCOMPARE(*library->comments().count(), 0); // comments go with their article
    QCOMPARE(auditCount(*library, QStringLiteral("articles.purge")), 1);
    counts = library->articles().counts();
    QCOMPARE(counts->total, 4);
    QCOMPARE(counts->trashed, 0);

    // Restoring an article that is gone is an error and announces nothing.
    QVERIFY(!library->articles().restore({b}).ok());
    QCOMPARE(restored.count(), 1);
}

void TestArticleRepository::trashIsAllOrNothing()
{
    TestLibrary library;
    const auto ids = library->articles().insert({article(QStringLiteral("A")), article(QStringLiteral("B"))});
    QVERIFY(ids.ok());
    QSignalSpy trashed(library.get(), &Library::articlesTrashed);
    const Status status = library->articles().moveToTrash({ids->at(0), 777});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::NotFound);
    QCOMPARE(trashed.count(), 0);
    QVERIFY(!library->articles().find(ids->at(0))->trashedAt.isValid());
    QCOMPARE(library->articles().counts()->trashed, 0);
    QCOMPARE(auditCount(*library, QStringLiteral("article.trash")), 0);
}

void TestArticleRepository::emptyTrash()
{
    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("A")), article(QStringLiteral("B")), article(QStringLiteral("C"))});
    QVERIFY(ids.ok());
    QSignalSpy purged(library.get(), &Library::articlesPurged);

    auto none = library->articles().emptyTrash();
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    QCOMPARE(purged.count(), 0);

    QVERIFY(library->articles().moveToTrash({ids->at(0), ids->at(2)}).ok());
    const auto emptied = library->articles().emptyTrash();
    QVERIFY2(emptied.ok(), qPrintable(emptied.errorString()));
    QCOMPARE(*emptied, 2);
    QCOMPARE(purged.count(), 1);
    QList<qint64> purgedIds = purged.at(0).at(0).value<QList<qint64>>();
    std::sort(purgedIds.begin(), purgedIds.end());
    QCOMPARE(purgedIds, (QList<qint64>{ids->at(0), ids->at(2)}));
    const auto counts = library->articles().counts();
    QCOMPARE(counts->total, 1);
    QCOMPARE(counts->trashed, 0);
    QVERIFY(library->articles().find(ids->at(1)).ok());
    QCOMPARE(library->articles().find(ids->at(0)).error().code, Error::Code::NotFound);
}

void TestArticleRepository::rowsCarryListColumns()
{
    TestLibrary library;
    Article a = article(QStringLiteral("Listed"));
    a.source = QStringLiteral("Harbour Gazette");
    a.publishedAt = utc(2026, 10, 3, 8, 15);
    a.status = ArticleStatus::Selected;
    const auto ids = library->articles().insert({a});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();

    QSqlQuery sql(library->database());
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO topics(name) VALUES ('Politics'), ('Economy')")));
    sql.prepare(QStringLiteral("INSERT INTO article_topics(article_id, topic_id, created_at) "
                               "SELECT ?, id, 0 FROM topics"));
    sql.addBindValue(id);
    QVERIFY(sql.exec());
    for (CommentStatus status : {CommentStatus::Pending, CommentStatus::Approved, CommentStatus::Pending}) {
        Comment comment;
        comment.articleId = id;
        comment.status = status;
        QVERIFY(library->comments().insert(comment).ok());
    }

    const auto rows = library->articles().page({}, std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const ArticleRow &row = rows->first();
    QCOMPARE(row.id, id);
    QCOMPARE(row.title, QStringLiteral("Listed"));
    QCOMPARE(row.source, QStringLiteral("Harbour Gazette"));
    QCOMPARE(row.publishedAt, a.publishedAt);
    QCOMPARE(row.status, ArticleStatus::Selected);
    QCOMPARE(row.topics, QStringLiteral("Economy, Politics"));
    QCOMPARE(row.commentCount, 3);
    QCOMPARE(row.pendingComments, 2);
    QVERIFY(row.snippet.isEmpty());
    QCOMPARE(row.sortValue.toLongLong(), a.publishedAt.toSecsSinceEpoch());
}

void TestArticleRepository::buildPagingLibrary()
{
    if (m_paging)
        return;
    m_paging = std::make_unique<TestLibrary>();
    Library &library = **m_paging;
    const QStringList words{
        QStringLiteral("Harbour"),  QStringLiteral("budget"),    QStringLiteral("Election"),
        QStringLiteral("election"), QStringLiteral("Zebra"),     QStringLiteral("apple"),
        QStringLiteral("Ápple"),    QStringLiteral("42 things"), QStringLiteral("_under")};
    const QStringList sources{QStringLiteral("The Times"),
                              QStringLiteral("the times"),
                              QString(),
                              QStringLiteral("Atlas Dispatch"),
                              QStringLiteral("coastline"),
                              QStringLiteral("Zed"),
                              QStringLiteral("Beta")};
    const QList<ArticleStatus> statuses = ArticleText::allStatuses();
    QList<Article> articles;
    for (int i = 0; i < 500; ++i) {
        Article a;
        if (i % 5 == 0)
            a.title =
                (i % 10 == 0) ? QStringLiteral("Duplicate headline") : QStringLiteral("duplicate HEADLINE");
        else
            a.title = QStringLiteral("%1 story %2").arg(words.at((i * 7) % words.size())).arg(i % 17);
        a.source = sources.at(i % sources.size());
        if (i % 9 != 0) // every ninth has no date
            a.publishedAt = utc(2026, 1, 1).addDays(i % 41).addSecs((i % 3) * 3600);
        a.status = statuses.at((i * 3) % statuses.size());
        a.bodyText = QStringLiteral("Body %1").arg(i);
        articles << a;
    }
    const auto ids = library.articles().insert(articles);
    QVERIFY(ids.ok());
    m_pagingIds = *ids;
    for (int i = 0; i < m_pagingIds.size(); ++i)
        m_pagingStatus.insert(m_pagingIds.at(i), articles.at(i).status);

    QSqlQuery sql(library.database());
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO topics(name) VALUES ('Economy'), ('Politics'), ('Sport'), "
                                    "('culture')")));
    const Status linked = library.transaction([&]() -> Status {
        for (int i = 0; i < m_pagingIds.size(); ++i) {
            const qint64 id = m_pagingIds.at(i);
            if (i % 3 == 0 || i % 7 == 0) {
                QSqlQuery link(library.database());
                link.prepare(QStringLiteral("INSERT INTO article_topics(article_id, topic_id, created_at) "
                                            "SELECT ?, id, 0 FROM topics WHERE id % ? = ?"));
                link.addBindValue(id);
                link.addBindValue(1 + i % 3);
                link.addBindValue(i % (1 + i % 3));
                if (!link.exec())
                    return Error{Error::Code::Failed, link.lastError().text()};
            }
            for (int c = 0; c < (i % 4 == 0 ? i % 5 : 0); ++c) {
                Comment comment;
                comment.articleId = id;
                comment.status = c % 2 ? CommentStatus::Approved : CommentStatus::Pending;
                if (auto inserted = library.comments().insert(comment); !inserted)
                    return inserted.error();
            }
        }
        return {};
    });
    QVERIFY2(linked.ok(), qPrintable(linked.errorString()));

    QList<qint64> toTrash;
    for (int i = 0; i < m_pagingIds.size(); i += 11)
        toTrash << m_pagingIds.at(i);
    QVERIFY(library.articles().moveToTrash(toTrash).ok());
    m_pagingTrashed = QSet<qint64>(toTrash.cbegin(), toTrash.cend());
}

void TestArticleRepository::keysetPaging_data()
{
    QTest::addColumn<ArticleSortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("trash");
    QTest::addColumn<std::optional<ArticleStatus>>("status");
    for (ArticleSortKey key : pagedSortKeys) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *direction = order == Qt::AscendingOrder ? "asc" : "desc";
            QTest::addRow("%s %s", sortKeyName(key), direction)
                << key << order << false << std::optional<ArticleStatus>();
            QTest::addRow("%s %s reviewed", sortKeyName(key), direction)
                << key << order << false << std::optional<ArticleStatus>(ArticleStatus::Reviewed);
            QTest::addRow("%s %s trash", sortKeyName(key), direction)
                << key << order << true << std::optional<ArticleStatus>();
        }
    }
}

void TestArticleRepository::keysetPaging()
{
    QFETCH(ArticleSortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, trash);
    QFETCH(std::optional<ArticleStatus>, status);
    buildPagingLibrary();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_paging);
    ArticleRepository &articles = (*m_paging)->articles();

    ArticleQuery query;
    query.sort = sort;
    query.order = order;
    query.trash = trash;
    query.status = status;

    QSet<qint64> expected;
    for (qint64 id : std::as_const(m_pagingIds))
        if (m_pagingTrashed.contains(id) == trash && (!status || m_pagingStatus.value(id) == *status))
            expected << id;
    QVERIFY(expected.size() > 37);

    const auto all = articles.page(query, std::nullopt, 1000);
    QVERIFY2(all.ok(), qPrintable(all.errorString()));
    QCOMPARE(idSet(*all), expected);
    QCOMPARE(all->size(), expected.size());
    QCOMPARE(*articles.count(query), expected.size());

    // The single page is in the order asked for, ties broken by id, judged from the rows' own columns.
    const int direction = order == Qt::AscendingOrder ? 1 : -1;
    for (qsizetype i = 1; i < all->size(); ++i) {
        const ArticleRow &previous = all->at(i - 1);
        const ArticleRow &current = all->at(i);
        const int byKey = compareOn(sort, previous, current) * direction;
        const bool inOrder = byKey < 0 || (byKey == 0 && (previous.id < current.id) == (direction > 0));
        QVERIFY2(inOrder, qPrintable(QStringLiteral("rows %1 (id %2) and %3 (id %4) out of order")
                                         .arg(i - 1)
                                         .arg(previous.id)
                                         .arg(i)
                                         .arg(current.id)));
    }

    QList<qint64> paged;
    std::optional<PageCursor> cursor;
    for (int pages = 0; pages < 100; ++pages) {
        const auto page = articles.page(query, cursor, 37);
        QVERIFY2(page.ok(), qPrintable(page.errorString()));
        QVERIFY(page->size() <= 37);
        paged << idsOf(*page);
        if (page->size() < 37)
            break;
        cursor = PageCursor{page->last().sortValue, page->last().id};
    }
    QCOMPARE(paged, idsOf(*all));
}

void TestArticleRepository::statusAndTrashFilters()
{
    TestLibrary library;
    QList<Article> articles;
    for (ArticleStatus status : ArticleText::allStatuses())
        for (int i = 0; i < 3; ++i) {
            Article a = article(QStringLiteral("%1 %2").arg(ArticleText::statusKey(status)).arg(i));
            a.status = status;
            articles << a;
        }
    const auto ids = library->articles().insert(articles);
    QVERIFY(ids.ok());
    // The first of each status goes to the trash.
    QVERIFY(library->articles().moveToTrash({ids->at(0), ids->at(3), ids->at(6), ids->at(9)}).ok());

    for (ArticleStatus status : ArticleText::allStatuses()) {
        for (bool trash : {false, true}) {
            ArticleQuery query;
            query.status = status;
            query.trash = trash;
            const auto rows = library->articles().page(query, std::nullopt, 100);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), trash ? 1 : 2);
            QCOMPARE(*library->articles().count(query), trash ? 1 : 2);
            for (const ArticleRow &row : *rows) {
                QCOMPARE(row.status, status);
                QCOMPARE(library->articles().find(row.id)->trashedAt.isValid(), trash);
            }
        }
    }
    ArticleQuery everything;
    QCOMPARE(library->articles().page(everything, std::nullopt, 100)->size(), 8);
    everything.trash = true;
    QCOMPARE(library->articles().page(everything, std::nullopt, 100)->size(), 4);
}

void TestArticleRepository::rowsOnlyMatching()
{
    TestLibrary library;
    Article a = article(QStringLiteral("Zebra crossing"));
    Article b = article(QStringLiteral("Reviewed one"));
    b.status = ArticleStatus::Reviewed;
    Article c = article(QStringLiteral("Reviewed zebra, trashed"));
    c.status = ArticleStatus::Reviewed;
    Article d = article(QStringLiteral("Selected zebra"));
    d.status = ArticleStatus::Selected;
    Article e = article(QStringLiteral("Not asked about"));
    e.status = ArticleStatus::Reviewed;
    const auto ids = library->articles().insert({a, b, c, d, e});
    QVERIFY(ids.ok());
    const qint64 ia = ids->at(0), ib = ids->at(1), ic = ids->at(2), id = ids->at(3);
    QVERIFY(library->articles().moveToTrash({ic}).ok());
    const QList<qint64> asked{ia, ib, ic, id, 9999};

    ArticleQuery reviewed;
    reviewed.status = ArticleStatus::Reviewed;
    auto rows = library->articles().rows(reviewed, asked);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QCOMPARE(idSet(*rows), QSet<qint64>{ib});

    rows = library->articles().rows({}, asked);
    QVERIFY(rows.ok());
    QCOMPARE(idSet(*rows), (QSet<qint64>{ia, ib, id}));
    for (const ArticleRow &row : *rows)
        QCOMPARE(row.title, library->articles().find(row.id)->title);

    ArticleQuery trash;
    trash.trash = true;
    rows = library->articles().rows(trash, asked);
    QVERIFY(rows.ok());
    QCOMPARE(idSet(*rows), QSet<qint64>{ic});

    rows = library->articles().rows(searchFor(QStringLiteral("zebra ")), asked);
    QVERIFY(rows.ok());
    QCOMPARE(idSet(*rows), (QSet<qint64>{ia, id}));
    for (const ArticleRow &row : *rows)
        QVERIFY(row.snippet.contains(QChar(0x02)));

    rows = library->articles().rows({}, {});
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
}

void TestArticleRepository::searchRanksTitleAboveBody()
{
    TestLibrary library;
    // The body-only match goes in first, so an order by id alone would put it on top.
    const auto ids = library->articles().insert(
        {article(QStringLiteral("Council budget vote"),
                 QStringLiteral(
                     "Members debated for hours. The harbour levy came up late, after the schools budget "
                     "and the roads budget, and was passed without a vote.")),
         article(QStringLiteral("Harbour pilots return to work"),
                 QStringLiteral("Pilots resumed their shifts on Monday after a week of talks.")),
         article(QStringLiteral("Unrelated"), QStringLiteral("Nothing to see here."))});
    QVERIFY(ids.ok());
    const qint64 bodyMatch = ids->at(0), titleMatch = ids->at(1);

    auto rows = library->articles().page(searchFor(QStringLiteral("harbour ")), std::nullopt, 10);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QCOMPARE(idsOf(*rows), (QList<qint64>{titleMatch, bodyMatch}));
    QVERIFY(rows->at(0).sortValue.toDouble() < rows->at(1).sortValue.toDouble());

    ArticleQuery worstFirst = searchFor(QStringLiteral("harbour"));
    worstFirst.order = Qt::DescendingOrder;
    rows = library->articles().page(worstFirst, std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(idsOf(*rows), (QList<qint64>{bodyMatch, titleMatch}));
    QCOMPARE(*library->articles().count(worstFirst), 2);

    // Diacritics and case do not matter.
    rows = library->articles().page(searchFor(QStringLiteral("HÁRBOUR ")), std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
}

void TestArticleRepository::searchPrefixPhraseOrNot_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); ///< Titles found, in any order.

    const QStringList none;
    QTest::newRow("prefix while typing")
        << QStringLiteral("negot") << QStringList{QStringLiteral("Negotiations")};
    QTest::newRow("no prefix after a space") << QStringLiteral("negot ") << none;
    QTest::newRow("prefix on the last word only") << QStringLiteral("negot resu") << none;
    QTest::newRow("whole words, prefix last")
        << QStringLiteral("negotiations resu") << QStringList{QStringLiteral("Negotiations")};
    QTest::newRow("all words must match")
        << QStringLiteral("port strike ")
        << QStringList{QStringLiteral("Phrase"), QStringLiteral("Scattered")};
    QTest::newRow("phrase") << QStringLiteral("\"port strike\"") << QStringList{QStringLiteral("Phrase")};
    QTest::newRow("phrase unterminated")
        << QStringLiteral("\"port strike") << QStringList{QStringLiteral("Phrase")};
    QTest::newRow("phrase and word") << QStringLiteral("\"strike ended\" port")
                                     << QStringList{QStringLiteral("Phrase")};
    QTest::newRow("OR") << QStringLiteral("quokka OR wombat ")
                        << QStringList{QStringLiteral("Quokka"), QStringLiteral("Wombat")};
    QTest::newRow("OR, prefix") << QStringLiteral("quokka OR womb")
                                << QStringList{QStringLiteral("Quokka"), QStringLiteral("Wombat")};
    QTest::newRow("both words") << QStringLiteral("quokka wombat ") << none;
    QTest::newRow("lowercase or is a word") << QStringLiteral("quokka or wombat ") << none;
    QTest::newRow("NOT") << QStringLiteral("port NOT strike ") << QStringList{QStringLiteral("Reopened")};
    QTest::newRow("AND NOT") << QStringLiteral("port AND NOT strike ")
                             << QStringList{QStringLiteral("Reopened")};
    QTest::newRow("AND") << QStringLiteral("port AND reopened ") << QStringList{QStringLiteral("Reopened")};
    QTest::newRow("OR OR") << QStringLiteral("quokka OR OR wombat ")
                           << QStringList{QStringLiteral("Quokka"), QStringLiteral("Wombat")};
    QTest::newRow("dangling OR") << QStringLiteral("quokka OR ") << QStringList{QStringLiteral("Quokka")};
}

void TestArticleRepository::searchPrefixPhraseOrNot()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("Negotiations"), QStringLiteral("Talks resume on Monday.")),
         article(QStringLiteral("Phrase"), QStringLiteral("The port strike ended today.")),
         article(QStringLiteral("Scattered"), QStringLiteral("A strike closed the port for a week.")),
         article(QStringLiteral("Reopened"), QStringLiteral("The port reopened at dawn.")),
         article(QStringLiteral("Quokka"), QStringLiteral("A quokka smiled.")),
         article(QStringLiteral("Wombat"), QStringLiteral("A wombat dug a burrow."))});
    QVERIFY(ids.ok());

    const auto rows = library->articles().page(searchFor(search), std::nullopt, 100);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QStringList titles;
    for (const ArticleRow &row : *rows)
        titles << row.title;
    titles.sort();
    expected.sort();
    QCOMPARE(titles, expected);
    const auto count = library->articles().count(searchFor(search));
    QVERIFY2(count.ok(), qPrintable(count.errorString()));
    QCOMPARE(*count, expected.size());
}

void TestArticleRepository::searchNeverErrors_data()
{
    QTest::addColumn<QString>("search");
    const QStringList inputs{
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("\"port"),
        QStringLiteral("port\""),
        QStringLiteral("po\"rt"),
        QStringLiteral("-"),
        QStringLiteral("-port"),
        QStringLiteral("port -strike"),
        QStringLiteral("*"),
        QStringLiteral("port*"),
        QStringLiteral("*port"),
        QStringLiteral(":"),
        QStringLiteral("title:port"),
        QStringLiteral("{title dek}: port"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("(port"),
        QStringLiteral("NEAR("),
        QStringLiteral("NEAR(port strike)"),
        QStringLiteral("NEAR(port strike, 2)"),
        QStringLiteral("^port"),
        QStringLiteral("+"),
        QStringLiteral("port + strike"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("AND"),
        QStringLiteral("OR port"),
        QStringLiteral("port OR"),
        QStringLiteral("port NOT"),
        QStringLiteral("port OR OR strike"),
        QStringLiteral("port AND NOT strike"),
        QStringLiteral("NOT NOT NOT"),
        QStringLiteral("port OR NOT AND strike"),
        QStringLiteral("\"\" OR port"),
        QStringLiteral("port OR \"\""),
        QStringLiteral("'"),
        QStringLiteral("port's"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        QStringLiteral(";DROP TABLE articles;--"),
        QStringLiteral("港"),
        QStringLiteral("ｐｏｒｔ"),
        QStringLiteral("\t"),
        QStringLiteral("   "),
        QStringLiteral("a\"b\"c"),
        QStringLiteral("\"port\" \"strike"),
        QStringLiteral("\x01\x02\x03"),
        // Found by fuzz_search_query: FTS5 stopped reading at the NUL, inside an open quote.
        QStringLiteral("japan%1%1\"a NOT china AND trade").arg(QChar(u'\0')),
        QString(QChar(u'\0')),
    };
    for (const QString &input : inputs) {
        // Control characters stay out of row names, which end up in XML test reports.
        QString name;
        for (const QChar ch : input)
            name += ch.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'))
                                        : QString(ch);
        QTest::addRow("%s", qPrintable(name)) << input;
        QTest::addRow("%s + space", qPrintable(name)) << input + QLatin1Char(' ');
    }
}

void TestArticleRepository::searchNeverErrors()
{
    QFETCH(QString, search);
    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("Port strike ends"),
                 QStringLiteral("The port strike ended: dockers (all of them) "
                                "voted \"yes\" - 1,412 to 388.")),
         article(QStringLiteral("港のストライキ"), QStringLiteral("港湾労働者がストライキを終えた。"))});
    QVERIFY(ids.ok());

    const auto rows = library->articles().page(searchFor(search), std::nullopt, 50);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    ArticleQuery byDate;
    byDate.search = search;
    const auto dated = library->articles().page(byDate, std::nullopt, 50);
    QVERIFY2(dated.ok(), qPrintable(dated.errorString()));
    QCOMPARE(idSet(*dated), idSet(*rows));
    const auto count = library->articles().count(byDate);
    QVERIFY2(count.ok(), qPrintable(count.errorString()));
    QCOMPARE(*count, rows->size());
    const auto some = library->articles().rows(byDate, *ids);
    QVERIFY2(some.ok(), qPrintable(some.errorString()));
    QCOMPARE(idSet(*some), idSet(*rows));
}

void TestArticleRepository::searchSnippetMarkers()
{
    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("Budget"),
                 QStringLiteral("The council met on Tuesday. After a long debate the Harbour "
                                "levy was approved by nine votes to two."))});
    QVERIFY(ids.ok());
    const auto rows = library->articles().page(searchFor(QStringLiteral("harbour")), std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const QString snippet = rows->first().snippet;
    const qsizetype open = snippet.indexOf(QChar(0x02));
    const qsizetype close = snippet.indexOf(QChar(0x03));
    QVERIFY2(open >= 0 && close > open, qPrintable(snippet));
    QCOMPARE(snippet.mid(open + 1, close - open - 1), QStringLiteral("Harbour"));
    QCOMPARE(snippet.count(QChar(0x02)), snippet.count(QChar(0x03)));

    // Without a search there is no snippet.
    const auto plain = library->articles().page({}, std::nullopt, 10);
    QVERIFY(plain.ok());
    QVERIFY(plain->first().snippet.isEmpty());
}

void TestArticleRepository::searchFollowsEditsAndPurge()
{
    TestLibrary library;
    Article a =
        article(QStringLiteral("Quokka census"), QStringLiteral("Rangers counted animals on the island."));
    const auto ids =
        library->articles().insert({a, article(QStringLiteral("Other"), QStringLiteral("Other text."))});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();
    auto found = [&](const QString &text) {
        const auto rows = library->articles().page(searchFor(text + QLatin1Char(' ')), std::nullopt, 10);
        return rows.ok() ? idsOf(*rows) : QList<qint64>{-1};
    };
    const QList<qint64> just{id};
    const QList<qint64> nothing;
    QCOMPARE(found(QStringLiteral("quokka")), just);
    QCOMPARE(found(QStringLiteral("island")), just);

    QVERIFY(library->articles().setField(id, ArticleField::Title, QStringLiteral("Marsupial census")).ok());
    QCOMPARE(found(QStringLiteral("quokka")), nothing);
    QCOMPARE(found(QStringLiteral("marsupial")), just);

    QVERIFY(library->articles()
                .setField(id, ArticleField::Body, QStringLiteral("Rangers counted wombats."))
                .ok());
    QCOMPARE(found(QStringLiteral("island")), nothing);
    QCOMPARE(found(QStringLiteral("wombats")), just);

    QVERIFY(library->articles().setField(id, ArticleField::Dek, QStringLiteral("Ferry delays")).ok());
    QCOMPARE(found(QStringLiteral("ferry")), just);
    QVERIFY(library->articles().setField(id, ArticleField::Byline, QStringLiteral("By Odile Brandt")).ok());
    QCOMPARE(found(QStringLiteral("brandt")), just);
    // Fields outside the index do not bring words in.
    QVERIFY(library->articles().setField(id, ArticleField::Note, QStringLiteral("pelican")).ok());
    QCOMPARE(found(QStringLiteral("pelican")), nothing);

    QString error;
    QVERIFY2(ftsIntact(*library, &error), qPrintable(error));

    QVERIFY(library->articles().purge({id}).ok());
    QCOMPARE(found(QStringLiteral("marsupial")), nothing);
    QCOMPARE(found(QStringLiteral("wombats")), nothing);
    QCOMPARE(found(QStringLiteral("other")), QList<qint64>{ids->at(1)});
    QVERIFY2(ftsIntact(*library, &error), qPrintable(error));
}

void TestArticleRepository::searchLeavesOutTrash()
{
    TestLibrary library;
    const auto ids = library->articles().insert(
        {article(QStringLiteral("Lighthouse one")), article(QStringLiteral("Lighthouse two"))});
    QVERIFY(ids.ok());
    QVERIFY(library->articles().moveToTrash({ids->at(0)}).ok());
    ArticleQuery query = searchFor(QStringLiteral("lighthouse "));
    QCOMPARE(idsOf(*library->articles().page(query, std::nullopt, 10)), QList<qint64>{ids->at(1)});
    query.trash = true;
    QCOMPARE(idsOf(*library->articles().page(query, std::nullopt, 10)), QList<qint64>{ids->at(0)});
    QCOMPARE(*library->articles().count(query), 1);
}

void TestArticleRepository::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("word being typed") << QStringLiteral("pact") << QStringLiteral("\"pact\"*");
    QTest::newRow("finished word") << QStringLiteral("pact ") << QStringLiteral("\"pact\"");
    QTest::newRow("two words") << QStringLiteral("port strike") << QStringLiteral("\"port\" \"strike\"*");
    QTest::newRow("extra spaces") << QStringLiteral("  port   strike ")
                                  << QStringLiteral("\"port\" \"strike\"");
    QTest::newRow("phrase") << QStringLiteral("\"port strike\"") << QStringLiteral("\"port strike\"");
    QTest::newRow("phrase spaces collapse")
        << QStringLiteral("\" port   strike \"") << QStringLiteral("\"port strike\"");
    QTest::newRow("phrase then word")
        << QStringLiteral("\"port strike\" deal") << QStringLiteral("\"port strike\" \"deal\"*");
    QTest::newRow("unterminated phrase")
        << QStringLiteral("\"port strike") << QStringLiteral("\"port strike\"");
    QTest::newRow("empty phrase") << QStringLiteral("\"\"") << QString();
    QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
    QTest::newRow("empty phrase and word") << QStringLiteral("\"\" pact") << QStringLiteral("\"pact\"*");
    QTest::newRow("OR") << QStringLiteral("a OR b") << QStringLiteral("\"a\" OR \"b\"*");
    QTest::newRow("NOT") << QStringLiteral("a NOT b ") << QStringLiteral("\"a\" NOT \"b\"");
    QTest::newRow("AND") << QStringLiteral("a AND b ") << QStringLiteral("\"a\" AND \"b\"");
    QTest::newRow("lowercase or") << QStringLiteral("a or b ") << QStringLiteral("\"a\" \"or\" \"b\"");
    QTest::newRow("leading operator is a word") << QStringLiteral("OR a") << QStringLiteral("\"OR\" \"a\"*");
    QTest::newRow("lone operator") << QStringLiteral("NOT") << QStringLiteral("\"NOT\"*");
    QTest::newRow("dangling operator") << QStringLiteral("a OR ") << QStringLiteral("\"a\"");
    QTest::newRow("AND NOT") << QStringLiteral("a AND NOT b ") << QStringLiteral("\"a\" NOT \"b\"");
    QTest::newRow("OR OR") << QStringLiteral("a OR OR b ") << QStringLiteral("\"a\" OR \"b\"");
    QTest::newRow("operator after phrase")
        << QStringLiteral("\"a b\" OR c ") << QStringLiteral("\"a b\" OR \"c\"");
    QTest::newRow("quote inside word") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"*");
    QTest::newRow("trailing quote") << QStringLiteral("word\" ") << QStringLiteral("\"word\"\"\"");
    QTest::newRow("minus") << QStringLiteral("-x") << QStringLiteral("\"-x\"*");
    QTest::newRow("column filter") << QStringLiteral("title:x ") << QStringLiteral("\"title:x\"");
    QTest::newRow("star") << QStringLiteral("x* ") << QStringLiteral("\"x*\"");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a b) ") << QStringLiteral("\"NEAR(a\" \"b)\"");
    QTest::newRow("parenthesis") << QStringLiteral("( ") << QStringLiteral("\"(\"");
    QTest::newRow("non-Latin") << QStringLiteral("港湾") << QStringLiteral("\"港湾\"*");
    // Found by fuzz_search_query: FTS5 stopped reading at the NUL, inside an open quote (a syntax error).
    QTest::newRow("NUL separates words") << QStringLiteral("japan%1%1\"a NOT china").arg(QChar(u'\0'))
                                         << QStringLiteral("\"japan\" \"a NOT china\"");
}

void TestArticleRepository::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArticleRepository::ftsQuery(input), expected);
}

// A broad topic is listed by walking the sort index, a rare one from its own articles: the pages must
// be the same either way, in order, without gaps or repeats.
void TestArticleRepository::topicFilterPagesAlikeForBroadAndRareTopics()
{
    TestLibrary library;
    QList<Article> articles;
    for (int i = 0; i < 3300; ++i) {
        Article article;
        article.title = QStringLiteral("Story %1").arg(i);
        article.url = QStringLiteral("https://example.org/%1").arg(i);
        article.publishedAt = QDateTime::fromSecsSinceEpoch(1700000000 + (i % 97) * 3600, Qt::UTC);
        articles << article;
    }
    const QList<qint64> ids = library->articles().insert(articles).value();
    Topic broad;
    broad.name = QStringLiteral("Broad");
    const qint64 broadId = library->topics().create(broad).value();
    Topic rare;
    rare.name = QStringLiteral("Rare");
    rare.parentId = broadId; // a subtopic's articles count for its parent
    const qint64 rareId = library->topics().create(rare).value();
    QVERIFY(library->topics().tag(ids.mid(0, 3100), {broadId}));
    QVERIFY(library->topics().tag(ids.mid(3100, 7), {rareId}));

    for (const auto &[topic, expected] : {std::pair{broadId, 3107}, std::pair{rareId, 7}}) {
        ArticleQuery query;
        query.topicId = topic;
        QList<ArticleRow> all;
        std::optional<PageCursor> after;
        for (;;) {
            const auto page = library->articles().page(query, after, 200);
            QVERIFY2(page, qPrintable(page.errorString()));
            if (page->isEmpty())
                break;
            all += *page;
            after = PageCursor{page->last().sortValue, page->last().id};
        }
        QCOMPARE(all.size(), expected);
        QCOMPARE(library->articles().count(query).value(), expected);
        QSet<qint64> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            seen.insert(all.at(i).id);
            if (i > 0)
                QVERIFY(std::pair(all.at(i - 1).sortValue.toLongLong(), all.at(i - 1).id) >
                        std::pair(all.at(i).sortValue.toLongLong(), all.at(i).id));
        }
        QCOMPARE(seen.size(), expected);
    }
    // The same through `topic:` in the search text.
    ArticleQuery byName;
    byName.search = QStringLiteral("topic:broad");
    QCOMPARE(library->articles().page(byName, std::nullopt, 5000)->size(), 3107);
}

void TestArticleRepository::searchByKeyPagesAlikeForManyAndFewMatches()
{
    // Past 2,000 matches a search sorted by date, title or source walks that index instead of sorting
    // its matches: every page must be the same either way, with a topic and a status filter too.
    TestLibrary library;
    QList<Article> articles;
    for (int i = 0; i < 2600; ++i) {
        Article article = ::article(QStringLiteral("Story %1").arg((i * 7919) % 2600),
                                    i % 500 == 0 ? QStringLiteral("common and rare words")
                                                 : QStringLiteral("common words only"));
        article.source = QStringLiteral("Source %1").arg(i % 13);
        article.url = QStringLiteral("https://example.org/%1").arg(i);
        if (i % 31 != 0)
            article.publishedAt = QDateTime::fromSecsSinceEpoch(1700000000 + (i % 97) * 3600, Qt::UTC);
        article.status = i % 3 == 0 ? ArticleStatus::Selected : ArticleStatus::New;
        articles << article;
    }
    const QList<qint64> ids = library->articles().insert(articles).value();
    QVERIFY(library->articles().moveToTrash({ids.at(5), ids.at(500)}));
    Topic topic;
    topic.name = QStringLiteral("Desk");
    const qint64 topicId = library->topics().create(topic).value();
    QVERIFY(library->topics().tag(ids.mid(0, 1200), {topicId}));

    const QStringList searches{QStringLiteral("common"), QStringLiteral("rare"),
                               QStringLiteral("common status:selected"), QStringLiteral("common topic:desk")};
    const QList<ArticleSortKey> keys{ArticleSortKey::Published, ArticleSortKey::Title,
                                     ArticleSortKey::Source};
    for (const QString &text : searches) {
        for (ArticleSortKey key : keys) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ArticleQuery query;
                query.search = text;
                query.sort = key;
                query.order = order;
                const int expected = library->articles().count(query).value();
                QList<ArticleRow> all;
                std::optional<PageCursor> after;
                for (;;) {
                    const auto page = library->articles().page(query, after, 300);
                    QVERIFY2(page, qPrintable(page.errorString()));
                    if (page->isEmpty())
                        break;
                    all += *page;
                    after = PageCursor{page->last().sortValue, page->last().id};
                }
                const QString context = QStringLiteral("%1, %2, %3")
                                            .arg(text, QLatin1String(sortKeyName(key)),
                                                 order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                             : QStringLiteral("descending"));
                QVERIFY2(all.size() == expected, qPrintable(context));
                QCOMPARE(idSet(all).size(), expected);
                for (qsizetype i = 1; i < all.size(); ++i) {
                    int c = compareOn(key, all.at(i - 1), all.at(i));
                    if (c == 0)
                        c = all.at(i - 1).id < all.at(i).id ? -1 : 1;
                    QVERIFY2(order == Qt::AscendingOrder ? c < 0 : c > 0, qPrintable(context));
                }
                for (const ArticleRow &row : std::as_const(all))
                    QVERIFY2(!row.snippet.isEmpty(), qPrintable(context));
            }
        }
    }
    ArticleQuery common;
    common.search = QStringLiteral("common");
    QCOMPARE(library->articles().count(common).value(), 2598);
}

void TestArticleRepository::rankedSearchWithManyMatchesRanksNewestFirst()
{
    // Past 2,000 matches a search by relevance ranks the newest 2,000 first, best first, then the older
    // ones, best first too; every match is still listed once, in one order of sort values and ids.
    constexpr int Articles = 2300;
    constexpr int Newest = 2000;
    TestLibrary library;
    QList<Article> articles;
    for (int i = 0; i < Articles; ++i) {
        // One in a hundred has the word in its title too, so ranks the better.
        Article article = ::article(i % 100 == 0 ? QStringLiteral("Harbour story %1").arg(i)
                                                 : QStringLiteral("Story %1").arg(i),
                                    QStringLiteral("The harbour opened again, %1.").arg(i));
        article.url = QStringLiteral("https://example.org/%1").arg(i);
        articles << article;
    }
    const QList<qint64> ids = library->articles().insert(articles).value();
    QVERIFY(library->articles().moveToTrash({ids.at(1), ids.at(Articles - 1)}));
    const QSet<qint64> trashed{ids.at(1), ids.at(Articles - 1)};
    const auto isTitleMatch = [&ids](qint64 id) { return ids.indexOf(id) % 100 == 0; };

    const auto allPages = [&library](const ArticleQuery &query, QList<ArticleRow> *all) {
        std::optional<PageCursor> after;
        for (;;) {
            const auto page = library->articles().page(query, after, 280); // pages cross the groups
            QVERIFY2(page, qPrintable(page.errorString()));
            if (page->isEmpty())
                break;
            *all += *page;
            after = PageCursor{page->last().sortValue, page->last().id};
        }
    };
    const ArticleQuery bestFirst = searchFor(QStringLiteral("harbour"));
    QList<ArticleRow> all;
    allPages(bestFirst, &all);
    QCOMPARE(all.size(), Articles - 2);
    QCOMPARE(*library->articles().count(bestFirst), Articles - 2);
    QCOMPARE(idSet(all).size(), Articles - 2);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const double before = all.at(i - 1).sortValue.toDouble(), now = all.at(i).sortValue.toDouble();
        QVERIFY(before < now || (before == now && all.at(i - 1).id < all.at(i).id));
    }

    // The newest matches first (the one in the trash is not listed), their title matches on top.
    const QSet<qint64> newest = QSet<qint64>(ids.cbegin() + (Articles - Newest), ids.cend()) - trashed;
    QCOMPARE(idSet(all.mid(0, newest.size())), newest);
    const int newestTitleMatches = Newest / 100;
    for (qsizetype i = 0; i < newest.size(); ++i)
        QCOMPARE(isTitleMatch(all.at(i).id), i < newestTitleMatches);
    // Then the older ones, also best first.
    const QList<qint64> olderTitleMatches{ids.at(0), ids.at(100), ids.at(200)};
    QCOMPARE(idsOf(all.mid(newest.size(), 3)), olderTitleMatches);

    // Worst first is the same list backwards.
    ArticleQuery worstFirst = bestFirst;
    worstFirst.order = Qt::DescendingOrder;
    QList<ArticleRow> backwards;
    allPages(worstFirst, &backwards);
    QList<qint64> expected = idsOf(all);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(idsOf(backwards), expected);

    // rows() gives a row the sort value its page gave it, so the list can place a row it is told of.
    const QList<qint64> some{ids.at(0), ids.at(Articles - 2)};
    const auto rows = library->articles().rows(bestFirst, some);
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(rows->size(), 2);
    for (const ArticleRow &row : *rows) {
        const auto listed = std::find_if(all.cbegin(), all.cend(),
                                         [&row](const ArticleRow &other) { return other.id == row.id; });
        QVERIFY(listed != all.cend());
        QCOMPARE(row.sortValue.toDouble(), listed->sortValue.toDouble());
    }

    // A filter keeps its meaning across both groups.
    QVERIFY(library->articles().setStatus({ids.at(0), ids.at(2000)}, ArticleStatus::Selected));
    ArticleQuery selected = bestFirst;
    selected.status = ArticleStatus::Selected;
    const auto page = library->articles().page(selected, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(idsOf(*page), (QList<qint64>{ids.at(2000), ids.at(0)}));
    QCOMPARE(*library->articles().count(selected), 2);
}

void TestArticleRepository::topicCountsEachArticleOnce()
{
    // A topic with a large share of all tags is counted from the whole tag table: an article tagged with
    // two topics of the subtree counts once, one in the trash not at all, the same as its pages.
    TestLibrary library;
    QList<Article> articles;
    for (int i = 0; i < 12; ++i)
        articles << article(QStringLiteral("Story %1").arg(i));
    const QList<qint64> ids = library->articles().insert(articles).value();
    Topic desk;
    desk.name = QStringLiteral("Desk");
    const qint64 deskId = library->topics().create(desk).value();
    Topic politics;
    politics.name = QStringLiteral("Politics");
    politics.parentId = deskId;
    const qint64 politicsId = library->topics().create(politics).value();
    Topic sport;
    sport.name = QStringLiteral("Sport");
    sport.parentId = deskId;
    const qint64 sportId = library->topics().create(sport).value();
    Topic rare;
    rare.name = QStringLiteral("Rare");
    const qint64 rareId = library->topics().create(rare).value();
    QVERIFY(library->topics().tag(ids.mid(0, 6), {politicsId}));
    QVERIFY(library->topics().tag(ids.mid(3, 6), {sportId})); // 3, 4 and 5 have both
    QVERIFY(library->topics().tag({ids.at(2)}, {deskId}));
    QVERIFY(library->topics().tag({ids.at(10)}, {rareId}));
    QVERIFY(library->articles().moveToTrash({ids.at(4), ids.at(8)}));

    const auto byId = [](qint64 topicId) {
        ArticleQuery query;
        query.topicId = topicId;
        return query;
    };
    const auto byName = [](const QString &name) {
        ArticleQuery query;
        query.search = QStringLiteral("topic:\"%1\"").arg(name);
        return query;
    };
    const QList<std::pair<ArticleQuery, int>> expectations{
        {byId(deskId), 7}, {byName(QStringLiteral("desk")), 7},  {byId(politicsId), 5}, {byId(sportId), 4},
        {byId(rareId), 1}, {byName(QStringLiteral("Sport")), 4},
    };
    for (const auto &[query, expected] : expectations) {
        QCOMPARE(*library->articles().count(query), expected);
        QCOMPARE(library->articles().page(query, std::nullopt, 100)->size(), expected);
    }
    ArticleQuery inTrash = byId(deskId);
    inTrash.trash = true;
    QCOMPARE(*library->articles().count(inTrash), 2);
    ArticleQuery withStatus = byId(deskId);
    withStatus.status = ArticleStatus::New;
    QCOMPARE(*library->articles().count(withStatus), 7);
}

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"
