#include "TopicTagging.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Newsdesk {

namespace {

Topic topicFromNode(const TopicNode &node, qint64 parentId)
{
    Topic topic;
    topic.parentId = parentId;
    topic.name = node.name;
    topic.description = node.description;
    topic.colour = node.colour;
    topic.code = node.code;
    topic.relatedCodes = node.relatedCodes;
    topic.rules = Taxonomy::rulesToJson(node.rules);
    return topic;
}

using SiblingKey = std::pair<qint64, QString>; ///< (parent id, name as matched)

/// Siblings are matched the way a curator reads names: case-folded, without the surrounding spaces the
/// store trims anyway (" Economy" in a file is the library's "Economy", not a second one that clashes).
SiblingKey siblingKey(qint64 parentId, const QString &name)
{
    return {parentId, name.trimmed().toCaseFolded()};
}

Result<QHash<SiblingKey, qint64>> topicsByName(Library &library)
{
    auto existing = library.topics().all();
    if (!existing)
        return existing.error();
    QHash<SiblingKey, qint64> byName;
    for (const Topic &topic : *existing)
        byName.insert(siblingKey(topic.parentId, topic.name), topic.id);
    return byName;
}

} // namespace

Status TopicTagging::seedDefaults(Library &library)
{
    auto topics = Taxonomy::defaultTopics();
    if (!topics)
        return topics.error();
    auto added = addTopics(library, *topics);
    if (!added)
        return added.error();
    return {};
}

Result<int> TopicTagging::addTopics(Library &library, const QList<TopicNode> &topics, qint64 parentId,
                                    QList<qint64> *addedIds)
{
    int added = 0;
    QList<qint64> ids;
    auto found = topicsByName(library);
    if (!found)
        return found.error();
    QHash<SiblingKey, qint64> byName = *found;
    const Status status = library.transaction([&]() -> Status {
        // Depth first with an explicit stack: imported taxonomies may nest as deep as Taxonomy allows.
        QList<std::pair<const TopicNode *, qint64>> stack;
        for (auto it = topics.crbegin(); it != topics.crend(); ++it)
            stack.append({&*it, parentId});
        while (!stack.isEmpty()) {
            const auto [node, parent] = stack.takeLast();
            qint64 id = byName.value(siblingKey(parent, node->name));
            if (!id) {
                auto created = library.topics().create(topicFromNode(*node, parent));
                if (!created)
                    return created.error();
                id = *created;
                byName.insert(siblingKey(parent, node->name), id);
                ids << id;
                ++added;
            }
            for (auto it = node->children.crbegin(); it != node->children.crend(); ++it)
                stack.append({&*it, id});
        }
        return {};
    });
    if (!status)
        return status.error();
    if (addedIds)
        *addedIds = ids;
    return added;
}

Result<int> TopicTagging::countNewTopics(Library &library, const QList<TopicNode> &topics, qint64 parentId)
{
    auto found = topicsByName(library);
    if (!found)
        return found.error();
    QHash<SiblingKey, qint64> byName = *found;
    int fresh = 0;
    // The same walk as addTopics(), with made-up ids for the topics it would create.
    qint64 nextId = -1;
    QList<std::pair<const TopicNode *, qint64>> stack;
    for (const TopicNode &topic : topics)
        stack.append({&topic, parentId});
    while (!stack.isEmpty()) {
        const auto [node, parent] = stack.takeLast();
        qint64 id = byName.value(siblingKey(parent, node->name));
        if (!id) {
            id = nextId--;
            byName.insert(siblingKey(parent, node->name), id);
            ++fresh;
        }
        for (const TopicNode &child : node->children)
            stack.append({&child, id});
    }
    return fresh;
}

Status TopicTagging::tagByName(Library &library, qint64 articleId, const QStringList &names,
                               bool createMissing)
{
    QList<qint64> topicIds;
    for (const QString &name : names) {
        auto found = library.topics().findByName(name);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            topicIds << found->first();
            continue;
        }
        if (!createMissing)
            continue;
        Topic topic;
        topic.name = name;
        auto created = library.topics().create(topic);
        if (!created)
            return created.error();
        topicIds << *created;
    }
    if (topicIds.isEmpty())
        return {};
    auto tagged = library.topics().tag({articleId}, topicIds);
    return tagged ? Status() : Status(tagged.error());
}

