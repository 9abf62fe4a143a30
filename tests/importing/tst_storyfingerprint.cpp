#include "importing/StoryFingerprint.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace Newsdesk;

namespace {

// Fictional wire copy: one strike story, the versions other sites make of it, and other stories by the
// same agency about the same dispute with the same names.
const QStringList &strikeParagraphs()
{
    static const QStringList paragraphs = {
        QStringLiteral(
            "PORT HALVERSEN, Norland (Meridian Press) – Dock workers at Norland’s largest container port "
            "walked off the job on Tuesday in protest against a plan to automate two of its five "
            "terminals, halting most cargo traffic and leaving at least 14 ships waiting at anchor "
            "outside the harbour."),
        QStringLiteral(
            "The Federation of Port Workers, which represents about 3,200 of the port’s 4,100 employees, "
            "said the 48-hour stoppage was a warning and that longer strikes would follow if the "
            "Halversen Terminal Company did not withdraw the plan or guarantee that no jobs would be "
            "lost."),
        QStringLiteral(
            "“We are not against machines. We are against throwing away people who have kept this port "
            "running for thirty years,” union leader Marta Ekdahl told a crowd of several hundred "
            "workers gathered outside the main gate."),
        QStringLiteral(
            "The terminal company, which is majority-owned by a consortium of pension funds, says the "
            "automated cranes and self-driving straddle carriers are needed to compete with larger "
            "ports on the continent, where handling costs per container are up to 20 percent lower."),
        QStringLiteral(
            "In a statement, the company said it had offered retraining to every worker affected and "
            "that the first phase of the project would not start before 2026. It called the strike "
            "“disproportionate and damaging to the whole economy.”"),
        QStringLiteral(
            "Port Halversen handles roughly 60 percent of Norland’s container imports, including most of "
            "the pharmaceuticals, fuel additives and spare parts used by the country’s manufacturers. "
            "Retailers warned that shelves could empty within days if the dispute dragged on."),
        QStringLiteral(
            "Transport Minister Jonas Albrekt urged both sides to return to talks and said the government "
            "was ready to appoint a mediator. “Nobody wins if the ships sail somewhere else,” he told "
            "reporters in the capital, Vessby."),
        QStringLiteral(
            "The last major strike at the port, in 2019, lasted eleven days and was estimated by the "
            "central bank to have cut economic growth that quarter by 0.3 percentage points."),
        QStringLiteral(
            "Shipping lines Kestrel Line and Orvik Maritime said they were diverting some vessels to the "
            "smaller port of Brannhavn, about 200 km (124 miles) to the north, although its cranes can "
            "handle only the smallest container ships."),
        QStringLiteral("(Reporting by Lena Strand; Editing by Paul Okafor)"),
    };
    return paragraphs;
}

QString joined(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString original()
{
    return joined(strikeParagraphs());
}

// (a) The same text as another site's extraction gives it: straight quotes, other line breaks, capitals.
QString verbatim()
{
    QString text = strikeParagraphs().join(QStringLiteral("  \n"));
    text.replace(u'’', u'\'').replace(u'“', u'"').replace(u'”', u'"');
    text.replace(QStringLiteral("Dock workers"), QStringLiteral("DOCK WORKERS"));
    return text;
}

// (b) Another headline on top, the last three paragraphs and the credit line cut.
QString retitledAndTrimmed()
{
    QStringList paragraphs = strikeParagraphs().mid(0, 6);
    paragraphs.prepend(QStringLiteral("Strike shuts Norland's main port as workers fight automation"));
    return joined(paragraphs);
}

// (c) A rewritten intro sentence, a headline, and two paragraphs of the site's own boilerplate.
QString reToppedWithBoilerplate()
{
    QStringList paragraphs = strikeParagraphs();
    paragraphs[0] =
        QStringLiteral("Most cargo traffic at Port Halversen came to a standstill on Tuesday after dock "
                       "workers began a two-day strike against plans to automate part of Norland's "
                       "busiest port, with at least 14 ships left waiting at anchor.");
    paragraphs.prepend(QStringLiteral("Port strike: ships wait at anchor as automation row escalates"));
    paragraphs.insert(
        4, QStringLiteral("Sign up for The Coastal Courier's morning briefing: the day's essential "
                          "news from Norland and the world, delivered to your inbox before 7am. You "
                          "can unsubscribe at any time."));
    paragraphs.append(
        QStringLiteral("© 2024 Meridian Press. All rights reserved. This material may not be "
                       "published, broadcast, rewritten or redistributed without permission. The "
                       "Coastal Courier is not responsible for the content of external sites."));
    return joined(paragraphs);
}

// (d) Light copy-editing: a word changed in most paragraphs, quotes and dashes retyped, house style.
QString copyEdited()
{
    QStringList paragraphs = strikeParagraphs();
    const QList<std::pair<QString, QString>> edits = {
        {QStringLiteral("(Meridian Press) –"), QStringLiteral("(Meridian Press) —")},
        {QStringLiteral("walked off the job"), QStringLiteral("walked out")},
        {QStringLiteral("about 3,200"), QStringLiteral("some 3,200")},
        {QStringLiteral("48-hour"), QStringLiteral("48\u2011hour")},
        {QStringLiteral("“We"), QStringLiteral("\"We")},
        {QStringLiteral("years,”"), QStringLiteral("years,\"")},
        {QStringLiteral("thirty years"), QStringLiteral("30 years")},
        {QStringLiteral("majority-owned"), QStringLiteral("majority owned")},
        {QStringLiteral("20 percent"), QStringLiteral("20 per cent")},
        {QStringLiteral("60 percent"), QStringLiteral("60 per cent")},
        {QStringLiteral("“disproportionate"), QStringLiteral("'disproportionate")},
        {QStringLiteral("economy.”"), QStringLiteral("economy'.")},
        {QStringLiteral("Retailers warned"), QStringLiteral("Retail groups warned")},
        {QStringLiteral("“Nobody"), QStringLiteral("'Nobody")},
        {QStringLiteral("else,”"), QStringLiteral("else,'")},
        {QStringLiteral("told reporters"), QStringLiteral("told journalists")},
        {QStringLiteral("eleven days"), QStringLiteral("11 days")},
        {QStringLiteral("(124 miles)"), QStringLiteral("")},
    };
    QString text = joined(paragraphs);
    for (const auto &[before, after] : edits) {
        Q_ASSERT(text.contains(before));
        text.replace(before, after);
    }
    return text;
}

// (f) The same agency, the same dispute and names, another event: the government's mediator two weeks on.
QString mediationStory()
{
    return joined({
        QStringLiteral(
            "VESSBY, Norland (Meridian Press) – The Norland government on Monday appointed a former "
            "supreme court judge to mediate in the dispute over automation at Port Halversen, after two "
            "weeks of intermittent strikes that have disrupted deliveries to factories and shops."),
        QStringLiteral(
            "Transport Minister Jonas Albrekt said Hanne Lindqvist, who retired from the court last year, "
            "would meet the Federation of Port Workers and the Halversen Terminal Company separately on "
            "Wednesday and hoped to bring them to the same table by the end of the week."),
        QStringLiteral(
            "“Both sides have told me they want a deal. Now they have someone whose only job is to find "
            "one,” Albrekt told reporters after a cabinet meeting."),
        QStringLiteral(
            "Union leader Marta Ekdahl welcomed the appointment but said workers would not call off a "
            "further stoppage planned for next Tuesday unless the company put its automation timetable "
            "on hold while mediation continued."),
        QStringLiteral(
            "The terminal company said in a statement that it would take part in good faith. It has "
            "previously said that the project is essential to keep the port competitive and that no "
            "construction work would begin before 2026."),
        QStringLiteral(
            "Business groups have urged the government to go further. The Norland Chamber of Commerce "
            "said on Friday that the disruption had already cost exporters more than 90 million crowns "
            "in delayed shipments and penalty payments."),
        QStringLiteral(
            "Kestrel Line, one of the largest carriers serving the port, said it would keep sending half "
            "of its Norland-bound cargo through Brannhavn until the dispute was resolved."),
        QStringLiteral(
            "Lindqvist, 67, led an inquiry into a prolonged public transport strike in 2016 that ended "
            "with an agreement both sides later described as fair."),
        QStringLiteral("(Reporting by Lena Strand; Editing by Paul Okafor)"),
    });
}

// (g) The next day's follow-up: new news on top, two background paragraphs of the first story reused.
QString followUpStory()
{
    return joined({
        QStringLiteral(
            "PORT HALVERSEN, Norland (Meridian Press) – More than 20 container ships were waiting off "
            "Port Halversen on Wednesday as a strike by dock workers entered its second day, and the "
            "terminal operator said it would seek a court order to end the stoppage early."),
        QStringLiteral(
            "The Halversen Terminal Company said its lawyers would ask the labour court on Thursday to "
            "declare the strike unlawful because the union had given only 24 hours' notice instead of "
            "the three days required by the national collective agreement."),
        QStringLiteral(
            "The Federation of Port Workers rejected the claim, saying the notice had been sent to the "
            "company by registered letter last week. Its leader, Marta Ekdahl, said members would return "
            "to work as planned on Thursday morning."),
        strikeParagraphs().at(3),
        strikeParagraphs().at(5),
        QStringLiteral(
            "Supermarket chain Nordhandel said it had started rationing some imported goods, including "
            "coffee and tinned fruit, at its stores in the south of the country."),
        QStringLiteral(
            "Two pharmacies in Vessby reported shortages of a common asthma inhaler, although the health "
            "ministry said national stocks were sufficient for several weeks."),
        QStringLiteral("(Reporting by Lena Strand and Ola Berg; Editing by Paul Okafor)"),
    });
}

// Fictional Japanese wire copy: a bus network story, another site's version of it, and another story
// from the same transport bureau with the same official.
const QStringList &busParagraphs()
{
    static const QStringList paragraphs = {
        QStringLiteral(
            "北浜市交通局は二十日、市営バスの路線を来年四月に再編すると発表した。利用者の少ない郊外の三路"
            "線を廃止する一方、駅と病院を結ぶ循環線を新設する。"),
        QStringLiteral(
            "交通局によると、市営バスの年間利用者はこの十年で約三割減り、昨年度の赤字は十二億円に達した。"
            "運転手の不足も深刻で、現在の路線網を維持するのは難しいと判断した。"),
        QStringLiteral(
            "廃止される路線の沿線では、代わりに予約制の乗り合いタクシーを走らせる。運賃はバスと同じ二百二"
            "十円とし、七十歳以上の高齢者には割引を設ける。"),
        QStringLiteral(
            "新設する循環線は、北浜駅から市民病院、市役所、大型商業施設を経由して駅に戻るルートで、日中は"
            "十五分間隔で運行する予定だ。"),
        QStringLiteral(
            "交通局の田中誠局長は記者会見で「限られた人員で、より多くの市民が使いやすい路線にしたい」と述べ"
            "た。"),
        QStringLiteral(
            "一方、廃止対象の路線が通る山手地区の住民からは「通院や買い物の足がなくなる」と不安の声も上がっ"
            "ている。市は来月から各地区で説明会を開く。"),
    };
    return paragraphs;
}

QString busStory()
{
    return busParagraphs().join(u'\n');
}

// Another site: its own headline and credit, the last paragraph cut, a members-only teaser at the end.
QString busStoryElsewhere()
{
    QStringList paragraphs = busParagraphs().mid(0, 5);
    paragraphs.prepend(QStringLiteral("【北浜新聞】市営バス、来春に路線再編　郊外３路線を廃止"));
    paragraphs.append(QStringLiteral("この記事の続きは会員登録をするとお読みいただけます。"));
    return paragraphs.join(u'\n');
}

// The same bureau, director and bus network a week later, about fares.
QString busFareStory()
{
    return QStringList{
        QStringLiteral(
            "北浜市交通局は二十七日、市営バスに交通系ＩＣカードを導入すると発表した。来年四月の路線再編"
            "に合わせて全車両に読み取り機を設置し、現金との併用を続ける。"),
        QStringLiteral(
            "交通局によると、導入にかかる費用は約三億円で、国の補助金を充てる。ＩＣカードで乗車した場合は"
            "運賃を十円割り引き、乗り継ぎの際には二回目の運賃を無料にする。"),
        QStringLiteral(
            "交通局の田中誠局長は記者会見で「現金の両替や運賃箱の集計にかかる手間を減らし、運転手の負担を"
            "軽くしたい」と述べた。"),
        QStringLiteral(
            "市内の高齢者団体からは、カードの使い方がわからない人への配慮を求める声が出ている。交通局は各地"
            "区の公民館で使い方の講習会を開く予定だ。"),
        QStringLiteral(
            "また、障害者手帳を持つ人向けの割引についても、ＩＣカードで自動的に適用できるよう準備を進めてい"
            "る。"),
    }
        .join(u'\n');
}

// 1,000 words drawn from the strike stories' vocabulary, the size of a long feature.
QString thousandWords(quint32 seed = 20240611)
{
    static const QStringList vocabulary =
        StoryFingerprint::normalisedText(original() + u' ' + mediationStory())
            .split(u' ', Qt::SkipEmptyParts);
    QRandomGenerator random(seed);
    QStringList words;
    for (int i = 0; i < 1000; ++i)
        words << vocabulary.at(random.bounded(int(vocabulary.size())));
    return words.join(u' ');
}

int sharedAnchors(const QString &a, const QString &b)
{
    const QList<qint64> anchorsA = StoryFingerprint::anchorHashes(a);
    const QList<qint64> anchorsB = StoryFingerprint::anchorHashes(b);
    const QSet<qint64> setB(anchorsB.cbegin(), anchorsB.cend());
    int shared = 0;
    for (const qint64 anchor : anchorsA)
        shared += setB.contains(anchor) ? 1 : 0;
    return shared;
}

bool shareBand(quint64 a, quint64 b)
{
    const QList<quint16> bandsA = StoryFingerprint::simHashBands(a);
    const QList<quint16> bandsB = StoryFingerprint::simHashBands(b);
    for (int i = 0; i < bandsA.size(); ++i) {
        if (bandsA.at(i) == bandsB.at(i))
            return true;
    }
    return false;
}

enum class SimHashExpectation { Within, Beyond, Either };

} // namespace

Q_DECLARE_METATYPE(SimHashExpectation)

/// Exact and near-duplicate recognition of wire stories, on fictional copy in English and Japanese.
class TestStoryFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data();
    void normalisation();
    void versions_data();
    void versions();
    void candidateKeysFindVersions_data();
    void candidateKeysFindVersions();
    void anchorsSurviveHeavyTrimming();
    void bandsKeepEverySimHashWithinDistance();
    void emptyText();
    void shortTextsNeedAnExactCopy();
    void japaneseWithoutSpaces();
    void speed();
};

