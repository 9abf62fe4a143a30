#include "tagging/Taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Newsdesk;

namespace {

const TopicNode *findTopic(const QList<TopicNode> &topics, const QString &name,
                           const TopicNode **parent = nullptr, const TopicNode *above = nullptr)
{
    for (const TopicNode &topic : topics) {
        if (topic.name == name) {
            if (parent)
                *parent = above;
            return &topic;
        }
        if (const TopicNode *found = findTopic(topic.children, name, parent, &topic))
            return found;
    }
    return nullptr;
}

void collectCodes(const QList<TopicNode> &topics, QSet<QString> *codes)
{
    for (const TopicNode &topic : topics) {
        if (!topic.code.isEmpty())
            codes->insert(topic.code);
        for (const QString &code : topic.relatedCodes)
            codes->insert(code);
        collectCodes(topic.children, codes);
    }
}

int depthOf(const QList<TopicNode> &topics)
{
    int depth = 0;
    for (const TopicNode &topic : topics)
        depth = qMax(depth, 1 + depthOf(topic.children));
    return depth;
}

QByteArray document(const QByteArray &topics, const QByteArray &version = "1")
{
    return "{\"format\": \"newsdesk-taxonomy\", \"version\": " + version + ", \"topics\": " + topics + "}";
}

/// A chain of depth topics, each the only child of the one before.
QByteArray chain(int depth)
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += "[{\"name\": \"level " + QByteArray::number(i + 1) + "\", \"children\": ";
    json += "[]";
    for (int i = 0; i < depth; ++i)
        json += "}]";
    return document(json);
}

QByteArray flat(int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i)
        json += (i ? ",{\"name\":\"t" : "{\"name\":\"t") + QByteArray::number(i) + "\"}";
    return document(json + "]");
}

/// A tree with every member set, in two scripts, three levels deep: what a round trip must keep.
QList<TopicNode> richTree()
{
    TopicNode leaf;
    leaf.name = QStringLiteral("輸出規制 & “chips”");
    leaf.description = QStringLiteral("Line one\nline two, with \"quotes\" and a tab\t.");
    leaf.colour = QStringLiteral("#A0b1C2");
    leaf.rules = {
        {TopicRule::Field::Body, TopicRule::Kind::Keyword, QStringLiteral("輸出規制"), false},
        {TopicRule::Field::Byline, TopicRule::Kind::Keyword, QStringLiteral("Takenaka"), true},
    };

    TopicNode middle;
    middle.name = QStringLiteral("Export controls");
    middle.code = QStringLiteral("medtop:20000377");
    middle.relatedCodes = {QStringLiteral("medtop:20000642"), QStringLiteral("x-desk:export")};
    middle.rules = {
        {TopicRule::Field::Any, TopicRule::Kind::Phrase, QStringLiteral("export controls"), false},
        {TopicRule::Field::Title, TopicRule::Kind::Regex, QStringLiteral("\\bcurb(?:s|ed)?\\s+exports?\\b"),
         false},
        {TopicRule::Field::Dek, TopicRule::Kind::Keyword, QStringLiteral("entity list"), false},
        {TopicRule::Field::Source, TopicRule::Kind::Keyword, QStringLiteral("Nikkei"), true},
    };
    middle.children = {leaf};

    TopicNode empty;
    empty.name = QStringLiteral("Nothing else set");

    TopicNode root;
    root.name = QStringLiteral("Economy, business and finance");
    root.code = QStringLiteral("medtop:04000000");
    root.colour = QStringLiteral("#2e86c1");
    root.children = {middle, empty};

    TopicNode other;
    other.name = QStringLiteral("Desk's own");
    other.description = QStringLiteral("No code at all.");
    return {root, other};
}

} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void defaultTopicsLoad();
    void curatedTopics_data();
    void curatedTopics();
    void defaultCodesAreActiveIptcCodes();
    void iptcTree();
    void iptcTreeMatchesSharedData();
    void attribution();
    void roundTrip();
    void roundTripResources();
    void exportFormat();
    void rulesColumn();
    void ruleKeys();
    void limitsAccepted();
    void malformed_data();
    void malformed();
    void newerVersion();
    void hostileInput();
};

