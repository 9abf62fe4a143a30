// Tests for the feed importers (RSS 2.0/0.9x, RSS 1.0, Atom 1.0, JSON Feed) and the format sniffing
// they share with OpmlImporter, including hostile and broken input.

#include "importing/FeedImporter.h"
#include "importing/OpmlImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

#include <memory>
#include <vector>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/importing/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

ImportSource sourceFrom(const QByteArray &data, const QString &contentType = {},
                        const QUrl &url = QUrl(u"https://feeds.example/feed"_s))
{
    ImportSource source;
    source.name = url.toString();
    source.data = data;
    source.url = url;
    source.contentType = contentType;
    return source;
}

ImportSource fixtureSource(const QString &name, const QString &contentType = {},
                           const QUrl &url = QUrl(u"https://feeds.example/feed"_s))
{
    ImportSource source = sourceFrom(fixture(name), contentType, url);
    source.name = name;
    return source;
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QByteArray rssWithItem(const QByteArray &itemXml)
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n<item>" + itemXml +
           "</item>\n</channel></rss>\n";
}

/// The classic "billion laughs": ten entities each ten times the one before.
QByteArray billionLaughs(const QByteArray &root)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY lol \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        xml += " <!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            xml += "&lol" + (level == 1 ? QByteArray() : QByteArray::number(level - 1)) + ";";
        xml += "\">\n";
    }
    return xml + "]>\n";
}

std::vector<std::unique_ptr<Importer>> allImporters()
{
    std::vector<std::unique_ptr<Importer>> importers;
    importers.push_back(std::make_unique<RssImporter>());
    importers.push_back(std::make_unique<RdfImporter>());
    importers.push_back(std::make_unique<AtomImporter>());
    importers.push_back(std::make_unique<JsonFeedImporter>());
    importers.push_back(std::make_unique<OpmlImporter>());
    return importers;
}

} // namespace

class TestFeedImporter : public QObject
{
    Q_OBJECT

private slots:
    void formatNames();
    void canRead_data();
    void canRead();

    void rss2();
    void rss091WithLatin1AndDtdEntities();
    void rssDates_data();
    void rssDates();
    void manyItems();
    void itemsBeyondTheCapAreLeftOut_data();
    void itemsBeyondTheCapAreLeftOut();
    void rssXmlBaseAndXmlLang();
    void rssUnescapedDescriptionMarkup();
    void rssWithoutChannelOrOfWrongKind();
    void rdf();
    void atom();
    void jsonFeed11();
    void jsonFeed10();
    void jsonIdsBeyondTheIntegerRange();

    void emptyInputIsAnError_data();
    void emptyInputIsAnError();
    void malformedXmlNamesTheLine();
    void truncatedFeedLandsNothing();
    void billionLaughsIsRefusedQuickly();
    void quadraticEntityBlowupIsRefused();
    void externalEntityIsNotLoaded();
    void deepNestingIsRefused();
    void deepHtmlInsideAnItemIsRead();
    void undeclaredHtmlEntityIsAnError();
    void invalidUtf8IsReadAsWindows1252();
    void utf16AndByteOrderMarks();
    void httpCharsetIsUsedWhenTheXmlNamesNone();
    void brokenJson_data();
    void brokenJson();
};

void TestFeedImporter::formatNames()
{
    QCOMPARE(RssImporter().formatName(), u"RSS 2.0"_s);
    QCOMPARE(RdfImporter().formatName(), u"RSS 1.0"_s);
    QCOMPARE(AtomImporter().formatName(), u"Atom 1.0"_s);
    QCOMPARE(JsonFeedImporter().formatName(), u"JSON Feed 1.1"_s);
    QCOMPARE(OpmlImporter().formatName(), u"OPML"_s);
}

