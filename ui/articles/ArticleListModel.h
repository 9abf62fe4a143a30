#pragma once

#include "importing/ImportJob.h"
#include "library/ArticleRepository.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace Newsdesk {

class Library;

/// The article list: loads lazily in pages (keyset paging, sorted and filtered in SQL) and follows
/// the library's change events row by row. Edits made through setData() become undo commands.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Source, Published, Status, Topics, Comments, Match, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StatusRole,    ///< ArticleStatus
        PublishedRole, ///< QDateTime, UTC
        SnippetRole,   ///< Search match with \x02 … \x03 around hits
        PendingCommentsRole,
    };

    static constexpr int PageSize = 200;

    explicit ArticleListModel(Library &library, QUndoStack *undoStack, QObject *parent = nullptr);

    /// Shows the articles this query selects, from the first page.
    void setQuery(const ArticleQuery &query);
    const ArticleQuery &query() const { return m_query; }
    /// The last error from loading rows, empty when all went well.
    QString errorString() const { return m_error; }
    /// Reads the rows already loaded again (another program changed the library), a query per thousand,
    /// and signals only those that read differently: rows keep their place, so the selection, the current
    /// row, the scroll position and an editor open on an unchanged row stay.
    void refreshLoadedRows();

    qint64 articleAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id, int column = Title) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static ArticleSortKey sortKeyFor(int column);

signals:
    void loadFailed(const QString &message);
    /// Files, addresses, HTML or text were dropped on the list: the window imports them.
    void importRequested(const QList<Newsdesk::ImportInput> &inputs);

private:
    void reload();
    void insertMatching(const QList<qint64> &ids);
    void removeIds(const QList<qint64> &ids);
    void refreshRows(const QList<qint64> &ids);
    /// Does row a come before row b in the query's order? Mirrors the SQL ORDER BY exactly.
    bool comesBefore(const ArticleRow &a, const ArticleRow &b) const;
    void rebuildIndex();
    void reportError(const Error &error);

    Library &m_library;
    QUndoStack *m_undoStack;
    ArticleQuery m_query;
    QList<ArticleRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_error;
};

} // namespace Newsdesk
