// Upgrades of libraries written by every past Newsdesk. The fixtures tests/data/library/v1.sql … v5.sql
// (text dumps made by make-fixtures.py: that version's migrations plus a curator's data in every table) are
// turned back into library files, opened with Library::open, and must come out at the current schema with
// every row intact and readable through the repositories, a byte-for-byte backup beside them, and untouched
// when an upgrade fails. One row per past version.

#include "MessageChecks.h"

#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace Newsdesk;
using namespace Newsdesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString dumpPath(int version)
{
    return QStringLiteral(TEST_DATA_DIR "/library/v%1.sql").arg(version);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

/// Runs work on a QSQLITE connection of its own to path (read-only if asked) and closes it again, so the
/// last close checkpoints the WAL into the file as a Newsdesk that quits does.
bool withConnection(const QString &path, bool readOnly, const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Makes the library file the dump describes: what that version of Newsdesk left on disk.
bool buildLibrary(const QString &dump, const QString &path, QString *error)
{
    const QByteArray sql = readBytes(dump);
    if (sql.isEmpty()) {
        *error = QStringLiteral("cannot read %1").arg(dump);
        return false;
    }
    return withConnection(path, false, [&](QSqlDatabase &db) {
        // A dump is a script of many statements, which only sqlite3_exec runs.
        const QVariant handle = db.driver()->handle();
        sqlite3 *native = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.data())
                              : nullptr;
        if (!native) {
            *error = QStringLiteral("no native SQLite handle");
            return false;
        }
        char *message = nullptr;
        if (sqlite3_exec(native, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(native));
            sqlite3_free(message);
            return false;
        }
        return true;
    });
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toSecsSinceEpoch()) : QStringLiteral("none");
}

/// A column of the current row, or what the migration that added it fills in when the fixture's version
/// has no such column yet.
QVariant column(const QSqlQuery &query, const char *name, const QVariant &missing = {})
{
    const int index = query.record().indexOf(QLatin1String(name));
    return index < 0 ? missing : query.value(index);
}

/// A value as text that keeps NULL, numbers and blobs apart from strings.
QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    if (value.typeId() == QMetaType::QString)
        return u'\'' + value.toString() + u'\'';
    return value.toString();
}

QStringList describe(const Article &a)
{
    return {QStringLiteral("id=%1").arg(a.id),
            u"url="_s + a.url,
            u"canonical_url="_s + a.canonicalUrl,
            u"title="_s + a.title,
            u"dek="_s + a.dek,
            u"byline="_s + a.byline,
            u"dateline="_s + a.dateline,
            u"agency="_s + a.agency,
            u"source="_s + a.source,
            u"published="_s + timeText(a.publishedAt),
            u"imported="_s + timeText(a.importedAt),
            u"language="_s + a.language,
            u"image_url="_s + a.imageUrl,
            u"image_caption="_s + a.imageCaption,
            u"image_credit="_s + a.imageCredit,
            u"body_html="_s + a.bodyHtml,
            u"body_text="_s + a.bodyText,
            QStringLiteral("word_count=%1").arg(a.wordCount),
            u"content_hash="_s + a.contentHash,
            u"guid="_s + a.guid,
            u"status="_s + ArticleText::statusKey(a.status),
            u"note="_s + a.note,
            u"trashed="_s + timeText(a.trashedAt)};
}

QStringList describe(const Topic &t)
{
    return {QStringLiteral("id=%1").arg(t.id),
            QStringLiteral("parent=%1").arg(t.parentId),
            u"name="_s + t.name,
            u"description="_s + t.description,
            u"colour="_s + t.colour,
            u"code="_s + t.code,
            u"related="_s + t.relatedCodes.join(u'|'),
            u"rules="_s + QString::fromUtf8(t.rules),
            QStringLiteral("position=%1").arg(t.position)};
}

QString describe(const ArticleTopic &link)
{
    return QStringLiteral("%1→%2 %3 %4")
        .arg(link.articleId)
        .arg(link.topicId)
        .arg(TopicRepository::originKey(link.origin))
        .arg(link.confidence);
}

QString optionalStatus(const std::optional<CommentStatus> &status)
{
    return status ? commentStatusKey(*status) : QStringLiteral("none");
}

