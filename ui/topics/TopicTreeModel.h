#pragma once

#include "library/TopicRepository.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;
class QUndoStack;

namespace Newsdesk {

class Library;

/// The taxonomy as a tree: each topic with its article count (its own and with its subtopics) and,
/// for the articles selected in the list, a check box that says whether they carry it. Checking a
/// topic tags the selection, as one undo step; articles dropped on a topic are tagged with it; a topic
/// dragged onto another moves under it.
///
/// The library's topic events are collected and applied together: as soon as an undo step is done, and
/// otherwise on the next turn of the event loop. An import of a thousand topics is then one row insert
/// per run of new siblings, not a thousand resets.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Count, ColumnCount };
    enum Role { TopicIdRole = Qt::UserRole + 1, PathRole, CodeRole, TotalCountRole };

    static constexpr const char *ArticleIdsMimeType = "application/x-newsdesk-article-ids";
    static constexpr const char *TopicIdMimeType = "application/x-newsdesk-topic-id";

    TopicTreeModel(Library &library, QUndoStack *undoStack, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    /// The articles whose topics the check boxes show.
    void setSelectedArticles(const QList<qint64> &articleIds);
    qint64 topicAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 topicId, int column = Name) const;
    /// "Economy › International trade › Trade disputes".
    QString pathOf(qint64 topicId) const;
    QList<Topic> topics() const;
    /// Applies the topic changes collected since the last time now rather than on the next event-loop
    /// turn (for code that changed the library directly and reads the tree at once).
    void applyPendingChanges();
    /// Counts the articles of every topic again and the selected articles' check marks (another program
    /// tagged or added articles).
    void refreshCountsAndChecks();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    struct Node
    {
        Topic topic;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };

    void reload();
    void rebuild(const Result<QList<Topic>> &topics);
    bool insertNewTopics(const QList<Topic> &topics);
    bool mergeChildren(Node *node, const QHash<qint64, QList<const Topic *>> &childrenOf);
    std::unique_ptr<Node> buildSubtree(const Topic &topic, Node *parent,
                                       const QHash<qint64, QList<const Topic *>> &childrenOf) const;
    void registerSubtree(Node *node);
    void schedulePendingChanges();
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    int totalCount(const Node *node) const;
    Qt::CheckState checkState(const Node *node) const;
    void emitAllChanged(const QModelIndex &parent);

    Library &m_library;
    QUndoStack *m_undoStack;
    Node m_root;
    QHash<qint64, Node *> m_nodes;
    QHash<qint64, int> m_counts;
    QList<qint64> m_selected;
    QHash<qint64, int> m_selectedWith; ///< topic → how many selected articles carry it

    // Topic events not applied yet (see the class comment).
    bool m_treeChanged = false;
    bool m_topicsInserted = false;
    QSet<qint64> m_changedTopics;
    QTimer *m_pendingTimer;
};

} // namespace Newsdesk