void TestFeedImporter::canRead_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected"); // FeedKind; Unknown and Html: no feed importer may claim it

    const auto row = [](const char *tag, const QByteArray &data, const QString &type, FeedKind kind,
                        const QString &name = {}) {
        QTest::newRow(tag) << data << type << name << int(kind);
    };
    row("rss, no type", fixture(u"rss2.xml"_s), {}, FeedKind::Rss);
    row("rss as application/xml", fixture(u"rss2.xml"_s), u"application/xml"_s, FeedKind::Rss);
    row("rss 0.91 with DOCTYPE", fixture(u"rss091.xml"_s), u"text/xml"_s, FeedKind::Rss);
    row("rdf served as rss+xml", fixture(u"rss1.rdf"_s), u"application/rss+xml"_s, FeedKind::Rdf);
    row("atom", fixture(u"atom.xml"_s), u"application/atom+xml"_s, FeedKind::Atom);
    row("atom served as rss+xml", fixture(u"atom.xml"_s), u"application/rss+xml"_s, FeedKind::Atom);
    row("json feed 1.1 as application/json", fixture(u"feed11.json"_s), u"application/json"_s,
        FeedKind::JsonFeed);
    row("json feed 1.0, escaped slashes", fixture(u"feed10.json"_s), {}, FeedKind::JsonFeed);
    row("opml", fixture(u"subscriptions.opml"_s), u"text/x-opml"_s, FeedKind::Opml);
    row("opml as application/xml", fixture(u"subscriptions.opml"_s), u"application/xml"_s, FeedKind::Opml);
    row("html page", fixture(u"page.html"_s), u"text/html"_s, FeedKind::Html);
    row("html page, no type", fixture(u"page.html"_s), {}, FeedKind::Html);
    row("html page claiming rss+xml", fixture(u"page.html"_s), u"application/rss+xml"_s, FeedKind::Html);
    row("xhtml page", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
        u"application/xml"_s, FeedKind::Html);
    row("html after a comment", "<!-- generated -->\n<HTML><BODY>rss</BODY></HTML>", u"text/xml"_s,
        FeedKind::Html);
    row("other json", R"({"name": "x", "version": "2"})", u"application/json"_s, FeedKind::Unknown);
    row("json array", "[1, 2]", u"application/feed+json"_s, FeedKind::Unknown);
    row("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", u"application/xml"_s, FeedKind::Unknown);
    row("atom 0.3", "<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"/>", u"application/atom+xml"_s,
        FeedKind::Unknown);
    row("rdf that is not a feed",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns:foaf=\"http://xmlns.com/foaf/0.1/\"/>",
        u"application/rdf+xml"_s, FeedKind::Unknown);
    row("plain text", "Hello, world.", u"text/plain"_s, FeedKind::Unknown);
    row("empty, rss+xml", "", u"application/rss+xml"_s, FeedKind::Rss);
    row("empty, feed+json", "", u"application/feed+json"_s, FeedKind::JsonFeed);
    row("empty, application/json", "", u"application/json"_s, FeedKind::Unknown);
    row("empty .opml file", "", {}, FeedKind::Opml, u"/home/me/list.opml"_s);
    row("empty, opml by QMimeDatabase's name", "", u"text/x-opml+xml"_s, FeedKind::Opml);
    row("garbage, x-rss+xml", "not xml at all", u"application/x-rss+xml"_s, FeedKind::Rss);
    row("latin-1 rss without a declaration", rssWithItem("<title>Caf\xe9</title>"), {}, FeedKind::Rss);
    {
        // UTF-8 cut in the middle of a character where sniffing stops reading.
        QByteArray straddling = "<rss version=\"2.0\"><channel><title>";
        straddling += QByteArray(16 * 1024 - 1 - straddling.size(), 'a') + "\xC3\xA9</title></channel></rss>";
        row("utf-8 cut by the sniffing window", straddling, {}, FeedKind::Rss);
    }
    row("utf-16 rss with bom",
        QByteArray("\xFF\xFE", 2) + QByteArray(reinterpret_cast<const char *>(u"<rss version=\"2.0\"/>"), 40),
        {}, FeedKind::Rss);
}

void TestFeedImporter::canRead()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, contentType);
    QFETCH(QString, name);
    QFETCH(int, expected);

    ImportSource source = sourceFrom(data, contentType);
    if (!name.isEmpty())
        source.name = name;
    QCOMPARE(int(sniffFeedKind(source)), expected);
    QCOMPARE(RssImporter().canRead(source), expected == int(FeedKind::Rss));
    QCOMPARE(RdfImporter().canRead(source), expected == int(FeedKind::Rdf));
    QCOMPARE(AtomImporter().canRead(source), expected == int(FeedKind::Atom));
    QCOMPARE(JsonFeedImporter().canRead(source), expected == int(FeedKind::JsonFeed));
    QCOMPARE(OpmlImporter().canRead(source), expected == int(FeedKind::Opml));
}

