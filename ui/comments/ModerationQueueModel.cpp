#include "ModerationQueueModel.h"

#include "library/Library.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace Newsdesk {

CommentQuery ModerationQueueModel::pendingQuery()
{
    CommentQuery query;
    query.status = CommentStatus::Pending;
    return query;
}

ModerationQueueModel::ModerationQueueModel(Library &library, QObject *parent)
    : ModerationQueueModel(library, pendingQuery(), parent)
{
}

ModerationQueueModel::ModerationQueueModel(Library &library, const CommentQuery &query, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_query(query)
{
    connect(&library, &Library::commentsInserted, this, &ModerationQueueModel::sync);
    connect(&library, &Library::commentsModerated, this, &ModerationQueueModel::sync);
    connect(&library, &Library::articlesPurged, this, &ModerationQueueModel::removeArticles);
    connect(&library, &Library::commentsRemoved, this, &ModerationQueueModel::removeComments);
    connect(&library, &Library::articleChanged, this, [this](qint64 id, const QList<ArticleField> &fields) {
        if (fields.contains(ArticleField::Title))
            refreshArticle(id);
    });
    reload();
}

void ModerationQueueModel::setQuery(const CommentQuery &query)
{
    m_query = query;
    reload();
}

void ModerationQueueModel::reload()
{
    // A new query is a new list: this is the one place a reset is the right signal.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto page = m_library.comments().page(m_query, std::nullopt, PageSize);
    if (page) {
        m_rows = std::move(page).value();
        m_exhausted = m_rows.size() < PageSize;
    } else {
        m_exhausted = true;
    }
    rebuildIndex();
    endResetModel();
    countChanged();
    if (!page)
        reportError(page.error());
}

int ModerationQueueModel::totalCount() const
{
    if (!m_total) {
        // Everything loaded: the rows are the count, no query needed.
        if (m_exhausted)
            return int(m_rows.size());
        const auto counted = m_library.comments().count(m_query);
        m_total = counted ? *counted : int(m_rows.size());
    }
    return *m_total;
}

void ModerationQueueModel::countChanged()
{
    m_total.reset();
    emit totalCountChanged();
}

void ModerationQueueModel::reportError(const Error &error)
{
    m_error = error.message;
    emit loadFailed(m_error);
}

void ModerationQueueModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

bool ModerationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ModerationQueueModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask for more from inside our own change signals;
    // m_fetching keeps every structural change from nesting in another.
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    std::optional<CommentPageKey> after;
    if (!m_rows.isEmpty())
        after = CommentRepository::keyOf(m_query, m_rows.last());
    auto page = m_library.comments().page(m_query, after, PageSize);
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
    for (CommentRow &row : *page) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

bool ModerationQueueModel::comesBefore(const CommentRow &a, const CommentRow &b) const
{
    const CommentPageKey x = CommentRepository::keyOf(m_query, a);
    const CommentPageKey y = CommentRepository::keyOf(m_query, b);
    const auto order = std::pair(x.sortValue, x.id) <=> std::pair(y.sortValue, y.id);
    return m_query.sort == CommentQuery::Sort::OldestFirst ? order < 0 : order > 0;
}

bool ModerationQueueModel::insertSorted(CommentRow row)
{
    const auto position =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                         [this](const CommentRow &a, const CommentRow &b) { return comesBefore(a, b); });
    const int at = int(position - m_rows.cbegin());
    // Past the loaded rows it belongs to a page not fetched yet, which will bring it.
    if (at == m_rows.size() && !m_exhausted)
        return false;
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    rebuildIndex();
    endInsertRows();
    return true;
}

