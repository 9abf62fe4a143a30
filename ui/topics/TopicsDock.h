#pragma once

#include <QDockWidget>

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

signals:
    /// The curator picked a topic to see its articles (0: all articles again).
    void topicActivated(qint64 topicId);
    void errorOccurred(const QString &message);

private:
    qint64 currentTopic() const;
    void addTopic(bool below);
    void deleteTopic();
    void mergeTopic();

    QTreeView *m_view;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    TopicTreeModel *m_model = nullptr;
    Library *m_library = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Newsdesk
