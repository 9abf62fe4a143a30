// Tests of the library store itself: creating and migrating a file, refusing files it must not
// touch, rolling back failed migrations and transactions, and loading the sample library.

#include "MessageChecks.h"
#include "TestLibrary.h"

#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <functional>
#include <type_traits>
#include <utility>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

// A Result that is about to die hands over its value rather than a reference into itself, so that
// `for (x : *query())` and `const auto &x = *query();` cannot outlive what they refer to.
static_assert(std::is_same_v<decltype(*std::declval<Result<QString>>()), QString>);
static_assert(std::is_same_v<decltype(std::declval<Result<QString>>().value()), QString>);
static_assert(std::is_same_v<decltype(*std::declval<Result<QString> &>()), QString &>);

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Runs work on a raw QSQLITE connection to path, outside Library, and closes it again.
bool withRawConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool rawExec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return false;
        value = query.value(0);
        return true;
    });
    return value;
}

QVariant pragma(Library &library, const QString &name)
{
    QSqlQuery query(library.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

/// Creates a library with one article at path and closes it again.
bool createLibrary(const QString &path)
{
    auto opened = Library::open(path);
    if (!opened)
        return false;
    Article article;
    article.title = QStringLiteral("Kept article");
    return bool((*opened)->articles().insert({article}));
}


Article titled(const QString &title)
{
    Article article;
    article.title = title;
    article.bodyText = QStringLiteral("Body of ") + title;
    return article;
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createsNewLibrary();
    void upgradesAVersion1Library();
    void createsMissingFolder();
    void emptyFileBecomesLibrary();
    void reopenKeepsData();
    void refusesNewerVersion_data();
    void refusesNewerVersion();
    void refusesNonSqliteFile_data();
    void refusesNonSqliteFile();
    void refusesCorruptLibrary_data();
    void refusesCorruptLibrary();
    void refusesForeignDatabase_data();
    void refusesForeignDatabase();
    void refusesFolder();
    void refusesPathUnderFile();
    void lockedLibrary();
    void twoConnectionsShareLibrary();
    void failedMigrationRollsBack();
    void missingMigrationStepRollsBack();
    void transactionCommits();
    void transactionRollsBackOnError();
    void nestedTransactionJoinsOuter();
    void recordActionWritesAuditLog();
    void defaultPathFollowsEnvironment();
    void sampleLibraryLoads();
};

void TestLibraryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestLibraryStore::init()
{
    // The store reports through errors, never through warnings on the console.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestLibraryStore::upgradesAVersion1Library()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = Library::open(path, Library::builtinMigrations().mid(0, 1));
        QVERIFY2(old.ok(), qPrintable(old.errorString()));
        QCOMPARE((*old)->schemaVersion(), 1);
        QSqlQuery insert((*old)->database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO articles(title, imported_at) VALUES ('Kept across the upgrade', 1)")));
    }
    auto upgraded = Library::open(path);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    QCOMPARE((*upgraded)->schemaVersion(), Library::SchemaVersion);
    QCOMPARE(pragma(**upgraded, QStringLiteral("user_version")).toInt(), Library::SchemaVersion);
    const auto rows = (*upgraded)->articles().page({}, std::nullopt, 10);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().title, QStringLiteral("Kept across the upgrade"));
    QCOMPARE((*upgraded)->articles().find(rows->first().id)->guid, QString());
    // The file as it was before the upgrade stays beside it.
    const QString backup = path + QStringLiteral(".v1.bak");
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(qFromBigEndian<qint32>(readBytes(backup).constData() + 60), 1);
}

void TestLibraryStore::createsNewLibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(!QFileInfo::exists(path));

    auto opened = Library::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Library &library = **opened;
    QCOMPARE(library.schemaVersion(), Library::SchemaVersion);
    QCOMPARE(library.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo::exists(path));

    QCOMPARE(pragma(library, QStringLiteral("user_version")).toInt(), Library::SchemaVersion);
    QCOMPARE(pragma(library, QStringLiteral("application_id")).toInt(), Library::ApplicationId);
    QCOMPARE(pragma(library, QStringLiteral("journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(pragma(library, QStringLiteral("foreign_keys")).toInt(), 1);

    QSqlQuery query(library.database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
    QSet<QString> tables;
    while (query.next())
        tables << query.value(0).toString();
    for (const char *table : {"articles", "article_curation", "articles_fts", "topics", "article_topics",
                              "comments", "bundles", "bundle_entries", "audit_log", "comment_status_counts",
                              "article_comment_counts"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    query.finish();

    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")));
    QVERIFY(query.next());
    // curation row, three FTS sync triggers, three each for the status and the per-article comment counts
    QCOMPARE(query.value(0).toInt(), 10);
    query.finish();

    const auto counts = library.articles().counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->total, 0);
    QCOMPARE(counts->trashed, 0);

    opened.value().reset();
    // The identity is in the file header, where Library::open looks before opening anything.
    const QByteArray header = readBytes(path).left(100);
    QVERIFY(header.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    QCOMPARE(header.mid(68, 4), QByteArray("NDSK"));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), Library::SchemaVersion);
    // A fresh library is not an upgrade: no backup next to it.
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

void TestLibraryStore::createsMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/library.sqlite"));
    auto opened = Library::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QVERIFY(QFileInfo::exists(path));
}

void TestLibraryStore::emptyFileBecomesLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeBytes(path, {}));
    auto opened = Library::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QCOMPARE(pragma(**opened, QStringLiteral("user_version")).toInt(), Library::SchemaVersion);
}

void TestLibraryStore::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    qint64 id = 0;
    {
        auto opened = Library::open(path);
        QVERIFY(opened.ok());
        Article article = titled(QStringLiteral("Survives a restart"));
        article.note = QStringLiteral("curator's note");
        article.status = ArticleStatus::Selected;
        const auto ids = (*opened)->articles().insert({article});
        QVERIFY(ids.ok());
        id = ids->first();
    }
    auto reopened = Library::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QCOMPARE((*reopened)->schemaVersion(), Library::SchemaVersion);
    const auto found = (*reopened)->articles().find(id);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QCOMPARE(found->title, QStringLiteral("Survives a restart"));
    QCOMPARE(found->note, QStringLiteral("curator's note"));
    QCOMPARE(found->status, ArticleStatus::Selected);
    QCOMPARE((*reopened)->articles().counts()->total, 1);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

void TestLibraryStore::refusesNewerVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("99") << 99;
    QTest::newRow("next") << Library::SchemaVersion + 1;
}

void TestLibraryStore::refusesNewerVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(createLibrary(path));
    QVERIFY(withRawConnection(path, [version](QSqlDatabase &db) {
        return rawExec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    }));
    const QByteArray before = readBytes(path);
    QVERIFY(!before.isEmpty());
    QCOMPARE(qFromBigEndian<qint32>(before.constData() + 60), version);

    auto opened = Library::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NewerVersion);
    const QString message = messageWithoutPath(opened.errorString(), path);
    QVERIFY2(containsNumber(message, version), qPrintable(message));
    QVERIFY2(containsNumber(message, Library::SchemaVersion), qPrintable(message));
    QCOMPARE(readBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

void TestLibraryStore::refusesNonSqliteFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator random(20261003);
    QByteArray noise(8192, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    noise[0] = 'X'; // never the SQLite magic by chance
    QTest::newRow("random bytes") << noise;
    QTest::newRow("short text") << QByteArray("hello, I am a note\n");
    QTest::newRow("magic only") << QByteArray("SQLite format 3\0", 16);
}

void TestLibraryStore::refusesNonSqliteFile()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(writeBytes(path, bytes));

    auto opened = Library::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NotALibrary);
    QVERIFY(!opened.errorString().isEmpty());
    QCOMPARE(readBytes(path), bytes);
}

