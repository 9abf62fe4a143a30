#pragma once

#include "library/CommentRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Newsdesk {

class Library;

/// The moderation log as a table, newest decision first. Which comment an entry is about is read when
/// its row is shown, so a long log opens at once.
class ModerationLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Comment, From, To, Why, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, CommentIdRole };

    explicit ModerationLogModel(Library &library, QObject *parent = nullptr);

    /// Reads the log again from the library.
    void reload();
    /// The entries, oldest first, as the log keeps them (and as the CSV export writes them).
    const QList<ModerationLogEntry> &entries() const { return m_entries; }
    QString errorString() const { return m_error; }

    /// Who made a decision (DecidedBy::…), as a column value.
    static QString actorLabel(const QString &actor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ModerationLogEntry &entryAt(int row) const { return m_entries.at(m_entries.size() - 1 - row); }
    QString commentSummary(qint64 commentId) const;

    Library &m_library;
    QList<ModerationLogEntry> m_entries;
    mutable QHash<qint64, QString> m_summaries;
    QString m_error;
};

} // namespace Newsdesk
