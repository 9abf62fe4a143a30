#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

qint64 addArticle(TestLibrary &library, const QString &title, const QString &body = {})
{
    Article article;
    article.title = title;
    article.setField(ArticleField::Body, body.isEmpty() ? title : body);
    return library->articles().insert({article}).value().first();
}

qint64 addTopic(TestLibrary &library, const QString &name, qint64 parent = 0)
{
    Topic topic;
    topic.name = name;
    topic.parentId = parent;
    return library->topics().create(topic).value();
}

/// Every (article, topic, origin) link, sorted, to compare states exactly.
QStringList linksOf(TestLibrary &library, const QList<qint64> &articles)
{
    QStringList links;
    for (qint64 article : articles)
        for (const ArticleTopic &link : library->topics().topicsOf(article).value())
            links << QStringLiteral("%1:%2:%3")
                         .arg(link.articleId)
                         .arg(link.topicId)
                         .arg(TopicRepository::originKey(link.origin));
    links.sort();
    return links;
}

} // namespace

class TestTopicRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void treeOrderAndNames();
    void tagUntagAndConfirm();
    void moveRefusesCycles();
    void deleteAndRestoreExactly();
    void mergeAndUndoExactly();
    void topicFilterAndSearchSyntax();
    void defaultTaxonomyAndRules();
};

void TestTopicRepository::treeOrderAndNames()
{
    TestLibrary library;
    const qint64 economy = addTopic(library, QStringLiteral("Economy"));
    const qint64 trade = addTopic(library, QStringLiteral("Trade disputes"), economy);
    const qint64 politics = addTopic(library, QStringLiteral("Politics"));
    const auto all = library->topics().all().value();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, economy);
    QCOMPARE(all.at(1).id, trade); // a child right after its parent
    QCOMPARE(all.at(2).id, politics);
    // Siblings need different names; the same name elsewhere in the tree is fine.
    Topic duplicate;
    duplicate.name = QStringLiteral("trade DISPUTES");
    duplicate.parentId = economy;
    QVERIFY(library->topics()
                .create(duplicate)
                .ok()); // NOCASE is not part of the unique index: names differ by case
    duplicate.name = QStringLiteral("Trade disputes");
    const auto refused = library->topics().create(duplicate);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QLatin1String("Trade disputes")));
    QCOMPARE(library->topics().findByName(QStringLiteral("trade disputes")).value().size(), 2);
}

