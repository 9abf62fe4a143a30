#include "TopicRepository.h"

#include "Library.h"
#include "SqlValues.h"
#include "StatementCache.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <tuple>

namespace Newsdesk {

namespace {

constexpr auto TopicColumns =
    "id, ifnull(parent_id, 0), name, description, colour, code, related_codes, rules, position";

Topic topicFrom(const QSqlQuery &query)
{
    Topic topic;
    topic.id = query.value(0).toLongLong();
    topic.parentId = query.value(1).toLongLong();
    topic.name = query.value(2).toString();
    topic.description = query.value(3).toString();
    topic.colour = query.value(4).toString();
    topic.code = query.value(5).toString();
    topic.relatedCodes = query.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    topic.rules = query.value(7).toString().toUtf8();
    topic.position = query.value(8).toInt();
    return topic;
}

/// Ids as one JSON array, read back in SQL with json_each: a statement per topic however many articles
/// are selected, and no limit on bound variables.
QString idArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    json += QLatin1Char(']');
    return json;
}

QList<qint64> articleIdsOf(const QList<ArticleTopic> &links)
{
    QList<qint64> ids;
    ids.reserve(links.size());
    for (const ArticleTopic &link : links)
        ids << link.articleId;
    return ids;
}

/// The recursive query for a topic and everything below it.
constexpr auto SubtreeQuery =
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM topics t JOIN sub ON "
    "t.parent_id = sub.id) SELECT id FROM sub";

} // namespace

TopicRepository::TopicRepository(Library &library)
    : m_library(library)
{
}

QString TopicRepository::originKey(TagOrigin origin)
{
    switch (origin) {
    case TagOrigin::Manual:
        return QStringLiteral("manual");
    case TagOrigin::Rule:
        return QStringLiteral("rule");
    case TagOrigin::Suggested:
        return QStringLiteral("suggested");
    }
    return QStringLiteral("manual");
}

TagOrigin TopicRepository::originFromKey(QStringView key)
{
    if (key == QLatin1String("rule"))
        return TagOrigin::Rule;
    if (key == QLatin1String("suggested"))
        return TagOrigin::Suggested;
    return TagOrigin::Manual;
}

void TopicRepository::announceChange(const QList<qint64> &articleIds)
{
    if (!articleIds.isEmpty())
        m_library.announce([this, articleIds]() { emit m_library.articleTopicsChanged(articleIds); });
}

Result<QList<Topic>> TopicRepository::all() const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    // Depth first from the roots, so parents always come before their children.
    if (!query.exec(
            QStringLiteral(
                "WITH RECURSIVE tree(id, depth, path) AS ("
                "SELECT id, 0, printf('%08d', position) FROM topics WHERE parent_id IS NULL "
                "UNION ALL SELECT t.id, tree.depth + 1, tree.path || '/' || printf('%08d', t.position) "
                "FROM topics t JOIN tree ON t.parent_id = tree.id) "
                "SELECT %1 FROM topics JOIN tree USING (id) ORDER BY tree.path, id")
                .arg(QString::fromLatin1(TopicColumns))))
        return LibraryText::queryFailed(tr("The topics could not be read."), query.lastError().text());
    QList<Topic> topics;
    while (query.next())
        topics << topicFrom(query);
    return topics;
}

Result<Topic> TopicRepository::find(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM topics WHERE id = ?").arg(QString::fromLatin1(TopicColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The topic could not be read."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no topic with id %1.").arg(id)};
    return topicFrom(query);
}

Result<QList<qint64>> TopicRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT id FROM topics WHERE name = ? COLLATE NOCASE ORDER BY id"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return LibraryText::queryFailed(tr("The topic could not be looked up."), query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> TopicRepository::subtree(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QString::fromLatin1(SubtreeQuery));
    query.addBindValue(id);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The topic tree could not be read."), query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Status TopicRepository::insertTopic(const Topic &topic, bool keepId, qint64 *newId)
{
    if (topic.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidArgument, tr("A topic needs a name.")};
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral(
        "INSERT INTO topics(id, parent_id, name, description, colour, code, related_codes, rules, "
        "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(keepId ? QVariant(topic.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(topic.parentId > 0 ? QVariant(topic.parentId)
                                          : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(topic.name.trimmed());
    query.addBindValue(textValue(topic.description));
    query.addBindValue(textValue(topic.colour));
    query.addBindValue(textValue(topic.code));
    query.addBindValue(textValue(topic.relatedCodes.join(QLatin1Char(' '))));
    query.addBindValue(QString::fromUtf8(topic.rules.isEmpty() ? QByteArray("[]") : topic.rules));
    query.addBindValue(topic.position);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return Error{Error::Code::InvalidArgument,
                         tr("There is already a topic named “%1” there.").arg(topic.name.trimmed())};
        return LibraryText::queryFailed(tr("The topic “%1” could not be added.").arg(topic.name),
                                        query.lastError().text());
    }
    *newId = query.lastInsertId().toLongLong();
    return {};
}

