#include "Library.h"

#include "ArticleRepository.h"
#include "BundleRepository.h"
#include "CommentRepository.h"
#include "SqlValues.h"
#include "StatementCache.h"
#include "StoryRepository.h"
#include "TopicRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace Newsdesk {

namespace {

constexpr int BusyTimeoutMs = 5000;
/// How long a connection waiting for the write lock sleeps between tries. SQLite's own handler sleeps up to
/// 100 ms, so a window waiting behind an import kept missing the moment between two of its commits and
/// could be refused after the whole timeout; the importer leaves a few milliseconds free after each commit
/// (ImportJob), and trying every millisecond catches them. A try costs microseconds.
constexpr unsigned long BusyRetryMicroseconds = 1000;
/// SQLite's page cache per connection, in KiB. With the default 2 MB a search re-read the full-text
/// index's lists and the articles it showed from the file every time (a fifth of a search's time in
/// read() at 100,000 articles). It fills only as far as queries need; 48 MB measured no faster, and every
/// background job's connection has one too.
constexpr int PageCacheKiB = 16 * 1024;
/// SQLite's default, for connections that read each row once (Library::useSmallPageCache).
constexpr int SmallPageCacheKiB = 2 * 1024;
constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

/// What the 100-byte SQLite header says, read without opening the file through SQLite,
/// so that a file we refuse is never touched.
struct FileHeader
{
    bool isSqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

std::optional<FileHeader> readHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray header = file.read(100);
    FileHeader result;
    result.isSqlite = header.size() == 100 && header.startsWith(SqliteMagic);
    if (result.isSqlite) {
        result.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
        result.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    }
    return result;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

bool isLockedError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
}

/// Whether SQLite's message (which it never translates) is that of SQLITE_BUSY or SQLITE_LOCKED: callers
/// hand queryFailed() the text alone.
bool isLockedMessage(const QString &detail)
{
    return detail.contains(QLatin1String("database is locked")) ||
           detail.contains(QLatin1String("database table is locked"));
}

Error newerVersionError(const QString &nativePath, int fileVersion)
{
    return {
        Error::Code::NewerVersion,
        LibraryText::tr("“%1” was saved by a newer version of Newsdesk (library version %2); this version "
                        "reads library versions up to %3. The file was left unchanged; open it with a newer "
                        "Newsdesk.")
            .arg(nativePath)
            .arg(fileVersion)
            .arg(Library::SchemaVersion)};
}

Error unreadableError(const QString &nativePath, const QSqlError &error)
{
    if (isLockedError(error))
        return {Error::Code::Locked, LibraryText::tr("“%1” is locked by another program.").arg(nativePath)};
    return {Error::Code::NotALibrary,
            LibraryText::tr("“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.")
                .arg(nativePath, error.text())};
}

} // namespace

Error LibraryText::queryFailed(const QString &failure, const QString &detail)
{
    if (isLockedMessage(detail))
        return busy(failure);
    //: %1 is a whole translated sentence saying what failed ("The bundle could not be saved.");
    //: %2 is SQLite's own error message, which stays in English.
    return {Error::Code::Failed, tr("%1 (SQLite: %2)").arg(failure, detail)};
}

Error LibraryText::busy(const QString &failure)
{
    //: %1 is a whole translated sentence saying what failed ("The change could not be saved.").
    return {Error::Code::Locked,
            tr("%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish "
               "in time. Try again when it has finished.")
                .arg(failure)};
}

