// End-to-end tests of `newsdesk-cli topics export` and `topics import`: the built binary runs on
// libraries in temporary folders; exports are compared byte for byte, and a refused import must leave the
// library file exactly as it was.

#include "CliRunner.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace Newsdesk {

using Testing::CliRun;
using Testing::readBytes;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + name;
}

/// Topics in a taxonomy document, counted from the JSON itself rather than through Taxonomy.
int countTopics(const QJsonArray &topics)
{
    int count = 0;
    for (const QJsonValue &topic : topics)
        count += 1 + countTopics(topic.toObject().value(QLatin1String("children")).toArray());
    return count;
}

int countTopicsInFile(const QString &path)
{
    return countTopics(
        QJsonDocument::fromJson(readBytes(path)).object().value(QLatin1String("topics")).toArray());
}

/// A library with no topics at all: opened here, so the CLI does not give it the default taxonomy.
bool createEmptyLibrary(const QString &path)
{
    auto opened = Library::open(path);
    return opened.ok();
}

} // namespace

class TestTaxonomyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportToStdoutAndFile();
    void roundTripThroughAnEmptyLibrary();
    void importTwiceAddsNothing();
    void importUnderATopic();
    void importIptcTree();
    void malformedFileChangesNothing_data();
    void malformedFileChangesNothing();
    void malformedFileCreatesNoLibrary();
    void usageErrors();
    void exportToAnUnwritablePlace();
    void help_data();
    void help();

private:
    CliRun run(const QStringList &arguments);
    /// The library's topics as `topics --json` lists them.
    QJsonArray topicTree(const QString &library);

    QTemporaryDir m_home;
};

void TestTaxonomyCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_CLI_PATH)).isExecutable(), NEWSDESK_CLI_PATH);
    QVERIFY(m_home.isValid());
}

CliRun TestTaxonomyCli::run(const QStringList &arguments)
{
    return Testing::runCli(arguments, Testing::sealedCliEnvironment(m_home.path()));
}

QJsonArray TestTaxonomyCli::topicTree(const QString &library)
{
    const CliRun listed =
        run({QStringLiteral("topics"), QStringLiteral("--json"), QStringLiteral("--library"), library});
    if (listed.exitCode != 0) {
        qWarning("topics failed: %s", qPrintable(listed.describe()));
        return {};
    }
    return QJsonDocument::fromJson(listed.out).object().value(QLatin1String("topics")).toArray();
}

void TestTaxonomyCli::exportToStdoutAndFile()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = dir.filePath(QStringLiteral("taxonomy.json"));
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Local élections"),
                      QStringLiteral("--library"), library}),
                 0);

    const CliRun printed =
        run({QStringLiteral("topics"), QStringLiteral("export"), QStringLiteral("--library"), library});
    COMPARE_EXIT(printed, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(printed.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.value(QLatin1String("format")).toString(), QStringLiteral("newsdesk-taxonomy"));
    QCOMPARE(document.value(QLatin1String("version")).toInt(), 1);
    // The default taxonomy a new library starts with, and the topic added to it.
    const QJsonArray topics = document.value(QLatin1String("topics")).toArray();
    QCOMPARE(topics.size(), 18);
    QCOMPARE(topics.last().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Local élections"));
    QCOMPARE(countTopics(topics), countTopics(topicTree(library)));

    const CliRun written =
        run({QStringLiteral("--library"), library, QStringLiteral("topics"), QStringLiteral("export"),
             QStringLiteral("--output"), file, QStringLiteral("--json")});
    COMPARE_EXIT(written, 0);
    PARSE_JSON(written, summary);
    QCOMPARE(summary.value(QLatin1String("exported")).toInt(), countTopics(topics));
    QCOMPARE(summary.value(QLatin1String("file")).toString(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(readBytes(file), printed.out);
    // QSaveFile leaves nothing else behind.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("taxonomy*")}, QDir::Files),
             QStringList{QStringLiteral("taxonomy.json")});

    // Exporting again replaces the file.
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Crosswords"),
                      QStringLiteral("--library"), library}),
                 0);
    const CliRun again = run({QStringLiteral("topics"), QStringLiteral("export"), QStringLiteral("--output"),
                              file, QStringLiteral("--library"), library});
    COMPARE_EXIT(again, 0);
    QVERIFY2(again.out.contains("Exported"), again.out.constData());
    QCOMPARE(countTopicsInFile(file), countTopics(topics) + 1);
}

