#include "MainWindow.h"

#include "ArticleCountsReader.h"
#include "articles/ArticleCommands.h"
#include "articles/ArticleDetailPane.h"
#include "articles/ArticleListModel.h"
#include "articles/ArticleStatusDelegate.h"
#include "bundles/BundlesDock.h"
#include "bundles/BundlesView.h"
#include "comments/CommentImportController.h"
#include "comments/ModerationView.h"
#include "comments/NewCommentDialog.h"
#include "importing/DroppedInputs.h"
#include "importing/ImportController.h"
#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/LibraryChangeWatcher.h"
#include "moderation/SpamFilterService.h"
#include "reader/ReaderView.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "tagging/Taxonomy.h"
#include "tagging/TopicSuggestions.h"
#include "tagging/TopicTagging.h"
#include "topics/QuickTagPopup.h"
#include "topics/TopicCommands.h"
#include "topics/TopicTreeModel.h"
#include "topics/TopicsDock.h"
#include "widgets/EmptyLibraryBanner.h"
#include "widgets/KeepTypedTextDelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {

constexpr int SearchDelayMs = 200;
constexpr int TrashFilterIndex = 5; // after "All" and the four statuses

QString libraryFileFilter()
{
    return MainWindow::tr("Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)");
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Library> library, QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/newsdesk/icons/newsdesk.png")));

    m_banner = new EmptyLibraryBanner(this);
    m_banner->hide();
    connect(m_banner, &EmptyLibraryBanner::loadSamplesRequested, this, &MainWindow::loadSamples);
    connect(m_banner, &EmptyLibraryBanner::dismissed, this, [this]() {
        Settings::sampleOfferDeclined.set(true);
        m_banner->hide();
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search titles, deks, bylines and text"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus();
    });

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All articles"));
    for (ArticleStatus status : ArticleText::allStatuses())
        m_statusFilter->addItem(ArticleText::statusLabel(status), QVariant::fromValue(status));
    m_statusFilter->addItem(tr("Trash"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::DoubleClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(ArticleListModel::Status, new ArticleStatusDelegate(m_view));
    m_view->setItemDelegateForColumn(ArticleListModel::Title, new KeepTypedTextDelegate(m_view));
    // Articles drag out onto topics; files, addresses and selections dropped on the list are imported
    // (ArticleListModel::mimeData and dropMimeData).
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragEnabled(true);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(false);

    // Shown while the list is narrowed to a topic; clicking it shows every article again.
    m_topicFilterChip = new QToolButton(this);
    m_topicFilterChip->setObjectName(QStringLiteral("topicFilterChip"));
    m_topicFilterChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_topicFilterChip->setToolTip(tr("Show the articles of every topic"));
    m_topicFilterChip->hide();
    connect(m_topicFilterChip, &QToolButton::clicked, this, [this]() { setTopicFilter(0); });

    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_topicFilterChip);
    filterBar->addWidget(m_statusFilter);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 0, 4);
    listLayout->addWidget(m_banner);
    listLayout->addLayout(filterBar);
    listLayout->addWidget(m_view);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_detail = nullptr;

    // Two pages: the articles and the comment moderation queue, switched from the toolbar and View menu.
    m_moderation = new ModerationView(m_undoStack, this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_moderation);
    m_bundles = new BundlesView(m_undoStack, statusBar(), this);
    m_pages->addWidget(m_bundles);
    setCentralWidget(m_pages);

    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    m_countsReader = new ArticleCountsReader(this);
    connect(m_countsReader, &ArticleCountsReader::counted, this, &MainWindow::showCounts);
    m_imports = new ImportController(this, statusBar());
    m_commentImports = new CommentImportController(this, statusBar());
    m_topicsDock = new TopicsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_topicsDock);
    connect(m_topicsDock, &TopicsDock::topicActivated, this, &MainWindow::setTopicFilter);
    connect(m_topicsDock, &TopicsDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    // Below the topics: a target for articles dragged from the list.
    m_bundlesDock = new BundlesDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_bundlesDock);
    splitDockWidget(m_topicsDock, m_bundlesDock, Qt::Vertical);
    connect(m_bundlesDock, &BundlesDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_bundlesDock, &BundlesDock::bundleActivated, this, [this](qint64 bundleId) {
        showPage(Page::Bundles);
        m_bundles->selectBundle(bundleId);
    });
    connect(m_moderation, &ModerationView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_moderation, &ModerationView::pendingCountChanged, this, &MainWindow::updatePendingCount);
    connect(m_bundles, &BundlesView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showArticleContextMenu);
    setAcceptDrops(true);

    createActions();
    createMenus();
    createToolBar();
    setLibrary(std::move(library));
    restoreState();
}

MainWindow::~MainWindow()
{
    // Commands refer to the library; they go before it does, and so do the models that read it.
    m_undoStack->clear();
    m_view->setModel(nullptr);
    m_moderation->setLibrary(nullptr);
    m_bundles->setLibrary(nullptr);
    m_bundlesDock->setLibrary(nullptr, nullptr);
    // The dock's proxy lets go of the topic model while it is whole: deleted first, with the view
    // resizing its columns to contents on the reset, it crashed now and then on closing.
    m_topicsDock->setModel(nullptr, nullptr, nullptr);
}

