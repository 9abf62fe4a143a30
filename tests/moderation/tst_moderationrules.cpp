// The moderation rules with WordPress's semantics: keys as case-insensitive substrings of every field,
// disallowed keys in the text with its HTML stripped, links (bare addresses too), the known-author rule,
// hold-all, and Newsdesk's flood, shouting and duplicate signals; which rule wins; facts read from a
// library in one batch.

#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/ModerationRules.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

const QDateTime Noon(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

Comment comment(const QString &text, const QString &author = QStringLiteral("Ann Reader"),
                const QString &email = QStringLiteral("ann@example.org"))
{
    Comment c;
    c.author = author;
    c.authorEmail = email;
    c.authorIp = QStringLiteral("192.0.2.7");
    c.bodyText = text;
    c.body = commentHtmlFromText(text);
    c.postedAt = Noon;
    return c;
}

/// Settings with every rule off, so that a test switches on the one it looks at.
ModerationSettings quiet()
{
    ModerationSettings settings;
    settings.linkLimit = 0;
    settings.autoApproveKnownAuthors = false;
    settings.floodLimit = 0;
    settings.shoutingShare = 0;
    return settings;
}

bool matched(const RuleVerdict &verdict, ModerationRule rule)
{
    return std::any_of(verdict.matches.cbegin(), verdict.matches.cend(),
                       [rule](const RuleMatch &m) { return m.rule == rule; });
}

QList<ModerationFacts::Post> posts(const QList<qint64> &offsets, qint64 firstId = 100)
{
    QList<ModerationFacts::Post> list;
    for (qint64 offset : offsets)
        list.append({firstId++, Noon.toSecsSinceEpoch() + offset});
    return list;
}

qint64 addArticle(Library &library)
{
    Article article;
    article.title = QStringLiteral("Harbour plan");
    article.url = QStringLiteral("https://news.example/harbour");
    return library.articles().insert({article}).value().first();
}

} // namespace

class TestModerationRules : public QObject
{
    Q_OBJECT

private slots:
    void moderationKeyIsASubstring();
    void keysLookInEveryField_data();
    void keysLookInEveryField();
    void emptyKeysNeverMatch();
    void disallowedKeyInStrippedHtml();
    void disallowedBeatsEverything();
    void linkCount_data();
    void linkCount();
    void linkLimit();
    void knownAuthor();
    void holdAll();
    void flood_data();
    void flood();
    void floodByAuthorAndOff();
    void shouting_data();
    void shouting();
    void duplicates();
    void nothingMatchedStaysPending();
    void reasonsNameEveryHoldingRule();
    void thousandsOfKeys();
    void factsFromTheLibrary();
};

void TestModerationRules::moderationKeyIsASubstring()
{
    ModerationSettings settings = quiet();
    settings.moderationKeys = {QStringLiteral("press")};
    Comment c = comment(QStringLiteral("A fine article."));
    c.authorUrl = QStringLiteral("https://example.wordpress.com/");
    const RuleVerdict verdict = ModerationRules(settings).evaluate(c);
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QVERIFY(verdict.decided);
    QVERIFY(matched(verdict, ModerationRule::ModerationKey));
    QCOMPARE(verdict.reason, QStringLiteral("Moderation key “press” in the author's URL"));
}

void TestModerationRules::keysLookInEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("where");
    QTest::newRow("name") << "author"
                          << "the author's name";
    QTest::newRow("email") << "email"
                           << "the author's email";
    QTest::newRow("url") << "url"
                         << "the author's URL";
    QTest::newRow("text") << "text"
                          << "the text";
    QTest::newRow("ip") << "ip"
                        << "the author's IP address";
}

