#include "importing/TextDecoder.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Newsdesk;

namespace {

// Fictional news paragraphs, long enough (a few hundred characters) for detection to have a signal.
struct Sample
{
    const char *language;
    QString title;
    QString body;
};

QList<Sample> samples()
{
    return {
        {"ja", QStringLiteral("第三桟橋の改修工事、来春から"),
         QStringLiteral(
             "北浜市の港湾局は十四日、老朽化した第三桟橋の改修工事を来春から始めると発表した。総事業費は約"
             "四十二億円で、工期は二年半を見込む。桟橋は一九六八年に完成し、漁船や小型の貨物船が利用して"
             "きたが、近年は床板のひび割れや杭の腐食が目立っていた。局の担当者は「利用者の皆さんにはご不便"
             "をおかけするが、安全を最優先に進めたい」と話している。工事中は隣接する第二桟橋を臨時に開放"
             "し、朝の競りの時間帯には誘導員を配置する。地元の漁業協同組合は、作業船の出入りによる漁への"
             "影響を心配する声もあるとして、説明会の開催を求めている。")},
        {"ko", QStringLiteral("초등학교 방과 후 과학 교실 운영"),
         QStringLiteral(
             "해안시 교육청은 내년 봄부터 관내 초등학교 열두 곳에서 방과 후 과학 교실을 운영한다고 밝혔다. "
             "교육청에 따르면 이번 사업에는 약 삼억 원의 예산이 들어가며, 지역 대학의 대학원생들이 강사로 "
             "참여한다. 학생들은 매주 두 차례 간단한 실험을 하고, 학기 말에는 직접 만든 작품을 전시회에서 "
             "소개하게 된다. 한 학부모는 아이가 집에서도 실험 이야기를 자주 한다며 기대감을 나타냈다. "
             "교육청 관계자는 참여 학교의 반응을 살펴본 뒤 다음 해에는 중학교까지 확대할 계획이라고 말했다. "
             "다만 일부 교사들은 준비 시간이 부족하다는 의견을 내기도 했다.")},
        {"zh", QStringLiteral("青河县未来三天持续降雨"),
         QStringLiteral(
             "青河县气象台今天上午发布消息，预计未来三天全县将出现持续降雨天气，局部地区可能伴有短时大风。"
             "气象台提醒，正在进行秋收的农户要抓紧时间抢收已经成熟的玉米和大豆，并做好晾晒和储存工作。县"
             "交通部门表示，已安排工作人员对山区道路进行巡查，发现塌方或积水路段将及时设置警示标志。县教育"
             "局也要求各学校根据天气情况合理调整学生上下学时间，确保师生出行安全。据了解，今年以来青河县降"
             "水总量比往年同期偏多约两成，部分水库的蓄水量已接近汛限水位。")},
        {"ru", QStringLiteral("Набережную Северогорска отремонтируют"),
         QStringLiteral(
             "Городской совет Северогорска в четверг утвердил план ремонта набережной, который обсуждался "
             "почти два года. По словам председателя комиссии по благоустройству, работы начнутся в апреле "
             "и продлятся до конца осени. Будут заменены старые фонари, отремонтированы лестницы к воде и "
             "высажены новые деревья вдоль прогулочной дорожки. Жители, пришедшие на заседание, в целом "
             "поддержали проект, однако попросили сохранить небольшой рынок у причала, где по выходным "
             "продают рыбу и овощи. Депутаты пообещали учесть эти пожелания при подготовке окончательной "
             "сметы.")},
        {"fr", QStringLiteral("La halle du marché sera rénovée"),
         QStringLiteral(
             "La municipalité de Saint-Aubin-des-Prés a présenté mercredi soir son projet de rénovation de "
             "la halle du marché, fermée depuis l'été dernier à cause d'une charpente fragilisée. Les "
             "travaux, estimés à un million huit cent mille euros, débuteront en février et devraient "
             "s'achever avant les fêtes de fin d'année. Pendant ce temps, les commerçants s'installeront "
             "sur la place de l'Église, où des abris provisoires seront montés. « Nous avons écouté les "
             "habitants et les marchands », a déclaré le maire, qui espère que la nouvelle halle "
             "accueillera aussi des concerts et des expositions. Certains riverains s'inquiètent néanmoins "
             "du bruit et du stationnement.")},
        {"de", QStringLiteral("Wasser wird in Kleinbrück teurer"),
         QStringLiteral(
             "Die Stadtwerke von Kleinbrück haben am Dienstag angekündigt, die Gebühren für Wasser und "
             "Abwasser im kommenden Jahr um knapp vier Prozent zu erhöhen. Als Gründe nannte der "
             "Geschäftsführer gestiegene Energiekosten und die überfällige Sanierung mehrerer Pumpwerke. "
             "Für einen durchschnittlichen Vierpersonenhaushalt bedeute das Mehrkosten von etwa achtzehn "
             "Euro im Jahr. Im Stadtrat stieß die Ankündigung auf gemischte Reaktionen: Während die größte "
             "Fraktion die Erhöhung für unvermeidlich hält, fordert die Opposition, zunächst die Ausgaben "
             "für Beratungsfirmen zu prüfen. Eine endgültige Entscheidung soll im Dezember fallen.")},
    };
}

Sample sample(const char *language)
{
    for (const Sample &candidate : samples()) {
        if (qstrcmp(candidate.language, language) == 0)
            return candidate;
    }
    qFatal("no sample for %s", language);
}

QString page(const Sample &sample, const QString &head = {})
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n%2<title>%3</title>\n</head>\n<body>\n"
               "<article>\n<h1>%3</h1>\n<p>%4</p>\n</article>\n</body>\n</html>\n")
        .arg(QLatin1String(sample.language), head, sample.title, sample.body);
}

