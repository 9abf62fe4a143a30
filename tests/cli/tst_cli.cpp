// End-to-end tests of newsdesk-cli: the built binary is run with QProcess on a library in a
// temporary folder, and its exit codes, JSON and effect on the file are checked.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "CliRunner.h"
#include "TestLibrary.h"

namespace Newsdesk {

using Testing::CliRun;
using Testing::readBytes;

namespace {

const QStringList allCommands{
    QStringLiteral("info"),        QStringLiteral("list"),         QStringLiteral("show"),
    QStringLiteral("search"),      QStringLiteral("set-status"),   QStringLiteral("note"),
    QStringLiteral("edit"),        QStringLiteral("delete"),       QStringLiteral("restore"),
    QStringLiteral("empty-trash"), QStringLiteral("load-samples"),
};

bool containsNumber(const QString &text, int number)
{
    return text.contains(QRegularExpression(QStringLiteral("(^|\\D)%1(\\D|$)").arg(number)));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void infoCreatesLibrary();
    void globalOptionsBeforeCommand();
    void loadSamplesAndList();
    void listByStatusWithLimit();
    void show();
    void search();
    void editCommands();
    void editRejects();
    void showMissing();
    void trashAndRestore();
    void emptyTrash();
    void commandHelp_data();
    void commandHelp();
    void overviewHelp();
    void noCommand();
    void unknownCommand();
    void newerVersionRefused();
    void notALibraryRefused();
    void environmentChoosesLibrary();

private:
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QProcessEnvironment environment() const;
    /// A library with the samples loaded, in a fresh folder; returns its path.
    QString sampleLibrary(QTemporaryDir &dir);
    QJsonArray listArticles(const QString &library, const QStringList &extra = {});

    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_CLI_PATH)).isExecutable(), NEWSDESK_CLI_PATH);
    QVERIFY(m_home.isValid());
}

QProcessEnvironment TestCli::environment() const
{
    return Testing::sealedCliEnvironment(m_home.path());
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return Testing::runCli(arguments, env.isEmpty() ? environment() : env);
}

QString TestCli::sampleLibrary(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const CliRun loaded = run({QStringLiteral("load-samples"), QStringLiteral("--library"), path});
    if (loaded.exitCode != 0)
        qWarning("load-samples failed: %s", qPrintable(loaded.describe()));
    return path;
}

QJsonArray TestCli::listArticles(const QString &library, const QStringList &extra)
{
    const CliRun listed =
        run(QStringList{QStringLiteral("list"), QStringLiteral("--library"), library,
                        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")} +
            extra);
    if (listed.exitCode != 0) {
        qWarning("list failed: %s", qPrintable(listed.describe()));
        return {};
    }
    return QJsonDocument::fromJson(listed.out).object().value(QLatin1String("articles")).toArray();
}

void TestCli::infoCreatesLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/library.sqlite"));
    QVERIFY(!QFileInfo::exists(path));

    const CliRun info =
        run({QStringLiteral("info"), QStringLiteral("--library"), path, QStringLiteral("--json")});
    COMPARE_EXIT(info, 0);
    PARSE_JSON(info, json);
    QCOMPARE(json.value(QLatin1String("schemaVersion")).toInt(), Library::SchemaVersion);
    QCOMPARE(json.value(QLatin1String("articles")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("trash")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("comments")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("library")).toString(), QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(info.err.isEmpty());

    const CliRun text = run({QStringLiteral("info"), QStringLiteral("--library"), path});
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains(QByteArray("Schema version: ") + QByteArray::number(Library::SchemaVersion)),
             text.out.constData());
}

void TestCli::globalOptionsBeforeCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const CliRun info =
        run({QStringLiteral("--library"), path, QStringLiteral("--json"), QStringLiteral("info")});
    COMPARE_EXIT(info, 0);
    PARSE_JSON(info, json);
    QCOMPARE(json.value(QLatin1String("library")).toString(), QFileInfo(path).absoluteFilePath());
}