Result<qint64> TopicRepository::create(const Topic &topic)
{
    qint64 id = 0;
    const Status status = m_library.transaction([&]() -> Status {
        Topic placed = topic;
        if (placed.position <= 0) {
            QSqlQuery next(m_library.database());
            next.prepare(QStringLiteral(
                "SELECT ifnull(max(position), 0) + 1 FROM topics WHERE ifnull(parent_id, 0) = ?"));
            next.addBindValue(topic.parentId);
            if (!next.exec() || !next.next())
                return LibraryText::queryFailed(tr("The topic could not be added."), next.lastError().text());
            placed.position = next.value(0).toInt();
        }
        if (Status inserted = insertTopic(placed, false, &id); !inserted)
            return inserted;
        m_library.announce([this, id]() { emit m_library.topicInserted(id); });
        return m_library.recordAction(QStringLiteral("topic.add"), QStringLiteral("topic"), id,
                                      {{QStringLiteral("name"), topic.name}});
    });
    if (!status)
        return status.error();
    return id;
}

Status TopicRepository::update(const Topic &topic)
{
    if (topic.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidArgument, tr("A topic needs a name.")};
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral(
            "UPDATE topics SET name = ?, description = ?, colour = ?, code = ?, related_codes = ?, "
            "rules = ? WHERE id = ?"));
        query.addBindValue(topic.name.trimmed());
        query.addBindValue(textValue(topic.description));
        query.addBindValue(textValue(topic.colour));
        query.addBindValue(textValue(topic.code));
        query.addBindValue(textValue(topic.relatedCodes.join(QLatin1Char(' '))));
        query.addBindValue(QString::fromUtf8(topic.rules.isEmpty() ? QByteArray("[]") : topic.rules));
        query.addBindValue(topic.id);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                return Error{Error::Code::InvalidArgument,
                             tr("There is already a topic named “%1” there.").arg(topic.name.trimmed())};
            return LibraryText::queryFailed(tr("The topic could not be changed."), query.lastError().text());
        }
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no topic with id %1.").arg(topic.id)};
        m_library.announce([this, id = topic.id]() { emit m_library.topicChanged(id); });
        return m_library.recordAction(QStringLiteral("topic.edit"), QStringLiteral("topic"), topic.id,
                                      {{QStringLiteral("name"), topic.name}});
    });
}

Status TopicRepository::move(qint64 id, qint64 newParentId, int position)
{
    return m_library.transaction([&]() -> Status {
        if (newParentId != 0) {
            auto below = subtree(id);
            if (!below)
                return below.error();
            if (below->contains(newParentId))
                return Error{Error::Code::InvalidArgument,
                             tr("A topic cannot move into itself or below itself.")};
        }
        // Make room at the new place, then put the topic there.
        QSqlQuery shift(m_library.database());
        shift.prepare(
            QStringLiteral("UPDATE topics SET position = position + 1 WHERE ifnull(parent_id, 0) = ? AND "
                           "position >= ? AND id <> ?"));
        shift.addBindValue(newParentId);
        shift.addBindValue(position);
        shift.addBindValue(id);
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("UPDATE topics SET parent_id = ?, position = ? WHERE id = ?"));
        query.addBindValue(newParentId > 0 ? QVariant(newParentId) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(position);
        query.addBindValue(id);
        if (!shift.exec() || !query.exec()) {
            const QString detail =
                (shift.lastError().isValid() ? shift.lastError() : query.lastError()).text();
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                return Error{Error::Code::InvalidArgument,
                             tr("There is already a topic of that name there.")};
            return LibraryText::queryFailed(tr("The topic could not be moved."), detail);
        }
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no topic with id %1.").arg(id)};
        m_library.announce([this]() { emit m_library.topicTreeChanged(); });
        return m_library.recordAction(
            QStringLiteral("topic.move"), QStringLiteral("topic"), id,
            {{QStringLiteral("parent"), newParentId}, {QStringLiteral("position"), position}});
    });
}