QString plainText(const Sample &sample)
{
    return sample.title + QStringLiteral("\n\n") + sample.body + QLatin1Char('\n');
}

QString feed(const Sample &sample, const QString &declaration)
{
    return declaration +
           QStringLiteral("<rss version=\"2.0\"><channel><title>%1</title><item><title>%1</title>"
                          "<description>%2</description></item></channel></rss>\n")
               .arg(sample.title, sample.body);
}

QString metaCharset(const QString &label)
{
    return QStringLiteral("<meta charset=\"%1\">\n").arg(label);
}

QString metaHttpEquiv(const QString &label)
{
    return QStringLiteral("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=%1\">\n")
        .arg(label);
}

QByteArray encode(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    if (!encoder.isValid())
        qFatal("no encoder for %s", charset);
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("%s cannot encode the sample", charset);
    return bytes;
}

QByteArray encodeWithBom(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

struct Encoding
{
    const char *encoder; ///< What the test encodes with
    const char *label;   ///< What a page would write in <meta>
    const char *charset; ///< What TextDecoder should report
};

QList<std::pair<const char *, QList<Encoding>>> encodingsByLanguage()
{
    return {
        {"ja",
         {{"Shift_JIS", "Shift_JIS", "Shift_JIS"},
          {"EUC-JP", "euc-jp", "EUC-JP"},
          {"ISO-2022-JP", "ISO-2022-JP", "ISO-2022-JP"},
          {"UTF-8", "utf-8", "UTF-8"}}},
        {"ko", {{"EUC-KR", "euc-kr", "EUC-KR"}, {"UTF-8", "UTF-8", "UTF-8"}}},
        {"zh", {{"GB18030", "gb18030", "GB18030"}, {"UTF-8", "utf-8", "UTF-8"}}},
        {"ru",
         {{"windows-1251", "windows-1251", "windows-1251"},
          {"KOI8-R", "koi8-r", "KOI8-R"},
          {"UTF-8", "utf-8", "UTF-8"}}},
        {"fr", {{"ISO-8859-1", "ISO-8859-1", "windows-1252"}, {"UTF-8", "utf-8", "UTF-8"}}},
        {"de", {{"windows-1252", "windows-1252", "windows-1252"}, {"UTF-8", "UTF-8", "UTF-8"}}},
    };
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void metaSyntax_data();
    void metaSyntax();
    void canonicalCharset_data();
    void canonicalCharset();
    void invalidUtf8();
    void pureAscii();
    void emptyInput();
    void binaryInput_data();
    void binaryInput();
    void looksBinary();
    void utf16WithoutBom();
    void speed();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedCharset");
    QTest::addColumn<QString>("expectedSource");
    // Every fragment must be in the issues; none means there must be no issue at all.
    QTest::addColumn<QStringList>("issueFragments");

    const int html = int(TextKind::Html);
    const int plain = int(TextKind::PlainText);
    const int xml = int(TextKind::Xml);

    for (const auto &[language, encodings] : encodingsByLanguage()) {
        const Sample s = sample(language);
        for (const Encoding &e : encodings) {
            const QString label = QLatin1String(e.label);
            const QString charset = QLatin1String(e.charset);
            const QString detected = QStringLiteral("detected");
            // clang 14 cannot capture a structured binding (C++20 P1091, clang 16), so it is copied in.
            auto row = [&, language = language](const char *what) -> QTestData & {
                return QTest::addRow("%s/%s/%s", language, e.encoder, what);
            };
            QString text = page(s, metaCharset(label));
            row("meta charset") << encode(text, e.encoder) << html << QString() << text << charset
                                << QStringLiteral("meta") << QStringList();
            text = page(s, metaHttpEquiv(label));
            row("meta http-equiv") << encode(text, e.encoder) << html << QString() << text << charset
                                   << QStringLiteral("meta") << QStringList();
            text = page(s);
            row("no meta") << encode(text, e.encoder) << html << QString() << text << charset << detected
                           << QStringList();
            row("http header") << encode(text, e.encoder) << html << label << text << charset
                               << QStringLiteral("declared") << QStringList();
            text = plainText(s);
            row("plain text") << encode(text, e.encoder) << plain << QString() << text << charset << detected
                              << QStringList();
        }
        QString text = page(s, metaCharset(QStringLiteral("utf-16")));
        QTest::addRow("%s/UTF-16LE with BOM", language)
            << encodeWithBom(text, QStringConverter::Utf16LE) << html << QString() << text
            << QStringLiteral("UTF-16LE") << QStringLiteral("bom") << QStringList();
        text = plainText(s);
        QTest::addRow("%s/UTF-16BE with BOM, plain", language)
            << encodeWithBom(text, QStringConverter::Utf16BE) << plain << QString() << text
            << QStringLiteral("UTF-16BE") << QStringLiteral("bom") << QStringList();
        QTest::addRow("%s/UTF-8 with BOM, plain", language)
            << encodeWithBom(text, QStringConverter::Utf8) << plain << QString() << text
            << QStringLiteral("UTF-8") << QStringLiteral("bom") << QStringList();
    }

    const Sample ja = sample("ja");
    const Sample ko = sample("ko");
    const Sample zh = sample("zh");
    const Sample ru = sample("ru");
    const Sample fr = sample("fr");
    const Sample de = sample("de");

    // Aliases a page may use.
    QString text = page(ja, metaCharset(QStringLiteral("x-sjis")));
    QTest::newRow("alias x-sjis") << encode(text, "Shift_JIS") << html << QString() << text
                                  << QStringLiteral("Shift_JIS") << QStringLiteral("meta") << QStringList();
    text = page(zh, metaHttpEquiv(QStringLiteral("gb2312")));
    QTest::newRow("alias gb2312") << encode(text, "GB18030") << html << QString() << text
                                  << QStringLiteral("GB18030") << QStringLiteral("meta") << QStringList();
    text = page(ko, metaCharset(QStringLiteral("ks_c_5601-1987")));
    QTest::newRow("alias ks_c_5601-1987")
        << encode(text, "EUC-KR") << html << QString() << text << QStringLiteral("EUC-KR")
        << QStringLiteral("meta") << QStringList();
    // Browsers read ISO-8859-1 as windows-1252, so the euro sign and curly quotes of such pages survive.
    text = page({"fr", QStringLiteral("Le café à 2 €"),
                 QStringLiteral("Le prix du café passe à 2 € : « c’est l’œuvre du marché », dit le patron.")},
                metaCharset(QStringLiteral("ISO-8859-1")));
    QTest::newRow("latin1 read as windows-1252")
        << encode(text, "windows-1252") << html << QString() << text << QStringLiteral("windows-1252")
        << QStringLiteral("meta") << QStringList();

    // Who wins.
    text = page(ru, metaCharset(QStringLiteral("koi8-r")));
    QTest::newRow("http header beats meta")
        << encode(text, "windows-1251") << html << QStringLiteral("windows-1251") << text
        << QStringLiteral("windows-1251") << QStringLiteral("declared") << QStringList();
    text = page(ja, metaCharset(QStringLiteral("euc-jp")));
    QTest::newRow("http header beats meta, CJK")
        << encode(text, "Shift_JIS") << html << QStringLiteral("Shift_JIS") << text
        << QStringLiteral("Shift_JIS") << QStringLiteral("declared") << QStringList();
    text = page(fr, metaCharset(QStringLiteral("windows-1252")));
    QTest::newRow("BOM beats header")
        << encodeWithBom(text, QStringConverter::Utf8) << html << QStringLiteral("windows-1252") << text
        << QStringLiteral("UTF-8") << QStringLiteral("bom") << QStringList{QStringLiteral("windows-1252")};
    text = page(ja);
    QTest::newRow("UTF-16 BOM beats header")
        << encodeWithBom(text, QStringConverter::Utf16LE) << html << QStringLiteral("Shift_JIS") << text
        << QStringLiteral("UTF-16LE") << QStringLiteral("bom") << QStringList{QStringLiteral("Shift_JIS")};

    // Wrong declarations are overruled, with an issue naming both charsets.
    auto wrong = [&](const char *name, const Sample &s, const char *encoder, const QString &declaredLabel,
                     bool inHeader, const QString &expected) {
        const QString text = page(s, inHeader ? QString() : metaCharset(declaredLabel));
        QTest::newRow(name) << encode(text, encoder) << html << (inHeader ? declaredLabel : QString()) << text
                            << expected << QStringLiteral("detected") << QStringList{declaredLabel, expected};
    };
    wrong("wrong meta: ISO-8859-1 for UTF-8", fr, "UTF-8", QStringLiteral("ISO-8859-1"), false,
          QStringLiteral("UTF-8"));
    wrong("wrong meta: windows-1251 for UTF-8", ru, "UTF-8", QStringLiteral("windows-1251"), false,
          QStringLiteral("UTF-8"));
    wrong("wrong meta: Shift_JIS for UTF-8", ja, "UTF-8", QStringLiteral("Shift_JIS"), false,
          QStringLiteral("UTF-8"));
    wrong("wrong meta: UTF-8 for Shift_JIS", ja, "Shift_JIS", QStringLiteral("UTF-8"), false,
          QStringLiteral("Shift_JIS"));
    wrong("wrong meta: UTF-8 for EUC-KR", ko, "EUC-KR", QStringLiteral("utf-8"), false,
          QStringLiteral("EUC-KR"));
    wrong("wrong meta: UTF-8 for GB18030", zh, "GB18030", QStringLiteral("utf-8"), false,
          QStringLiteral("GB18030"));
    wrong("wrong meta: UTF-8 for windows-1251", ru, "windows-1251", QStringLiteral("UTF-8"), false,
          QStringLiteral("windows-1251"));
    wrong("wrong meta: UTF-8 for windows-1252", fr, "windows-1252", QStringLiteral("UTF-8"), false,
          QStringLiteral("windows-1252"));
    wrong("wrong meta: EUC-JP for Shift_JIS", ja, "Shift_JIS", QStringLiteral("EUC-JP"), false,
          QStringLiteral("Shift_JIS"));
    wrong("wrong header: ISO-8859-1 for UTF-8", de, "UTF-8", QStringLiteral("ISO-8859-1"), true,
          QStringLiteral("UTF-8"));
    wrong("wrong header: ISO-8859-1 for windows-1251", ru, "windows-1251", QStringLiteral("ISO-8859-1"), true,
          QStringLiteral("windows-1251"));
    wrong("wrong header: ISO-8859-1 for GB18030", zh, "GB18030", QStringLiteral("ISO-8859-1"), true,
          QStringLiteral("GB18030"));
    wrong("wrong header: windows-1252 for Shift_JIS", ja, "Shift_JIS", QStringLiteral("windows-1252"), true,
          QStringLiteral("Shift_JIS"));
    wrong("wrong header: ISO-8859-1 for EUC-KR", ko, "EUC-KR", QStringLiteral("ISO-8859-1"), true,
          QStringLiteral("EUC-KR"));

    text = page(de, metaCharset(QStringLiteral("x-klingon")));
    QTest::newRow("unknown meta charset")
        << encode(text, "UTF-8") << html << QString() << text << QStringLiteral("UTF-8")
        << QStringLiteral("detected") << QStringList{QStringLiteral("x-klingon")};
    text = page(ja, metaCharset(QStringLiteral("shift_jis")));
    QTest::newRow("unknown header charset, meta used")
        << encode(text, "Shift_JIS") << html << QStringLiteral("x-unheard-of") << text
        << QStringLiteral("Shift_JIS") << QStringLiteral("meta")
        << QStringList{QStringLiteral("x-unheard-of")};
    text = page(fr);
    QTest::newRow("header UTF-16 on ASCII-compatible bytes")
        << encode(text, "UTF-8") << html << QStringLiteral("utf-16") << text << QStringLiteral("UTF-8")
        << QStringLiteral("detected") << QStringList{QStringLiteral("utf-16")};

    // XML looks at its declaration, not at <meta>.
    const QString declaration = QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n");
    text = feed(ja, declaration.arg(QLatin1String("Shift_JIS")));
    QTest::newRow("xml: declaration Shift_JIS")
        << encode(text, "Shift_JIS") << xml << QString() << text << QStringLiteral("Shift_JIS")
        << QStringLiteral("xml-declaration") << QStringList();
    text = feed(zh, QStringLiteral("<?xml version='1.0' encoding='gb2312' standalone='yes'?>\n"));
    QTest::newRow("xml: declaration gb2312, single quotes")
        << encode(text, "GB18030") << xml << QString() << text << QStringLiteral("GB18030")
        << QStringLiteral("xml-declaration") << QStringList();
    text = feed(ru, QStringLiteral("<?xml version=\"1.0\"?>\n"));
    QTest::newRow("xml: no encoding, UTF-8")
        << encode(text, "UTF-8") << xml << QString() << text << QStringLiteral("UTF-8")
        << QStringLiteral("detected") << QStringList();
    text = feed(ru, declaration.arg(QLatin1String("UTF-8")));
    QTest::newRow("xml: declaration UTF-8 for windows-1251")
        << encode(text, "windows-1251") << xml << QString() << text << QStringLiteral("windows-1251")
        << QStringLiteral("detected") << QStringList{QStringLiteral("UTF-8"), QStringLiteral("windows-1251")};
    text = feed(ko, declaration.arg(QLatin1String("UTF-16")));
    QTest::newRow("xml: UTF-16BE with BOM")
        << encodeWithBom(text, QStringConverter::Utf16BE) << xml << QString() << text
        << QStringLiteral("UTF-16BE") << QStringLiteral("bom") << QStringList();
    text = feed(ja, declaration.arg(QLatin1String("EUC-JP")));
    QTest::newRow("xml: meta-like text ignored")
        << encode(text.replace(QStringLiteral("<channel>"),
                               QStringLiteral("<channel><!-- <meta charset=\"utf-8\"> -->")),
                  "EUC-JP")
        << xml << QString() << text << QStringLiteral("EUC-JP") << QStringLiteral("xml-declaration")
        << QStringList();
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, declared);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedCharset);
    QFETCH(QString, expectedSource);
    QFETCH(QStringList, issueFragments);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextKind(kind), declared);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded->charset, expectedCharset);
    QCOMPARE(decoded->source, expectedSource);
    QCOMPARE(decoded->text, expectedText);
    if (issueFragments.isEmpty()) {
        QVERIFY2(decoded->issues.isEmpty(), qPrintable(decoded->issues.join(QLatin1Char('\n'))));
    } else {
        const QString issues = decoded->issues.join(QLatin1Char('\n'));
        for (const QString &fragment : issueFragments)
            QVERIFY2(issues.contains(fragment), qPrintable(issues));
    }
}

