#include "ArticleListModel.h"

#include "ArticleCommands.h"
#include "importing/DroppedInputs.h"
#include "library/Library.h"

#include <QMimeData>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <algorithm>

namespace Newsdesk {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// SQLite's NOCASE collation: ASCII letters folded, everything else compared byte by byte in UTF-8.
int compareNoCase(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = asciiLower(a.at(i));
        const char y = asciiLower(b.at(i));
        if (x != y)
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

/// Compares two sort values the way SQLite's ORDER BY does for the column's collation.
int compareSortValues(const QVariant &a, const QVariant &b, ArticleSortKey key)
{
    const bool numeric = key == ArticleSortKey::Published || key == ArticleSortKey::Status ||
                         key == ArticleSortKey::Comments || key == ArticleSortKey::Relevance;
    if (numeric) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const QByteArray x = a.toString().toUtf8();
    const QByteArray y = b.toString().toUtf8();
    if (key == ArticleSortKey::Topics)
        return x < y ? -1 : (x > y ? 1 : 0);
    return compareNoCase(x, y);
}

QString commentsText(const ArticleRow &row)
{
    if (row.commentCount == 0)
        return {};
    if (row.pendingComments == 0)
        return QString::number(row.commentCount);
    // Compact, so the title keeps the room; the tooltip spells it out.
    return ArticleListModel::tr("%1 (%2)").arg(row.commentCount).arg(row.pendingComments);
}

QString plainSnippet(QString snippet)
{
    return snippet.remove(QChar(0x02)).remove(QChar(0x03));
}

} // namespace

ArticleListModel::ArticleListModel(Library &library, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_undoStack(undoStack)
{
    connect(&library, &Library::articlesInserted, this, &ArticleListModel::insertMatching);
    connect(&library, &Library::articlesPurged, this, &ArticleListModel::removeIds);
    connect(&library, &Library::articlesTrashed, this,
            [this](const QList<qint64> &ids) { m_query.trash ? insertMatching(ids) : removeIds(ids); });
    connect(&library, &Library::articlesRestored, this,
            [this](const QList<qint64> &ids) { m_query.trash ? removeIds(ids) : insertMatching(ids); });
    connect(&library, &Library::articleChanged, this, [this](qint64 id) { refreshRows({id}); });
    connect(&library, &Library::commentsChanged, this, [this](qint64 id) { refreshRows({id}); });
    // A bulk tag changes a thousand rows at once: one query for the loaded ones among them.
    connect(&library, &Library::articleTopicsChanged, this, &ArticleListModel::refreshRows);
    reload();
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    if (query == m_query && !m_rows.isEmpty())
        return;
    m_query = query;
    reload();
}

void ArticleListModel::reload()
{
    // A new query is a new list: this is the one place a reset is the right signal.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_error.clear();
    auto page = m_library.articles().page(m_query, std::nullopt, PageSize);
    if (page) {
        m_rows = std::move(page).value();
        m_exhausted = m_rows.size() < PageSize;
    } else {
        m_exhausted = true;
    }
    rebuildIndex();
    endResetModel();
    if (!page)
        reportError(page.error());
}

void ArticleListModel::reportError(const Error &error)
{
    m_error = error.message;
    emit loadFailed(m_error);
}

void ArticleListModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask for more from inside our own change signals;
    // m_fetching keeps every structural change from nesting in another.
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    std::optional<PageCursor> cursor;
    if (!m_rows.isEmpty())
        cursor = PageCursor{m_rows.last().sortValue, m_rows.last().id};
    auto page = m_library.articles().page(m_query, cursor, PageSize);
    if (!page) {
        m_exhausted = true;
        reportError(page.error());
        return;
    }
    m_exhausted = page->size() < PageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    for (ArticleRow &row : *page) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

bool ArticleListModel::comesBefore(const ArticleRow &a, const ArticleRow &b) const
{
    int order =
        compareSortValues(a.sortValue, b.sortValue,
                          m_query.search.trimmed().isEmpty() && m_query.sort == ArticleSortKey::Relevance
                              ? ArticleSortKey::Published
                              : m_query.sort);
    if (order == 0)
        order = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return m_query.order == Qt::AscendingOrder ? order < 0 : order > 0;
}

void ArticleListModel::insertMatching(const QList<qint64> &ids)
{
    const QScopedValueRollback changing(m_fetching, true);
    auto rows = m_library.articles().rows(m_query, ids);
    if (!rows) {
        reportError(rows.error());
        return;
    }
    for (ArticleRow &row : *rows) {
        if (m_rowOfId.contains(row.id))
            continue;
        const auto position =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                             [this](const ArticleRow &a, const ArticleRow &b) { return comesBefore(a, b); });
        const int at = int(position - m_rows.cbegin());
        // Past the loaded rows it belongs to a page not fetched yet, which will bring it.
        if (at == m_rows.size() && !m_exhausted)
            continue;
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        rebuildIndex();
        endInsertRows();
    }
}

void ArticleListModel::removeIds(const QList<qint64> &ids)
{
    const QScopedValueRollback changing(m_fetching, true);
    QList<int> rows;
    for (qint64 id : ids)
        if (const auto it = m_rowOfId.constFind(id); it != m_rowOfId.cend())
            rows << it.value();
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        rebuildIndex();
}

void ArticleListModel::refreshRows(const QList<qint64> &ids)
{
    QList<qint64> loaded;
    for (qint64 id : ids)
        if (m_rowOfId.contains(id))
            loaded << id;
    if (loaded.isEmpty())
        return;
    // Read without the status filter and search: a row that no longer matches stays until the
    // next query, as in a mail client, but shows what is true now.
    ArticleQuery scope;
    scope.trash = m_query.trash;
    scope.sort = m_query.sort == ArticleSortKey::Relevance ? ArticleSortKey::Published : m_query.sort;
    auto fresh = m_library.articles().rows(scope, loaded);
    if (!fresh)
        return;
    QList<int> changed;
    for (ArticleRow &updated : *fresh) {
        const int row = m_rowOfId.value(updated.id, -1);
        if (row < 0)
            continue;
        const ArticleRow &old = m_rows.at(row);
        // Only rows that read differently are signalled: a view resets the editor open on any row it is
        // told of, and the curator may be typing a title in one that another program did not touch.
        if (updated.title == old.title && updated.source == old.source &&
            updated.publishedAt == old.publishedAt && updated.status == old.status &&
            updated.topics == old.topics && updated.commentCount == old.commentCount &&
            updated.pendingComments == old.pendingComments)
            continue;
        updated.snippet = old.snippet;
        updated.sortValue = old.sortValue; // keeps the keyset cursor consistent with the loaded pages
        m_rows[row] = std::move(updated);
        changed << row;
    }
    std::sort(changed.begin(), changed.end());
    // One signal per run of neighbouring rows.
    for (qsizetype start = 0; start < changed.size();) {
        qsizetype end = start;
        while (end + 1 < changed.size() && changed.at(end + 1) == changed.at(end) + 1)
            ++end;
        emit dataChanged(index(changed.at(start), 0), index(changed.at(end), ColumnCount - 1));
        start = end + 1;
    }
}

void ArticleListModel::refreshLoadedRows()
{
    // In slices: one statement holds at most 32,766 ids, and a curator may have scrolled further.
    constexpr qsizetype Slice = 1000;
    for (qsizetype first = 0; first < m_rows.size(); first += Slice) {
        QList<qint64> ids;
        for (qsizetype row = first; row < std::min(first + Slice, m_rows.size()); ++row)
            ids << m_rows.at(row).id;
        refreshRows(ids);
    }
}

qint64 ArticleListModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return 0;
    return m_rows.at(index.row()).id;
}

