// Real tools over real exports: Debian's headless Chromium opens the exported single file and folder
// site from disk and proves no script runs; the Nu Html Checker (vnu.jar, packaging/fetch-test-tools.sh)
// finds no errors in them. Each part skips when its tool is absent.

#include "ExportFixture.h"
#include "HeadlessChromium.h"

#include "exporting/BundleExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestExportBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_profile; // Chromium's profile and HOME: never the user's
    QString m_chromium;
    QString m_single;
    QString m_site;
    QString m_plainSingle;
    QString m_plainSite;

    // The hostile bundle, but with a plain bundle title so the page title itself carries no "pwned".
    static BundleContent browserBundle()
    {
        BundleContent content = hostileBundle();
        content.bundle.title = QStringLiteral("Hostile bundle");
        return content;
    }

    static QString write(const BundleContent &content, ExportFormat format, const QString &path)
    {
        ExportOptions options;
        options.format = format;
        options.outPath = path;
        const auto report = BundleExport::write(content, options);
        if (!report)
            qWarning("%s", qPrintable(report.errorString()));
        return report ? path : QString();
    }

    QStringList pages(const QString &site) const
    {
        QStringList files;
        for (const QString &name : QDir(site).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name))
            files << QDir(site).filePath(name);
        return files;
    }

    QByteArray chromium(const QStringList &arguments) const
    {
        return HeadlessChromium(m_profile.path()).run(arguments);
    }

    QString titleAfterLoading(const QString &file, QByteArray *dom = nullptr) const
    {
        const QByteArray dumped = chromium({QStringLiteral("--virtual-time-budget=3000"), QStringLiteral("--dump-dom"),
                                            QUrl::fromLocalFile(file).toString()});
        if (dom)
            *dom = dumped;
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = title.match(QString::fromUtf8(dumped));
        return match.hasMatch() ? match.captured(1) : QStringLiteral("<no title>");
    }

    // The title's text: the browser and the template escape quotes differently.
    static QString decoded(QString html)
    {
        html.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
        html.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
        return html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    static QString titleWritten(const QString &file)
    {
        QFile page(file);
        if (!page.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"));
        return title.match(QString::fromUtf8(page.readAll())).captured(1);
    }

    static QString outputDir()
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tst_exportbrowser-output"));
        QDir().mkpath(dir);
        return dir;
    }

    static QString vnuJar()
    {
        const QString fromEnvironment = qEnvironmentVariable("NEWSDESK_VNU_JAR");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        return QStringLiteral("/var/cache/newsdesk-tools/node_modules/vnu-jar/build/dist/vnu.jar");
    }

private slots:
    void initTestCase()
    {
        m_chromium = HeadlessChromium::executable();
        m_single = write(browserBundle(), ExportFormat::HtmlSingle, m_dir.filePath(QStringLiteral("hostile.html")));
        m_site = write(browserBundle(), ExportFormat::HtmlSite, m_dir.filePath(QStringLiteral("hostile-site")));
        m_plainSingle = write(plainBundle(), ExportFormat::HtmlSingle, m_dir.filePath(QStringLiteral("plain.html")));
        m_plainSite = write(plainBundle(), ExportFormat::HtmlSite, m_dir.filePath(QStringLiteral("plain-site")));
        QVERIFY(!m_single.isEmpty() && !m_site.isEmpty() && !m_plainSingle.isEmpty() && !m_plainSite.isEmpty());
    }

    void browserRunsScriptsOnAnOrdinaryPage()
    {
        // The control: the same harness does see a script that runs, so the checks below mean something.
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        const QString control = m_dir.filePath(QStringLiteral("control.html"));
        QFile file(control);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><head><title>before</title></head><body>"
                   "<img src=x onerror=\"document.title='pwned'\"></body></html>");
        file.close();
        QCOMPARE(titleAfterLoading(control), QStringLiteral("pwned"));
    }

    void noScriptRunsInTheExports()
    {
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        QStringList files{m_single};
        files << pages(m_site);
        QVERIFY(files.size() >= 4);
        for (const QString &file : std::as_const(files)) {
            QByteArray dom;
            const QString title = titleAfterLoading(file, &dom);
            QVERIFY2(!dom.isEmpty(), qPrintable(file));
            QCOMPARE(decoded(title), decoded(titleWritten(file)));
            QVERIFY2(title != QLatin1String("pwned"), qPrintable(file));
            if (file == m_single || file.endsWith(QLatin1String("/index.html")))
                QVERIFY2(!title.contains(QLatin1String("pwned")), qPrintable(file));
            // What the browser built holds nothing that could run either.
            const QStringList found = executableConstructs(dom);
            QVERIFY2(found.isEmpty(), qPrintable(file + QLatin1String(": ") + found.join(QLatin1String(", "))));
            QVERIFY2(dom.contains("marker-body") || file.endsWith(QLatin1String("/index.html"))
                         || dom.contains("marker-arabic"),
                     qPrintable(file));
        }
    }

    void screenshots()
    {
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        const QList<std::pair<QString, QString>> shots{
            {m_single, QStringLiteral("hostile-single.png")},
            {QDir(m_site).filePath(QStringLiteral("index.html")), QStringLiteral("hostile-site-index.png")},
            {m_plainSingle, QStringLiteral("plain-single.png")},
            {QDir(m_plainSite).filePath(QStringLiteral("tariffs-rise.html")), QStringLiteral("plain-site-article.png")},
        };
        for (const auto &[page, name] : shots) {
            const QString png = QDir(outputDir()).filePath(name);
            QFile::remove(png);
            chromium({QStringLiteral("--window-size=1100,1500"), QStringLiteral("--screenshot=") + png,
                      QUrl::fromLocalFile(page).toString()});
            QVERIFY2(QFileInfo(png).size() > 1000, qPrintable(png));
            qInfo("screenshot of %s: %s", qPrintable(QFileInfo(page).fileName()), qPrintable(png));
        }
    }

    void nuHtmlCheckerFindsNoErrors()
    {
        const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
        if (java.isEmpty())
            QSKIP("java is not installed (Debian package default-jre-headless)");
        if (!QFileInfo::exists(vnuJar()))
            QSKIP("vnu.jar is missing: run packaging/fetch-test-tools.sh or set NEWSDESK_VNU_JAR");
        QStringList files{m_single, m_plainSingle};
        files << pages(m_site) << pages(m_plainSite);
        QProcess vnu;
        vnu.start(java, QStringList{QStringLiteral("-jar"), vnuJar(), QStringLiteral("--errors-only"),
                                    QStringLiteral("--format"), QStringLiteral("json")}
                            + files);
        QVERIFY(vnu.waitForFinished(300000));
        const QByteArray output = vnu.readAllStandardError() + vnu.readAllStandardOutput();
        const QJsonDocument report = QJsonDocument::fromJson(output);
        QVERIFY2(report.isObject(), output.constData());
        const QJsonArray messages = report.object().value(QStringLiteral("messages")).toArray();
        QStringList errors;
        for (const QJsonValue &message : messages)
            errors << QStringLiteral("%1:%2: %3")
                          .arg(QUrl(message[QStringLiteral("url")].toString()).fileName())
                          .arg(message[QStringLiteral("lastLine")].toInt())
                          .arg(message[QStringLiteral("message")].toString());
        qInfo("vnu checked %d pages: %s", int(files.size()), output.trimmed().constData());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(vnu.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportBrowser)
#include "tst_exportbrowser.moc"
