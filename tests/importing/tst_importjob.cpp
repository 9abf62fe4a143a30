#include "LocalHttpServer.h"
#include "TestLibrary.h"
#include "importing/ImportJob.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/StoryRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

// A fictional wire story, and the same story as another site ran it: another headline, an extra
// paragraph of its own, the last paragraph cut.
const QStringList WireParagraphs{
    QStringLiteral(
        "VESK, Lorvania (Meridian Wire) – Eastmarch and Lorvania signed a five-year intelligence-sharing "
        "agreement on Friday, committing their security services to exchange information on smuggling "
        "networks and threats to shared port infrastructure, officials said."),
    QStringLiteral(
        "The deal, negotiated over eighteen months, creates a joint analysis cell in the border town of "
        "Harrow Gate and obliges both sides to share intercepted shipping manifests within 48 hours."),
    QStringLiteral(
        "“This is the most significant security cooperation between our countries in a generation,” "
        "Eastmarch Interior Minister Halden Roe told reporters after the signing ceremony."),
    QStringLiteral(
        "Critics in the Lorvanian parliament said the agreement lacked oversight and warned that data on "
        "ordinary travellers could be swept up by the new cell without a court order."),
    QStringLiteral(
        "The two governments said an independent reviewer would report to both parliaments once a year, "
        "and that the first review would be published before the end of next summer."),
    QStringLiteral("Reporting by Anna Voss; Editing by Tomas Brennick")};

QString page(const QString &title, const QString &site, const QStringList &paragraphs,
             const QString &extra = {})
{
    QString body;
    for (const QString &paragraph : paragraphs)
        body += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    return QStringLiteral(
               "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 | %2</title>"
               "<meta property=\"og:site_name\" content=\"%2\"></head><body><nav><a href=\"/\">Home</a> "
               "<a href=\"/world\">World</a></nav><article><h1>%1</h1>%3%4</article>"
               "<div id=\"comments\"><ol class=\"comment-list\"><li class=\"comment\"><div "
               "class=\"comment-author\">"
               "<b class=\"fn\">Reader One</b> says:</div><div class=\"comment-content\"><p>Long overdue.</p>"
               "</div><ol class=\"children\"><li class=\"comment\"><div class=\"comment-author\"><b "
               "class=\"fn\">"
               "Reader Two</b></div><div class=\"comment-content\"><p>Not so "
               "sure.</p></div></li></ol></li></ol>"
               "<h3>Leave a Reply</h3><form><textarea></textarea></form></div></body></html>")
        .arg(title, site, body, extra);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importsAFolderWithDuplicatesAndCopies();
    void badInputIsReportedAndTheRestGoesOn();
    void cancelStopsBetweenInputs();
    void runsInTheBackground();
    void emptyKeysNeverMatch();
    void opmlListThenEachFeedOverHttp();
};