QStringList describe(const Comment &c)
{
    return {QStringLiteral("id=%1").arg(c.id),
            QStringLiteral("article=%1").arg(c.articleId),
            QStringLiteral("parent=%1").arg(c.parentId),
            u"author="_s + c.author,
            u"email="_s + c.authorEmail,
            u"author_url="_s + c.authorUrl,
            u"ip="_s + c.authorIp,
            u"body="_s + c.body,
            u"body_text="_s + c.bodyText,
            u"posted="_s + timeText(c.postedAt),
            u"imported="_s + timeText(c.importedAt),
            u"external_id="_s + c.externalId,
            u"status="_s + commentStatusKey(c.status),
            u"previous="_s + optionalStatus(c.previousStatus),
            u"spam_score="_s + (c.spamScore ? QString::number(*c.spamScore) : QStringLiteral("none")),
            u"reason="_s + c.reason,
            u"decided_by="_s + c.decidedBy,
            u"decided="_s + timeText(c.decidedAt)};
}

QString describe(const ModerationLogEntry &e)
{
    return QStringLiteral("%1 comment %2 at %3 by %4: %5 → %6 (%7)")
        .arg(e.id)
        .arg(e.commentId)
        .arg(timeText(e.at), e.actor, optionalStatus(e.from), commentStatusKey(e.to), e.reason);
}

QStringList describe(const Bundle &b)
{
    QStringList lines{QStringLiteral("id=%1").arg(b.id),
                      u"name="_s + b.name,
                      u"title="_s + b.title,
                      u"intro="_s + b.intro,
                      QStringLiteral("options=%1%2%3%4")
                          .arg(b.options.topics)
                          .arg(b.options.comments)
                          .arg(b.options.images)
                          .arg(b.options.sourceLinks),
                      u"saved_search="_s + b.savedSearch,
                      u"created="_s + timeText(b.createdAt),
                      u"updated="_s + timeText(b.updatedAt)};
    for (const BundleEntry &entry : b.entries)
        lines << QStringLiteral("entry article=%1 heading=%2 blurb=%3")
                     .arg(entry.articleId)
                     .arg(entry.heading, entry.blurb);
    return lines;
}

QString describe(const StoryCopy &copy)
{
    return QStringLiteral("%1 ← %2 %3 kept_apart=%4 %5 | %6 | %7")
        .arg(copy.articleId)
        .arg(copy.copyId)
        .arg(copy.similarity)
        .arg(copy.keptApart)
        .arg(copy.source, copy.title, copy.url);
}

struct Fingerprint
{
    qint64 articleId = 0;
    quint64 simHash = 0;
    QList<quint16> bands;
    QList<qint64> anchors;
};

struct Link
{
    qint64 articleId = 0;
    qint64 copyId = 0;
    double similarity = 0;
    bool keptApart = false;
    qint64 linkedAt = 0;
};

/// Everything the fixture holds, read with plain SQL from the file as its version wrote it and put in the
/// shape the current repositories return, with the defaults the later migrations give missing columns.
struct Snapshot
{
    QList<Article> articles;
    QList<Topic> topics;
    QList<ArticleTopic> articleTopics;
    QList<std::pair<qint64, qint64>> rejections;
    QList<Comment> comments;
    QList<ModerationLogEntry> moderationLog;
    QMap<QString, QString> settings;
    QList<Link> links;
    QMultiMap<qint64, StoryAlternate> alternates; ///< by article, in id order
    QList<Fingerprint> fingerprints;
    QList<Bundle> bundles;
    /// Every ordinary table's rows as text, column by column: the raw check that nothing was lost.
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> rows;

    const Article *article(qint64 id) const
    {
        for (const Article &a : articles)
            if (a.id == id)
                return &a;
        return nullptr;
    }
};

/// The columns a migration renamed: in the fixture's name → the current name.
QString currentColumnName(const QString &table, const QString &name)
{
    if (table == u"bundles" && name == u"description")
        return QStringLiteral("intro"); // 005
    return name;
}

/// Tables a later migration replaced; their rows are checked through what replaced them.
bool replacedTable(const QString &table)
{
    return table == u"bundle_items"; // 005: bundle_entries
}

bool readRows(QSqlDatabase &db, const QString &table, const QStringList &columns, QStringList *rows,
              QString *error)
{
    QSqlQuery query(db);
    QStringList quoted;
    for (const QString &name : columns)
        quoted << u'"' + name + u'"';
    QStringList order;
    for (qsizetype i = 1; i <= columns.size(); ++i)
        order << QString::number(i);
    if (!query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                        .arg(quoted.join(u','), table, order.join(u',')))) {
        *error = table + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    while (query.next()) {
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << cellText(query.value(int(i)));
        rows->append(cells.join(QStringLiteral(" | ")));
    }
    return true;
}