void TestModerationRules::keysLookInEveryField()
{
    QFETCH(QString, field);
    QFETCH(QString, where);
    Comment c =
        comment(QStringLiteral("Nothing to see."), QStringLiteral("Bo"), QStringLiteral("bo@example.org"));
    const QString value = QStringLiteral("xx-CaSiNo-xx");
    if (field == u"author")
        c.author = value;
    else if (field == u"email")
        c.authorEmail = value;
    else if (field == u"url")
        c.authorUrl = value;
    else if (field == u"text")
        c.body = commentHtmlFromText(c.bodyText = value);
    else
        c.authorIp = value;

    ModerationSettings settings = quiet();
    settings.moderationKeys = {QStringLiteral("casino")};
    RuleVerdict verdict = ModerationRules(settings).evaluate(c);
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QCOMPARE(verdict.reason, QStringLiteral("Moderation key “casino” in %1").arg(where));

    settings = quiet();
    settings.disallowedKeys = {QStringLiteral("CASINO")};
    verdict = ModerationRules(settings).evaluate(c);
    QCOMPARE(verdict.status, CommentStatus::Spam);
    QCOMPARE(verdict.reason, QStringLiteral("Disallowed key “CASINO” in %1").arg(where));
}

void TestModerationRules::emptyKeysNeverMatch()
{
    ModerationSettings settings = quiet();
    settings.moderationKeys = {QString(), QStringLiteral("   ")};
    settings.disallowedKeys = {QStringLiteral("")};
    const RuleVerdict verdict = ModerationRules(settings).evaluate(comment(QStringLiteral("Hello")));
    QVERIFY(!verdict.decided);
    QVERIFY(verdict.matches.isEmpty());
}

void TestModerationRules::disallowedKeyInStrippedHtml()
{
    ModerationSettings settings = quiet();
    settings.disallowedKeys = {QStringLiteral("viagra"), QStringLiteral("pills-shop")};
    Comment split = comment(QString());
    split.body = QStringLiteral("<p>Cheap vi<b>agra</b> here</p>");
    split.bodyText.clear(); // derived from the HTML, as the store does
    RuleVerdict verdict = ModerationRules(settings).evaluate(split);
    QCOMPARE(verdict.status, CommentStatus::Spam);
    QCOMPARE(verdict.reason, QStringLiteral("Disallowed key “viagra” in the text"));

    // An address only in the markup (an href) is found in the HTML.
    Comment linked = comment(QString());
    linked.body = QStringLiteral("<p>See <a href=\"https://pills-shop.example/\">this</a></p>");
    linked.bodyText.clear();
    verdict = ModerationRules(settings).evaluate(linked);
    QCOMPARE(verdict.status, CommentStatus::Spam);
    QVERIFY(verdict.reason.contains(QLatin1String("pills-shop")));
}

void TestModerationRules::disallowedBeatsEverything()
{
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.moderationKeys = {QStringLiteral("casino")};
    settings.holdAll = true;
    settings.linkLimit = 1;
    ModerationFacts facts;
    facts.approvedAuthors.insert(
        ModerationFacts::authorKey(QStringLiteral("Ann Reader"), QStringLiteral("ann@example.org")));
    const RuleVerdict verdict =
        ModerationRules(settings, facts).evaluate(comment(QStringLiteral("Casino at https://x.example")));
    QCOMPARE(verdict.status, CommentStatus::Spam);
    QCOMPARE(verdict.matches.first().rule, ModerationRule::DisallowedKey);
    QVERIFY(matched(verdict, ModerationRule::HoldAll));
    QVERIFY(matched(verdict, ModerationRule::KnownAuthor));
    QCOMPARE(verdict.reason, QStringLiteral("Disallowed key “casino” in the text"));
}

void TestModerationRules::linkCount_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("links");
    QTest::newRow("none") << "<p>No links, just example.com and an email a@b.org</p>" << 0;
    QTest::newRow("anchor") << "<p>See <a href=\"https://a.example/\">this</a></p>" << 1;
    QTest::newRow("anchor upper case") << "<p><A HREF='https://a.example/'>x</A></p>" << 1;
    QTest::newRow("anchor without href") << "<p><a name=\"top\">top</a></p>" << 0;
    QTest::newRow("anchor text is its address")
        << "<p><a href=\"https://a.example/\">https://a.example/</a></p>" << 1;
    QTest::newRow("bare http") << "<p>go to http://a.example/x and https://b.example</p>" << 2;
    QTest::newRow("bare www") << "<p>www.a.example and WWW.b.example</p>" << 2;
    QTest::newRow("mixed") << "<p><a href=\"https://a.example/\">a</a> www.b.example https://c.example</p>"
                           << 3;
    QTest::newRow("escaped markup is text") << "<p>&lt;a href=&quot;https://a.example&quot;&gt;</p>" << 1;
}

