#include "BundlesView.h"

#include "BundleCommands.h"
#include "BundleEntriesModel.h"
#include "BundleExportController.h"
#include "BundleListModel.h"
#include "BundlePreview.h"
#include "exporting/SavedSearch.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

/// Replaces a view's model, deleting the selection model setModel() leaves behind.
template <typename Model>
void replaceModel(QListView *view, std::unique_ptr<Model> &current, std::unique_ptr<Model> next)
{
    QItemSelectionModel *oldSelection = view->selectionModel();
    view->setModel(next.get());
    delete oldSelection;
    current = std::move(next);
}

} // namespace

BundlesView::BundlesView(QUndoStack *undoStack, QStatusBar *statusBar, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("bundlesView"));
    m_exports = new BundleExportController(this, statusBar);
    createActions();

    m_preview = new BundlePreview(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("bundlesSplitter"));
    m_splitter->addWidget(createListPane());
    m_splitter->addWidget(createEditorPane());
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 440, 640});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_detailsDelay.setSingleShot(true);
    m_detailsDelay.setInterval(700);
    connect(&m_detailsDelay, &QTimer::timeout, this, &BundlesView::commitDetails);
    updateActions();
}

BundlesView::~BundlesView() = default;

void BundlesView::createActions()
{
    const auto add = [this](const char *theme, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(theme)), text, this);
        action->setToolTip(tip);
        return action;
    };
    m_newBundle = add("document-new", tr("&New Bundle"), tr("Make a new, empty bundle"));
    m_newBundle->setObjectName(QStringLiteral("newBundle"));
    connect(m_newBundle, &QAction::triggered, this, [this]() { newBundle(); });
    m_renameBundle = add("edit-rename", tr("&Rename Bundle"), tr("Rename the bundle (F2)"));
    m_renameBundle->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameBundle->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameBundle, &QAction::triggered, this, &BundlesView::renameBundle);
    m_duplicateBundle = add("edit-copy", tr("D&uplicate Bundle"), tr("Make a copy of the bundle"));
    connect(m_duplicateBundle, &QAction::triggered, this, &BundlesView::duplicateBundle);
    m_deleteBundle =
        add("edit-delete", tr("&Delete Bundle"), tr("Delete the bundle (Delete; Undo brings it back)"));
    m_deleteBundle->setShortcut(QKeySequence::Delete);
    m_deleteBundle->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteBundle, &QAction::triggered, this, &BundlesView::deleteBundle);
    m_export =
        add("document-export", tr("&Export Bundle…"), tr("Export the bundle as HTML, JSON, a feed or PDF"));
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this]() {
        commitDetails(); // the export reads the stored bundle: typing still waiting goes in first
        m_exports->chooseAndExport(currentBundleId());
    });

    m_removeEntries =
        add("list-remove", tr("&Remove from Bundle"), tr("Remove the selected entries (Delete)"));
    m_removeEntries->setShortcut(QKeySequence::Delete);
    m_removeEntries->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeEntries, &QAction::triggered, this, &BundlesView::removeEntries);
    m_addSection =
        add("list-add", tr("Add &Section Above…"), tr("Add a heading that groups the articles below it"));
    connect(m_addSection, &QAction::triggered, this, &BundlesView::addSection);
    m_renameSection = add("edit-rename", tr("Re&name Section"), tr("Change the section's heading (F2)"));
    connect(m_renameSection, &QAction::triggered, this, &BundlesView::renameSection);
}