void TestLibraryStore::refusesCorruptLibrary_data()
{
    QTest::addColumn<bool>("keepFirstPage");
    QTest::newRow("header then garbage") << false;
    QTest::newRow("pages after the first overwritten") << true;
}

void TestLibraryStore::refusesCorruptLibrary()
{
    QFETCH(bool, keepFirstPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QVERIFY(createLibrary(path));
    const QByteArray good = readBytes(path);
    const int pageSize = qFromBigEndian<quint16>(good.constData() + 16);
    QVERIFY(pageSize >= 512);
    QVERIFY(good.size() > 2 * pageSize);

    const qsizetype keep = keepFirstPage ? pageSize : 100;
    QByteArray corrupt = good.left(keep);
    QRandomGenerator random(7);
    while (corrupt.size() < good.size())
        corrupt.append(char(0xA5 ^ (random.generate() & 0x0F)));
    QVERIFY(writeBytes(path, corrupt));

    auto opened = Library::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NotALibrary);
    QVERIFY2(opened.errorString().contains(QLatin1String("damaged")), qPrintable(opened.errorString()));
    QCOMPARE(readBytes(path), corrupt);
}

void TestLibraryStore::refusesForeignDatabase_data()
{
    QTest::addColumn<int>("applicationId");
    QTest::addColumn<int>("userVersion");
    QTest::newRow("plain sqlite, user_version 0") << 0 << 0;
    QTest::newRow("another application's id") << 0x12345678 << 1;
}

