#include "TopicTreeModel.h"

#include "TopicCommands.h"
#include "library/Library.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

#include <iterator>
#include <utility>

namespace Newsdesk {

TopicTreeModel::TopicTreeModel(Library &library, QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_pendingTimer(new QTimer(this))
{
    m_pendingTimer->setSingleShot(true);
    m_pendingTimer->setInterval(0);
    connect(m_pendingTimer, &QTimer::timeout, this, &TopicTreeModel::applyPendingChanges);
    connect(&library, &Library::topicTreeChanged, this, [this]() {
        m_treeChanged = true;
        schedulePendingChanges();
    });
    connect(&library, &Library::topicInserted, this, [this]() {
        m_topicsInserted = true;
        schedulePendingChanges();
    });
    connect(&library, &Library::topicChanged, this, [this](qint64 id) {
        m_changedTopics.insert(id);
        schedulePendingChanges();
    });
    // An undo step is a batch of its own: what it changed shows as soon as it is done, to the code that
    // pushed it as much as to the views.
    if (undoStack)
        connect(undoStack, &QUndoStack::indexChanged, this, &TopicTreeModel::applyPendingChanges);
    // Tagging changes counts and check marks, never the shape.
    connect(&library, &Library::articleTopicsChanged, this, &TopicTreeModel::refreshCountsAndChecks);
    for (auto signal : {&Library::articlesTrashed, &Library::articlesRestored, &Library::articlesPurged,
                        &Library::articlesInserted})
        connect(&library, signal, this, &TopicTreeModel::refreshCountsAndChecks);
    reload();
}

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::schedulePendingChanges()
{
    if (!m_pendingTimer->isActive())
        m_pendingTimer->start();
}

void TopicTreeModel::applyPendingChanges()
{
    m_pendingTimer->stop();
    const bool treeChanged = std::exchange(m_treeChanged, false);
    const bool inserted = std::exchange(m_topicsInserted, false);
    const QSet<qint64> changed = std::exchange(m_changedTopics, {});
    // A new shape (a move, delete, merge or restore) seldom comes alone: one reset reads it all, inserted
    // and changed topics included.
    if (treeChanged)
        return reload();
    if (inserted) {
        // New topics are found by walking the library's tree beside the model's.
        const auto topics = m_library.topics().all();
        if (!topics || !insertNewTopics(*topics))
            return rebuild(topics);
    }
    for (qint64 id : changed) {
        Node *node = m_nodes.value(id);
        const auto found = m_library.topics().find(id);
        if (!node || !found)
            return reload();
        node->topic = *found;
        emit dataChanged(indexOfNode(node, Name), indexOfNode(node, Count));
    }
}

void TopicTreeModel::reload()
{
    rebuild(m_library.topics().all());
}

void TopicTreeModel::rebuild(const Result<QList<Topic>> &topics)
{
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();
    if (topics) {
        // all() lists parents before children, so every parent is in place when its child comes.
        for (const Topic &topic : *topics) {
            Node *parent = topic.parentId ? m_nodes.value(topic.parentId, &m_root) : &m_root;
            auto node = std::make_unique<Node>();
            node->topic = topic;
            node->parent = parent;
            node->row = int(parent->children.size());
            m_nodes.insert(topic.id, node.get());
            parent->children.push_back(std::move(node));
        }
    }
    auto counts = m_library.topics().articleCounts();
    m_counts = counts ? *counts : QHash<qint64, int>();
    endResetModel();
    if (!topics)
        emit loadFailed(topics.errorString());
    setSelectedArticles(m_selected);
}

bool TopicTreeModel::insertNewTopics(const QList<Topic> &topics)
{
    QHash<qint64, QList<const Topic *>> childrenOf; // parent id (0: the top) → children in order
    for (const Topic &topic : topics)
        childrenOf[topic.parentId].append(&topic);
    return mergeChildren(&m_root, childrenOf);
}

bool TopicTreeModel::mergeChildren(Node *node, const QHash<qint64, QList<const Topic *>> &childrenOf)
{
    // Walks the library's children of node beside the model's: known topics must line up, and every run
    // of new ones goes in, subtrees included, with one insert. False when the shapes differ otherwise.
    const QList<const Topic *> wanted = childrenOf.value(node->topic.id);
    int row = 0;
    qsizetype i = 0;
    while (i < wanted.size()) {
        if (Node *known = m_nodes.value(wanted.at(i)->id)) {
            if (row >= int(node->children.size()) || node->children.at(row).get() != known ||
                !mergeChildren(known, childrenOf))
                return false;
            ++row;
            ++i;
            continue;
        }
        std::vector<std::unique_ptr<Node>> fresh;
        for (; i < wanted.size() && !m_nodes.contains(wanted.at(i)->id); ++i) {
            auto subtree = buildSubtree(*wanted.at(i), node, childrenOf);
            if (!subtree)
                return false;
            fresh.push_back(std::move(subtree));
        }
        const int count = int(fresh.size());
        beginInsertRows(indexOfNode(node, Name), row, row + count - 1);
        node->children.insert(node->children.begin() + row, std::make_move_iterator(fresh.begin()),
                              std::make_move_iterator(fresh.end()));
        for (int r = row; r < int(node->children.size()); ++r)
            node->children.at(r)->row = r;
        for (int r = row; r < row + count; ++r)
            registerSubtree(node->children.at(r).get());
        endInsertRows();
        row += count;
    }
    return row == int(node->children.size());
}

std::unique_ptr<TopicTreeModel::Node>
TopicTreeModel::buildSubtree(const Topic &topic, Node *parent,
                             const QHash<qint64, QList<const Topic *>> &childrenOf) const
{
    auto node = std::make_unique<Node>();
    node->topic = topic;
    node->parent = parent;
    for (const Topic *child : childrenOf.value(topic.id)) {
        // A known topic below a new one was moved there: that is for a full reload.
        if (m_nodes.contains(child->id))
            return nullptr;
        auto below = buildSubtree(*child, node.get(), childrenOf);
        if (!below)
            return nullptr;
        below->row = int(node->children.size());
        node->children.push_back(std::move(below));
    }
    return node;
}

void TopicTreeModel::registerSubtree(Node *node)
{
    m_nodes.insert(node->topic.id, node);
    for (const auto &child : node->children)
        registerSubtree(child.get());
}

void TopicTreeModel::setSelectedArticles(const QList<qint64> &articleIds)
{
    m_selected = articleIds;
    // One grouped query: a selection of thousands must not cost a query per article.
    auto counts = m_library.topics().topicCountsAmong(articleIds);
    m_selectedWith = counts ? *counts : QHash<qint64, int>();
    emitAllChanged({});
}

void TopicTreeModel::refreshCountsAndChecks()
{
    auto counts = m_library.topics().articleCounts();
    if (counts)
        m_counts = *counts;
    setSelectedArticles(m_selected);
}

void TopicTreeModel::emitAllChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row)
        emitAllChanged(index(row, 0, parent));
}