QWidget *BundlesView::createListPane()
{
    auto *pane = new QWidget(this);
    m_bundleList = new QListView(pane);
    m_bundleList->setObjectName(QStringLiteral("bundleList"));
    m_bundleList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_bundleList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_bundleList->addActions({m_renameBundle, m_deleteBundle});
    connect(m_bundleList, &QWidget::customContextMenuRequested, this, &BundlesView::showBundleMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_newBundle, m_renameBundle, m_duplicateBundle, m_deleteBundle})
        buttons->addWidget(toolButton(action, pane));
    buttons->addStretch();
    m_renameBundle->setIconText(tr("Rename"));
    m_duplicateBundle->setIconText(tr("Duplicate"));
    m_deleteBundle->setIconText(tr("Delete"));
    m_newBundle->setIconText(tr("New"));

    auto *heading = new QLabel(tr("<b>Bundles</b>"), pane);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(heading);
    layout->addWidget(m_bundleList, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget *BundlesView::createEditorPane()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("bundleEditor"));

    m_title = new QLineEdit(m_editor);
    m_title->setObjectName(QStringLiteral("bundleTitle"));
    m_title->setPlaceholderText(tr("The bundle's name"));
    connect(m_title, &QLineEdit::textEdited, this, [this]() { m_detailsDelay.start(); });
    connect(m_title, &QLineEdit::editingFinished, this, &BundlesView::commitDetails);

    m_intro = new QPlainTextEdit(m_editor);
    m_intro->setObjectName(QStringLiteral("bundleIntro"));
    m_intro->setPlaceholderText(tr("A few words introducing the selection; a blank line starts a paragraph"));
    m_intro->setTabChangesFocus(true);
    m_intro->setMaximumHeight(m_intro->fontMetrics().lineSpacing() * 5);
    connect(m_intro, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_showing)
            m_detailsDelay.start();
    });

    m_topics = new QCheckBox(tr("&Topics"), m_editor);
    m_comments = new QCheckBox(tr("Approved &comments"), m_editor);
    m_comments->setToolTip(
        tr("Only approved comments are ever published; pending, spam and rejected ones never are"));
    m_images = new QCheckBox(tr("Ima&ges"), m_editor);
    m_sourceLinks = new QCheckBox(tr("Source &links"), m_editor);
    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : {m_topics, m_comments, m_images, m_sourceLinks}) {
        options->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this]() {
            if (!m_showing)
                commitDetails();
        });
    }
    options->addStretch();

    m_savedSearch = new QLineEdit(m_editor);
    m_savedSearch->setObjectName(QStringLiteral("bundleSavedSearch"));
    m_savedSearch->setPlaceholderText(tr("e.g. topic:\"trade disputes\" status:selected since:7d"));
    m_savedSearch->setClearButtonEnabled(true);
    connect(m_savedSearch, &QLineEdit::editingFinished, this, &BundlesView::commitDetails);
    m_fill = new QPushButton(tr("&Fill"), m_editor);
    m_fill->setObjectName(QStringLiteral("bundleFill"));
    m_fill->setToolTip(tr("Add the articles the saved search finds that are not in the bundle yet"));
    connect(m_fill, &QPushButton::clicked, this, &BundlesView::fillFromSavedSearch);
    auto *search = new QHBoxLayout;
    search->setContentsMargins(0, 0, 0, 0);
    search->addWidget(m_savedSearch, 1);
    search->addWidget(m_fill);

    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Int&ro:"), m_intro);
    form->addRow(tr("Include:"), options);
    // A label for a row holding a layout gets no buddy by itself, and would show its '&'.
    auto *searchLabel = new QLabel(tr("Saved &search:"), m_editor);
    searchLabel->setBuddy(m_savedSearch);
    form->addRow(searchLabel, search);

    m_entryList = new QListView(m_editor);
    m_entryList->setObjectName(QStringLiteral("bundleEntries"));
    m_entryList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entryList->setDragEnabled(true);
    m_entryList->setAcceptDrops(true);
    m_entryList->setDropIndicatorShown(true);
    m_entryList->setDragDropMode(QAbstractItemView::DragDrop);
    // The model moves dragged entries itself (one undo step) and reports a copy; see supportedDragActions.
    m_entryList->setDefaultDropAction(Qt::CopyAction);
    m_entryList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_entryList->setAlternatingRowColors(true);
    m_entryList->setWordWrap(true);
    m_entryList->setSpacing(1);
    m_entryList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entryList->addAction(m_removeEntries);
    connect(m_entryList, &QWidget::customContextMenuRequested, this, &BundlesView::showEntryMenu);

    m_blurbLabel = new QLabel(tr("&Blurb:"), m_editor);
    m_blurb = new QPlainTextEdit(m_editor);
    m_blurb->setObjectName(QStringLiteral("bundleBlurb"));
    m_blurb->setPlaceholderText(tr("Your words on the selected article, shown with it"));
    m_blurb->setTabChangesFocus(true);
    m_blurb->setMaximumHeight(m_blurb->fontMetrics().lineSpacing() * 6);
    m_blurbLabel->setBuddy(m_blurb);
    connect(m_blurb, &QPlainTextEdit::textChanged, this, &BundlesView::commitBlurb);

    auto *entriesHeading = new QHBoxLayout;
    entriesHeading->setContentsMargins(0, 0, 0, 0);
    entriesHeading->addWidget(
        new QLabel(tr("<b>Entries</b> (drag to reorder, or drag articles in)"), m_editor), 1);
    entriesHeading->addWidget(toolButton(m_export, m_editor));

    auto *layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addLayout(entriesHeading);
    layout->addWidget(m_entryList, 1);
    layout->addWidget(m_blurbLabel);
    layout->addWidget(m_blurb);
    return m_editor;
}