void TestLibraryStore::refusesForeignDatabase()
{
    QFETCH(int, applicationId);
    QFETCH(int, userVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        return rawExec(db, QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")) &&
               rawExec(db, QStringLiteral("INSERT INTO notes(text) VALUES ('shopping list')")) &&
               rawExec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
               rawExec(db, QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
    }));
    const QByteArray before = readBytes(path);
    QVERIFY(!before.isEmpty());

    auto opened = Library::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NotALibrary);
    QCOMPARE(readBytes(path), before);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(), 1);
}

void TestLibraryStore::refusesFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a-folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    auto opened = Library::open(folder);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::InvalidArgument);
    QVERIFY(!opened.errorString().isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());
}

void TestLibraryStore::refusesPathUnderFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeBytes(file, "not a folder"));
    auto opened = Library::open(file + QStringLiteral("/library.sqlite"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Failed);
    QCOMPARE(readBytes(file), QByteArray("not a folder"));
}

void TestLibraryStore::lockedLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    const QString name = QStringLiteral("holder");
    {
        // Another program holds an exclusive lock for longer than the library waits (its busy timeout).
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(rawExec(holder, QStringLiteral("CREATE TABLE t(x)")));
        QVERIFY(rawExec(holder, QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(rawExec(holder, QStringLiteral("INSERT INTO t VALUES (1)")));

        QElapsedTimer timer;
        timer.start();
        auto opened = Library::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Locked);
        QVERIFY(timer.elapsed() >= 1000); // it waited rather than failing at once

        QVERIFY(rawExec(holder, QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLibraryStore::twoConnectionsShareLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Library::open(path);
    QVERIFY(first.ok());
    auto second = Library::open(path);
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QVERIFY((*first)->articles().insert({titled(QStringLiteral("Written by the first"))}).ok());
    QCOMPARE((*second)->articles().counts()->total, 1);
    // Each sees what the other commits.
    const Status written = (*second)->transaction([&]() -> Status {
        const auto ids = (*second)->articles().insert({titled(QStringLiteral("Written by the second"))});
        return ids ? Status() : Status(ids.error());
    });
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE((*first)->articles().counts()->total, 2);
}

void TestLibraryStore::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken-migration.sqlite"));
    const QList<Migration> migrations{
        {1, QStringLiteral("CREATE TABLE first_step(id INTEGER PRIMARY KEY);\n"
                           "INSERT INTO first_step(id) VALUES (1);\n"
                           "INSERT INTO no_such_table(id) VALUES (1);")},
    };
    auto opened = Library::open(path, migrations);
    QVERIFY(!opened.ok());
    const QString message = opened.errorString();
    QVERIFY2(message.contains(QLatin1String("version")), qPrintable(message));
    QVERIFY2(containsNumber(messageWithoutPath(message, path), 1), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no_such_table")), qPrintable(message));

    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(), 0);

    // The file is still a fresh, empty database, so the real migrations can run on it afterwards.
    auto retried = Library::open(path);
    QVERIFY2(retried.ok(), qPrintable(retried.errorString()));
    QCOMPARE((*retried)->schemaVersion(), Library::SchemaVersion);
}

void TestLibraryStore::missingMigrationStepRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gap.sqlite"));
    const QList<Migration> migrations{
        {2, QStringLiteral("CREATE TABLE second_step(id INTEGER PRIMARY KEY);")},
    };
    auto opened = Library::open(path, migrations);
    QVERIFY(!opened.ok());
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(), 0);
}

void TestLibraryStore::transactionCommits()
{
    Testing::TestLibrary library;
    const Status status = library->transaction([&]() -> Status {
        const auto ids =
            library->articles().insert({titled(QStringLiteral("One")), titled(QStringLiteral("Two"))});
        return ids ? Status() : Status(ids.error());
    });
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(library->articles().counts()->total, 2);
    library.close();
    auto reopened = Library::open(library.path());
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->articles().counts()->total, 2);
}

void TestLibraryStore::transactionRollsBackOnError()
{
    Testing::TestLibrary library;
    QVERIFY(library->articles().insert({titled(QStringLiteral("Before"))}).ok());
    QCOMPARE(library->articles().counts()->total, 1);

    bool inserted = false;
    const Status status = library->transaction([&]() -> Status {
        const auto ids = library->articles().insert({titled(QStringLiteral("Doomed"))});
        inserted = ids.ok();
        return Error{Error::Code::Failed, QStringLiteral("changed my mind")};
    });
    QVERIFY(inserted);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorString(), QStringLiteral("changed my mind"));
    QCOMPARE(library->articles().counts()->total, 1);
    QCOMPARE(*library->articles().count({}), 1);

    // The connection is usable again, outside any transaction.
    QVERIFY(library->articles().insert({titled(QStringLiteral("After"))}).ok());
    library.close();
    auto reopened = Library::open(library.path());
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->articles().counts()->total, 2);
}