bool readSnapshot(QSqlDatabase &db, Snapshot *s, QString *error)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    };
    const auto hasTable = [&](const QString &name) {
        QSqlQuery probe(db);
        probe.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        probe.addBindValue(name);
        return probe.exec() && probe.next();
    };

    if (!run(QStringLiteral("SELECT * FROM articles a JOIN article_curation c ON c.article_id = a.id "
                            "ORDER BY a.id")))
        return false;
    while (q.next()) {
        Article a;
        a.id = column(q, "id").toLongLong();
        a.url = column(q, "url").toString();
        a.canonicalUrl = column(q, "canonical_url").toString();
        a.title = column(q, "title").toString();
        a.dek = column(q, "dek").toString();
        a.byline = column(q, "byline").toString();
        a.dateline = column(q, "dateline").toString();
        a.agency = column(q, "agency").toString();
        a.source = column(q, "source").toString();
        a.publishedAt = timeOf(column(q, "published_at"));
        a.importedAt = timeOf(column(q, "imported_at"));
        a.language = column(q, "language").toString();
        a.imageUrl = column(q, "image_url").toString();
        a.imageCaption = column(q, "image_caption").toString();
        a.imageCredit = column(q, "image_credit").toString();
        a.bodyHtml = column(q, "body_html").toString();
        a.bodyText = column(q, "body_text").toString();
        a.wordCount = column(q, "word_count").toInt();
        a.contentHash = column(q, "content_hash").toString();
        a.guid = column(q, "guid", QStringLiteral("")).toString(); // 002
        a.status = ArticleText::statusFromKey(column(q, "status").toString()).value_or(ArticleStatus::New);
        a.note = column(q, "note").toString();
        a.trashedAt = timeOf(column(q, "trashed_at"));
        s->articles << a;
    }

    if (!run(QStringLiteral("SELECT * FROM topics ORDER BY id")))
        return false;
    while (q.next()) {
        Topic t;
        t.id = column(q, "id").toLongLong();
        t.parentId = column(q, "parent_id").toLongLong();
        t.name = column(q, "name").toString();
        t.code = column(q, "code").toString();
        t.position = column(q, "position").toInt();
        // 003 added these.
        t.description = column(q, "description", QStringLiteral("")).toString();
        t.colour = column(q, "colour", QStringLiteral("")).toString();
        t.relatedCodes =
            column(q, "related_codes", QStringLiteral("")).toString().split(u' ', Qt::SkipEmptyParts);
        t.rules = column(q, "rules", QStringLiteral("[]")).toString().toUtf8();
        s->topics << t;
    }
    if (!run(QStringLiteral("SELECT article_id, topic_id, origin, confidence FROM article_topics")))
        return false;
    while (q.next())
        s->articleTopics << ArticleTopic{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                         TopicRepository::originFromKey(q.value(2).toString()),
                                         q.value(3).toDouble()};
    if (hasTable(QStringLiteral("topic_rejections"))) {
        if (!run(QStringLiteral("SELECT article_id, topic_id FROM topic_rejections")))
            return false;
        while (q.next())
            s->rejections.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    if (!run(QStringLiteral("SELECT * FROM comments ORDER BY id")))
        return false;
    while (q.next()) {
        Comment c;
        c.id = column(q, "id").toLongLong();
        c.articleId = column(q, "article_id").toLongLong();
        c.parentId = column(q, "parent_id").toLongLong();
        c.author = column(q, "author").toString();
        c.authorEmail = column(q, "author_email").toString();
        c.authorUrl = column(q, "author_url").toString();
        c.body = column(q, "body").toString();
        c.postedAt = timeOf(column(q, "posted_at"));
        c.importedAt = timeOf(column(q, "imported_at"));
        c.status = commentStatusFromKey(column(q, "status").toString()).value_or(CommentStatus::Pending);
        c.previousStatus = commentStatusFromKey(column(q, "previous_status").toString());
        c.decidedAt = timeOf(column(q, "moderated_at"));
        // 004 added these, and copied each body into body_text.
        c.authorIp = column(q, "author_ip", QStringLiteral("")).toString();
        c.bodyText = column(q, "body_text", c.body).toString();
        c.externalId = column(q, "external_id", QStringLiteral("")).toString();
        const QVariant score = column(q, "spam_score");
        c.spamScore = score.isNull() ? std::nullopt : std::optional<double>(score.toDouble());
        c.reason = column(q, "reason", QStringLiteral("")).toString();
        c.decidedBy = column(q, "decided_by", QStringLiteral("")).toString();
        s->comments << c;
    }
    if (hasTable(QStringLiteral("moderation_log"))) {
        if (!run(QStringLiteral("SELECT id, comment_id, at, actor, from_status, to_status, reason "
                                "FROM moderation_log ORDER BY id")))
            return false;
        while (q.next())
            s->moderationLog << ModerationLogEntry{
                q.value(0).toLongLong(),
                q.value(1).toLongLong(),
                timeOf(q.value(2)),
                q.value(3).toString(),
                commentStatusFromKey(q.value(4).toString()),
                commentStatusFromKey(q.value(5).toString()).value_or(CommentStatus::Pending),
                q.value(6).toString()};
    }
    if (hasTable(QStringLiteral("library_settings"))) {
        if (!run(QStringLiteral("SELECT key, value FROM library_settings")))
            return false;
        while (q.next())
            s->settings.insert(q.value(0).toString(), q.value(1).toString());
    }

    if (hasTable(QStringLiteral("story_links"))) {
        if (!run(QStringLiteral(
                "SELECT article_id, copy_id, similarity, kept_apart, linked_at FROM story_links")))
            return false;
        while (q.next())
            s->links << Link{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(),
                             q.value(3).toBool(), q.value(4).toLongLong()};
        if (!run(QStringLiteral(
                "SELECT article_id, source, title, url FROM article_alternates ORDER BY id DESC")))
            return false;
        while (q.next()) // QMultiMap::values() gives the last inserted first
            s->alternates.insert(q.value(0).toLongLong(),
                                 {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (!run(QStringLiteral("SELECT f.article_id, f.simhash, f.band0, f.band1, f.band2, f.band3, "
                                "(SELECT group_concat(anchor) FROM article_anchors x WHERE x.article_id = "
                                "f.article_id) FROM article_fingerprints f ORDER BY f.article_id")))
            return false;
        while (q.next()) {
            Fingerprint f;
            f.articleId = q.value(0).toLongLong();
            f.simHash = quint64(q.value(1).toLongLong());
            for (int band = 2; band <= 5; ++band)
                f.bands << quint16(q.value(band).toInt());
            for (const QString &anchor : q.value(6).toString().split(u',', Qt::SkipEmptyParts))
                f.anchors << anchor.toLongLong();
            s->fingerprints << f;
        }
    }

    const bool entriesTable = hasTable(QStringLiteral("bundle_entries")); // 005
    if (!run(QStringLiteral("SELECT * FROM bundles ORDER BY id")))
        return false;
    while (q.next()) {
        Bundle b;
        b.id = column(q, "id").toLongLong();
        b.name = column(q, "name").toString();
        // 005 renamed description to intro and added the rest with these defaults.
        b.intro = column(q, "intro", column(q, "description")).toString();
        b.title = column(q, "title", QStringLiteral("")).toString();
        b.options.topics = column(q, "include_topics", true).toBool();
        b.options.comments = column(q, "include_comments", true).toBool();
        b.options.images = column(q, "include_images", true).toBool();
        b.options.sourceLinks = column(q, "include_source_links", true).toBool();
        b.savedSearch = column(q, "saved_search", QStringLiteral("")).toString();
        b.createdAt = timeOf(column(q, "created_at"));
        b.updatedAt = timeOf(column(q, "updated_at"));
        s->bundles << b;
    }
    for (Bundle &b : s->bundles) {
        QSqlQuery entries(db);
        entries.prepare(entriesTable
                            ? QStringLiteral("SELECT ifnull(article_id, 0), heading, blurb FROM "
                                             "bundle_entries WHERE bundle_id = ? ORDER BY position, id")
                            : QStringLiteral("SELECT article_id, '', blurb FROM bundle_items "
                                             "WHERE bundle_id = ? ORDER BY position"));
        entries.addBindValue(b.id);
        if (!entries.exec()) {
            *error = entries.lastError().text();
            return false;
        }
        while (entries.next())
            b.entries << BundleEntry{entries.value(0).toLongLong(), entries.value(1).toString(),
                                     entries.value(2).toString()};
    }

    // The raw rows of every ordinary table; the full-text index's shadow tables included, the virtual
    // table itself not (it reads the articles).
    QStringList tables;
    if (!run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'articles_fts' "
                            "AND (name NOT LIKE 'sqlite%' OR name = 'sqlite_sequence') ORDER BY name")))
        return false;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        if (!run(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
            return false;
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        s->columns.insert(table, names);
    }
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        if (!readRows(db, table, s->columns.value(table), &rows, error))
            return false;
        s->rows.insert(table, rows);
    }
    return true;
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0) : QVariant();
}