void TestTaxonomy::defaultTopicsLoad()
{
    const auto topics = Taxonomy::defaultTopics();
    QVERIFY2(topics.ok(), qPrintable(topics.errorString()));
    QCOMPARE(topics->size(), 17);
    for (int i = 0; i < topics->size(); ++i) {
        const TopicNode &root = topics->at(i);
        QCOMPARE(root.code, QStringLiteral("medtop:%1").arg((i + 1) * 1000000, 8, 10, QLatin1Char('0')));
        QVERIFY2(root.name.at(0).isUpper(), qPrintable(root.name)); // sentence case
        QVERIFY(!root.description.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(root.colour).hasMatch());
    }
    QCOMPARE(topics->at(3).name, QStringLiteral("Economy, business and finance"));
    QCOMPARE(topics->at(10).name, QStringLiteral("Politics and government"));
    QVERIFY(Taxonomy::topicCount(*topics) >= 17 + 10);
}

void TestTaxonomy::curatedTopics_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parentCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("relatedCodes");

    QTest::newRow("trade disputes") << QStringLiteral("Trade disputes") << QStringLiteral("medtop:04000000")
                                    << QStringLiteral("medtop:20000376") << QStringList();
    QTest::newRow("export controls") << QStringLiteral("Export controls") << QStringLiteral("medtop:04000000")
                                     << QStringLiteral("medtop:20000377") << QStringList();
    QTest::newRow("security pacts") << QStringLiteral("Security pacts & intelligence sharing")
                                    << QStringLiteral("medtop:11000000") << QStringLiteral("medtop:20000641")
                                    << QStringList{QStringLiteral("medtop:20000598")};
    QTest::newRow("diplomacy") << QStringLiteral("Diplomacy & summits") << QStringLiteral("medtop:11000000")
                               << QStringLiteral("medtop:20000640") << QStringList();
    QTest::newRow("wartime history") << QStringLiteral("Wartime history & reparations")
                                     << QStringLiteral("medtop:16000000") << QStringLiteral("medtop:20001377")
                                     << QStringList();
    QTest::newRow("elections") << QStringLiteral("Elections") << QStringLiteral("medtop:11000000")
                               << QStringLiteral("medtop:20000574") << QStringList();
    QTest::newRow("climate") << QStringLiteral("Climate & energy") << QStringLiteral("medtop:06000000")
                             << QStringLiteral("medtop:20000418") << QStringList();
    QTest::newRow("labour") << QStringLiteral("Labour disputes") << QStringLiteral("medtop:09000000")
                            << QStringLiteral("medtop:20000529") << QStringList();
    QTest::newRow("public health") << QStringLiteral("Public health") << QStringLiteral("medtop:07000000")
                                   << QStringLiteral("medtop:20001358") << QStringList();
    QTest::newRow("technology") << QStringLiteral("Technology & AI") << QStringLiteral("medtop:13000000")
                                << QStringLiteral("medtop:20001298") << QStringList();
}

void TestTaxonomy::curatedTopics()
{
    QFETCH(QString, name);
    QFETCH(QString, parentCode);
    QFETCH(QString, code);
    QFETCH(QStringList, relatedCodes);

    const auto topics = Taxonomy::defaultTopics();
    QVERIFY2(topics.ok(), qPrintable(topics.errorString()));
    const TopicNode *parent = nullptr;
    const TopicNode *topic = findTopic(*topics, name, &parent);
    QVERIFY2(topic, qPrintable(name));
    QVERIFY(parent);
    QCOMPARE(parent->code, parentCode);
    QCOMPARE(topic->code, code);
    for (const QString &related : relatedCodes)
        QVERIFY2(topic->relatedCodes.contains(related), qPrintable(related));
    QVERIFY(!topic->description.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(topic->colour).hasMatch());
    QVERIFY(topic->rules.size() >= 3);
}

