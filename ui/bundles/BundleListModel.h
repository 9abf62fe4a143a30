#pragma once

#include "core/Bundle.h"

#include <QAbstractListModel>

class QUndoStack;

namespace Newsdesk {

class Library;

/// The library's bundles by name, kept live through the Library's bundle signals. Renaming in place
/// pushes a RenameBundle command instead of changing anything itself.
class BundleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        BundleIdRole = Qt::UserRole,
        TitleRole,
        ArticleCountRole,
    };

    BundleListModel(Library &library, QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Articles dragged from the list onto a bundle join it at the end, as one undo step.
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    BundleSummary bundleAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 bundleId) const;

signals:
    void loadFailed(const QString &message);
    /// Articles were dropped on a bundle: how many joined it (0: they were all in it already).
    void articlesDropped(qint64 bundleId, int added);

private:
    void reload();
    void bundleInserted(qint64 id);
    void bundleChanged(qint64 id);
    void bundleRemoved(qint64 id);
    /// Where a bundle of this name goes to keep the list in order.
    int rowFor(const QString &name) const;

    Library &m_library;
    QUndoStack *m_undoStack;
    QList<BundleSummary> m_bundles;
};

} // namespace Newsdesk