void TestStoryFingerprint::normalisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("case and spaces") << QStringLiteral("  Port\tHALVERSEN\n\n strike  ")
                                     << QStringLiteral("port halversen strike");
    QTest::newRow("punctuation") << QStringLiteral("Strike! Ships (14) wait; talks?…")
                                 << QStringLiteral("strike ships 14 wait talks");
    QTest::newRow("curly and straight quotes")
        << QStringLiteral("“Nobody wins,” he said. ‘Really’") << QStringLiteral("nobody wins he said really");
    QTest::newRow("guillemets and CJK brackets")
        << QStringLiteral("«Non» „Ja“ 「はい」") << QStringLiteral("non ja はい");
    QTest::newRow("dashes") << QStringLiteral("Norland – Vessby — Brannhavn ‒ 48‑hour - x")
                            << QStringLiteral("norland vessby brannhavn 48 hour x");
    QTest::newRow("apostrophes inside words")
        << QStringLiteral("Norland’s port; Norland's port; Norlandʼs port")
        << QStringLiteral("norlands port norlands port norlands port");
    QTest::newRow("digits kept") << QStringLiteral("Up 0.3% in 2019, 3,200 of 4,100")
                                 << QStringLiteral("up 0 3 in 2019 3 200 of 4 100");
    QTest::newRow("other digit scripts")
        << QStringLiteral("عام ٢٠٢٤ and ２０２４") << QStringLiteral("عام 2024 and 2024");
    QTest::newRow("full case folding") << QStringLiteral("STRASSE Straße ÉCOLE École ΣΊΣΥΦΟΣ")
                                       << QStringLiteral("strasse strasse école école σίσυφοσ");
    QTest::newRow("compatibility forms")
        << QStringLiteral("ＰＯＲＴ ﬁnal ｶﾀｶﾅ") << QStringLiteral("port final カタカナ");
    QTest::newRow("invisible characters")
        << QStringLiteral("inter\u00ADnational\u200B port\u00A0strike\uFEFF")
        << QStringLiteral("international port strike");
    QTest::newRow("accents composed")
        << QStringLiteral("Ekdahl cafe\u0301 café") << QStringLiteral("ekdahl café café");
    QTest::newRow("only punctuation") << QStringLiteral(" — … !!! “” ") << QString();
}

