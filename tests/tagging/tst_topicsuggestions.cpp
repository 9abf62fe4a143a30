// Learned suggestions on a real library: the evidence read from it, training, suggesting without the
// topics an article has or had rejected, the background service, and `newsdesk-cli suggest`.

#include "CliRunner.h"
#include "TestLibrary.h"
#include "TopicFixture.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicEvidence.h"
#include "library/TopicRepository.h"
#include "tagging/TopicSuggestions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestTopicSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void evidenceLeavesOutRulesAndTrash();
    void evidenceCutsLongTextsAndComesInOrder();
    void suggestsTheRightTopicAboveThreshold();
    void neverSuggestsWhatTheArticleHasOrRejected();
    void untaggedLibraryExplainsItself();
    void serviceTrainsInBackgroundAndRetrainsOnChange();
    void serviceRestartsWhenEvidenceChangesMidRun();
    void cliSuggest();
};

void TestTopicSuggestions::evidenceLeavesOutRulesAndTrash()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 4);
    // A rule's tag is not the curator's word; a rejection is; a trashed article is gone.
    QVERIFY(library->topics().tag({fixture.untagged.at(0)}, {fixture.summits}, TagOrigin::Rule));
    QVERIFY(library->topics().reject(fixture.untagged.at(1), fixture.summits));
    QVERIFY(library->topics().tag({fixture.untagged.at(2)}, {fixture.trade}, TagOrigin::Suggested, 0.8));
    QVERIFY(library->articles().moveToTrash({fixture.tradeArticles.at(0)}));

    const auto labelled = TopicEvidence(*library).labelledArticles();
    QVERIFY2(labelled, qPrintable(labelled.errorString()));
    QHash<qint64, LabelledArticle> byId;
    for (const LabelledArticle &article : *labelled)
        byId.insert(article.id, article);
    QCOMPARE(byId.size(), 3 + 4 + 2); // three live trade articles, four summit ones, a rejection, an accepted
    QVERIFY(!byId.contains(fixture.tradeArticles.at(0)));
    QVERIFY(!byId.contains(fixture.untagged.at(0)));
    QCOMPARE(byId.value(fixture.untagged.at(1)).rejected, QList<qint64>{fixture.summits});
    QVERIFY(byId.value(fixture.untagged.at(1)).confirmed.isEmpty());
    QCOMPARE(byId.value(fixture.untagged.at(2)).confirmed, QList<qint64>{fixture.trade});
    QVERIFY(byId.value(fixture.summitArticles.at(0))
                .text.contains(textOf(*library, fixture.summitArticles.at(0))));

    // By default suggest looks at live articles no curator tagged: a rule's tag does not count.
    const auto toSuggest = TopicEvidence(*library).articlesToSuggestFor({}, false);
    QVERIFY(toSuggest);
    QList<qint64> ids;
    for (const LabelledArticle &article : *toSuggest)
        ids << article.id;
    QCOMPARE(ids, (QList<qint64>{fixture.untagged.at(0), fixture.untagged.at(1), fixture.untagged.at(3)}));
    const auto all = TopicEvidence(*library).articlesToSuggestFor({}, true);
    QCOMPARE(all->size(), 4 + 3 + 4);
    const auto named = TopicEvidence(*library).articlesToSuggestFor({fixture.untagged.at(0)}, false);
    QCOMPARE(named->size(), 1);
    QCOMPARE(named->first().tagged, QList<qint64>{fixture.summits});
    QVERIFY(named->first().confirmed.isEmpty());

    const auto excluded = TopicEvidence(*library).excludedTopics(fixture.untagged.at(1));
    QCOMPARE(*excluded, QList<qint64>{fixture.summits});
}

