// The one HTML formatter of the reader and the export: hostile fields escaped, nothing runnable, the
// right language and direction, dates in the curator's locale, comments by status, images as asked.
#include "TestLibrary.h"
#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "rendering/ArticleFormatter.h"
#include "tagging/TopicTagging.h"

#include <QRegularExpression>
#include <QTest>

using namespace Newsdesk;

class TestArticleFormatter : public QObject
{
    Q_OBJECT

private slots:
    void hostileFieldsAreEscaped();
    void unsafeLinksAreDropped();
    void nothingRunnable_data();
    void nothingRunnable();
    void languageAndDirection();
    void rightToLeft_data();
    void rightToLeft();
    void publishedTimeInTheCuratorsLocale();
    void commentsFilteredByStatus();
    void repliesNestUnderTheirParents();
    void contentSecurityPolicy();
    void remoteImagesOnlyWhenAllowed();
    void keptImagesServedAsAssets();
    void topicChipColoursAreChecked();
    void semanticDocument();
    void colourSchemes();
    void cjkFontStacks();
    void gathersFromTheLibrary();

private:
    static ArticleContent sample();
};

namespace {

const QString Hostile = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>\"'&");

Comment comment(qint64 id, CommentStatus status, const QString &body, qint64 parent = 0)
{
    Comment c;
    c.id = id;
    c.articleId = 7;
    c.parentId = parent;
    c.author = QStringLiteral("Reader %1").arg(id);
    c.body = body;
    c.status = status;
    c.postedAt = QDateTime(QDate(2026, 10, 3), QTime(9, 0).addSecs(int(id) * 60), Qt::UTC);
    return c;
}

// Whether the html holds a tag (case-insensitive), e.g. "script" for <script.
bool hasTag(const QString &html, const QString &name)
{
    return html.contains(QRegularExpression(QStringLiteral("<\\s*%1\\b").arg(name),
                                            QRegularExpression::CaseInsensitiveOption));
}

} // namespace

ArticleContent TestArticleFormatter::sample()
{
    ArticleContent content;
    Article &a = content.article;
    a.id = 7;
    a.url = QStringLiteral("https://ledger.example/2026/10/pact");
    a.title = QStringLiteral("Pact signed");
    a.dek = QStringLiteral("Two neighbours share intelligence.");
    a.byline = QStringLiteral("By Ilse Varga");
    a.agency = QStringLiteral("Meridian Wire");
    a.dateline = QStringLiteral("VESK, Lorvania");
    a.source = QStringLiteral("Northgate Ledger");
    a.language = QStringLiteral("en");
    a.publishedAt = QDateTime(QDate(2026, 10, 3), QTime(8, 15), Qt::UTC);
    a.imageUrl = QStringLiteral("https://ledger.example/img/pact.jpg");
    a.imageCaption = QStringLiteral("Ministers at the signing.");
    a.imageCredit = QStringLiteral("Ledger / A. Photographer");
    a.bodyHtml = QStringLiteral("<p>First paragraph.</p><p>Second paragraph.</p>");
    content.topics << TopicChip{QStringLiteral("Security"), QStringLiteral("#1f6feb")}
                   << TopicChip{QStringLiteral("Diplomacy"), QString()};
    content.otherSources << OtherSource{QStringLiteral("Coastline Daily"),
                                        QStringLiteral("Neighbours pool intelligence"),
                                        QStringLiteral("https://coastline.example/pact"), false};
    content.comments << comment(1, CommentStatus::Approved, QStringLiteral("<p>Approved words</p>"));
    return content;
}

void TestArticleFormatter::hostileFieldsAreEscaped()
{
    ArticleContent content = sample();
    Article &a = content.article;
    a.title = a.dek = a.byline = a.agency = a.dateline = a.source = Hostile;
    a.imageCaption = a.imageCredit = Hostile;
    content.topics = {TopicChip{Hostile, QString()}};
    content.otherSources = {OtherSource{Hostile, Hostile, QStringLiteral("https://x.example/"), true}};
    Comment c = comment(1, CommentStatus::Approved, Hostile);
    c.author = Hostile;
    content.comments = {c};

    const QString html = ArticleFormatter::format(content).html;
    QVERIFY(!hasTag(html, QStringLiteral("script")));
    QVERIFY(!html.contains(QLatin1String("onerror"), Qt::CaseInsensitive) ||
            !html.contains(QRegularExpression(QStringLiteral("<[^>]*onerror"))));
    QVERIFY(!html.contains(QLatin1String("<img src=x")));
    // Each text shows as text: the title in <title> and <h1>, and everywhere else.
    const QString shown = Hostile.toHtmlEscaped();
    QVERIFY(html.contains(QStringLiteral("<title>%1</title>").arg(shown)));
    QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(shown)));
    QVERIFY(html.count(shown) >= 9);
}