void TestStoryFingerprint::normalisation()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QCOMPARE(StoryFingerprint::normalisedText(text), normalised);
}

void TestStoryFingerprint::versions_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("exactCopy");
    QTest::addColumn<SimHashExpectation>("simHash");
    QTest::addColumn<bool>("sameStory");

    QTest::newRow("a: verbatim, reformatted") << verbatim() << true << SimHashExpectation::Within << true;
    QTest::newRow("b: new headline, trimmed")
        << retitledAndTrimmed() << false << SimHashExpectation::Either << true;
    QTest::newRow("c: new intro, boilerplate")
        << reToppedWithBoilerplate() << false << SimHashExpectation::Either << true;
    QTest::newRow("d: copy-edited") << copyEdited() << false << SimHashExpectation::Either << true;
    QTest::newRow("f: same agency, topic, names")
        << mediationStory() << false << SimHashExpectation::Beyond << false;
    // A follow-up is news of its own (a court challenge, rationing), not another source for Tuesday's
    // story: linking it would hide it from the curator. It shares two background paragraphs, about a
    // quarter of its shingles, well under the threshold.
    QTest::newRow("g: next-day follow-up") << followUpStory() << false << SimHashExpectation::Beyond << false;
}

void TestStoryFingerprint::versions()
{
    QFETCH(QString, other);
    QFETCH(bool, exactCopy);
    QFETCH(SimHashExpectation, simHash);
    QFETCH(bool, sameStory);

    const QString first = original();
    QCOMPARE(StoryFingerprint::exactTextHash(first) == StoryFingerprint::exactTextHash(other), exactCopy);
    QCOMPARE(StoryFingerprint::exactTextHash(first).size(), 64);

    const StoryFingerprint::Similarity similarity = StoryFingerprint::similarity(first, other);
    const int distance =
        StoryFingerprint::hammingDistance(StoryFingerprint::simHash(first), StoryFingerprint::simHash(other));
    QCOMPARE(similarity.simHashDistance, distance);
    qInfo("%-30s SimHash distance %2d bits, containment %.2f, Jaccard %.2f (%d shared of %d and %d shingles)",
          QTest::currentDataTag(), distance, similarity.containment, similarity.jaccard,
          similarity.sharedShingles, similarity.shinglesA, similarity.shinglesB);

    if (simHash == SimHashExpectation::Within)
        QVERIFY(distance <= StoryFingerprint::SimHashMaxDistance);
    else if (simHash == SimHashExpectation::Beyond)
        QVERIFY(distance > StoryFingerprint::SimHashMaxDistance);
    QCOMPARE(StoryFingerprint::shingleSimilarity(first, other), similarity.containment);
    QCOMPARE(similarity.containment >= StoryFingerprint::ContainmentThreshold, sameStory);
    QCOMPARE(StoryFingerprint::isSameStory(first, other), sameStory);
    QCOMPARE(StoryFingerprint::isSameStory(other, first), sameStory);
}