void TestImportJob::importsAFolderWithDuplicatesAndCopies()
{
    TestLibrary library;
    QTemporaryDir pages;
    const QString first = pages.filePath(QStringLiteral("ledger.html"));
    QVERIFY(writeFile(first, page(QStringLiteral("Eastmarch and Lorvania sign intelligence-sharing pact"),
                                  QStringLiteral("The Northgate Ledger"), WireParagraphs)
                                 .toUtf8()));
    QVERIFY(QFile::copy(first, pages.filePath(QStringLiteral("same-again.htm"))));
    QStringList copyParagraphs = WireParagraphs.mid(0, 5);
    copyParagraphs.insert(
        1, QStringLiteral("Coastline Daily has covered the talks since they began last spring."));
    QVERIFY(QDir(pages.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(writeFile(pages.filePath(QStringLiteral("sub/coastline.html")),
                      page(QStringLiteral("Eastmarch, Lorvania agree to pool intelligence"),
                           QStringLiteral("Coastline Daily"), copyParagraphs)
                          .toUtf8()));

    ImportJob job(library.path(), {ImportInput::file(pages.path())});
    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy written(&job, &ImportJob::articlesWritten);
    const ImportReport report = job.run();
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.articlesImported, 2);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.copies, 1);
    QCOMPARE(report.failed, 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QVERIFY(!written.isEmpty());

    ArticleQuery all;
    all.sort = ArticleSortKey::Title;
    all.order = Qt::AscendingOrder;
    const auto rows = library->articles().page(all, std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    // "Eastmarch and…" sorts before "Eastmarch, …" (a space before a comma).
    const qint64 ledger = rows->at(0).id;
    const qint64 coastline = rows->at(1).id;
    QCOMPARE(rows->at(0).source, QStringLiteral("The Northgate Ledger"));
    QCOMPARE(rows->at(1).source, QStringLiteral("Coastline Daily"));
    const auto article = library->articles().find(ledger);
    QCOMPARE(article->dateline, QStringLiteral("VESK, Lorvania"));
    QCOMPARE(article->agency, QStringLiteral("Meridian Wire"));
    QVERIFY(!article->bodyText.contains(QLatin1String("Home")));
    QVERIFY(!article->bodyText.contains(QLatin1String("Leave a Reply")));
    QVERIFY(!article->bodyText.contains(QLatin1String("Long overdue")));

    // The comments came along as pending comments, threaded, never in the body.
    QCOMPARE(library->comments().count(CommentStatus::Pending).value(), 4);
    QCOMPARE(rows->at(0).commentCount, 2); // the duplicate brought none of its own
    QCOMPARE(rows->at(1).commentCount, 2);

    // The second site's copy is linked to the first, shown as "also published by".
    const auto copies = library->stories().relatedCopies(ledger);
    QVERIFY(copies.ok());
    QCOMPARE(copies->size(), 1);
    QCOMPARE(copies->first().copyId, coastline);
    QCOMPARE(copies->first().source, QStringLiteral("Coastline Daily"));
    const auto fromCopy = library->stories().relatedCopies(coastline);
    QCOMPARE(fromCopy->first().articleId, ledger);

    // Importing again changes nothing, and never touches the curator's work.
    QVERIFY(library->articles().setField(ledger, ArticleField::Note, QStringLiteral("Lead story")).ok());
    ImportJob again(library.path(), {ImportInput::file(pages.path())});
    const ImportReport second = again.run();
    QCOMPARE(second.articlesImported, 0);
    QCOMPARE(second.duplicates, 3);
    QCOMPARE(library->articles().find(ledger)->note, QStringLiteral("Lead story"));
    QCOMPARE(library->articles().count({}).value(), 2);
}

void TestImportJob::badInputIsReportedAndTheRestGoesOn()
{
    TestLibrary library;
    QTemporaryDir pages;
    QVERIFY(writeFile(pages.filePath(QStringLiteral("good.html")),
                      page(QStringLiteral("A good page about the harbour"), QStringLiteral("Harbour Gazette"),
                           WireParagraphs)
                          .toUtf8()));
    QVERIFY(writeFile(pages.filePath(QStringLiteral("empty.html")), {}));
    QByteArray binary(4096, '\0');
    binary.replace(0, 8, "\x89PNG\r\n\x1a\n");
    QVERIFY(writeFile(pages.filePath(QStringLiteral("picture.html")), binary));
    {
        // A 200 MB file is refused by its size, before it is read.
        QFile huge(pages.filePath(QStringLiteral("huge.html")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200LL * 1024 * 1024));
    }
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "Deep text at the bottom of a hundred thousand divs.</body></html>";
    QVERIFY(writeFile(pages.filePath(QStringLiteral("deep.html")), deep));
    QVERIFY(writeFile(pages.filePath(QStringLiteral("broken.txt")),
                      QByteArray("\xff\xfe\xfa invalid \xc3\x28 bytes only")));
    QVERIFY(writeFile(
        pages.filePath(QStringLiteral("bomb.xml")),
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 "
        "\"&lol2;&lol2;&lol2;&lol2;&lol2;"
        "&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 "
        "\"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"
        "&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY "
        "lol6 "
        "\"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY lol7 \"&lol6;&lol6;&lol6;"
        "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 "
        "\"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"
        "&lol7;&lol7;&lol7;\"><!ENTITY lol9 "
        "\"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
        "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>"));

    ImportJob job(library.path(), {ImportInput::file(pages.path()),
                                   ImportInput::file(pages.filePath(QStringLiteral("missing.html")))});
    const ImportReport report = job.run();
    QHash<QString, ImportReportEntry> byName;
    for (const ImportReportEntry &entry : report.entries)
        byName.insert(QFileInfo(entry.input).fileName(), entry);
    QCOMPARE(byName.value(QStringLiteral("good.html")).outcome, ImportReportEntry::Outcome::Imported);
    for (const char *name : {"empty.html", "picture.html", "huge.html", "bomb.xml", "missing.html"}) {
        const ImportReportEntry entry = byName.value(QString::fromLatin1(name));
        QVERIFY2(entry.outcome == ImportReportEntry::Outcome::Failed, name);
        QVERIFY2(!entry.message.isEmpty(), name);
    }
    QVERIFY(byName.value(QStringLiteral("huge.html")).message.contains(QLatin1String("200")));
    // Deep nesting and bad bytes are read as well as they can be, never crash.
    QVERIFY(byName.contains(QStringLiteral("deep.html")));
    QVERIFY(byName.contains(QStringLiteral("broken.txt")));
    // Nothing of a failed input landed: only the readable ones are in the library.
    int imported = 0;
    for (const ImportReportEntry &entry : report.entries)
        if (entry.outcome == ImportReportEntry::Outcome::Imported)
            imported += int(entry.items.size());
    QCOMPARE(library->articles().count({}).value(), imported);
}

void TestImportJob::cancelStopsBetweenInputs()
{
    TestLibrary library;
    QTemporaryDir pages;
    for (int i = 0; i < 200; ++i) {
        QStringList paragraphs{
            QStringLiteral("Story number %1 is about something entirely its own, with words that "
                           "no other story here shares, such as item%1 and thing%1.")
                .arg(i)};
        QVERIFY(writeFile(
            pages.filePath(QStringLiteral("page%1.html").arg(i, 3, 10, QLatin1Char('0'))),
            page(QStringLiteral("Headline number %1 for the test").arg(i), QStringLiteral("Site"), paragraphs)
                .toUtf8()));
    }
    ImportJob::Options options;
    options.batchSize = 8;
    ImportJob job(library.path(), {ImportInput::file(pages.path())}, options);
    connect(&job, &ImportJob::progress, &job, [&job](int done) {
        if (done >= 8)
            job.cancel();
    });
    const ImportReport report = job.run();
    QVERIFY(report.cancelled);
    QCOMPARE(report.entries.size(), 200); // every input is accounted for
    int cancelled = 0;
    for (const ImportReportEntry &entry : report.entries)
        cancelled += entry.outcome == ImportReportEntry::Outcome::Cancelled ? 1 : 0;
    QVERIFY2(cancelled >= 150, qPrintable(QString::number(cancelled)));
    QCOMPARE(library->articles().count({}).value(), report.articlesImported);
}

void TestImportJob::runsInTheBackground()
{
    TestLibrary library;
    QTemporaryDir pages;
    QVERIFY(writeFile(
        pages.filePath(QStringLiteral("one.html")),
        page(QStringLiteral("A page imported on a thread of its own"), QStringLiteral("Site"), WireParagraphs)
            .toUtf8()));
    ImportJob job(library.path(), {ImportInput::file(pages.path())});
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy written(&job, &ImportJob::articlesWritten);
#ifdef Q_OS_LINUX
    // The job's thread runs at a lower priority than the window's (a nice value; LowPriority alone is
    // ignored by Linux), so the event loop gets a core first.
    const int callerNice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    int jobNice = callerNice;
    connect(&job, &ImportJob::articlesWritten, &job,
            [&jobNice]() { jobNice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))); },
            Qt::DirectConnection);