void MainWindow::createActions()
{
    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };

    m_newLibrary = new QAction(tr("New &Library…"), this);
    m_newLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newLibrary, &QAction::triggered, this, &MainWindow::newLibrary);

    m_openLibrary =
        new QAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open Library…"), this);
    m_openLibrary->setShortcut(QKeySequence::Open);
    connect(m_openLibrary, &QAction::triggered, this, &MainWindow::openLibrary);

    m_newArticle = new QAction(icon("document-new", QStyle::SP_FileIcon), tr("&New Article"), this);
    m_newArticle->setShortcut(QKeySequence::New);
    m_newArticle->setToolTip(tr("Write a new article"));
    connect(m_newArticle, &QAction::triggered, this, &MainWindow::newArticle);

    m_pasteArticle = new QAction(tr("&Paste as New Article"), this);
    m_pasteArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteArticle, &QAction::triggered, this, &MainWindow::pasteArticle);

    m_importFiles =
        new QAction(icon("document-import", QStyle::SP_DialogOpenButton), tr("&Import Files…"), this);
    m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFiles->setToolTip(tr("Import saved pages, text files, feeds and OPML lists"));
    connect(m_importFiles, &QAction::triggered, this, &MainWindow::importFiles);
    m_importFolder = new QAction(tr("Import &Folder…"), this);
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolder);
    m_importUrl = new QAction(tr("Import from &Web Address…"), this);
    m_importUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importUrl, &QAction::triggered, this, &MainWindow::importUrl);
    m_importClipboard = new QAction(tr("Import from Clip&board"), this);
    m_importClipboard->setShortcut(QKeySequence::Paste);
    m_importClipboard->setToolTip(tr("Import the files, web addresses, HTML or text on the clipboard"));
    connect(m_importClipboard, &QAction::triggered, this, &MainWindow::importClipboard);
    m_importReport = new QAction(tr("Show Import &Report"), this);
    connect(m_importReport, &QAction::triggered, this, [this]() { m_imports->showReport(); });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));

    m_delete = new QAction(icon("edit-delete", QStyle::SP_TrashIcon), tr("Move to &Trash"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &MainWindow::trashSelected);

    m_restore = new QAction(tr("R&estore from Trash"), this);
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreSelected);

    m_emptyTrash = new QAction(tr("Empty Trash…"), this);
    connect(m_emptyTrash, &QAction::triggered, this, &MainWindow::emptyTrash);

    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    const QList<QKeySequence> statusKeys{
        QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
        QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::Key_4)};
    const QList<ArticleStatus> statuses = ArticleText::allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const ArticleStatus status = statuses.at(i);
        // Whole phrases per status: a status name dropped into a sentence cannot agree with it.
        QString text;
        QString toolTip;
        switch (status) {
        case ArticleStatus::New:
            text = tr("Mark as New");
            toolTip = tr("Mark the selected articles as new (%1)");
            break;
        case ArticleStatus::Reviewed:
            text = tr("Mark as Reviewed");
            toolTip = tr("Mark the selected articles as reviewed (%1)");
            break;
        case ArticleStatus::Selected:
            text = tr("Mark as Selected");
            toolTip = tr("Mark the selected articles as selected (%1)");
            break;
        case ArticleStatus::Rejected:
            text = tr("Mark as Rejected");
            toolTip = tr("Mark the selected articles as rejected (%1)");
            break;
        }
        auto *action = new QAction(text, this);
        action->setIconText(ArticleText::statusLabel(status));
        action->setShortcut(statusKeys.value(i));
        action->setToolTip(toolTip.arg(statusKeys.value(i).toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, status]() { setSelectedStatus(status); });
        m_statusActions << action;
    }

    m_quickTag = new QAction(tr("&Quick Tag…"), this);
    m_quickTag->setShortcut(QKeySequence(Qt::Key_T));
    m_quickTag->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_quickTag->setToolTip(tr("Tag the selected articles by typing a topic's name (T)"));
    connect(m_quickTag, &QAction::triggered, this, &MainWindow::quickTag);

    // One key each, as with T: a curator walks through the suggestions without leaving the list.
    m_acceptSuggestion = new QAction(tr("&Accept Suggested Topic"), this);
    m_acceptSuggestion->setShortcut(QKeySequence(Qt::Key_Y));
    m_acceptSuggestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acceptSuggestion->setToolTip(tr("Tag the article with the first suggested topic (Y)"));
    connect(m_acceptSuggestion, &QAction::triggered, this, &MainWindow::acceptSuggestion);
    m_rejectSuggestion = new QAction(tr("&Reject Suggested Topic"), this);
    m_rejectSuggestion->setShortcut(QKeySequence(Qt::Key_N));
    m_rejectSuggestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rejectSuggestion->setToolTip(tr("Turn down the first suggested topic; it is not suggested again (N)"));
    connect(m_rejectSuggestion, &QAction::triggered, this, &MainWindow::rejectSuggestion);

    // The page switch: one checked at a time, in the toolbar and the View menu.
    auto *pages = new QActionGroup(this);
    m_showArticles = new QAction(tr("&Articles"), pages);
    m_showArticles->setObjectName(QStringLiteral("showArticles"));
    m_showArticles->setCheckable(true);
    m_showArticles->setChecked(true);
    m_showArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_showArticles->setToolTip(
        tr("Show the articles (%1)").arg(m_showArticles->shortcut().toString(QKeySequence::NativeText)));
    connect(m_showArticles, &QAction::triggered, this, [this]() { showModeration(false); });
    m_showModeration = new QAction(tr("&Moderation"), pages);
    m_showModeration->setObjectName(QStringLiteral("showModeration"));
    m_showModeration->setCheckable(true);
    m_showModeration->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_showModeration->setToolTip(tr("Show the comments waiting for moderation (%1)")
                                     .arg(m_showModeration->shortcut().toString(QKeySequence::NativeText)));
    connect(m_showModeration, &QAction::triggered, this, [this]() { showModeration(true); });
    m_showBundles = new QAction(tr("&Bundles"), pages);
    m_showBundles->setObjectName(QStringLiteral("showBundles"));
    m_showBundles->setCheckable(true);
    m_showBundles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_showBundles->setToolTip(tr("Show the bundles, their editor and preview (%1)")
                                  .arg(m_showBundles->shortcut().toString(QKeySequence::NativeText)));
    connect(m_showBundles, &QAction::triggered, this, [this]() { showPage(Page::Bundles); });

    m_moderateArticle = new QAction(tr("&Moderate This Article's Comments"), this);
    m_moderateArticle->setToolTip(tr("Show every comment on this article in the moderation queue"));
    connect(m_moderateArticle, &QAction::triggered, this, [this]() {
        const qint64 id = m_detail ? m_detail->articleId() : 0;
        if (!id)
            return;
        showModeration(true);
        m_moderation->showAllOnArticle(id, m_model->indexOf(id, ArticleListModel::Title).data().toString());
    });

    m_commentOnArticle = new QAction(tr("New &Comment…"), this);
    m_commentOnArticle->setObjectName(QStringLiteral("commentOnArticle"));
    m_commentOnArticle->setToolTip(tr("Write a comment of your own on this article"));
    connect(m_commentOnArticle, &QAction::triggered, this, [this]() {
        const qint64 id = m_detail ? m_detail->articleId() : 0;
        if (!id || !m_library)
            return;
        const qint64 added =
            NewCommentDialog::addComment(this, m_undoStack, *m_library, id,
                                         m_model->indexOf(id, ArticleListModel::Title).data().toString());
        if (added)
            statusBar()->showMessage(m_undoStack->undoText(), 5000);
    });

    m_preferences = new QAction(tr("&Preferences…"), this);
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setShortcuts(QKeySequence::Preferences);
    // Not every platform has a standard key for it; Ctrl+, is what most applications use then.
    if (m_preferences->shortcuts().isEmpty())
        m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_about = new QAction(tr("&About Newsdesk"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About Newsdesk"),
            tr("<h3>Newsdesk %1</h3><p>Import, tag, moderate and export news articles.</p><p>%2</p>")
                .arg(QCoreApplication::applicationVersion(), Taxonomy::iptcAttribution().toHtmlEscaped()));
    });
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newLibrary);
    file->addAction(m_openLibrary);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Built when shown, so it lists what other windows opened too.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addAction(m_importUrl);
    file->addAction(m_importClipboard);
    file->addAction(m_importReport);
    QMenu *taxonomy = file->addMenu(tr("Topic &Taxonomy"));
    taxonomy->setObjectName(QStringLiteral("taxonomyMenu"));
    taxonomy->addActions(m_topicsDock->taxonomyActions());
    file->addSeparator();
    file->addAction(m_newArticle);
    file->addAction(m_pasteArticle);
    file->addSeparator();
    // The reader lives in the detail pane, which opening a library replaces: ask whichever is there.
    QAction *printArticle = file->addAction(tr("&Print Article…"));
    printArticle->setShortcut(QKeySequence::Print);
    connect(printArticle, &QAction::triggered, this, [this]() { m_detail->reader()->print(); });
    QAction *saveArticlePdf = file->addAction(tr("Save Article as P&DF…"));
    connect(saveArticlePdf, &QAction::triggered, this, [this]() { m_detail->reader()->saveAsPdf(); });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_delete);
    edit->addAction(m_restore);
    edit->addAction(m_emptyTrash);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_preferences);

    m_articleMenu = menuBar()->addMenu(tr("&Article"));
    m_articleMenu->addActions(m_statusActions);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_quickTag);
    m_articleMenu->addAction(m_acceptSuggestion);
    m_articleMenu->addAction(m_rejectSuggestion);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_moderateArticle);
    m_articleMenu->addAction(m_commentOnArticle);

    // Shown with the moderation page, as the Article menu is with the articles.
    m_commentsMenu = menuBar()->addMenu(tr("&Comments"));
    m_commentsMenu->setObjectName(QStringLiteral("commentsMenu"));
    for (QAction *action : m_moderation->menuActions()) {
        if (action)
            m_commentsMenu->addAction(action);
        else
            m_commentsMenu->addSeparator();
    }
    m_importComments = new QAction(tr("&Import Comments…"), this);
    m_importComments->setObjectName(QStringLiteral("importComments"));
    m_importComments->setToolTip(
        tr("Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library's articles"));
    connect(m_importComments, &QAction::triggered, m_commentImports,
            &CommentImportController::chooseAndImport);
    m_commentsMenu->addSeparator();
    m_commentsMenu->addAction(m_importComments);
    m_commentsMenu->menuAction()->setVisible(false);

    createBundleMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showArticles);
    view->addAction(m_showModeration);
    view->addAction(m_showBundles);
    view->addSeparator();
    view->addAction(m_topicsDock->toggleViewAction());
    view->addAction(m_bundlesDock->toggleViewAction());
    QMenu *reader = view->addMenu(tr("&Reader"));
    reader->setObjectName(QStringLiteral("readerMenu"));
    connect(reader, &QMenu::aboutToShow, this, [this, reader]() {
        reader->clear();
        for (QAction *action : m_detail->reader()->menuActions()) {
            if (action)
                reader->addAction(action);
            else
                reader->addSeparator();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    // Delete only while the list has focus, so it still deletes characters in the editor fields.
    m_view->addAction(m_delete);
    m_view->addAction(m_quickTag);
    m_view->addAction(m_acceptSuggestion);
    m_view->addAction(m_rejectSuggestion);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_showArticles);
    toolBar->addAction(m_showModeration);
    toolBar->addAction(m_showBundles);
    toolBar->addSeparator();
    toolBar->addAction(m_importFiles);
    toolBar->addAction(m_newArticle);
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addAction(m_delete);
    m_statusSeparator = toolBar->addSeparator();
    for (QAction *action : std::as_const(m_statusActions))
        toolBar->addAction(action);
}

void MainWindow::setLibrary(std::unique_ptr<Library> library)
{
    m_undoStack->clear();
    auto model = std::make_unique<ArticleListModel>(*library, m_undoStack);
    m_topicFilter = 0;
    auto topicModel = std::make_unique<TopicTreeModel>(*library, m_undoStack);
    m_topicsDock->setModel(topicModel.get(), library.get(), m_undoStack);
    m_topicModel = std::move(topicModel);
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(model.get());
    delete oldSelection; // setModel() leaves the old selection model to us
    m_view->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    m_model = std::move(model);
    m_suggestions.reset(); // stops its training run, which reads the library about to close
    m_spamFilter.reset();
    m_moderation->setLibrary(library.get());
    m_bundles->setLibrary(library.get());
    m_bundlesDock->setLibrary(library.get(), m_undoStack);
    m_changeWatcher.reset();
    m_library = std::move(library);
    // What another program commits to the library (newsdesk-cli importing) shows here within a poll.
    m_changeWatcher = std::make_unique<LibraryChangeWatcher>(*m_library);
    connect(m_changeWatcher.get(), &LibraryChangeWatcher::changedElsewhere, this,
            &MainWindow::showChangesMadeElsewhere);
    m_changeWatcher->start();
    m_suggestions = std::make_unique<SuggestionService>(*m_library);
    // Learn once the window is up; training runs on its own connection and thread.
    QTimer::singleShot(1000, m_suggestions.get(), &SuggestionService::retrainNow);
    // The spam filter learns from the curator's decisions and scores the queue, also in the background.
    m_spamFilter = std::make_unique<SpamFilterService>(*m_library);
    QTimer::singleShot(1500, m_spamFilter.get(), &SpamFilterService::retrainNow);
    connect(m_spamFilter.get(), &SpamFilterService::commentsScored, this,
            [this](const QList<qint64> &, int markedSpam) {
                if (markedSpam > 0)
                    statusBar()->showMessage(
                        tr("The spam filter marked %n comment(s) as spam.", nullptr, markedSpam), 8000);
            });

    // No parent yet: as a child of the splitter it would count as its sibling and replaceWidget() would
    // refuse, leaving the old pane (and its reader) in place on the closed library.
    auto *detail = new ArticleDetailPane(*m_library);
    detail->setObjectName(QStringLiteral("detailPane"));
    if (m_detail) {
        const QByteArray detailState = m_detail->splitter()->saveState();
        delete m_splitter->replaceWidget(1, detail);
        detail->splitter()->restoreState(detailState);
    } else {
        m_splitter->addWidget(detail);
        m_splitter->setStretchFactor(1, 1);
    }
    m_detail = detail;
    m_detail->setSuggestionService(m_suggestions.get());
    connect(m_detail->reader(), &ReaderView::openExternally, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_detail->reader(), &ReaderView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_detail, &ArticleDetailPane::fieldEdited, this, &MainWindow::editField);
    connect(m_detail, &ArticleDetailPane::acceptSuggestionRequested, this,
            [this](qint64 articleId, qint64 topicId, double confidence) {
                m_undoStack->push(new TagArticles(*m_library, {articleId}, {topicId}, true,
                                                  TagOrigin::Suggested, confidence));
            });
    connect(m_detail, &ArticleDetailPane::rejectSuggestionRequested, this,
            [this](qint64 articleId, qint64 topicId) {
                m_undoStack->push(new RejectSuggestion(*m_library, articleId, topicId));
            });
    connect(m_detail, &ArticleDetailPane::mergeRequested, this, [this](qint64 articleId, qint64 copyId) {
        m_undoStack->push(new MergeStoryCopy(*m_library, articleId, copyId));
    });
    connect(m_detail, &ArticleDetailPane::keepApartRequested, this,
            [this](qint64 articleId, qint64 copyId, bool apart) {
                m_undoStack->push(new KeepStoryCopyApart(*m_library, articleId, copyId, apart));
            });
    connect(m_model.get(), &ArticleListModel::importRequested, m_imports, &ImportController::import);
    m_imports->setLibrary(m_library.get());
    m_commentImports->setLibrary(m_library.get());

    connect(m_library.get(), &Library::errorOccurred, this, &MainWindow::showError);
    connect(m_model.get(), &ArticleListModel::loadFailed, this, &MainWindow::showError);
    // While an import runs the changes come a batch at a time: each is counted off the GUI thread.
    for (auto signal : {&Library::articlesInserted, &Library::articlesTrashed, &Library::articlesRestored,
                        &Library::articlesPurged})
        connect(m_library.get(), signal, this, &MainWindow::countInBackground);
    connect(m_library.get(), &Library::articleChanged, this, &MainWindow::countInBackground);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { m_topicModel->setSelectedArticles(selectedIds()); });
    connect(m_detail, &ArticleDetailPane::untagRequested, this, [this](qint64 articleId, qint64 topicId) {
        m_undoStack->push(new TagArticles(*m_library, {articleId}, {topicId}, false));
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &MainWindow::showCurrentArticle);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCurrentArticle);
    // Rows added above the ones in sight (another program importing, or an import here) would push what the
    // curator reads down the list: it stays in place, unless the list is at its top, where new articles
    // are wanted.
    auto scrollAnchor = std::make_shared<QPersistentModelIndex>();
    connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, scrollAnchor](const QModelIndex &, int first) {
                const QModelIndex top = m_view->indexAt(QPoint(0, 0));
                if (m_view->verticalScrollBar()->value() > 0 && top.isValid() && first <= top.row())
                    *scrollAnchor = top;
            });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [this, scrollAnchor]() {
        if (!scrollAnchor->isValid())
            return;
        m_view->doItemsLayout(); // the scroll range must take in the new rows first
        m_view->scrollTo(*scrollAnchor, QAbstractItemView::PositionAtTop);
        *scrollAnchor = QPersistentModelIndex();
    });

    const QString nativePath = QDir::toNativeSeparators(m_library->path());
    setWindowFilePath(m_library->path());
    setWindowTitle(tr("%1 — Newsdesk").arg(QFileInfo(m_library->path()).fileName()));
    setToolTip(QString());
    statusBar()->showMessage(tr("Opened %1").arg(nativePath), 5000);
    Settings::addRecentLibrary(m_library->path());
    Settings::lastLibrary.set(m_library->path());
    updateRecentMenu();
    applyFilter();
    updateActions();
    emit libraryOpened(m_library->path());
}

