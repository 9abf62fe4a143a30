// End-to-end tests of `newsdesk-cli bundle …` and `export` on the sample library: making and changing a
// bundle, filling it from a saved search, exporting every format, refusing to overwrite without --force,
// and the JSON export importing back into another library through `import`.

#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk::Testing;

class TestBundleCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAddShowList();
    void sectionsBlurbsRemoveAndDelete();
    void setAndFillFromSavedSearch();
    void usageErrors();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void existingOutputNeedsForce();
    void jsonImportsIntoAnotherLibrary();
    void pdfThroughTheWindowProgram();

private:
    CliRun run(const QStringList &arguments, const QString &library = {})
    {
        return runCli(QStringList{QStringLiteral("--library"), library.isEmpty() ? m_library : library} + arguments,
                      environment());
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = sealedCliEnvironment(m_home->path());
        env.insert(QStringLiteral("NEWSDESK_GUI"), QStringLiteral(NEWSDESK_GUI_PATH));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
    QJsonObject shown(const QString &name)
    {
        const CliRun shownRun = run({QStringLiteral("bundle"), QStringLiteral("show"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(shownRun.out).object();
    }
    static QList<qint64> entryIds(const QJsonObject &bundle)
    {
        QList<qint64> ids;
        for (const QJsonValue &entry : bundle.value(QLatin1String("entries")).toArray())
            if (entry.toObject().value(QLatin1String("type")).toString() == u"article")
                ids << entry.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    }
    /// A bundle of three sample articles with a section and a blurb, for the exports.
    void makeExportBundle()
    {
        COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("Asia desk"),
                          QStringLiteral("--title"), QStringLiteral("Asia this week"), QStringLiteral("--intro"),
                          QStringLiteral("Three stories worth your time.")}),
                     0);
        COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("add"), QStringLiteral("Asia desk"),
                          QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("6")}),
                     0);
        COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("section"), QStringLiteral("Asia desk"),
                          QStringLiteral("Diplomacy"), QStringLiteral("--before"), QStringLiteral("1")}),
                     0);
        COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("blurb"), QStringLiteral("Asia desk"),
                          QStringLiteral("2"), QStringLiteral("Why this matters: <b>not bold</b>")}),
                     0);
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_library;
};

void TestBundleCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_library = m_home->filePath(QStringLiteral("library.sqlite"));
    COMPARE_EXIT(run({QStringLiteral("load-samples")}), 0);
}

void TestBundleCli::createAddShowList()
{
    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("Weekly trade"),
                    QStringLiteral("--title"), QStringLiteral("This week in trade"), QStringLiteral("--json")}),
               created);
    QVERIFY(created.value(QLatin1String("id")).toInteger() > 0);
    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("add"), QStringLiteral("weekly trade"), QStringLiteral("3"),
                    QStringLiteral("1"), QStringLiteral("--json")}),
               added);
    QCOMPARE(added.value(QLatin1String("added")).toArray(), (QJsonArray{3, 1}));
    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("add"), QStringLiteral("Weekly trade"), QStringLiteral("1"),
                    QStringLiteral("2"), QStringLiteral("--json")}),
               again);
    QCOMPARE(again.value(QLatin1String("added")).toArray(), (QJsonArray{2}));
    QCOMPARE(entryIds(shown(QStringLiteral("Weekly trade"))), (QList<qint64>{3, 1, 2}));

    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("list"), QStringLiteral("--json")}), listed);
    const QJsonArray bundles = listed.value(QLatin1String("bundles")).toArray();
    QCOMPARE(bundles.size(), 1);
    QCOMPARE(bundles.first().toObject().value(QLatin1String("articles")).toInt(), 3);
    QCOMPARE(bundles.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("This week in trade"));

    const CliRun text = run({QStringLiteral("bundle"), QStringLiteral("show"), QStringLiteral("Weekly trade")});
    QVERIFY2(text.out.startsWith("This week in trade\n"), text.out.constData());
    QVERIFY(text.out.contains("1. [3] "));

    // The same name again, in another case, is refused.
    const CliRun duplicate = run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("WEEKLY TRADE")});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains("already a bundle"));
    // An article that is not there is refused, and nothing is added.
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("add"), QStringLiteral("Weekly trade"), QStringLiteral("4"),
                  QStringLiteral("9999")})
                 .exitCode,
             1);
    QCOMPARE(entryIds(shown(QStringLiteral("Weekly trade"))).size(), 3);
}

