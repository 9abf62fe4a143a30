#include "LibraryChangeWatcher.h"

#include "Library.h"
#include "core/Comment.h"

#include <QSqlQuery>
#include <QTimer>

namespace Newsdesk {

LibraryChangeWatcher::LibraryChangeWatcher(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &LibraryChangeWatcher::check);
    // What this connection announces itself (its own writes, an import in the window telling of its
    // articles) is not announced again when the watcher finds it.
    connect(&library, &Library::articlesInserted, this, [this](const QList<qint64> &ids) {
        hear(m_articles, ids);
        m_versionAtLastAnnouncement = dataVersion();
    });
    connect(&library, &Library::commentsInserted, this,
            [this](const QList<qint64> &ids) { hear(m_comments, ids); });
    connect(&library, &Library::bundleInserted, this, [this](qint64 id) { hear(m_bundles, {id}); });
    connect(&library, &Library::topicInserted, this, [this](qint64 id) { hear(m_topics, {id}); });
    connect(&library, &Library::commentsModerated, this, [this](const QList<qint64> &ids) {
        m_moderatedHere.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
    });

    m_dataVersion = dataVersion();
    // Where the tables end now: only what comes after is news.
    for (auto [table, mark] : {std::pair{"articles", &m_articles}, std::pair{"comments", &m_comments},
                               std::pair{"bundles", &m_bundles}, std::pair{"topics", &m_topics}}) {
        QSqlQuery query(library.database());
        if (query.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM %1").arg(QLatin1String(table))) &&
            query.next())
            mark->last = query.value(0).toLongLong();
    }
    QSqlQuery query(library.database());
    if (query.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM moderation_log")) && query.next())
        m_lastDecision = query.value(0).toLongLong();
}

LibraryChangeWatcher::~LibraryChangeWatcher() = default;

void LibraryChangeWatcher::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void LibraryChangeWatcher::stop()
{
    m_timer->stop();
}

bool LibraryChangeWatcher::isActive() const
{
    return m_timer->isActive();
}

qint64 LibraryChangeWatcher::dataVersion() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool LibraryChangeWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    m_dataVersion = version;

    // Topics first, so that articles tagged with a new topic find it in the tree; comments after the
    // articles they are on.
    for (const auto &[id, unused] : added("topics", nullptr, m_topics))
        m_library.notifyTopicInsertedElsewhere(id);
    QList<qint64> articles;
    for (const auto &[id, unused] : added("articles", nullptr, m_articles))
        articles << id;
    if (!articles.isEmpty())
        m_library.notifyInsertedElsewhere(articles);
    QList<qint64> comments;
    QList<qint64> commented;
    QSet<qint64> seen;
    for (const auto &[id, articleId] : added("comments", "article_id", m_comments)) {
        comments << id;
        if (!seen.contains(articleId)) {
            seen.insert(articleId);
            commented << articleId;
        }
    }
    if (!comments.isEmpty())
        m_library.notifyCommentsInsertedElsewhere(comments, commented);
    for (const auto &[id, unused] : added("bundles", nullptr, m_bundles))
        m_library.notifyBundleInsertedElsewhere(id);
    if (const QList<qint64> decided = decidedElsewhere(); !decided.isEmpty())
        m_library.notifyCommentsModeratedElsewhere(decided);

    emit changedElsewhere(m_versionAtLastAnnouncement == version);
    return true;
}

QList<std::pair<qint64, qint64>> LibraryChangeWatcher::added(const char *table, const char *column,
                                                             Mark &mark)
{
    QList<std::pair<qint64, qint64>> rows;
    QSqlQuery query(m_library.database());
    // On the integer primary key: reads only the new rows, however large the table.
    query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE id > ? ORDER BY id")
                      .arg(column ? QLatin1String(column) : QLatin1String("0"), QLatin1String(table)));
    query.addBindValue(mark.last);
    if (!query.exec())
        return rows;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        mark.last = id;
        if (!mark.heard.contains(id))
            rows.append({id, query.value(1).toLongLong()});
    }
    mark.heard.removeIf([&mark](qint64 id) { return id <= mark.last; });
    return rows;
}

QList<qint64> LibraryChangeWatcher::decidedElsewhere()
{
    QList<qint64> comments;
    QSet<qint64> seen;
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT id, comment_id, actor FROM moderation_log WHERE id > ? ORDER BY id"));
    query.addBindValue(m_lastDecision);
    if (query.exec()) {
        while (query.next()) {
            m_lastDecision = query.value(0).toLongLong();
            const qint64 comment = query.value(1).toLongLong();
            // The import's own statuses came with comments announced as inserted; the filter's scores are
            // announced by the spam filter service, and announcing them again would have it run again.
            const QString actor = query.value(2).toString();
            if (actor == DecidedBy::Import || actor == DecidedBy::Filter || m_moderatedHere.contains(comment)
                || seen.contains(comment))
                continue;
            seen.insert(comment);
            comments << comment;
        }
    }
    m_moderatedHere.clear();
    return comments;
}

void LibraryChangeWatcher::hear(Mark &mark, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (id > mark.last)
            mark.heard.insert(id);
}

} // namespace Newsdesk
