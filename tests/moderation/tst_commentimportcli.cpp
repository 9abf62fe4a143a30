// `newsdesk-cli comments import`, end to end: the built binary runs with QProcess on a library in a
// temporary folder; exit codes, JSON, text and the library's comments are checked.

#include "CommentFixtures.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace Newsdesk {

using namespace Testing;

namespace {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed or timed out)") : QString())
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString data(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + name;
}

} // namespace

#define COMPARE_EXIT(run, code)                                                                              \
    QVERIFY2((run).exitCode == (code) && !(run).crashed, qPrintable((run).describe()))

class TestCommentImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importsAndReports();
    void importingAgainAddsNothing();
    void textReport();
    void failedFileExitsWithOne();
    void youTubeNeedsArticle();
    void options();
    void help();

private:
    CliRun run(const QStringList &arguments);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestCommentImportCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_CLI_PATH)).isExecutable(), NEWSDESK_CLI_PATH);
    QVERIFY(m_home.isValid());
    // The `comments` command (ModerationCommands.cpp) hands `comments import` to runCommentsImport.
    const CliRun probe =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--help")});
    if (probe.exitCode != 0 && probe.err.contains("is not a command"))
        QSKIP("newsdesk-cli has no `comments` command yet (app/cli/ModerationCommands.cpp)");
}

void TestCommentImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(QStringLiteral("library.sqlite"));
    auto library = Library::open(m_library);
    QVERIFY2(library, qPrintable(library.errorString()));
    Article harbour;
    harbour.url = HarbourUrl;
    harbour.title = QStringLiteral("Harbour plan");
    Article rail;
    rail.url = RailUrl;
    rail.title = QStringLiteral("Rail strike");
    QVERIFY((*library)->articles().insert({harbour, rail}));
}

CliRun TestCommentImportCli::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NEWSDESK_LIBRARY"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    QProcess process;
    process.setProgram(QStringLiteral(NEWSDESK_CLI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    CliRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    return result;
}

void TestCommentImportCli::importsAndReports()
{
    const CliRun imported =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             QStringLiteral("--json"), data(QStringLiteral("comments/sample.wxr.xml")),
             data(QStringLiteral("comments/sample.json"))});
    COMPARE_EXIT(imported, 0);
    const QJsonObject json = imported.json();
    QCOMPARE(json.value(QLatin1String("added")).toInt(), 10);
    QCOMPARE(json.value(QLatin1String("failed")).toInt(), 0);
    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject wxr = files.at(0).toObject();
    QCOMPARE(wxr.value(QLatin1String("added")).toInt(), 5);
    QCOMPARE(wxr.value(QLatin1String("skipped")).toInt(), 2); // the missing article, the pingback
    QCOMPARE(wxr.value(QLatin1String("skipped_reasons")).toArray().size(), 2);
    const QString issues =
        QString::fromUtf8(QJsonDocument(wxr.value(QLatin1String("issues")).toArray()).toJson());
    QVERIFY2(issues.contains(MissingUrl), qPrintable(issues));
    QVERIFY(!wxr.value(QLatin1String("format")).toString().isEmpty());

    auto library = Library::open(m_library);
    QVERIFY(library);
    QCOMPARE((*library)->comments().count().value(), 10);
}

void TestCommentImportCli::importingAgainAddsNothing()
{
    const QStringList arguments{QStringLiteral("comments"),  QStringLiteral("import"),
                                QStringLiteral("--library"), m_library,
                                QStringLiteral("--json"),    data(QStringLiteral("comments/sample.csv"))};
    COMPARE_EXIT(run(arguments), 0);
    const CliRun again = run(arguments);
    COMPARE_EXIT(again, 0);
    QCOMPARE(again.json().value(QLatin1String("added")).toInt(-1), 0);
    QCOMPARE(again.json().value(QLatin1String("already_there")).toInt(), 5);
}