QStringList allRows(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << cellText(query.value(i));
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

/// The schema as SQLite stores it, without the planner's statistics that closing may add.
QStringList schemaOf(const QSqlDatabase &db)
{
    return allRows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                      "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
}


} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyPastVersionHasAFixture();
    void upgradesWithEveryRowIntact_data() { versions(); }
    void upgradesWithEveryRowIntact();
    void failedUpgradeLeavesTheFileUntouched_data() { versions(); }
    void failedUpgradeLeavesTheFileUntouched();
    void upgradingAgainChangesNothing_data() { versions(); }
    void upgradingAgainChangesNothing();

private:
    static void versions();
    /// Builds the fixture of the current row's version in the test's folder and reads what it holds.
    bool prepare(int version, const QString &name, QString *path, Snapshot *snapshot);
    /// Checks that the open library holds the snapshot, read through the repositories.
    static void verifyHolds(Library &library, const Snapshot &expected);

    QTemporaryDir m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QVERIFY(m_dir.isValid());
}

void TestMigrations::init()
{
    // The store reports through errors, never through warnings on the console.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestMigrations::versions()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Library::SchemaVersion; ++version)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
}

void TestMigrations::everyPastVersionHasAFixture()
{
    // Raising SchemaVersion makes the version before it a past one: make-fixtures.py must add its dump.
    for (int version = 1; version < Library::SchemaVersion; ++version)
        QVERIFY2(QFileInfo::exists(dumpPath(version)),
                 qPrintable(QStringLiteral("%1 is missing; run tests/data/library/make-fixtures.py")
                                .arg(dumpPath(version))));
}

