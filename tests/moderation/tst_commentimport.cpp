// What is particular to each comment format and to the import itself: CSV syntax, the YouTube Spam
// Collection, JSON shapes, sniffing, limits, duplicates, reply circles and article matching. What every
// format shares is in CommentFormatTest.

#include "CommentFixtures.h"
#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/CommentFormats.h"
#include "moderation/CommentImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Newsdesk {

using namespace Testing;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString allIssues(const QStringList &issues)
{
    return issues.join(QLatin1Char('\n'));
}

} // namespace

class TestCommentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvSyntax();
    void csvSemicolonsAndBareLineFeeds();
    void csvUnknownColumns();
    void csvWrongFieldCount();
    void csvWithoutArticleNeedsOne();
    void csvArticleIds();
    void youTubeCollection();
    void youTubeLabelsAsStatus();
    void jsonShapes();
    void jsonWrongShapes_data();
    void jsonWrongShapes();
    void sniffing_data();
    void sniffing();
    void forcedFormat();
    void refusesOversizedFile();
    void refusesEmptyAndBinaryFiles();
    void duplicatesInOneFile();
    void replyCircleIsBroken();
    void matchesArticleByGuidAndSlash();
    void commentWithoutIdIsRecognisedAgain();
    void reportsBadDates();

private:
    Result<CommentImportReport> import(const QByteArray &data, const CommentImportOptions &options = {});

    std::unique_ptr<TestLibrary> m_library;
};

void TestCommentImport::init()
{
    m_library = std::make_unique<TestLibrary>();
    Article harbour;
    harbour.url = HarbourUrl;
    harbour.title = QStringLiteral("Harbour plan");
    Article rail;
    rail.url = RailUrl;
    rail.title = QStringLiteral("Rail strike");
    rail.guid = QStringLiteral("https://news.example/?p=13");
    QVERIFY((*m_library)->articles().insert({harbour, rail}));
}

void TestCommentImport::cleanup()
{
    m_library.reset();
}

Result<CommentImportReport> TestCommentImport::import(const QByteArray &data,
                                                      const CommentImportOptions &options)
{
    return CommentImport(**m_library).importData(data, QStringLiteral("test-input"), options);
}

void TestCommentImport::csvSyntax()
{
    // BOM, CRLF, columns in another order, quoted delimiters, doubled quotes, a quoted line break, an
    // empty last field and a blank line.
    const QByteArray csv =
        "\xEF\xBB\xBFtext,author,id,article_url,status,posted_at\r\n"
        "\"Hello, \"\"world\"\"\r\nsecond line\",\"Smith, Jo\",1,https://news.example/2024/"
        "05/harbour-plan,APPROVED,2024-05-02T08:15:00+02:00\r\n"
        "\r\n"
        "Plain,Al,2,https://news.example/2024/05/harbour-plan,,\r\n";
    const auto file = CommentImport::read(csv, QStringLiteral("x.csv"));
    QVERIFY2(file, qPrintable(file.errorString()));
    QCOMPARE(file->comments.size(), 2);
    const ReadComment &first = file->comments.at(0);
    QCOMPARE(first.comment.externalId, QStringLiteral("csv:1"));
    QCOMPARE(first.comment.author, QStringLiteral("Smith, Jo"));
    QCOMPARE(first.comment.bodyText, QStringLiteral("Hello, \"world\"\nsecond line"));
    QCOMPARE(first.comment.body, QStringLiteral("<p>Hello, &quot;world&quot;<br>second line</p>"));
    QCOMPARE(first.comment.status, CommentStatus::Approved);
    QCOMPARE(first.comment.postedAt, QDateTime(QDate(2024, 5, 2), QTime(6, 15), Qt::UTC));
    QCOMPARE(first.article.url, HarbourUrl);
    const ReadComment &second = file->comments.at(1);
    QCOMPARE(second.comment.status, CommentStatus::Pending);
    QVERIFY(!second.comment.postedAt.isValid());
    QVERIFY2(file->issues.isEmpty(), qPrintable(allIssues(file->issues)));
}

void TestCommentImport::csvSemicolonsAndBareLineFeeds()
{
    const QByteArray csv = "article_url;text;author\n"
                           "https://news.example/2024/05/rail-strike;\"One; two\";Mo\n"
                           "https://news.example/2024/05/rail-strike;Three;Li"; // no final line break
    const auto report = import(csv);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 2);
    const auto comments = (*m_library)->comments().ofArticle(2);
    QVERIFY(comments);
    QStringList texts;
    for (const Comment &comment : *comments)
        texts << comment.bodyText;
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("One; two"), QStringLiteral("Three")}));
}

