#include "ModerationLogModel.h"

#include "library/Library.h"

namespace Newsdesk {

namespace {
constexpr int SummaryLength = 60;
}

ModerationLogModel::ModerationLogModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    reload();
}

void ModerationLogModel::reload()
{
    beginResetModel();
    m_summaries.clear();
    auto entries = m_library.comments().log();
    if (entries) {
        m_entries = std::move(entries).value();
        m_error.clear();
    } else {
        m_entries.clear();
        m_error = entries.errorString();
    }
    endResetModel();
}

QString ModerationLogModel::actorLabel(const QString &actor)
{
    if (actor == DecidedBy::Curator)
        return tr("Curator");
    if (actor == DecidedBy::Rules)
        return tr("Rules");
    if (actor == DecidedBy::Filter)
        return tr("Spam filter");
    //: Who made a moderation decision: the import of a file that gave the comment's status.
    if (actor == DecidedBy::Import)
        return tr("Import");
    return actor;
}

QString ModerationLogModel::commentSummary(qint64 commentId) const
{
    if (const auto it = m_summaries.constFind(commentId); it != m_summaries.cend())
        return it.value();
    QString summary;
    const auto comment = m_library.comments().find(commentId);
    if (!comment) {
        // The log outlives the comments it is about (a purged article takes its comments along).
        summary = tr("#%1 (deleted)").arg(commentId);
    } else {
        QString text = comment->bodyText.simplified();
        if (text.size() > SummaryLength)
            text = text.left(SummaryLength - 1) + QChar(0x2026);
        const QString author = comment->author.isEmpty() ? comment->authorEmail : comment->author;
        summary = author.isEmpty() ? text : tr("%1: %2").arg(author, text);
    }
    m_summaries.insert(commentId, summary);
    return summary;
}

int ModerationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ModerationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModerationLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModerationLogEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return entry.at.isValid() ? entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : QString();
        case Who:
            return actorLabel(entry.actor);
        case Comment:
            return commentSummary(entry.commentId);
        case From:
            return entry.from ? CommentText::statusLabel(*entry.from) : QString();
        case To:
            return CommentText::statusLabel(entry.to);
        case Why:
            return entry.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Comment)
            return tr("Comment %1").arg(entry.commentId);
        if (index.column() == Why)
            return entry.reason;
        break;
    case EntryIdRole:
        return entry.id;
    case CommentIdRole:
        return entry.commentId;
    }
    return {};
}

QVariant ModerationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Comment:
        return tr("Comment");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Why:
        return tr("Why");
    }
    return {};
}

} // namespace Newsdesk
