#include "importing/ImportFormats.h"
#include "importing/PlainTextImporter.h"
#include "importing/TextPatterns.h"

#include <QFile>
#include <QTest>

using namespace Newsdesk;

/// Plain text pages: the seed document as ../shared/corpus/README.md describes its import, and the
/// wire conventions on text of our own.
class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private slots:
    void seedImportsAsDescribed();
    void datelines_data();
    void datelines();
    void credits_data();
    void credits();
    void furniture_data();
    void furniture();
    void wrappedParagraphs();
    void emptyAndBinaryInput();
};

void TestPlainTextImporter::seedImportsAsDescribed()
{
    const QString path = QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/seed/japan-south-korea-summit.txt");
    if (!QFile::exists(path))
        QSKIP("The seed document (../shared/corpus/seed) is not here.");
    auto source = ImportFormats::loadFile(path);
    QVERIFY2(source.ok(), qPrintable(source.errorString()));
    auto outcome = ImportFormats::read(*source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QCOMPARE(outcome->articles.size(), 1);
    const ExtractedArticle &extracted = outcome->articles.first();
    const Article &article = extracted.article;

    QCOMPARE(article.title,
             QStringLiteral("In bid to repair ties, Japan and South Korea agree to summit next month"));
    QCOMPARE(article.dateline, QStringLiteral("NAGOYA, Japan"));
    QCOMPARE(article.agency, QStringLiteral("Reuters"));
    QCOMPARE(article.source, QStringLiteral("Reuters"));
    QCOMPARE(article.imageCredit, QStringLiteral("Max Pixel"));
    QCOMPARE(article.language, QStringLiteral("en"));
    QCOMPARE(extracted.credits.value(QStringLiteral("reporting")),
             QStringList{QStringLiteral("Kiyoshi Takenaka")});
    QCOMPARE(extracted.credits.value(QStringLiteral("writing")), QStringList{QStringLiteral("David Dolan")});
    QCOMPARE(extracted.credits.value(QStringLiteral("editing")),
             (QStringList{QStringLiteral("Neil Fullick"), QStringLiteral("Muralikumar Anantharaman")}));
    QCOMPARE(extracted.credits.size(), 3);

    const QStringList paragraphs = article.bodyText.split(QStringLiteral("\n\n"));
    QCOMPARE(paragraphs.size(), 9);
    QVERIFY(paragraphs.first().startsWith(
        QStringLiteral("NAGOYA, Japan (Reuters) – Japan and South Korea agreed")));
    QVERIFY(paragraphs.at(7).startsWith(QStringLiteral("The decision was welcomed by Washington.")));
    QCOMPARE(paragraphs.last(),
             QStringLiteral("Reporting by Kiyoshi Takenaka; Writing by David Dolan; Editing by "
                            "Neil Fullick and Muralikumar Anantharaman"));
    QCOMPARE(article.bodyHtml.count(QStringLiteral("<p>")), 9);

    // None of the page around the story survives, in the text or anywhere else.
    const QString everything =
        article.title + article.dek + article.byline + article.bodyText + article.bodyHtml;
    for (const char *noise :
         {"Points", "Upvote", "Downvote", "Leave a Reply", "email address", "GIPHY", "What do you think",
          "Trump", "Bougainville", "Image Credit", "Source:", "in ,"})
        QVERIFY2(!everything.contains(QLatin1String(noise)), noise);
}

void TestPlainTextImporter::datelines_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("agency");
    QTest::newRow("city, country (agency) en dash")
        << QStringLiteral("NAGOYA, Japan (Reuters) – Japan and South Korea")
        << QStringLiteral("NAGOYA, Japan") << QStringLiteral("Reuters");
    QTest::newRow("two-word city, hyphen") << QStringLiteral("NEW DELHI (AP) - India said on Monday")
                                           << QStringLiteral("NEW DELHI") << QStringLiteral("AP");
    QTest::newRow("em dash, accented") << QStringLiteral("SÃO PAULO, Brazil (AFP) — Brazil's central bank")
                                       << QStringLiteral("SÃO PAULO, Brazil") << QStringLiteral("AFP");
    QTest::newRow("no agency") << QStringLiteral("VESK, Lorvania — Officials from both governments")
                               << QStringLiteral("VESK, Lorvania") << QString();
    QTest::newRow("ordinary sentence")
        << QStringLiteral("The decision was welcomed by Washington (and Tokyo) – later.") << QString()
        << QString();
    QTest::newRow("acronym opening") << QStringLiteral("NATO allies agreed on Friday to") << QString()
                                     << QString();
}

