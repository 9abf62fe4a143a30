#include "ExportFixture.h"

#include "exporting/BundleFeeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

/// The elements of a feed by local name, with their text; attributes under "@name".
struct ParsedFeed
{
    QString error;
    QList<std::pair<QString, QString>> elements; ///< (namespace|name, text)
    QStringList values(const QString &name) const
    {
        QStringList out;
        for (const auto &[key, text] : elements)
            if (key == name)
                out << text;
        return out;
    }
};

ParsedFeed parse(const QByteArray &xml)
{
    ParsedFeed feed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString key = reader.namespaceUri().toString() + QLatin1Char('|') + reader.name().toString();
        for (const QXmlStreamAttribute &attribute : reader.attributes())
            feed.elements.append({key + QLatin1Char('@') + attribute.name().toString(), attribute.value().toString()});
        if (reader.name() == QLatin1String("feed") || reader.name() == QLatin1String("entry")
            || reader.name() == QLatin1String("channel") || reader.name() == QLatin1String("item")
            || reader.name() == QLatin1String("rss") || reader.name() == QLatin1String("author"))
            continue;
        feed.elements.append({key, reader.readElementText(QXmlStreamReader::IncludeChildElements)});
    }
    if (reader.hasError())
        feed.error = reader.errorString();
    return feed;
}

constexpr QLatin1StringView Atom{"http://www.w3.org/2005/Atom"};
constexpr QLatin1StringView Content{"http://purl.org/rss/1.0/modules/content/"};

} // namespace