void TestFeedImporter::rss2()
{
    const auto result = RssImporter().read(fixtureSource(u"rss2.xml"_s, u"application/rss+xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const ImportOutcome &outcome = *result;
    QCOMPARE(outcome.format, u"RSS 2.0"_s);
    QCOMPARE(outcome.issues, QStringList{u"Item 5 has neither a title nor any content; it was skipped."_s});
    QVERIFY(outcome.followUps.isEmpty());
    QCOMPARE(outcome.articles.size(), 5);

    // Full content, entity-encoded HTML description as the dek, CDATA, relative link, two creators.
    const ExtractedArticle &plan = outcome.articles.at(0);
    QCOMPARE(plan.article.title, u"Mayor\u2019s plan for the harbour"_s);
    QCOMPARE(plan.article.url, u"https://gazette.example/2024/05/harbour-plan.html"_s);
    QCOMPARE(plan.article.canonicalUrl, plan.article.url);
    QCOMPARE(plan.guid, u"gazette-2024-0517"_s);
    QCOMPARE(plan.article.guid, plan.guid);
    QCOMPARE(plan.article.publishedAt, utc(2024, 5, 7, 14, 30));
    QCOMPARE(plan.article.byline, u"Jane Roe, Ali Khan"_s);
    QCOMPARE(plan.article.dek, u"The mayor wants a new pier & a ferry."_s);
    QCOMPARE(plan.article.bodyHtml, u"<p>The mayor unveiled a plan on Tuesday.</p>"
                                    u"<p>It costs &pound;2m &mdash; more than expected.</p>"_s);
    QCOMPARE(plan.article.bodyText, u"The mayor unveiled a plan on Tuesday.\n\n"
                                    u"It costs \u00a32m \u2014 more than expected."_s);
    QCOMPARE(plan.article.wordCount, 13);
    QCOMPARE(plan.article.language, u"en-gb"_s);
    QCOMPARE(plan.article.source, u"The Harbour Gazette & Times"_s);
    QCOMPARE(plan.siteName, u"The Harbour Gazette & Times"_s);
    QCOMPARE(plan.article.imageUrl, u"https://cdn.gazette.example/pier.jpg"_s);
    QCOMPARE(plan.article.agency, QString());
    QVERIFY(plan.issues.isEmpty());

    // Description as the body, EST, e-mail author, no guid, undeclared media: prefix, thumbnail
    // relative to the channel link.
    const ExtractedArticle &ferry = outcome.articles.at(1);
    QCOMPARE(ferry.guid, u"https://gazette.example/2024/05/ferry.html"_s);
    QCOMPARE(ferry.article.publishedAt, utc(2024, 5, 8, 14, 15));
    QCOMPARE(ferry.article.byline, u"Sam Poe"_s);
    QCOMPARE(ferry.article.dek, QString());
    QCOMPARE(ferry.article.bodyHtml, u"<p>Ferries leave at 7&nbsp;am &mdash; not 8.</p>"_s);
    QCOMPARE(ferry.article.bodyText, u"Ferries leave at 7 am \u2014 not 8."_s);
    QCOMPARE(ferry.article.imageUrl, u"https://gazette.example/news/thumbs/ferry.jpg"_s);

    // Markup in a CDATA title; a permalink guid that differs from the (tracking) link is canonical.
    const ExtractedArticle &storm = outcome.articles.at(2);
    QCOMPARE(storm.article.title, u"Storm closes the coast road"_s);
    QCOMPARE(storm.article.url, u"https://feeds.example/~r/gazette/storm"_s);
    QCOMPARE(storm.article.canonicalUrl, u"https://gazette.example/2024/05/storm.html"_s);
    QCOMPARE(storm.guid, u"https://gazette.example/2024/05/storm.html"_s);
    QCOMPARE(storm.article.publishedAt, utc(2024, 5, 9, 16, 0));
    QCOMPARE(storm.article.dek, QString());
    QCOMPARE(storm.article.bodyText, u"Waves reached the road."_s);
    QCOMPARE(storm.article.imageUrl, QString());

    // A title with a bare "&" and "<" stays as written; an unreadable date is an issue, not an error.
    const ExtractedArticle &att = outcome.articles.at(3);
    QCOMPARE(att.article.title, u"AT&T says 5 < 6"_s);
    QCOMPARE(att.article.url, QString());
    QCOMPARE(att.guid, u"at-t"_s);
    QVERIFY(!att.article.publishedAt.isValid());
    QCOMPARE(att.article.bodyHtml, u"Plain words."_s);
    QCOMPARE(
        att.issues,
        QStringList{u"The date \u201cyesterday-ish\u201d could not be read; the article has no date."_s});

    // A javascript: link never becomes the article's URL; with no link and no guid, the key is a hash.
    const ExtractedArticle &click = outcome.articles.at(4);
    QCOMPARE(click.article.url, QString());
    QCOMPARE(click.issues, QStringList{u"The link \u201cjavascript:alert(1)\u201d was ignored: it is not an "
                                       u"absolute web address."_s});
    QVERIFY(click.guid.startsWith(u"urn:sha1:"_s));
    QCOMPARE(click.guid.size(), 9 + 40);
    // The same content gives the same key on the next read.
    const auto again = RssImporter().read(fixtureSource(u"rss2.xml"_s));
    QCOMPARE(again->articles.at(4).guid, click.guid);
}

void TestFeedImporter::rss091WithLatin1AndDtdEntities()
{
    const auto result = RssImporter().read(fixtureSource(u"rss091.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"RSS 0.91"_s);
    QVERIFY(result->issues.isEmpty());
    QCOMPARE(result->articles.size(), 1);
    const ExtractedArticle &creme = result->articles.at(0);
    QCOMPARE(creme.article.source, u"Caf\u00e9 Society"_s); // &eacute; from the 0.91 DTD
    QCOMPARE(creme.article.title, u"Cr\u00e8me br\u00fbl\u00e9e & co"_s);
    QCOMPARE(creme.article.url, u"http://cafe.example/creme"_s);
    QCOMPARE(creme.guid, u"http://cafe.example/creme"_s);
    QCOMPARE(creme.article.language, u"fr"_s);
    QCOMPARE(creme.article.bodyText, u"Une recette."_s);
}

void TestFeedImporter::rssDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("GMT") << u"Sat, 07 Sep 2002 00:00:01 GMT"_s << utc(2002, 9, 7, 0, 0, 1);
    QTest::newRow("no weekday, 2-digit year, EST") << u"7 Sep 02 10:00 EST"_s << utc(2002, 9, 7, 15, 0);
    QTest::newRow("+0530") << u"Sat, 07 Sep 2002 00:00:01 +0530"_s << utc(2002, 9, 6, 18, 30, 1);
    QTest::newRow("full month, -0700") << u"Sun, 8 September 2002 01:00:00 -0700"_s << utc(2002, 9, 8, 8, 0);
    QTest::newRow("PDT") << u"Tue, 10 Jun 2003 04:00:00 PDT"_s << utc(2003, 6, 10, 11, 0);
    QTest::newRow("UT") << u"Tue, 10 Jun 2003 04:00:00 UT"_s << utc(2003, 6, 10, 4, 0);
    QTest::newRow("CEST") << u"Tue, 10 Jun 2003 04:00:00 CEST"_s << utc(2003, 6, 10, 2, 0);
    QTest::newRow("no zone") << u"Tue, 10 Jun 2003 04:00:00"_s << utc(2003, 6, 10, 4, 0);
    QTest::newRow("ISO in pubDate") << u"2002-09-07T00:00:01Z"_s << utc(2002, 9, 7, 0, 0, 1);
    QTest::newRow("ISO with offset") << u"2002-09-07T10:00:00-03:00"_s << utc(2002, 9, 7, 13, 0);
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("day 32") << u"Mon, 32 Sep 2002 00:00:00 GMT"_s << QDateTime();
    QTest::newRow("unknown zone") << u"Sat, 07 Sep 2002 00:00:01 XYZ"_s << QDateTime();
    QTest::newRow("hour 25") << u"Sat, 07 Sep 2002 25:00:00 GMT"_s << QDateTime();
    QTest::newRow("no month") << u"Sat, 07 Foo 2002 10:00:00 GMT"_s << QDateTime();
    QTest::newRow("29 Feb in a non-leap year") << u"2023-02-29"_s << QDateTime();
    QTest::newRow("Sept.") << u"Sat, 07 Sept. 2002 00:00:01 GMT"_s << utc(2002, 9, 7, 0, 0, 1);
    QTest::newRow("not a month name") << u"Sat, 07 Mayday 2002 00:00:01 GMT"_s << QDateTime();
    QTest::newRow("hostile length") << u"Sat, "_s + QString(200000, u' ') + u"x"_s << QDateTime();
}

void TestFeedImporter::rssDates()
{
    QFETCH(QString, date);
    QFETCH(QDateTime, expected);
    const auto result = RssImporter().read(
        sourceFrom(rssWithItem("<title>x</title><pubDate>" + date.toUtf8() + "</pubDate>")));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.size(), 1);
    const ExtractedArticle &article = result->articles.at(0);
    QCOMPARE(article.article.publishedAt, expected);
    QCOMPARE(article.issues.size(), expected.isValid() ? 0 : 1);
    if (!expected.isValid())
        QVERIFY(article.issues.at(0).size() < 200); // a hostile date is not quoted whole
}

void TestFeedImporter::manyItems()
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Big</title><link>https://big.example/</link>";
    const QByteArray paragraph = "<p>" + QByteArray(40, 'w').replace('w', "word ") + "</p>";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Story " + n + "</title><link>/s/" + n +
               "</link><pubDate>Mon, 01 Jan 2024 00:00:" + QByteArray::number(i % 60).rightJustified(2, '0') +
               " GMT</pubDate><description><![CDATA[" + paragraph.repeated(10) + "]]></description></item>";
    }
    xml += "</channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const auto result = RssImporter().read(sourceFrom(xml));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.size(), 3000);
    QCOMPARE(result->articles.last().article.url, u"https://big.example/s/2999"_s);
    QCOMPARE(result->articles.last().article.wordCount, 400);
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
}