void TestCli::loadSamplesAndList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const CliRun loaded =
        run({QStringLiteral("load-samples"), QStringLiteral("--library"), path, QStringLiteral("--json")});
    COMPARE_EXIT(loaded, 0);
    PARSE_JSON(loaded, added);
    QCOMPARE(added.value(QLatin1String("added")).toInt(), Testing::SampleArticleCount);

    const CliRun listed =
        run({QStringLiteral("list"), QStringLiteral("--library"), path, QStringLiteral("--json")});
    COMPARE_EXIT(listed, 0);
    PARSE_JSON(listed, json);
    QCOMPARE(json.value(QLatin1String("total")).toInt(), Testing::SampleArticleCount);
    const QJsonArray articles = json.value(QLatin1String("articles")).toArray();
    QCOMPARE(articles.size(), Testing::SampleArticleCount);
    const QSet<QString> statuses{QStringLiteral("new"), QStringLiteral("reviewed"),
                                 QStringLiteral("selected"), QStringLiteral("rejected")};
    QSet<qint64> ids;
    QString previousPublished;
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        QVERIFY(article.value(QLatin1String("id")).isDouble());
        const qint64 id = article.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        ids << id;
        QVERIFY(!article.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY2(statuses.contains(article.value(QLatin1String("status")).toString()),
                 qPrintable(article.value(QLatin1String("status")).toString()));
        // Newest first.
        const QString published = article.value(QLatin1String("published")).toString();
        if (!previousPublished.isEmpty() && !published.isEmpty())
            QVERIFY(published <= previousPublished);
        if (!published.isEmpty())
            previousPublished = published;
    }
    QCOMPARE(ids.size(), Testing::SampleArticleCount);

    const CliRun info =
        run({QStringLiteral("info"), QStringLiteral("--library"), path, QStringLiteral("--json")});
    COMPARE_EXIT(info, 0);
    PARSE_JSON(info, counts);
    QCOMPARE(counts.value(QLatin1String("articles")).toInt(), Testing::SampleArticleCount);
    QVERIFY(counts.value(QLatin1String("comments")).toInt() > 0);
}

void TestCli::listByStatusWithLimit()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    int reviewed = 0;
    for (const QJsonValue &value : listArticles(path))
        if (value.toObject().value(QLatin1String("status")).toString() == QLatin1String("reviewed"))
            ++reviewed;
    QVERIFY(reviewed >= 2);

    const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("reviewed"),
                               QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json"),
                               QStringLiteral("--library"), path});
    COMPARE_EXIT(listed, 0);
    PARSE_JSON(listed, json);
    QCOMPARE(json.value(QLatin1String("total")).toInt(), reviewed);
    const QJsonArray articles = json.value(QLatin1String("articles")).toArray();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("reviewed"));

    const CliRun zero = run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                             QStringLiteral("--library"), path});
    COMPARE_EXIT(zero, 2);
}

void TestCli::show()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const QJsonArray articles = listArticles(path);
    QVERIFY(!articles.isEmpty());
    const QJsonObject listed = articles.at(3).toObject();
    const QString id = QString::number(listed.value(QLatin1String("id")).toInteger());

    const CliRun shown =
        run({QStringLiteral("show"), id, QStringLiteral("--json"), QStringLiteral("--library"), path});
    COMPARE_EXIT(shown, 0);
    PARSE_JSON(shown, json);
    QCOMPARE(json.value(QLatin1String("id")).toInteger(), listed.value(QLatin1String("id")).toInteger());
    QCOMPARE(json.value(QLatin1String("title")).toString(), listed.value(QLatin1String("title")).toString());
    QCOMPARE(json.value(QLatin1String("status")).toString(),
             listed.value(QLatin1String("status")).toString());
    QCOMPARE(json.value(QLatin1String("published")), listed.value(QLatin1String("published")));
    QVERIFY(!json.value(QLatin1String("body")).toString().isEmpty());
    QVERIFY(json.value(QLatin1String("word_count")).toInt() > 0);
    QVERIFY(json.value(QLatin1String("trashed")).isNull());

    const CliRun text = run({QStringLiteral("show"), id, QStringLiteral("--library"), path});
    COMPARE_EXIT(text, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(listed.value(QLatin1String("title")).toString()));

    COMPARE_EXIT(run({QStringLiteral("show"), QStringLiteral("--library"), path}), 2);
    COMPARE_EXIT(run({QStringLiteral("show"), QStringLiteral("abc"), QStringLiteral("--library"), path}), 2);
    COMPARE_EXIT(run({QStringLiteral("show"), id, id, QStringLiteral("--library"), path}), 2);
}