void TestTaxonomy::defaultCodesAreActiveIptcCodes()
{
    const auto defaults = Taxonomy::defaultTopics();
    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY2(defaults.ok(), qPrintable(defaults.errorString()));
    QVERIFY2(iptc.ok(), qPrintable(iptc.errorString()));
    QSet<QString> used;
    QSet<QString> known;
    collectCodes(*defaults, &used);
    collectCodes(*iptc, &known);
    QVERIFY(used.size() > 17);
    for (const QString &code : std::as_const(used))
        QVERIFY2(known.contains(code),
                 qPrintable(code + QStringLiteral(" is not an active IPTC Media Topic")));
}

void TestTaxonomy::iptcTree()
{
    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY2(iptc.ok(), qPrintable(iptc.errorString()));
    QCOMPARE(iptc->size(), 17);
    QCOMPARE(iptc->first().code, QStringLiteral("medtop:01000000"));
    QCOMPARE(iptc->first().name, QStringLiteral("arts, culture, entertainment and media"));
    QCOMPARE(Taxonomy::topicCount(*iptc), 1085);
    QVERIFY(depthOf(*iptc) <= 6);

    QSet<QString> codes;
    collectCodes(*iptc, &codes);
    QCOMPARE(codes.size(), 1085); // every topic has a code of its own
    for (const QString &code : std::as_const(codes))
        QVERIFY2(code.startsWith(QLatin1String("medtop:")), qPrintable(code));
    // Retired concepts are left out: music theater, war crime action, the old "national security".
    QVERIFY(!codes.contains(QStringLiteral("medtop:20000030")));
    QVERIFY(!codes.contains(QStringLiteral("medtop:20000064")));
    QVERIFY(!codes.contains(QStringLiteral("medtop:20000604")));

    const TopicNode *parent = nullptr;
    const TopicNode *dispute = findTopic(*iptc, QStringLiteral("trade dispute"), &parent);
    QVERIFY(dispute);
    QCOMPARE(dispute->code, QStringLiteral("medtop:20000376"));
    QCOMPARE(parent->code, QStringLiteral("medtop:20000373"));
    QVERIFY(dispute->description.contains(QLatin1String("trade")));
}

void TestTaxonomy::iptcTreeMatchesSharedData()
{
    QFile file(QStringLiteral(NEWSDESK_SHARED_DIR "/data/iptc/mediatopic-en-US.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared IPTC data is not here");
    const QJsonArray concepts =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("conceptSet")).toArray();
    QSet<QString> active;
    QSet<QString> retired;
    for (const QJsonValue &value : concepts) {
        const QJsonObject object = value.toObject();
        const QString code = object.value(QLatin1String("qcode")).toString();
        (object.contains(QLatin1String("retired")) ? retired : active).insert(code);
    }
    QVERIFY(!retired.isEmpty());

    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY2(iptc.ok(), qPrintable(iptc.errorString()));
    QSet<QString> shipped;
    collectCodes(*iptc, &shipped);
    QCOMPARE(shipped, active);
    QVERIFY(!shipped.intersects(retired));
}

void TestTaxonomy::attribution()
{
    const QString line = Taxonomy::iptcAttribution();
    QVERIFY(line.contains(QLatin1String("IPTC")));
    QVERIFY(line.contains(QLatin1String("CC BY 4.0")));
    QVERIFY(line.contains(QLatin1String("https://iptc.org")));

    // Both shipped files carry the same line (untranslated, as the licence is quoted in files).
    for (const QString &path : {QStringLiteral(":/newsdesk/taxonomy/iptc-mediatopics.json"),
                                QStringLiteral(":/newsdesk/taxonomy/default-topics.json")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject header =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("header")).toObject();
        QCOMPARE(header.value(QLatin1String("attribution")).toString(), line);
        QCOMPARE(header.value(QLatin1String("licence")).toString(), QStringLiteral("CC BY 4.0"));
    }
}

void TestTaxonomy::roundTrip()
{
    const QList<TopicNode> tree = richTree();
    const QByteArray json = Taxonomy::toJson(tree);
    const auto read = Taxonomy::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(*read, tree);
    QCOMPARE(Taxonomy::toJson(*read), json);
    QCOMPARE(Taxonomy::fromJson(Taxonomy::toJson({})).value(), QList<TopicNode>());
}