Result<TopicSnapshot> TopicRepository::snapshot(const QList<qint64> &topicIds) const
{
    TopicSnapshot snapshot;
    if (topicIds.isEmpty())
        return snapshot;
    auto everything = all();
    if (!everything)
        return everything.error();
    const QSet<qint64> wanted(topicIds.cbegin(), topicIds.cend());
    for (const Topic &topic : *everything)
        if (wanted.contains(topic.id))
            snapshot.topics << topic;
    QSqlQuery links(m_library.database());
    links.prepare(
        QStringLiteral(
            "SELECT article_id, topic_id, origin, confidence FROM article_topics WHERE topic_id IN (%1)")
            .arg(placeholders(topicIds.size())));
    for (qint64 id : topicIds)
        links.addBindValue(id);
    if (!links.exec())
        return LibraryText::queryFailed(tr("The topic's articles could not be read."),
                                        links.lastError().text());
    while (links.next())
        snapshot.links.append({links.value(0).toLongLong(), links.value(1).toLongLong(),
                               originFromKey(links.value(2).toString()), links.value(3).toDouble()});
    QSqlQuery rejections(m_library.database());
    rejections.prepare(
        QStringLiteral("SELECT article_id, topic_id FROM topic_rejections WHERE topic_id IN (%1)")
            .arg(placeholders(topicIds.size())));
    for (qint64 id : topicIds)
        rejections.addBindValue(id);
    if (!rejections.exec())
        return LibraryText::queryFailed(tr("The topic's articles could not be read."),
                                        rejections.lastError().text());
    while (rejections.next())
        snapshot.rejections.append({rejections.value(0).toLongLong(), rejections.value(1).toLongLong()});
    return snapshot;
}

Result<TopicSnapshot> TopicRepository::remove(qint64 id)
{
    TopicSnapshot taken;
    const Status status = m_library.transaction([&]() -> Status {
        auto ids = subtree(id);
        if (!ids)
            return ids.error();
        auto captured = snapshot(*ids);
        if (!captured)
            return captured.error();
        if (captured->topics.isEmpty())
            return Error{Error::Code::NotFound, tr("There is no topic with id %1.").arg(id)};
        taken = *captured;
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("DELETE FROM topics WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The topic could not be deleted."), query.lastError().text());
        QList<qint64> articles;
        for (const ArticleTopic &link : std::as_const(taken.links))
            articles << link.articleId;
        announceChange(articles);
        m_library.announce([this]() { emit m_library.topicTreeChanged(); });
        return m_library.recordAction(
            QStringLiteral("topic.delete"), QStringLiteral("topic"), id,
            {{QStringLiteral("topics"), taken.topics.size()}, {QStringLiteral("links"), taken.links.size()}});
    });
    if (!status)
        return status.error();
    return taken;
}

Result<std::pair<TopicSnapshot, QList<ArticleTopic>>> TopicRepository::merge(qint64 from, qint64 into)
{
    std::pair<TopicSnapshot, QList<ArticleTopic>> result;
    const Status status = m_library.transaction([&]() -> Status {
        if (from == into)
            return Error{Error::Code::InvalidArgument, tr("A topic cannot be merged into itself.")};
        auto below = subtree(from);
        if (!below)
            return below.error();
        if (below->contains(into))
            return Error{Error::Code::InvalidArgument,
                         tr("A topic cannot be merged into one of its own subtopics.")};
        auto captured = snapshot({from});
        if (!captured)
            return captured.error();
        if (captured->topics.isEmpty())
            return Error{Error::Code::NotFound, tr("There is no topic with id %1.").arg(from)};
        // The merged topic's articles keep a tag: the topic it went into.
        QList<qint64> articles;
        for (const ArticleTopic &link : std::as_const(captured->links))
            articles << link.articleId;
        auto added = tag(articles, {into}, TagOrigin::Manual, 1.0);
        if (!added)
            return added.error();
        // Its children move along, after the target's own; the snapshot remembers where they were.
        QSqlQuery before(m_library.database());
        before.prepare(QStringLiteral("SELECT %1 FROM topics WHERE parent_id = ?")
                           .arg(QString::fromLatin1(TopicColumns)));
        before.addBindValue(from);
        if (!before.exec())
            return LibraryText::queryFailed(tr("The topics could not be merged."), before.lastError().text());
        while (before.next())
            captured->movedChildren << topicFrom(before);
        QSqlQuery children(m_library.database());
        children.prepare(QStringLiteral(
            "UPDATE topics SET parent_id = ?, position = position + 100000 WHERE parent_id = ?"));
        children.addBindValue(into);
        children.addBindValue(from);
        if (!children.exec())
            return LibraryText::queryFailed(tr("The topics could not be merged."),
                                            children.lastError().text());
        QSqlQuery remove(m_library.database());
        remove.prepare(QStringLiteral("DELETE FROM topics WHERE id = ?"));
        remove.addBindValue(from);
        if (!remove.exec())
            return LibraryText::queryFailed(tr("The topics could not be merged."), remove.lastError().text());
        result = {*captured, *added};
        announceChange(articles);
        m_library.announce([this]() { emit m_library.topicTreeChanged(); });
        return m_library.recordAction(QStringLiteral("topic.merge"), QStringLiteral("topic"), into,
                                      {{QStringLiteral("from"), from}});
    });
    if (!status)
        return status.error();
    return result;
}

