// End-to-end tests of the topic commands of newsdesk-cli on the sample library: the tree with counts,
// tag and untag, the taxonomy edits, rules with a dry run, topic search, and `show` listing topics.

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk::Testing;

namespace {

/// The topic named so anywhere in a `topics --json` tree.
QJsonObject findTopic(const QJsonArray &tree, const QString &name)
{
    for (const QJsonValue &value : tree) {
        const QJsonObject topic = value.toObject();
        if (topic.value(QLatin1String("name")).toString() == name)
            return topic;
        const QJsonObject below = findTopic(topic.value(QLatin1String("children")).toArray(), name);
        if (!below.isEmpty())
            return below;
    }
    return {};
}

QStringList topicNamesOf(const QJsonObject &shown)
{
    QStringList names;
    for (const QJsonValue &topic : shown.value(QLatin1String("topics")).toArray())
        names << topic.toObject().value(QLatin1String("name")).toString() + QLatin1Char('/') +
                     topic.toObject().value(QLatin1String("origin")).toString();
    names.sort();
    return names;
}

} // namespace

class TestTaggingCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void treeCountsTheSampleTags();
    void tagAndUntag();
    void taxonomyEdits();
    void rulesDryRunThenApply();
    void searchByTopic();

private:
    CliRun run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--library"), m_library} + arguments,
                      sealedCliEnvironment(m_home->path()));
    }
    QJsonArray tree()
    {
        const CliRun listed = run({QStringLiteral("topics"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(listed.out).object().value(QLatin1String("topics")).toArray();
    }
    QJsonObject shown(qint64 id)
    {
        return QJsonDocument::fromJson(
                   run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out)
            .object();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_library;
};

void TestTaggingCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_library = m_home->filePath(QStringLiteral("library.sqlite"));
    // A new library gets the default taxonomy, and the samples come tagged with it.
    COMPARE_EXIT(run({QStringLiteral("load-samples")}), 0);
}

void TestTaggingCli::treeCountsTheSampleTags()
{
    const QJsonArray topics = tree();
    QCOMPARE(topics.size(), 17); // the IPTC top levels
    const QJsonObject pacts = findTopic(topics, QStringLiteral("Security pacts & intelligence sharing"));
    QCOMPARE(pacts.value(QLatin1String("articles")).toInt(), 2);
    QVERIFY(pacts.value(QLatin1String("code")).toString().startsWith(QLatin1String("medtop:")));
    const CliRun text = run({QStringLiteral("topics")});
    QVERIFY(text.out.contains("Security pacts & intelligence sharing\t2\t"));
}

void TestTaggingCli::tagAndUntag()
{
    // By name and by path; a second tag of the same topic adds nothing.
    PARSE_JSON(
        run({QStringLiteral("tag"), QStringLiteral("12"), QStringLiteral("Technology & AI"),
             QStringLiteral("Economy, business and finance/Trade disputes"), QStringLiteral("--json")}),
        tagged);
    QCOMPARE(tagged.value(QLatin1String("tagged")).toArray().size(), 2);
    PARSE_JSON(run({QStringLiteral("tag"), QStringLiteral("12"), QStringLiteral("technology & ai"),
                    QStringLiteral("--json")}),
               again);
    QCOMPARE(again.value(QLatin1String("tagged")).toArray().size(), 0);
    QCOMPARE(topicNamesOf(shown(12)), (QStringList{QStringLiteral("Technology & AI/manual"),
                                                   QStringLiteral("Trade disputes/manual")}));

    PARSE_JSON(run({QStringLiteral("untag"), QStringLiteral("12"), QStringLiteral("Trade disputes"),
                    QStringLiteral("--json")}),
               untagged);
    QCOMPARE(untagged.value(QLatin1String("untagged")).toArray().size(), 1);
    QCOMPARE(topicNamesOf(shown(12)), QStringList{QStringLiteral("Technology & AI/manual")});

    COMPARE_EXIT(run({QStringLiteral("tag"), QStringLiteral("12"), QStringLiteral("No such topic")}), 1);
    COMPARE_EXIT(run({QStringLiteral("tag"), QStringLiteral("9999"), QStringLiteral("Elections")}), 1);
    COMPARE_EXIT(run({QStringLiteral("tag"), QStringLiteral("12")}), 2);
}

void TestTaggingCli::taxonomyEdits()
{
    PARSE_JSON(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Fisheries"),
                    QStringLiteral("--parent"), QStringLiteral("Environment"), QStringLiteral("--json")}),
               added);
    const qint64 fisheries = added.value(QLatin1String("added")).toInteger();
    QVERIFY(fisheries > 0);
    COMPARE_EXIT(run({QStringLiteral("tag"), QStringLiteral("9"), QStringLiteral("Fisheries")}), 0);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("rename"), QString::number(fisheries),
                      QStringLiteral("Fisheries & oceans")}),
                 0);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("move"), QStringLiteral("Fisheries & oceans"),
                      QStringLiteral("Economy, business and finance")}),
                 0);
    const QJsonObject economy = findTopic(tree(), QStringLiteral("Economy, business and finance"));
    QVERIFY(
        !findTopic(economy.value(QLatin1String("children")).toArray(), QStringLiteral("Fisheries & oceans"))
             .isEmpty());

    // Merging keeps the article's tag under the other topic; deleting says how many tags went.
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("merge"), QStringLiteral("Fisheries & oceans"),
                      QStringLiteral("Diplomacy & summits")}),
                 0);
    QVERIFY(findTopic(tree(), QStringLiteral("Fisheries & oceans")).isEmpty());
    QCOMPARE(topicNamesOf(shown(9)), QStringList{QStringLiteral("Diplomacy & summits/manual")});
    PARSE_JSON(run({QStringLiteral("topics"), QStringLiteral("delete"), QStringLiteral("Diplomacy & summits"),
                    QStringLiteral("--json")}),
               deleted);
    QCOMPARE(deleted.value(QLatin1String("untagged")).toInt(), 2); // articles 2 and 9
    QVERIFY(shown(9).value(QLatin1String("topics")).toArray().isEmpty());

    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("rename"), QStringLiteral("Nothing")}), 2);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("delete"), QStringLiteral("No such topic")}),
                 1);
}