void MainWindow::openLibraryFile(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == m_library->path())
        return;
    auto opened = Library::open(path);
    if (!opened) {
        showError(opened.errorString());
        return;
    }
    if ((*opened)->wasCreated())
        if (Status seeded = TopicTagging::seedDefaults(**opened); !seeded)
            showError(seeded.errorString());
    setLibrary(std::move(opened).value());
}

void MainWindow::newLibrary()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Library"),
        QFileInfo(m_library->path()).absolutePath() + QStringLiteral("/library.sqlite"), libraryFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Choose a new name, or open it with File › Open Library.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLibraryFile(path);
}

void MainWindow::openLibrary()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Library"), QFileInfo(m_library->path()).absolutePath(), libraryFileFilter());
    if (!path.isEmpty())
        openLibraryFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : Settings::recentLibraries.get()) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path) && path != m_library->path());
        connect(action, &QAction::triggered, this, [this, path]() { openLibraryFile(path); });
    }
}

void MainWindow::applyFilter()
{
    ArticleQuery query = m_model->query();
    query.search = m_search->text();
    query.trash = m_statusFilter->currentIndex() == TrashFilterIndex;
    query.topicId = m_topicFilter;
    query.status = m_statusFilter->currentData().isValid()
                       ? std::optional<ArticleStatus>(m_statusFilter->currentData().value<ArticleStatus>())
                       : std::nullopt;
    const bool searching = !query.search.trimmed().isEmpty();
    const bool wasSearching = !m_model->query().search.trimmed().isEmpty();
    if (searching && !wasSearching) {
        query.sort = ArticleSortKey::Relevance;
        query.order = Qt::AscendingOrder;
    } else if (!searching && query.sort == ArticleSortKey::Relevance) {
        query.sort = ArticleSortKey::Published;
        query.order = Qt::DescendingOrder;
    }
    const qint64 current = m_detail ? m_detail->articleId() : 0;
    // Counted on the counting thread while this one reads the first page, so that the list is not held up
    // by a count over tens of thousands of matches (the root of a topic tree at 100,000 articles: 12 ms);
    // the bar follows a few milliseconds later. A count under way for the old filter is dropped.
    m_countsReader->discard();
    m_countsReader->request(m_library->path(), query);
    m_model->setQuery(query);

    QHeaderView *header = m_view->horizontalHeader();
    {
        // The query already carries the order; the view must not sort again.
        const QSignalBlocker blocker(header);
        int column = ArticleListModel::Published;
        for (int c = 0; c < ArticleListModel::ColumnCount; ++c)
            if (ArticleListModel::sortKeyFor(c) == query.sort)
                column = c;
        header->setSortIndicator(column, query.order);
    }
    m_view->setColumnHidden(ArticleListModel::Match, !searching);
    m_view->setSortingEnabled(true);

    const QModelIndex keep = m_model->indexOf(current);
    if (keep.isValid())
        m_view->setCurrentIndex(keep);
    updateActions();
}