void TestCommentImport::csvUnknownColumns()
{
    const auto file = CommentImport::read(readBytes(QStringLiteral(TEST_DATA_DIR "/comments/sample.csv")),
                                          QStringLiteral("sample.csv"));
    QVERIFY2(file, qPrintable(file.errorString()));
    QVERIFY2(allIssues(file->issues).contains(QLatin1String("likes")), qPrintable(allIssues(file->issues)));
}

void TestCommentImport::csvWrongFieldCount()
{
    const QByteArray csv = "article_url,text\n"
                           "https://news.example/2024/05/rail-strike,Fine\n"
                           "https://news.example/2024/05/rail-strike,Too,many\n";
    const auto report = import(csv);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->skippedCount(), 1);
    QVERIFY2(allIssues(report->issues).contains(QLatin1String("Line 3")),
             qPrintable(allIssues(report->issues)));
}

void TestCommentImport::csvWithoutArticleNeedsOne()
{
    const QByteArray csv = "id,author,text\n1,Al,No article named\n";
    const auto refused = import(csv);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("--article")), qPrintable(refused.errorString()));
    QCOMPARE((*m_library)->comments().count().value(), 0);

    CommentImportOptions options;
    options.articleId = 2;
    const auto report = import(csv, options);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    QCOMPARE((*m_library)->comments().ofArticle(2)->size(), 1);
}

void TestCommentImport::csvArticleIds()
{
    const QByteArray csv = "article_id,id,text\n1,a,On one\n99,b,On a missing one\nx,c,Not an id\n";
    const auto report = import(csv);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->skippedCount(), 2);
    const QString issues = allIssues(report->issues);
    QVERIFY2(issues.contains(QLatin1String("no article 99")), qPrintable(issues));
    QVERIFY2(issues.contains(QStringLiteral("“x”")), qPrintable(issues));
}

void TestCommentImport::youTubeCollection()
{
    const QByteArray data = readBytes(QStringLiteral(TEST_DATA_DIR "/comments/youtube.csv"));
    QCOMPARE(CommentFormats::detect(data, QStringLiteral("Youtube01.csv"))->key(), QStringLiteral("csv"));
    const auto refused = import(data);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("YouTube")) &&
                 refused.errorString().contains(QLatin1String("--article")),
             qPrintable(refused.errorString()));

    CommentImportOptions options;
    options.articleId = 1;
    const auto report = import(data, options);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 4);
    QVERIFY2(allIssues(report->issues).contains(QLatin1String("CLASS")),
             qPrintable(allIssues(report->issues)));
    const auto comments = (*m_library)->comments().ofArticle(1);
    QVERIFY(comments);
    for (const Comment &comment : *comments) {
        QCOMPARE(comment.status, CommentStatus::Pending); // a label is no decision
        QVERIFY(comment.externalId.startsWith(QLatin1String("youtube:Ug8x")));
        QVERIFY2(!comment.body.contains(QLatin1String("<script")), qPrintable(comment.body));
    }
    const Comment promo = (*m_library)
                              ->comments()
                              .find((*m_library)
                                        ->comments()
                                        .findExternal(1, QStringLiteral("youtube:Ug8xQm2zT0aBcDeFgHiJ-2"))
                                        .value())
                              .value();
    QCOMPARE(promo.author, QStringLiteral("Promo Bot"));
    QVERIFY2(promo.bodyText.contains(QLatin1String("Check out my channel\nhttp://video.example/promo")),
             qPrintable(promo.bodyText));
    const Comment late = (*m_library)
                             ->comments()
                             .find((*m_library)
                                       ->comments()
                                       .findExternal(1, QStringLiteral("youtube:Ug8xQm2zT0aBcDeFgHiJ-3"))
                                       .value())
                             .value();
    // Microseconds are read; the library keeps whole seconds.
    QCOMPARE(late.postedAt, QDateTime(QDate(2015, 5, 28), QTime(21, 39, 52), Qt::UTC));
    const Comment gift = (*m_library)
                             ->comments()
                             .find((*m_library)
                                       ->comments()
                                       .findExternal(1, QStringLiteral("youtube:Ug8xQm2zT0aBcDeFgHiJ-4"))
                                       .value())
                             .value();
    QCOMPARE(gift.bodyText, QStringLiteral("Subscribe & win a phone!!!"));
    QVERIFY(!gift.postedAt.isValid());
}

