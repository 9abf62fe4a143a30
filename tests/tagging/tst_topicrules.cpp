#include "core/Article.h"
#include "tagging/Taxonomy.h"
#include "tagging/TopicRules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

Q_DECLARE_METATYPE(Newsdesk::TopicRule)

using namespace Newsdesk;

namespace {

TopicRule keyword(const QString &pattern, bool caseSensitive = false,
                  TopicRule::Field field = TopicRule::Field::Any)
{
    return {field, TopicRule::Kind::Keyword, pattern, caseSensitive};
}

TopicRule phraseRule(const QString &pattern, TopicRule::Field field = TopicRule::Field::Any)
{
    return {field, TopicRule::Kind::Phrase, pattern, false};
}

TopicRule regex(const QString &pattern, bool caseSensitive = false,
                TopicRule::Field field = TopicRule::Field::Any)
{
    return {field, TopicRule::Kind::Regex, pattern, caseSensitive};
}

RuleTarget body(const QString &text)
{
    RuleTarget target;
    target.body = text;
    return target;
}

/// Whether one rule matches a body text; fails the test when it does not compile.
bool ruleMatches(const TopicRule &rule, const QString &text)
{
    const auto matcher = TopicRuleMatcher::compile({rule});
    if (!matcher.ok())
        qFatal("%s", qPrintable(matcher.errorString()));
    return matcher->matches(body(text));
}

void collectRuleTopics(const QList<TopicNode> &topics, QList<const TopicNode *> *out)
{
    for (const TopicNode &topic : topics) {
        if (!topic.rules.isEmpty())
            out->append(&topic);
        collectRuleTopics(topic.children, out);
    }
}

/// The default topics that have rules, by name.
QHash<QString, TopicNode> defaultRuleTopics()
{
    QHash<QString, TopicNode> byName;
    const auto topics = Taxonomy::defaultTopics();
    if (!topics.ok())
        return byName;
    QList<const TopicNode *> list;
    collectRuleTopics(*topics, &list);
    for (const TopicNode *topic : list)
        byName.insert(topic->name, *topic);
    return byName;
}

const QStringList Vocabulary = QStringLiteral("the a of to in and said on for with at by from that was is as "
                                              "it has have will be were government minister "
                                              "officials people year week city council market company shares "
                                              "growth report police court weather team season "
                                              "league players hospital school students university research "
                                              "data plan budget policy talks deal agreement "
                                              "country region border port bank prices inflation rates "
                                              "investors energy oil gas power workers union local "
                                              "national international president prime spokesperson statement "
                                              "tuesday monday friday morning evening record "
                                              "rise fall percent million billion new first last after before "
                                              "while during under over against between")
                                   .split(u' ');

const QStringList Triggers = QStringLiteral("tariffs|trade war|export controls|GSOMIA|intelligence-sharing "
                                            "pact|summit|foreign minister|forced labour|"
                                            "election|climate change|strike|public health|artificial "
                                            "intelligence|semiconductors|sanctions|refugees|"
                                            "compensation for wartime laborers|curbed exports|選挙|반도체")
                                 .split(u'|');

/// Deterministic article-like text: common words with now and then a phrase some topic looks for.
QString syntheticText(QRandomGenerator &random, int words)
{
    QString text;
    text.reserve(words * 7);
    for (int i = 0; i < words; ++i) {
        if (i)
            text += (random.bounded(14) == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
        if (random.bounded(180) == 0)
            text += Triggers.at(random.bounded(int(Triggers.size())));
        else
            text += Vocabulary.at(random.bounded(int(Vocabulary.size())));
    }
    return text;
}

/// The default topics' rules plus synthetic topics up to count, as a news desk's taxonomy might have.
QList<QList<TopicRule>> fiftyTopics()
{
    QList<QList<TopicRule>> topics;
    const auto defaults = Taxonomy::defaultTopics();
    QList<const TopicNode *> list;
    collectRuleTopics(*defaults, &list);
    for (const TopicNode *topic : list)
        topics.append(topic->rules);
    QRandomGenerator random(7);
    while (topics.size() < 50) {
        const int n = int(topics.size());
        QList<TopicRule> rules;
        for (int i = 0; i < 6; ++i) {
            const QString word = QStringLiteral("topic%1word%2").arg(n).arg(i);
            rules.append(i % 2 ? keyword(word)
                               : phraseRule(word + QStringLiteral(" ") + Vocabulary.at(random.bounded(40))));
        }
        rules.append(
            keyword(Vocabulary.at(40 + random.bounded(int(Vocabulary.size()) - 40)) + QStringLiteral("x")));
        if (n % 3 == 0)
            rules.append(regex(QStringLiteral("\\btopic%1 (?:alpha|beta)\\d+\\b").arg(n)));
        if (n % 5 == 0)
            rules.append(keyword(QStringLiteral("話題%1").arg(n)));
        topics.append(rules);
    }
    return topics;
}

} // namespace

class TestTopicRules : public QObject
{
    Q_OBJECT

private slots:
    void keywordWholeWord_data();
    void keywordWholeWord();
    void keywordCase();
    void keywordPunctuation();
    void phrase_data();
    void phrase();
    void regexRules();
    void fieldSelection();
    void cjk_data();
    void cjk();
    void invalidRules();
    void emptyMatcher();
    void matchedPatterns();
    void ruleSet();
    void seedStory();
    void sampleLibrary();
    void threads();
    void timing();
};

void TestTopicRules::keywordWholeWord_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("word") << QStringLiteral("pact") << QStringLiteral("a new security pact was signed")
                          << true;
    QTest::newRow("sentence end") << QStringLiteral("pact") << QStringLiteral("They signed the pact.")
                                  << true;
    QTest::newRow("start of text") << QStringLiteral("pact") << QStringLiteral("Pact signed") << true;
    QTest::newRow("possessive") << QStringLiteral("pact") << QStringLiteral("the pact's future") << true;
    QTest::newRow("curly possessive") << QStringLiteral("Japan") << QStringLiteral("Japan’s exports") << true;
    QTest::newRow("inside impact") << QStringLiteral("pact") << QStringLiteral("the impact of tariffs")
                                   << false;
    QTest::newRow("plural is another word") << QStringLiteral("pact") << QStringLiteral("two pacts") << false;
    QTest::newRow("compact") << QStringLiteral("pact") << QStringLiteral("a compact car") << false;
    QTest::newRow("digits") << QStringLiteral("G20") << QStringLiteral("at the G20 meeting") << true;
    QTest::newRow("digits glued") << QStringLiteral("G20") << QStringLiteral("the G200 index") << false;
    QTest::newRow("accented word") << QStringLiteral("café") << QStringLiteral("the Café opened") << true;
    QTest::newRow("accented boundary") << QStringLiteral("caf") << QStringLiteral("the café opened") << false;
    QTest::newRow("cyrillic") << QStringLiteral("саммит") << QStringLiteral("Саммит в Нагое") << true;
    QTest::newRow("two words") << QStringLiteral("trade war") << QStringLiteral("a looming trade war")
                               << true;
    QTest::newRow("two words, line break")
        << QStringLiteral("trade war") << QStringLiteral("a looming trade\nwar") << true;
    QTest::newRow("two words, hyphen")
        << QStringLiteral("trade war") << QStringLiteral("a trade-war looms") << false;
}