void TestModerationRules::linkCount()
{
    QFETCH(QString, html);
    QFETCH(int, links);
    QCOMPARE(ModerationRules::linkCount(html), links);
}

void TestModerationRules::linkLimit()
{
    ModerationSettings settings = quiet();
    settings.linkLimit = 2;
    const Comment two = comment(QStringLiteral("https://a.example and www.b.example"));
    const Comment one = comment(QStringLiteral("Only https://a.example"));
    RuleVerdict verdict = ModerationRules(settings).evaluate(two);
    QVERIFY(matched(verdict, ModerationRule::LinkLimit));
    QCOMPARE(verdict.reason, QStringLiteral("Links: 2, and comments with 2 or more are held"));
    QVERIFY(!matched(ModerationRules(settings).evaluate(one), ModerationRule::LinkLimit));

    // 0 turns the rule off, whatever the number of links.
    settings.linkLimit = 0;
    QString many;
    for (int i = 0; i < 10; ++i)
        many += QStringLiteral(" https://%1.example").arg(i);
    QVERIFY(!ModerationRules(settings).evaluate(comment(many)).decided);
}

void TestModerationRules::knownAuthor()
{
    ModerationSettings settings = quiet();
    settings.autoApproveKnownAuthors = true;
    ModerationFacts facts;
    facts.approvedAuthors.insert(
        ModerationFacts::authorKey(QStringLiteral("Ann Reader"), QStringLiteral("ann@example.org")));
    const ModerationRules rules(settings, facts);

    // Name and email must both match (case aside), as in WordPress.
    RuleVerdict verdict = rules.evaluate(
        comment(QStringLiteral("Hi"), QStringLiteral("ANN reader"), QStringLiteral("Ann@Example.org")));
    QCOMPARE(verdict.status, CommentStatus::Approved);
    QCOMPARE(verdict.reason, QStringLiteral("Known author: ANN reader has an approved comment"));
    QCOMPARE(rules
                 .evaluate(comment(QStringLiteral("Hi"), QStringLiteral("Ann Reader"),
                                   QStringLiteral("other@example.org")))
                 .status,
             CommentStatus::Pending);
    QCOMPARE(rules
                 .evaluate(comment(QStringLiteral("Hi"), QStringLiteral("Someone"),
                                   QStringLiteral("ann@example.org")))
                 .status,
             CommentStatus::Pending);
    // An author without an email is nobody to recognise.
    ModerationFacts nameOnly;
    nameOnly.approvedAuthors.insert(ModerationFacts::authorKey(QStringLiteral("Ann Reader"), QString()));
    QCOMPARE(ModerationRules(settings, nameOnly)
                 .evaluate(comment(QStringLiteral("Hi"), QStringLiteral("Ann Reader"), QString()))
                 .status,
             CommentStatus::Pending);

    // A hold beats the approval.
    settings.moderationKeys = {QStringLiteral("harbour")};
    verdict = ModerationRules(settings, facts).evaluate(comment(QStringLiteral("About the harbour")));
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QVERIFY(matched(verdict, ModerationRule::KnownAuthor));

    // Off: a known author waits like anybody.
    settings = quiet();
    QCOMPARE(ModerationRules(settings, facts).evaluate(comment(QStringLiteral("Hi"))).status,
             CommentStatus::Pending);
}

void TestModerationRules::holdAll()
{
    ModerationSettings settings = quiet();
    settings.holdAll = true;
    settings.autoApproveKnownAuthors = true;
    ModerationFacts facts;
    facts.approvedAuthors.insert(
        ModerationFacts::authorKey(QStringLiteral("Ann Reader"), QStringLiteral("ann@example.org")));
    const RuleVerdict verdict = ModerationRules(settings, facts).evaluate(comment(QStringLiteral("Hi")));
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QVERIFY(verdict.decided);
    QCOMPARE(verdict.matches.first().rule, ModerationRule::HoldAll);
}

