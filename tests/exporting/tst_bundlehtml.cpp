#include "ExportFixture.h"

#include "exporting/BundleExport.h"
#include "exporting/BundleHtml.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestBundleHtml : public QObject
{
    Q_OBJECT

private:
    static ExportOptions options(ExportFormat format)
    {
        ExportOptions options;
        options.format = format;
        return options;
    }

    static QString single(const BundleContent &content, const ExportOptions &options = {})
    {
        auto html = BundleHtml::single(content, options);
        if (!html)
            qWarning("%s", qPrintable(html.errorString()));
        return html ? *html : QString();
    }

    static QList<OutputFile> site(const BundleContent &content, const ExportOptions &options = {})
    {
        auto files = BundleHtml::site(content, options);
        if (!files)
            qWarning("%s", qPrintable(files.errorString()));
        return files ? *files : QList<OutputFile>();
    }

    // As the template writes an escaped value: with the apostrophe as an entity too.
    static QString escaped(const QString &text)
    {
        return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
    }

    // Options that use a template folder in dir holding one template, name.mustache.
    static ExportOptions userTemplate(const QTemporaryDir &dir, const QString &name, const QByteArray &source)
    {
        QFile file(dir.filePath(name + QLatin1String(".mustache")));
        if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
            qFatal("cannot write a test template");
        ExportOptions options;
        options.templateDirectory = dir.path();
        return options;
    }

    static QByteArray fileOf(const QList<OutputFile> &files, const QString &path)
    {
        for (const OutputFile &file : files)
            if (file.path == path)
                return file.contents;
        return {};
    }

    static QStringList jsonLdBlocks(const QString &html)
    {
        static const QRegularExpression block(QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        QStringList blocks;
        for (const QRegularExpressionMatch &match : block.globalMatch(html))
            blocks << match.captured(1);
        return blocks;
    }

    static const QStringList &visibleMarkers()
    {
        static const QStringList markers{
            QStringLiteral("marker-bundletitle"), QStringLiteral("marker-intro"),    QStringLiteral("marker-intro2"),
            QStringLiteral("marker-section"),     QStringLiteral("marker-title"),    QStringLiteral("marker-dek"),
            QStringLiteral("marker-byline"),      QStringLiteral("marker-dateline"), QStringLiteral("marker-agency"),
            QStringLiteral("marker-source"),      QStringLiteral("marker-body"),     QStringLiteral("marker-jslink"),
            QStringLiteral("marker-styled"),      QStringLiteral("marker-onclick"),  QStringLiteral("marker-blurb"),
            QStringLiteral("marker-topic"),       QStringLiteral("marker-topic2"),   QStringLiteral("marker-author"),
            QStringLiteral("marker-comment"),     QStringLiteral("marker-second"),   QStringLiteral("marker-arabic"),
            QStringLiteral("marker-safelink")};
        return markers;
    }

    static void verifyInert(const QString &what, const QByteArray &html)
    {
        const QStringList found = executableConstructs(html);
        QVERIFY2(found.isEmpty(), qPrintable(what + QLatin1String(": ") + found.join(QLatin1String(", "))));
        // The JSON-LD is data, and stays data: nothing in it can end its block.
        for (const QString &block : jsonLdBlocks(QString::fromUtf8(html))) {
            QVERIFY2(!block.contains(QLatin1Char('<')), qPrintable(what));
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(block.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(what + error.errorString()));
            QCOMPARE(json.object().value(QStringLiteral("@type")).toString(), QStringLiteral("NewsArticle"));
        }
    }

private slots:
    void hostileSingleFileIsInertAndShowsTheText()
    {
        const QString html = single(hostileBundle());
        QVERIFY(!html.isEmpty());
        verifyInert(QStringLiteral("single"), html.toUtf8());
        for (const QString &marker : visibleMarkers())
            QVERIFY2(html.contains(marker), qPrintable(marker));
        QVERIFY(!html.contains(QLatin1String("marker-pendingcomment")));
        QVERIFY(!html.contains(QLatin1String("marker-spamcomment")));
        // Shown as text, escaped.
        QVERIFY(html.contains(QLatin1String("Title &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
                || html.contains(QLatin1String("Title &lt;script&gt;document.title='pwned'&lt;/script&gt;")));
        QCOMPARE(jsonLdBlocks(html).size(), 2);
        // The hostile language tag does not become an attribute.
        QVERIFY(!html.contains(QLatin1String("onmouseover")));
    }

    void hostileSiteIsInertAndShowsTheText()
    {
        const QList<OutputFile> files = site(hostileBundle());
        QVERIFY(files.size() >= 4);
        QString all;
        for (const OutputFile &file : files) {
            QVERIFY2(!file.path.contains(QLatin1String("..")) && !file.path.startsWith(QLatin1Char('/')),
                     qPrintable(file.path));
            if (file.path.endsWith(QLatin1String(".html"))) {
                verifyInert(file.path, file.contents);
                all += QString::fromUtf8(file.contents);
            }
        }
        for (const QString &marker : visibleMarkers())
            QVERIFY2(all.contains(marker), qPrintable(marker));
        QVERIFY(!all.contains(QLatin1String("marker-pendingcomment")));
    }

    void singleFileStructure()
    {
        const QString html = single(plainBundle());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">")));
        QVERIFY(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                                  .arg(escaped(BundleHtml::contentSecurityPolicy(ExportFormat::HtmlSingle)))));
        QVERIFY(BundleHtml::contentSecurityPolicy(ExportFormat::HtmlSingle).startsWith(QLatin1String("default-src 'none'")));
        QVERIFY(html.contains(QLatin1String("<title>Trade disputes this week</title>")));
        QVERIFY(html.contains(QLatin1String("<p class=\"intro\">What moved the trade talks.</p>")));
        QVERIFY(html.contains(QLatin1String("<p class=\"intro\">Selected by the desk.</p>")));
        QVERIFY(html.contains(QLatin1String("<h2 class=\"section-heading\">Europe</h2>")));
        QVERIFY(html.contains(QLatin1String("<h3 class=\"toc-section\">Asia</h3>")));
        // Slugs: collisions numbered, Japanese and Arabic titles still named.
        for (const char *id : {"tariffs-rise", "tariffs-rise-2", "article-3", "article-4"}) {
            QVERIFY2(html.contains(QStringLiteral("<a href=\"#%1\" lang=").arg(QLatin1String(id))), id);
            QVERIFY2(html.contains(QStringLiteral("<div class=\"story\" id=\"%1\"").arg(QLatin1String(id))), id);
        }
        // lang and dir per article, time elements, the blurb, comments with ids unique on one page, the image
        // embedded, light/dark and print CSS, the source link.
        for (const char *expected : {
                 "id=\"article-3\" lang=\"ja\" dir=\"ltr\"",
                 "<a href=\"#article-4\" lang=\"ar\" dir=\"rtl\">",
                 "id=\"article-4\" lang=\"ar\" dir=\"rtl\"",
                 "<time datetime=\"2026-03-02T09:00:00Z\"",
                 "<aside class=\"blurb\"",
                 "The start of it all.",
                 "Good summary.",
                 "id=\"tariffs-rise-comment-7\"",
                 "<figure",
                 "<figcaption>The dot</figcaption>",
                 "src=\"data:image/png;base64,",
                 "prefers-color-scheme: dark",
                 "@media print",
                 "<a class=\"source\" href=\"https://news.example.com/story/1\">"})
            QVERIFY2(html.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(jsonLdBlocks(html).size(), 4);
        QVERIFY(html.contains(QLatin1String("\"headline\":\"Tariffs rise\"")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(executableConstructs(html.toUtf8()).isEmpty());
        // Ids are unique on the page.
        static const QRegularExpression idPattern(QStringLiteral(" id=\"([^\"]+)\""));
        QSet<QString> ids;
        for (const QRegularExpressionMatch &match : idPattern.globalMatch(html)) {
            QVERIFY2(!ids.contains(match.captured(1)), qPrintable(match.captured(1)));
            ids.insert(match.captured(1));
        }
    }

    void singleFileLeavesImagesOutWhenAsked()
    {
        ExportOptions options;
        options.embedImages = false;
        const QString html = single(plainBundle(), options);
        QVERIFY(!html.isEmpty());
        QVERIFY(!html.contains(QLatin1String("data:image")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(html.contains(QLatin1String("Tariffs rose on Monday.")));
    }

    void exportIsDeterministic()
    {
        QCOMPARE(single(plainBundle()), single(plainBundle()));
        const QList<OutputFile> a = site(plainBundle());
        const QList<OutputFile> b = site(plainBundle());
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).path, b.at(i).path);
            QCOMPARE(a.at(i).contents, b.at(i).contents);
        }
    }

    void siteStructure()
    {
        const QList<OutputFile> files = site(plainBundle());
        QStringList paths;
        for (const OutputFile &file : files)
            paths << file.path;
        QCOMPARE(paths.first(), QStringLiteral("index.html"));
        for (const char *path : {"tariffs-rise.html", "tariffs-rise-2.html", "article-3.html", "article-4.html",
                                 "assets/style.css"})
            QVERIFY2(paths.contains(QLatin1String(path)), path);
        // The one image both articles carry is stored once, named by its content.
        const QStringList images = paths.filter(QRegularExpression(QStringLiteral("^assets/[0-9a-f]{32}\\.png$")));
        QCOMPARE(images.size(), 1);
        QCOMPARE(fileOf(files, images.first()), QByteArray::fromBase64(pngDataUrl().section(QLatin1Char(','), 1).toLatin1()));

        const QString index = QString::fromUtf8(fileOf(files, QStringLiteral("index.html")));
        QVERIFY(index.contains(QLatin1String("<link rel=\"stylesheet\" href=\"assets/style.css\">")));
        QVERIFY(index.contains(QLatin1String("<a href=\"tariffs-rise-2.html\" lang=\"en\" dir=\"ltr\">Tariffs rise</a>")));
        QVERIFY(index.contains(QLatin1String("<h3 class=\"toc-section\">Europe</h3>")));
        QVERIFY(index.contains(escaped(BundleHtml::contentSecurityPolicy(ExportFormat::HtmlSite))));
        QVERIFY(!index.contains(QLatin1String("<style>")));

        const QString second = QString::fromUtf8(fileOf(files, QStringLiteral("tariffs-rise-2.html")));
        QVERIFY(second.contains(QStringLiteral("<title>Tariffs rise — Trade disputes this week</title>")));
        QVERIFY(second.contains(QLatin1String("<link rel=\"canonical\" href=\"https://news.example.com/story/2\">")));
        QVERIFY(second.contains(QLatin1String("<a rel=\"prev\" href=\"tariffs-rise.html\">")));
        QVERIFY(second.contains(QLatin1String("<a rel=\"next\" href=\"article-3.html\">")));
        QVERIFY(second.contains(QLatin1String("<a href=\"index.html\">")));
        QVERIFY(second.contains(QStringLiteral("src=\"%1\"").arg(images.first())));
        QVERIFY(!second.contains(QLatin1String("data:image")));
        QVERIFY(!second.contains(QLatin1String("newsdesk-asset")));
        QCOMPARE(jsonLdBlocks(second).size(), 1);
        const QString first = QString::fromUtf8(fileOf(files, QStringLiteral("tariffs-rise.html")));
        QVERIFY(!first.contains(QLatin1String("rel=\"prev\"")));
        const QString last = QString::fromUtf8(fileOf(files, QStringLiteral("article-4.html")));
        QVERIFY(!last.contains(QLatin1String("rel=\"next\"")));
        QVERIFY(last.contains(QLatin1String("lang=\"ar\" dir=\"rtl\"")));
        const QByteArray css = fileOf(files, QStringLiteral("assets/style.css"));
        QVERIFY(css.contains("prefers-color-scheme: dark"));
        QVERIFY(css.contains("@media print"));
        QVERIFY(css.contains(".toc"));
    }

    void userTemplateIsUsed()
    {
        QTemporaryDir dir;
        const ExportOptions options =
            userTemplate(dir, QStringLiteral("footer"), "<footer><p>Curated by the night desk: {{title}}</p></footer>\n");
        const QString html = single(plainBundle(), options);
        QVERIFY(html.contains(QLatin1String("<footer><p>Curated by the night desk: Trade disputes this week</p></footer>")));
    }

    void brokenUserTemplateGivesItsLine()
    {
        QTemporaryDir dir;
        ExportOptions options = userTemplate(dir, QStringLiteral("index"),
                                             "<!DOCTYPE html>\n<html>\n{{#groups}}\n<p>{{heading}}</p>\n</html>\n");
        auto files = BundleHtml::site(plainBundle(), options);
        QVERIFY(!files.ok());
        QCOMPARE(files.errorString(),
                 QStringLiteral("index.mustache line 6: the section “groups” opened on line 3 is never closed"));
        options.format = ExportFormat::HtmlSite;
        QTemporaryDir out;
        options.outPath = out.filePath(QStringLiteral("site"));
        auto written = BundleExport::write(plainBundle(), options);
        QVERIFY(!written.ok());
        QVERIFY(written.errorString().contains(QLatin1String("index.mustache line 6")));
        QVERIFY(!QFileInfo::exists(options.outPath));
    }
};

QTEST_GUILESS_MAIN(TestBundleHtml)
#include "tst_bundlehtml.moc"