void TestTopicSuggestions::evidenceCutsLongTextsAndComesInOrder()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 4);
    Article article;
    article.title = QStringLiteral("Trade talks resume");
    article.url = QStringLiteral("https://news.example/long-read");
    article.bodyText = QStringLiteral("Tariffs and quotas were discussed at length. ").repeated(300);
    const qint64 longRead = library->articles().insert({article}).value().first();
    QVERIFY(library->topics().tag({longRead}, {fixture.trade}, TagOrigin::Manual));

    const auto labelled = TopicEvidence(*library).labelledArticles();
    QVERIFY2(labelled, qPrintable(labelled.errorString()));
    QList<qint64> ids;
    for (const LabelledArticle &each : *labelled) {
        ids << each.id;
        QVERIFY(each.text.size() <= TopicEvidence::MaxTextLength);
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QCOMPARE(ids.last(), longRead);
    QCOMPARE(labelled->last().text.size(), qsizetype(TopicEvidence::MaxTextLength));
    QVERIFY(labelled->last().text.startsWith(article.title + QLatin1Char('\n')));
    QCOMPARE(labelled->last().confirmed, QList<qint64>{fixture.trade});
}

void TestTopicSuggestions::suggestsTheRightTopicAboveThreshold()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 20);
    auto classifier = TopicSuggestions::train(*library);
    QVERIFY2(classifier, qPrintable(classifier.errorString()));
    QCOMPARE(classifier->topics().size(), 2);
    QCOMPARE(classifier->documentCount(), 40);

    const auto trade =
        TopicSuggestions::suggest(*classifier, textOf(*library, fixture.untagged.at(0)), {}, 5);
    QVERIFY(!trade.isEmpty());
    QCOMPARE(trade.first().topicId, fixture.trade);
    QVERIFY(trade.first().aboveThreshold);
    for (const TopicSuggestion &suggestion : trade)
        QVERIFY(suggestion.aboveThreshold);
    const auto summit =
        TopicSuggestions::suggest(*classifier, textOf(*library, fixture.untagged.at(3)), {}, 5);
    QVERIFY(!summit.isEmpty());
    QCOMPARE(summit.first().topicId, fixture.summits);

    // Below-threshold topics come only when asked for, ranked after the others.
    const auto ranked =
        TopicSuggestions::suggest(*classifier, textOf(*library, fixture.untagged.at(0)), {}, 5, true);
    QCOMPARE(ranked.size(), 2);
    QVERIFY(ranked.at(0).confidence >= ranked.at(1).confidence);
    QCOMPARE(TopicSuggestions::suggest(*classifier, textOf(*library, fixture.untagged.at(0)), {}, 0).size(),
             0);
}

void TestTopicSuggestions::neverSuggestsWhatTheArticleHasOrRejected()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 20);
    SuggestionService service(*library);
    QSignalSpy ready(&service, &SuggestionService::classifierChanged);
    service.retrainNow();
    QVERIFY(ready.wait(30000));
    const qint64 article = fixture.untagged.at(0);
    QCOMPARE(service.suggestionsFor(article, textOf(*library, article)).first().topicId, fixture.trade);

    QVERIFY(library->topics().reject(article, fixture.trade));
    for (const TopicSuggestion &suggestion : service.suggestionsFor(article, textOf(*library, article)))
        QVERIFY(suggestion.topicId != fixture.trade);
    QVERIFY(library->topics().unreject(article, fixture.trade));
    QVERIFY(library->topics().tag({article}, {fixture.trade}, TagOrigin::Suggested, 0.9));
    for (const TopicSuggestion &suggestion : service.suggestionsFor(article, textOf(*library, article)))
        QVERIFY(suggestion.topicId != fixture.trade);
}

void TestTopicSuggestions::untaggedLibraryExplainsItself()
{
    TestLibrary library;
    QList<Article> articles;
    QRandomGenerator random(3);
    for (int i = 0; i < 5; ++i)
        articles << syntheticArticle(TradeWords, random, i);
    QVERIFY(library->articles().insert(articles));
    const auto none = TopicSuggestions::train(*library);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);

    SuggestionService service(*library);
    QSignalSpy ready(&service, &SuggestionService::classifierChanged);
    service.retrainNow();
    QCOMPARE(service.state(), SuggestionService::State::Training);
    QVERIFY(ready.wait(30000));
    QCOMPARE(service.state(), SuggestionService::State::Ready);
    QVERIFY(!service.stateMessage().isEmpty());
    QVERIFY(service.suggestionsFor(1, QStringLiteral("tariff export quota")).isEmpty());
}

