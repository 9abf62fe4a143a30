#include "BundleEntriesModel.h"

#include "BundleCommands.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

namespace Newsdesk {

namespace {

/// Whether b can stand in a's row with at most a dataChanged: the same article, or a section (a renamed
/// section stays one row).
bool sameEntry(const BundleEntry &a, const BundleEntry &b)
{
    return a.articleId == b.articleId;
}

/// The numbers of a comma-separated list that are at least minimum; anything else is dropped.
QList<qint64> numbersFrom(const QByteArray &list, qint64 minimum)
{
    QList<qint64> numbers;
    for (const QByteArray &part : list.split(',')) {
        bool ok = false;
        const qint64 number = part.trimmed().toLongLong(&ok);
        if (ok && number >= minimum)
            numbers << number;
    }
    return numbers;
}

} // namespace

BundleEntriesModel::BundleEntriesModel(Library &library, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_undoStack(undoStack)
{
    connect(&library, &Library::bundleChanged, this, [this](qint64 id) {
        if (id == m_bundle.id)
            reload();
    });
    connect(&library, &Library::bundleRemoved, this, [this](qint64 id) {
        if (id == m_bundle.id)
            setBundleId(0);
    });
    connect(&library, &Library::articleChanged, this, [this](qint64 id) {
        if (!m_articles.remove(id))
            return;
        const QModelIndex index = indexOfArticle(id);
        if (index.isValid())
            emit dataChanged(index, index);
    });
}

void BundleEntriesModel::setBundleId(qint64 bundleId)
{
    if (bundleId == m_bundle.id)
        return;
    Bundle bundle;
    if (bundleId != 0) {
        auto found = m_library.bundles().find(bundleId);
        if (!found) {
            emit loadFailed(found.errorString());
            return;
        }
        bundle = std::move(found).value();
    }
    // Another bundle is another list: a reset, not an edit.
    beginResetModel();
    m_bundle = std::move(bundle);
    m_articles.clear();
    endResetModel();
    emit bundleEdited();
}

void BundleEntriesModel::reload()
{
    auto found = m_library.bundles().find(m_bundle.id);
    if (!found) {
        emit loadFailed(found.errorString());
        return;
    }
    reconcile(*found);
    emit bundleEdited();
}

void BundleEntriesModel::reconcile(const Bundle &bundle)
{
    const QList<BundleEntry> &before = m_bundle.entries;
    const QList<BundleEntry> &after = bundle.entries;
    const int shorter = int(std::min(before.size(), after.size()));
    int prefix = 0;
    while (prefix < shorter && sameEntry(before.at(prefix), after.at(prefix)))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix &&
           sameEntry(before.at(before.size() - 1 - suffix), after.at(after.size() - 1 - suffix)))
        ++suffix;

    const int removed = int(before.size()) - prefix - suffix;
    if (removed > 0) {
        beginRemoveRows({}, prefix, prefix + removed - 1);
        m_bundle.entries.remove(prefix, removed);
        endRemoveRows();
    }
    const int inserted = int(after.size()) - prefix - suffix;
    if (inserted > 0) {
        beginInsertRows({}, prefix, prefix + inserted - 1);
        m_bundle.entries = after;
        endInsertRows();
    }
    // What stayed in place may have a new blurb.
    const QList<BundleEntry> kept = m_bundle.entries;
    m_bundle = bundle;
    for (int row = 0; row < kept.size(); ++row)
        if (kept.at(row) != after.at(row))
            emit dataChanged(index(row), index(row));
}

int BundleEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bundle.entries.size());
}

const BundleEntriesModel::ArticleLine &BundleEntriesModel::articleLine(qint64 articleId) const
{
    auto cached = m_articles.find(articleId);
    if (cached != m_articles.end())
        return *cached;
    ArticleLine line;
    if (const auto article = m_library.articles().find(articleId)) {
        line.title = article->title;
        line.source = article->source;
        line.publishedAt = article->publishedAt;
    } else {
        line.title = tr("(missing article %1)").arg(articleId);
    }
    return *m_articles.insert(articleId, line);
}