Result<QList<TopicNode>> TopicTagging::exportTopics(Library &library)
{
    auto topics = library.topics().all();
    if (!topics)
        return topics.error();
    // all() lists parents first; build the nodes, then hang each on its parent from the deepest up.
    QHash<qint64, TopicNode> nodes;
    QList<qint64> order;
    for (const Topic &topic : *topics) {
        TopicNode node;
        node.name = topic.name;
        node.description = topic.description;
        node.colour = topic.colour;
        node.code = topic.code;
        node.relatedCodes = topic.relatedCodes;
        if (auto rules = Taxonomy::rulesFromJson(topic.rules))
            node.rules = *rules;
        nodes.insert(topic.id, node);
        order << topic.id;
    }
    QHash<qint64, qint64> parentOf;
    for (const Topic &topic : *topics)
        parentOf.insert(topic.id, topic.parentId);
    QList<TopicNode> roots;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const qint64 parent = parentOf.value(*it);
        if (parent && nodes.contains(parent))
            nodes[parent].children.prepend(nodes.take(*it));
    }
    for (qint64 id : std::as_const(order))
        if (!parentOf.value(id) && nodes.contains(id))
            roots << nodes.take(id);
    return roots;
}

Result<RuleTagger> RuleTagger::load(Library &library)
{
    auto topics = library.topics().all();
    if (!topics)
        return topics.error();
    RuleTagger tagger;
    QList<QList<TopicRule>> rules;
    for (const Topic &topic : *topics) {
        auto parsed = Taxonomy::rulesFromJson(topic.rules);
        if (!parsed)
            return Error{Error::Code::InvalidArgument,
                         tr("The rules of “%1”: %2").arg(topic.name, parsed.errorString())};
        if (parsed->isEmpty())
            continue;
        rules << *parsed;
        tagger.m_topicIds << topic.id;
    }
    auto compiled = TopicRuleSet::compile(rules);
    if (!compiled)
        return compiled.error();
    tagger.m_rules = *compiled;
    return tagger;
}

QList<RuleHit> RuleTagger::match(qint64 articleId, const RuleTarget &target) const
{
    QList<RuleHit> hits;
    for (int position : m_rules.matchingTopics(target))
        hits.append({articleId, m_topicIds.value(position), m_rules.matchedPatterns(position, target)});
    return hits;
}

Result<QList<RuleHit>> RuleTagger::apply(Library &library, const QList<qint64> &articleIds, bool dryRun) const
{
    QList<RuleHit> added;
    if (isEmpty())
        return added;
    // What the articles have and what the curator turned down: rules never override either.
    QSet<std::pair<qint64, qint64>> taken;
    // Only those of the articles asked about: an import tags each batch, and reading every tag of a
    // 100,000-article library for each would cost more than the batch.
    QSqlQuery existing(library.database());
    existing.setForwardOnly(true);
    const QString ofArticles = articleIds.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" WHERE article_id IN (SELECT value FROM json_each(?))");
    existing.prepare(QStringLiteral("SELECT article_id, topic_id FROM article_topics%1 UNION ALL "
                                    "SELECT article_id, topic_id FROM topic_rejections%1")
                         .arg(ofArticles));
    if (!articleIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : articleIds)
            ids.append(id);
        const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        existing.addBindValue(json);
        existing.addBindValue(json);
    }
    if (!existing.exec())
        return LibraryText::queryFailed(tr("The tags could not be read."), existing.lastError().text());
    while (existing.next())
        taken.insert({existing.value(0).toLongLong(), existing.value(1).toLongLong()});

    QSqlQuery articles(library.database());
    articles.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT a.id, a.title, a.dek, a.body_text, a.byline, a.source FROM articles a JOIN "
                       "article_curation c ON c.article_id = a.id WHERE c.trashed_at IS NULL");
    if (!articleIds.isEmpty())
        sql += QStringLiteral(" AND a.id IN (%1)")
                   .arg(QStringList(articleIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    articles.prepare(sql);
    for (qint64 id : articleIds)
        articles.addBindValue(id);
    if (!articles.exec())
        return LibraryText::queryFailed(tr("The articles could not be read."), articles.lastError().text());
    while (articles.next()) {
        RuleTarget target;
        target.title = articles.value(1).toString();
        target.dek = articles.value(2).toString();
        target.body = articles.value(3).toString();
        target.byline = articles.value(4).toString();
        target.source = articles.value(5).toString();
        for (const RuleHit &hit : match(articles.value(0).toLongLong(), target))
            if (!taken.contains({hit.articleId, hit.topicId}))
                added << hit;
    }
    articles.finish();
    if (dryRun || added.isEmpty())
        return added;
    // One statement per topic, all in one transaction.
    QHash<qint64, QList<qint64>> byTopic;
    for (const RuleHit &hit : std::as_const(added))
        byTopic[hit.topicId] << hit.articleId;
    const Status status = library.transaction([&]() -> Status {
        for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
            if (auto tagged = library.topics().tag(it.value(), {it.key()}, TagOrigin::Rule, 1.0); !tagged)
                return tagged.error();
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

} // namespace Newsdesk