void TestFeedImporter::itemsBeyondTheCapAreLeftOut_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("rss") << u"rss"_s;
    QTest::newRow("atom") << u"atom"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestFeedImporter::itemsBeyondTheCapAreLeftOut()
{
    // A hostile feed of more items than any real one: the first FeedLimits::MaxItems are read, in order, and
    // the report says the rest were left out.
    QFETCH(QString, format);
    const int count = FeedLimits::MaxItems + 7;
    QByteArray data;
    std::unique_ptr<Importer> importer;
    if (format == u"rss"_s) {
        data = "<rss version=\"2.0\"><channel><title>Flood</title><link>https://flood.example/</link>";
        for (int i = 0; i < count; ++i)
            data += "<item><title>Story " + QByteArray::number(i) + "</title><link>/s/" +
                    QByteArray::number(i) + "</link></item>";
        data += "</channel></rss>";
        importer = std::make_unique<RssImporter>();
    } else if (format == u"atom"_s) {
        data = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Flood</title><id>urn:flood</id>";
        for (int i = 0; i < count; ++i)
            data += "<entry><title>Story " + QByteArray::number(i) +
                    "</title><id>urn:s:" + QByteArray::number(i) +
                    "</id><link href=\"https://flood.example/s/" + QByteArray::number(i) + "\"/></entry>";
        data += "</feed>";
        importer = std::make_unique<AtomImporter>();
    } else {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(QJsonObject{{u"id"_s, QString::number(i)},
                                     {u"title"_s, u"Story %1"_s.arg(i)},
                                     {u"url"_s, u"https://flood.example/s/%1"_s.arg(i)},
                                     {u"content_text"_s, u"Text %1"_s.arg(i)}});
        data = QJsonDocument(QJsonObject{{u"version"_s, u"https://jsonfeed.org/version/1.1"_s},
                                         {u"title"_s, u"Flood"_s},
                                         {u"items"_s, items}})
                   .toJson(QJsonDocument::Compact);
        importer = std::make_unique<JsonFeedImporter>();
    }
    const auto result = importer->read(sourceFrom(data));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.size(), FeedLimits::MaxItems);
    QCOMPARE(result->articles.first().article.title, u"Story 0"_s);
    QCOMPARE(result->articles.last().article.title, u"Story %1"_s.arg(FeedLimits::MaxItems - 1));
    QVERIFY2(result->issues.join(u'\n').contains(u"Newsdesk reads the first"_s),
             qPrintable(result->issues.join(u'\n')));
}