void TestTopicRules::keywordWholeWord()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(ruleMatches(keyword(pattern), text), expected);
}

void TestTopicRules::keywordCase()
{
    QVERIFY(ruleMatches(keyword(QStringLiteral("gsomia")), QStringLiteral("the GSOMIA deal")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("GSOMIA")), QStringLiteral("the Gsomia deal")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("AI"), true), QStringLiteral("an AI tool")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("AI"), true), QStringLiteral("ai or Ai")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("AI"), true), QStringLiteral("Said AIDS")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("ΣΥΝΟΔΟΣ")), QStringLiteral("η σύνοδος")) ==
            false); // accents differ
    QVERIFY(
        ruleMatches(keyword(QStringLiteral("ΣΎΝΟΔΟΣ")), QStringLiteral("η σύνοδος"))); // final sigma folds
    QVERIFY(ruleMatches(keyword(QStringLiteral("Summit Talks")), QStringLiteral("after summit talks ended")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("Summit Talks"), true),
                         QStringLiteral("after summit talks ended")));
}

void TestTopicRules::keywordPunctuation()
{
    // A keyword's own punctuation must be there (typographic dashes and apostrophes count as plain ones).
    const TopicRule sharing = keyword(QStringLiteral("intelligence-sharing"));
    QVERIFY(ruleMatches(sharing, QStringLiteral("an intelligence-sharing deal")));
    QVERIFY(ruleMatches(sharing, QStringLiteral("an intelligence–sharing deal")));
    QVERIFY(!ruleMatches(sharing, QStringLiteral("an intelligence sharing deal")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("U.S.")), QStringLiteral("the U.S. said")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("U.S.")), QStringLiteral("allies of the U.S.")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("U.S.")), QStringLiteral("U.S")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("#MeToo")), QStringLiteral("the (#MeToo) movement")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("#MeToo")), QStringLiteral("the x#MeToo tag")));
    QVERIFY(!ruleMatches(keyword(QStringLiteral("#MeToo")), QStringLiteral("the MeToo movement")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("by-election")), QStringLiteral("a by\u2011election call")));
    QVERIFY(ruleMatches(keyword(QStringLiteral("€")), QStringLiteral("costs 5€ more")));
}

