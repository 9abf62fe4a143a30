#include "BundleListModel.h"

#include "BundleCommands.h"
#include "library/BundleRepository.h"
#include "library/Library.h"
#include "topics/TopicTreeModel.h"

#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

namespace Newsdesk {

namespace {
BundleSummary summaryOf(const Bundle &bundle)
{
    return {bundle.id, bundle.name, bundle.title, int(bundle.articleIds().size()), bundle.updatedAt};
}
} // namespace

BundleListModel::BundleListModel(Library &library, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_undoStack(undoStack)
{
    connect(&library, &Library::bundleInserted, this, &BundleListModel::bundleInserted);
    connect(&library, &Library::bundleChanged, this, &BundleListModel::bundleChanged);
    connect(&library, &Library::bundleRemoved, this, &BundleListModel::bundleRemoved);
    reload();
}

void BundleListModel::reload()
{
    auto listed = m_library.bundles().list();
    if (!listed) {
        emit loadFailed(listed.errorString());
        return;
    }
    beginResetModel();
    m_bundles = std::move(listed).value();
    endResetModel();
}

int BundleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bundles.size());
}

QVariant BundleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BundleSummary &bundle = m_bundles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return bundle.name;
    case Qt::ToolTipRole:
        return tr("%1\n%n article(s), changed %2", nullptr, bundle.articleCount)
            .arg(bundle.title.isEmpty() ? bundle.name : bundle.title,
                 QLocale().toString(bundle.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case BundleIdRole:
        return bundle.id;
    case TitleRole:
        return bundle.title;
    case ArticleCountRole:
        return bundle.articleCount;
    default:
        return {};
    }
}

bool BundleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_undoStack)
        return false;
    const QString name = value.toString().trimmed();
    const BundleSummary &summary = m_bundles.at(index.row());
    if (name.isEmpty() || name == summary.name)
        return false;
    const auto bundle = m_library.bundles().find(summary.id);
    if (!bundle) {
        emit m_library.errorOccurred(bundle.errorString());
        return false;
    }
    // The rename reaches this model back through bundleChanged, like any other change.
    m_undoStack->push(new RenameBundle(m_library, *bundle, name));
    return true;
}

Qt::ItemFlags BundleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    return flags;
}

QStringList BundleListModel::mimeTypes() const
{
    return {QString::fromLatin1(TopicTreeModel::ArticleIdsMimeType)};
}

Qt::DropActions BundleListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool BundleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent) const
{
    Q_UNUSED(action);
    Q_UNUSED(row);
    Q_UNUSED(column);
    // Onto a bundle only: between bundles there is nothing to add to.
    return m_undoStack && data && parent.isValid()
           && data->hasFormat(QString::fromLatin1(TopicTreeModel::ArticleIdsMimeType));
}

bool BundleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    for (const QByteArray &part : data->data(QString::fromLatin1(TopicTreeModel::ArticleIdsMimeType)).split(','))
        if (const qint64 id = part.trimmed().toLongLong(); id > 0)
            ids << id;
    const qint64 bundleId = m_bundles.at(parent.row()).id;
    const auto bundle = m_library.bundles().find(bundleId);
    if (!bundle || ids.isEmpty()) {
        if (!bundle)
            emit m_library.errorOccurred(bundle.errorString());
        return false;
    }
    auto command = std::make_unique<AddBundleArticles>(m_library, *bundle, ids);
    const int added = int(command->after().entries.size() - bundle->entries.size());
    if (added > 0)
        m_undoStack->push(command.release());
    emit articlesDropped(bundleId, added);
    // Copy, never Move: the dragged articles stay in the list they came from.
    return added > 0;
}

BundleSummary BundleListModel::bundleAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_bundles.size() ? m_bundles.at(index.row()) : BundleSummary();
}

QModelIndex BundleListModel::indexOf(qint64 bundleId) const
{
    for (int row = 0; row < m_bundles.size(); ++row)
        if (m_bundles.at(row).id == bundleId)
            return index(row);
    return {};
}

int BundleListModel::rowFor(const QString &name) const
{
    int row = 0;
    while (row < m_bundles.size() && QString::compare(m_bundles.at(row).name, name, Qt::CaseInsensitive) < 0)
        ++row;
    return row;
}

void BundleListModel::bundleInserted(qint64 id)
{
    const auto bundle = m_library.bundles().find(id);
    if (!bundle || indexOf(id).isValid())
        return;
    const int row = rowFor(bundle->name);
    beginInsertRows({}, row, row);
    m_bundles.insert(row, summaryOf(*bundle));
    endInsertRows();
}

void BundleListModel::bundleChanged(qint64 id)
{
    const QModelIndex index = indexOf(id);
    const auto bundle = m_library.bundles().find(id);
    if (!index.isValid() || !bundle)
        return;
    const int from = index.row();
    m_bundles[from] = summaryOf(*bundle);
    emit dataChanged(index, index);
    // A new name may belong elsewhere in the order.
    BundleSummary moved = m_bundles.takeAt(from);
    const int to = rowFor(moved.name);
    m_bundles.insert(from, moved);
    if (to == from)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_bundles.move(from, to);
    endMoveRows();
}

void BundleListModel::bundleRemoved(qint64 id)
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid())
        return;
    beginRemoveRows({}, index.row(), index.row());
    m_bundles.removeAt(index.row());
    endRemoveRows();
}

} // namespace Newsdesk