class TestBundleFeeds : public QObject
{
    Q_OBJECT

private:
    // python3 -c: feedparser's verdict on a file as JSON (bozo, entry titles and content).
    static QJsonObject feedparser(const QString &python, const QByteArray &feed)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed.xml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(feed);
        file.close();
        QProcess process;
        process.start(python, {QStringLiteral("-c"), QStringLiteral(R"py(
import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": int(d.bozo), "exception": str(d.get("bozo_exception", "")), "version": d.version,
  "title": d.feed.get("title", ""),
  "entries": [{"title": e.get("title", ""), "id": e.get("id", ""), "link": e.get("link", ""),
               "content": (e.get("content") or [{"value": e.get("summary", "")}])[0]["value"],
               "tags": [t.get("term") or "" for t in e.get("tags", [])], "author": e.get("author", ""),
               "published": e.get("published", "")} for e in d.entries]}))
)py"),
                                QDir::toNativeSeparators(path)});
        if (!process.waitForFinished(60000))
            return {};
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void atomIsCompleteAndWellFormed()
    {
        const QByteArray atom = BundleFeeds::atom(plainBundle(), {});
        const ParsedFeed feed = parse(atom);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.values(Atom + QLatin1String("|title")).first(), QStringLiteral("Trade disputes this week"));
        QCOMPARE(feed.values(Atom + QLatin1String("|id")).first(), QStringLiteral("urn:newsdesk:bundle:trade-week"));
        QCOMPARE(feed.values(Atom + QLatin1String("|id")).size(), 5);
        QVERIFY(feed.values(Atom + QLatin1String("|id")).contains(QStringLiteral("https://news.example.com/story/3")));
        QCOMPARE(feed.values(Atom + QLatin1String("|updated")).first(), QStringLiteral("2026-03-05T09:00:00Z"));
        QCOMPARE(feed.values(Atom + QLatin1String("|published")).size(), 4);
        QCOMPARE(feed.values(Atom + QLatin1String("|content@type")), QStringList(4, QStringLiteral("html")));
        QCOMPARE(feed.values(Atom + QLatin1String("|category@term")).first(), QStringLiteral("medtop:20000376"));
        QCOMPARE(feed.values(Atom + QLatin1String("|category@label")).first(), QStringLiteral("Trade disputes"));
        QCOMPARE(feed.values(Atom + QLatin1String("|link@href")).first(), QStringLiteral("https://news.example.com/story/1"));
        const QString content = feed.values(Atom + QLatin1String("|content")).first();
        QVERIFY(content.contains(QLatin1String("<p>Tariffs rose on Monday.</p>")));
        QVERIFY(content.contains(QLatin1String("The start of it all.")));
        QVERIFY(content.contains(QLatin1String("<a href=\"https://news.example.com/story/1\">")));
        QVERIFY(feed.values(Atom + QLatin1String("|name")).contains(QStringLiteral("Ana Writer")));
        QCOMPARE(BundleFeeds::atom(plainBundle(), {}), atom); // deterministic
    }

    void rssIsCompleteAndWellFormed()
    {
        const QByteArray rss = BundleFeeds::rss(plainBundle(), {});
        const ParsedFeed feed = parse(rss);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.values(QStringLiteral("|rss@version")), QStringList{QStringLiteral("2.0")});
        QCOMPARE(feed.values(QStringLiteral("|title")).size(), 5);
        QCOMPARE(feed.values(QStringLiteral("|guid")).size(), 4);
        QCOMPARE(feed.values(QStringLiteral("|pubDate")).first(), QStringLiteral("Mon, 02 Mar 2026 09:00:00 +0000"));
        QCOMPARE(feed.values(QStringLiteral("|description")).first(), QStringLiteral("<p>What moved the trade talks.</p><p>Selected by the desk.</p>"));
        QCOMPARE(feed.values(QStringLiteral("|category")).first(), QStringLiteral("Trade disputes"));
        QCOMPARE(feed.values(QStringLiteral("http://purl.org/dc/elements/1.1/|creator")).first(), QStringLiteral("Ana Writer"));
        QVERIFY(feed.values(Content + QLatin1String("|encoded")).first().contains(QLatin1String("Tariffs rose on Monday.")));
        QCOMPARE(BundleFeeds::rss(plainBundle(), {}), rss);
    }

    void hostileFeedsCarryNothingExecutable()
    {
        const BundleContent content = hostileBundle();
        for (const QByteArray &xml : {BundleFeeds::atom(content, {}), BundleFeeds::rss(content, {})}) {
            const ParsedFeed feed = parse(xml);
            QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
            // Every field a reader shows as HTML is checked as HTML.
            QStringList html = feed.values(Atom + QLatin1String("|content")) + feed.values(QStringLiteral("|description"))
                               + feed.values(Content + QLatin1String("|encoded"));
            QVERIFY(html.size() >= 2);
            QString all;
            for (const QString &fragment : std::as_const(html)) {
                const QByteArray document = "<!DOCTYPE html><html><body>" + fragment.toUtf8() + "</body></html>";
                const QStringList found = executableConstructs(document);
                QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", ")) + QLatin1String(" in ") + fragment));
                all += fragment;
            }
            for (const char *marker : {"marker-body", "marker-jslink", "marker-blurb", "marker-arabic", "marker-safelink"})
                QVERIFY2(all.contains(QLatin1String(marker)), marker);
            // No link anywhere in the feed points at script.
            for (const auto &[key, value] : feed.elements)
                if (key.endsWith(QLatin1String("|link")) || key.endsWith(QLatin1String("@href")))
                    QVERIFY2(value.startsWith(QLatin1String("https://")), qPrintable(key + QLatin1Char('=') + value));
        }
    }

    void feedparserReportsNoBozo_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::addColumn<bool>("atom");
        QTest::newRow("plain atom") << false << true;
        QTest::newRow("plain rss") << false << false;
        QTest::newRow("hostile atom") << true << true;
        QTest::newRow("hostile rss") << true << false;
    }

    void feedparserReportsNoBozo()
    {
        QFETCH(bool, hostile);
        QFETCH(bool, atom);
        const QString python = feedparserPython();
        if (python.isEmpty())
            QSKIP("python3-feedparser is not installed");
        const BundleContent content = hostile ? hostileBundle() : plainBundle();
        const QJsonObject result = feedparser(python, atom ? BundleFeeds::atom(content, {}) : BundleFeeds::rss(content, {}));
        QVERIFY2(!result.isEmpty(), "feedparser gave no answer");
        QVERIFY2(result.value(QStringLiteral("bozo")).toInt() == 0,
                 qPrintable(result.value(QStringLiteral("exception")).toString()));
        QCOMPARE(result.value(QStringLiteral("version")).toString(), atom ? QStringLiteral("atom10") : QStringLiteral("rss20"));
        const QJsonArray entries = result.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), hostile ? 2 : 4);
        if (!hostile) {
            const QJsonObject first = entries.first().toObject();
            QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Tariffs rise"));
            QCOMPARE(first.value(QStringLiteral("link")).toString(), QStringLiteral("https://news.example.com/story/1"));
            QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Ana Writer"));
            QVERIFY(first.value(QStringLiteral("content")).toString().contains(QLatin1String("Tariffs rose on Monday.")));
            QVERIFY(!first.value(QStringLiteral("tags")).toArray().isEmpty());
            QVERIFY(!first.value(QStringLiteral("published")).toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleFeeds)
#include "tst_bundlefeeds.moc"