// The prescan is tolerant of quotes, spacing and case, skips comments, and looks past the first kilobyte
// only while still in the <head>.
void TestTextDecoder::metaSyntax_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("expectedSource");

    const QString meta = QStringLiteral("meta");
    QTest::newRow("unquoted") << QStringLiteral("<meta charset=shift_jis>") << meta;
    QTest::newRow("single quotes, spaces, upper case")
        << QStringLiteral("<META CHARSET = 'Shift_JIS' />") << meta;
    QTest::newRow("http-equiv unquoted")
        << QStringLiteral("<meta http-equiv=content-type content=\"text/html;charset=x-sjis\">") << meta;
    QTest::newRow("content before http-equiv, quoted charset")
        << QStringLiteral("<meta content='text/html; charset=\"Shift_JIS\"' http-equiv='Content-Type'>")
        << meta;
    QTest::newRow("content without http-equiv")
        << QStringLiteral("<meta content=\"text/html; charset=Shift_JIS\">") << meta;
    QTest::newRow("after other metas")
        << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width\"><meta name=x "
                          "content=\"charset=utf-8\">"
                          "<meta charset=\"sjis\">")
        << meta;
    QTest::newRow("commented-out meta skipped")
        << QStringLiteral("<!-- <meta charset=\"utf-8\"> --><meta charset=\"Shift_JIS\">") << meta;
    QTest::newRow("late meta still in head")
        << QStringLiteral("<script>var pad = \"%1\";</script><meta charset=\"Shift_JIS\">")
               .arg(QString(1500, QLatin1Char('x')))
        << meta;
    QTest::newRow("meta after the head is over")
        << QStringLiteral("<script>var pad = \"%1\";</script></head><body><meta charset=\"Shift_JIS\">")
               .arg(QString(1500, QLatin1Char('x')))
        << QStringLiteral("detected");
}