void MainWindow::countInBackground()
{
    m_countsReader->request(m_library->path(), m_model->query());
}

void MainWindow::showChangesMadeElsewhere(bool articlesJustAnnounced)
{
    // The articles, comments and topics another program added are in already (the watcher announced them
    // as an import in this window does). What it changed besides (a status, a tag, a rule's tags on what it
    // imported) shows in the rows listed and in the counts.
    m_model->refreshLoadedRows();
    // New articles made the topic counts read the library as it is now: at 100,000 articles a second count
    // would cost the window another 15 ms per commit of an import.
    if (!articlesJustAnnounced)
        m_topicModel->refreshCountsAndChecks();
    countInBackground();
}

void MainWindow::showCounts(const StatusCounts &status)
{
    if (!status.error.isEmpty()) {
        m_counts->setText(status.error);
        return;
    }
    const ArticleCounts &counts = status.counts;
    // A list of whole items, one string per status, so that each language can make the count agree.
    const auto byStatus = [&counts](ArticleStatus status) { return counts.byStatus.value(status); };
    const QStringList statusCounts{tr("%n new", nullptr, byStatus(ArticleStatus::New)),
                                   tr("%n reviewed", nullptr, byStatus(ArticleStatus::Reviewed)),
                                   tr("%n selected", nullptr, byStatus(ArticleStatus::Selected)),
                                   tr("%n rejected", nullptr, byStatus(ArticleStatus::Rejected))};
    //: The status bar's count of articles; %1 is the list of counts per status, e.g. "3 new, 2 reviewed".
    QStringList items{tr("%n article(s): %1", nullptr, counts.total)
                          .arg(statusCounts.join(tr(", ", "separator of the status counts")))};
    if (counts.trashed > 0)
        items << tr("%n in the trash", nullptr, counts.trashed);
    if (status.matches)
        items << tr("%n match(es)", nullptr, *status.matches);
    m_counts->setText(items.join(QStringLiteral(" · ")));
    m_banner->setVisible(counts.total == 0 && counts.trashed == 0 && !Settings::sampleOfferDeclined.get());
}