void ModerationQueueModel::removeLoadedRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // From the bottom up, a run of neighbours at a time, so the rows still to remove keep their numbers
    // and a decision on a long selection is a few signals, not one per comment.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void ModerationQueueModel::sync(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (ids.size() > LargeChange) {
        // A spam filter run announces thousands of comments at once, and reading them all back stalled the
        // window for seconds at 300,000: read the span of rows loaded instead, whatever changed in it.
        syncLoadedSpan();
        return;
    }
    const QScopedValueRollback changing(m_fetching, true);
    auto matching = m_library.comments().rows(m_query, ids);
    if (!matching) {
        reportError(matching.error());
        return;
    }
    QHash<qint64, CommentRow> fresh;
    fresh.reserve(matching->size());
    for (CommentRow &row : *matching)
        fresh.insert(row.id, std::move(row));

    // Loaded rows that no longer match leave; those whose place in the order changed leave too and come
    // back below where they now belong.
    QList<int> leaving;
    QList<CommentRow> moving;
    for (qint64 id : ids) {
        const auto it = m_rowOfId.constFind(id);
        if (it == m_rowOfId.cend())
            continue;
        const int row = it.value();
        const auto updated = fresh.constFind(id);
        if (updated == fresh.cend()) {
            leaving << row;
            continue;
        }
        const CommentPageKey before = CommentRepository::keyOf(m_query, m_rows.at(row));
        const CommentPageKey after = CommentRepository::keyOf(m_query, updated.value());
        if (before.sortValue != after.sortValue) {
            leaving << row;
            moving << updated.value();
        } else {
            m_rows[row] = updated.value();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        fresh.remove(id);
    }
    removeLoadedRows(leaving);
    for (CommentRow &row : moving)
        insertSorted(std::move(row));

    // Comments that match now and were not loaded: new ones, or ones an undo sent back to this status.
    QList<CommentRow> arriving = fresh.values();
    std::sort(arriving.begin(), arriving.end(),
              [this](const CommentRow &a, const CommentRow &b) { return comesBefore(a, b); });
    for (CommentRow &row : arriving)
        insertSorted(std::move(row));
    countChanged();
}

void ModerationQueueModel::syncLoadedSpan()
{
    const QScopedValueRollback changing(m_fetching, true);
    const int span = std::max(PageSize, int(m_rows.size()));
    auto page = m_library.comments().page(m_query, std::nullopt, span);
    if (!page) {
        reportError(page.error());
        return;
    }
    const QList<CommentRow> &window = *page;
    QHash<qint64, int> inWindow;
    inWindow.reserve(window.size());
    for (int i = 0; i < window.size(); ++i)
        inWindow.insert(window.at(i).id, i);

    // Loaded rows that left the span, or whose place in the order changed, leave; the rest keep their
    // order, which is the span's, so the span's other rows go in between them.
    QList<int> leaving;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto it = inWindow.constFind(m_rows.at(row).id);
        if (it == inWindow.cend() || CommentRepository::keyOf(m_query, m_rows.at(row)).sortValue !=
                                         CommentRepository::keyOf(m_query, window.at(it.value())).sortValue)
            leaving << row;
    }
    removeLoadedRows(leaving);
    int at = 0;
    for (int i = 0; i < window.size();) {
        if (at < m_rows.size() && m_rows.at(at).id == window.at(i).id) {
            m_rows[at++] = window.at(i++);
            continue;
        }
        // A run of rows new to the loaded ones, inserted with one signal.
        int end = i;
        while (end < window.size() && !(at < m_rows.size() && m_rows.at(at).id == window.at(end).id))
            ++end;
        beginInsertRows({}, at, at + (end - i) - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(at + (k - i), window.at(k));
        endInsertRows();
        at += end - i;
        i = end;
    }
    rebuildIndex();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    // A full span may have more after it, even if every match had been loaded before.
    m_exhausted = window.size() < span;
    countChanged();
}

void ModerationQueueModel::refreshArticle(qint64 articleId)
{
    QList<qint64> ids;
    for (const CommentRow &row : std::as_const(m_rows))
        if (row.articleId == articleId)
            ids << row.id;
    if (!ids.isEmpty())
        sync(ids);
}

void ModerationQueueModel::removeArticles(const QList<qint64> &articleIds)
{
    const QScopedValueRollback changing(m_fetching, true);
    // Purging an article deletes its comments with it.
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row)
        if (articleIds.contains(m_rows.at(row).articleId))
            rows << row;
    removeLoadedRows(rows);
    countChanged();
}