TopicTreeModel::Node *TopicTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex TopicTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

qint64 TopicTreeModel::topicAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->topic.id : 0;
}

QModelIndex TopicTreeModel::indexOf(qint64 topicId, int column) const
{
    return indexOfNode(m_nodes.value(topicId), column);
}

QString TopicTreeModel::pathOf(qint64 topicId) const
{
    QStringList names;
    for (const Node *node = m_nodes.value(topicId); node && node != &m_root; node = node->parent)
        names.prepend(node->topic.name);
    return names.join(QStringLiteral(" › "));
}

QList<Topic> TopicTreeModel::topics() const
{
    QList<Topic> all;
    QList<const Node *> stack{&m_root};
    while (!stack.isEmpty()) {
        const Node *node = stack.takeLast();
        if (node != &m_root)
            all << node->topic;
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack << it->get();
    }
    return all;
}

int TopicTreeModel::totalCount(const Node *node) const
{
    // Distinct articles would need a query per row; the sum says "about this many" and stays cheap.
    int total = m_counts.value(node->topic.id);
    for (const auto &child : node->children)
        total += totalCount(child.get());
    return total;
}

Qt::CheckState TopicTreeModel::checkState(const Node *node) const
{
    const int with = m_selectedWith.value(node->topic.id);
    if (with == 0 || m_selected.isEmpty())
        return Qt::Unchecked;
    return with >= m_selected.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent, 0);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return node->topic.name;
        if (index.column() == Count) {
            const int total = totalCount(node);
            return total ? QVariant(total) : QVariant();
        }
        break;
    case Qt::EditRole:
        if (index.column() == Name)
            return node->topic.name;
        break;
    case Qt::CheckStateRole:
        if (index.column() == Name && !m_selected.isEmpty())
            return checkState(node);
        break;
    case Qt::ToolTipRole: {
        QString tip = pathOf(node->topic.id);
        if (!node->topic.description.isEmpty())
            tip += QLatin1Char('\n') + node->topic.description;
        if (!node->topic.code.isEmpty())
            tip += QLatin1Char('\n') + node->topic.code;
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == Name && !node->topic.colour.isEmpty())
            return QColor::fromString(node->topic.colour);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TopicIdRole:
        return node->topic.id;
    case PathRole:
        return pathOf(node->topic.id);
    case CodeRole:
        return node->topic.code;
    case TotalCountRole:
        return totalCount(node);
    }
    return {};
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Topic") : tr("Articles");
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid() && index.column() == Name) {
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
        if (!m_selected.isEmpty())
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool TopicTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Name || !m_undoStack)
        return false;
    const Node *node = nodeAt(index);
    if (role == Qt::CheckStateRole) {
        if (m_selected.isEmpty())
            return false;
        // A partly checked topic becomes checked for all: tagging is what a click most often means.
        const bool tag = value.value<Qt::CheckState>() != Qt::Unchecked && checkState(node) != Qt::Checked;
        m_undoStack->push(new TagArticles(m_library, m_selected, {node->topic.id}, tag));
        return true;
    }
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == node->topic.name)
            return false;
        Topic renamed = node->topic;
        renamed.name = name;
        m_undoStack->push(new EditTopic(m_library, node->topic, renamed));
        return true;
    }
    return false;
}