void TestCommentImport::youTubeLabelsAsStatus()
{
    CommentImportOptions options;
    options.articleId = 1;
    options.labelsAsStatus = true;
    const auto report = import(readBytes(QStringLiteral(TEST_DATA_DIR "/comments/youtube.csv")), options);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 4);
    const auto counts = (*m_library)->comments().countsByStatus();
    QVERIFY(counts);
    QCOMPARE(counts->value(CommentStatus::Spam), 2);
    QCOMPARE(counts->value(CommentStatus::Approved), 2);
}

void TestCommentImport::jsonShapes()
{
    const QByteArray array = R"([{"id": 7, "article_id": 1, "text": "Array", "posted_at": 1714645800},
                                 {"id": "8", "parent_id": 7, "article_url": "https://news.example/2024/05/harbour-plan",
                                  "html": "<p>Object <b>bold</b></p>", "status": "spam"}])";
    const auto report = import(array);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 2);
    const auto seven = (*m_library)->comments().findExternal(1, QStringLiteral("json:7"));
    const auto eight = (*m_library)->comments().findExternal(1, QStringLiteral("json:8"));
    QVERIFY(seven && eight);
    const Comment reply = (*m_library)->comments().find(*eight).value();
    QCOMPARE(reply.parentId, *seven);
    QCOMPARE(reply.body, QStringLiteral("<p>Object <b>bold</b></p>"));
    QCOMPARE(reply.status, CommentStatus::Spam);
    QCOMPARE((*m_library)->comments().find(*seven)->postedAt,
             QDateTime(QDate(2024, 5, 2), QTime(10, 30), Qt::UTC));

    const QByteArray object = R"({"comments": [{"id": 9, "article_id": 2, "text": "Wrapped"}, 5]})";
    const auto wrapped = import(object);
    QVERIFY2(wrapped, qPrintable(wrapped.errorString()));
    QCOMPARE(wrapped->added, 1);
    QCOMPARE(wrapped->skippedCount(), 1); // the 5
}

void TestCommentImport::jsonWrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unclosed") << QByteArray("[1, 2");
    QTest::newRow("comments not a list") << QByteArray(R"({"comments": 5})");
    QTest::newRow("trailing comma") << QByteArray(R"([{"id": 1, "article_id": 1, "text": "x"},])");
    QTest::newRow("string") << QByteArray(R"({"comments": "none"})");
}

void TestCommentImport::jsonWrongShapes()
{
    QFETCH(QByteArray, json);
    CommentImportOptions options;
    options.format = QStringLiteral("json");
    const auto report = import(json, options);
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(QLatin1String("test-input")), qPrintable(report.errorString()));
    QCOMPARE((*m_library)->comments().count().value(), 0);
}

void TestCommentImport::sniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format"); // empty: none
    QTest::newRow("wxr named .txt") << writeWxr(manyComments(1)) << QStringLiteral("a.txt")
                                    << QStringLiteral("wxr");
    QTest::newRow("disqus named .csv")
        << writeDisqus(manyComments(1)) << QStringLiteral("a.csv") << QStringLiteral("disqus");
    QTest::newRow("json named .xml") << writeJson(manyComments(1)) << QStringLiteral("a.xml")
                                     << QStringLiteral("json");
    QTest::newRow("csv named .json") << writeCsv(manyComments(1)) << QStringLiteral("a.json")
                                     << QStringLiteral("csv");
    QTest::newRow("json after whitespace and BOM")
        << QByteArray("\xEF\xBB\xBF \n [ ]") << QString() << QStringLiteral("json");
    QTest::newRow("plain rss") << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>")
                               << QStringLiteral("feed.xml") << QString();
    QTest::newRow("html") << QByteArray("<!doctype html><html><body>Hi</body></html>")
                          << QStringLiteral("a.html") << QString();
    QTest::newRow("csv of something else")
        << QByteArray("name,price\nApple,3\n") << QStringLiteral("a.csv") << QString();
    QTest::newRow("prose") << QByteArray("Just some text about text.\n") << QStringLiteral("a.csv")
                           << QString();
}