void TestFeedImporter::rssXmlBaseAndXmlLang()
{
    // xml:base wins over the channel link; xml:lang is used when the channel names no language.
    const QByteArray xml =
        "<rss version=\"2.0\" xml:lang=\"pt-BR\"><channel><title>B</title>"
        "<link>https://site.example/</link>"
        "<item xml:base=\"https://other.example/dir/\"><title>a</title><link>page</link></item>"
        "<item><title>b</title><link>page</link></item>"
        "</channel></rss>";
    const auto result = RssImporter().read(sourceFrom(xml));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.size(), 2);
    QCOMPARE(result->articles.at(0).article.url, u"https://other.example/dir/page"_s);
    QCOMPARE(result->articles.at(1).article.url, u"https://site.example/page"_s);
    QCOMPARE(result->articles.at(0).article.language, u"pt-BR"_s);
    QCOMPARE(result->articles.at(0).article.title, u"a"_s);
    QCOMPARE(result->articles.at(0).article.bodyHtml, QString());

    // Without a channel link, links resolve against where the feed came from.
    const QByteArray noLink =
        "<rss><channel><item><title>c</title><link>../c.html</link></item></channel></rss>";
    const auto fromSource = RssImporter().read(sourceFrom(noLink, {}, QUrl(u"https://x.example/a/b/rss"_s)));
    QCOMPARE(fromSource->articles.at(0).article.url, u"https://x.example/a/c.html"_s);
}

void TestFeedImporter::rssUnescapedDescriptionMarkup()
{
    // Some feeds put markup into <description> unescaped; it is kept as HTML, not flattened.
    const auto result = RssImporter().read(sourceFrom(
        rssWithItem("<title>x</title><description>Hello <b>there</b> &amp; <br/>bye</description>")));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.at(0).article.bodyHtml, u"Hello <b>there</b> &amp; <br>bye"_s);
    QCOMPARE(result->articles.at(0).article.bodyText, u"Hello there &\n\nbye"_s);
}

void TestFeedImporter::rssWithoutChannelOrOfWrongKind()
{
    const auto noChannel = RssImporter().read(sourceFrom("<rss version=\"2.0\"><item/></rss>"));
    QVERIFY(!noChannel.ok());
    QCOMPARE(noChannel.errorString(), u"The RSS feed has no <channel>."_s);

    const auto atom = RssImporter().read(fixtureSource(u"atom.xml"_s));
    QVERIFY(!atom.ok());
    QCOMPARE(atom.errorString(), u"This is not an RSS feed: its root element is <feed>."_s);

    const auto rss = AtomImporter().read(fixtureSource(u"rss2.xml"_s));
    QCOMPARE(rss.errorString(), u"This is not an Atom feed: its root element is <rss>."_s);
    const auto rdf = RdfImporter().read(fixtureSource(u"rss2.xml"_s));
    QCOMPARE(rdf.errorString(), u"This is not an RSS 1.0 feed: its root element is <rss>."_s);

    const auto empty = RssImporter().read(sourceFrom("<rss><channel><title>Quiet</title></channel></rss>"));
    QVERIFY(empty.ok());
    QCOMPARE(empty->articles.size(), 0);
    QCOMPARE(empty->issues, QStringList{u"The feed has no items."_s});
}