void TestTextDecoder::metaSyntax()
{
    QFETCH(QString, head);
    QFETCH(QString, expectedSource);

    const QString text = page(sample("ja"), head + QLatin1Char('\n'));
    const Result<DecodedText> decoded = TextDecoder::decode(encode(text, "Shift_JIS"), TextKind::Html);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded->charset, QStringLiteral("Shift_JIS"));
    QCOMPARE(decoded->source, expectedSource);
    QCOMPARE(decoded->text, text);
    QVERIFY2(decoded->issues.isEmpty(), qPrintable(decoded->issues.join(QLatin1Char('\n'))));
}

void TestTextDecoder::canonicalCharset_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    const QString windows1252 = QStringLiteral("windows-1252");
    QTest::newRow("latin1") << QStringLiteral("latin1") << windows1252;
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << windows1252;
    QTest::newRow("iso_8859-1") << QStringLiteral("iso_8859-1") << windows1252;
    QTest::newRow("us-ascii") << QStringLiteral("us-ascii") << windows1252;
    QTest::newRow("x-sjis") << QStringLiteral("x-sjis") << QStringLiteral("Shift_JIS");
    QTest::newRow("shift-jis") << QStringLiteral("shift-jis") << QStringLiteral("Shift_JIS");
    QTest::newRow("SJIS") << QStringLiteral("SJIS") << QStringLiteral("Shift_JIS");
    QTest::newRow("gb2312") << QStringLiteral("gb2312") << QStringLiteral("GB18030");
    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral("GB18030");
    QTest::newRow("ks_c_5601-1987") << QStringLiteral("ks_c_5601-1987") << QStringLiteral("EUC-KR");
    QTest::newRow("cp1251") << QStringLiteral("cp1251") << QStringLiteral("windows-1251");
    QTest::newRow("utf8") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
    QTest::newRow("quoted, spaced") << QStringLiteral(" \"UTF-8\" ") << QStringLiteral("UTF-8");
    QTest::newRow("utf-16") << QStringLiteral("utf-16") << QStringLiteral("UTF-16LE");
    QTest::newRow("big5") << QStringLiteral("big5") << QStringLiteral("Big5");
    QTest::newRow("unknown") << QStringLiteral("x-klingon") << QString();
    QTest::newRow("UTF-7 refused") << QStringLiteral("utf-7") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTextDecoder::canonicalCharset()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(TextDecoder::canonicalCharset(label), expected);
}