void BundlesView::setLibrary(Library *library)
{
    m_library = library;
    m_exports->setLibrary(library);
    m_preview->setLibraryPath(library ? library->path() : QString());
    m_detailsDelay.stop();
    if (!library) {
        // The models read the library that is going away; an editor still open must not write to it.
        m_bundleList->setModel(nullptr);
        m_entryList->setModel(nullptr);
        m_listModel.reset();
        m_entriesModel.reset();
        return;
    }
    replaceModel(m_bundleList, m_listModel, std::make_unique<BundleListModel>(*library, m_undoStack));
    replaceModel(m_entryList, m_entriesModel, std::make_unique<BundleEntriesModel>(*library, m_undoStack));
    connect(m_bundleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BundlesView::currentBundleChanged);
    connect(m_entriesModel.get(), &BundleEntriesModel::bundleEdited, this, &BundlesView::bundleEdited);
    connect(m_entriesModel.get(), &BundleEntriesModel::loadFailed, this, &BundlesView::statusMessage);
    connect(m_entryList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BundlesView::currentEntryChanged);
    connect(m_entryList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BundlesView::updateActions);
    // A bundle that is deleted (or comes back) changes what is current.
    connect(m_listModel.get(), &QAbstractItemModel::rowsRemoved, this, &BundlesView::currentBundleChanged);
    if (m_listModel->rowCount() > 0)
        m_bundleList->setCurrentIndex(m_listModel->index(0));
    currentBundleChanged();
}

qint64 BundlesView::currentBundleId() const
{
    return m_listModel ? m_listModel->bundleAt(m_bundleList->currentIndex()).id : 0;
}

void BundlesView::selectBundle(qint64 bundleId)
{
    if (!m_listModel)
        return;
    const QModelIndex index = m_listModel->indexOf(bundleId);
    if (index.isValid())
        m_bundleList->setCurrentIndex(index);
}

void BundlesView::currentBundleChanged()
{
    if (!m_entriesModel)
        return;
    commitDetails(); // typing still waiting belongs to the bundle it was typed into
    m_entriesModel->setBundleId(currentBundleId());
    bundleEdited();
}

void BundlesView::bundleEdited()
{
    const Bundle &bundle = m_entriesModel->bundle();
    showDetails(bundle);
    if (bundle.id)
        m_preview->setBundle(bundle);
    else
        m_preview->clear();
    currentEntryChanged();
    updateActions();
}

void BundlesView::showDetails(const Bundle &bundle)
{
    m_showing = true;
    m_editor->setEnabled(bundle.id != 0);
    // Fields being typed in keep their text (and cursor) until the typing is committed.
    const bool typing = m_detailsDelay.isActive();
    if (!typing && m_title->text() != bundle.title)
        m_title->setText(bundle.title);
    m_title->setPlaceholderText(bundle.name);
    if (!typing && m_intro->toPlainText() != bundle.intro)
        m_intro->setPlainText(bundle.intro);
    m_topics->setChecked(bundle.options.topics);
    m_comments->setChecked(bundle.options.comments);
    m_images->setChecked(bundle.options.images);
    m_sourceLinks->setChecked(bundle.options.sourceLinks);
    if (!m_savedSearch->hasFocus() && m_savedSearch->text() != bundle.savedSearch)
        m_savedSearch->setText(bundle.savedSearch);
    m_showing = false;
}

