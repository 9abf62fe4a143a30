#include "TopicCommands.h"

#include "library/Library.h"
#include "tagging/TopicTagging.h"

#include <QSet>

namespace Newsdesk {

namespace {
/// Reports a failure to the window and keeps a refused step out of the history.
void report(QUndoCommand *command, Library &library, const Status &status)
{
    if (status)
        return;
    emit library.errorOccurred(status.errorString());
    command->setObsolete(true);
}
} // namespace

TagArticles::TagArticles(Library &library, QList<qint64> articleIds, QList<qint64> topicIds, bool tag,
                         TagOrigin origin, double confidence)
    : QUndoCommand(tag ? tr("Tag %n article(s)", nullptr, int(articleIds.size()))
                       : tr("Untag %n article(s)", nullptr, int(articleIds.size())))
    , m_library(library)
    , m_articleIds(std::move(articleIds))
    , m_topicIds(std::move(topicIds))
    , m_tag(tag)
    , m_origin(origin)
    , m_confidence(confidence)
{
}

void TagArticles::redo()
{
    auto changed = m_tag ? m_library.topics().tag(m_articleIds, m_topicIds, m_origin, m_confidence)
                         : m_library.topics().untag(m_articleIds, m_topicIds);
    if (!changed) {
        report(this, m_library, changed.error());
        return;
    }
    m_changed = *changed;
}

void TagArticles::undo()
{
    report(this, m_library,
           m_tag ? m_library.topics().removeLinks(m_changed) : m_library.topics().restoreLinks(m_changed));
}

RejectSuggestion::RejectSuggestion(Library &library, qint64 articleId, qint64 topicId)
    : QUndoCommand(tr("Reject suggested topic"))
    , m_library(library)
    , m_articleId(articleId)
    , m_topicId(topicId)
{
}

void RejectSuggestion::redo()
{
    report(this, m_library, m_library.topics().reject(m_articleId, m_topicId));
}

void RejectSuggestion::undo()
{
    report(this, m_library, m_library.topics().unreject(m_articleId, m_topicId));
}

CreateTopic::CreateTopic(Library &library, Topic topic)
    : QUndoCommand(tr("New topic “%1”").arg(topic.name))
    , m_library(library)
    , m_topic(std::move(topic))
{
}

void CreateTopic::redo()
{
    if (!m_snapshot.topics.isEmpty()) {
        report(this, m_library, m_library.topics().restore(m_snapshot));
        return;
    }
    auto id = m_library.topics().create(m_topic);
    if (!id) {
        report(this, m_library, id.error());
        return;
    }
    m_topic.id = *id;
}

void CreateTopic::undo()
{
    auto taken = m_library.topics().remove(m_topic.id);
    if (!taken) {
        report(this, m_library, taken.error());
        return;
    }
    m_snapshot = *taken;
}

EditTopic::EditTopic(Library &library, Topic before, Topic after)
    : QUndoCommand(before.name != after.name ? tr("Rename topic “%1” to “%2”").arg(before.name, after.name)
                                             : tr("Change topic “%1”").arg(after.name))
    , m_library(library)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditTopic::redo()
{
    report(this, m_library, m_library.topics().update(m_after));
}

void EditTopic::undo()
{
    report(this, m_library, m_library.topics().update(m_before));
}

MoveTopic::MoveTopic(Library &library, const Topic &topic, qint64 newParentId, int position)
    : QUndoCommand(tr("Move topic “%1”").arg(topic.name))
    , m_library(library)
    , m_id(topic.id)
    , m_oldParentId(topic.parentId)
    , m_oldPosition(topic.position)
    , m_newParentId(newParentId)
    , m_newPosition(position)
{
}

void MoveTopic::redo()
{
    report(this, m_library, m_library.topics().move(m_id, m_newParentId, m_newPosition));
}

void MoveTopic::undo()
{
    report(this, m_library, m_library.topics().move(m_id, m_oldParentId, m_oldPosition));
}

DeleteTopic::DeleteTopic(Library &library, const Topic &topic)
    : QUndoCommand(tr("Delete topic “%1”").arg(topic.name))
    , m_library(library)
    , m_id(topic.id)
{
}

void DeleteTopic::redo()
{
    auto taken = m_library.topics().remove(m_id);
    if (!taken) {
        report(this, m_library, taken.error());
        return;
    }
    m_snapshot = *taken;
}

void DeleteTopic::undo()
{
    report(this, m_library, m_library.topics().restore(m_snapshot));
}

MergeTopics::MergeTopics(Library &library, const Topic &from, const Topic &into)
    : QUndoCommand(tr("Merge topic “%1” into “%2”").arg(from.name, into.name))
    , m_library(library)
    , m_from(from.id)
    , m_into(into.id)
{
}

void MergeTopics::redo()
{
    auto merged = m_library.topics().merge(m_from, m_into);
    if (!merged) {
        report(this, m_library, merged.error());
        return;
    }
    m_snapshot = merged->first;
    m_added = merged->second;
}

void MergeTopics::undo()
{
    const Status status = m_library.transaction([this]() -> Status {
        if (Status removed = m_library.topics().removeLinks(m_added); !removed)
            return removed;
        return m_library.topics().restore(m_snapshot);
    });
    report(this, m_library, status);
}

ImportTopics::ImportTopics(Library &library, QList<TopicNode> topics, qint64 parentId, const QString &source)
    : QUndoCommand(tr("Import topics from “%1”").arg(source))
    , m_library(library)
    , m_topics(std::move(topics))
    , m_parentId(parentId)
{
}

void ImportTopics::redo()
{
    if (m_imported) {
        const Status status = m_library.transaction([this]() -> Status {
            for (const TopicSnapshot &snapshot : std::as_const(m_snapshots))
                if (Status restored = m_library.topics().restore(snapshot); !restored)
                    return restored;
            return {};
        });
        report(this, m_library, status);
        if (status)
            m_snapshots.clear();
        return;
    }
    auto added = TopicTagging::addTopics(m_library, m_topics, m_parentId, &m_added);
    if (!added) {
        report(this, m_library, added.error());
        return;
    }
    m_imported = true;
    m_topics.clear();
    // Nothing new, nothing to undo: the step stays out of the history.
    if (m_added.isEmpty())
        setObsolete(true);
}

void ImportTopics::undo()
{
    auto topics = m_library.topics().all();
    if (!topics) {
        report(this, m_library, topics.error());
        return;
    }
    // Removing each added topic whose parent stays removes the rest with it, and nothing else: what
    // was added below an imported topic later has been undone before this step.
    const QSet<qint64> added(m_added.cbegin(), m_added.cend());
    QList<qint64> roots;
    for (const Topic &topic : *topics)
        if (added.contains(topic.id) && !added.contains(topic.parentId))
            roots << topic.id;
    QList<TopicSnapshot> taken;
    const Status status = m_library.transaction([&]() -> Status {
        for (qint64 id : std::as_const(roots)) {
            auto removed = m_library.topics().remove(id);
            if (!removed)
                return removed.error();
            taken << *removed;
        }
        return {};
    });
    report(this, m_library, status);
    if (status)
        m_snapshots = taken;
}

} // namespace Newsdesk