Status TopicRepository::restore(const TopicSnapshot &snapshot)
{
    return m_library.transaction([&]() -> Status {
        for (const Topic &topic : snapshot.topics) {
            qint64 id = 0;
            if (Status inserted = insertTopic(topic, true, &id); !inserted)
                return inserted;
        }
        QSqlQuery moveBack(m_library.database());
        moveBack.prepare(QStringLiteral("UPDATE topics SET parent_id = ?, position = ? WHERE id = ?"));
        for (const Topic &child : snapshot.movedChildren) {
            moveBack.bindValue(0, child.parentId > 0 ? QVariant(child.parentId)
                                                     : QVariant(QMetaType::fromType<qint64>()));
            moveBack.bindValue(1, child.position);
            moveBack.bindValue(2, child.id);
            if (!moveBack.exec())
                return LibraryText::queryFailed(tr("The topic could not be restored."),
                                                moveBack.lastError().text());
        }
        if (Status links = restoreLinks(snapshot.links); !links)
            return links;
        QSqlQuery rejection(m_library.database());
        rejection.prepare(
            QStringLiteral("INSERT OR IGNORE INTO topic_rejections(article_id, topic_id, rejected_at) "
                           "VALUES (?, ?, unixepoch())"));
        for (const auto &[article, topic] : snapshot.rejections) {
            rejection.bindValue(0, article);
            rejection.bindValue(1, topic);
            if (!rejection.exec())
                return LibraryText::queryFailed(tr("The topic could not be restored."),
                                                rejection.lastError().text());
        }
        m_library.announce([this]() { emit m_library.topicTreeChanged(); });
        return {};
    });
}

Result<QList<ArticleTopic>> TopicRepository::tag(const QList<qint64> &articleIds,
                                                 const QList<qint64> &topicIds, TagOrigin origin,
                                                 double confidence)
{
    QList<ArticleTopic> added;
    const Status status = m_library.transaction([&]() -> Status {
        const QString articles = idArray(articleIds);
        // A curator's tag confirms one a rule or the suggester put there.
        QSqlQuery confirm(m_library.database());
        confirm.prepare(QStringLiteral(
            "UPDATE article_topics SET origin = 'manual', confidence = 1.0 WHERE topic_id = ? AND "
            "origin <> 'manual' AND article_id IN (SELECT value FROM json_each(?))"));
        // Only the missing links go in, and RETURNING says which they were (in no particular order).
        // `WHERE true` keeps SQLite from reading ON CONFLICT as a join constraint.
        QSqlQuery insert(m_library.database());
        insert.prepare(
            QStringLiteral("INSERT INTO article_topics(article_id, topic_id, origin, confidence, created_at) "
                           "SELECT value, ?, ?, ?, unixepoch() FROM json_each(?) WHERE true "
                           "ON CONFLICT DO NOTHING RETURNING article_id"));
        for (qint64 topic : topicIds) {
            if (origin == TagOrigin::Manual) {
                confirm.bindValue(0, topic);
                confirm.bindValue(1, articles);
                if (!confirm.exec())
                    return LibraryText::queryFailed(tr("The articles could not be tagged."),
                                                    confirm.lastError().text());
            }
            insert.bindValue(0, topic);
            insert.bindValue(1, originKey(origin));
            insert.bindValue(2, confidence);
            insert.bindValue(3, articles);
            if (!insert.exec())
                return LibraryText::queryFailed(tr("The articles could not be tagged."),
                                                insert.lastError().text());
            QSet<qint64> inserted;
            while (insert.next())
                inserted.insert(insert.value(0).toLongLong());
            insert.finish();
            // In the caller's order, each link once, as undo expects.
            for (qint64 article : articleIds) {
                if (inserted.remove(article))
                    added.append({article, topic, origin, confidence});
            }
        }
        announceChange(articleIds);
        return m_library.recordAction(
            QStringLiteral("articles.tag"), QStringLiteral("topic"),
            topicIds.isEmpty() ? 0 : topicIds.first(),
            {{QStringLiteral("articles"), articleIds.size()}, {QStringLiteral("origin"), originKey(origin)}});
    });
    if (!status)
        return status.error();
    return added;
}

