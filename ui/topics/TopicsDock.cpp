#include "TopicsDock.h"

#include "TopicCommands.h"
#include "TopicTreeModel.h"
#include "library/Library.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Newsdesk {

TopicsDock::TopicsDock(QWidget *parent)
    : QDockWidget(tr("Topics"), parent)
{
    setObjectName(QStringLiteral("topicsDock"));
    auto *content = new QWidget(this);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(tr("Find a topic"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setAutoAcceptChildRows(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("topicView"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->header()->setStretchLastSection(false);
    connect(m_view, &QTreeView::activated, this, [this]() { emit topicActivated(currentTopic()); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == 0)
            emit topicActivated(currentTopic());
    });

    auto *tools = new QToolBar(content);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(tr("Add"), this, [this]() { addTopic(false); })
        ->setToolTip(tr("Add a topic beside the selected one"));
    tools->addAction(tr("Add Below"), this, [this]() { addTopic(true); })->setToolTip(tr("Add a subtopic"));
    tools->addAction(tr("Merge…"), this, &TopicsDock::mergeTopic)
        ->setToolTip(tr("Merge the selected topic into another"));
    tools->addAction(tr("Delete"), this, &TopicsDock::deleteTopic);
    tools
        ->addAction(tr("All"), this,
                    [this]() {
                        m_view->clearSelection();
                        emit topicActivated(0);
                    })
        ->setToolTip(tr("Show the articles of every topic"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(tools);
    layout->addWidget(m_view);
    setWidget(content);
}

void TopicsDock::setModel(TopicTreeModel *model, Library *library, QUndoStack *undoStack)
{
    m_model = model;
    m_library = library;
    m_undoStack = undoStack;
    m_proxy->setSourceModel(model);
    // Sections exist only once there is a model.
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->expandToDepth(0);
}

qint64 TopicsDock::currentTopic() const
{
    return m_model ? m_model->topicAt(m_proxy->mapToSource(m_view->currentIndex())) : 0;
}

void TopicsDock::addTopic(bool below)
{
    if (!m_library)
        return;
    const qint64 current = currentTopic();
    qint64 parentId = 0;
    if (current) {
        auto topic = m_library->topics().find(current);
        if (topic)
            parentId = below ? topic->id : topic->parentId;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, below ? tr("New Subtopic") : tr("New Topic"),
                                               tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Topic topic;
    topic.parentId = parentId;
    topic.name = name.trimmed();
    m_undoStack->push(new CreateTopic(*m_library, topic));
}

void TopicsDock::deleteTopic()
{
    const qint64 current = currentTopic();
    if (!current || !m_library)
        return;
    auto topic = m_library->topics().find(current);
    auto affected = m_library->topics().affectedArticles(current);
    if (!topic || !affected)
        return;
    // Deleting is undoable, so one question only: the curator should know how many articles it touches.
    const auto answer = QMessageBox::question(
        this, tr("Delete Topic"),
        tr("Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.", nullptr,
           *affected)
            .arg(topic->name));
    if (answer == QMessageBox::Yes)
        m_undoStack->push(new DeleteTopic(*m_library, *topic));
}

void TopicsDock::mergeTopic()
{
    const qint64 current = currentTopic();
    if (!current || !m_library || !m_model)
        return;
    auto from = m_library->topics().find(current);
    if (!from)
        return;
    QStringList paths;
    QList<qint64> ids;
    for (const Topic &topic : m_model->topics())
        if (topic.id != current) {
            paths << m_model->pathOf(topic.id);
            ids << topic.id;
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge Topic"), tr("Merge “%1” into:").arg(from->name), paths, 0, false, &ok);
    if (!ok)
        return;
    auto into = m_library->topics().find(ids.value(paths.indexOf(chosen)));
    if (into)
        m_undoStack->push(new MergeTopics(*m_library, *from, *into));
}

} // namespace Newsdesk