void TestTextDecoder::invalidUtf8()
{
    // A UTF-8 page with three damaged bytes: a byte never valid in UTF-8, a lone continuation byte and a
    // lead byte followed by ASCII.
    const Sample ja = sample("ja");
    const QString clean = page(ja, metaCharset(QStringLiteral("utf-8")));
    const QStringList sentences = clean.split(QStringLiteral("。"));
    QCOMPARE_GE(sentences.size(), 4);
    QByteArray bytes;
    QString expected;
    const QByteArray damage[] = {QByteArray("\xFF"), QByteArray("\x80"), QByteArray("\xC3")};
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        bytes += sentences.at(i).toUtf8();
        expected += sentences.at(i);
        if (i + 1 < sentences.size()) {
            if (i < 3) {
                bytes += damage[i];
                expected += QChar::ReplacementCharacter;
            }
            bytes += QStringLiteral("。").toUtf8();
            expected += QStringLiteral("。");
        }
    }

    for (const bool withMeta : {true, false}) {
        QByteArray input = bytes;
        QString want = expected;
        if (!withMeta) {
            input.replace("<meta charset=\"utf-8\">\n", "");
            want.remove(QStringLiteral("<meta charset=\"utf-8\">\n"));
        }
        const Result<DecodedText> decoded = TextDecoder::decode(input, TextKind::Html);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
        QCOMPARE(decoded->charset, QStringLiteral("UTF-8"));
        QCOMPARE(decoded->source, withMeta ? QStringLiteral("meta") : QStringLiteral("detected"));
        QCOMPARE(decoded->text, want);
        QCOMPARE(decoded->issues.size(), 1);
        QVERIFY2(decoded->issues.first().contains(QLatin1String("3 byte")),
                 qPrintable(decoded->issues.first()));
    }

    // Declared UTF-8 by the caller, but Latin-1 through and through: decoded as windows-1252 instead.
    const QString latin = plainText(sample("de"));
    const Result<DecodedText> decoded =
        TextDecoder::decode(encode(latin, "windows-1252"), TextKind::PlainText, QStringLiteral("UTF-8"));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->charset, QStringLiteral("windows-1252"));
    QCOMPARE(decoded->text, latin);
    QCOMPARE(decoded->issues.size(), 1);
}