void BundlesView::commitDetails()
{
    m_detailsDelay.stop();
    if (m_showing || !m_library || !m_entriesModel || m_entriesModel->bundleId() == 0)
        return;
    const Bundle &before = m_entriesModel->bundle();
    Bundle after = before;
    after.title = m_title->text().trimmed();
    after.intro = m_intro->toPlainText();
    after.options.topics = m_topics->isChecked();
    after.options.comments = m_comments->isChecked();
    after.options.images = m_images->isChecked();
    after.options.sourceLinks = m_sourceLinks->isChecked();
    after.savedSearch = m_savedSearch->text().trimmed();
    auto command = std::make_unique<EditBundleDetails>(*m_library, before, after);
    if (command->changes())
        m_undoStack->push(command.release());
}

void BundlesView::currentEntryChanged()
{
    if (!m_entriesModel)
        return;
    const BundleEntry entry = m_entriesModel->entryAt(m_entryList->currentIndex());
    const bool article = entry.articleId != 0;
    m_showing = true;
    m_blurb->setEnabled(article);
    // A title's own '&' must not turn into the label's shortcut.
    const QString title = m_entryList->currentIndex().data(BundleEntriesModel::TitleRole).toString();
    m_blurbLabel->setText(
        article ? tr("&Blurb for “%1”:").arg(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")))
                : tr("&Blurb (select an article):"));
    // Not while typing: the text is already what was typed, and setting it would move the cursor.
    if (m_blurb->toPlainText() != entry.blurb)
        m_blurb->setPlainText(entry.blurb);
    m_showing = false;
    updateActions();
}

void BundlesView::commitBlurb()
{
    if (m_showing || !m_library || !m_entriesModel)
        return;
    const QModelIndex current = m_entryList->currentIndex();
    const BundleEntry entry = m_entriesModel->entryAt(current);
    if (entry.articleId == 0 || entry.blurb == m_blurb->toPlainText())
        return;
    // Each keystroke is a command; consecutive ones on this article merge into one undo step.
    m_entriesModel->setData(current, m_blurb->toPlainText(), BundleEntriesModel::BlurbRole);
}

QList<int> BundlesView::selectedRows() const
{
    QList<int> rows;
    if (!m_entryList->selectionModel())
        return rows;
    for (const QModelIndex &index : m_entryList->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 BundlesView::newBundle(const QList<qint64> &articleIds)
{
    if (!m_library)
        return 0;
    const auto name = m_library->bundles().freeName(tr("New bundle"));
    if (!name) {
        QMessageBox::warning(this, tr("New Bundle"), name.errorString());
        return 0;
    }
    Bundle bundle;
    bundle.name = *name;
    for (qint64 id : articleIds)
        bundle.entries << BundleEntry::article(id);
    auto *create = new CreateBundle(*m_library, bundle);
    m_undoStack->push(create);
    const qint64 id = create->bundleId();
    selectBundle(id);
    return id;
}

void BundlesView::addArticles(qint64 bundleId, const QList<qint64> &articleIds)
{
    if (!m_library || articleIds.isEmpty())
        return;
    const auto bundle = m_library->bundles().find(bundleId);
    if (!bundle) {
        QMessageBox::warning(this, tr("Add to Bundle"), bundle.errorString());
        return;
    }
    auto command = std::make_unique<AddBundleArticles>(*m_library, *bundle, articleIds);
    const int added = int(command->after().entries.size() - bundle->entries.size());
    if (added == 0) {
        emit statusMessage(tr("Already in “%1”.").arg(bundle->name));
        return;
    }
    m_undoStack->push(command.release());
    emit statusMessage(tr("Added %n article(s) to “%1”.", nullptr, added).arg(bundle->name));
}

void BundlesView::fillAddToBundleMenu(QMenu *menu, const std::function<QList<qint64>()> &articleIds)
{
    menu->clear();
    const bool any = !articleIds().isEmpty();
    QAction *create = menu->addAction(tr("New Bundle…"));
    create->setObjectName(QStringLiteral("addToNewBundle"));
    create->setEnabled(any && m_library);
    connect(create, &QAction::triggered, this, [this, articleIds]() {
        if (newBundle(articleIds()))
            emit statusMessage(tr("Made a new bundle; rename it on the Bundles page (F2)."));
    });
    if (!m_listModel || m_listModel->rowCount() == 0)
        return;
    menu->addSeparator();
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        const QModelIndex index = m_listModel->index(row);
        QString name = index.data().toString();
        QAction *action = menu->addAction(name.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setEnabled(any);
        const qint64 id = index.data(BundleListModel::BundleIdRole).toLongLong();
        connect(action, &QAction::triggered, this,
                [this, id, articleIds]() { addArticles(id, articleIds()); });
    }
}

void BundlesView::renameBundle()
{
    if (m_bundleList->currentIndex().isValid())
        m_bundleList->edit(m_bundleList->currentIndex());
}

std::optional<Bundle> BundlesView::currentBundle() const
{
    const qint64 id = currentBundleId();
    if (!m_library || id == 0)
        return std::nullopt;
    auto bundle = m_library->bundles().find(id);
    if (!bundle)
        return std::nullopt;
    return std::move(bundle).value();
}

void BundlesView::duplicateBundle()
{
    const auto bundle = currentBundle();
    if (!bundle)
        return;
    if (CreateBundle *copy = CreateBundle::duplicate(*m_library, *bundle)) {
        m_undoStack->push(copy);
        selectBundle(copy->bundleId());
    }
}

void BundlesView::deleteBundle()
{
    const auto bundle = currentBundle();
    if (!bundle)
        return;
    // No question asked: Undo brings the bundle back whole.
    m_undoStack->push(new DeleteBundle(*m_library, *bundle));
    emit statusMessage(tr("Deleted the bundle “%1”. Undo brings it back.").arg(bundle->name));
}

void BundlesView::removeEntries()
{
    const QList<int> rows = selectedRows();
    if (!m_library || rows.isEmpty())
        return;
    m_undoStack->push(new RemoveBundleEntries(*m_library, m_entriesModel->bundle(), rows));
}

void BundlesView::addSection()
{
    if (!m_library || m_entriesModel->bundleId() == 0)
        return;
    bool ok = false;
    const QString heading = QInputDialog::getText(this, tr("Add Section"), tr("Section heading:"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
    if (!ok || heading.isEmpty())
        return;
    const QModelIndex current = m_entryList->currentIndex();
    m_undoStack->push(new AddBundleSection(*m_library, m_entriesModel->bundle(),
                                           current.isValid() ? current.row() : 0, heading));
}

void BundlesView::renameSection()
{
    const QModelIndex current = m_entryList->currentIndex();
    if (current.data(BundleEntriesModel::IsSectionRole).toBool())
        m_entryList->edit(current);
}

void BundlesView::fillFromSavedSearch()
{
    if (!m_library || m_entriesModel->bundleId() == 0)
        return;
    commitDetails(); // the search as typed is the bundle's saved search from now on
    const QString search = m_savedSearch->text().trimmed();
    if (search.isEmpty()) {
        QMessageBox::information(this, tr("Fill from Saved Search"),
                                 tr("Type a search first, as in the article list, e.g. "
                                    "topic:\"trade disputes\" status:selected since:7d"));
        return;
    }
    const auto found = savedSearchArticles(*m_library, search);
    if (!found) {
        QMessageBox::warning(this, tr("Fill from Saved Search"),
                             tr("The saved search could not be run: %1").arg(found.errorString()));
        return;
    }
    if (found->isEmpty()) {
        emit statusMessage(tr("The saved search finds no articles."));
        return;
    }
    addArticles(m_entriesModel->bundleId(), *found);
}

void BundlesView::updateActions()
{
    const bool bundle = currentBundleId() != 0;
    for (QAction *action : {m_renameBundle, m_duplicateBundle, m_deleteBundle, m_export})
        action->setEnabled(bundle);
    const QList<int> rows = m_entriesModel ? selectedRows() : QList<int>();
    m_removeEntries->setEnabled(!rows.isEmpty());
    m_addSection->setEnabled(bundle);
    m_renameSection->setEnabled(m_entryList->currentIndex().data(BundleEntriesModel::IsSectionRole).toBool());
}

void BundlesView::showBundleMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_newBundle);
    menu.addSeparator();
    menu.addActions({m_renameBundle, m_duplicateBundle, m_deleteBundle});
    menu.addSeparator();
    menu.addAction(m_export);
    menu.exec(m_bundleList->viewport()->mapToGlobal(position));
}

void BundlesView::showEntryMenu(const QPoint &position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addSection);
    menu.addAction(m_renameSection);
    menu.addSeparator();
    menu.addAction(m_removeEntries);
    menu.exec(m_entryList->viewport()->mapToGlobal(position));
}

} // namespace Newsdesk