void TestTaxonomyCli::roundTripThroughAnEmptyLibrary()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString exported = dir.filePath(QStringLiteral("exported.json"));

    // A taxonomy with everything a topic can carry: the defaults, a file with colours, codes, rules and
    // five levels, and a topic added by hand below an imported one.
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("import"),
                      fixture(QStringLiteral("tagging/taxonomy/desk-taxonomy.json")),
                      QStringLiteral("--library"), source}),
                 0);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Faroe Islands"),
                      QStringLiteral("--parent"), QStringLiteral("Regional desks/Nordics"),
                      QStringLiteral("--library"), source}),
                 0);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("export"), QStringLiteral("--output"),
                      exported, QStringLiteral("--library"), source}),
                 0);
    const QByteArray first = readBytes(exported);
    const int topics = countTopicsInFile(exported);
    QVERIFY(topics > 30);
    QVERIFY(first.contains("Faroe Islands"));
    QVERIFY(first.contains("Tallinn"));

    QVERIFY(createEmptyLibrary(target));
    QVERIFY(topicTree(target).isEmpty());
    const CliRun imported = run({QStringLiteral("topics"), QStringLiteral("import"), exported,
                                 QStringLiteral("--json"), QStringLiteral("--library"), target});
    COMPARE_EXIT(imported, 0);
    PARSE_JSON(imported, summary);
    QCOMPARE(summary.value(QLatin1String("added")).toInt(), topics);
    QCOMPARE(summary.value(QLatin1String("existing")).toInt(-1), 0);
    QCOMPARE(summary.value(QLatin1String("ids")).toArray().size(), topics);

    const CliRun second =
        run({QStringLiteral("topics"), QStringLiteral("export"), QStringLiteral("--library"), target});
    COMPARE_EXIT(second, 0);
    QCOMPARE(second.out, first);
}

