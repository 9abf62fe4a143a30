#pragma once

#include "core/Bundle.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

class QUndoStack;

namespace Newsdesk {

class Library;

/// One bundle's entries in order: articles (title, source, date and the curator's blurb) and section
/// headings. Rows are reordered by dragging them (one or several, through mimeData/dropMimeData with
/// its own MIME type) and articles dragged in from the article list land where they are dropped. Every
/// edit goes through an undo command; the model follows the stored bundle through Library signals.
class BundleEntriesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ArticleIdRole = Qt::UserRole, ///< 0 for a section
        IsSectionRole,
        HeadingRole,
        BlurbRole, ///< settable: pushes EditBundleBlurb
        TitleRole,
        SourceRole,
        PublishedRole,
    };

    /// Rows of this model being dragged: "bundle id:row,row,…".
    static constexpr QLatin1StringView EntriesMimeType{"application/x-newsdesk-bundle-entries"};
    /// Articles dragged from the article list (ArticleListModel::mimeData).
    static constexpr QLatin1StringView ArticleIdsMimeType{"application/x-newsdesk-article-ids"};

    BundleEntriesModel(Library &library, QUndoStack *undoStack, QObject *parent = nullptr);

    /// Shows the bundle with this id; 0 shows nothing.
    void setBundleId(qint64 bundleId);
    qint64 bundleId() const { return m_bundle.id; }
    /// The bundle as stored, as shown.
    const Bundle &bundle() const { return m_bundle; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    BundleEntry entryAt(const QModelIndex &index) const;
    QModelIndex indexOfArticle(qint64 articleId) const;

signals:
    /// The shown bundle changed (any edit, from here or elsewhere): the preview follows it.
    void bundleEdited();
    void loadFailed(const QString &message);

private:
    struct ArticleLine
    {
        QString title;
        QString source;
        QDateTime publishedAt;
    };

    void reload();
    /// Turns the shown entries into bundle's with row removes, inserts and dataChanged, not a reset.
    void reconcile(const Bundle &bundle);
    const ArticleLine &articleLine(qint64 articleId) const;
    /// The rows an entries drag carries, if it comes from this bundle.
    QList<int> draggedRows(const QMimeData *data) const;

    Library &m_library;
    QUndoStack *m_undoStack;
    Bundle m_bundle;
    mutable QHash<qint64, ArticleLine> m_articles;
};

} // namespace Newsdesk