void TestCli::search()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliRun found = run({QStringLiteral("search"), QStringLiteral("pact"), QStringLiteral("--json"),
                              QStringLiteral("--library"), path});
    COMPARE_EXIT(found, 0);
    PARSE_JSON(found, json);
    QCOMPARE(json.value(QLatin1String("query")).toString(), QStringLiteral("pact"));
    const QJsonArray results = json.value(QLatin1String("results")).toArray();
    QVERIFY(!results.isEmpty());
    QCOMPARE(json.value(QLatin1String("total")).toInt(), results.size());
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QVERIFY(result.value(QLatin1String("id")).toInteger() > 0);
        const QString snippet = result.value(QLatin1String("snippet")).toString();
        QVERIFY2(snippet.contains(QLatin1String("[pact]"), Qt::CaseInsensitive), qPrintable(snippet));
        QVERIFY(!snippet.contains(QChar(0x02)));
    }

    const CliRun nothing = run({QStringLiteral("search"), QStringLiteral("xyzzyplugh"),
                                QStringLiteral("--json"), QStringLiteral("--library"), path});
    COMPARE_EXIT(nothing, 0);
    PARSE_JSON(nothing, empty);
    QCOMPARE(empty.value(QLatin1String("total")).toInt(-1), 0);
    QVERIFY(empty.value(QLatin1String("results")).toArray().isEmpty());

    // FTS syntax typed by a person is taken literally, not an error.
    const CliRun odd = run({QStringLiteral("search"), QStringLiteral("NEAR(pact"), QStringLiteral("AND"),
                            QStringLiteral("NOT"), QStringLiteral("\"-*:"), QStringLiteral("--json"),
                            QStringLiteral("--library"), path});
    COMPARE_EXIT(odd, 0);

    COMPARE_EXIT(run({QStringLiteral("search"), QStringLiteral("--library"), path}), 2);
}

void TestCli::editCommands()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const QJsonArray articles = listArticles(path);
    QVERIFY(!articles.isEmpty());
    QJsonObject target;
    for (const QJsonValue &value : articles)
        if (value.toObject().value(QLatin1String("status")).toString() != QLatin1String("selected"))
            target = value.toObject();
    QVERIFY(!target.isEmpty());
    const QString id = QString::number(target.value(QLatin1String("id")).toInteger());
    const QStringList library{QStringLiteral("--library"), path};

    COMPARE_EXIT(run(QStringList{QStringLiteral("set-status"), id, QStringLiteral("selected")} + library), 0);
    COMPARE_EXIT(
        run(QStringList{QStringLiteral("note"), id, QStringLiteral("Check"), QStringLiteral("the figures")} +
            library),
        0);
    const CliRun edited =
        run(QStringList{QStringLiteral("edit"), id, QStringLiteral("title=A new title, with = sign"),
                        QStringLiteral("dek=Y"), QStringLiteral("published=2026-01-02T03:04:05Z"),
                        QStringLiteral("--json")} +
            library);
    COMPARE_EXIT(edited, 0);
    PARSE_JSON(edited, afterEdit);
    QCOMPARE(afterEdit.value(QLatin1String("title")).toString(), QStringLiteral("A new title, with = sign"));

    const CliRun shown = run(QStringList{QStringLiteral("show"), id, QStringLiteral("--json")} + library);
    COMPARE_EXIT(shown, 0);
    PARSE_JSON(shown, json);
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("selected"));
    QCOMPARE(json.value(QLatin1String("note")).toString(), QStringLiteral("Check the figures"));
    QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("A new title, with = sign"));
    QCOMPARE(json.value(QLatin1String("dek")).toString(), QStringLiteral("Y"));
    QCOMPARE(json.value(QLatin1String("published")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));

    // The new title is what search finds now.
    const CliRun found =
        run(QStringList{QStringLiteral("search"), QStringLiteral("\"new title\""), QStringLiteral("--json")} +
            library);
    COMPARE_EXIT(found, 0);
    PARSE_JSON(found, results);
    QCOMPARE(results.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(results.value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             target.value(QLatin1String("id")).toInteger());

    // An empty note clears it.
    COMPARE_EXIT(run(QStringList{QStringLiteral("note"), id, QString()} + library), 0);
    const CliRun cleared = run(QStringList{QStringLiteral("show"), id, QStringLiteral("--json")} + library);
    PARSE_JSON(cleared, clearedJson);
    QCOMPARE(clearedJson.value(QLatin1String("note")).toString(), QString());
}