void TestPlainTextImporter::datelines()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, dateline);
    QFETCH(QString, agency);
    QString foundDateline;
    QString foundAgency;
    QCOMPARE(TextPatterns::parseDateline(paragraph, &foundDateline, &foundAgency), !dateline.isEmpty());
    QCOMPARE(foundDateline, dateline);
    QCOMPARE(foundAgency, agency);
}

void TestPlainTextImporter::credits_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isCredits");
    QTest::addColumn<QString>("editing");
    QTest::newRow("reuters") << QStringLiteral("Reporting by A B; Editing by C D and E F") << true
                             << QStringLiteral("C D|E F");
    QTest::newRow("additional reporting, commas")
        << QStringLiteral("Additional reporting by X Y, Z W; Edited by Q R.") << true
        << QStringLiteral("Q R");
    QTest::newRow("prose") << QStringLiteral("The report was written by officials; nobody edited it.")
                           << false << QString();
}

void TestPlainTextImporter::credits()
{
    QFETCH(QString, line);
    QFETCH(bool, isCredits);
    QFETCH(QString, editing);
    QMap<QString, QStringList> found;
    QCOMPARE(TextPatterns::parseCredits(line, &found), isCredits);
    QCOMPARE(found.value(QStringLiteral("editing")).join(QLatin1Char('|')), editing);
}

void TestPlainTextImporter::furniture_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("furniture");
    for (const char *line : {"What do you think?", "12 Points", "Upvote Downvote", "Leave a Reply",
                             "Your email address will not be published. Required fields are marked *",
                             "GIPHY App Key not set. Please check settings", "Share this article",
                             "Advertisement", "Read more", "Sign up for our daily newsletter", "3 Comments"})
        QTest::newRow(line) << QString::fromLatin1(line) << true;
    for (const char *line :
         {"Motegi had earlier said that he wanted to discuss the issue frankly.",
          "Points of order were raised in parliament on Tuesday.", "Share prices fell 3%."})
        QTest::newRow(line) << QString::fromLatin1(line) << false;
}

void TestPlainTextImporter::furniture()
{
    QFETCH(QString, line);
    QFETCH(bool, furniture);
    QCOMPARE(TextPatterns::isPageFurniture(line), furniture);
}

void TestPlainTextImporter::wrappedParagraphs()
{
    const QString text = QStringLiteral(
        "Harbour cranes go remote as the port modernises\n\nBy Mira Holt\n\n"
        "PORTVALE, Eastmarch (Meridian Wire) – The port authority said on Monday\nthat half of its cranes "
        "would be operated remotely by 2028.\n\nUnions asked for talks, saying the plan had not been\n"
        "explained to the workers it affects.\n\nReporting by Mira Holt; Editing by Jon Ash\n\n"
        "Leave a Reply\n\nAnother story entirely goes here\n");
    const ExtractedArticle extracted = PlainTextImporter::extract(text);
    QCOMPARE(extracted.article.title, QStringLiteral("Harbour cranes go remote as the port modernises"));
    QCOMPARE(extracted.article.byline, QStringLiteral("Mira Holt"));
    QCOMPARE(extracted.article.dateline, QStringLiteral("PORTVALE, Eastmarch"));
    QCOMPARE(extracted.article.agency, QStringLiteral("Meridian Wire"));
    QCOMPARE(extracted.article.bodyText,
             QStringLiteral(
                 "PORTVALE, Eastmarch (Meridian Wire) – The port authority said on Monday that half of its "
                 "cranes would be operated remotely by 2028.\n\nUnions asked for talks, saying the plan "
                 "had not been explained to the workers it affects.\n\nReporting by Mira Holt; Editing by "
                 "Jon Ash"));
}

void TestPlainTextImporter::emptyAndBinaryInput()
{
    ImportSource empty;
    empty.name = QStringLiteral("empty.txt");
    empty.url = QUrl::fromLocalFile(QStringLiteral("/tmp/empty.txt"));
    QVERIFY(!ImportFormats::read(empty).ok());

    ImportSource binary = empty;
    binary.name = QStringLiteral("picture.txt");
    // The PNG signature and its header chunk's start, NULs included; the length comes from the literal.
    static constexpr char pngStart[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    binary.data = QByteArray(pngStart, sizeof pngStart - 1);
    const auto outcome = ImportFormats::read(binary);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.errorString().contains(QLatin1String("binary")), qPrintable(outcome.errorString()));
}

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