QStringList TopicTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(ArticleIdsMimeType), QString::fromLatin1(TopicIdMimeType)};
}

QMimeData *TopicTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.column() != Name)
            continue;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(TopicIdMimeType), QByteArray::number(topicAt(index)));
        return mime;
    }
    return nullptr;
}

Qt::DropActions TopicTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

bool TopicTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &parent) const
{
    if (data->hasFormat(QString::fromLatin1(ArticleIdsMimeType)))
        return parent.isValid();
    if (data->hasFormat(QString::fromLatin1(TopicIdMimeType))) {
        const qint64 moving = data->data(QString::fromLatin1(TopicIdMimeType)).toLongLong();
        // Not into itself or below itself.
        for (const Node *node = nodeAt(parent); node && node != &m_root; node = node->parent)
            if (node->topic.id == moving)
                return false;
        return m_nodes.contains(moving);
    }
    return false;
}

bool TopicTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_undoStack)
        return false;
    if (data->hasFormat(QString::fromLatin1(ArticleIdsMimeType))) {
        QList<qint64> ids;
        for (const QByteArray &id : data->data(QString::fromLatin1(ArticleIdsMimeType)).split(','))
            if (id.toLongLong() > 0)
                ids << id.toLongLong();
        if (ids.isEmpty())
            return false;
        m_undoStack->push(new TagArticles(m_library, ids, {topicAt(parent)}, true));
        return true;
    }
    const Node *moving = m_nodes.value(data->data(QString::fromLatin1(TopicIdMimeType)).toLongLong());
    if (!moving)
        return false;
    const Node *target = nodeAt(parent);
    const int position = row >= 0 && row < int(target->children.size())
                             ? target->children.at(row)->topic.position
                             : int(target->children.size()) + 1;
    m_undoStack->push(
        new MoveTopic(m_library, moving->topic, target == &m_root ? 0 : target->topic.id, position));
    // The move changed the tree itself; the view must not remove the dragged row on top of it.
    return false;
}

} // namespace Newsdesk
