#include "BundlesDock.h"

#include "BundleListModel.h"

#include <QListView>

namespace Newsdesk {

BundlesDock::BundlesDock(QWidget *parent)
    : QDockWidget(tr("Bundles"), parent)
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("bundlesDock"));
    m_view->setObjectName(QStringLiteral("bundlesDockList"));
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // renaming is the Bundles page's
    m_view->setToolTip(tr("Drag articles onto a bundle to add them; double-click a bundle to open it."));
    setWidget(m_view);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit bundleActivated(index.data(BundleListModel::BundleIdRole).toLongLong());
    });
}

BundlesDock::~BundlesDock() = default;

void BundlesDock::setLibrary(Library *library, QUndoStack *undoStack)
{
    m_view->setModel(nullptr);
    m_model.reset();
    if (!library)
        return;
    m_model = std::make_unique<BundleListModel>(*library, undoStack);
    m_view->setModel(m_model.get());
    connect(m_model.get(), &BundleListModel::articlesDropped, this, [this](qint64 bundleId, int added) {
        const QString name = m_model->indexOf(bundleId).data().toString();
        emit statusMessage(added > 0 ? tr("Added %n article(s) to “%1”.", nullptr, added).arg(name)
                                     : tr("Already in “%1”.").arg(name));
    });
}

} // namespace Newsdesk