QVariant BundleEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BundleEntry &entry = m_bundle.entries.at(index.row());
    if (entry.isSection()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case HeadingRole:
            return entry.heading;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            return font;
        }
        case Qt::ToolTipRole:
            return tr("Section: the articles below it, up to the next section, are grouped under “%1”.")
                .arg(entry.heading);
        case IsSectionRole:
            return true;
        case ArticleIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const ArticleLine &line = articleLine(entry.articleId);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList details;
        if (!line.source.isEmpty())
            details << line.source;
        if (line.publishedAt.isValid())
            details << QLocale().toString(line.publishedAt.toLocalTime().date(), QLocale::ShortFormat);
        QString text = line.title;
        if (!details.isEmpty())
            text += QLatin1Char('\n') + details.join(QStringLiteral(" · "));
        if (!entry.blurb.isEmpty())
            text += QLatin1Char('\n') + tr("“%1”").arg(entry.blurb.simplified());
        return text;
    }
    case Qt::EditRole:
    case BlurbRole:
        return entry.blurb;
    case Qt::ToolTipRole:
        return entry.blurb.isEmpty() ? line.title : entry.blurb;
    case IsSectionRole:
        return false;
    case ArticleIdRole:
        return entry.articleId;
    case TitleRole:
        return line.title;
    case SourceRole:
        return line.source;
    case PublishedRole:
        return line.publishedAt;
    default:
        return {};
    }
}

bool BundleEntriesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_undoStack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const BundleEntry &entry = m_bundle.entries.at(index.row());
    const QString text = value.toString();
    if (entry.isSection() && (role == Qt::EditRole || role == HeadingRole)) {
        if (text.trimmed().isEmpty() || text.trimmed() == entry.heading)
            return false;
        m_undoStack->push(new RenameBundleSection(m_library, m_bundle, index.row(), text.trimmed()));
        return true;
    }
    if (!entry.isSection() && (role == Qt::EditRole || role == BlurbRole)) {
        if (text == entry.blurb)
            return false;
        m_undoStack->push(new EditBundleBlurb(m_library, m_bundle, entry.articleId, text));
        return true;
    }
    return false;
}

Qt::ItemFlags BundleEntriesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (!index.isValid())
        return m_bundle.id ? flags | Qt::ItemIsDropEnabled : flags;
    flags |= Qt::ItemIsDragEnabled;
    // Only sections are edited in place (their heading); blurbs have their own editor.
    if (m_bundle.entries.value(index.row()).isSection())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList BundleEntriesModel::mimeTypes() const
{
    return {EntriesMimeType, ArticleIdsMimeType};
}

QMimeData *BundleEntriesModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows << index.row();
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<QByteArray> parts;
    for (int row : std::as_const(rows))
        parts << QByteArray::number(row);
    auto *mime = new QMimeData;
    mime->setData(EntriesMimeType, QByteArray::number(m_bundle.id) + ':' + parts.join(','));
    return mime;
}

QList<int> BundleEntriesModel::draggedRows(const QMimeData *data) const
{
    const QByteArray payload = data->data(EntriesMimeType);
    const qsizetype colon = payload.indexOf(':');
    if (colon < 0 || payload.left(colon).toLongLong() != m_bundle.id || m_bundle.id == 0)
        return {};
    QList<int> rows;
    for (qint64 row : numbersFrom(payload.mid(colon + 1), 0))
        if (row < m_bundle.entries.size())
            rows << int(row);
    return rows;
}

bool BundleEntriesModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int column,
                                         const QModelIndex &) const
{
    if (!data || !m_undoStack || m_bundle.id == 0 || column > 0 || !(supportedDropActions() & action))
        return false;
    if (data->hasFormat(EntriesMimeType))
        return !draggedRows(data).isEmpty();
    return data->hasFormat(ArticleIdsMimeType);
}

bool BundleEntriesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto an entry: it goes before that entry; onto the empty space below: at the end.
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(EntriesMimeType)) {
        const QList<int> rows = draggedRows(data);
        auto *move = new MoveBundleEntries(m_library, m_bundle, rows, row);
        if (!move->changes()) {
            delete move;
            return false;
        }
        m_undoStack->push(move);
        return true;
    }
    auto *add =
        new AddBundleArticles(m_library, m_bundle, numbersFrom(data->data(ArticleIdsMimeType), 1), row);
    if (!add->changes()) {
        delete add;
        return false;
    }
    m_undoStack->push(add);
    return true;
}

Qt::DropActions BundleEntriesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions BundleEntriesModel::supportedDragActions() const
{
    // The entries move inside dropMimeData, as one undoable step. A drag that reported a move back
    // would make the view remove the dragged rows itself afterwards, so it reports a copy.
    return Qt::CopyAction;
}

BundleEntry BundleEntriesModel::entryAt(const QModelIndex &index) const
{
    return index.isValid() ? m_bundle.entries.value(index.row()) : BundleEntry();
}

QModelIndex BundleEntriesModel::indexOfArticle(qint64 articleId) const
{
    for (int row = 0; row < m_bundle.entries.size(); ++row)
        if (m_bundle.entries.at(row).articleId == articleId && articleId != 0)
            return index(row);
    return {};
}

} // namespace Newsdesk
