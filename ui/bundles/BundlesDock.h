#pragma once

#include <QDockWidget>

#include <memory>

class QListView;
class QUndoStack;

namespace Newsdesk {

class BundleListModel;
class Library;

/// The bundles beside the article list, so that articles can be dragged from the list onto a bundle;
/// activating one opens it on the Bundles page.
class BundlesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit BundlesDock(QWidget *parent = nullptr);
    ~BundlesDock() override;

    /// Shows the library's bundles (none for nullptr); edits go on undoStack.
    void setLibrary(Library *library, QUndoStack *undoStack);
    QListView *view() const { return m_view; }
    BundleListModel *model() const { return m_model.get(); }

signals:
    void bundleActivated(qint64 bundleId);
    void statusMessage(const QString &message);

private:
    QListView *m_view;
    std::unique_ptr<BundleListModel> m_model;
};

} // namespace Newsdesk