void TestModerationRules::flood_data()
{
    QTest::addColumn<QList<qint64>>("others"); // offsets of the other comments from the same IP, seconds
    QTest::addColumn<qint64>("offset");        // this comment's offset
    QTest::addColumn<bool>("flood");
    // Limit 3 within 60 s.
    QTest::newRow("burst, last of it") << QList<qint64>{-40, -20} << qint64(0) << true;
    QTest::newRow("burst, first of it") << QList<qint64>{20, 40} << qint64(0) << true;
    QTest::newRow("burst, middle") << QList<qint64>{-30, 30} << qint64(0) << true;
    QTest::newRow("exactly the window") << QList<qint64>{-60, -30} << qint64(0) << true;
    QTest::newRow("a second too long") << QList<qint64>{-61, -30} << qint64(0) << false;
    QTest::newRow("spread out") << QList<qint64>{-120, -60, 60, 120} << qint64(0) << false;
    QTest::newRow("two only") << QList<qint64>{-5} << qint64(0) << false;
    QTest::newRow("same second") << QList<qint64>{0, 0} << qint64(0) << true;
}

void TestModerationRules::flood()
{
    QFETCH(QList<qint64>, others);
    QFETCH(qint64, offset);
    QFETCH(bool, flood);
    ModerationSettings settings = quiet();
    settings.floodLimit = 3;
    settings.floodWindowSeconds = 60;
    Comment c = comment(QStringLiteral("Hello"));
    c.postedAt = Noon.addSecs(offset);

    // Not in the library yet: it counts itself.
    ModerationFacts facts;
    facts.postsByIp.insert(c.authorIp, posts(others));
    RuleVerdict verdict = ModerationRules(settings, facts).evaluate(c);
    QCOMPARE(matched(verdict, ModerationRule::Flood), flood);
    if (flood)
        QVERIFY2(verdict.reason.startsWith(QLatin1String("Flood: ")) && verdict.reason.contains(c.authorIp),
                 qPrintable(verdict.reason));

    // In the library: it is among the posts and is not counted twice.
    c.id = 7;
    QList<ModerationFacts::Post> withItself = posts(others);
    withItself.append({7, c.postedAt.toSecsSinceEpoch()});
    std::sort(withItself.begin(), withItself.end(),
              [](const auto &a, const auto &b) { return a.postedAt < b.postedAt; });
    facts.postsByIp.insert(c.authorIp, withItself);
    verdict = ModerationRules(settings, facts).evaluate(c);
    QCOMPARE(matched(verdict, ModerationRule::Flood), flood);
}

void TestModerationRules::floodByAuthorAndOff()
{
    ModerationSettings settings = quiet();
    settings.floodLimit = 3;
    settings.floodWindowSeconds = 60;
    Comment c = comment(QStringLiteral("Hello"));
    c.authorIp.clear();
    ModerationFacts facts;
    facts.postsByAuthor.insert(ModerationFacts::authorKey(c.author, c.authorEmail), posts({-10, -5}));
    RuleVerdict verdict = ModerationRules(settings, facts).evaluate(c);
    QVERIFY(matched(verdict, ModerationRule::Flood));
    QCOMPARE(verdict.reason, QStringLiteral("Flood: 3 comments from “Ann Reader” within 60 s"));

    settings.floodLimit = 0;
    QVERIFY(!matched(ModerationRules(settings, facts).evaluate(c), ModerationRule::Flood));
    // Without a time there is no flood to see.
    settings.floodLimit = 3;
    c.postedAt = QDateTime();
    QVERIFY(!matched(ModerationRules(settings, facts).evaluate(c), ModerationRule::Flood));
}