void TestTextDecoder::pureAscii()
{
    const QString text =
        QStringLiteral("<html><head><title>Council meets</title></head><body><p>The council met "
                       "on Tuesday.</p></body></html>");
    const Result<DecodedText> decoded = TextDecoder::decode(text.toLatin1(), TextKind::Html);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->charset, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->source, QStringLiteral("default"));
    QVERIFY(decoded->issues.isEmpty());

    // Next to nothing to go on: windows-1252, whichever way it was reached.
    const Result<DecodedText> cafe =
        TextDecoder::decode(QByteArray("Caf\xE9 au lait\n"), TextKind::PlainText);
    QVERIFY(cafe.ok());
    QCOMPARE(cafe->text, QStringLiteral("Café au lait\n"));
    QCOMPARE(cafe->charset, QStringLiteral("windows-1252"));
}

void TestTextDecoder::emptyInput()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\xFF\xFE")}) {
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextKind::Html);
        QVERIFY(!decoded.ok());
        QVERIFY(!decoded.errorString().isEmpty());
    }
}

void TestTextDecoder::binaryInput_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // The start of a JPEG and of a PNG, as a browser might save an image under a .html name.
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    for (int i = 0; i < 2000; ++i)
        jpeg += char((i * 37) & 0xFF);
    QTest::newRow("jpeg") << jpeg;
    QByteArray png("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
    png += QByteArray(500, 'a');
    QTest::newRow("png") << png;
    // Control characters without a single NUL.
    QByteArray controls;
    for (int i = 0; i < 4000; ++i)
        controls += char(1 + (i * 7) % 255);
    QTest::newRow("control bytes") << controls;
    QTest::newRow("NUL in an HTML page") << QByteArray("<html><body>ab\0cd</body></html>", 31);
}