void TestCli::editRejects()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const QJsonArray articles = listArticles(path);
    QVERIFY(!articles.isEmpty());
    const QString id = QString::number(articles.first().toObject().value(QLatin1String("id")).toInteger());
    const QStringList library{QStringLiteral("--library"), path};
    const CliRun before = run(QStringList{QStringLiteral("show"), id, QStringLiteral("--json")} + library);
    COMPARE_EXIT(before, 0);

    // Usage errors: exit 2.
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("colour=red")} + library), 2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("title")} + library), 2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("=x")} + library), 2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id} + library), 2);
    COMPARE_EXIT(
        run(QStringList{QStringLiteral("edit"), QStringLiteral("x1"), QStringLiteral("title=T")} + library),
        2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("title=Fine"),
                                 QStringLiteral("nosuch=1")} +
                     library),
                 2);
    const CliRun badStatus =
        run(QStringList{QStringLiteral("set-status"), id, QStringLiteral("bogus")} + library);
    COMPARE_EXIT(badStatus, 2);
    QVERIFY(badStatus.err.contains("bogus"));
    COMPARE_EXIT(run(QStringList{QStringLiteral("set-status"), id} + library), 2);
    COMPARE_EXIT(
        run(QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")} +
            library),
        2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("note"), id} + library), 2);

    // Values the store refuses: a failure, and nothing of the edit is kept.
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("status=bogus")} + library), 1);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("title=")} + library), 1);
    COMPARE_EXIT(run(QStringList{QStringLiteral("edit"), id, QStringLiteral("language=english")} + library),
                 1);
    const CliRun partial = run(QStringList{QStringLiteral("edit"), id, QStringLiteral("title=Half done"),
                                           QStringLiteral("published=not-a-date"), QStringLiteral("--json")} +
                               library);
    COMPARE_EXIT(partial, 1);
    PARSE_JSON(partial, error);
    QCOMPARE(error.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("invalid-argument"));
    COMPARE_EXIT(
        run(QStringList{QStringLiteral("set-status"), QStringLiteral("99999"), QStringLiteral("reviewed")} +
            library),
        1);

    const CliRun after = run(QStringList{QStringLiteral("show"), id, QStringLiteral("--json")} + library);
    COMPARE_EXIT(after, 0);
    QCOMPARE(QJsonDocument::fromJson(after.out), QJsonDocument::fromJson(before.out));
}

void TestCli::showMissing()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliRun text =
        run({QStringLiteral("show"), QStringLiteral("99999"), QStringLiteral("--library"), path});
    COMPARE_EXIT(text, 1);
    QVERIFY(text.err.contains("99999"));
    QVERIFY(text.out.isEmpty());

    const CliRun json = run({QStringLiteral("show"), QStringLiteral("99999"), QStringLiteral("--json"),
                             QStringLiteral("--library"), path});
    COMPARE_EXIT(json, 1);
    PARSE_JSON(json, object);
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("not-found"));
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("99999")));
}