void TestLibraryStore::nestedTransactionJoinsOuter()
{
    Testing::TestLibrary library;
    const Status status = library->transaction([&]() -> Status {
        const Status inner = library->transaction([&]() -> Status {
            return library->articles().insert({titled(QStringLiteral("Inner"))}).ok()
                       ? Status()
                       : Status(Error{Error::Code::Failed, QStringLiteral("insert failed")});
        });
        if (!inner)
            return inner;
        return Error{Error::Code::Failed, QStringLiteral("outer fails")};
    });
    QVERIFY(!status.ok());
    // The inner transaction did not commit on its own: the outer failure took it back too.
    QCOMPARE(library->articles().counts()->total, 0);
}

void TestLibraryStore::recordActionWritesAuditLog()
{
    Testing::TestLibrary library;
    const Status status = library->transaction([&]() -> Status {
        return library->recordAction(QStringLiteral("test.action"), QStringLiteral("thing"), 42,
                                     {{QStringLiteral("answer"), 42}});
    });
    QVERIFY(status.ok());
    QSqlQuery query(library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT action, object_type, object_id, detail, at FROM audit_log "
                                      "WHERE action = 'test.action'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("thing"));
    QCOMPARE(query.value(2).toLongLong(), 42);
    QCOMPARE(query.value(3).toString(), QStringLiteral("{\"answer\":42}"));
    QVERIFY(qAbs(query.value(4).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(!query.next());
}

void TestLibraryStore::defaultPathFollowsEnvironment()
{
    const QByteArray saved = qgetenv("NEWSDESK_LIBRARY");
    qputenv("NEWSDESK_LIBRARY", "/some/where/else.sqlite");
    QCOMPARE(Library::defaultPath(), QStringLiteral("/some/where/else.sqlite"));
    qunsetenv("NEWSDESK_LIBRARY");
    const QString fallback = Library::defaultPath();
    QVERIFY(fallback.endsWith(QLatin1String("/library.sqlite")));
    // Test mode keeps the default away from the user's own library.
    QVERIFY2(fallback.contains(QLatin1String("qttest")), qPrintable(fallback));
    if (!saved.isNull())
        qputenv("NEWSDESK_LIBRARY", saved);
}

void TestLibraryStore::sampleLibraryLoads()
{
    Testing::TestLibrary library;
    QSignalSpy inserted(library.get(), &Library::articlesInserted);
    const auto loaded = SampleLibrary::load(*library);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(*loaded, Testing::SampleArticleCount);
    QCOMPARE(library->articles().counts()->total, Testing::SampleArticleCount);
    QCOMPARE(inserted.count(), Testing::SampleArticleCount);

    const auto comments = library->comments().count();
    QVERIFY(comments.ok());
    QVERIFY(*comments > 0);
    // Replies point at their parent on the same article.
    QSqlQuery query(library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM comments r JOIN comments p ON p.id = r.parent_id "
                                      "WHERE p.article_id <> r.article_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    const auto rows = library->articles().page({}, std::nullopt, 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), Testing::SampleArticleCount);
    QSet<QString> languages;
    for (const ArticleRow &row : *rows) {
        const auto article = library->articles().find(row.id);
        QVERIFY(article.ok());
        QVERIFY(!article->title.isEmpty());
        QVERIFY(!article->bodyText.isEmpty());
        QVERIFY(article->wordCount > 0);
        languages << article->language;
        // The pasted pages are read as an import reads them: the story without the site around it.
        for (const char *noise : {"Leave a Reply", "Upvote", "Points", "Image Credit"})
            QVERIFY2(!article->bodyText.contains(QLatin1String(noise)), noise);
    }
    QVERIFY(languages.contains(QStringLiteral("ja")));
    QVERIFY(languages.contains(QStringLiteral("ko")));
    QVERIFY(languages.contains(QStringLiteral("en")));

    // The wire story two sites ran, and a third site's pasted copy, are recognised as one story.
    ArticleQuery pact;
    pact.search = QStringLiteral("intelligence sharing ");
    const auto pactRows = library->articles().page(pact, std::nullopt, 10);
    QVERIFY(pactRows.ok());
    int linked = 0;
    for (const ArticleRow &row : *pactRows)
        linked += int(library->stories().relatedCopies(row.id)->size());
    QVERIFY2(linked >= 2, qPrintable(QString::number(linked)));

    // Reading a missing sample file is an error, not a crash, and adds nothing.
    const auto missing = SampleLibrary::load(*library, QStringLiteral("/no/such/sample.json"));
    QVERIFY(!missing.ok());
    QCOMPARE(library->articles().counts()->total, Testing::SampleArticleCount);
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_library.moc"