void TestBundleCli::sectionsBlurbsRemoveAndDelete()
{
    makeExportBundle();
    const QJsonObject bundle = shown(QStringLiteral("Asia desk"));
    const QJsonArray entries = bundle.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("heading")).toString(), QStringLiteral("Diplomacy"));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("blurb")).toString(),
             QStringLiteral("Why this matters: <b>not bold</b>"));

    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("remove"), QStringLiteral("Asia desk"), QStringLiteral("2"),
                    QStringLiteral("--json")}),
               removed);
    QCOMPARE(removed.value(QLatin1String("removed")).toInt(), 1);
    QCOMPARE(entryIds(shown(QStringLiteral("Asia desk"))), (QList<qint64>{1, 6}));

    COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("delete"), QStringLiteral("Asia desk")}), 0);
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("show"), QStringLiteral("Asia desk")}).exitCode, 1);
    // The articles stay in the library.
    COMPARE_EXIT(run({QStringLiteral("show"), QStringLiteral("1")}), 0);
}

void TestBundleCli::setAndFillFromSavedSearch()
{
    COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("Picks")}), 0);
    COMPARE_EXIT(run({QStringLiteral("set-status"), QStringLiteral("4"), QStringLiteral("selected")}), 0);
    COMPARE_EXIT(run({QStringLiteral("bundle"), QStringLiteral("set"), QStringLiteral("Picks"), QStringLiteral("--search"),
                      QStringLiteral("status:selected"), QStringLiteral("--include"), QStringLiteral("topics,images"),
                      QStringLiteral("--rename"), QStringLiteral("Selected picks")}),
                 0);
    QJsonObject bundle = shown(QStringLiteral("Selected picks"));
    QCOMPARE(bundle.value(QLatin1String("savedSearch")).toString(), QStringLiteral("status:selected"));
    QCOMPARE(bundle.value(QLatin1String("include")).toArray(), (QJsonArray{QStringLiteral("topics"), QStringLiteral("images")}));

    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("fill"), QStringLiteral("Selected picks"), QStringLiteral("--json")}),
               filled);
    const QJsonArray added = filled.value(QLatin1String("added")).toArray();
    QVERIFY(added.size() >= 2); // the sample's selected article and article 4
    QVERIFY(added.contains(4));
    PARSE_JSON(run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("selected"), QStringLiteral("--json")}),
               selected);
    QCOMPARE(added.size(), selected.value(QLatin1String("articles")).toArray().size());
    // Filling again adds nothing.
    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("fill"), QStringLiteral("Selected picks"), QStringLiteral("--json")}),
               again);
    QVERIFY(again.value(QLatin1String("added")).toArray().isEmpty());
}

void TestBundleCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("bundle")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("create")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--include"),
                  QStringLiteral("everything")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--search"),
                  QStringLiteral("since:soon")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("X")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("X"), QStringLiteral("--out"),
                  m_home->filePath(QStringLiteral("x")), QStringLiteral("--format"), QStringLiteral("docx")})
                 .exitCode,
             2);
    const CliRun missing = run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Nope"),
                                QStringLiteral("--out"), m_home->filePath(QStringLiteral("x.json")),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("Nope"));
}

void TestBundleCli::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("json") << "json" << "bundle.json" << QByteArray("{");
    QTest::newRow("html-single") << "html-single" << "bundle.html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("html") << "html" << "site" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("atom") << "atom" << "bundle.atom" << QByteArray("<?xml");
    QTest::newRow("rss") << "rss" << "bundle.rss" << QByteArray("<?xml");
}