void TestStoryFingerprint::candidateKeysFindVersions_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("sameStory");

    QTest::newRow("a: verbatim, reformatted") << verbatim() << true;
    QTest::newRow("b: new headline, trimmed") << retitledAndTrimmed() << true;
    QTest::newRow("c: new intro, boilerplate") << reToppedWithBoilerplate() << true;
    QTest::newRow("d: copy-edited") << copyEdited() << true;
    QTest::newRow("f: same agency, topic, names") << mediationStory() << false;
    QTest::newRow("g: next-day follow-up") << followUpStory() << false;
}

void TestStoryFingerprint::candidateKeysFindVersions()
{
    QFETCH(QString, other);
    QFETCH(bool, sameStory);

    // What the store would find by SQL before isSameStory() looks: a shared band, or shared anchors.
    const StoryFingerprint::IndexKeys first = StoryFingerprint::indexKeys(original());
    const StoryFingerprint::IndexKeys second = StoryFingerprint::indexKeys(other);
    QCOMPARE(first.bands.size(), StoryFingerprint::SimHashBandCount);
    QCOMPARE(first.simHash, StoryFingerprint::simHash(original()));
    QCOMPARE(first.anchors, StoryFingerprint::anchorHashes(original()));
    const int anchors = sharedAnchors(original(), other);
    qInfo("%-30s band shared: %s, anchors shared %d of %lld and %lld", QTest::currentDataTag(),
          shareBand(first.simHash, second.simHash) ? "yes" : "no", anchors, qlonglong(first.anchors.size()),
          qlonglong(second.anchors.size()));
    // A different story may still come up as a candidate (the follow-up shares two paragraphs);
    // isSameStory() decides. It shares fewer than half the anchors, versions far more.
    if (sameStory)
        QVERIFY2(anchors >= first.anchors.size() / 2,
                 "a version of the story must be a candidate by its anchors");
    else
        QVERIFY(anchors < first.anchors.size() / 2);
}