void TestModerationRules::shouting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("share");
    QTest::addColumn<bool>("held");
    QTest::newRow("shouting") << "THIS IS A DISGRACE AND EVERYONE KNOWS IT" << 0.7 << true;
    QTest::newRow("nineteen letters") << "ABCDEFGHIJ KLMNOPQRS!" << 0.7 << false;
    QTest::newRow("twenty letters") << "ABCDEFGHIJ KLMNOPQRST!" << 0.7 << true;
    QTest::newRow("acronyms") << "NASA and the EU said the UK should wait" << 0.7 << false;
    QTest::newRow("just under the share") << "ABCDEFGHIJKLMN abcdefg" << 0.7 << false; // 14/21
    QTest::newRow("at the share") << "ABCDEFGHIJKLMN abcdef" << 0.7 << true;           // 14/20
    QTest::newRow("off") << "THIS IS A DISGRACE AND EVERYONE KNOWS IT" << 0.0 << false;
    QTest::newRow("uncased script") << "東京都の新しい計画について住民の意見が分かれている状況です" << 0.7
                                    << false;
}

void TestModerationRules::shouting()
{
    QFETCH(QString, text);
    QFETCH(double, share);
    QFETCH(bool, held);
    ModerationSettings settings = quiet();
    settings.shoutingShare = share;
    const RuleVerdict verdict = ModerationRules(settings).evaluate(comment(text));
    QCOMPARE(matched(verdict, ModerationRule::Shouting), held);
    QCOMPARE(verdict.status, CommentStatus::Pending);
}

void TestModerationRules::duplicates()
{
    const ModerationSettings settings = quiet();
    const QString text = QStringLiteral("The harbour plan is overdue.");
    ModerationFacts facts;
    facts.copies[ModerationFacts::nameCopyKey(QStringLiteral("Ann Reader"), text)] = {
        {5, CommentStatus::Approved}, {9, CommentStatus::Pending}};

    // Case and spacing aside, the same author's same text is a duplicate of the first copy: held.
    Comment c = comment(QStringLiteral("  the HARBOUR plan   is overdue. "));
    c.id = 9;
    RuleVerdict verdict = ModerationRules(settings, facts).evaluate(c);
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QVERIFY(matched(verdict, ModerationRule::Duplicate));
    QCOMPARE(verdict.reason, QStringLiteral("Duplicate of comment 5 by the same author"));

    // The first copy is no duplicate of a later one.
    c.id = 5;
    QVERIFY(!ModerationRules(settings, facts).evaluate(c).decided);
    // Another author's same text is not a duplicate.
    Comment other = comment(text, QStringLiteral("Bo"), QStringLiteral("bo@example.org"));
    QVERIFY(!ModerationRules(settings, facts).evaluate(other).decided);
    // Same email under another name: a duplicate all the same (WordPress: name or email).
    facts.copies[ModerationFacts::emailCopyKey(QStringLiteral("ann@example.org"), text)] = {
        {5, CommentStatus::Approved}};
    Comment renamed = comment(text, QStringLiteral("A. R."));
    QVERIFY(matched(ModerationRules(settings, facts).evaluate(renamed), ModerationRule::Duplicate));

    // A copy of spam is spam.
    facts.copies[ModerationFacts::nameCopyKey(QStringLiteral("Ann Reader"), text)] = {
        {3, CommentStatus::Spam}};
    c.id = 0;
    verdict = ModerationRules(settings, facts).evaluate(c);
    QCOMPARE(verdict.status, CommentStatus::Spam);
    QCOMPARE(verdict.reason, QStringLiteral("Same author and text as comment 3, which is spam"));
    QVERIFY(!matched(verdict, ModerationRule::Duplicate));
}

void TestModerationRules::nothingMatchedStaysPending()
{
    // Defaults, a new author, one link: nothing decides, and Newsdesk does not approve on its own.
    const RuleVerdict verdict = ModerationRules(ModerationSettings())
                                    .evaluate(comment(QStringLiteral("Good piece, see https://a.example")));
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QVERIFY(!verdict.decided);
    QCOMPARE(verdict.reason, QStringLiteral("No rule matched; imported comments wait for a curator"));
}

