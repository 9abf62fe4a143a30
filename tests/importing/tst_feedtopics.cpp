// A JSON Feed's item tags become the article's confirmed topics on import: an existing topic is found
// by name anywhere in the tree, whatever the case; a missing one is created at the top level.

#include "TestLibrary.h"
#include "importing/FeedImporter.h"
#include "importing/ImportWriter.h"
#include "library/TopicRepository.h"

#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

ImportSource jsonFeed()
{
    ImportSource source;
    source.name = QStringLiteral("exchange.json");
    source.url = QUrl(QStringLiteral("https://feeds.example/exchange.json"));
    source.contentType = QStringLiteral("application/feed+json");
    // Written out rather than as a raw string literal, which moc misreads.
    source.data = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Exchange\","
                  "\"items\": ["
                  "{\"id\": \"a\", \"url\": \"https://wire.example/a\", \"title\": \"Steel tariffs rise\","
                  "\"content_text\": \"Valdoria raised tariffs on steel imports again.\","
                  "\"tags\": [\"trade DISPUTES\", \"grain\", \" grain \", \"\"]},"
                  "{\"id\": \"b\", \"url\": \"https://wire.example/b\", \"title\": \"Wheat harvest\","
                  "\"content_text\": \"The wheat harvest came in early this year.\", \"tags\": [\"Grain\"]},"
                  "{\"id\": \"c\", \"url\": \"https://wire.example/c\", \"title\": \"No tags\","
                  "\"content_text\": \"Nothing to tag here at all, the story says.\"}"
                  "]}";
    return source;
}

QStringList topicNames(Library &library, qint64 articleId)
{
    QStringList names;
    for (const ArticleTopic &link : library.topics().topicsOf(articleId).value()) {
        names << library.topics().find(link.topicId)->name;
        if (link.origin != TagOrigin::Manual)
            names.last() += QStringLiteral(" (not manual)");
    }
    names.sort();
    return names;
}

} // namespace

class TestFeedTopics : public QObject
{
    Q_OBJECT

private slots:
    void tagsAreReadOncePerItem();
    void tagsBecomeConfirmedTopics();
};

void TestFeedTopics::tagsAreReadOncePerItem()
{
    const auto read = JsonFeedImporter().read(jsonFeed());
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->articles.size(), 3);
    QCOMPARE(read->articles.at(0).topics,
             (QStringList{QStringLiteral("trade DISPUTES"), QStringLiteral("grain")}));
    QCOMPARE(read->articles.at(1).topics, QStringList{QStringLiteral("Grain")});
    QVERIFY(read->articles.at(2).topics.isEmpty());
}

void TestFeedTopics::tagsBecomeConfirmedTopics()
{
    TestLibrary library;
    Topic economy;
    economy.name = QStringLiteral("Economy");
    const qint64 economyId = library->topics().create(economy).value();
    Topic trade;
    trade.name = QStringLiteral("Trade disputes");
    trade.parentId = economyId;
    const qint64 tradeId = library->topics().create(trade).value();

    const auto read = JsonFeedImporter().read(jsonFeed());
    const auto written = ImportWriter::write(*library, read->articles);
    QVERIFY2(written, qPrintable(written.errorString()));
    QCOMPARE(written->size(), 3);
    const qint64 first = written->at(0).articleId;
    QCOMPARE(topicNames(*library, first),
             (QStringList{QStringLiteral("Trade disputes"), QStringLiteral("grain")}));
    QCOMPARE(library->topics().topicsOf(first)->first().topicId == tradeId ||
                 library->topics().topicsOf(first)->last().topicId == tradeId,
             true);
    // "Grain" on the second item is the topic the first one created, not a second one.
    QCOMPARE(topicNames(*library, written->at(1).articleId), QStringList{QStringLiteral("grain")});
    QCOMPARE(library->topics().findByName(QStringLiteral("GRAIN"))->size(), 1);
    QCOMPARE(library->topics().find(library->topics().findByName(QStringLiteral("grain"))->first())->parentId,
             0);
    QVERIFY(topicNames(*library, written->at(2).articleId).isEmpty());

    // Read again: duplicates, and nothing new in the taxonomy.
    const int topicsBefore = int(library->topics().all()->size());
    const auto again = ImportWriter::write(*library, JsonFeedImporter().read(jsonFeed())->articles);
    QVERIFY(again);
    for (const ImportedItem &item : *again)
        QCOMPARE(item.kind, ImportedItem::Kind::Duplicate);
    QCOMPARE(int(library->topics().all()->size()), topicsBefore);
}

QTEST_GUILESS_MAIN(TestFeedTopics)
#include "tst_feedtopics.moc"