void MainWindow::updateActions()
{
    const bool hasSelection = !selectedIds().isEmpty();
    const bool inTrash = m_model->query().trash;
    m_delete->setEnabled(hasSelection && !inTrash);
    m_restore->setEnabled(hasSelection && inTrash);
    for (QAction *action : std::as_const(m_statusActions))
        action->setEnabled(hasSelection && !inTrash);
    m_moderateArticle->setEnabled(hasSelection);
    m_commentOnArticle->setEnabled(hasSelection);
}

void MainWindow::acceptSuggestion()
{
    const auto suggestions = m_detail->suggestions();
    if (suggestions.isEmpty() || !m_detail->articleId()) {
        statusBar()->showMessage(tr("No topic is suggested for this article."), 3000);
        return;
    }
    emit m_detail->acceptSuggestionRequested(m_detail->articleId(), suggestions.first().topicId,
                                             suggestions.first().confidence);
}

void MainWindow::rejectSuggestion()
{
    const auto suggestions = m_detail->suggestions();
    if (suggestions.isEmpty() || !m_detail->articleId()) {
        statusBar()->showMessage(tr("No topic is suggested for this article."), 3000);
        return;
    }
    emit m_detail->rejectSuggestionRequested(m_detail->articleId(), suggestions.first().topicId);
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->showArticle(m_model->articleAt(current),
                          current.data(ArticleListModel::SnippetRole).toString());
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->articleAt(index);
    return ids;
}