void ModerationQueueModel::removeComments(const QList<qint64> &ids)
{
    const QScopedValueRollback changing(m_fetching, true);
    QList<int> rows;
    for (qint64 id : ids)
        if (const auto it = m_rowOfId.constFind(id); it != m_rowOfId.cend())
            rows << it.value();
    removeLoadedRows(rows);
    countChanged();
}

QString ModerationQueueModel::decidedByLabel(const QString &decidedBy)
{
    //: Who decided a comment's status, shown on its own beside the label "Decided by".
    if (decidedBy == DecidedBy::Curator)
        return tr("A curator");
    //: Who decided a comment's status, shown on its own beside the label "Decided by".
    if (decidedBy == DecidedBy::Rules)
        return tr("The moderation rules");
    //: Who decided a comment's status, shown on its own beside the label "Decided by".
    if (decidedBy == DecidedBy::Filter)
        return tr("The spam filter");
    //: Who decided a comment's status, shown on its own beside the label "Decided by".
    if (decidedBy == DecidedBy::Import)
        return tr("The imported file");
    return decidedBy;
}

QString ModerationQueueModel::decidedByText(const QString &decidedBy)
{
    // One whole phrase per decider: "Decided by %1" around a noun phrase cannot take other languages'
    // cases and word order.
    if (decidedBy == DecidedBy::Curator)
        return tr("Decided by a curator");
    if (decidedBy == DecidedBy::Rules)
        return tr("Decided by the moderation rules");
    if (decidedBy == DecidedBy::Filter)
        return tr("Decided by the spam filter");
    if (decidedBy == DecidedBy::Import)
        return tr("Decided by the imported file");
    //: %1 is the stored key of an unknown decider, shown as it is.
    return tr("Decided by %1").arg(decidedBy);
}

qint64 ModerationQueueModel::commentAt(const QModelIndex &index) const
{
    const CommentRow *row = rowAt(index);
    return row ? row->id : 0;
}

const CommentRow *ModerationQueueModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex ModerationQueueModel::indexOf(qint64 id, int column) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.cend() ? QModelIndex() : index(it.value(), column);
}

int ModerationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModerationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModerationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return CommentText::statusLabel(row.status);
        case Score:
            return row.spamScore ? QLocale().toString(*row.spamScore, 'f', 2) : QString();
        case Author:
            return row.author.isEmpty() ? row.authorEmail : row.author;
        case Excerpt:
            return row.excerpt;
        case Article:
            return row.articleTitle;
        case Posted:
            // Compact, unambiguous in every locale, and it sorts the way it reads (as in the article list).
            return row.postedAt.isValid()
                       ? row.postedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
        case Reason:
            return row.reason;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Author: {
            QStringList parts{row.author};
            if (!row.authorEmail.isEmpty())
                parts << row.authorEmail;
            if (!row.authorIp.isEmpty())
                parts << row.authorIp;
            parts.removeAll(QString());
            return parts.join(QLatin1Char('\n'));
        }
        case Excerpt:
            return row.excerpt;
        case Article:
            return row.articleTitle;
        case Score:
            return row.spamScore ? tr("Spam score %1 (0 = surely not spam, 1 = surely spam)")
                                       .arg(QLocale().toString(*row.spamScore, 'f', 2))
                                 : tr("Not scored yet");
        case Reason:
        case Status:
            if (row.decidedBy.isEmpty())
                return row.reason;
            //: %1 says who decided ("Decided by the spam filter"); %2 is the decision's reason.
            return row.reason.isEmpty() ? decidedByText(row.decidedBy)
                                        : tr("%1: %2").arg(decidedByText(row.decidedBy), row.reason);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CommentIdRole:
        return row.id;
    case ArticleIdRole:
        return row.articleId;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case SpamScoreRole:
        return row.spamScore ? QVariant(*row.spamScore) : QVariant();
    case PostedRole:
        return row.postedAt;
    case AuthorEmailRole:
        return row.authorEmail;
    case AuthorIpRole:
        return row.authorIp;
    case DecidedByRole:
        return row.decidedBy;
    }
    return {};
}

QVariant ModerationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Score:
        return tr("Score");
    case Author:
        return tr("Author");
    case Excerpt:
        return tr("Comment");
    case Article:
        return tr("Article");
    case Posted:
        return tr("Posted");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace Newsdesk