void TestTaxonomyCli::importTwiceAddsNothing()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = fixture(QStringLiteral("tagging/taxonomy/desk-taxonomy.json"));
    const int inFile = countTopicsInFile(file);
    QCOMPARE(inFile, 11);

    const CliRun first = run({QStringLiteral("topics"), QStringLiteral("import"), file,
                              QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(first, 0);
    PARSE_JSON(first, added);
    QCOMPARE(added.value(QLatin1String("added")).toInt(), inFile);
    const QJsonArray tree = topicTree(library);

    const CliRun second = run({QStringLiteral("topics"), QStringLiteral("import"), file,
                               QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(second, 0);
    PARSE_JSON(second, none);
    QCOMPARE(none.value(QLatin1String("added")).toInt(-1), 0);
    QCOMPARE(none.value(QLatin1String("existing")).toInt(), inFile);
    QVERIFY(none.value(QLatin1String("ids")).toArray().isEmpty());
    QCOMPARE(topicTree(library), tree);

    const CliRun text =
        run({QStringLiteral("topics"), QStringLiteral("import"), file, QStringLiteral("--library"), library});
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains("Added 0 topic"), text.out.constData());
}

void TestTaxonomyCli::importUnderATopic()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QVERIFY(createEmptyLibrary(library));
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Desk"),
                      QStringLiteral("--library"), library}),
                 0);
    const CliRun imported =
        run({QStringLiteral("topics"), QStringLiteral("import"),
             fixture(QStringLiteral("tagging/taxonomy/desk-taxonomy.json")), QStringLiteral("--under"),
             QStringLiteral("Desk"), QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(imported, 0);
    PARSE_JSON(imported, summary);
    const QJsonArray tree = topicTree(library);
    QCOMPARE(tree.size(), 1);
    const QJsonObject desk = tree.first().toObject();
    QCOMPARE(summary.value(QLatin1String("under")).toInteger(), desk.value(QLatin1String("id")).toInteger());
    QCOMPARE(desk.value(QLatin1String("children")).toArray().size(), 3);
    QCOMPARE(countTopics(tree), 1 + 11);

    // Under a topic that is not there: refused, nothing added.
    COMPARE_EXIT(
        run({QStringLiteral("topics"), QStringLiteral("import"),
             fixture(QStringLiteral("tagging/taxonomy/desk-taxonomy.json")), QStringLiteral("--under"),
             QStringLiteral("No such desk"), QStringLiteral("--library"), library}),
        1);
    QCOMPARE(topicTree(library), tree);
}

void TestTaxonomyCli::importIptcTree()
{
    // The count comes from the resource the binary ships, read here as plain JSON.
    QFile resource(QStringLiteral(":/newsdesk/taxonomy/iptc-mediatopics.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const int iptcTopics = countTopics(
        QJsonDocument::fromJson(resource.readAll()).object().value(QLatin1String("topics")).toArray());
    QVERIFY(iptcTopics > 1000);

    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QVERIFY(createEmptyLibrary(library));
    const CliRun imported = run({QStringLiteral("topics"), QStringLiteral("import"), QStringLiteral("--iptc"),
                                 QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(imported, 0);
    PARSE_JSON(imported, summary);
    QCOMPARE(summary.value(QLatin1String("added")).toInt(), iptcTopics);
    QCOMPARE(summary.value(QLatin1String("existing")).toInt(-1), 0);
    QCOMPARE(countTopics(topicTree(library)), iptcTopics);

    // Once there, the tree is not added again; the text output carries the IPTC attribution.
    const CliRun again = run({QStringLiteral("topics"), QStringLiteral("import"), QStringLiteral("--iptc"),
                              QStringLiteral("--library"), library});
    COMPARE_EXIT(again, 0);
    QVERIFY2(again.out.contains("Added 0 topic"), again.out.constData());
    QVERIFY2(again.out.contains("IPTC"), again.out.constData());
    QCOMPARE(countTopics(topicTree(library)), iptcTopics);

    // Into a new library, which starts with the IPTC top levels: those are reused.
    const QString seeded = dir.filePath(QStringLiteral("seeded.sqlite"));
    const int defaults = countTopics(topicTree(seeded));
    const CliRun merged = run({QStringLiteral("topics"), QStringLiteral("import"), QStringLiteral("--iptc"),
                               QStringLiteral("--json"), QStringLiteral("--library"), seeded});
    COMPARE_EXIT(merged, 0);
    PARSE_JSON(merged, mergedSummary);
    const int added = mergedSummary.value(QLatin1String("added")).toInt();
    QCOMPARE(added + mergedSummary.value(QLatin1String("existing")).toInt(), iptcTopics);
    QVERIFY(mergedSummary.value(QLatin1String("existing")).toInt() >= 17);
    QCOMPARE(countTopics(topicTree(seeded)), defaults + added);
}

void TestTaxonomyCli::malformedFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    const QDir broken(QStringLiteral(TEST_DATA_DIR "/broken/taxonomy"));
    const QStringList files = broken.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name))
            << broken.filePath(name)
            << (name == QLatin1String("newer-version.json") ? QStringLiteral("newer-version")
                                                            : QStringLiteral("invalid-argument"));
    QTest::newRow("missing file") << broken.filePath(QStringLiteral("no-such-file.json"))
                                  << QStringLiteral("not-found");
}

void TestTaxonomyCli::malformedFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    // Regional desks and Investigations are already there: a partial import would add below them.
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Regional desks"),
                      QStringLiteral("--library"), library}),
                 0);
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("add"), QStringLiteral("Investigations"),
                      QStringLiteral("--library"), library}),
                 0);
    const QByteArray before = readBytes(library);
    QVERIFY(before.size() > 1000);
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("-wal")));

    const CliRun text =
        run({QStringLiteral("topics"), QStringLiteral("import"), file, QStringLiteral("--library"), library});
    COMPARE_EXIT(text, 1);
    QVERIFY(text.out.isEmpty());
    // A message that names the file and says what is wrong, not just that something is.
    const QString message = QString::fromUtf8(text.err);
    QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
    QVERIFY2(message.size() > QFileInfo(file).fileName().size() + 40, qPrintable(message));
    QCOMPARE(readBytes(library), before);

    const CliRun json = run({QStringLiteral("topics"), QStringLiteral("import"), file,
                             QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(json, 1);
    PARSE_JSON(json, object);
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(readBytes(library), before);
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("-wal")));
}