void TestCommentImportCli::textReport()
{
    const CliRun imported =
        run({QStringLiteral("--library"), m_library, QStringLiteral("comments"), QStringLiteral("import"),
             data(QStringLiteral("comments/sample.disqus.xml"))});
    COMPARE_EXIT(imported, 0);
    const QString out = QString::fromUtf8(imported.out);
    QVERIFY2(out.contains(QLatin1String("5 added, 0 already there, 1 skipped")), qPrintable(out));
    QVERIFY2(out.contains(MissingUrl), qPrintable(out));
}

void TestCommentImportCli::failedFileExitsWithOne()
{
    const CliRun mixed = run(
        {QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
         QStringLiteral("--json"), data(QStringLiteral("broken/comments/unterminated-quote.csv")),
         data(QStringLiteral("comments/sample.csv")), data(QStringLiteral("comments/does-not-exist.csv"))});
    COMPARE_EXIT(mixed, 1);
    const QJsonObject json = mixed.json();
    QCOMPARE(json.value(QLatin1String("failed")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("added")).toInt(), 5); // the good file still went in
    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    QVERIFY2(files.at(0)
                 .toObject()
                 .value(QLatin1String("error"))
                 .toString()
                 .contains(QLatin1String("never closed")),
             qPrintable(mixed.describe()));
    QVERIFY2(mixed.err.contains("unterminated-quote.csv"), qPrintable(mixed.describe()));

    const CliRun bomb =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             data(QStringLiteral("broken/comments/entity-bomb.wxr.xml"))});
    COMPARE_EXIT(bomb, 1);
    QVERIFY2(bomb.err.contains("entities"), qPrintable(bomb.describe()));
}

void TestCommentImportCli::youTubeNeedsArticle()
{
    const QString file = data(QStringLiteral("comments/youtube.csv"));
    const CliRun refused = run(
        {QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library, file});
    COMPARE_EXIT(refused, 1);
    QVERIFY2(refused.err.contains("--article"), qPrintable(refused.describe()));

    const CliRun missing =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             QStringLiteral("--article"), QStringLiteral("99"), file});
    COMPARE_EXIT(missing, 1);

    const CliRun labelled =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             QStringLiteral("--article"), QStringLiteral("2"), QStringLiteral("--labels-as-status"),
             QStringLiteral("--json"), file});
    COMPARE_EXIT(labelled, 0);
    QCOMPARE(labelled.json().value(QLatin1String("added")).toInt(), 4);
    auto library = Library::open(m_library);
    QVERIFY(library);
    QCOMPARE((*library)->comments().count(CommentStatus::Spam).value(), 2);
}

void TestCommentImportCli::options()
{
    const QString file = data(QStringLiteral("comments/sample.csv"));
    COMPARE_EXIT(run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"),
                      m_library, QStringLiteral("--format"), QStringLiteral("yaml"), file}),
                 2);
    COMPARE_EXIT(run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"),
                      m_library, QStringLiteral("--article"), QStringLiteral("abc"), file}),
                 2);
    COMPARE_EXIT(
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library}),
        2);
    // Forced to the wrong format: that file fails.
    const CliRun forced =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             QStringLiteral("--format"), QStringLiteral("json"), file});
    COMPARE_EXIT(forced, 1);
    const CliRun right =
        run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--library"), m_library,
             QStringLiteral("--format"), QStringLiteral("CSV"), QStringLiteral("--json"), file});
    COMPARE_EXIT(right, 0);
    QCOMPARE(right.json().value(QLatin1String("added")).toInt(), 5);
}

void TestCommentImportCli::help()
{
    const CliRun help = run({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--help")});
    COMPARE_EXIT(help, 0);
    for (const char *option : {"--article", "--format", "--labels-as-status", "--json"})
        QVERIFY2(help.out.contains(option), qPrintable(help.describe()));
}

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestCommentImportCli)
#include "tst_commentimportcli.moc"
