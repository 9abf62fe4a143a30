#include "importing/HtmlImporter.h"
#include "importing/ImportFormats.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;

namespace {

// The smallest valid PNG: one transparent pixel.
const QByteArray Pixel = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

QByteArray story(const QByteArray &head, const QByteArray &extraBody = {})
{
    QByteArray paragraphs;
    for (int i = 1; i <= 6; ++i)
        paragraphs += "<p>Paragraph " + QByteArray::number(i) +
                      " of the story, long enough to count as article text, with a comma, and then some more "
                      "words so that the extractor sees a real paragraph here.</p>";
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
           "</head><body><header class=\"site-header\"><a href=\"/\">Home</a></header><main><article>" +
           extraBody + paragraphs + "</article></main><footer>Copyright</footer></body></html>";
}

Result<ImportOutcome> readFile(const QString &path)
{
    auto source = ImportFormats::loadFile(path);
    if (!source)
        return source.error();
    return ImportFormats::read(*source);
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void metadataMostTrustedFirst();
    void savedPageKeepsItsImages();
    void mhtmlKeepsItsImages();
    void shiftJisPageWithoutDeclaration();
    void commentsBecomeThreads();
    void wireConventionsInPageText();
    void textAfterTheBodyEndsTheRead();
};

void TestHtmlImporter::metadataMostTrustedFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.html"));
    const QByteArray head = R"(<title>Page title | Site</title>
        <meta property="og:title" content="Open Graph title">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:image" content="/img/lead.jpg">
        <meta property="article:published_time" content="2026-01-01T00:00:00Z">
        <link rel="canonical" href="https://example.org/2026/story">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
          {"@type":"NewsArticle","headline":"The JSON-LD headline","author":[{"@type":"Person","name":"Ana Ruiz"},
          {"@type":"Person","name":"Ben Ode"}],"datePublished":"2026-09-18T13:42:00+09:00","description":"The dek.",
          "publisher":{"@type":"Organization","name":"Example News"}}]}</script>)";
    QVERIFY(write(path, story(head)));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const ExtractedArticle &extracted = outcome->articles.first();
    QCOMPARE(extracted.article.title, QStringLiteral("The JSON-LD headline"));
    QCOMPARE(extracted.article.byline, QStringLiteral("Ana Ruiz, Ben Ode"));
    QCOMPARE(extracted.article.dek, QStringLiteral("The dek."));
    QCOMPARE(extracted.siteName, QStringLiteral("Example News"));
    QCOMPARE(extracted.article.canonicalUrl, QStringLiteral("https://example.org/2026/story"));
    QCOMPARE(extracted.article.language, QStringLiteral("en"));
    // The page's own zone is kept: 13:42 in Tokyo.
    QCOMPARE(extracted.article.publishedAt.toString(Qt::ISODate),
             QStringLiteral("2026-09-18T13:42:00+09:00"));
    QCOMPARE(extracted.article.bodyText.count(QStringLiteral("Paragraph")), 6);
    QVERIFY(!extracted.article.bodyText.contains(QLatin1String("Home")));
    QVERIFY(!extracted.article.bodyText.contains(QLatin1String("Copyright")));
}

void TestHtmlImporter::savedPageKeepsItsImages()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("story_files/photo.png")), Pixel));
    QTemporaryDir elsewhere;
    QVERIFY(write(elsewhere.filePath(QStringLiteral("private.png")), Pixel));
    const QString path = dir.filePath(QStringLiteral("story.html"));
    const QByteArray escape =
        QDir(dir.path()).relativeFilePath(elsewhere.filePath(QStringLiteral("private.png"))).toUtf8();
    QVERIFY(write(
        path, story("<title>A saved page with its pictures</title>",
                    "<figure><img src=\"story_files/photo.png\" alt=\"Harbour\"><figcaption>The harbour at "
                    "dawn, with its cranes and the ferry terminal behind them.</figcaption></figure>"
                    "<p><img src=\"" +
                        escape + "\"></p>")));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const QString body = outcome->articles.first().article.bodyHtml;
    QVERIFY2(body.contains(QLatin1String("<img src=\"data:image/png;base64,") +
                           QString::fromLatin1(Pixel.toBase64())),
             qPrintable(body.left(400)));
    // Exactly one image: the one beside the page, not a file elsewhere on the disk.
    QCOMPARE(body.count(QLatin1String("<img")), 1);
    QVERIFY(!body.contains(QLatin1String("file:")));
}

void TestHtmlImporter::mhtmlKeepsItsImages()
{
    QByteArray html =
        story("<title>A page saved as one file</title>", "<p><img src=\"https://news.example/pic.png\"></p>");
    QByteArray mhtml =
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/story\r\n"
        "Subject: A page saved as one file\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
        "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: binary\r\nContent-Location: https://news.example/story\r\n\r\n" +
        html +
        "\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Location: https://news.example/pic.png\r\n\r\n" +
        Pixel.toBase64() + "\r\n------MultipartBoundary--abc--\r\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.mhtml"));
    QVERIFY(write(path, mhtml));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const Article &article = outcome->articles.first().article;
    QCOMPARE(article.title, QStringLiteral("A page saved as one file"));
    QCOMPARE(article.url, QStringLiteral("https://news.example/story"));
    QVERIFY(article.bodyHtml.contains(QLatin1String("data:image/png;base64,") +
                                      QString::fromLatin1(Pixel.toBase64())));

    // Cut in the middle of the page: nothing is imported from it.
    QVERIFY(write(path, mhtml.left(mhtml.indexOf("Paragraph 3"))));
    QVERIFY(!readFile(path).ok());
}

