#pragma once

#include "library/CommentRepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace Newsdesk {

class Library;

/// The moderation queue: the comments a CommentQuery selects, loaded lazily in keyset pages (filtered and
/// sorted in SQL, so a queue of a million opens with one page). It follows the library's events row by
/// row: a decided comment that no longer matches the filter leaves the list, new ones come in where the
/// order puts them.
class ModerationQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Score, Author, Excerpt, Article, Posted, Reason, ColumnCount };
    enum Role {
        CommentIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StatusRole,    ///< CommentStatus
        SpamScoreRole, ///< double, or an invalid QVariant while unscored
        PostedRole,    ///< QDateTime, UTC
        AuthorEmailRole,
        AuthorIpRole,
        DecidedByRole,
    };

    static constexpr int PageSize = 200;
    /// An announcement of more comments than this is not read back id by id: the loaded span is read
    /// again instead (see syncLoadedSpan()).
    static constexpr int LargeChange = 1000;

    /// The queue of pending comments, newest first.
    explicit ModerationQueueModel(Library &library, QObject *parent = nullptr);
    /// The comments this query selects.
    ModerationQueueModel(Library &library, const CommentQuery &query, QObject *parent = nullptr);
    /// What a queue shows when nobody chose: pending comments, newest first.
    static CommentQuery pendingQuery();

    /// Shows the comments this query selects, from the first page.
    void setQuery(const CommentQuery &query);
    const CommentQuery &query() const { return m_query; }
    /// How many comments the query selects in all, loaded or not (counted in SQL, cached until a change).
    int totalCount() const;
    /// The last error from loading rows, empty when all went well.
    QString errorString() const { return m_error; }

    qint64 commentAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id, int column = Excerpt) const;
    /// The row as loaded, or nullptr for an invalid index.
    const CommentRow *rowAt(const QModelIndex &index) const;

    /// Who made a decision (DecidedBy::…), in words that stand alone ("The spam filter").
    static QString decidedByLabel(const QString &decidedBy);
    /// The phrase "Decided by …" for a decider (DecidedBy::…).
    static QString decidedByText(const QString &decidedBy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);
    /// The number of matching comments may have changed (a decision, an import, a new query).
    void totalCountChanged();

private:
    void reload();
    /// Brings the rows of these ids in line with the store: updated in place, moved, removed when they
    /// no longer match, inserted when they now do.
    void sync(const QList<qint64> &ids);
    /// For a large change: reads again the span of rows loaded and brings them in line with it.
    void syncLoadedSpan();
    /// Removes these loaded rows (named apart from QAbstractItemModel::removeRows, which it would hide).
    void removeLoadedRows(QList<int> rows);
    /// Inserts a matching row where the order puts it; false when that is past the loaded pages.
    bool insertSorted(CommentRow row);
    void refreshArticle(qint64 articleId);
    void removeArticles(const QList<qint64> &articleIds);
    void removeComments(const QList<qint64> &ids);
    /// Does row a come before row b in the query's order? Mirrors the SQL ORDER BY exactly.
    bool comesBefore(const CommentRow &a, const CommentRow &b) const;
    void rebuildIndex();
    void countChanged();
    void reportError(const Error &error);

    Library &m_library;
    CommentQuery m_query;
    QList<CommentRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    bool m_exhausted = true;
    bool m_fetching = false;
    mutable std::optional<int> m_total;
    QString m_error;
};

} // namespace Newsdesk