void TestCommentImport::sniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, format);
    const CommentReader *reader = CommentFormats::detect(data, name);
    QCOMPARE(reader ? reader->key() : QString(), format);
    if (format.isEmpty()) {
        const auto report = import(data);
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains(QLatin1String("not a comment file")),
                 qPrintable(report.errorString()));
    }
}

void TestCommentImport::forcedFormat()
{
    CommentImportOptions options;
    options.format = QStringLiteral("csv");
    const auto wrong = import(writeJson(manyComments(2)), options);
    QVERIFY(!wrong);
    QVERIFY2(wrong.errorString().contains(QLatin1String("CSV")), qPrintable(wrong.errorString()));
    options.format = QStringLiteral("xml");
    const auto unknown = import(writeJson(manyComments(2)), options);
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorString().contains(QLatin1String("wxr")), qPrintable(unknown.errorString()));
}

void TestCommentImport::refusesOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("article_id,text\n1,hello\n");
    // Sparse: takes no disk space, but says it is one byte too large.
    QVERIFY(file.resize(CommentImport::MaxFileBytes + 1));
    file.close();
    const auto report = CommentImport(**m_library).importFile(path);
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(QLatin1String("256 MB")), qPrintable(report.errorString()));
}

void TestCommentImport::refusesEmptyAndBinaryFiles()
{
    const auto empty = import(QByteArray());
    QVERIFY(!empty);
    QVERIFY2(empty.errorString().contains(QLatin1String("empty")), qPrintable(empty.errorString()));
    CommentImportOptions options;
    options.format = QStringLiteral("csv");
    const auto binary = import(QByteArray("text\n\x00\x01\x02\x03\x00\x00\x89PNG", 16), options);
    QVERIFY(!binary);
}

void TestCommentImport::duplicatesInOneFile()
{
    QList<TestComment> comments = manyComments(2);
    comments << comments.first();
    const auto report = import(writeCsv(comments));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->skipped.value(CommentImport::tr("the same comment appears twice in the file")), 1);
}

void TestCommentImport::replyCircleIsBroken()
{
    const QByteArray csv = "article_id,id,parent_id,text\n1,a,b,One\n1,b,a,Two\n1,c,c,Itself\n";
    const auto report = import(csv);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 3);
    const auto comments = (*m_library)->comments().ofArticle(1);
    QVERIFY(comments);
    int topLevel = 0;
    for (const Comment &comment : *comments)
        topLevel += comment.parentId == 0 ? 1 : 0;
    QCOMPARE(topLevel, 2); // one of the circle, and the one answering itself
    QVERIFY2(allIssues(report->issues).contains(QLatin1String("circle")),
             qPrintable(allIssues(report->issues)));
}

void TestCommentImport::matchesArticleByGuidAndSlash()
{
    const QByteArray wxr = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.1/"><channel>
<item><link>https://old-domain.example/rail</link><guid isPermaLink="false">https://news.example/?p=13</guid>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content>By guid</wp:comment_content></wp:comment></item>
<item><link>https://news.example/2024/05/harbour-plan/</link>
<wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_content>By address, with a slash</wp:comment_content>
<wp:comment_approved>post-trashed</wp:comment_approved></wp:comment></item>
</channel></rss>)";
    const auto report = import(wxr);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 2);
    QVERIFY((*m_library)->comments().findExternal(2, QStringLiteral("wxr:1")));
    const auto trashed = (*m_library)->comments().findExternal(1, QStringLiteral("wxr:2"));
    QVERIFY(trashed);
    QCOMPARE((*m_library)->comments().find(*trashed)->status, CommentStatus::Rejected);
}

void TestCommentImport::commentWithoutIdIsRecognisedAgain()
{
    const QByteArray csv = "article_id,author,text\n1,Al,First\n1,Bo,Second\n";
    QCOMPARE(import(csv)->added, 2);
    const auto again = import(csv);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->alreadyThere, 2);
}

void TestCommentImport::reportsBadDates()
{
    const QByteArray csv =
        "article_id,posted_at,url,text\n1,yesterday,ftp://x.example/,One\n1,2024-13-45,,Two\n";
    const auto report = import(csv);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 2);
    const QString issues = allIssues(report->issues);
    QVERIFY2(issues.contains(QLatin1String("2 row(s)")) || issues.contains(QLatin1String("2 rows")),
             qPrintable(issues));
    QVERIFY2(issues.contains(QLatin1String("http(s)")), qPrintable(issues));
}

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestCommentImport)
#include "tst_commentimport.moc"