#endif
    job.start();
    QVERIFY(finished.wait(20000));
#ifdef Q_OS_LINUX
    QVERIFY2(jobNice >= 10, qPrintable(QString::number(jobNice)));
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))), callerNice);
#endif
    QCOMPARE(written.count(), 1);
    const auto ids = written.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), 1);
    // This connection sees what the job's connection committed.
    QCOMPARE(library->articles().find(ids.first())->title,
             QStringLiteral("A page imported on a thread of its own"));
}

void TestImportJob::emptyKeysNeverMatch()
{
    // An article with a URL and no canonical URL, then pasted text with neither: two different stories.
    TestLibrary library;
    Article withUrl;
    withUrl.title = QStringLiteral("A story from the web");
    withUrl.url = QStringLiteral("https://news.example/story");
    withUrl.setField(ArticleField::Body, QStringLiteral("One text about the harbour strike and its end."));
    QVERIFY(library->articles().insert({withUrl}).ok());
    ImportSource pasted;
    pasted.name = QStringLiteral("pasted");
    pasted.contentType = QStringLiteral("text/plain");
    pasted.data =
        "A different story altogether\n\nAnother text, about the wind farm delayed by a cable shortage.";
    ImportJob job(library.path(), {ImportInput::data(pasted)});
    const ImportReport report = job.run();
    QCOMPARE(report.articlesImported, 1);
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(library->articles().count({}).value(), 2);
}