void TestArticleFormatter::unsafeLinksAreDropped()
{
    ArticleContent content = sample();
    Article &a = content.article;
    a.url = QStringLiteral("javascript:alert(1)");
    a.canonicalUrl = QStringLiteral(" JaVaScRiPt:alert(document.cookie)");
    a.imageUrl = QStringLiteral("javascript:alert(3)");
    a.bodyHtml =
        QStringLiteral("<p><a href=\"javascript:alert(4)\">click</a> <a href=\"java\tscript:x\">tab</a> "
                       "<a href=\"data:text/html,<script>alert(5)</script>\">data</a> "
                       "<a href=\"https://fine.example/\">fine</a></p>");
    content.otherSources = {
        OtherSource{QStringLiteral("Evil"), QString(), QStringLiteral("javascript:alert(6)"), false},
        OtherSource{QStringLiteral("Files"), QString(), QStringLiteral("file:///etc/passwd"), false}};
    Comment c = comment(1, CommentStatus::Approved, QStringLiteral("<p>hi</p>"));
    c.authorUrl = QStringLiteral("vbscript:msgbox(1)");
    content.comments = {c};

    const QString html = ArticleFormatter::format(content).html;
    QVERIFY2(!html.contains(QLatin1String("script:"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("file:"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("data:text"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://fine.example/\">fine</a>")));
    // The names stay, without a link; a lead image without a usable address is left out.
    QVERIFY(html.contains(QLatin1String("<li>Evil</li>")));
    QVERIFY(html.contains(QLatin1String("<span class=\"source\">Northgate Ledger</span>")));
    QVERIFY(!html.contains(QLatin1String("<figure class=\"lead\"")));
}

void TestArticleFormatter::nothingRunnable_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("script") << QStringLiteral("<p>a</p><script>document.title='pwned'</script>");
    QTest::newRow("uppercase script") << QStringLiteral("<SCRIPT SRC=//evil.example/x.js></SCRIPT>");
    QTest::newRow("event handler") << QStringLiteral(
        "<p onclick=\"alert(1)\">a</p><img src=x onerror=alert(1)>");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>");
    QTest::newRow("svg") << QStringLiteral("<svg onload=alert(1)><script>alert(2)</script></svg>");
    QTest::newRow("style") << QStringLiteral(
        "<style>body{background:url(https://evil.example/t.gif)}</style>");
    QTest::newRow("object") << QStringLiteral("<object data=\"x.swf\"></object><embed src=\"x\">");
    QTest::newRow("meta refresh") << QStringLiteral(
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">");
    QTest::newRow("form") << QStringLiteral("<form action=\"https://evil.example\"><input name=a></form>");
}

void TestArticleFormatter::nothingRunnable()
{
    QFETCH(QString, body);
    ArticleContent content = sample();
    content.article.bodyHtml = body;
    content.comments = {comment(1, CommentStatus::Approved, body)};
    const QString html = ArticleFormatter::format(content).html;
    for (const char *tag : {"script", "iframe", "svg", "object", "embed", "form", "input"})
        QVERIFY2(!hasTag(html, QLatin1String(tag)), tag);
    QCOMPARE(html.count(QRegularExpression(QStringLiteral("<\\s*style\\b"))), 1);    // ours, in the head
    QCOMPARE(html.count(QRegularExpression(QStringLiteral("<meta http-equiv"))), 1); // the CSP
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                              QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(!html.contains(QLatin1String("evil.example")));
}

void TestArticleFormatter::languageAndDirection()
{
    ArticleContent content = sample();
    content.article.language = QStringLiteral("ar");
    QVERIFY(ArticleFormatter::format(content).html.contains(QLatin1String("<html lang=\"ar\" dir=\"rtl\">")));
    content.article.language = QStringLiteral("en");
    QVERIFY(ArticleFormatter::format(content).html.contains(QLatin1String("<html lang=\"en\" dir=\"ltr\">")));
    content.article.language = QStringLiteral("pt_BR");
    QVERIFY(
        ArticleFormatter::format(content).html.contains(QLatin1String("<html lang=\"pt-BR\" dir=\"ltr\">")));
    // Not a language tag: no lang attribute rather than a broken one.
    content.article.language = QStringLiteral("en\" onload=\"x");
    QVERIFY(ArticleFormatter::format(content).html.contains(QLatin1String("<html dir=\"ltr\">")));

    // The page's own words carry the curator's language, so an Arabic article's English headings read
    // left to right.
    content.article.language = QStringLiteral("ar");
    ArticleFormatOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QString html = ArticleFormatter::format(content, options).html;
    QVERIFY(html.contains(QLatin1String("<h2 id=\"comments\" lang=\"en-GB\" dir=\"ltr\">Comments")));
}

void TestArticleFormatter::rightToLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("rtl");
    QTest::newRow("ar") << QStringLiteral("ar") << true;
    QTest::newRow("fa-IR") << QStringLiteral("fa-IR") << true;
    QTest::newRow("he") << QStringLiteral("he") << true;
    QTest::newRow("ur") << QStringLiteral("ur") << true;
    QTest::newRow("ku-Arab") << QStringLiteral("ku-Arab") << true;
    QTest::newRow("ks-Deva") << QStringLiteral("ks-Deva") << false;
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("ja") << QStringLiteral("ja") << false;
    QTest::newRow("zh-Hant-TW") << QStringLiteral("zh-Hant-TW") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestArticleFormatter::rightToLeft()
{
    QFETCH(QString, language);
    QFETCH(bool, rtl);
    QCOMPARE(ArticleFormatter::isRightToLeft(language), rtl);
}

void TestArticleFormatter::publishedTimeInTheCuratorsLocale()
{
    ArticleFormatOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options.timeZone = QTimeZone("Europe/London"); // summer time on 3 October
    QString html = ArticleFormatter::format(sample(), options).html;
    const QRegularExpression time(
        QStringLiteral("<time datetime=\"2026-10-03T08:15:00Z\"[^>]*>([^<]*)</time>"));
    QRegularExpressionMatch match = time.match(html);
    QVERIFY2(match.hasMatch(), qPrintable(html));
    QVERIFY(match.captured(0).contains(QLatin1String(" lang=\"en-GB\" dir=\"ltr\">")));
    QVERIFY2(match.captured(1).contains(QLatin1String("3 October 2026")), qPrintable(match.captured(1)));
    QVERIFY2(match.captured(1).contains(QLatin1String("09:15")), qPrintable(match.captured(1)));

    options.locale = QLocale(QLocale::German, QLocale::Germany);
    options.timeZone = QTimeZone("Asia/Tokyo");
    html = ArticleFormatter::format(sample(), options).html;
    match = time.match(html);
    QVERIFY(match.hasMatch());
    QVERIFY2(match.captured(1).contains(QLatin1String("3. Oktober 2026")), qPrintable(match.captured(1)));
    QVERIFY2(match.captured(1).contains(QLatin1String("17:15")), qPrintable(match.captured(1)));

    // Minutes, not seconds, even where the locale's short time has them.
    options.locale = QLocale::c();
    options.timeZone = QTimeZone(QByteArrayLiteral("UTC"));
    match = time.match(ArticleFormatter::format(sample(), options).html);
    QVERIFY(match.hasMatch());
    QVERIFY2(match.captured(1).endsWith(QLatin1String("08:15")), qPrintable(match.captured(1)));
}

void TestArticleFormatter::commentsFilteredByStatus()
{
    ArticleContent content = sample();
    content.comments = {comment(1, CommentStatus::Approved, QStringLiteral("<p>approved words</p>")),
                        comment(2, CommentStatus::Pending, QStringLiteral("<p>pending words</p>")),
                        comment(3, CommentStatus::Spam, QStringLiteral("<p>spam words</p>")),
                        comment(4, CommentStatus::Rejected, QStringLiteral("<p>rejected words</p>"))};
    ArticleFormatOptions options;
    QString html = ArticleFormatter::format(content, options).html;
    QVERIFY(html.contains(QLatin1String("approved words")));
    QVERIFY(!html.contains(QLatin1String("pending words")));
    QVERIFY(!html.contains(QLatin1String("spam words")));
    QVERIFY(!html.contains(QLatin1String("rejected words")));
    QVERIFY(html.contains(QLatin1String("<span class=\"count\">(1)</span>")));

    options.includePendingComments = true;
    html = ArticleFormatter::format(content, options).html;
    QVERIFY(html.contains(QLatin1String("approved words")));
    QVERIFY(html.contains(QLatin1String("pending words")));
    QVERIFY(html.contains(QLatin1String("<article class=\"comment pending\" id=\"comment-2\">")));
    QVERIFY(html.contains(QLatin1String(">Pending</span>")));
    QVERIFY(!html.contains(QLatin1String("spam words")));
    QVERIFY(!html.contains(QLatin1String("rejected words")));

    // No comment to show, no comments section.
    content.comments = {comment(3, CommentStatus::Spam, QStringLiteral("<p>spam words</p>"))};
    QVERIFY(!ArticleFormatter::format(content, options).html.contains(QLatin1String("class=\"comments\"")));
}

void TestArticleFormatter::repliesNestUnderTheirParents()
{
    ArticleContent content = sample();
    content.comments = {comment(1, CommentStatus::Approved, QStringLiteral("<p>root</p>")),
                        comment(2, CommentStatus::Approved, QStringLiteral("<p>reply</p>"), 1),
                        comment(3, CommentStatus::Spam, QStringLiteral("<p>spam</p>")),
                        comment(4, CommentStatus::Approved, QStringLiteral("<p>reply to spam</p>"), 3)};
    const QString html = ArticleFormatter::format(content).html;
    const qsizetype root = html.indexOf(QLatin1String("id=\"comment-1\""));
    const qsizetype reply = html.indexOf(QLatin1String("id=\"comment-2\""));
    QVERIFY(root > 0 && reply > root);
    // The reply is in a list inside the root's item.
    const QString between = html.mid(root, reply - root);
    QVERIFY(between.contains(QLatin1String("<ol>")));
    QVERIFY(!between.contains(QLatin1String("</li>")));
    // A reply to a hidden comment stands alone.
    QVERIFY(html.contains(QLatin1String("reply to spam")));

    // A thread deeper than the page nests stays whole.
    content.comments.clear();
    for (int i = 1; i <= 20; ++i)
        content.comments << comment(i, CommentStatus::Approved, QStringLiteral("<p>level %1</p>").arg(i),
                                    i - 1);
    const QString deep = ArticleFormatter::format(content).html;
    for (int i = 1; i <= 20; ++i)
        QVERIFY(deep.contains(QStringLiteral("level %1<").arg(i)));
    QCOMPARE(deep.count(QLatin1String("<ol>")), deep.count(QLatin1String("</ol>")));
    QVERIFY(deep.count(QLatin1String("<ol>")) <= 6);
}

void TestArticleFormatter::contentSecurityPolicy()
{
    ArticleFormatOptions options;
    QString html = ArticleFormatter::format(sample(), options).html;
    const QString csp = ArticleFormatter::contentSecurityPolicy(false);
    QVERIFY(csp.startsWith(QLatin1String("default-src 'none'; img-src newsdesk-asset: data:;")));
    QVERIFY(csp.contains(QLatin1String("style-src 'unsafe-inline'")));
    QVERIFY(!csp.contains(QLatin1String("script-src")));
    QVERIFY(!csp.contains(QLatin1String("http")));
    QVERIFY(html.contains(QStringLiteral("content=\"%1\"").arg(csp.toHtmlEscaped())));
    // Before anything that could load.
    QVERIFY(html.indexOf(QLatin1String("Content-Security-Policy")) < html.indexOf(QLatin1String("<style>")));

    options.allowRemoteImages = true;
    html = ArticleFormatter::format(sample(), options).html;
    QVERIFY(ArticleFormatter::contentSecurityPolicy(true).contains(
        QLatin1String("img-src newsdesk-asset: data: http: https:;")));
    QVERIFY(html.contains(ArticleFormatter::contentSecurityPolicy(true).toHtmlEscaped()));
}

void TestArticleFormatter::remoteImagesOnlyWhenAllowed()
{
    ArticleContent content = sample();
    content.article.bodyHtml =
        QStringLiteral("<p>Text</p><figure><img src=\"http://images.example/a.png\" alt=\"A chart\"></figure>"
                       "<p><img src=\"https://images.example/b.png?x=1&amp;y=2\"></p>");
    ArticleFormatOptions options;
    FormattedArticle formatted = ArticleFormatter::format(content, options);
    QCOMPARE(formatted.blockedRemoteImages, 3); // the lead image and two in the body
    QVERIFY(!formatted.html.contains(QLatin1String("images.example/")));
    QVERIFY(!formatted.html.contains(QLatin1String("ledger.example/img")));
    QVERIFY(formatted.html.contains(QLatin1String("aria-label=\"A chart\"")));
    QVERIFY(formatted.html.contains(QLatin1String("Image from images.example not loaded")));
    QCOMPARE(formatted.html.count(QLatin1String("class=\"image-blocked\"")), 3);

    options.allowRemoteImages = true;
    formatted = ArticleFormatter::format(content, options);
    QCOMPARE(formatted.blockedRemoteImages, 0);
    QVERIFY(formatted.html.contains(QLatin1String("src=\"http://images.example/a.png\"")));
    QVERIFY(formatted.html.contains(QLatin1String("src=\"https://images.example/b.png?x=1&amp;y=2\"")));
    QVERIFY(formatted.html.contains(QLatin1String("src=\"https://ledger.example/img/pact.jpg\"")));
}

void TestArticleFormatter::keptImagesServedAsAssets()
{
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    const QString dataUrl = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    ArticleContent content = sample();
    content.article.imageUrl = dataUrl;
    content.article.bodyHtml =
        QStringLiteral("<p><img src=\"%1\" alt=\"map\"></p><p><img src=\"%1\"></p>").arg(dataUrl);

    ArticleFormatOptions options;
    options.embeddedImages = EmbeddedImages::AssetScheme;
    FormattedArticle formatted = ArticleFormatter::format(content, options);
    QCOMPARE(formatted.images.size(), 1); // the same picture three times is served once
    QCOMPARE(formatted.images.first().mimeType, QByteArray("image/png"));
    QCOMPARE(formatted.images.first().data, png);
    QCOMPARE(formatted.blockedRemoteImages, 0);
    QVERIFY(!formatted.html.contains(QLatin1String("data:image")));
    QCOMPARE(formatted.html.count(QLatin1String("src=\"newsdesk-asset://article/7/image/0\"")), 3);
    QCOMPARE(ArticleFormatter::imageUrl(7, 0).toString(),
             QStringLiteral("newsdesk-asset://article/7/image/0"));

    // The export keeps them in the file.
    options.embeddedImages = EmbeddedImages::Inline;
    formatted = ArticleFormatter::format(content, options);
    QVERIFY(formatted.images.isEmpty());
    QCOMPARE(formatted.html.count(dataUrl), 3);
}

void TestArticleFormatter::topicChipColoursAreChecked()
{
    ArticleContent content = sample();
    content.topics = {
        TopicChip{QStringLiteral("Dark"), QStringLiteral("#102030")},
        TopicChip{QStringLiteral("Light"), QStringLiteral("#F0E0D0")},
        TopicChip{QStringLiteral("Sneaky"), QStringLiteral("red; background: url(https://t.example/)")}};
    const QString html = ArticleFormatter::format(content).html;
    QVERIFY(html.contains(
        QLatin1String("<li class=\"chip\" style=\"background: #102030; color: #ffffff\">Dark</li>")));
    QVERIFY(html.contains(
        QLatin1String("<li class=\"chip\" style=\"background: #f0e0d0; color: #000000\">Light</li>")));
    QVERIFY(html.contains(QLatin1String("<li class=\"chip\">Sneaky</li>")));
    QVERIFY(!html.contains(QLatin1String("t.example")));
}

void TestArticleFormatter::semanticDocument()
{
    const QString html = ArticleFormatter::format(sample()).html;
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("<meta name=\"referrer\" content=\"no-referrer\">")));
    for (const char *part :
         {"<article>", "<header>", "<h1>Pact signed</h1>",
          "<p class=\"dek\">Two neighbours share intelligence.</p>",
          "<address class=\"byline\">By Ilse Varga", "<span class=\"agency\">Meridian Wire</span>",
          "<span class=\"dateline\">VESK, Lorvania</span>",
          "<a class=\"source\" href=\"https://ledger.example/2026/10/pact\">Northgate Ledger</a>",
          "<figure class=\"lead\">",
          "<figcaption>Ministers at the signing.<small class=\"credit\">Ledger / A. "
          "Photographer</small></figcaption>",
          "<div class=\"body\">", "<p>First paragraph.</p>", "<ul class=\"topics\"",
          "<nav class=\"other-sources\"", "<a href=\"https://coastline.example/pact\">Coastline Daily</a>",
          "<section class=\"comments\"", "Approved words", "</html>"})
        QVERIFY2(html.contains(QLatin1String(part)), part);
    // Tags the formatter opens, it closes.
    for (const char *tag : {"article", "header", "figure", "nav", "section", "ul", "ol", "li", "div", "p"}) {
        const qsizetype open =
            html.count(QRegularExpression(QStringLiteral("<%1[ >]").arg(QLatin1String(tag))));
        const qsizetype close = html.count(QStringLiteral("</%1>").arg(QLatin1String(tag)));
        QVERIFY2(open == close, tag);
    }
}

void TestArticleFormatter::colourSchemes()
{
    ArticleFormatOptions options;
    options.colorScheme = ColorScheme::Auto;
    QString html = ArticleFormatter::format(sample(), options).html;
    QVERIFY(html.contains(QLatin1String("@media (prefers-color-scheme: dark)")));
    QVERIFY(html.contains(QLatin1String("<meta name=\"color-scheme\" content=\"light dark\">")));
    QVERIFY(html.contains(QLatin1String("@media print")));

    options.colorScheme = ColorScheme::Dark;
    html = ArticleFormatter::format(sample(), options).html;
    QVERIFY(!html.contains(QLatin1String("prefers-color-scheme")));
    QVERIFY(
        html.contains(QStringLiteral("--bg: %1").arg(ArticleFormatter::backgroundColor(ColorScheme::Dark))));
    QVERIFY(html.contains(QLatin1String("<meta name=\"color-scheme\" content=\"dark\">")));

    options.colorScheme = ColorScheme::Light;
    html = ArticleFormatter::format(sample(), options).html;
    QVERIFY(!html.contains(QLatin1String("prefers-color-scheme")));
    QVERIFY(
        html.contains(QStringLiteral("--bg: %1").arg(ArticleFormatter::backgroundColor(ColorScheme::Light))));
}

void TestArticleFormatter::cjkFontStacks()
{
    const QString html = ArticleFormatter::format(sample()).html;
    QVERIFY(html.contains(QLatin1String(":lang(ja) { font-family: \"Noto Sans CJK JP\"")));
    QVERIFY(html.contains(QLatin1String(":lang(ko) { font-family: \"Noto Sans CJK KR\"")));
    QVERIFY(html.contains(QLatin1String(":lang(zh) { font-family: \"Noto Sans CJK SC\"")));
}

void TestArticleFormatter::gathersFromTheLibrary()
{
    Testing::TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok()); // the samples come tagged with the default topics
    QVERIFY(SampleLibrary::load(*library).ok());
    const auto rows = library->articles().page(ArticleQuery{}, std::nullopt, 100);
    QVERIFY(rows.ok());
    const auto row = std::find_if(rows->cbegin(), rows->cend(), [](const ArticleRow &r) {
        return r.title ==
               QLatin1String("Eastmarch and Lorvania sign intelligence-sharing pact amid smuggling fears");
    });
    QVERIFY(row != rows->cend());
    const auto content = ArticleContent::load(*library, row->id);
    QVERIFY(content.ok());
    QVERIFY(!content->topics.isEmpty());
    QVERIFY(!content->comments.isEmpty());
    const auto coastline =
        std::find_if(content->otherSources.cbegin(), content->otherSources.cend(),
                     [](const OtherSource &s) { return s.source == QLatin1String("Coastline Daily"); });
    QVERIFY(coastline != content->otherSources.cend());
    const QString html = ArticleFormatter::format(*content).html;
    QVERIFY(html.contains(QLatin1String("Eastmarch and Lorvania sign intelligence-sharing pact")));
    QVERIFY(html.contains(QLatin1String("Coastline Daily")));

    QCOMPARE(ArticleContent::load(*library, 999999).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestArticleFormatter)
#include "tst_articleformatter.moc"