void TestTextDecoder::binaryInput()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(TextDecoder::looksBinary(bytes));
    for (const TextKind kind : {TextKind::Html, TextKind::PlainText, TextKind::Xml}) {
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, kind);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.errorString().contains(QLatin1String("binary")), qPrintable(decoded.errorString()));
    }
    // A declared charset does not make a binary file a page.
    QVERIFY(!TextDecoder::decode(bytes, TextKind::Html, QStringLiteral("utf-8")).ok());
}

void TestTextDecoder::looksBinary()
{
    const QString text = plainText(sample("ko"));
    QVERIFY(!TextDecoder::looksBinary(text.toUtf8()));
    QVERIFY(!TextDecoder::looksBinary(encode(text, "EUC-KR")));
    QVERIFY(!TextDecoder::looksBinary(encode(plainText(sample("ja")), "ISO-2022-JP")));
    QVERIFY(!TextDecoder::looksBinary(encodeWithBom(text, QStringConverter::Utf16LE)));
    QVERIFY(!TextDecoder::looksBinary(encodeWithBom(text, QStringConverter::Utf32BE)));
    QVERIFY(!TextDecoder::looksBinary(QByteArray("page one\fpage two\r\n\x1A")));
    QVERIFY(!TextDecoder::looksBinary(QByteArray()));
    QVERIFY(TextDecoder::looksBinary(QByteArray("\0\0\0", 3)));
}