void MainWindow::setSelectedStatus(ArticleStatus status)
{
    if (auto *command = SetArticlesStatus::create(*m_library, selectedIds(), status))
        m_undoStack->push(command);
}

void MainWindow::trashSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_model->query().trash)
        return;
    const int nextRow = m_view->selectionModel()->selectedRows().constFirst().row();
    m_undoStack->push(new TrashArticles(*m_library, ids));
    // Keep the curator's place: select what moved up into the deleted row.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(
            m_model->index(std::min(nextRow, m_model->rowCount() - 1), ArticleListModel::Title));
}

void MainWindow::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && m_model->query().trash)
        m_undoStack->push(new TrashArticles(*m_library, ids, true));
}

void MainWindow::emptyTrash()
{
    const auto counts = m_library->articles().counts();
    if (!counts || counts->trashed == 0) {
        statusBar()->showMessage(tr("The trash is empty."), 3000);
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Empty Trash"),
                              tr("Delete the %n article(s) in the trash for good, with their comments and "
                                 "tags? This cannot be undone.",
                                 nullptr, counts->trashed),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const auto purged = m_library->articles().emptyTrash();
    if (!purged) {
        showError(purged.errorString());
        return;
    }
    // Steps in the history may refer to what is gone now.
    m_undoStack->clear();
    statusBar()->showMessage(tr("Deleted %n article(s) for good.", nullptr, *purged), 5000);
}

void MainWindow::newArticle()
{
    Article article;
    article.title = tr("Untitled article");
    article.language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    addArticle(article);
    m_detail->focusTitle();
}

void MainWindow::pasteArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime) {
        statusBar()->showMessage(tr("The clipboard is empty."), 3000);
        return;
    }
    // Pasted HTML is reduced to its text: nothing from the clipboard reaches the store as markup.
    const QString text = mime->hasHtml() ? plainTextFromHtml(mime->html()) : mime->text();
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to make an article of."), 3000);
        return;
    }
    Article article;
    const QUrl url(lines.first().trimmed(), QUrl::StrictMode);
    if (lines.size() == 1 && url.isValid() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        article.url = url.toString();
        article.title = url.toString();
    } else {
        article.title = lines.takeFirst().trimmed().left(300);
        article.setField(ArticleField::Body, lines.join(QLatin1Char('\n')));
    }
    addArticle(article);
}