Result<QList<ArticleTopic>> TopicRepository::untag(const QList<qint64> &articleIds,
                                                   const QList<qint64> &topicIds)
{
    QList<ArticleTopic> removed;
    const Status status = m_library.transaction([&]() -> Status {
        const QString articles = idArray(articleIds);
        QSqlQuery remove(m_library.database());
        remove.prepare(QStringLiteral(
            "DELETE FROM article_topics WHERE topic_id = ? AND article_id IN (SELECT value FROM "
            "json_each(?)) RETURNING article_id, origin, confidence"));
        for (qint64 topic : topicIds) {
            remove.bindValue(0, topic);
            remove.bindValue(1, articles);
            if (!remove.exec())
                return LibraryText::queryFailed(tr("The topic could not be removed from the articles."),
                                                remove.lastError().text());
            QHash<qint64, std::pair<TagOrigin, double>> was;
            while (remove.next())
                was.insert(remove.value(0).toLongLong(),
                           {originFromKey(remove.value(1).toString()), remove.value(2).toDouble()});
            remove.finish();
            for (qint64 article : articleIds) {
                const auto it = was.constFind(article);
                if (it == was.cend())
                    continue;
                removed.append({article, topic, it->first, it->second});
                was.erase(it);
            }
        }
        announceChange(articleIds);
        return m_library.recordAction(QStringLiteral("articles.untag"), QStringLiteral("topic"),
                                      topicIds.isEmpty() ? 0 : topicIds.first(),
                                      {{QStringLiteral("articles"), articleIds.size()}});
    });
    if (!status)
        return status.error();
    return removed;
}

Status TopicRepository::restoreLinks(const QList<ArticleTopic> &links)
{
    return m_library.transaction([&]() -> Status {
        // One statement per (topic, origin, confidence); where a link comes twice the later one wins, as
        // it would written one by one.
        QHash<std::pair<qint64, qint64>, qsizetype> last;
        for (qsizetype i = 0; i < links.size(); ++i)
            last.insert({links.at(i).articleId, links.at(i).topicId}, i);
        std::map<std::tuple<qint64, TagOrigin, double>, QList<qint64>> groups;
        for (qsizetype i = 0; i < links.size(); ++i) {
            const ArticleTopic &link = links.at(i);
            if (last.value({link.articleId, link.topicId}) == i)
                groups[{link.topicId, link.origin, link.confidence}] << link.articleId;
        }
        QSqlQuery insert(m_library.database());
        insert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO article_topics(article_id, topic_id, origin, confidence, "
                           "created_at) SELECT value, ?, ?, ?, unixepoch() FROM json_each(?)"));
        for (const auto &[key, articles] : groups) {
            const auto &[topic, origin, confidence] = key;
            insert.bindValue(0, topic);
            insert.bindValue(1, originKey(origin));
            insert.bindValue(2, confidence);
            insert.bindValue(3, idArray(articles));
            if (!insert.exec())
                return LibraryText::queryFailed(tr("The tags could not be restored."),
                                                insert.lastError().text());
        }
        announceChange(articleIdsOf(links));
        return {};
    });
}