void TestStoryFingerprint::anchorsSurviveHeavyTrimming()
{
    // Long features and the first quarter of each: the long text samples sparsely (one shingle in 32),
    // which bounds what the two can share, about 250 / 32 ≈ 8 anchors.
    constexpr int features = 100;
    int total = 0;
    int fewest = 1000;
    int missed = 0;
    for (quint32 seed = 1; seed <= features; ++seed) {
        const QString feature = thousandWords(seed);
        const QString quarter = feature.left(feature.size() / 4);
        const int shared = sharedAnchors(feature, quarter);
        total += shared;
        fewest = std::min(fewest, shared);
        missed += shared < 2 ? 1 : 0;
        if (seed <= 5)
            QVERIFY(StoryFingerprint::isSameStory(feature, quarter));
        for (const qint64 anchor : StoryFingerprint::anchorHashes(feature))
            QVERIFY(anchor >= 0 && anchor < (qint64(1) << 31));
    }
    qInfo("%d features of 1,000 words and their first 250: %.1f anchors shared on average, fewest %d; "
          "%d would not be candidates (fewer than 2)",
          features, double(total) / features, fewest, missed);
    QVERIFY(missed <= 3);
}

void TestStoryFingerprint::bandsKeepEverySimHashWithinDistance()
{
    QRandomGenerator random(1234);
    for (int trial = 0; trial < 10000; ++trial) {
        const quint64 hash = random.generate64();
        quint64 flipped = hash;
        const int flips = int(random.bounded(StoryFingerprint::SimHashMaxDistance + 1));
        while (StoryFingerprint::hammingDistance(hash, flipped) < flips)
            flipped ^= quint64(1) << random.bounded(64);
        QVERIFY(StoryFingerprint::hammingDistance(hash, flipped) <= StoryFingerprint::SimHashMaxDistance);
        QVERIFY2(shareBand(hash, flipped), qPrintable(QString::number(trial)));
    }
    // The bands are the hash, most significant first.
    QCOMPARE(StoryFingerprint::simHashBands(0x0123456789abcdefULL),
             (QList<quint16>{0x0123, 0x4567, 0x89ab, 0xcdef}));
}

