#pragma once

#include "core/Article.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Newsdesk {

class ArticleCountsReader;
class ArticleDetailPane;
class ArticleListModel;
class BundlesView;
class Library;
class LibraryChangeWatcher;
class EmptyLibraryBanner;
class CommentImportController;
class ImportController;
class ModerationView;
class SpamFilterService;
class SuggestionService;
class TopicsDock;
class BundlesDock;
class TopicTreeModel;
struct StatusCounts;

/// The curator's window: the article list with search and status filter on the left, the selected
/// article's editor on the right. It knows no SQL; everything goes through the Library.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Library> library, QWidget *parent = nullptr);
    ~MainWindow() override;

    Library &library() { return *m_library; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CommentImportController *commentImports() const { return m_commentImports; }
    QTableView *articleView() const { return m_view; }
    ArticleListModel *articleModel() const { return m_model.get(); }
    ArticleDetailPane *detailPane() const { return m_detail; }

    /// Fills an empty library with the sample articles.
    void loadSamples();
    /// Imports the files and web addresses named on the command line or handed over by a later start
    /// (SingleInstance) in the background like a drop, and brings the window to the front.
    void openFiles(const QStringList &files);
    ImportController *imports() const { return m_imports; }
    TopicTreeModel *topicModel() const { return m_topicModel.get(); }
    TopicsDock *topicsDock() const { return m_topicsDock; }
    BundlesDock *bundlesDock() const { return m_bundlesDock; }
    /// The moderation page: the comment queue, its reading pane and its keys.
    ModerationView *moderationView() const { return m_moderation; }
    /// The window's pages, one shown at a time.
    enum class Page { Articles, Moderation, Bundles };
    void showPage(Page page);
    Page currentPage() const;
    /// Shows the moderation page (true) or the articles (false).
    void showModeration(bool show);
    bool isModerationShown() const;
    /// The bundles page: the bundle list, the bundle editor and the preview.
    BundlesView *bundlesView() const { return m_bundles; }
    SuggestionService *suggestions() const { return m_suggestions.get(); }
    SpamFilterService *spamFilter() const { return m_spamFilter.get(); }
    /// Shows only the articles with this topic or one below it; 0 shows all.
    void setTopicFilter(qint64 topicId);
    /// Opens the quick-tag popup for the selected articles (key T).
    void quickTag();
    /// Accepts or turns down the first topic suggested for the current article (Y and N).
    void acceptSuggestion();
    void rejectSuggestion();

signals:
    /// The window now shows the library at path (at start-up and after File › Open Library).
    void libraryOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void setLibrary(std::unique_ptr<Library> library);
    void openLibraryFile(const QString &path);
    void newLibrary();
    void openLibrary();
    void updateRecentMenu();
    /// Lists the articles the filter keeps, and counts them on the counting thread.
    void applyFilter();
    /// Counts the articles on the counting thread, for a change in the library; showCounts() follows.
    void countInBackground();
    void showCounts(const Newsdesk::StatusCounts &counts);
    /// Another program (newsdesk-cli, say) committed to the library: reads again what the window shows.
    void showChangesMadeElsewhere(bool articlesJustAnnounced);
    void updateActions();
    void showCurrentArticle();
    QList<qint64> selectedIds() const;
    void createBundleMenu();
    void showArticleContextMenu(const QPoint &position);
    void setSelectedStatus(ArticleStatus status);
    void trashSelected();
    void restoreSelected();
    void emptyTrash();
    void newArticle();
    void pasteArticle();
    void addArticle(const Article &article);
    void editField(qint64 id, ArticleField field, const QVariant &value);
    void showError(const QString &message);
    void showPreferences();
    void updatePendingCount(int pending);
    void importFiles();
    void importFolder();
    void importUrl();
    void importClipboard();
    void restoreState();
    void saveState();

    std::unique_ptr<Library> m_library;
    QUndoStack *m_undoStack;
    std::unique_ptr<ArticleListModel> m_model;
    std::unique_ptr<TopicTreeModel> m_topicModel;
    std::unique_ptr<SuggestionService> m_suggestions;      ///< goes before the library it reads
    std::unique_ptr<SpamFilterService> m_spamFilter;       ///< likewise
    std::unique_ptr<LibraryChangeWatcher> m_changeWatcher; ///< likewise
    TopicsDock *m_topicsDock;
    BundlesDock *m_bundlesDock;
    bool m_bundlesDockWasVisible = true;
    qint64 m_topicFilter = 0;
    QToolButton *m_topicFilterChip;

    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    ModerationView *m_moderation;
    BundlesView *m_bundles;
    bool m_topicsDockWasVisible = true;
    QTableView *m_view;
    ArticleDetailPane *m_detail;
    EmptyLibraryBanner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTimer *m_searchDelay;
    QLabel *m_counts;
    ArticleCountsReader *m_countsReader;
    ImportController *m_imports;
    CommentImportController *m_commentImports;
    QAction *m_importComments;

    QAction *m_newLibrary;
    QAction *m_openLibrary;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newArticle;
    QAction *m_pasteArticle;
    QAction *m_quit;
    QAction *m_importFiles;
    QAction *m_importFolder;
    QAction *m_importUrl;
    QAction *m_importClipboard;
    QAction *m_importReport;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_emptyTrash;
    QAction *m_find;
    QList<QAction *> m_statusActions;
    QAction *m_statusSeparator = nullptr;
    QAction *m_quickTag;
    QAction *m_acceptSuggestion;
    QAction *m_rejectSuggestion;
    QAction *m_showArticles;
    QAction *m_showModeration;
    QAction *m_showBundles;
    QMenu *m_addToBundleMenu = nullptr;
    QAction *m_moderateArticle;
    QAction *m_commentOnArticle;
    QAction *m_preferences;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_commentsMenu = nullptr;
    QAction *m_about;
    QAction *m_aboutQt;
};

} // namespace Newsdesk