void TestBundleCli::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, out);
    QFETCH(QByteArray, startsWith);
    makeExportBundle();
    const QString path = m_home->filePath(out);
    PARSE_JSON(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"), QStringLiteral("--format"),
                    format, QStringLiteral("--out"), path, QStringLiteral("--json")}),
               exported);
    QCOMPARE(exported.value(QLatin1String("articles")).toInt(), 3);
    QVERIFY(exported.value(QLatin1String("bytes")).toInteger() > 0);
    const QString first = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("index.html")) : path;
    const QByteArray bytes = readBytes(first);
    QVERIFY2(bytes.trimmed().startsWith(startsWith), bytes.left(200).constData());
    QVERIFY(bytes.contains("Asia this week"));
    // The blurb is the curator's text: shown, never markup (JSON carries it as a string).
    if (format != u"html" && format != u"json")
        QVERIFY(!bytes.contains("<b>not bold</b>"));
    if (format == u"html")
        QVERIFY(exported.value(QLatin1String("files")).toArray().size() >= 5); // index, 3 pages, style
    // Nothing is left beside the output: no temporary file or folder of the export.
    const QStringList left = QDir(m_home->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(name == out || name.startsWith(QLatin1String("library.sqlite")) || name == u"data" || name == u"config",
                 qPrintable(name));
}

void TestBundleCli::existingOutputNeedsForce()
{
    makeExportBundle();
    const QString path = m_home->filePath(QStringLiteral("out.json"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
    }
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path};
    const CliRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QCOMPARE(readBytes(path), QByteArray("previous"));
    COMPARE_EXIT(run(arguments + QStringList{QStringLiteral("--force")}), 0);
    QVERIFY(readBytes(path).startsWith("{"));

    // A site folder likewise.
    const QString site = m_home->filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site));
    const QStringList siteArguments{QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"),
                                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), site};
    QCOMPARE(run(siteArguments).exitCode, 1);
    QVERIFY(!QFileInfo::exists(QDir(site).filePath(QStringLiteral("index.html"))));
    COMPARE_EXIT(run(siteArguments + QStringList{QStringLiteral("--force")}), 0);
    QVERIFY(QFileInfo::exists(QDir(site).filePath(QStringLiteral("index.html"))));
}

void TestBundleCli::jsonImportsIntoAnotherLibrary()
{
    makeExportBundle();
    const QString first = m_home->filePath(QStringLiteral("first.json"));
    COMPARE_EXIT(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"),
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), first}),
                 0);
    const QString other = m_home->filePath(QStringLiteral("other.sqlite"));
    COMPARE_EXIT(run({QStringLiteral("import"), first}, other), 0);
    // Importing again adds nothing.
    PARSE_JSON(run({QStringLiteral("import"), first, QStringLiteral("--json")}, other), again);
    PARSE_JSON(run({QStringLiteral("info"), QStringLiteral("--json")}, other), info);
    QCOMPARE(info.value(QLatin1String("articles")).toInt(), 3);
    PARSE_JSON(run({QStringLiteral("bundle"), QStringLiteral("show"), QStringLiteral("Asia desk"), QStringLiteral("--json")}, other),
               bundle);
    QCOMPARE(bundle.value(QLatin1String("title")).toString(), QStringLiteral("Asia this week"));
    QCOMPARE(bundle.value(QLatin1String("entries")).toArray().size(), 4);
    // And exports again to the same bytes.
    const QString second = m_home->filePath(QStringLiteral("second.json"));
    COMPARE_EXIT(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"),
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), second},
                     other),
                 0);
    QCOMPARE(readBytes(second), readBytes(first));
}

void TestBundleCli::pdfThroughTheWindowProgram()
{
    makeExportBundle();
    const QString path = m_home->filePath(QStringLiteral("bundle.pdf"));
    PARSE_JSON(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"), QStringLiteral("--format"),
                    QStringLiteral("pdf"), QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--out"),
                    path, QStringLiteral("--json")}),
               exported);
    QCOMPARE(exported.value(QLatin1String("format")).toString(), QStringLiteral("pdf"));
    const QByteArray pdf = readBytes(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.contains("612") && pdf.contains("792"), "a Letter page is 612 × 792 points");
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--bundle"), QStringLiteral("Asia desk"), QStringLiteral("--format"),
                  QStringLiteral("pdf"), QStringLiteral("--out"), path})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundlecli.moc"
