#pragma once

#include "core/Bundle.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStatusBar;
class QUndoStack;

namespace Newsdesk {

class BundleEntriesModel;
class BundleExportController;
class BundleListModel;
class BundlePreview;
class Library;

/// The Bundles page: the bundles on the left, the chosen bundle's editor in the middle (its title,
/// intro, options, saved search, the entries to reorder by dragging, and the selected article's blurb),
/// and on the right the bundle as it will be published. Every edit is a command on the window's undo
/// stack.
class BundlesView : public QWidget
{
    Q_OBJECT

public:
    BundlesView(QUndoStack *undoStack, QStatusBar *statusBar, QWidget *parent = nullptr);
    ~BundlesView() override;

    void setLibrary(Library *library);

    BundleListModel *listModel() const { return m_listModel.get(); }
    BundleEntriesModel *entriesModel() const { return m_entriesModel.get(); }
    QListView *bundleList() const { return m_bundleList; }
    QListView *entryList() const { return m_entryList; }
    QPlainTextEdit *blurbEditor() const { return m_blurb; }
    QLineEdit *titleEditor() const { return m_title; }
    BundlePreview *preview() const { return m_preview; }
    BundleExportController *exports() const { return m_exports; }
    QSplitter *splitter() const { return m_splitter; }

    qint64 currentBundleId() const;
    void selectBundle(qint64 bundleId);

    QAction *newBundleAction() const { return m_newBundle; }
    QAction *exportAction() const { return m_export; }

    /// Makes a bundle ("New bundle", "New bundle 2", …) holding articleIds, shows it and returns its id.
    qint64 newBundle(const QList<qint64> &articleIds = {});
    /// Adds articles to a bundle (at the end), as one undoable step.
    void addArticles(qint64 bundleId, const QList<qint64> &articleIds);
    /// Fills a menu with "New Bundle…" and the bundles; choosing one adds articleIds() to it.
    void fillAddToBundleMenu(QMenu *menu, const std::function<QList<qint64>()> &articleIds);

signals:
    void statusMessage(const QString &message);

private:
    void createActions();
    QWidget *createListPane();
    QWidget *createEditorPane();
    void currentBundleChanged();
    void bundleEdited();
    void showDetails(const Bundle &bundle);
    void commitDetails();
    void commitBlurb();
    void currentEntryChanged();
    QList<int> selectedRows() const;
    /// The bundle chosen in the list, as stored; nothing when none is.
    std::optional<Bundle> currentBundle() const;
    void renameBundle();
    void duplicateBundle();
    void deleteBundle();
    void removeEntries();
    void addSection();
    void renameSection();
    void fillFromSavedSearch();
    void updateActions();
    void showBundleMenu(const QPoint &position);
    void showEntryMenu(const QPoint &position);

    QUndoStack *m_undoStack;
    QPointer<Library> m_library;
    std::unique_ptr<BundleListModel> m_listModel;
    std::unique_ptr<BundleEntriesModel> m_entriesModel;
    BundleExportController *m_exports;

    QSplitter *m_splitter;
    QListView *m_bundleList;
    QListView *m_entryList;
    QWidget *m_editor;
    QLineEdit *m_title;
    QPlainTextEdit *m_intro;
    QCheckBox *m_topics;
    QCheckBox *m_comments;
    QCheckBox *m_images;
    QCheckBox *m_sourceLinks;
    QLineEdit *m_savedSearch;
    QPushButton *m_fill;
    QLabel *m_blurbLabel;
    QPlainTextEdit *m_blurb;
    BundlePreview *m_preview;
    QTimer m_detailsDelay;  ///< typing in the title or intro becomes one step once it pauses
    bool m_showing = false; ///< the fields are being filled from the store, not edited

    QAction *m_newBundle;
    QAction *m_renameBundle;
    QAction *m_duplicateBundle;
    QAction *m_deleteBundle;
    QAction *m_export;
    QAction *m_removeEntries;
    QAction *m_addSection;
    QAction *m_renameSection;
};

} // namespace Newsdesk
