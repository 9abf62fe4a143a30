#pragma once

#include "library/TopicRepository.h"
#include "tagging/Taxonomy.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Newsdesk {

class Library;

/// Tags (or untags) many articles with some topics as one step, however many articles.
class TagArticles : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TagArticles)

public:
    TagArticles(Library &library, QList<qint64> articleIds, QList<qint64> topicIds, bool tag,
                TagOrigin origin = TagOrigin::Manual, double confidence = 1.0);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    QList<qint64> m_articleIds;
    QList<qint64> m_topicIds;
    bool m_tag;
    TagOrigin m_origin;
    double m_confidence;
    QList<ArticleTopic> m_changed; ///< Links added (tag) or removed (untag), exactly, for undo.
};

/// The curator turned down a suggested topic for an article: never suggested again, and negative
/// evidence for the classifier.
class RejectSuggestion : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RejectSuggestion)

public:
    RejectSuggestion(Library &library, qint64 articleId, qint64 topicId);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_articleId;
    qint64 m_topicId;
};

/// Adds a topic; undo deletes it again.
class CreateTopic : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CreateTopic)

public:
    CreateTopic(Library &library, Topic topic);
    qint64 topicId() const { return m_topic.id; }
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Topic m_topic;
    TopicSnapshot m_snapshot;
};

/// Changes a topic's name, description, colour, code or rules.
class EditTopic : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::EditTopic)

public:
    EditTopic(Library &library, Topic before, Topic after);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Topic m_before;
    Topic m_after;
};

/// Moves a topic elsewhere in the tree.
class MoveTopic : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MoveTopic)

public:
    MoveTopic(Library &library, const Topic &topic, qint64 newParentId, int position);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_id;
    qint64 m_oldParentId;
    int m_oldPosition;
    qint64 m_newParentId;
    int m_newPosition;
};

/// Deletes a topic with its subtopics and tags; undo restores them exactly.
class DeleteTopic : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DeleteTopic)

public:
    DeleteTopic(Library &library, const Topic &topic);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_id;
    TopicSnapshot m_snapshot;
};

/// Merges one topic into another: its articles keep a tag, the one it went into.
class MergeTopics : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MergeTopics)

public:
    MergeTopics(Library &library, const Topic &from, const Topic &into);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_from;
    qint64 m_into;
    TopicSnapshot m_snapshot;
    QList<ArticleTopic> m_added;
};

/// Adds the topics of a taxonomy (a file, the IPTC tree) as one step, reusing same-named ones; undo
/// removes exactly the topics it added, and redo puts them back with the same ids.
class ImportTopics : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportTopics)

public:
    /// source names what is imported in the step's text: a file name, "IPTC Media Topics".
    ImportTopics(Library &library, QList<TopicNode> topics, qint64 parentId, const QString &source);
    /// The topics the import added, parents before children.
    QList<qint64> addedIds() const { return m_added; }
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    QList<TopicNode> m_topics; ///< Dropped once imported: from then on the snapshots carry the topics.
    qint64 m_parentId;
    QList<qint64> m_added;
    bool m_imported = false;
    QList<TopicSnapshot> m_snapshots; ///< What undo took: one per added topic whose parent stayed.
};

} // namespace Newsdesk