void TestFeedImporter::rdf()
{
    const auto result = RdfImporter().read(fixtureSource(u"rss1.rdf"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"RSS 1.0"_s);
    QVERIFY(result->issues.isEmpty());
    QCOMPARE(result->articles.size(), 2);

    const ExtractedArticle &comet = result->articles.at(0);
    QCOMPARE(comet.guid, u"https://science.example/notes/42"_s);
    QCOMPARE(comet.article.title, u"Comet spotted"_s);
    QCOMPARE(comet.article.url, u"https://science.example/notes/42"_s);
    QCOMPARE(comet.article.publishedAt, utc(2024, 3, 1, 20, 5, 30));
    QCOMPARE(comet.article.byline, u"Dr. Vega"_s);
    QCOMPARE(comet.article.dek, u"A bright comet."_s);
    QCOMPARE(comet.article.bodyHtml, u"<p>A <em>bright</em> comet was seen.</p>"_s);
    QCOMPARE(comet.article.bodyText, u"A bright comet was seen."_s);
    QCOMPARE(comet.article.language, u"de"_s);
    QCOMPARE(comet.article.source, u"Science Notes"_s);

    const ExtractedArticle &eclipse = result->articles.at(1);
    QCOMPARE(eclipse.guid, u"urn:note:43"_s);
    QCOMPARE(eclipse.article.url, u"https://science.example/notes/43"_s);
    QCOMPARE(eclipse.article.publishedAt, utc(2024, 4, 8));
    QCOMPARE(eclipse.article.language, u"en"_s);
    QCOMPARE(eclipse.article.bodyHtml, QString());
}

void TestFeedImporter::atom()
{
    const auto result = AtomImporter().read(fixtureSource(u"atom.xml"_s, u"application/atom+xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"Atom 1.0"_s);
    QCOMPARE(result->issues, QStringList{u"Item 4 has neither a title nor any content; it was skipped."_s});
    QCOMPARE(result->articles.size(), 3);

    // xhtml content serialised with its links resolved against the nested xml:base; two authors.
    const ExtractedArticle &bridges = result->articles.at(0);
    QCOMPARE(bridges.article.source, u"Field <Notes>"_s);
    QCOMPARE(bridges.guid, u"tag:blog.example,2024:bridges"_s);
    QCOMPARE(bridges.article.title, u"Bridges of the north"_s);
    QCOMPARE(bridges.article.url, u"https://blog.example/posts/2024/bridges.html"_s);
    QCOMPARE(bridges.article.canonicalUrl, bridges.article.url);
    QCOMPARE(bridges.article.publishedAt, utc(2024, 5, 30, 12, 0)); // published, not updated
    QCOMPARE(bridges.article.byline, u"Mia Lund, Ole Berg"_s);
    QCOMPARE(bridges.article.dek, u"Three bridges, one winter."_s);
    QCOMPARE(
        bridges.article.bodyHtml,
        u"<p>See <a href=\"https://blog.example/posts/2024/map.html\">the map</a> &amp; <em>photos</em>.</p>"
        u"<img src=\"https://blog.example/img/b.jpg\" alt=\"A bridge\">"_s);
    QCOMPARE(bridges.article.bodyText, u"See the map & photos."_s);
    QCOMPARE(bridges.article.imageUrl, u"https://blog.example/img/bridge.png"_s);
    QCOMPARE(bridges.article.language, u"en"_s);

    // A text title keeps its angle brackets; html content; the feed's author; updated as the date.
    const ExtractedArticle &snow = result->articles.at(1);
    QCOMPARE(snow.article.title, u"Sn\u00f8 <i>igjen</i>"_s);
    QCOMPARE(snow.article.language, u"nb"_s);
    QCOMPARE(snow.article.byline, u"Feed Owner"_s);
    QCOMPARE(snow.article.publishedAt, utc(2024, 6, 1, 9, 0));
    QCOMPARE(snow.article.bodyHtml, u"<p>Det sn\u00f8r.</p>"_s);
    QCOMPARE(snow.article.url, u"https://blog.example/snow"_s);
    QCOMPARE(snow.article.dek, QString());

    // Text content is escaped into paragraphs; Media RSS thumbnail; bad date as an issue.
    const ExtractedArticle &plain = result->articles.at(2);
    QCOMPARE(plain.article.bodyHtml, u"<p>First line &amp; a half &lt;b&gt;</p><p>Second paragraph.</p>"_s);
    QCOMPARE(plain.article.bodyText, u"First line & a half <b>\n\nSecond paragraph."_s);
    QCOMPARE(plain.article.url, u"https://blog.example/plain"_s);
    QCOMPARE(plain.article.imageUrl, u"https://img.example/t.jpg"_s);
    QVERIFY(!plain.article.publishedAt.isValid());
    QCOMPARE(plain.issues,
             QStringList{u"The date \u201cnot a date\u201d could not be read; the article has no date."_s});
}

void TestFeedImporter::jsonFeed11()
{
    const auto result = JsonFeedImporter().read(fixtureSource(u"feed11.json"_s, u"application/feed+json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"JSON Feed 1.1"_s);
    QCOMPARE(result->issues, (QStringList{u"Item 4 is not a JSON object; it was skipped."_s,
                                          u"Item 5 has neither a title nor any content; it was skipped."_s}));
    QCOMPARE(result->articles.size(), 3);

    const ExtractedArticle &markets = result->articles.at(0);
    QCOMPARE(markets.guid, u"wire-1"_s);
    QCOMPARE(markets.article.title, u"Markets calm"_s);
    QCOMPARE(markets.article.url, u"https://wire.example/1"_s);
    QCOMPARE(markets.article.bodyHtml, u"<p>Markets were <em>calm</em>.</p>"_s);
    QCOMPARE(markets.article.bodyText, u"Markets were calm."_s);
    QCOMPARE(markets.article.dek, u"Calm markets."_s);
    QCOMPARE(markets.article.publishedAt, utc(2024, 2, 10, 4, 0));
    QCOMPARE(markets.article.byline, u"R. Iyer, L. Chen"_s);
    QCOMPARE(markets.article.imageUrl, u"https://wire.example/img/markets.jpg"_s);
    QCOMPARE(markets.article.language, u"en-IN"_s);
    QCOMPARE(markets.article.source, u"Quiet Wire"_s);

    // content_text only: escaped into paragraphs; a numeric id; the feed's authors and language.
    const ExtractedArticle &second = result->articles.at(1);
    QCOMPARE(second.guid, u"1234"_s);
    QCOMPARE(second.article.title, QString());
    QCOMPARE(second.article.url, u"https://wire.example/stories/2"_s);
    QCOMPARE(second.article.bodyHtml, u"<p>Line one &lt; two &amp; three.</p><p>Second para.</p>"_s);
    QCOMPARE(second.article.bodyText, u"Line one < two & three.\n\nSecond para."_s);
    QCOMPARE(second.article.byline, u"Wire Desk"_s);
    QCOMPARE(second.article.language, u"en-US"_s);
    QCOMPARE(second.article.publishedAt, utc(2024, 2, 11));

    const ExtractedArticle &third = result->articles.at(2);
    QCOMPARE(third.guid, u"https://wire.example/3"_s); // no id: the link is the key
    QCOMPARE(third.article.imageUrl, u"https://wire.example/banner.png"_s);
}

void TestFeedImporter::jsonFeed10()
{
    const auto result = JsonFeedImporter().read(fixtureSource(u"feed10.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"JSON Feed 1.0"_s);
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->articles.at(0).article.byline, u"Solo Writer"_s);
    QCOMPARE(result->articles.at(0).article.bodyHtml, u"<p>Hello.</p><p>World.</p>"_s);
    QCOMPARE(result->articles.at(0).guid, u"a"_s);
}

void TestFeedImporter::jsonIdsBeyondTheIntegerRange()
{
    // Found by fuzz_bundle_json: a number id outside qint64 was cast to qint64 (undefined behaviour). It is
    // kept as the number it is, and distinct ids stay distinct.
    const QByteArray feed = R"({"version": "https://jsonfeed.org/version/1.1", "title": "Numbers",
        "items": [{"id": 1e300, "content_text": "one"}, {"id": -1e19, "content_text": "two"},
                  {"id": 9223372036854775807, "content_text": "three"}, {"id": -9223372036854775808,
                   "content_text": "four"}, {"id": 2.5, "content_text": "five"}]})";
    const auto result = JsonFeedImporter().read(sourceFrom(feed, u"application/feed+json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QStringList guids;
    for (const ExtractedArticle &article : result->articles)
        guids << article.guid;
    QCOMPARE(guids, (QStringList{u"1.0000000000000001e+300"_s, u"-1e+19"_s, u"9.2233720368547758e+18"_s,
                                 u"-9223372036854775808"_s, u"2.5"_s}));
}

void TestFeedImporter::emptyInputIsAnError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t\r\n ");
}

void TestFeedImporter::emptyInputIsAnError()
{
    QFETCH(QByteArray, data);
    for (const auto &importer : allImporters()) {
        const auto result = importer->read(sourceFrom(data, u"application/xml"_s));
        QVERIFY2(!result.ok(), qPrintable(importer->formatName()));
        QCOMPARE(result.errorString(), u"The file is empty."_s);
    }
}

void TestFeedImporter::malformedXmlNamesTheLine()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n"
                           "<item><title>Broken</titel></item>\n</channel>\n</rss>\n";
    for (const auto &importer : allImporters()) {
        if (importer->formatName().startsWith(u"JSON"_s))
            continue;
        const auto result = importer->read(sourceFrom(xml));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString().startsWith(u"The document is not well-formed XML (line 4, column "_s),
                 qPrintable(result.errorString()));
    }
}

void TestFeedImporter::truncatedFeedLandsNothing()
{
    // Two whole items, then the download broke off: nothing of it may land.
    const QByteArray whole = fixture(u"rss2.xml"_s);
    const QByteArray truncated = whole.left(whole.indexOf("<title>AT&amp;T"));
    const auto result = RssImporter().read(sourceFrom(truncated));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(u"Premature end of document"_s), qPrintable(result.errorString()));

    const QByteArray atom = fixture(u"atom.xml"_s);
    QVERIFY(!AtomImporter().read(sourceFrom(atom.left(atom.size() - 10))).ok());
    const QByteArray json = fixture(u"feed11.json"_s);
    QVERIFY(!JsonFeedImporter().read(sourceFrom(json.left(json.size() / 2))).ok());
}

void TestFeedImporter::billionLaughsIsRefusedQuickly()
{
    const QByteArray rss = billionLaughs("rss") + "<rss version=\"2.0\"><channel><title>T</title><item>"
                                                  "<title>&lol9;</title></item></channel></rss>";
    const QByteArray opml = billionLaughs("opml") + "<opml><body><outline xmlUrl=\"&lol9;\"/></body></opml>";
    QElapsedTimer timer;
    timer.start();
    const auto result = RssImporter().read(sourceFrom(rss));
    const auto opmlResult = OpmlImporter().read(sourceFrom(opml));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(u"entity bomb"_s), qPrintable(result.errorString()));
    QVERIFY(!opmlResult.ok());
    // Sniffing must not expand it either, and still finds the root.
    QVERIFY(RssImporter().canRead(sourceFrom(rss)));
}

void TestFeedImporter::quadraticEntityBlowupIsRefused()
{
    // Each reference stays under Qt's per-entity limit, but 20,000 of them would be 80 million
    // characters built in one piece by the XML reader.
    QByteArray xml = "<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'x') +
                     "\">]>\n"
                     "<rss><channel><item><title>";
    for (int i = 0; i < 20000; ++i)
        xml += "&a;";
    xml += "</title></item></channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const auto result = RssImporter().read(sourceFrom(xml));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!result.ok());
    QVERIFY(result.errorString().contains(u"entity bomb"_s));

    // A feed that declares a small entity and uses it honestly still reads.
    const QByteArray honest = "<!DOCTYPE rss [<!ENTITY nbsp \"&#160;\"><!ENTITY co \"Gazette Co\">]>\n"
                              "<rss><channel><title>&co;</title><item><title>a&nbsp;b</title></item>"
                              "</channel></rss>";
    const auto fine = RssImporter().read(sourceFrom(honest));
    QVERIFY2(fine.ok(), qPrintable(fine.errorString()));
    QCOMPARE(fine->articles.at(0).article.source, u"Gazette Co"_s);
    QCOMPARE(fine->articles.at(0).article.title, u"a b"_s);
}

void TestFeedImporter::externalEntityIsNotLoaded()
{
    QTemporaryFile secret;
    QVERIFY(secret.open());
    secret.write("TOP-SECRET-CONTENT");
    secret.flush();
    const QByteArray path = QUrl::fromLocalFile(secret.fileName()).toEncoded();
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + path +
                           "\">]>\n<rss version=\"2.0\"><channel><title>T</title><item>"
                           "<title>Before &xxe; After</title><description>&xxe;text</description>"
                           "<link>http://x.example/&xxe;</link></item></channel></rss>";
    const auto result = RssImporter().read(sourceFrom(xml));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.size(), 1);
    const Article &article = result->articles.at(0).article;
    QCOMPARE(article.title, u"Before After"_s);
    QCOMPARE(article.bodyHtml, u"text"_s);
    QCOMPARE(article.url, u"http://x.example/"_s);
}

