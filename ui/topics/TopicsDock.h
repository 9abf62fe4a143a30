#pragma once

#include "core/Result.h"
#include "tagging/Taxonomy.h"

#include <QDockWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;

namespace Newsdesk {

class Library;
class TopicTreeModel;

/// The taxonomy beside the list: check topics to tag the selected articles, click one to show its
/// articles, drag articles onto a topic, drag a topic to move it; add, rename, merge and delete topics.
class TopicsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TopicsDock(QWidget *parent = nullptr);

    void setModel(TopicTreeModel *model, Library *library, QUndoStack *undoStack);
    QTreeView *view() const { return m_view; }

    /// Export Taxonomy…, Import Taxonomy…, Import Full IPTC Tree: in the dock's Taxonomy menu, and for
    /// the window's menu too.
    QList<QAction *> taxonomyActions() const;
    /// Writes the library's taxonomy as JSON to path, all or nothing.
    Status exportTaxonomyTo(const QString &path);
    /// Adds topics at the top level as one undo step (none when every one is there already), and says
    /// how it went: a status message, or a message box when there was nothing to add or it failed.
    void importTopics(const QList<TopicNode> &topics, const QString &source);

signals:
    /// The curator picked a topic to see its articles (0: all articles again).
    void topicActivated(qint64 topicId);
    void errorOccurred(const QString &message);
    /// Something for the status bar, e.g. how many topics an import added.
    void statusMessage(const QString &message);

private:
    qint64 currentTopic() const;
    void addTopic(bool below);
    void deleteTopic();
    void mergeTopic();
    void exportTaxonomy();
    void importTaxonomy();
    void importIptcTree();
    QString taxonomyFolder() const;

    QTreeView *m_view;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    TopicTreeModel *m_model = nullptr;
    Library *m_library = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_exportTaxonomy;
    QAction *m_importTaxonomy;
    QAction *m_importIptc;
};

} // namespace Newsdesk