Status TopicRepository::removeLinks(const QList<ArticleTopic> &links)
{
    return m_library.transaction([&]() -> Status {
        std::map<qint64, QList<qint64>> byTopic;
        for (const ArticleTopic &link : links)
            byTopic[link.topicId] << link.articleId;
        QSqlQuery remove(m_library.database());
        remove.prepare(QStringLiteral("DELETE FROM article_topics WHERE topic_id = ? AND article_id IN "
                                      "(SELECT value FROM json_each(?))"));
        for (const auto &[topic, articles] : byTopic) {
            remove.bindValue(0, topic);
            remove.bindValue(1, idArray(articles));
            if (!remove.exec())
                return LibraryText::queryFailed(tr("The tags could not be removed."),
                                                remove.lastError().text());
        }
        announceChange(articleIdsOf(links));
        return {};
    });
}

Result<QList<ArticleTopic>> TopicRepository::topicsOf(qint64 articleId) const
{
    auto statement = m_library.statements().take(
        QStringLiteral("SELECT x.article_id, x.topic_id, x.origin, x.confidence FROM article_topics x "
                       "JOIN topics t ON t.id = x.topic_id WHERE x.article_id = ? ORDER BY t.name"));
    QSqlQuery &query = *statement;
    query.addBindValue(articleId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article's topics could not be read."),
                                        query.lastError().text());
    QList<ArticleTopic> links;
    while (query.next())
        links.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      originFromKey(query.value(2).toString()), query.value(3).toDouble()});
    return links;
}

Result<QHash<qint64, int>> TopicRepository::topicCountsAmong(const QList<qint64> &articleIds) const
{
    QHash<qint64, int> counts;
    if (articleIds.isEmpty())
        return counts;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT topic_id, count(*) FROM article_topics WHERE article_id IN (SELECT "
                                 "value FROM json_each(?)) GROUP BY topic_id"));
    query.addBindValue(idArray(articleIds));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The articles' topics could not be read."),
                                        query.lastError().text());
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Result<QHash<qint64, int>> TopicRepository::articleCounts() const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    // Every link counted from the topic index, less the links of the few trashed articles (found through
    // the trash index): joining every link with its curation row took 8x as long on 100,000 articles.
    if (!query.exec(QStringLiteral(
            "SELECT t.topic_id, t.n - ifnull(d.n, 0) FROM "
            "(SELECT topic_id, count(*) AS n FROM article_topics GROUP BY topic_id) t LEFT JOIN "
            "(SELECT x.topic_id, count(*) AS n FROM article_curation c CROSS JOIN article_topics x ON "
            "x.article_id = c.article_id WHERE c.trashed_at IS NOT NULL GROUP BY x.topic_id) d "
            "USING (topic_id) WHERE t.n > ifnull(d.n, 0)")))
        return LibraryText::queryFailed(tr("The topics' articles could not be counted."),
                                        query.lastError().text());
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Result<int> TopicRepository::affectedArticles(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("SELECT count(DISTINCT x.article_id) FROM article_topics x JOIN article_curation c ON "
                       "c.article_id = x.article_id WHERE c.trashed_at IS NULL AND x.topic_id IN (%1)")
            .arg(QString::fromLatin1(SubtreeQuery)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return LibraryText::queryFailed(tr("The topic's articles could not be counted."),
                                        query.lastError().text());
    return query.value(0).toInt();
}

Status TopicRepository::reject(qint64 articleId, qint64 topicId)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO topic_rejections(article_id, topic_id, rejected_at) "
                           "VALUES (?, ?, unixepoch())"));
        query.addBindValue(articleId);
        query.addBindValue(topicId);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The suggestion could not be rejected."),
                                            query.lastError().text());
        announceChange({articleId});
        return m_library.recordAction(QStringLiteral("suggestion.reject"), QStringLiteral("article"),
                                      articleId, {{QStringLiteral("topic"), topicId}});
    });
}

Status TopicRepository::unreject(qint64 articleId, qint64 topicId)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("DELETE FROM topic_rejections WHERE article_id = ? AND topic_id = ?"));
        query.addBindValue(articleId);
        query.addBindValue(topicId);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The rejection could not be undone."),
                                            query.lastError().text());
        announceChange({articleId});
        return {};
    });
}

Result<QList<std::pair<qint64, qint64>>> TopicRepository::rejections() const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, topic_id FROM topic_rejections")))
        return LibraryText::queryFailed(tr("The rejected suggestions could not be read."),
                                        query.lastError().text());
    QList<std::pair<qint64, qint64>> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return result;
}

Result<bool> TopicRepository::isEmpty() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM topics)")) || !query.next())
        return LibraryText::queryFailed(tr("The topics could not be read."), query.lastError().text());
    return query.value(0).toBool();
}

} // namespace Newsdesk