void TestFeedImporter::deepNestingIsRefused()
{
    QByteArray xml = "<rss><channel><item><title>x</title><description>";
    for (int i = 0; i < 100000; ++i)
        xml += "<b>";
    const auto result = RssImporter().read(sourceFrom(xml));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().startsWith(u"The document nests elements more than 256 deep"_s),
             qPrintable(result.errorString()));
}

void TestFeedImporter::deepHtmlInsideAnItemIsRead()
{
    // Escaped HTML is text to the feed reader, so its nesting is not bounded by the XML limit.
    QByteArray description;
    for (int i = 0; i < 100000; ++i)
        description += "&lt;div&gt;";
    description += "deep";
    QElapsedTimer timer;
    timer.start();
    const auto result = RssImporter().read(
        sourceFrom(rssWithItem("<title>x</title><description>" + description + "</description>")));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.at(0).article.bodyText, u"deep"_s);
}

void TestFeedImporter::undeclaredHtmlEntityIsAnError()
{
    // Without the 0.91 DTD an HTML entity is not XML; the curator gets the line.
    const auto result =
        RssImporter().read(sourceFrom("<rss>\n<channel><title>Caf&eacute;</title></channel></rss>"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(u"(line 2, "_s), qPrintable(result.errorString()));
    QVERIFY(result.errorString().contains(u"eacute"_s));
}

void TestFeedImporter::invalidUtf8IsReadAsWindows1252()
{
    const auto result = RssImporter().read(sourceFrom(rssWithItem("<title>Caf\xe9 \x93quoted\x94</title>")));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.at(0).article.title, u"Caf\u00e9 \u201cquoted\u201d"_s);
    QCOMPARE(result->issues, QStringList{u"The document is not valid UTF-8 and names no other charset; it "
                                         u"was read as Windows-1252."_s});
}