void TestStoryFingerprint::emptyText()
{
    for (const QString &empty : {QString(), QStringLiteral("   \n\t "), QStringLiteral("— … !!!")}) {
        QCOMPARE(StoryFingerprint::normalisedText(empty), QString());
        QVERIFY(StoryFingerprint::exactTextHash(empty).isEmpty());
        QCOMPARE(StoryFingerprint::simHash(empty), quint64(0));
        QVERIFY(StoryFingerprint::anchorHashes(empty).isEmpty());
        QVERIFY(StoryFingerprint::indexKeys(empty).isEmpty());
        QCOMPARE(StoryFingerprint::indexKeys(empty).wordCount, 0);
        QCOMPARE(StoryFingerprint::shingleSimilarity(empty, original()), 0.0);
        QVERIFY(!StoryFingerprint::isSameStory(empty, empty));
        QVERIFY(!StoryFingerprint::isSameStory(empty, original()));
    }
    QVERIFY(!StoryFingerprint::indexKeys(original()).isEmpty());
}

void TestStoryFingerprint::shortTextsNeedAnExactCopy()
{
    const QString brief =
        QStringLiteral("Dock workers at Port Halversen began a 48-hour strike on Tuesday against "
                       "a plan to automate two terminals, the union said.");
    QVERIFY(StoryFingerprint::indexKeys(brief).wordCount < StoryFingerprint::MinimumWordsForNearDuplicate);

    // Formatting is no difference, at any length.
    QVERIFY(StoryFingerprint::isSameStory(brief, brief.toUpper().replace(u'-', u'–')));

    // One changed fact in a brief is another brief, whatever the SimHash says.
    const QString otherBrief = QString(brief).replace(QStringLiteral("Tuesday"), QStringLiteral("Friday"));
    qInfo("briefs one word apart: SimHash distance %d, containment %.2f",
          StoryFingerprint::hammingDistance(StoryFingerprint::simHash(brief),
                                            StoryFingerprint::simHash(otherBrief)),
          StoryFingerprint::shingleSimilarity(brief, otherBrief));
    QVERIFY(!StoryFingerprint::isSameStory(brief, otherBrief));

    // A short text is wholly contained in many stories that quote it; that alone does not make it theirs.
    const QString quote = strikeParagraphs().at(2);
    QVERIFY(StoryFingerprint::indexKeys(quote).wordCount < StoryFingerprint::MinimumWordsForNearDuplicate);
    QCOMPARE(StoryFingerprint::shingleSimilarity(quote, original()), 1.0);
    QVERIFY(!StoryFingerprint::isSameStory(quote, original()));
    QVERIFY(!StoryFingerprint::isSameStory(quote, followUpStory()));

    // A lead paragraph published alone with a "read more" link is long enough to be that story's teaser.
    const QString lead = strikeParagraphs().first();
    QVERIFY(StoryFingerprint::indexKeys(lead).wordCount >= StoryFingerprint::MinimumWordsForNearDuplicate);
    QVERIFY(StoryFingerprint::isSameStory(lead, original()));
    QVERIFY(!StoryFingerprint::isSameStory(lead, mediationStory()));
}

