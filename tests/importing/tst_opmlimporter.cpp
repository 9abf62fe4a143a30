// Tests for OpmlImporter: a subscription list gives its feeds as follow-ups, never articles.

#include "importing/OpmlImporter.h"

#include <QFile>
#include <QTest>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

namespace {

ImportSource opmlSource(const QByteArray &data,
                        const QUrl &url = QUrl(u"https://lists.example/me/subs.opml"_s))
{
    ImportSource source;
    source.name = url.toString();
    source.data = data;
    source.url = url;
    source.contentType = u"text/x-opml"_s;
    return source;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/importing/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestOpmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void nestedFoldersRelativeAndIgnoredOutlines();
    void localFileListMayNameLocalFeeds();
    void relativeUrlWithoutBaseIsAnIssue();
    void emptyList();
    void notOpml();
    void noBody();
};

void TestOpmlImporter::nestedFoldersRelativeAndIgnoredOutlines()
{
    const auto result = OpmlImporter().read(opmlSource(fixture(u"subscriptions.opml"_s)));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->format, u"OPML"_s);
    QVERIFY(result->articles.isEmpty());
    // Document order through the folders; the duplicate once; the link outline and the folders
    // (no xmlUrl) ignored; feed:// turned into http://.
    const QList<QUrl> expected = {
        QUrl(u"https://gazette.example/rss.xml"_s), QUrl(u"https://lists.example/me/feeds/local.xml"_s),
        QUrl(u"https://science.example/rss"_s), QUrl(u"http://wire.example/feed.json"_s)};
    QCOMPARE(result->followUps, expected);
    QCOMPARE(result->issues,
             QStringList{u"The feed address \u201cjavascript:alert(1)\u201d was ignored: it is "
                         u"not an absolute web address."_s});
}

void TestOpmlImporter::localFileListMayNameLocalFeeds()
{
    const QByteArray opml = "<opml version=\"1.0\"><body xml:base=\"sub/\"><outline xmlUrl=\"local.rss\"/>"
                            "<outline xmlUrl=\"file:///etc/passwd\"/></body></opml>";
    const auto fromDisk = OpmlImporter().read(opmlSource(opml, QUrl::fromLocalFile(u"/home/me/subs.opml"_s)));
    QVERIFY2(fromDisk.ok(), qPrintable(fromDisk.errorString()));
    QCOMPARE(fromDisk->followUps,
             (QList<QUrl>{QUrl(u"file:///home/me/sub/local.rss"_s), QUrl(u"file:///etc/passwd"_s)}));

    // A list from the web may not point at the curator's disk.
    const auto fromWeb = OpmlImporter().read(opmlSource(opml));
    QCOMPARE(fromWeb->followUps, QList<QUrl>{QUrl(u"https://lists.example/me/sub/local.rss"_s)});
    QCOMPARE(fromWeb->issues.size(), 1);
}

void TestOpmlImporter::relativeUrlWithoutBaseIsAnIssue()
{
    const auto result =
        OpmlImporter().read(opmlSource("<opml><body><outline xmlUrl=\"feed.xml\"/></body></opml>", QUrl()));
    QVERIFY(result.ok());
    QVERIFY(result->followUps.isEmpty());
    QCOMPARE(result->issues,
             (QStringList{
                 u"The feed address \u201cfeed.xml\u201d was ignored: it is not an absolute web address."_s,
                 u"The subscription list names no feeds."_s}));
}

void TestOpmlImporter::emptyList()
{
    const auto result = OpmlImporter().read(opmlSource("<opml version=\"2.0\"><head/><body/></opml>"));
    QVERIFY(result.ok());
    QVERIFY(result->followUps.isEmpty());
    QCOMPARE(result->issues, QStringList{u"The subscription list names no feeds."_s});
}

void TestOpmlImporter::notOpml()
{
    const auto result = OpmlImporter().read(opmlSource("<rss><channel/></rss>"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorString(), u"This is not an OPML subscription list: its root element is <rss>."_s);

    const auto broken =
        OpmlImporter().read(opmlSource("<opml>\n<body>\n<outline xmlUrl=\"a\">\n</body></opml>"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.errorString().startsWith(u"The document is not well-formed XML (line 4, "_s),
             qPrintable(broken.errorString()));
}

void TestOpmlImporter::noBody()
{
    const auto result = OpmlImporter().read(opmlSource("<opml version=\"2.0\"><head/></opml>"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorString(), u"The OPML subscription list has no <body>."_s);
}

QTEST_GUILESS_MAIN(TestOpmlImporter)
#include "tst_opmlimporter.moc"