void TestCli::trashAndRestore()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const QStringList library{QStringLiteral("--library"), path};
    const QJsonArray articles = listArticles(path);
    QCOMPARE(articles.size(), Testing::SampleArticleCount);
    const qint64 id = articles.at(5).toObject().value(QLatin1String("id")).toInteger();
    const QString idText = QString::number(id);
    auto idsIn = [](const QJsonArray &list) {
        QSet<qint64> ids;
        for (const QJsonValue &value : list)
            ids << value.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    };

    const CliRun deleted =
        run(QStringList{QStringLiteral("delete"), idText, QStringLiteral("--json")} + library);
    COMPARE_EXIT(deleted, 0);
    PARSE_JSON(deleted, trashedJson);
    QCOMPARE(trashedJson.value(QLatin1String("trashed")).toArray(), QJsonArray{id});
    QVERIFY(!idsIn(listArticles(path)).contains(id));
    QCOMPARE(listArticles(path).size(), Testing::SampleArticleCount - 1);
    QCOMPARE(idsIn(listArticles(path, {QStringLiteral("--trash")})), QSet<qint64>{id});
    COMPARE_EXIT(run(QStringList{QStringLiteral("delete"), idText} + library), 1); // already in the trash

    const CliRun shown = run(QStringList{QStringLiteral("show"), idText, QStringLiteral("--json")} + library);
    COMPARE_EXIT(shown, 0);
    PARSE_JSON(shown, shownJson);
    QVERIFY(shownJson.value(QLatin1String("trashed")).isString());

    COMPARE_EXIT(run(QStringList{QStringLiteral("restore"), idText} + library), 0);
    QVERIFY(idsIn(listArticles(path)).contains(id));
    QCOMPARE(listArticles(path).size(), Testing::SampleArticleCount);
    QVERIFY(listArticles(path, {QStringLiteral("--trash")}).isEmpty());
    COMPARE_EXIT(run(QStringList{QStringLiteral("restore"), idText} + library), 1); // not in the trash
    COMPARE_EXIT(run(QStringList{QStringLiteral("delete"), QStringLiteral("99999")} + library), 1);
    COMPARE_EXIT(run(QStringList{QStringLiteral("delete")} + library), 2);
}

void TestCli::emptyTrash()
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const QStringList library{QStringLiteral("--library"), path};
    const QJsonArray articles = listArticles(path);
    QCOMPARE(articles.size(), Testing::SampleArticleCount);
    const QString first = QString::number(articles.at(0).toObject().value(QLatin1String("id")).toInteger());
    const QString second = QString::number(articles.at(1).toObject().value(QLatin1String("id")).toInteger());

    COMPARE_EXIT(run(QStringList{QStringLiteral("delete"), first, second} + library), 0);
    const CliRun emptied =
        run(QStringList{QStringLiteral("empty-trash"), QStringLiteral("--json")} + library);
    COMPARE_EXIT(emptied, 0);
    PARSE_JSON(emptied, json);
    QCOMPARE(json.value(QLatin1String("purged")).toInt(), 2);
    QVERIFY(listArticles(path, {QStringLiteral("--trash")}).isEmpty());
    QCOMPARE(listArticles(path).size(), Testing::SampleArticleCount - 2);
    COMPARE_EXIT(run(QStringList{QStringLiteral("show"), first} + library), 1);
    COMPARE_EXIT(run(QStringList{QStringLiteral("restore"), second} + library), 1);

    const CliRun again = run(QStringList{QStringLiteral("empty-trash"), QStringLiteral("--json")} + library);
    COMPARE_EXIT(again, 0);
    PARSE_JSON(again, none);
    QCOMPARE(none.value(QLatin1String("purged")).toInt(-1), 0);
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : allCommands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("untouched.sqlite"));
    const CliRun help = run({command, QStringLiteral("--help"), QStringLiteral("--library"), path});
    COMPARE_EXIT(help, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(command), help.out.constData());
    QVERIFY(help.out.contains("--json"));
    // Asking for help opens no library.
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::overviewHelp()
{
    const CliRun help = run({QStringLiteral("--help")});
    COMPARE_EXIT(help, 0);
    for (const QString &command : allCommands)
        QVERIFY2(QString::fromUtf8(help.out).contains(command), qPrintable(command));

    const CliRun version = run({QStringLiteral("--version")});
    COMPARE_EXIT(version, 0);
    QVERIFY(version.out.startsWith("newsdesk-cli "));
}