void TestTopicRules::phrase_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("spaces") << QStringLiteral("trade dispute") << QStringLiteral("a simmering trade dispute.")
                            << true;
    QTest::newRow("case") << QStringLiteral("trade dispute") << QStringLiteral("TRADE DISPUTE looms") << true;
    QTest::newRow("hyphen") << QStringLiteral("trade dispute") << QStringLiteral("the trade-dispute talks")
                            << true;
    QTest::newRow("line break") << QStringLiteral("trade dispute")
                                << QStringLiteral("a simmering trade\r\n  dispute") << true;
    QTest::newRow("punctuation") << QStringLiteral("trade dispute") << QStringLiteral("trade, dispute")
                                 << true;
    QTest::newRow("em dash") << QStringLiteral("trade dispute") << QStringLiteral("trade — dispute") << true;
    QTest::newRow("quotes") << QStringLiteral("trade dispute") << QStringLiteral("“trade” “dispute”") << true;
    QTest::newRow("word between") << QStringLiteral("trade dispute") << QStringLiteral("trade and dispute")
                                  << false;
    QTest::newRow("plural") << QStringLiteral("trade dispute") << QStringLiteral("trade disputes") << false;
    QTest::newRow("inside a word") << QStringLiteral("trade dispute") << QStringLiteral("intertrade dispute")
                                   << false;
    QTest::newRow("order") << QStringLiteral("trade dispute") << QStringLiteral("dispute trade") << false;
    QTest::newRow("pattern hyphen") << QStringLiteral("intelligence-sharing")
                                    << QStringLiteral("intelligence sharing") << true;
    QTest::newRow("pattern spaces") << QStringLiteral("intelligence  sharing")
                                    << QStringLiteral("intelligence-sharing pact") << true;
    QTest::newRow("three words") << QStringLiteral("General Security of Military")
                                 << QStringLiteral("General Security of\nMilitary Information") << true;
    QTest::newRow("repeated start") << QStringLiteral("foreign minister")
                                    << QStringLiteral("foreign foreign minister") << true;
    QTest::newRow("han between") << QStringLiteral("trade dispute") << QStringLiteral("trade 紛 dispute")
                                 << false;
}

void TestTopicRules::phrase()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(ruleMatches(phraseRule(pattern), text), expected);
}