bool TestMigrations::prepare(int version, const QString &name, QString *path, Snapshot *snapshot)
{
    *path = m_dir.filePath(QStringLiteral("%1-v%2.sqlite").arg(name).arg(version));
    QString error;
    if (!buildLibrary(dumpPath(version), *path, &error)) {
        qCritical("could not build the v%d fixture: %s", version, qPrintable(error));
        return false;
    }
    // What a Newsdesk of that version left: its version, our application id, WAL mode.
    const QByteArray header = readBytes(*path).left(100);
    if (header.size() < 100 || qFromBigEndian<qint32>(header.constData() + 60) != version ||
        qFromBigEndian<qint32>(header.constData() + 68) != Library::ApplicationId || header.at(18) != 2) {
        qCritical("the v%d fixture's header is not a Newsdesk v%d library in WAL mode", version, version);
        return false;
    }
    return withConnection(*path, true, [&](QSqlDatabase &db) {
        if (readSnapshot(db, snapshot, &error))
            return true;
        qCritical("could not read the v%d fixture: %s", version, qPrintable(error));
        return false;
    });
}

void TestMigrations::verifyHolds(Library &library, const Snapshot &expected)
{
    // The fixture must hold what it is meant to, or every comparison below would pass on nothing.
    QCOMPARE(expected.articles.size(), 7);
    QVERIFY(expected.comments.size() >= 8 && expected.topics.size() >= 6 && expected.bundles.size() >= 2);
    QVERIFY(std::any_of(expected.articles.cbegin(), expected.articles.cend(),
                        [](const Article &a) { return a.bodyText.size() > 20000; }));
    QVERIFY(std::any_of(expected.articles.cbegin(), expected.articles.cend(),
                        [](const Article &a) { return a.title.contains(QStringLiteral("日経平均")); }));

    // Every row of every table the fixture had, column by column, under the current column names.
    QSqlDatabase db = library.database();
    for (auto it = expected.rows.cbegin(); it != expected.rows.cend(); ++it) {
        if (replacedTable(it.key()))
            continue;
        QStringList names;
        for (const QString &name : expected.columns.value(it.key()))
            names << currentColumnName(it.key(), name);
        QStringList rows;
        QString error;
        QVERIFY2(readRows(db, it.key(), names, &rows, &error), qPrintable(error));
        QCOMPARE(rows, it.value());
    }

    // Articles, through the repository, field by field.
    for (const Article &want : expected.articles) {
        auto found = library.articles().find(want.id);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(describe(*found), describe(want));
        // The exact keys recognise it when it comes again.
        Article key;
        key.url = want.url;
        key.guid = want.guid;
        auto exact = library.stories().findExact(key);
        QVERIFY2(exact.ok(), qPrintable(exact.errorString()));
        QCOMPARE(exact->value_or(0), want.id);
    }
    ArticleCounts wantCounts;
    for (const Article &a : expected.articles) {
        if (a.trashedAt.isValid()) {
            ++wantCounts.trashed;
            continue;
        }
        ++wantCounts.total;
        ++wantCounts.byStatus[a.status];
    }
    auto counts = library.articles().counts();
    QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
    QCOMPARE(counts->total, wantCounts.total);
    QCOMPARE(counts->trashed, wantCounts.trashed);
    QCOMPARE(counts->byStatus, wantCounts.byStatus);

    // The list's rows: topic names and the comment counts that 006 keeps in a table of their own.
    QHash<qint64, QString> topicNames;
    for (const Topic &t : expected.topics)
        topicNames.insert(t.id, t.name);
    for (bool trash : {false, true}) {
        ArticleQuery query;
        query.trash = trash;
        auto rows = library.articles().page(query, std::nullopt, 100);
        QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
        QCOMPARE(rows->size(), trash ? wantCounts.trashed : wantCounts.total);
        for (const ArticleRow &row : std::as_const(*rows)) {
            const Article *want = expected.article(row.id);
            QVERIFY(want);
            QCOMPARE(row.title, want->title);
            QCOMPARE(row.status, want->status);
            QStringList wantTopics;
            for (const ArticleTopic &link : expected.articleTopics)
                if (link.articleId == row.id)
                    wantTopics << topicNames.value(link.topicId);
            QStringList topics = row.topics.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            wantTopics.sort();
            topics.sort();
            QCOMPARE(topics, wantTopics);
            int comments = 0;
            int pending = 0;
            for (const Comment &c : expected.comments)
                if (c.articleId == row.id) {
                    ++comments;
                    pending += c.status == CommentStatus::Pending ? 1 : 0;
                }
            QCOMPARE(row.commentCount, comments);
            QCOMPARE(row.pendingComments, pending);
        }
    }

    // The full-text index still finds them: diacritics folded, the trash apart.
    const auto searchIds = [&](const QString &text, bool trash) {
        ArticleQuery query;
        query.search = text;
        query.trash = trash;
        QList<qint64> ids;
        if (auto rows = library.articles().page(query, std::nullopt, 100))
            for (const ArticleRow &row : std::as_const(*rows))
                ids << row.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(searchIds(QStringLiteral("elysee"), false), QList<qint64>({3}));
    QCOMPARE(searchIds(QStringLiteral("\"hybrid threats\""), false), QList<qint64>({1, 6}));
    QCOMPARE(searchIds(QStringLiteral("\"hybrid threats\""), true), QList<qint64>({7}));

    // Topics, their links and the suggestions turned down.
    auto topics = library.topics().all();
    QVERIFY2(topics.ok(), qPrintable(topics.errorString()));
    QCOMPARE(topics->size(), expected.topics.size());
    for (const Topic &want : expected.topics) {
        auto found = library.topics().find(want.id);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(describe(*found), describe(want));
    }
    for (const Article &a : expected.articles) {
        auto links = library.topics().topicsOf(a.id);
        QVERIFY2(links.ok(), qPrintable(links.errorString()));
        QStringList got;
        QStringList want;
        for (const ArticleTopic &link : std::as_const(*links))
            got << describe(link);
        for (const ArticleTopic &link : expected.articleTopics)
            if (link.articleId == a.id)
                want << describe(link);
        got.sort();
        want.sort();
        QCOMPARE(got, want);
    }
    auto rejections = library.topics().rejections();
    QVERIFY2(rejections.ok(), qPrintable(rejections.errorString()));
    auto gotRejections = *rejections;
    auto wantRejections = expected.rejections;
    std::sort(gotRejections.begin(), gotRejections.end());
    std::sort(wantRejections.begin(), wantRejections.end());
    QCOMPARE(gotRejections, wantRejections);

    // Comments, their threads, the counts per status (006) and the moderation log.
    QHash<CommentStatus, int> wantByStatus;
    for (const Comment &want : expected.comments) {
        auto found = library.comments().find(want.id);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(describe(*found), describe(want));
        ++wantByStatus[want.status];
    }
    auto byStatus = library.comments().countsByStatus();
    QVERIFY2(byStatus.ok(), qPrintable(byStatus.errorString()));
    for (CommentStatus status : CommentText::allStatuses())
        QCOMPARE(byStatus->value(status), wantByStatus.value(status));
    for (const Comment &leaf : expected.comments) {
        // Expected: the root above the comment, then every reply depth first, siblings by time.
        qint64 root = leaf.id;
        QHash<qint64, const Comment *> byId;
        for (const Comment &c : expected.comments)
            byId.insert(c.id, &c);
        while (byId.value(root)->parentId != 0)
            root = byId.value(root)->parentId;
        QList<const Comment *> sorted;
        for (const Comment &c : expected.comments)
            sorted << &c;
        std::sort(sorted.begin(), sorted.end(), [](const Comment *a, const Comment *b) {
            return std::pair(a->postedAt.isValid() ? a->postedAt.toSecsSinceEpoch() : 0, a->id) <
                   std::pair(b->postedAt.isValid() ? b->postedAt.toSecsSinceEpoch() : 0, b->id);
        });
        QStringList want;
        const std::function<void(qint64, int)> visit = [&](qint64 id, int depth) {
            want << QStringLiteral("%1@%2").arg(id).arg(depth);
            for (const Comment *c : std::as_const(sorted))
                if (c->parentId == id)
                    visit(c->id, depth + 1);
        };
        visit(root, 0);
        auto thread = library.comments().thread(leaf.id);
        QVERIFY2(thread.ok(), qPrintable(thread.errorString()));
        QStringList got;
        for (const ThreadEntry &entry : std::as_const(*thread))
            got << QStringLiteral("%1@%2").arg(entry.comment.id).arg(entry.depth);
        QCOMPARE(got, want);
    }
    auto log = library.comments().log();
    QVERIFY2(log.ok(), qPrintable(log.errorString()));
    QStringList gotLog;
    QStringList wantLog;
    for (const ModerationLogEntry &entry : std::as_const(*log))
        gotLog << describe(entry);
    for (const ModerationLogEntry &entry : expected.moderationLog)
        wantLog << describe(entry);
    QCOMPARE(gotLog, wantLog);
    for (auto it = expected.settings.cbegin(); it != expected.settings.cend(); ++it) {
        auto value = library.setting(it.key(), QStringLiteral("(unset)"));
        QVERIFY2(value.ok(), qPrintable(value.errorString()));
        QCOMPARE(*value, it.value());
    }

    // Story identity: the copies of each original, where merged copies ran, and the fingerprints
    // that find a story's candidates.
    for (const Article &a : expected.articles) {
        if (std::any_of(expected.links.cbegin(), expected.links.cend(),
                        [&](const Link &l) { return l.copyId == a.id; }))
            continue; // a copy's view is its original's
        QList<Link> links;
        for (const Link &l : expected.links)
            if (l.articleId == a.id && !expected.article(l.copyId)->trashedAt.isValid())
                links << l;
        std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
            return std::pair(x.linkedAt, x.copyId) < std::pair(y.linkedAt, y.copyId);
        });
        QStringList want;
        for (const Link &l : std::as_const(links)) {
            const Article *copy = expected.article(l.copyId);
            want << describe(StoryCopy{l.articleId, l.copyId, copy->source, copy->title, copy->url,
                                       l.similarity, l.keptApart});
        }
        auto copies = library.stories().relatedCopies(a.id);
        QVERIFY2(copies.ok(), qPrintable(copies.errorString()));
        QStringList got;
        for (const StoryCopy &copy : std::as_const(*copies))
            got << describe(copy);
        QCOMPARE(got, want);

        auto alternates = library.stories().alternates(a.id);
        QVERIFY2(alternates.ok(), qPrintable(alternates.errorString()));
        QStringList gotAlternates;
        QStringList wantAlternates;
        for (const StoryAlternate &alt : std::as_const(*alternates))
            gotAlternates << alt.source + u'|' + alt.title + u'|' + alt.url;
        for (const StoryAlternate &alt : expected.alternates.values(a.id))
            wantAlternates << alt.source + u'|' + alt.title + u'|' + alt.url;
        QCOMPARE(gotAlternates, wantAlternates);
    }
    for (const Fingerprint &f : expected.fingerprints) {
        auto candidates = library.stories().candidates(f.bands, f.anchors);
        QVERIFY2(candidates.ok(), qPrintable(candidates.errorString()));
        QVERIFY2(
            candidates->contains(f.articleId),
            qPrintable(
                QStringLiteral("article %1 is not a candidate for its own fingerprint").arg(f.articleId)));
    }

    // Bundles: before 005 a description and items, now an intro and entries, in the same order.
    auto bundles = library.bundles().list();
    QVERIFY2(bundles.ok(), qPrintable(bundles.errorString()));
    QCOMPARE(bundles->size(), expected.bundles.size());
    for (const Bundle &want : expected.bundles) {
        auto found = library.bundles().find(want.id);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(describe(*found), describe(want));
        QVERIFY(!want.entries.isEmpty());
        auto byName = library.bundles().findByName(want.name.toUpper());
        QVERIFY2(byName.ok(), qPrintable(byName.errorString()));
        QCOMPARE(byName->id, want.id);
    }
}