void TestCli::noCommand()
{
    const CliRun none = run({});
    COMPARE_EXIT(none, 2);
    QVERIFY(!none.err.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    COMPARE_EXIT(run({QStringLiteral("--library"), path}), 2);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::unknownCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const CliRun unknown = run({QStringLiteral("frobnicate"), QStringLiteral("--library"), path});
    COMPARE_EXIT(unknown, 2);
    QVERIFY(unknown.err.contains("frobnicate"));
    QVERIFY(!QFileInfo::exists(path));

    COMPARE_EXIT(
        run({QStringLiteral("info"), QStringLiteral("--no-such-option"), QStringLiteral("--library"), path}),
        2);
    COMPARE_EXIT(run({QStringLiteral("info"), QStringLiteral("extra"), QStringLiteral("--library"), path}),
                 2);
}

void TestCli::newerVersionRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    COMPARE_EXIT(run({QStringLiteral("load-samples"), QStringLiteral("--library"), path}), 0);
    {
        const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA user_version = 99")),
                     qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = readBytes(path);
    QVERIFY(before.size() > 100);

    const CliRun info = run({QStringLiteral("info"), QStringLiteral("--library"), path});
    COMPARE_EXIT(info, 1);
    QString message = QString::fromUtf8(info.err);
    message.remove(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    message.remove(QDir::toNativeSeparators(path));
    QVERIFY2(containsNumber(message, 99), qPrintable(message));
    QVERIFY2(containsNumber(message, Library::SchemaVersion), qPrintable(message));
    QCOMPARE(readBytes(path), before);

    const CliRun json =
        run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), path});
    COMPARE_EXIT(json, 1);
    PARSE_JSON(json, object);
    QCOMPARE(object.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("newer-version"));
    COMPARE_EXIT(run({QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("reviewed"),
                      QStringLiteral("--library"), path}),
                 1);
    QCOMPARE(readBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestCli::notALibraryRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray content("These are my notes, not a library.\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const CliRun info = run({QStringLiteral("info"), QStringLiteral("--library"), path});
    COMPARE_EXIT(info, 1);
    QVERIFY(!info.err.isEmpty());
    QCOMPARE(readBytes(path), content);

    const CliRun json =
        run({QStringLiteral("load-samples"), QStringLiteral("--json"), QStringLiteral("--library"), path});
    COMPARE_EXIT(json, 1);
    PARSE_JSON(json, object);
    QCOMPARE(object.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not-a-library"));
    QCOMPARE(readBytes(path), content);
}

void TestCli::environmentChoosesLibrary()
{
    QTemporaryDir dir;
    const QString fromEnvironment = dir.filePath(QStringLiteral("env/library.sqlite"));
    const QString fromOption = dir.filePath(QStringLiteral("option/library.sqlite"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("NEWSDESK_LIBRARY"), fromEnvironment);

    const CliRun info = run({QStringLiteral("info"), QStringLiteral("--json")}, env);
    COMPARE_EXIT(info, 0);
    PARSE_JSON(info, json);
    QCOMPARE(json.value(QLatin1String("library")).toString(), QFileInfo(fromEnvironment).absoluteFilePath());
    QVERIFY(QFileInfo::exists(fromEnvironment));

    // --library wins over the environment.
    const CliRun chosen =
        run({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--library"), fromOption}, env);
    COMPARE_EXIT(chosen, 0);
    PARSE_JSON(chosen, chosenJson);
    QCOMPARE(chosenJson.value(QLatin1String("library")).toString(), QFileInfo(fromOption).absoluteFilePath());
    QVERIFY(QFileInfo::exists(fromOption));

    // Samples loaded through the environment land in that library.
    COMPARE_EXIT(run({QStringLiteral("load-samples")}, env), 0);
    QCOMPARE(listArticles(fromEnvironment).size(), Testing::SampleArticleCount);
    QVERIFY(listArticles(fromOption).isEmpty());
}

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestCli)
#include "tst_cli.moc"