void TestHtmlImporter::shiftJisPageWithoutDeclaration()
{
    const QString title = QStringLiteral("港湾局がクレーン遠隔化の計画を発表、労組は説明を要求");
    QString paragraphs;
    for (int i = 0; i < 5; ++i)
        paragraphs += QStringLiteral(
            "<p>汐ヶ浦市港湾局は二日、コンテナターミナルで使われているガントリークレーンについて、"
            "二〇二八年度末までに約半数を遠隔操作式に切り替える計画を明らかにした。人手不足への"
            "対応と夜間作業の安全確保が狙いだという。</p>");
    const QString page =
        QStringLiteral("<html><head><title>%1</title></head><body><article>%2</article></body></html>")
            .arg(title, paragraphs);
    QStringEncoder encoder("Shift_JIS");
    const QByteArray bytes = encoder.encode(page);
    QVERIFY(!encoder.hasError());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sjis.html"));
    QVERIFY(write(path, bytes));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QCOMPARE(outcome->articles.first().article.title, title);
    QCOMPARE(outcome->articles.first().article.language, QStringLiteral("ja"));
    QVERIFY(outcome->articles.first().article.bodyText.contains(QStringLiteral("ガントリークレーン")));
}

void TestHtmlImporter::commentsBecomeThreads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comments.html"));
    const QByteArray comments = R"(</main><div id="comments"><h2>2 Responses</h2>
        <ol class="comment-list"><li id="comment-1" class="comment depth-1"><article class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="https://reader.example" class="url">Jo Reader</a></b>
        <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-09-19T08:00:00+00:00">September 19</time></div></footer>
        <div class="comment-content"><p>First point.</p><p>Second point.</p></div><div class="reply"><a>Reply</a></div></article>
        <ol class="children"><li id="comment-2" class="comment depth-2"><article class="comment-body"><footer class="comment-meta">
        <div class="comment-author vcard"><b class="fn">Max</b></div></footer><div class="comment-content"><p>A reply.</p></div>
        </article></li></ol></li></ol><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>)";
    QVERIFY(write(
        path, story("<title>A story with reader comments below it</title>").replace("</main>", comments)));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const ExtractedArticle &extracted = outcome->articles.first();
    QCOMPARE(extracted.comments.size(), 1);
    const ExtractedComment &comment = extracted.comments.first();
    QCOMPARE(comment.author, QStringLiteral("Jo Reader"));
    QCOMPARE(comment.authorUrl, QStringLiteral("https://reader.example"));
    QCOMPARE(comment.postedAt, QDateTime(QDate(2026, 9, 19), QTime(8, 0), Qt::UTC));
    QCOMPARE(comment.text, QStringLiteral("First point.\n\nSecond point."));
    QCOMPARE(comment.replies.size(), 1);
    QCOMPARE(comment.replies.first().author, QStringLiteral("Max"));
    QCOMPARE(comment.replies.first().text, QStringLiteral("A reply."));
    QVERIFY(!extracted.article.bodyText.contains(QLatin1String("First point")));
    QVERIFY(!extracted.article.bodyText.contains(QLatin1String("Leave a Reply")));
}

void TestHtmlImporter::wireConventionsInPageText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wire.html"));
    QByteArray page = story("<title>Ministers agree on a summit next month</title>");
    page.replace("<p>Paragraph 1", "<p>NAGOYA, Japan (Reuters) – Paragraph 1");
    page.replace("</article>", "<p>Reporting by Ana Ruiz; Editing by Ben Ode</p></article>");
    QVERIFY(write(path, page));
    const auto outcome = readFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const ExtractedArticle &extracted = outcome->articles.first();
    QCOMPARE(extracted.article.dateline, QStringLiteral("NAGOYA, Japan"));
    QCOMPARE(extracted.article.agency, QStringLiteral("Reuters"));
    QCOMPARE(extracted.article.source, QStringLiteral("Reuters"));
    QCOMPARE(extracted.credits.value(QStringLiteral("reporting")), QStringList{QStringLiteral("Ana Ruiz")});
    QCOMPARE(extracted.credits.value(QStringLiteral("editing")), QStringList{QStringLiteral("Ben Ode")});
}

// Found by fuzz_html_extractor: text after </body> made <html> the best candidate (the paragraph in the
// body is all link), the article holding it went into the body, and the tree looped for ever.
void TestHtmlImporter::textAfterTheBodyEndsTheRead()
{
    ImportSource source;
    source.name = QStringLiteral("after-body.html");
    source.url = QUrl(QStringLiteral("https://news.example/after-body.html"));
    source.contentType = QStringLiteral("text/html");
    source.data =
        "<html><body><p><a href=\"/more\">A link that is the whole paragraph, with commas, and more "
        "commas.</a></p></body><p>Text after the body.</p></html>";
    const auto outcome = HtmlImporter().read(source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const Article &article = outcome->articles.first().article;
    QVERIFY2(article.bodyText.contains(QStringLiteral("A link that is the whole paragraph")),
             qPrintable(article.bodyText));
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