void TestMigrations::upgradesWithEveryRowIntact()
{
    QFETCH(int, version);
    QString path;
    Snapshot expected;
    QVERIFY(prepare(version, QStringLiteral("upgrade"), &path, &expected));
    const QByteArray original = readBytes(path);
    const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    QVERIFY(!QFileInfo::exists(backup));

    auto opened = Library::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Library &library = **opened;
    // (a) The schema is the current one.
    QCOMPARE(library.schemaVersion(), Library::SchemaVersion);
    QVERIFY(!library.wasCreated());
    QCOMPARE(pragma(library.database(), QStringLiteral("user_version")).toInt(), Library::SchemaVersion);
    QCOMPARE(pragma(library.database(), QStringLiteral("application_id")).toInt(), Library::ApplicationId);
    // (c) The file as it was is beside it, byte for byte.
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(sha256Of(backup), QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    QCOMPARE(readBytes(backup).size(), original.size());
    // (b) Every row, through the repositories.
    verifyHolds(library, expected);
    if (QTest::currentTestFailed())
        return;
    // (d) The file is sound.
    QCOMPARE(allRows(library.database(), QStringLiteral("PRAGMA integrity_check")),
             QStringList{QStringLiteral("'ok'")});
    QCOMPARE(allRows(library.database(), QStringLiteral("PRAGMA foreign_key_check")), QStringList());
}

void TestMigrations::failedUpgradeLeavesTheFileUntouched()
{
    QFETCH(int, version);
    QString path;
    Snapshot expected;
    QVERIFY(prepare(version, QStringLiteral("failing"), &path, &expected));
    const QByteArray before = sha256Of(path);

    // Every real step runs, then one more that changes data and fails: everything must roll back.
    QList<Migration> migrations = Library::builtinMigrations();
    const int failingVersion = Library::SchemaVersion + 1;
    migrations.append({failingVersion, QStringLiteral("DELETE FROM comments;\n"
                                                      "UPDATE articles SET title = 'overwritten';\n"
                                                      "DROP TABLE bundles;\n"
                                                      "INSERT INTO no_such_table(id) VALUES (1);")});
    auto opened = Library::open(path, migrations);
    QVERIFY(!opened.ok());
    const QString message = messageWithoutPath(opened.errorString(), path);
    // A clear error: which step failed, the version the file was left at, and SQLite's reason.
    QVERIFY2(containsNumber(message, failingVersion), qPrintable(message));
    QVERIFY2(containsNumber(message, version), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no such table: no_such_table")), qPrintable(message));

    QCOMPARE(sha256Of(path), before);
    // The backup was made first, from the untouched file.
    const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(sha256Of(backup), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    // Still the old library, which the real upgrade then takes as if nothing had happened.
    auto retried = Library::open(path);
    QVERIFY2(retried.ok(), qPrintable(retried.errorString()));
    QCOMPARE((*retried)->schemaVersion(), Library::SchemaVersion);
    verifyHolds(**retried, expected);
}

void TestMigrations::upgradingAgainChangesNothing()
{
    QFETCH(int, version);
    QString path;
    Snapshot expected;
    QVERIFY(prepare(version, QStringLiteral("twice"), &path, &expected));
    QStringList schema;
    {
        auto first = Library::open(path);
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        schema = schemaOf((*first)->database());
    }
    const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    QVERIFY(QFile::remove(backup));

    auto again = Library::open(path);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE((*again)->schemaVersion(), Library::SchemaVersion);
    QVERIFY(!(*again)->wasCreated());
    // Nothing to upgrade, so no backup and no change to the schema.
    const QStringList backups =
        QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".v*.bak")});
    QCOMPARE(backups, QStringList());
    QCOMPARE(schemaOf((*again)->database()), schema);
    verifyHolds(**again, expected);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