Library::Library(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_busyTimeoutMs(BusyTimeoutMs)
    , m_articles(std::make_unique<ArticleRepository>(*this))
    , m_bundles(std::make_unique<BundleRepository>(*this))
    , m_comments(std::make_unique<CommentRepository>(*this))
    , m_stories(std::make_unique<StoryRepository>(*this))
    , m_topics(std::make_unique<TopicRepository>(*this))
    , m_statements(std::make_unique<StatementCache>(connectionName))
{
}

Library::~Library()
{
    m_statements.reset(); // its statements go before their connection
    m_articles.reset();
    m_comments.reset();
    m_stories.reset();
    m_topics.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // The busy handler points at this object, which is going.
        if (sqlite3 *handle = db.isOpen() ? nativeHandle(db) : nullptr)
            sqlite3_busy_handler(handle, nullptr, nullptr);
        // SQLite's advice for every connection that closes: refresh the planner's statistics where
        // they are stale (cheap, and usually nothing), so it picks the selective index.
        // Only a library this build opened fully: a refused file is left byte for byte as it was. A short
        // timeout, so closing never waits long on another connection's write.
        if (db.isOpen() && m_schemaVersion == SchemaVersion) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Library::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("NEWSDESK_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

QList<Migration> Library::builtinMigrations()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/newsdesk/migrations"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = numbered.match(name);
        QFile file(dir.filePath(name));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    const QList<Migration> migrations = builtinMigrations();
    if (migrations.isEmpty() || migrations.last().version != SchemaVersion)
        return Error{Error::Code::Failed,
                     LibraryText::tr("This build knows library version %1 but its schema steps stop at %2.")
                         .arg(SchemaVersion)
                         .arg(migrations.isEmpty() ? 0 : migrations.last().version)};
    return open(path, migrations);
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, const QList<Migration> &migrations)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Error::Code::InvalidArgument,
                     LibraryText::tr("“%1” is a folder, not a library file.").arg(nativePath)};

    if (info.exists() && info.size() > 0) {
        QString readError;
        const auto header = readHeader(path, &readError);
        if (!header)
            return Error{Error::Code::Failed,
                         LibraryText::tr("Could not read “%1”: %2").arg(nativePath, readError)};
        if (!header->isSqlite || (header->applicationId != 0 && header->applicationId != ApplicationId))
            return Error{Error::Code::NotALibrary,
                         LibraryText::tr("“%1” is not a Newsdesk library. The file was left unchanged.")
                             .arg(nativePath)};
        if (header->userVersion > SchemaVersion)
            return newerVersionError(nativePath, header->userVersion);
    } else if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Code::Failed, LibraryText::tr("Could not create the folder “%1”.")
                                                  .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    const QString connectionName =
        QStringLiteral("newsdesk-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Library> library(new Library(info.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return Error{Error::Code::Failed,
                         LibraryText::tr("The Qt SQLite driver (QSQLITE) is not installed.")};
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return Error{Error::Code::Failed,
                         LibraryText::tr("Could not open “%1”: %2").arg(nativePath, db.lastError().text())};
        // Replaces the plain timeout just set (kept for a driver that hides its handle).
        if (sqlite3 *handle = nativeHandle(db))
            sqlite3_busy_handler(handle, &Library::retryWhileBusy, library.get());
    }
    QSqlDatabase db = library->database();

    // Read before writing anything: a damaged or foreign file must come out of this unchanged.
    QSqlQuery probe(db);
    int userVersion = 0;
    int objectCount = 0;
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
        return unreadableError(nativePath, probe.lastError());
    userVersion = probe.value(0).toInt();
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next())
        return unreadableError(nativePath, probe.lastError());
    objectCount = probe.value(0).toInt();
    if (userVersion == 0 && objectCount > 0)
        return Error{Error::Code::NotALibrary,
                     LibraryText::tr("“%1” is an SQLite database of another program, not a Newsdesk library. "
                                     "The file was left unchanged.")
                         .arg(nativePath)};
    if (userVersion > SchemaVersion)
        return newerVersionError(nativePath, userVersion);
    if (userVersion > 0) {
        // A Newsdesk library must pass a quick structural check of its schema page before we write.
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM articles")) || !probe.next())
            return Error{Error::Code::NotALibrary,
                         LibraryText::tr("“%1” is damaged (%2). The file was left unchanged.")
                             .arg(nativePath, probe.lastError().text())};
    }
    probe.finish();

    QSqlQuery setup(db);
    for (const auto &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKiB)}) {
        if (!setup.exec(pragma)) {
            if (isLockedError(setup.lastError()))
                return Error{
                    Error::Code::Locked,
                    LibraryText::tr("“%1” is in use by another program that did not let go within %2 "
                                    "seconds. Close it and try again.")
                        .arg(nativePath)
                        .arg(BusyTimeoutMs / 1000)};
            return LibraryText::queryFailed(LibraryText::tr("The library could not be prepared."),
                                            setup.lastError().text());
        }
    }

    library->m_schemaVersion = userVersion;
    library->m_created = userVersion == 0;
    const int target = migrations.isEmpty() ? userVersion : migrations.last().version;
    if (userVersion < target) {
        if (Status migrated = library->migrate(migrations, userVersion); !migrated)
            return migrated.error();
        library->m_schemaVersion = target;
    }
    return library;
}