void TestImportJob::opmlListThenEachFeedOverHttp()
{
    TestLibrary library;
    Testing::LocalHttpServer server;
    QVERIFY(server.isListening());
    const QByteArray feed =
        R"(<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Wire</title>
        <link>https://harbour.example/</link><language>en</language>
        <item><title>Cranes go remote at Portvale</title><link>https://harbour.example/cranes</link>
        <guid>harbour-1</guid><pubDate>Fri, 18 Sep 2026 13:42:00 +0200</pubDate>
        <description>&lt;p&gt;The port authority said half its cranes would be operated remotely by 2028.&lt;/p&gt;</description></item>
        <item><title>Ferry timetable changes</title><link>https://harbour.example/ferry</link><guid>harbour-2</guid>
        <description>Winter sailings start a week early this year.</description></item></channel></rss>)";
    server.serve(QStringLiteral("/feed.xml"), {200, "application/rss+xml; charset=utf-8", feed});
    server.serve(QStringLiteral("/broken"), {500, "text/plain", "boom"});
    const QByteArray opml =
        "<?xml version='1.0'?><opml version='2.0'><head><title>Subscriptions</title></head><body>"
        "<outline text='Harbour' type='rss' xmlUrl='" +
        server.url(QStringLiteral("/feed.xml")).toEncoded() + "'/><outline text='Gone' type='rss' xmlUrl='" +
        server.url(QStringLiteral("/gone.xml")).toEncoded() + "'/></body></opml>";
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("subscriptions.opml"));
    QVERIFY(writeFile(list, opml));

    // The job runs on its own thread, so this one stays free to answer its requests.
    const auto runInBackground = [](ImportJob &job) {
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        return finished.wait(30000) ? finished.first().first().value<ImportReport>() : ImportReport();
    };
    ImportJob job(library.path(),
                  {ImportInput::file(list), ImportInput::fromUrl(server.url(QStringLiteral("/broken")))});
    const ImportReport report = runInBackground(job);
    // The list, its two feeds, and the broken address: four inputs, each accounted for.
    QCOMPARE(report.entries.size(), 4);
    QCOMPARE(report.articlesImported, 2);
    QCOMPARE(report.failed, 2);
    QStringList failures;
    for (const ImportReportEntry &entry : report.entries)
        if (entry.outcome == ImportReportEntry::Outcome::Failed)
            failures << entry.message;
    QVERIFY2(failures.join(QLatin1Char('|')).contains(QLatin1String("404")),
             qPrintable(failures.join(QLatin1Char('|'))));
    QVERIFY2(failures.join(QLatin1Char('|')).contains(QLatin1String("500")),
             qPrintable(failures.join(QLatin1Char('|'))));

    ArticleQuery byTitle;
    byTitle.search = QStringLiteral("cranes ");
    const auto rows = library->articles().page(byTitle, std::nullopt, 5);
    QCOMPARE(rows->size(), 1);
    const auto article = library->articles().find(rows->first().id);
    QCOMPARE(article->guid, QStringLiteral("harbour-1"));
    QCOMPARE(article->source, QStringLiteral("Harbour Wire"));
    QCOMPARE(article->publishedAt, QDateTime(QDate(2026, 9, 18), QTime(11, 42), Qt::UTC));

    // Reading the feed again finds its items by guid: nothing new.
    ImportJob again(library.path(), {ImportInput::fromUrl(server.url(QStringLiteral("/feed.xml")))});
    const ImportReport second = runInBackground(again);
    QCOMPARE(second.articlesImported, 0);
    QCOMPARE(second.duplicates, 2);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