void TestStoryFingerprint::japaneseWithoutSpaces()
{
    const QString story = busStory();
    const QString elsewhere = busStoryElsewhere();
    const QString fares = busFareStory();

    QCOMPARE(StoryFingerprint::normalisedText(QStringLiteral("「限られた人員で、」と述べた。")),
             QStringLiteral("限られた人員で と述べた"));
    // Six paragraphs of about 60 characters: about 190 words' worth, well above the short-text floor.
    const int words = StoryFingerprint::indexKeys(story).wordCount;
    QVERIFY2(words > 150 && words < 250, qPrintable(QString::number(words)));

    const StoryFingerprint::Similarity same = StoryFingerprint::similarity(story, elsewhere);
    const StoryFingerprint::Similarity other = StoryFingerprint::similarity(story, fares);
    qInfo(
        "Japanese, another site's version:  SimHash distance %2d, containment %.2f, Jaccard %.2f, anchors %d",
        same.simHashDistance, same.containment, same.jaccard, sharedAnchors(story, elsewhere));
    qInfo("Japanese, another story (fares):    SimHash distance %2d, containment %.2f, Jaccard %.2f, anchors "
          "%d",
          other.simHashDistance, other.containment, other.jaccard, sharedAnchors(story, fares));

    QVERIFY(StoryFingerprint::exactTextHash(story) != StoryFingerprint::exactTextHash(elsewhere));
    QCOMPARE(StoryFingerprint::exactTextHash(story),
             StoryFingerprint::exactTextHash(busParagraphs().join(QStringLiteral("\n\n"))));
    QVERIFY(StoryFingerprint::isSameStory(story, elsewhere));
    QVERIFY(!StoryFingerprint::isSameStory(story, fares));
    QVERIFY(!StoryFingerprint::isSameStory(elsewhere, fares));
    QVERIFY(sharedAnchors(story, elsewhere) >= 2);
    QVERIFY(other.simHashDistance > StoryFingerprint::SimHashMaxDistance);
}