Status Library::migrate(const QList<Migration> &migrations, int fromVersion)
{
    if (fromVersion > 0) {
        // Keep the file as it was before an upgrade, next to it, so a failed or regretted upgrade can
        // be undone by hand.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(fromVersion);
        QFile::remove(backup);
        QSqlQuery(database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!QFile::copy(m_path, backup))
            return Error{Error::Code::Failed,
                         LibraryText::tr("Could not back up the library to “%1” before upgrading it.")
                             .arg(QDir::toNativeSeparators(backup))};
    }

    sqlite3 *handle = nativeHandle(database());
    if (!handle)
        return Error{Error::Code::Failed,
                     LibraryText::tr("The SQLite driver does not expose its connection.")};

    auto exec = [handle](const QString &sql) -> QString {
        char *message = nullptr;
        if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return text.isEmpty() ? QStringLiteral("unknown error") : text;
    };

    // All steps in one exclusive transaction: a library is either fully upgraded or not at all.
    if (const QString failure = exec(QStringLiteral("BEGIN EXCLUSIVE")); !failure.isEmpty())
        return Error{Error::Code::Locked, LibraryText::tr("Could not upgrade the library: %1").arg(failure)};
    int version = fromVersion;
    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        if (migration.version != version + 1) {
            exec(QStringLiteral("ROLLBACK"));
            return Error{
                Error::Code::Failed,
                LibraryText::tr("Schema step %1 is missing; the library was not changed.").arg(version + 1)};
        }
        if (const QString failure = exec(migration.sql); !failure.isEmpty()) {
            exec(QStringLiteral("ROLLBACK"));
            return Error{
                Error::Code::Failed,
                LibraryText::tr("Upgrading the library to version %1 failed, so it was left at version "
                                "%2: %3")
                    .arg(migration.version)
                    .arg(fromVersion)
                    .arg(failure)};
        }
        version = migration.version;
    }
    const QString finish = exec(QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2; COMMIT")
                                    .arg(version)
                                    .arg(ApplicationId));
    if (!finish.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        return Error{Error::Code::Failed, LibraryText::tr("Could not upgrade the library: %1").arg(finish)};
    }
    return {};
}

int Library::retryWhileBusy(void *context, int attempts)
{
    auto *library = static_cast<Library *>(context);
    if (attempts == 0)
        library->m_busySince.start();
    if (library->m_busySince.elapsed() >= library->m_busyTimeoutMs)
        return 0;
    QThread::usleep(BusyRetryMicroseconds);
    return 1;
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Library::useSmallPageCache()
{
    QSqlQuery(database()).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(SmallPageCacheKiB));
}

Status Library::transaction(const std::function<Status()> &work)
{
    // Nested calls join the outer transaction, so repository methods compose.
    QSqlDatabase db = database();
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        // IMMEDIATE takes the write lock here, where the busy handler waits for another connection's write
        // to end. A deferred BEGIN (QSqlDatabase::transaction()) takes it at the first write, and when
        // another connection has committed since this one's first read, that write fails with SQLITE_BUSY at
        // once.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return LibraryText::queryFailed(LibraryText::tr("A transaction could not be started."),
                                            begin.lastError().text());
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!outermost)
        return result;
    QList<std::function<void()>> events;
    events.swap(m_pendingEvents);
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return LibraryText::queryFailed(LibraryText::tr("The change could not be saved."), detail);
    }
    for (const auto &event : std::as_const(events))
        event();
    return {};
}

Status Library::savepoint(const std::function<Status()> &work)
{
    if (m_transactionDepth == 0)
        return transaction(work);
    QSqlQuery query(database());
    const QString name = QStringLiteral("newsdesk_%1").arg(m_transactionDepth);
    if (!query.exec(QStringLiteral("SAVEPOINT ") + name))
        return LibraryText::queryFailed(LibraryText::tr("A savepoint could not be started."),
                                        query.lastError().text());
    const qsizetype eventsBefore = m_pendingEvents.size();
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        query.exec(QStringLiteral("ROLLBACK TO ") + name);
        query.exec(QStringLiteral("RELEASE ") + name);
        m_pendingEvents.resize(eventsBefore);
        return result;
    }
    if (!query.exec(QStringLiteral("RELEASE ") + name))
        return LibraryText::queryFailed(LibraryText::tr("The change could not be saved."),
                                        query.lastError().text());
    return {};
}

void Library::notifyCommentsInsertedElsewhere(const QList<qint64> &commentIds,
                                              const QList<qint64> &articleIds)
{
    if (!commentIds.isEmpty())
        emit commentsInserted(commentIds);
    for (qint64 articleId : articleIds)
        emit commentsChanged(articleId);
}

void Library::announce(std::function<void()> event)
{
    if (m_transactionDepth > 0)
        m_pendingEvents.append(std::move(event));
    else
        event();
}

Result<QString> Library::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM library_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return LibraryText::queryFailed(LibraryText::tr("The library's settings could not be read."),
                                        query.lastError().text());
    return query.next() ? query.value(0).toString() : fallback;
}

Status Library::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO library_settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(textValue(value)); // an empty QString would bind as NULL
    if (!query.exec())
        return LibraryText::queryFailed(LibraryText::tr("The library's settings could not be saved."),
                                        query.lastError().text());
    return {};
}

Status Library::recordAction(const QString &action, const QString &objectType, qint64 objectId,
                             const QVariantMap &detail)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO audit_log(at, actor, action, object_type, object_id, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(qEnvironmentVariable("USER", QStringLiteral("curator")));
    query.addBindValue(action);
    query.addBindValue(objectType);
    query.addBindValue(objectId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(detail)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return LibraryText::queryFailed(LibraryText::tr("The action could not be recorded."),
                                        query.lastError().text());
    return {};
}

} // namespace Newsdesk