void TestModerationRules::reasonsNameEveryHoldingRule()
{
    ModerationSettings settings = quiet();
    settings.moderationKeys = {QStringLiteral("harbour")};
    settings.linkLimit = 1;
    settings.shoutingShare = 0.7;
    const RuleVerdict verdict = ModerationRules(settings).evaluate(
        comment(QStringLiteral("THE HARBOUR PLAN IS A TOTAL SCANDAL AND A DISGRACE https://a.example")));
    QCOMPARE(verdict.status, CommentStatus::Pending);
    QCOMPARE(verdict.matches.size(), 3);
    QCOMPARE(verdict.reason.count(QLatin1String("; ")), 2);
    QVERIFY2(verdict.reason.startsWith(QStringLiteral("Moderation key “harbour” in the text")),
             qPrintable(verdict.reason));
}

void TestModerationRules::thousandsOfKeys()
{
    // WordPress users paste disallowed lists of tens of thousands of words.
    ModerationSettings settings = quiet();
    for (int i = 0; i < 20000; ++i)
        settings.disallowedKeys << QStringLiteral("spamword%1x").arg(i);
    settings.disallowedKeys << QStringLiteral("needle");
    QElapsedTimer clock;
    clock.start();
    const ModerationRules rules(settings);
    int spam = 0;
    for (int i = 0; i < 1000; ++i)
        spam += rules
                    .evaluate(
                        comment(QStringLiteral("A long enough comment about the harbour plan and its budget, "
                                               "number %1%2")
                                    .arg(i)
                                    .arg(i % 100 == 0 ? QStringLiteral(" with a NEEDLE") : QString())))
                    .status == CommentStatus::Spam;
    QCOMPARE(spam, 10);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestModerationRules::factsFromTheLibrary()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    QList<Comment> stored;
    Comment approved = comment(QStringLiteral("An earlier, approved comment."));
    approved.articleId = article;
    approved.status = CommentStatus::Approved;
    approved.postedAt = Noon.addDays(-3);
    stored << approved;
    Comment spam = comment(QStringLiteral("Buy followers now"), QStringLiteral("Promo"),
                           QStringLiteral("promo@example.net"));
    spam.articleId = article;
    spam.status = CommentStatus::Spam;
    spam.authorIp = QStringLiteral("198.51.100.9");
    stored << spam;
    for (int i = 0; i < 4; ++i) { // a burst from one address
        Comment burst =
            comment(QStringLiteral("Burst %1").arg(i), QStringLiteral("Bot %1").arg(i), QString());
        burst.articleId = article;
        burst.authorIp = QStringLiteral("203.0.113.5");
        burst.postedAt = Noon.addSecs(i * 10);
        stored << burst;
    }
    QVERIFY(library->comments().insert(stored));

    Comment known = comment(QStringLiteral("A new comment by a known author."), QStringLiteral("ann reader"));
    Comment repeat = comment(QStringLiteral("buy followers NOW"), QStringLiteral("Promo"),
                             QStringLiteral("other@example.net"));
    Comment flooding = comment(QStringLiteral("One more"), QStringLiteral("Bot 9"), QString());
    flooding.authorIp = QStringLiteral("203.0.113.5");
    flooding.postedAt = Noon.addSecs(45);

    ModerationSettings settings;
    auto rules = ModerationRules::forComments(*library, settings, {known, repeat, flooding});
    QVERIFY2(rules, qPrintable(rules.errorString()));
    QCOMPARE(rules->evaluate(known).status, CommentStatus::Approved);
    const RuleVerdict copy = rules->evaluate(repeat);
    QCOMPARE(copy.status, CommentStatus::Spam);
    QCOMPARE(copy.matches.first().rule, ModerationRule::SpamCopy);
    const RuleVerdict flood = rules->evaluate(flooding);
    QCOMPARE(flood.status, CommentStatus::Pending);
    QVERIFY(matched(flood, ModerationRule::Flood));
    QCOMPARE(flood.reason, QStringLiteral("Flood: 5 comments from IP address 203.0.113.5 within 60 s"));
}

QTEST_GUILESS_MAIN(TestModerationRules)
#include "tst_moderationrules.moc"