void TestTopicRules::regexRules()
{
    const TopicRule compensation = regex(
        QStringLiteral("\\bcompensation\\s+for\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:labou?rers|workers)\\b"));
    QVERIFY(ruleMatches(compensation,
                        QStringLiteral("over compensation for South Korean laborers forced to work")));
    QVERIFY(ruleMatches(compensation, QStringLiteral("Compensation for\nwartime labourers")));
    QVERIFY(!ruleMatches(compensation, QStringLiteral("compensation for the losses of shareholders")));

    // Case-insensitive unless asked; \b and \w know every script.
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bcop ?\\d{2}\\b")), QStringLiteral("at COP28 in Dubai")));
    QVERIFY(
        !ruleMatches(regex(QStringLiteral("\\bcop ?\\d{2}\\b"), true), QStringLiteral("at COP28 in Dubai")));
    QVERIFY(
        ruleMatches(regex(QStringLiteral("\\bCOP ?\\d{2}\\b"), true), QStringLiteral("at COP 28 in Dubai")));
    QVERIFY(ruleMatches(regex(QStringLiteral("^\\w+é\\b")), QStringLiteral("Sommé de partir")));
    QVERIFY(!ruleMatches(regex(QStringLiteral("\\bpact\\b")), QStringLiteral("impact")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bсаммит")), QStringLiteral("Саммит")));

    // Expressions are only run where the text they need is: a word beginning, or a substring. These must
    // still find every match.
    QVERIFY(ruleMatches(regex(QStringLiteral("pact")), QStringLiteral("the impact")));
    QVERIFY(!ruleMatches(regex(QStringLiteral("\\bpact")), QStringLiteral("the impact")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bpact")), QStringLiteral("Pacts")));
    QVERIFY(ruleMatches(regex(QStringLiteral("(?i)\\bgsomia\\b"), true), QStringLiteral("GSOMIA")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bsummit|talks")), QStringLiteral("peace talks")));
    QVERIFY(ruleMatches(regex(QStringLiteral("(?x) g so mia")), QStringLiteral("gsomia")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\Qa.b\\E")), QStringLiteral("xa.by")));
    QVERIFY(ruleMatches(regex(QStringLiteral("foo_bar")), QStringLiteral("xfoo_bar")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bfoo_bar")), QStringLiteral("foo_bar")));
    QVERIFY(ruleMatches(regex(QStringLiteral("o'neill\\b")), QStringLiteral("Mr O'Neill")));
    QVERIFY(ruleMatches(regex(QStringLiteral("#metoo\\b")), QStringLiteral("the #MeToo wave")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bsemiconductor\\s+materials")),
                        QStringLiteral("semiconductor\nmaterials")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bsemiconductor\\s+materials")),
                        QStringLiteral("半導体 semiconductor materials")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bKelvin")), QStringLiteral("\u212Aelvin scale")));
    QVERIFY(
        ruleMatches(regex(QStringLiteral("\\bexport licen[cs]es?\\b")), QStringLiteral("EXPORT LICENCES")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bx{0,2}yz\\b")), QStringLiteral("a yz")));
    QVERIFY(ruleMatches(regex(QStringLiteral("\\bCOP ?\\d{2}\\b"), true), QStringLiteral("(COP28)")));

    // The default labour rule's lookarounds: a strike, not an air strike or striking a deal.
    const TopicRule strike =
        regex(QStringLiteral("(?<!air )(?<!missile )(?<!drone )\\bstrikes?\\b(?!\\s+(?:a|an)\\s)"));
    QVERIFY(ruleMatches(strike, QStringLiteral("The port strike ends")));
    QVERIFY(ruleMatches(strike, QStringLiteral("Strikes spread to rail")));
    QVERIFY(!ruleMatches(strike, QStringLiteral("after an air strike on the depot")));
    QVERIFY(!ruleMatches(strike, QStringLiteral("hoping to strike a deal")));
}

void TestTopicRules::fieldSelection()
{
    RuleTarget target;
    target.title = QStringLiteral("Leaders meet in Nagoya");
    target.dek = QStringLiteral("Talks on trade");
    target.body = QStringLiteral("The summit opened with a trade dispute on the table.");
    target.byline = QStringLiteral("By Kiyoshi Takenaka");
    target.source = QStringLiteral("Reuters");

    const auto check = [&](const TopicRule &rule) {
        const auto matcher = TopicRuleMatcher::compile({rule});
        return matcher.ok() && matcher->matches(target);
    };
    using F = TopicRule::Field;
    QVERIFY(check(keyword(QStringLiteral("summit"), false, F::Body)));
    QVERIFY(!check(keyword(QStringLiteral("summit"), false, F::Title)));
    QVERIFY(check(keyword(QStringLiteral("Nagoya"), false, F::Title)));
    QVERIFY(!check(keyword(QStringLiteral("Nagoya"), false, F::Body)));
    QVERIFY(check(keyword(QStringLiteral("talks"), false, F::Dek)));
    QVERIFY(!check(keyword(QStringLiteral("talks"), false, F::Source)));
    QVERIFY(check(keyword(QStringLiteral("Takenaka"), false, F::Byline)));
    QVERIFY(!check(keyword(QStringLiteral("Takenaka"), false, F::Dek)));
    QVERIFY(check(keyword(QStringLiteral("reuters"), false, F::Source)));
    QVERIFY(!check(keyword(QStringLiteral("reuters"), false, F::Body)));
    QVERIFY(check(regex(QStringLiteral("^Reuters$"), false, F::Source)));
    QVERIFY(!check(regex(QStringLiteral("Reuters"), false, F::Title)));
    QVERIFY(check(phraseRule(QStringLiteral("trade dispute"), F::Body)));
    QVERIFY(!check(phraseRule(QStringLiteral("trade dispute"), F::Dek)));
    // Any looks at every field…
    for (const QString &word : {QStringLiteral("Nagoya"), QStringLiteral("talks"), QStringLiteral("summit"),
                                QStringLiteral("Takenaka"), QStringLiteral("Reuters")})
        QVERIFY2(check(keyword(word)), qPrintable(word));
    // …but a phrase never runs from one field into the next.
    QVERIFY(!check(phraseRule(QStringLiteral("Nagoya talks"))));
    QVERIFY(!check(keyword(QStringLiteral("Takenaka Reuters"))));

    RuleTarget cjk;
    cjk.title = QStringLiteral("日韓首脳会談へ");
    const auto matcher = TopicRuleMatcher::compile({keyword(QStringLiteral("首脳会談"), false, F::Body)});
    QVERIFY(matcher.ok());
    QVERIFY(!matcher->matches(cjk));
    cjk.body = cjk.title;
    QVERIFY(matcher->matches(cjk));
}

void TestTopicRules::cjk_data()
{
    QTest::addColumn<TopicRule>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("japanese substring")
        << keyword(QStringLiteral("輸出規制")) << QStringLiteral("日本の対韓輸出規制強化について") << true;
    QTest::newRow("japanese absent") << keyword(QStringLiteral("輸出規制"))
                                     << QStringLiteral("日本の輸出管理について") << false;
    QTest::newRow("korean particle") << keyword(QStringLiteral("선거"))
                                     << QStringLiteral("한빛시장 보궐선거에서 사전투표율") << true;
    QTest::newRow("korean absent") << keyword(QStringLiteral("선거")) << QStringLiteral("정상회담이 열렸다")
                                   << false;
    QTest::newRow("chinese") << keyword(QStringLiteral("贸易战")) << QStringLiteral("中美贸易战升级") << true;
    QTest::newRow("mixed script keyword") << keyword(QStringLiteral("生成AI"))
                                          << QStringLiteral("自治体が生成ＡＩではなく生成AIを導入") << true;
    QTest::newRow("mixed script case")
        << keyword(QStringLiteral("生成ai")) << QStringLiteral("生成AIを導入") << true;
    QTest::newRow("latin next to han")
        << keyword(QStringLiteral("GSOMIA")) << QStringLiteral("日韓GSOMIA破棄を撤回") << true;
    QTest::newRow("latin inside latin next to han")
        << keyword(QStringLiteral("GSOMIA")) << QStringLiteral("日韓GSOMIAX破棄") << false;
    QTest::newRow("latin phrase in japanese")
        << phraseRule(QStringLiteral("trade war")) << QStringLiteral("米中のtrade-warが") << true;
    QTest::newRow("korean phrase spaced")
        << phraseRule(QStringLiteral("무역 분쟁")) << QStringLiteral("한일 무역 분쟁이 심화") << true;
    QTest::newRow("korean phrase unspaced")
        << phraseRule(QStringLiteral("무역 분쟁")) << QStringLiteral("한일 무역분쟁이 심화") << true;
    QTest::newRow("katakana long mark")
        << keyword(QStringLiteral("エネルギー")) << QStringLiteral("再生可能エネルギーの導入") << true;
    QTest::newRow("thai") << keyword(QStringLiteral("เลือกตั้ง")) << QStringLiteral("การเลือกตั้งทั่วไป") << true;
    QTest::newRow("cjk keyword in english")
        << keyword(QStringLiteral("選挙")) << QStringLiteral("an election") << false;
    QTest::newRow("cjk regex") << regex(QStringLiteral("首脳(?:会談|会議)")) << QStringLiteral("日韓首脳会議")
                               << true;
}

void TestTopicRules::cjk()
{
    QFETCH(TopicRule, rule);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(ruleMatches(rule, text), expected);
}

void TestTopicRules::invalidRules()
{
    const auto broken = TopicRuleMatcher::compile(
        {keyword(QStringLiteral("summit")), regex(QStringLiteral("compensation for (labou?rers"))});
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, Error::Code::InvalidArgument);
    QVERIFY2(broken.errorString().contains(QStringLiteral("“compensation for (labou?rers”")),
             qPrintable(broken.errorString()));
    QVERIFY2(broken.errorString().contains(QLatin1String("does not compile")),
             qPrintable(broken.errorString()));

    QVERIFY(!TopicRuleMatcher::validate(regex(QStringLiteral("[unclosed"))).isEmpty());
    QVERIFY(!TopicRuleMatcher::validate(regex(QStringLiteral("(?<name"))).isEmpty());
    QVERIFY(TopicRuleMatcher::validate(regex(QStringLiteral("\\p{Han}+会談"))).isEmpty());
    // Patterns that would put the topic on every article.
    for (const QString &pattern : {QStringLiteral(""), QStringLiteral("x*"), QStringLiteral("\\b"),
                                   QStringLiteral("^"), QStringLiteral("a|"), QStringLiteral("(?=\\w)")})
        QVERIFY2(!TopicRuleMatcher::validate(regex(pattern)).isEmpty(), qPrintable(pattern));
    QVERIFY(!TopicRuleMatcher::validate(keyword(QStringLiteral("   "))).isEmpty());
    QVERIFY(!TopicRuleMatcher::validate(phraseRule(QStringLiteral(" -- "))).isEmpty());
    QVERIFY(!TopicRuleMatcher::validate(keyword(QString(1001, u'x'))).isEmpty());
    QVERIFY(TopicRuleMatcher::validate(keyword(QString(1000, u'x'))).isEmpty());

    const auto set =
        TopicRuleSet::compile({{keyword(QStringLiteral("a"))}, {}, {regex(QStringLiteral("(x"))}});
    QVERIFY(!set.ok());
    QVERIFY2(set.errorString().startsWith(QLatin1String("Topic 3:")), qPrintable(set.errorString()));
    QVERIFY2(set.errorString().contains(QStringLiteral("“(x”")), qPrintable(set.errorString()));
}

void TestTopicRules::emptyMatcher()
{
    const TopicRuleMatcher none;
    QVERIFY(!none.matches(body(QStringLiteral("anything"))));
    QCOMPARE(none.ruleCount(), 0);
    const auto compiled = TopicRuleMatcher::compile({});
    QVERIFY(compiled.ok());
    QVERIFY(!compiled->matches(body(QStringLiteral("anything"))));
    QVERIFY(compiled->matchedPatterns(body(QStringLiteral("anything"))).isEmpty());
    const auto matcher = TopicRuleMatcher::compile({keyword(QStringLiteral("x"))});
    QVERIFY(!matcher->matches(RuleTarget()));
}

void TestTopicRules::matchedPatterns()
{
    const auto matcher = TopicRuleMatcher::compile({
        regex(QStringLiteral("\\bGSOMIA\\b")),
        keyword(QStringLiteral("pact")),
        keyword(QStringLiteral("GSOMIA")),
        phraseRule(QStringLiteral("security pact")),
        keyword(QStringLiteral("treaty")),
        keyword(QStringLiteral("pact"), false, TopicRule::Field::Title),
        keyword(QStringLiteral("アライアンス")),
    });
    QVERIFY2(matcher.ok(), qPrintable(matcher.errorString()));
    QCOMPARE(matcher->ruleCount(), 7);
    const RuleTarget target = body(QStringLiteral("The GSOMIA security pact, the pact."));
    QVERIFY(matcher->matches(target));
    // In rule order, each pattern once.
    QCOMPARE(matcher->matchedPatterns(target),
             (QStringList{QStringLiteral("\\bGSOMIA\\b"), QStringLiteral("pact"), QStringLiteral("GSOMIA"),
                          QStringLiteral("security pact")}));
    QVERIFY(matcher->matchedPatterns(body(QStringLiteral("nothing here"))).isEmpty());
}

void TestTopicRules::ruleSet()
{
    const QList<QList<TopicRule>> topics{
        {keyword(QStringLiteral("tariffs")), phraseRule(QStringLiteral("trade war"))},
        {},
        {keyword(QStringLiteral("summit")), regex(QStringLiteral("\\bforeign ministers?\\b"))},
        {keyword(QStringLiteral("選挙"))},
        {keyword(QStringLiteral("tariffs"), false, TopicRule::Field::Title)},
    };
    const auto set = TopicRuleSet::compile(topics);
    QVERIFY2(set.ok(), qPrintable(set.errorString()));
    QCOMPARE(set->topicCount(), 5);

    RuleTarget target;
    target.title = QStringLiteral("Foreign ministers meet");
    target.body = QStringLiteral("New tariffs and a trade-war threat; 選挙も近い.");
    QCOMPARE(set->matchingTopics(target), (QList<int>{0, 2, 3}));
    QCOMPARE(set->matchedPatterns(0, target),
             (QStringList{QStringLiteral("tariffs"), QStringLiteral("trade war")}));
    QCOMPARE(set->matchedPatterns(2, target), QStringList{QStringLiteral("\\bforeign ministers?\\b")});
    QVERIFY(set->matchedPatterns(1, target).isEmpty());
    QVERIFY(set->matchedPatterns(4, target).isEmpty());
    QVERIFY(set->matchedPatterns(99, target).isEmpty());
    target.title = QStringLiteral("Tariffs");
    QCOMPARE(set->matchingTopics(target), (QList<int>{0, 3, 4}));
    QVERIFY(TopicRuleSet().matchingTopics(target).isEmpty());
}

void TestTopicRules::seedStory()
{
    QFile file(QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/seed/japan-south-korea-summit.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("The seed story is not here");
    const QString text = QString::fromUtf8(file.readAll());
    RuleTarget target;
    target.title = QStringLiteral("In bid to repair ties, Japan and South Korea agree to summit next month");
    target.body = text;
    target.source = QStringLiteral("Reuters");

    const QHash<QString, TopicNode> topics = defaultRuleTopics();
    QVERIFY(!topics.isEmpty());
    const auto matches = [&](const QString &name, QStringList *patterns = nullptr) {
        const auto matcher = TopicRuleMatcher::compile(topics.value(name).rules);
        if (!matcher.ok())
            qFatal("%s", qPrintable(matcher.errorString()));
        if (patterns)
            *patterns = matcher->matchedPatterns(target);
        return matcher->matches(target);
    };

    for (const QString &name :
         {QStringLiteral("Security pacts & intelligence sharing"), QStringLiteral("Trade disputes"),
          QStringLiteral("Diplomacy & summits"), QStringLiteral("Wartime history & reparations"),
          QStringLiteral("Export controls"), QStringLiteral("Semiconductors & chips")}) {
        QVERIFY2(topics.contains(name), qPrintable(name));
        QStringList patterns;
        QVERIFY2(matches(name, &patterns), qPrintable(name));
        qInfo("%s: %s", qPrintable(name), qPrintable(patterns.join(QStringLiteral(" | "))));
    }
    QStringList patterns;
    matches(QStringLiteral("Security pacts & intelligence sharing"), &patterns);
    QVERIFY(patterns.contains(QStringLiteral("GSOMIA")));
    QVERIFY(patterns.contains(QStringLiteral("intelligence-sharing")));
    matches(QStringLiteral("Wartime history & reparations"), &patterns);
    QVERIFY(patterns.contains(QStringLiteral("wartime")));
    QCOMPARE(patterns.size(), 2); // and the "compensation for … laborers" expression

    for (const QString &name :
         {QStringLiteral("Elections"), QStringLiteral("Public health"), QStringLiteral("Labour disputes"),
          QStringLiteral("Climate & energy"), QStringLiteral("Technology & AI"),
          QStringLiteral("Migration & refugees"), QStringLiteral("Sanctions")}) {
        QVERIFY2(topics.contains(name), qPrintable(name));
        QStringList wrong;
        QVERIFY2(!matches(name, &wrong), qPrintable(name + QStringLiteral(": ") + wrong.join(u',')));
    }
}

void TestTopicRules::sampleLibrary()
{
    // The sample library's fictional articles get the topics a curator would give them.
    QFile file(QStringLiteral(":/newsdesk/samples/sample-library.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray articles =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("articles")).toArray();
    QVERIFY(articles.size() >= 12);

    const auto defaults = Taxonomy::defaultTopics();
    QList<const TopicNode *> list;
    collectRuleTopics(*defaults, &list);
    QList<QList<TopicRule>> rules;
    for (const TopicNode *topic : list)
        rules.append(topic->rules);
    const auto set = TopicRuleSet::compile(rules);
    QVERIFY2(set.ok(), qPrintable(set.errorString()));

    const QHash<QString, QString> expected{
        {QStringLiteral("Port strike ends"), QStringLiteral("Labour disputes")},
        {QStringLiteral("Eastmarch and Lorvania sign"),
         QStringLiteral("Security pacts & intelligence sharing")},
        {QStringLiteral("Eastmarch, Lorvania agree to pool"),
         QStringLiteral("Security pacts & intelligence sharing")},
        {QStringLiteral("Valdoria to impose tariffs"), QStringLiteral("Trade disputes")},
        {QStringLiteral("Kestrel Province votes"), QStringLiteral("Elections")},
        {QStringLiteral("Saltmere offshore wind"), QStringLiteral("Climate & energy")},
        {QStringLiteral("Carrow Bridge council pilots AI"), QStringLiteral("Technology & AI")},
        {QStringLiteral("Riverbend hospitals"), QStringLiteral("Public health")},
        {QStringLiteral("Narrow Sound summit"), QStringLiteral("Diplomacy & summits")},
        {QStringLiteral("汐ヶ浦港"), QStringLiteral("Labour disputes")},
        {QStringLiteral("한빛시장 보궐선거"), QStringLiteral("Elections")},
    };
    int checked = 0;
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        RuleTarget target;
        target.title = article.value(QLatin1String("title")).toString();
        target.dek = article.value(QLatin1String("dek")).toString();
        target.body = plainTextFromHtml(article.value(QLatin1String("bodyHtml")).toString());
        target.byline = article.value(QLatin1String("byline")).toString();
        target.source = article.value(QLatin1String("source")).toString();
        QStringList names;
        for (const int topic : set->matchingTopics(target))
            names.append(list.at(topic)->name);
        qInfo("%s → %s", qPrintable(target.title.left(50)), qPrintable(names.join(QStringLiteral(", "))));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (target.title.startsWith(it.key())) {
                QVERIFY2(names.contains(it.value()),
                         qPrintable(target.title + QStringLiteral(" lacks ") + it.value()));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, int(expected.size()));
}

void TestTopicRules::threads()
{
    const auto set = TopicRuleSet::compile(fiftyTopics());
    QVERIFY2(set.ok(), qPrintable(set.errorString()));
    QRandomGenerator random(11);
    QList<RuleTarget> targets;
    for (int i = 0; i < 400; ++i)
        targets.append(body(syntheticText(random, 300)));
    QList<QList<int>> sequential;
    for (const RuleTarget &target : std::as_const(targets))
        sequential.append(set->matchingTopics(target));
    // The set agrees with one matcher per topic.
    QList<TopicRuleMatcher> matchers;
    for (const auto &rules : fiftyTopics())
        matchers.append(TopicRuleMatcher::compile(rules).value());
    int agreed = 0;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QList<int> expected;
        for (int topic = 0; topic < matchers.size(); ++topic) {
            if (matchers.at(topic).matches(targets.at(i)))
                expected.append(topic);
        }
        QCOMPARE(sequential.at(i), expected);
        agreed += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(agreed > 50);
    const QList<QList<int>> parallel = QtConcurrent::blockingMapped(
        targets, [&](const RuleTarget &target) { return set->matchingTopics(target); });
    QCOMPARE(parallel, sequential);
}

void TestTopicRules::timing()
{
    const QList<QList<TopicRule>> topics = fiftyTopics();
    QCOMPARE(topics.size(), 50);
    int ruleCount = 0;
    for (const auto &rules : topics)
        ruleCount += int(rules.size());

    // A pool of article-sized texts matched in turn: generating 100,000 distinct articles would time the
    // generator, not the matcher, and nothing is cached between calls.
    QRandomGenerator random(42);
    QList<RuleTarget> pool;
    qsizetype poolChars = 0;
    for (int i = 0; i < 1000; ++i) {
        RuleTarget target;
        target.title = syntheticText(random, 10);
        target.dek = syntheticText(random, 25);
        target.body = syntheticText(random, 250 + random.bounded(400));
        target.byline = QStringLiteral("By Reporter %1").arg(i);
        target.source = QStringLiteral("Wire %1").arg(i % 7);
        poolChars += target.title.size() + target.dek.size() + target.body.size();
        pool.append(target);
    }
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    constexpr int Articles = 10000; // sanitizers slow everything several times over: time less
#else
    constexpr int Articles = 100000;
#endif

    QElapsedTimer timer;
    timer.start();
    const auto set = TopicRuleSet::compile(topics);
    QVERIFY2(set.ok(), qPrintable(set.errorString()));
    const qint64 compileMs = timer.restart();
    qint64 hits = 0;
    for (int i = 0; i < Articles; ++i)
        hits += set->matchingTopics(pool.at(i % pool.size())).size();
    const qint64 setMs = timer.elapsed();

    // One topic's matcher over the same articles: what previewing a rule being edited costs.
    const auto matcher = TopicRuleMatcher::compile(topics.first());
    QVERIFY(matcher.ok());
    timer.restart();
    qint64 matcherHits = 0;
    for (int i = 0; i < Articles; ++i)
        matcherHits += matcher->matches(pool.at(i % pool.size())) ? 1 : 0;
    const qint64 matcherMs = timer.elapsed();
    qint64 setFirstTopicHits = 0;
    for (const RuleTarget &target : std::as_const(pool))
        setFirstTopicHits += set->matchingTopics(target).contains(0) ? 1 : 0;

    qInfo("%d articles (avg %lld chars) x 50 topics (%d rules): TopicRuleSet %lld ms (compile %lld ms), "
          "%lld topic matches; one topic's TopicRuleMatcher over the same articles %lld ms",
          Articles, qint64(poolChars / pool.size()), ruleCount, setMs, compileMs, hits, matcherMs);
    QCOMPARE(matcherHits, setFirstTopicHits * (Articles / pool.size()));
    QVERIFY(hits > 0);
    // Seconds, not minutes, even in a debug build on a busy machine.
    QVERIFY2(setMs < 60000, qPrintable(QString::number(setMs)));
}

QTEST_GUILESS_MAIN(TestTopicRules)
#include "tst_topicrules.moc"