void TestTextDecoder::utf16WithoutBom()
{
    const QString text = feed(sample("fr"), QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"));
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray bytes = encoder.encode(text);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextKind::Xml);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded->charset, QStringLiteral("UTF-16LE"));
    QCOMPARE(decoded->source, QStringLiteral("detected"));
    QCOMPARE(decoded->text, text);

    // Declared by the header instead.
    QStringEncoder bigEndian(QStringConverter::Utf16BE);
    const Result<DecodedText> declared =
        TextDecoder::decode(bigEndian.encode(text), TextKind::Xml, QStringLiteral("UTF-16BE"));
    QVERIFY(declared.ok());
    QCOMPARE(declared->source, QStringLiteral("declared"));
    QCOMPARE(declared->text, text);
}

void TestTextDecoder::speed()
{
    struct Case
    {
        const char *name;
        const char *encoder;
        const char *language;
        QString head;
        const char *expectedCharset;
    };
    const Case cases[] = {
        {"UTF-8, no meta", "UTF-8", "ja", QString(), "UTF-8"},
        {"Shift_JIS, no meta", "Shift_JIS", "ja", QString(), "Shift_JIS"},
        {"windows-1252, meta", "windows-1252", "fr", metaCharset(QStringLiteral("windows-1252")),
         "windows-1252"},
        {"windows-1251, header says ISO-8859-1", "windows-1251", "ru", QString(), "windows-1251"},
    };
    for (const Case &c : cases) {
        const Sample s = sample(c.language);
        const QString paragraph = QStringLiteral("<p class=\"story\">") + s.body + QStringLiteral("</p>\n");
        const qsizetype paragraphBytes = encode(paragraph, c.encoder).size();
        const QString body = paragraph.repeated((1024 * 1024 + paragraphBytes - 1) / paragraphBytes);
        const QString text = page({c.language, s.title, body}, c.head);
        const QByteArray bytes = encode(text, c.encoder);
        const QString declared =
            qstrcmp(c.encoder, "windows-1251") == 0 ? QStringLiteral("ISO-8859-1") : QString();

        qint64 best = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextKind::Html, declared);
            best = std::min(best, timer.nsecsElapsed());
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->charset, QLatin1String(c.expectedCharset));
            QCOMPARE(decoded->text.size(), text.size());
        }
        qInfo("%s: %.1f MB decoded in %.2f ms", c.name, bytes.size() / (1024.0 * 1024.0), best / 1e6);
        // Generous, so a loaded machine does not fail it; it catches per-byte appends and quadratic scans.
        QVERIFY2(best < 500'000'000, "decoding a 1 MB page took over half a second");
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