void TestTopicSuggestions::serviceTrainsInBackgroundAndRetrainsOnChange()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 6);
    SuggestionService service(*library);
    service.setRetrainDelay(10);
    QSignalSpy ready(&service, &SuggestionService::classifierChanged);
    service.retrainNow();
    QVERIFY(ready.wait(30000));
    const auto first = service.classifier();
    QCOMPARE(first->documentCount(), 12);

    // The curator's tags change: a new classifier follows, learned from one more article.
    QVERIFY(library->topics().tag({fixture.untagged.at(0)}, {fixture.trade}));
    QVERIFY(ready.wait(30000));
    QCOMPARE(service.classifier()->documentCount(), 13);
    QVERIFY(service.classifier() != first);
    QCOMPARE(service.state(), SuggestionService::State::Ready);
}

void TestTopicSuggestions::serviceRestartsWhenEvidenceChangesMidRun()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 30);
    SuggestionService service(*library);
    QSignalSpy ready(&service, &SuggestionService::classifierChanged);
    service.retrainNow();
    // Changed while the first run is under way: that run's classifier is stale and never announced.
    QVERIFY(library->topics().tag({fixture.untagged.at(0)}, {fixture.trade}));
    service.retrainNow();
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(service.classifier()->documentCount(), 61);
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
}

void TestTopicSuggestions::cliSuggest()
{
    TestLibrary library;
    const TopicFixture fixture = fillTopicLibrary(*library, 20);
    const QString path = library.path();
    library.close();

    QTemporaryDir home;
    const auto run = [&](const QStringList &arguments) {
        const CliRun result =
            runCli(QStringList{QStringLiteral("suggest"), QStringLiteral("--library"), path} + arguments,
                   sealedCliEnvironment(home.path()));
        return std::make_pair(result.exitCode, result.out);
    };
    const auto [code, out] = run({QStringLiteral("--json")});
    QCOMPARE(code, 0);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QLatin1String("model")).toObject().value(QLatin1String("topics")).toInt(), 2);
    const QJsonArray articles = result.value(QLatin1String("articles")).toArray();
    QCOMPARE(articles.size(), fixture.untagged.size()); // by default: the untagged ones
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        const qint64 id = article.value(QLatin1String("id")).toInteger();
        const QJsonArray suggestions = article.value(QLatin1String("suggestions")).toArray();
        QVERIFY2(!suggestions.isEmpty(), qPrintable(QString::number(id)));
        const qint64 expected = id <= fixture.untagged.at(1) ? fixture.trade : fixture.summits;
        QCOMPARE(suggestions.first().toObject().value(QLatin1String("id")).toInteger(), expected);
        const double confidence =
            suggestions.first().toObject().value(QLatin1String("confidence")).toDouble();
        QVERIFY(confidence > 0.0 && confidence <= 1.0);
        QVERIFY(confidence >= suggestions.first().toObject().value(QLatin1String("threshold")).toDouble());
    }

    // Named articles, a limit, and --all.
    const auto [namedCode, named] =
        run({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1"),
             QString::number(fixture.tradeArticles.first())});
    QCOMPARE(namedCode, 0);
    const QJsonArray one = QJsonDocument::fromJson(named).object().value(QLatin1String("articles")).toArray();
    QCOMPARE(one.size(), 1);
    // It has its topic already, so that is not suggested again.
    for (const QJsonValue &suggestion : one.first().toObject().value(QLatin1String("suggestions")).toArray())
        QVERIFY(suggestion.toObject().value(QLatin1String("id")).toInteger() != fixture.trade);
    const auto [allCode, all] = run({QStringLiteral("--json"), QStringLiteral("--all")});
    QCOMPARE(allCode, 0);
    QCOMPARE(QJsonDocument::fromJson(all).object().value(QLatin1String("articles")).toArray().size(), 44);

    QCOMPARE(run({QStringLiteral("--limit"), QStringLiteral("0")}).first, 2);
    QCOMPARE(run({QStringLiteral("--all"), QStringLiteral("3")}).first, 2);
    QCOMPARE(run({QStringLiteral("999999")}).first, 1);
}

QTEST_GUILESS_MAIN(TestTopicSuggestions)
#include "tst_topicsuggestions.moc"