void TestTopicRepository::tagUntagAndConfirm()
{
    TestLibrary library;
    const qint64 a = addArticle(library, QStringLiteral("A"));
    const qint64 b = addArticle(library, QStringLiteral("B"));
    const qint64 topic = addTopic(library, QStringLiteral("Elections"));
    QSignalSpy changed(library.get(), &Library::articleTopicsChanged);
    QCOMPARE(library->topics().tag({a, b}, {topic}, TagOrigin::Rule).value().size(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(library->topics().articleCounts().value().value(topic), 2);
    // Tagging again adds nothing, but a curator's tag confirms the rule's.
    QCOMPARE(library->topics().tag({a}, {topic}).value().size(), 0);
    QCOMPARE(library->topics().topicsOf(a).value().first().origin, TagOrigin::Manual);
    QCOMPARE(library->topics().topicsOf(b).value().first().origin, TagOrigin::Rule);
    const auto removed = library->topics().untag({a, b}, {topic}).value();
    QCOMPARE(removed.size(), 2);
    QVERIFY(linksOf(library, {a, b}).isEmpty());
    QVERIFY(library->topics().restoreLinks(removed).ok());
    QCOMPARE(linksOf(library, {a, b}), (QStringList{QStringLiteral("%1:%2:manual").arg(a).arg(topic),
                                                    QStringLiteral("%1:%2:rule").arg(b).arg(topic)}));
    // Trashed articles do not count.
    QVERIFY(library->articles().moveToTrash({b}).ok());
    QCOMPARE(library->topics().articleCounts().value().value(topic), 1);
}

void TestTopicRepository::moveRefusesCycles()
{
    TestLibrary library;
    const qint64 top = addTopic(library, QStringLiteral("Top"));
    const qint64 middle = addTopic(library, QStringLiteral("Middle"), top);
    const qint64 bottom = addTopic(library, QStringLiteral("Bottom"), middle);
    QVERIFY(!library->topics().move(top, bottom, 1).ok());
    QVERIFY(!library->topics().move(top, top, 1).ok());
    QVERIFY(library->topics().move(bottom, 0, 1).ok());
    QCOMPARE(library->topics().find(bottom)->parentId, 0);
    QCOMPARE(library->topics().all().value().first().id, bottom); // position 1 at the top level
}

void TestTopicRepository::deleteAndRestoreExactly()
{
    TestLibrary library;
    const qint64 a = addArticle(library, QStringLiteral("A"));
    const qint64 b = addArticle(library, QStringLiteral("B"));
    const qint64 parent = addTopic(library, QStringLiteral("Economy"));
    const qint64 child = addTopic(library, QStringLiteral("Trade"), parent);
    const qint64 other = addTopic(library, QStringLiteral("Other"));
    QVERIFY(library->topics().tag({a}, {parent}).ok());
    QVERIFY(library->topics().tag({a, b}, {child}, TagOrigin::Suggested, 0.7).ok());
    QVERIFY(library->topics().tag({b}, {other}).ok());
    QVERIFY(library->topics().reject(a, other).ok());
    const QStringList before = linksOf(library, {a, b});
    const auto topicsBefore = library->topics().all().value();
    QCOMPARE(library->topics().affectedArticles(parent).value(), 2);

    const auto taken = library->topics().remove(parent);
    QVERIFY(taken.ok());
    QCOMPARE(taken->topics.size(), 2);
    QCOMPARE(linksOf(library, {a, b}), QStringList{QStringLiteral("%1:%2:manual").arg(b).arg(other)});
    QVERIFY(library->topics().restore(*taken).ok());
    QCOMPARE(linksOf(library, {a, b}), before);
    const auto topicsAfter = library->topics().all().value();
    QCOMPARE(topicsAfter.size(), topicsBefore.size());
    for (int i = 0; i < topicsBefore.size(); ++i) {
        QCOMPARE(topicsAfter.at(i).id, topicsBefore.at(i).id);
        QCOMPARE(topicsAfter.at(i).parentId, topicsBefore.at(i).parentId);
        QCOMPARE(topicsAfter.at(i).name, topicsBefore.at(i).name);
    }
    QCOMPARE(library->topics().topicsOf(b).value().size(), 2);
}

void TestTopicRepository::mergeAndUndoExactly()
{
    TestLibrary library;
    const qint64 a = addArticle(library, QStringLiteral("A"));
    const qint64 b = addArticle(library, QStringLiteral("B"));
    const qint64 trade = addTopic(library, QStringLiteral("Trade"));
    const qint64 tariffs = addTopic(library, QStringLiteral("Tariffs"));
    const qint64 steel = addTopic(library, QStringLiteral("Steel"), tariffs);
    QVERIFY(library->topics().tag({a}, {trade}).ok());
    QVERIFY(library->topics().tag({a, b}, {tariffs}).ok());
    const QStringList before = linksOf(library, {a, b});

    auto merged = library->topics().merge(tariffs, trade);
    QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
    // Articles keep a tag (the topic merged into); children move along; the merged topic is gone.
    QCOMPARE(linksOf(library, {a, b}), (QStringList{QStringLiteral("%1:%2:manual").arg(a).arg(trade),
                                                    QStringLiteral("%1:%2:manual").arg(b).arg(trade)}));
    QCOMPARE(library->topics().find(steel)->parentId, trade);
    QVERIFY(!library->topics().find(tariffs).ok());
    QVERIFY(!library->topics().merge(trade, steel).ok()); // not into its own subtopic

    QVERIFY(library->topics().removeLinks(merged->second).ok());
    QVERIFY(library->topics().restore(merged->first).ok());
    QCOMPARE(linksOf(library, {a, b}), before);
    QCOMPARE(library->topics().find(steel)->parentId, tariffs);
}

void TestTopicRepository::topicFilterAndSearchSyntax()
{
    TestLibrary library;
    const qint64 a = addArticle(library, QStringLiteral("Tariff row deepens"),
                                QStringLiteral("Steel tariffs and quotas."));
    const qint64 b =
        addArticle(library, QStringLiteral("Summit ends"), QStringLiteral("Leaders met and talked tariffs."));
    addArticle(library, QStringLiteral("Unrelated"), QStringLiteral("Nothing here."));
    const qint64 economy = addTopic(library, QStringLiteral("Economy"));
    const qint64 trade = addTopic(library, QStringLiteral("Trade disputes"), economy);
    const qint64 diplomacy = addTopic(library, QStringLiteral("Diplomacy"));
    QVERIFY(library->topics().tag({a}, {trade}).ok());
    QVERIFY(library->topics().tag({b}, {diplomacy}).ok());

    ArticleQuery query;
    query.topicId = economy; // with its subtopics
    QCOMPARE(library->articles().count(query).value(), 1);
    QCOMPARE(library->articles().page(query, std::nullopt, 10)->first().id, a);

    ArticleQuery search;
    search.search = QStringLiteral("topic:\"trade disputes\" ");
    QCOMPARE(library->articles().count(search).value(), 1);
    search.search = QStringLiteral("tariffs topic:Diplomacy ");
    const auto rows = library->articles().page(search, std::nullopt, 10);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, b);
    QVERIFY(rows->first().snippet.contains(QChar(0x02)));
    search.search = QStringLiteral("topic:nonexistent");
    QCOMPARE(library->articles().count(search).value(), 0);
    QCOMPARE(ArticleRepository::parseSearch(QStringLiteral("a topic:\"x y\" b topic:z")).topics,
             (QStringList{QStringLiteral("x y"), QStringLiteral("z")}));
}

void TestTopicRepository::defaultTaxonomyAndRules()
{
    TestLibrary library;
    QVERIFY(library->topics().isEmpty().value());
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    const auto topics = library->topics().all().value();
    QVERIFY(topics.size() > 17);
    // Seeding twice adds nothing.
    QCOMPARE(TopicTagging::addTopics(*library, TopicTagging::exportTopics(*library).value()).value(), 0);

    const qint64 article =
        addArticle(library, QStringLiteral("Seoul sticks with GSOMIA"),
                   QStringLiteral("South Korea decided to stick with its GSOMIA intelligence-sharing "
                                  "pact with Japan."));
    const qint64 pacts =
        library->topics().findByName(QStringLiteral("Security pacts & intelligence sharing")).value().first();
    auto tagger = RuleTagger::load(*library);
    QVERIFY2(tagger.ok(), qPrintable(tagger.errorString()));
    const auto dry = tagger->apply(*library, {}, true).value();
    bool found = false;
    for (const RuleHit &hit : dry)
        found = found || (hit.articleId == article && hit.topicId == pacts);
    QVERIFY(found);
    QVERIFY(library->topics().topicsOf(article).value().isEmpty()); // a dry run changes nothing
    QVERIFY(tagger->apply(*library, {}, false).ok());
    const auto links = library->topics().topicsOf(article).value();
    QVERIFY(std::any_of(links.cbegin(), links.cend(), [pacts](const ArticleTopic &link) {
        return link.topicId == pacts && link.origin == TagOrigin::Rule;
    }));
    // A rule never brings back a tag the curator removed.
    QVERIFY(library->topics().untag({article}, {pacts}).ok());
    QVERIFY(library->topics().reject(article, pacts).ok());
    const auto again = tagger->apply(*library, {}, false).value();
    QVERIFY(
        std::none_of(again.cbegin(), again.cend(), [&](const RuleHit &hit) { return hit.topicId == pacts; }));
}

QTEST_GUILESS_MAIN(TestTopicRepository)
#include "tst_topicrepository.moc"