void TestTaxonomy::roundTripResources()
{
    for (const auto &loaded : {Taxonomy::defaultTopics(), Taxonomy::iptcMediaTopics()}) {
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const QByteArray json = Taxonomy::toJson(*loaded);
        const auto read = Taxonomy::fromJson(json);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QVERIFY(*read == *loaded);
        QCOMPARE(Taxonomy::toJson(*read), json);
    }
}

void TestTaxonomy::exportFormat()
{
    const QJsonObject document = QJsonDocument::fromJson(Taxonomy::toJson(richTree())).object();
    QCOMPARE(document.value(QLatin1String("format")).toString(), QStringLiteral("newsdesk-taxonomy"));
    QCOMPARE(document.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(document.value(QLatin1String("topics")).toArray().size(), 2);
    // IPTC codes in the export: the attribution goes along.
    QCOMPARE(
        document.value(QLatin1String("header")).toObject().value(QLatin1String("attribution")).toString(),
        Taxonomy::iptcAttribution());
    const QJsonObject rule = document.value(QLatin1String("topics"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("children"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("rules"))
                                 .toArray()
                                 .at(1)
                                 .toObject();
    QCOMPARE(rule.value(QLatin1String("field")).toString(), QStringLiteral("title"));
    QCOMPARE(rule.value(QLatin1String("kind")).toString(), QStringLiteral("regex"));
    QCOMPARE(rule.value(QLatin1String("caseSensitive")).toBool(), false);

    TopicNode own;
    own.name = QStringLiteral("Own");
    const QJsonObject plain = QJsonDocument::fromJson(Taxonomy::toJson({own})).object();
    QVERIFY(!plain.value(QLatin1String("header")).toObject().contains(QLatin1String("attribution")));
    // Empty members are left out.
    QCOMPARE(plain.value(QLatin1String("topics")).toArray().at(0).toObject().keys(),
             QStringList{QStringLiteral("name")});
}

void TestTaxonomy::rulesColumn()
{
    const QList<TopicRule> rules = richTree().at(0).children.at(0).rules;
    const QByteArray json = Taxonomy::rulesToJson(rules);
    QVERIFY(json.startsWith('['));
    const auto read = Taxonomy::rulesFromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(*read, rules);
    QCOMPARE(Taxonomy::rulesFromJson("[]").value(), QList<TopicRule>());

    // Short forms: field and kind default to any and keyword.
    const auto shortForm = Taxonomy::rulesFromJson(R"([{"pattern": "GSOMIA"}])");
    QVERIFY(shortForm.ok());
    QCOMPARE(shortForm->first().field, TopicRule::Field::Any);
    QCOMPARE(shortForm->first().kind, TopicRule::Kind::Keyword);
    QCOMPARE(shortForm->first().caseSensitive, false);

    QVERIFY(!Taxonomy::rulesFromJson("{}"));
    QVERIFY(!Taxonomy::rulesFromJson("not json"));
    const auto bad = Taxonomy::rulesFromJson(R"([{"kind": "regex", "pattern": "[a-"}])");
    QVERIFY(!bad);
    QVERIFY2(bad.errorString().contains(QLatin1String("[a-")), qPrintable(bad.errorString()));
}

void TestTaxonomy::ruleKeys()
{
    for (const auto field : {TopicRule::Field::Any, TopicRule::Field::Title, TopicRule::Field::Dek,
                             TopicRule::Field::Body, TopicRule::Field::Byline, TopicRule::Field::Source})
        QVERIFY(Taxonomy::ruleFieldFromKey(Taxonomy::ruleFieldKey(field)) == field);
    for (const auto kind : {TopicRule::Kind::Keyword, TopicRule::Kind::Phrase, TopicRule::Kind::Regex})
        QVERIFY(Taxonomy::ruleKindFromKey(Taxonomy::ruleKindKey(kind)) == kind);
    QCOMPARE(Taxonomy::ruleFieldKey(TopicRule::Field::Dek), QStringLiteral("dek"));
    QCOMPARE(Taxonomy::ruleKindKey(TopicRule::Kind::Regex), QStringLiteral("regex"));
    QVERIFY(!Taxonomy::ruleFieldFromKey(u"headline"));
    QVERIFY(!Taxonomy::ruleFieldFromKey(u"Title"));
    QVERIFY(!Taxonomy::ruleKindFromKey(u""));
}

void TestTaxonomy::limitsAccepted()
{
    const auto deep = Taxonomy::fromJson(chain(Taxonomy::MaxDepth));
    QVERIFY2(deep.ok(), qPrintable(deep.errorString()));
    QCOMPARE(depthOf(*deep), Taxonomy::MaxDepth);
    const auto many = Taxonomy::fromJson(flat(Taxonomy::MaxTopics));
    QVERIFY2(many.ok(), qPrintable(many.errorString()));
    QCOMPARE(many->size(), Taxonomy::MaxTopics);
}

void TestTaxonomy::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"format": "newsdesk-taxonomy", "version": 1, "topics": [)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("bad utf-8") << QByteArray("{\"format\": \"newsdesk-\xff\xfe\"}") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a Newsdesk taxonomy");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("JSON");
    QTest::newRow("string") << QByteArray("\"newsdesk-taxonomy\"") << QStringLiteral("JSON");
    QTest::newRow("other format") << QByteArray(R"({"format": "opml", "version": 1, "topics": []})")
                                  << QStringLiteral("not a Newsdesk taxonomy");
    QTest::newRow("no version") << QByteArray(R"({"format": "newsdesk-taxonomy", "topics": []})")
                                << QStringLiteral("version");
    QTest::newRow("version text") << document("[]", "\"1\"") << QStringLiteral("version");
    QTest::newRow("version fraction") << document("[]", "1.5") << QStringLiteral("version");
    QTest::newRow("version zero") << document("[]", "0") << QStringLiteral("version");
    QTest::newRow("version huge") << document("[]", "1e300") << QStringLiteral("version");
    QTest::newRow("no topics") << QByteArray(R"({"format": "newsdesk-taxonomy", "version": 1})")
                               << QStringLiteral("no list of topics");
    QTest::newRow("topics object") << document("{}") << QStringLiteral("no list of topics");
    QTest::newRow("topic number") << document("[1]")
                                  << QStringLiteral("Topic 1 at the top level is not a JSON object");
    QTest::newRow("no name") << document(R"([{"code": "medtop:04000000"}])")
                             << QStringLiteral("Topic 1 at the top level has no name");
    QTest::newRow("empty name") << document(R"([{"name": "A"}, {"name": ""}])")
                                << QStringLiteral("Topic 2 at the top level has no name");
    QTest::newRow("blank name") << document(R"([{"name": "A", "children": [{"name": " \n "}]}])")
                                << QStringLiteral("Topic 1 under “A” has no name");
    QTest::newRow("name number") << document(R"([{"name": 7}])") << QStringLiteral("has no name");
    QTest::newRow("description number") << document(R"([{"name": "A", "description": 5}])")
                                        << QStringLiteral("description of the topic “A” is not text");
    QTest::newRow("colour word") << document(R"([{"name": "A", "colour": "red"}])")
                                 << QStringLiteral("#rrggbb");
    QTest::newRow("colour bad digit")
        << document(R"([{"name": "A", "colour": "#12345g"}])") << QStringLiteral("#rrggbb");
    QTest::newRow("code with space") << document(R"([{"name": "A", "code": "medtop: 1"}])")
                                     << QStringLiteral("medtop: 1");
    QTest::newRow("related not list")
        << document(R"([{"name": "A", "relatedCodes": "medtop:1"}])") << QStringLiteral("related codes");
    QTest::newRow("related number") << document(R"([{"name": "A", "relatedCodes": [1]}])")
                                    << QStringLiteral("related code");
    QTest::newRow("rules object") << document(R"([{"name": "A", "rules": {}}])")
                                  << QStringLiteral("rules of the topic “A” are not a list");
    QTest::newRow("rule number") << document(R"([{"name": "A", "rules": [1]}])")
                                 << QStringLiteral("Rule 1 of the topic “A”");
    QTest::newRow("rule field") << document(
                                       R"([{"name": "A", "rules": [{"field": "headline", "pattern": "x"}]}])")
                                << QStringLiteral("headline");
    QTest::newRow("rule kind") << document(R"([{"name": "A", "rules": [{"kind": "glob", "pattern": "x"}]}])")
                               << QStringLiteral("glob");
    QTest::newRow("rule no pattern") << document(R"([{"name": "A", "rules": [{"kind": "keyword"}]}])")
                                     << QStringLiteral("no pattern");
    QTest::newRow("rule empty pattern")
        << document(R"([{"name": "A", "rules": [{"pattern": "  "}]}])") << QStringLiteral("no pattern");
    QTest::newRow("rule case")
        << document(R"([{"name": "A", "rules": [{"pattern": "x", "caseSensitive": "yes"}]}])")
        << QStringLiteral("caseSensitive");
    QTest::newRow("rule bad regex")
        << document(
               R"([{"name": "A", "children": [{"name": "B", "rules": [{"pattern": "x"}, {"kind": "regex", "pattern": "compensation (for"}]}]}])")
        << QStringLiteral("Rule 2 of the topic “A › B” is not valid: The regular expression “compensation "
                          "(for” does not "
                          "compile");
    QTest::newRow("rule empty regex")
        << document(R"([{"name": "A", "rules": [{"kind": "regex", "pattern": "x*"}]}])")
        << QStringLiteral("matches empty text");
    QTest::newRow("rule wordless phrase")
        << document(R"([{"name": "A", "rules": [{"kind": "phrase", "pattern": "--"}]}])")
        << QStringLiteral("no words");
    QTest::newRow("children string") << document(R"([{"name": "A", "children": "B"}])")
                                     << QStringLiteral("children of the topic “A”");
    QTest::newRow("duplicate roots") << document(R"([{"name": "A"}, {"name": "A"}])")
                                     << QStringLiteral("both called “A”");
    QTest::newRow("duplicate children")
        << document(R"([{"name": "A", "children": [{"name": "B"}, {"name": "B"}]}])")
        << QStringLiteral("under “A” are both called “B”");
    QTest::newRow("too deep") << chain(Taxonomy::MaxDepth + 1) << QStringLiteral("at most 16 levels");
    QTest::newRow("too many") << flat(Taxonomy::MaxTopics + 1) << QStringLiteral("more than 20,000 topics");
}

void TestTaxonomy::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = Taxonomy::fromJson(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(expected), qPrintable(result.errorString()));
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);
}

void TestTaxonomy::newerVersion()
{
    const auto result = Taxonomy::fromJson(document("[]", "2"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::NewerVersion);
    QVERIFY2(result.errorString().contains(QLatin1String("newer Newsdesk")),
             qPrintable(result.errorString()));
}

void TestTaxonomy::hostileInput()
{
    // Nesting far beyond what the JSON parser takes: an error, not a blown stack.
    const QByteArray nestedArrays = QByteArray(200000, '[') + QByteArray(200000, ']');
    QVERIFY(!Taxonomy::fromJson(nestedArrays).ok());
    const QByteArray nestedTopics = chain(2000);
    const auto deep = Taxonomy::fromJson(nestedTopics);
    QVERIFY(!deep.ok());

    // A document bigger than any taxonomy is refused before it is parsed.
    const auto big = Taxonomy::fromJson(QByteArray(Taxonomy::MaxDocumentSize + 1, ' '));
    QVERIFY(!big.ok());
    QVERIFY2(big.errorString().contains(QLatin1String("larger")), qPrintable(big.errorString()));

    // Binary noise and NUL bytes.
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 17) % 256);
    QVERIFY(!Taxonomy::fromJson(noise).ok());
    static const char withNul[] = "{\"format\":\"newsdesk-taxonomy\"\0}";
    QVERIFY(!Taxonomy::fromJson(QByteArray(withNul, sizeof withNul - 1)).ok());

    // Unknown members are ignored: a later minor addition does not break reading.
    const auto extra = Taxonomy::fromJson(document(R"([{"name": "A", "icon": "x", "children": null}])"));
    QVERIFY2(extra.ok(), qPrintable(extra.errorString()));
    QCOMPARE(extra->size(), 1);
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