QModelIndex ArticleListModel::indexOf(qint64 id, int column) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.cend() ? QModelIndex() : index(it.value(), column);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return row.title;
        case Source:
            return row.source;
        case Published:
            // Compact, unambiguous in every locale, and it sorts the way it reads.
            return row.publishedAt.isValid()
                       ? row.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
        case Status:
            return ArticleText::statusLabel(row.status);
        case Topics:
            return row.topics;
        case Comments:
            return commentsText(row);
        case Match:
            return plainSnippet(row.snippet);
        }
        break;
    case Qt::EditRole:
        if (index.column() == Title)
            return row.title;
        if (index.column() == Status)
            return QVariant::fromValue(row.status);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Match)
            return row.snippet.isEmpty() ? row.title : plainSnippet(row.snippet);
        if (index.column() == Comments && row.commentCount > 0)
            return tr("%n comment(s), %1 waiting for moderation", nullptr, row.commentCount)
                .arg(row.pendingComments);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Comments)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return row.id;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case PublishedRole:
        return row.publishedAt;
    case SnippetRole:
        return row.snippet;
    case PendingCommentsRole:
        return row.pendingComments;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Source:
        return tr("Source");
    case Published:
        return tr("Published");
    case Status:
        return tr("Status");
    case Topics:
        return tr("Topics");
    case Comments:
        return tr("Comments");
    case Match:
        //: Column header: how well an article matches the search (its relevance).
        return tr("Match");
    }
    return {};
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    if (index.isValid() && !m_query.trash && (index.column() == Title || index.column() == Status))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ArticleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_undoStack)
        return false;
    const ArticleField field = index.column() == Title ? ArticleField::Title : ArticleField::Status;
    if (index.column() != Title && index.column() != Status)
        return false;
    if (field == ArticleField::Title && value.toString().trimmed().isEmpty())
        return false;
    // The model never changes itself: the command changes the store, and the store's event updates the row.
    if (auto *command = SetArticleField::create(m_library, articleAt(index), field, value))
        m_undoStack->push(command);
    return true;
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    // Articles dragged onto a topic are tagged with it (TopicTreeModel::dropMimeData).
    QList<QByteArray> ids;
    QStringList titles;
    for (const QModelIndex &index : indexes) {
        if (index.column() != Title)
            continue;
        ids << QByteArray::number(articleAt(index));
        titles << index.data().toString();
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("application/x-newsdesk-article-ids"), ids.join(','));
    return mime;
}

QStringList ArticleListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/html"), QStringLiteral("text/plain")};
}

Qt::DropActions ArticleListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool ArticleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                       const QModelIndex &) const
{
    return !m_query.trash && canImportFrom(data);
}

bool ArticleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<ImportInput> inputs = importInputsFrom(data);
    if (inputs.isEmpty())
        return false;
    // Dropped articles land where the list's order puts them, not where the drop was.
    emit importRequested(inputs);
    return true;
}

ArticleSortKey ArticleListModel::sortKeyFor(int column)
{
    switch (column) {
    case Title:
        return ArticleSortKey::Title;
    case Source:
        return ArticleSortKey::Source;
    case Published:
        return ArticleSortKey::Published;
    case Status:
        return ArticleSortKey::Status;
    case Topics:
        return ArticleSortKey::Topics;
    case Comments:
        return ArticleSortKey::Comments;
    case Match:
        return ArticleSortKey::Relevance;
    }
    return ArticleSortKey::Published;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    ArticleQuery query = m_query;
    query.sort = sortKeyFor(column);
    query.order = order;
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

} // namespace Newsdesk