void TestStoryFingerprint::speed()
{
    const QString text = thousandWords();
    QCOMPARE(text.count(u' ') + 1, 1000);
    const QString trimmed = text.left(text.size() * 2 / 3);
    constexpr int rounds = 300;
    quint64 sink = 0;
    // Processor time, not wall time: test machines share their cores, and the figure should not move
    // with the neighbours' load.
    const auto microsecondsPerRound = [&](const auto &work) {
        const std::clock_t start = std::clock();
        for (int i = 0; i < rounds; ++i)
            sink ^= quint64(work());
        return double(std::clock() - start) * 1e6 / CLOCKS_PER_SEC / rounds;
    };
    const double simHash = microsecondsPerRound([&] { return StoryFingerprint::simHash(text); });
    const double keys =
        microsecondsPerRound([&] { return StoryFingerprint::indexKeys(text).anchors.size(); });
    const double compare = microsecondsPerRound([&] { return StoryFingerprint::isSameStory(text, trimmed); });
    qInfo("1,000 words, processor time per text: simHash %.0f µs, indexKeys %.0f µs, isSameStory against a "
          "trimmed copy %.0f µs (%llx)",
          simHash, keys, compare, static_cast<unsigned long long>(sink & 0xf));
    QVERIFY(StoryFingerprint::isSameStory(text, trimmed));
}

QTEST_GUILESS_MAIN(TestStoryFingerprint)
#include "tst_storyfingerprint.moc"