void TestTaxonomyCli::malformedFileCreatesNoLibrary()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    COMPARE_EXIT(run({QStringLiteral("topics"), QStringLiteral("import"),
                      fixture(QStringLiteral("broken/taxonomy/bad-colour-deep.json")),
                      QStringLiteral("--library"), library}),
                 1);
    QVERIFY(!QFileInfo::exists(library));
}

void TestTaxonomyCli::usageErrors()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = fixture(QStringLiteral("tagging/taxonomy/desk-taxonomy.json"));
    const QList<QStringList> wrong{
        {QStringLiteral("import")},
        {QStringLiteral("import"), file, file},
        {QStringLiteral("import"), file, QStringLiteral("--iptc")},
        {QStringLiteral("import"), file, QStringLiteral("--output"), QStringLiteral("x.json")},
        {QStringLiteral("export"), QStringLiteral("extra")},
        {QStringLiteral("export"), QStringLiteral("--iptc")},
        {QStringLiteral("export"), QStringLiteral("--output")},
    };
    for (const QStringList &arguments : wrong) {
        const CliRun refused = run(QStringList{QStringLiteral("topics")} + arguments +
                                   QStringList{QStringLiteral("--library"), library});
        QVERIFY2(refused.exitCode == 2 && !refused.crashed,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + refused.describe()));
        QVERIFY(!refused.err.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(library));
}

void TestTaxonomyCli::exportToAnUnwritablePlace()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = dir.filePath(QStringLiteral("no/such/folder/taxonomy.json"));
    const CliRun failed = run({QStringLiteral("topics"), QStringLiteral("export"), QStringLiteral("--output"),
                               file, QStringLiteral("--json"), QStringLiteral("--library"), library});
    COMPARE_EXIT(failed, 1);
    PARSE_JSON(failed, object);
    QCOMPARE(object.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("failed"));
    QVERIFY2(failed.err.contains("taxonomy.json"), failed.err.constData());
    QVERIFY(!QFileInfo::exists(file));
}

void TestTaxonomyCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("topics export"), QStringLiteral("--output")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("-h")}
                            << QStringList{QStringLiteral("topics import"), QStringLiteral("--under"),
                                           QStringLiteral("--iptc")};
    QTest::newRow("topics") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("export"), QStringLiteral("import FILE")};
}

void TestTaxonomyCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("untouched.sqlite"));
    const CliRun help =
        run(QStringList{QStringLiteral("--library"), library, QStringLiteral("topics")} + arguments);
    COMPARE_EXIT(help, 0);
    for (const QString &mention : mentions)
        QVERIFY2(QString::fromUtf8(help.out).contains(mention),
                 qPrintable(mention + QLatin1Char('\n') + QString::fromUtf8(help.out)));
    QVERIFY(help.out.contains("--json"));
    QVERIFY(!QFileInfo::exists(library));
}

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestTaxonomyCli)
#include "tst_taxonomycli.moc"