void MainWindow::addArticle(const Article &article)
{
    showModeration(false);
    // A new article must be visible to be edited: leave the trash, filters and search.
    if (m_statusFilter->currentIndex() != 0 || !m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->setCurrentIndex(0);
        m_search->clear();
        m_searchDelay->stop();
        applyFilter();
    }
    auto *command = new CreateArticle(*m_library, article);
    m_undoStack->push(command);
    if (m_undoStack->index() == 0 || m_undoStack->command(m_undoStack->index() - 1) != command)
        return; // refused and dropped; the error was shown
    const QModelIndex index = m_model->indexOf(command->articleId());
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_detail->showArticle(command->articleId());
    }
}

void MainWindow::editField(qint64 id, ArticleField field, const QVariant &value)
{
    if (auto *command = SetArticleField::create(*m_library, id, field, value))
        m_undoStack->push(command);
}

void MainWindow::setTopicFilter(qint64 topicId)
{
    m_topicFilter = topicId;
    m_topicFilterChip->setVisible(topicId != 0);
    if (topicId)
        m_topicFilterChip->setText(tr("%1 ✕").arg(m_topicModel->pathOf(topicId)));
    applyFilter();
}

void MainWindow::quickTag()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_model->query().trash)
        return;
    auto *popup = new QuickTagPopup(*m_topicModel, this);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    connect(popup, &QuickTagPopup::topicChosen, this, [this, ids](qint64 topicId) {
        // When every selected article has the topic already, choosing it again takes it off.
        const bool allHaveIt = m_topicModel->indexOf(topicId).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_undoStack->push(new TagArticles(*m_library, ids, {topicId}, !allHaveIt));
    });
    popup->move(m_view->viewport()->mapToGlobal(m_view->visualRect(m_view->currentIndex()).bottomLeft()));
    popup->show();
}

void MainWindow::importFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
                                      tr("Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt "
                                         "*.xml *.rss *.atom *.rdf *.json *.opml);;"
                                         "All files (*)"));
    QList<ImportInput> inputs;
    for (const QString &file : files)
        inputs << ImportInput::file(file);
    m_imports->import(inputs);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        m_imports->import({ImportInput::file(folder)});
}

void MainWindow::importUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Import from Web Address"),
                                               tr("Address of a page, a feed or an OPML list:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        showError(tr("“%1” is not a web address.").arg(text.trimmed()));
        return;
    }
    m_imports->import({ImportInput::fromUrl(url)});
}

void MainWindow::importClipboard()
{
    const QList<ImportInput> inputs = importInputsFrom(QApplication::clipboard()->mimeData());
    if (inputs.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds nothing to import."), 3000);
        return;
    }
    m_imports->import(inputs);
}