void TestFeedImporter::utf16AndByteOrderMarks()
{
    const QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>"
                        u"\u65e5\u672c\u8a9e</title></item></channel></rss>"_s;
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
    const auto rss = RssImporter().read(sourceFrom(utf16));
    QVERIFY2(rss.ok(), qPrintable(rss.errorString()));
    QCOMPARE(rss->articles.at(0).article.title, u"\u65e5\u672c\u8a9e"_s);

    const QByteArray json = "\xEF\xBB\xBF{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": "
                            "[{\"id\": \"1\", \"title\": \"B\xC3\xB6m\"}]}";
    QVERIFY(JsonFeedImporter().canRead(sourceFrom(json)));
    const auto feed = JsonFeedImporter().read(sourceFrom(json));
    QVERIFY2(feed.ok(), qPrintable(feed.errorString()));
    QCOMPARE(feed->articles.at(0).article.title, u"B\u00f6m"_s);
}

void TestFeedImporter::httpCharsetIsUsedWhenTheXmlNamesNone()
{
    ImportSource source = sourceFrom("<rss><channel><item><title>\xf0\xd2\xc9\xd7\xc5\xd4</title></item>"
                                     "</channel></rss>");
    source.declaredCharset = u"KOI8-R"_s;
    const auto result = RssImporter().read(source);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->articles.at(0).article.title, u"\u041f\u0440\u0438\u0432\u0435\u0442"_s);
    QVERIFY(result->issues.isEmpty());
}

void TestFeedImporter::brokenJson_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << u"This is not a JSON Feed: the document is not a JSON object."_s;
    QTest::newRow("string") << QByteArray("\"https://jsonfeed.org/version/1.1\"")
                            << u"This is not a JSON Feed: the document is not a JSON object."_s;
    QTest::newRow("no version") << QByteArray(R"({"title": "x", "items": []})")
                                << u"This is not a JSON Feed: it has no jsonfeed.org \u201cversion\u201d."_s;
    QTest::newRow("no items") << QByteArray(
                                     R"({"version": "https://jsonfeed.org/version/1.1", "title": "x"})")
                              << u"The JSON Feed has no \u201citems\u201d list."_s;
    QTest::newRow("items not a list")
        << QByteArray(R"({"version": "https://jsonfeed.org/version/1.1", "items": {"id": "1"}})")
        << u"The JSON Feed has no \u201citems\u201d list."_s;
    QTest::newRow("syntax")
        << QByteArray(R"({"version": "https://jsonfeed.org/version/1.1", "items": [}")")
        << u"The JSON Feed is not valid JSON (at byte 59): object is missing after a comma"_s;
    QTest::newRow("nesting") << "{\"a\": " + QByteArray(100000, '[') << QString();
    QTest::newRow("huge array") << QByteArray(100000, '[')
                                << u"This is not a JSON Feed: the document is not a JSON object."_s;
}

void TestFeedImporter::brokenJson()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    const auto result = JsonFeedImporter().read(sourceFrom(data, u"application/feed+json"_s));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!result.ok());
    if (error.isEmpty())
        QVERIFY(result.errorString().startsWith(u"The JSON Feed is not valid JSON"_s));
    else
        QCOMPARE(result.errorString(), error);
}

QTEST_GUILESS_MAIN(TestFeedImporter)
#include "tst_feedimporter.moc"
