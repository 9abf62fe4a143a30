#include "TopicsDock.h"

#include "TopicCommands.h"
#include "TopicTreeModel.h"
#include "core/SaveFile.h"
#include "library/Library.h"
#include "tagging/TopicTagging.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QToolButton>
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

    m_exportTaxonomy = new QAction(tr("Export Taxonomy…"), this);
    m_exportTaxonomy->setObjectName(QStringLiteral("exportTaxonomy"));
    m_exportTaxonomy->setToolTip(tr("Save every topic, with its colour, codes and rules, as a JSON file"));
    connect(m_exportTaxonomy, &QAction::triggered, this, &TopicsDock::exportTaxonomy);
    m_importTaxonomy = new QAction(tr("Import Taxonomy…"), this);
    m_importTaxonomy->setObjectName(QStringLiteral("importTaxonomy"));
    m_importTaxonomy->setToolTip(tr("Add the topics of a taxonomy file; topics already there are kept"));
    connect(m_importTaxonomy, &QAction::triggered, this, &TopicsDock::importTaxonomy);
    m_importIptc = new QAction(tr("Import Full IPTC Tree"), this);
    m_importIptc->setObjectName(QStringLiteral("importIptcTree"));
    m_importIptc->setToolTip(tr("Add every IPTC Media Topic; topics already there are kept"));
    connect(m_importIptc, &QAction::triggered, this, &TopicsDock::importIptcTree);
    auto *taxonomyMenu = new QMenu(this);
    taxonomyMenu->addActions(taxonomyActions());
    auto *taxonomyButton = new QToolButton(tools);
    taxonomyButton->setObjectName(QStringLiteral("taxonomyButton"));
    taxonomyButton->setText(tr("Taxonomy"));
    taxonomyButton->setToolTip(tr("Export or import the topic taxonomy"));
    taxonomyButton->setPopupMode(QToolButton::InstantPopup);
    taxonomyButton->setMenu(taxonomyMenu);
    tools->addWidget(taxonomyButton);

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
    if (!model)
        return;
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

QList<QAction *> TopicsDock::taxonomyActions() const
{
    return {m_exportTaxonomy, m_importTaxonomy, m_importIptc};
}

QString TopicsDock::taxonomyFolder() const
{
    return m_library ? QFileInfo(m_library->path()).absolutePath() : QDir::homePath();
}

Status TopicsDock::exportTaxonomyTo(const QString &path)
{
    if (!m_library)
        return Error{Error::Code::Failed, tr("No library is open.")};
    auto topics = TopicTagging::exportTopics(*m_library);
    if (!topics)
        return topics.error();
    return SaveFile::write(path, Taxonomy::toJson(*topics));
}

void TopicsDock::exportTaxonomy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Taxonomy"),
                                                      taxonomyFolder() + QStringLiteral("/taxonomy.json"),
                                                      tr("Newsdesk taxonomies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status written = exportTaxonomyTo(path); !written) {
        QMessageBox::warning(this, tr("Export Taxonomy"), written.errorString());
        return;
    }
    emit statusMessage(tr("Exported the taxonomy to %1").arg(QDir::toNativeSeparators(path)));
}

void TopicsDock::importTaxonomy()
{
    if (!m_library)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Taxonomy"), taxonomyFolder(),
                                                      tr("Newsdesk taxonomies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // Read and checked in full before anything changes: a bad file changes nothing.
    auto topics = Taxonomy::readFile(path);
    if (!topics) {
        QMessageBox::warning(this, tr("Import Taxonomy"), topics.errorString());
        return;
    }
    importTopics(*topics, QFileInfo(path).fileName());
}

void TopicsDock::importIptcTree()
{
    if (!m_library)
        return;
    auto topics = Taxonomy::iptcMediaTopics();
    if (!topics) {
        QMessageBox::warning(this, tr("Import Full IPTC Tree"), topics.errorString());
        return;
    }
    importTopics(*topics, tr("IPTC Media Topics"));
}

void TopicsDock::importTopics(const QList<TopicNode> &topics, const QString &source)
{
    if (!m_library || !m_undoStack)
        return;
    // Counted first, so that a file with nothing new says so instead of leaving an empty undo step.
    auto fresh = TopicTagging::countNewTopics(*m_library, topics);
    if (!fresh) {
        QMessageBox::warning(this, tr("Import Taxonomy"), fresh.errorString());
        return;
    }
    if (*fresh == 0) {
        QMessageBox::information(
            this, tr("Import Taxonomy"),
            tr("Every topic of “%1” is in the taxonomy already; nothing was added.").arg(source));
        return;
    }
    const int before = m_undoStack->index();
    m_undoStack->push(new ImportTopics(*m_library, topics, 0, source));
    // A step that failed is not on the stack; the library has reported why (Library::errorOccurred).
    if (m_undoStack->index() > before)
        emit statusMessage(tr("Imported %n topic(s) from “%1”", nullptr, *fresh).arg(source));
}

} // namespace Newsdesk