void MainWindow::openFiles(const QStringList &files)
{
    QList<ImportInput> inputs;
    for (const QString &file : files) {
        const QUrl url(file);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        inputs << (web ? ImportInput::fromUrl(url) : ImportInput::file(file));
    }
    if (!inputs.isEmpty())
        m_imports->import(inputs);
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (canImportFrom(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (canImportFrom(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<ImportInput> inputs = importInputsFrom(event->mimeData());
    if (inputs.isEmpty())
        return;
    event->acceptProposedAction();
    m_imports->import(inputs);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Newsdesk"), message);
}

bool MainWindow::isModerationShown() const
{
    return currentPage() == Page::Moderation;
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_moderation)
        return Page::Moderation;
    return m_pages->currentWidget() == m_bundles ? Page::Bundles : Page::Articles;
}

void MainWindow::showModeration(bool show)
{
    showPage(show ? Page::Moderation : Page::Articles);
}

void MainWindow::showPage(Page page)
{
    m_showArticles->setChecked(page == Page::Articles);
    m_showModeration->setChecked(page == Page::Moderation);
    m_showBundles->setChecked(page == Page::Bundles);
    if (page == currentPage())
        return;
    const bool articles = page == Page::Articles;
    // The Topics dock narrows the article list; on the other pages it only takes room.
    if (currentPage() == Page::Articles) {
        m_topicsDockWasVisible = m_topicsDock->isVisible();
        m_bundlesDockWasVisible = m_bundlesDock->isVisible();
        m_topicsDock->hide();
        m_bundlesDock->hide();
    } else if (articles) {
        m_topicsDock->setVisible(m_topicsDockWasVisible);
        m_bundlesDock->setVisible(m_bundlesDockWasVisible);
    }
    switch (page) {
    case Page::Articles:
        m_pages->setCurrentWidget(m_splitter);
        break;
    case Page::Moderation:
        m_pages->setCurrentWidget(m_moderation);
        break;
    case Page::Bundles:
        m_pages->setCurrentWidget(m_bundles);
        break;
    }
    // Each page brings its own menu and toolbar buttons; another page's would act on what is hidden.
    m_articleMenu->menuAction()->setVisible(articles);
    m_commentsMenu->menuAction()->setVisible(page == Page::Moderation);
    m_delete->setVisible(articles);
    m_statusSeparator->setVisible(articles);
    m_restore->setVisible(articles);
    for (QAction *action : std::as_const(m_statusActions))
        action->setVisible(articles);
    m_counts->setVisible(articles);
    if (page == Page::Moderation)
        m_moderation->queueView()->setFocus(Qt::OtherFocusReason);
    else if (page == Page::Bundles)
        m_bundles->bundleList()->setFocus(Qt::OtherFocusReason);
    else
        m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::createBundleMenu()
{
    QMenu *bundle = menuBar()->addMenu(tr("&Bundle"));
    bundle->setObjectName(QStringLiteral("bundleMenu"));
    bundle->addAction(m_bundles->newBundleAction());
    m_addToBundleMenu = bundle->addMenu(tr("&Add Selected Articles to Bundle"));
    m_addToBundleMenu->setObjectName(QStringLiteral("addToBundleMenu"));
    connect(m_addToBundleMenu, &QMenu::aboutToShow, this, [this]() {
        m_bundles->fillAddToBundleMenu(m_addToBundleMenu, [this]() { return selectedIds(); });
    });
    bundle->addSeparator();
    bundle->addAction(m_bundles->exportAction());
}

void MainWindow::showArticleContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addActions(m_articleMenu->actions());
    menu.addSeparator();
    QMenu *addTo = menu.addMenu(tr("Add to &Bundle"));
    addTo->setObjectName(QStringLiteral("addToBundleContextMenu"));
    // Filled now, not on show: the selection is the one the menu was opened on.
    m_bundles->fillAddToBundleMenu(addTo, [this]() { return selectedIds(); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::updatePendingCount(int pending)
{
    m_showModeration->setText(pending > 0 ? tr("&Moderation (%L1)").arg(pending) : tr("&Moderation"));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_library, this);
    dialog.exec();
}

void MainWindow::loadSamples()
{
    const auto added = SampleLibrary::load(*m_library);
    if (!added) {
        showError(added.errorString());
        return;
    }
    m_banner->hide();
    statusBar()->showMessage(tr("Added %n sample article(s).", nullptr, *added), 5000);
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::Title));
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(Settings::mainWindowGeometry.get())) {
        // Most of the screen on first start: three panes need the width.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::max(1024, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));
    }
    if (!QMainWindow::restoreState(Settings::mainWindowState.get()))
        resizeDocks({m_topicsDock}, {250}, Qt::Horizontal); // the list needs the room more than long names
    if (!m_splitter->restoreState(Settings::mainSplitterState.get()))
        m_splitter->setSizes({620, 400});
    m_detail->splitter()->restoreState(Settings::detailSplitterState.get());
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(Settings::articleHeaderState.get())) {
        // Wide enough for what each column typically holds; the title takes the rest.
        const QFontMetrics metrics = m_view->fontMetrics();
        const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
        QString longestStatus;
        for (ArticleStatus status : ArticleText::allStatuses())
            longestStatus = std::max(longestStatus, ArticleText::statusLabel(status),
                                     [](const QString &a, const QString &b) { return a.size() < b.size(); });
        header->resizeSection(ArticleListModel::Source,
                              metrics.horizontalAdvance(QStringLiteral("Northgate Ledger")));
        header->resizeSection(ArticleListModel::Published,
                              metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + padding);
        header->resizeSection(ArticleListModel::Status, metrics.horizontalAdvance(longestStatus) + padding);
        header->resizeSection(ArticleListModel::Topics,
                              metrics.horizontalAdvance(QStringLiteral("Trade disputes")));
        header->resizeSection(
            ArticleListModel::Comments,
            std::max(metrics.horizontalAdvance(ArticleListModel::tr("%1 (%2)").arg(28).arg(21)),
                     metrics.horizontalAdvance(
                         m_model->headerData(ArticleListModel::Comments, Qt::Horizontal).toString())) +
                padding);
        header->resizeSection(ArticleListModel::Match, 30 * metrics.horizontalAdvance(QLatin1Char('n')));
    }
    // The saved header knows its sort indicator; the list starts newest first whatever it says.
    applyFilter();
}

void MainWindow::saveState()
{
    Settings::mainWindowGeometry.set(saveGeometry());
    Settings::mainWindowState.set(QMainWindow::saveState());
    Settings::mainSplitterState.set(m_splitter->saveState());
    Settings::detailSplitterState.set(m_detail->splitter()->saveState());
    Settings::articleHeaderState.set(m_view->horizontalHeader()->saveState());
    m_moderation->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Leaving the focused field commits what is being typed in it.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    // The window state is saved as the articles page has it (the Topics dock is hidden while moderating).
    showModeration(false);
    saveState();
    event->accept();
}

} // namespace Newsdesk