void TestTaggingCli::rulesDryRunThenApply()
{
    PARSE_JSON(run({QStringLiteral("rules"), QStringLiteral("apply"), QStringLiteral("--dry-run"),
                    QStringLiteral("--json")}),
               dryRun);
    QVERIFY(dryRun.value(QLatin1String("dryRun")).toBool());
    const QJsonArray proposed = dryRun.value(QLatin1String("tags")).toArray();
    QVERIFY(!proposed.isEmpty());
    const QJsonObject first = proposed.first().toObject();
    const qint64 article = first.value(QLatin1String("article")).toInteger();
    const QJsonObject before = shown(article);
    QVERIFY(!first.value(QLatin1String("patterns")).toArray().isEmpty());

    // The dry run changed nothing; applying adds exactly what it showed, marked as from a rule.
    QCOMPARE(shown(article), before);
    PARSE_JSON(run({QStringLiteral("rules"), QStringLiteral("apply"), QStringLiteral("--json")}), applied);
    QCOMPARE(applied.value(QLatin1String("tags")).toArray(), proposed);
    const QStringList names = topicNamesOf(shown(article));
    QVERIFY(std::any_of(names.cbegin(), names.cend(),
                        [](const QString &name) { return name.endsWith(QLatin1String("/rule")); }));
    PARSE_JSON(run({QStringLiteral("rules"), QStringLiteral("apply"), QStringLiteral("--json")}), twice);
    QVERIFY(twice.value(QLatin1String("tags")).toArray().isEmpty());
}

void TestTaggingCli::searchByTopic()
{
    PARSE_JSON(
        run({QStringLiteral("search"), QStringLiteral("topic:\"security pacts & intelligence sharing\""),
             QStringLiteral("--json")}),
        found);
    QJsonArray results = found.value(QLatin1String("results")).toArray();
    if (results.isEmpty())
        results = found.value(QLatin1String("articles")).toArray();
    QCOMPARE(results.size(), 2);
}

QTEST_GUILESS_MAIN(TestTaggingCli)
#include "tst_taggingcli.moc"
