#include "ModerationView.h"

#include "CommentCommands.h"
#include "CommentReadingPane.h"
#include "ModerationLogDialog.h"
#include "ModerationQueueModel.h"
#include "NewCommentDialog.h"
#include "TriageDialog.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Newsdesk {

namespace {

constexpr int FilterDelayMs = 250;
/// Counting a million comments takes a moment; a burst of decisions is counted once.
constexpr int CountsDelayMs = 150;
constexpr int AllStatuses = -1;
/// How much of a name the Show All menu quotes.
constexpr int QuotedLength = 32;

QString quoted(const QString &text)
{
    return text.size() > QuotedLength ? text.left(QuotedLength - 1) + QChar(0x2026) : text;
}

/// "Pending: 1,204": a count after a label reads right for one and for many, in every language.
QString countText(std::optional<CommentStatus> status, int count)
{
    const QString label = status ? CommentText::statusLabel(*status) : ModerationView::tr("All comments");
    return ModerationView::tr("%1: %L2").arg(label).arg(count);
}

/// One whole sentence per status: a lower-cased label cannot take the form other languages need.
QString unchangedText(CommentStatus status)
{
    switch (status) {
    case CommentStatus::Pending:
        return ModerationView::tr("Nothing changed: the comments are pending already.");
    case CommentStatus::Approved:
        return ModerationView::tr("Nothing changed: the comments are approved already.");
    case CommentStatus::Spam:
        return ModerationView::tr("Nothing changed: the comments are marked as spam already.");
    case CommentStatus::Rejected:
        return ModerationView::tr("Nothing changed: the comments are rejected already.");
    }
    return {};
}

} // namespace

ModerationView::ModerationView(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("moderationView"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("commentStatusFilter"));
    m_status->setToolTip(tr("Which comments to list"));
    for (CommentStatus status : CommentText::allStatuses())
        m_status->addItem(CommentText::statusLabel(status), int(status));
    m_status->addItem(tr("All comments"), AllStatuses);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ModerationView::applyFilter);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &ModerationView::applyFilter);

    const auto textFilter = [this](const char *name, const QString &placeholder, const QString &tip) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QString::fromLatin1(name));
        field->setClearButtonEnabled(true);
        field->setPlaceholderText(placeholder);
        field->setToolTip(tip);
        connect(field, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, [this]() {
            m_filterDelay->stop();
            applyFilter();
            m_table->setFocus(Qt::OtherFocusReason);
        });
        return field;
    };
    m_author = textFilter("commentAuthorFilter", tr("Author, email or IP"),
                          tr("Show the comments whose author's name, email or IP address is exactly this"));
    m_reason = textFilter("commentReasonFilter", tr("Rule or reason"),
                          tr("Show the comments whose decision's reason mentions this, e.g. a rule's name"));

    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("commentMinScore"));
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    m_minScore->setPrefix(tr("Score ≥ "));
    // 0 means no filter: every comment, scored or not.
    m_minScore->setSpecialValueText(tr("Any score"));
    m_minScore->setToolTip(
        tr("Show only comments the spam filter scored at least this high (1 = surely spam)"));
    m_minScore->setKeyboardTracking(false);
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, &ModerationView::applyFilter);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("commentSort"));
    m_sort->setToolTip(tr("Order of the list"));
    m_sort->addItem(tr("Newest first"), int(CommentQuery::Sort::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(CommentQuery::Sort::OldestFirst));
    m_sort->addItem(tr("Most likely spam first"), int(CommentQuery::Sort::SpamScore));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ModerationView::applyFilter);

    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_author, 2);
    filterBar->addWidget(m_reason, 2);
    filterBar->addWidget(m_minScore);
    filterBar->addWidget(m_sort);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("moderationQueue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("moderationStatusLine"));
    auto *keys =
        new QLabel(tr("A approve · S spam · R reject · U pending · J/K next/previous · Z undo"), this);
    keys->setObjectName(QStringLiteral("moderationKeys"));
    keys->setEnabled(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(2, 0, 2, 0);
    statusRow->addWidget(m_statusLine, 1);
    statusRow->addWidget(keys);

    createActions();

    // The scope bar: shown while the list is narrowed to an author or an article, with the decisions
    // that apply to all of it.
    m_scopeBar = new QFrame(this);
    m_scopeBar->setObjectName(QStringLiteral("moderationScopeBar"));
    m_scopeBar->setFrameShape(QFrame::StyledPanel);
    m_scopeBar->setAutoFillBackground(true);
    m_scopeBar->setBackgroundRole(QPalette::AlternateBase);
    m_scopeLabel = new QLabel(m_scopeBar);
    m_scopeLabel->setObjectName(QStringLiteral("moderationScope"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_approveAllButton = new QPushButton(m_approveAll->text(), m_scopeBar);
    m_approveAllButton->setObjectName(QStringLiteral("approveAllButton"));
    m_approveAllButton->setToolTip(m_approveAll->toolTip());
    connect(m_approveAllButton, &QPushButton::clicked, m_approveAll, &QAction::trigger);
    m_spamAllButton = new QPushButton(m_spamAll->text(), m_scopeBar);
    m_spamAllButton->setObjectName(QStringLiteral("spamAllButton"));
    m_spamAllButton->setToolTip(m_spamAll->toolTip());
    connect(m_spamAllButton, &QPushButton::clicked, m_spamAll, &QAction::trigger);
    auto *clearButton = new QToolButton(m_scopeBar);
    clearButton->setDefaultAction(m_clearScope);
    clearButton->setAutoRaise(true);
    auto *scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(8, 3, 3, 3);
    scopeLayout->addWidget(m_scopeLabel, 1);
    scopeLayout->addWidget(m_approveAllButton);
    scopeLayout->addWidget(m_spamAllButton);
    scopeLayout->addWidget(clearButton);
    m_scopeBar->hide();

    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(3);
    queueLayout->addWidget(m_table);
    queueLayout->addLayout(statusRow);

    m_actionBar = new QToolBar(this);
    m_actionBar->setObjectName(QStringLiteral("moderationActions"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionBar->setIconSize(QSize(16, 16));
    for (CommentStatus status :
         {CommentStatus::Approved, CommentStatus::Spam, CommentStatus::Rejected, CommentStatus::Pending})
        m_actionBar->addAction(m_decide.value(status));
    m_actionBar->addSeparator();
    auto *showAll = new QToolButton(m_actionBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    showAll->setText(tr("Show All"));
    showAll->setToolTip(tr("Show every comment by this author, or on this article"));
    showAll->setPopupMode(QToolButton::InstantPopup);
    auto *showAllMenu = new QMenu(showAll);
    showAllMenu->addActions({m_byName, m_byEmail, m_byIp});
    showAllMenu->addSeparator();
    showAllMenu->addAction(m_onArticle);
    showAll->setMenu(showAllMenu);
    m_actionBar->addWidget(showAll);

    m_pane = new CommentReadingPane(this);
    m_pane->setObjectName(QStringLiteral("commentPane"));
    connect(m_pane, &CommentReadingPane::commentActivated, this, [this](qint64 id) {
        if (!selectComment(id))
            m_pane->showComment(id); // not in the list as filtered: read it all the same
    });
    connect(m_pane, &CommentReadingPane::articleActivated, this, [this]() { m_onArticle->trigger(); });
    // The keys work while reading, too.
    m_pane->addActions(m_table->actions());

    auto *readingSide = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(readingSide);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_actionBar);
    readingLayout->addWidget(m_pane, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("moderationSplitter"));
    m_splitter->addWidget(queuePane);
    m_splitter->addWidget(readingSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterBar);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_splitter, 1);

    m_countsDelay = new QTimer(this);
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(CountsDelayMs);
    connect(m_countsDelay, &QTimer::timeout, this, [this]() {
        refreshCounts();
        updateStatusLine();
        updateScopeBar();
        updateActions();
    });

    restoreState();
    updateActions();
}

ModerationView::~ModerationView()
{
    m_table->setModel(nullptr);
}

void ModerationView::createActions()
{
    // The one-key shortcuts belong to the queue and the reading pane, not to the whole page: typed into
    // a filter field or a combo box, a letter must stay a letter.
    const auto keyAction = [this](const QString &text, Qt::Key key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, QKeySequence(key).toString(QKeySequence::NativeText)));
        return action;
    };
    const struct
    {
        CommentStatus status;
        QString text;
        QString buttonText; ///< short, for the buttons above the reading pane
        Qt::Key key;
        QString tip;
    } decisions[] = {
        {CommentStatus::Approved, tr("&Approve"), tr("Approve"), Qt::Key_A,
         tr("Approve the selected comments")},
        {CommentStatus::Spam, tr("Mark as &Spam"),
         //: Button: marks the selected comments as spam (an action, not a status).
         tr("Spam"), Qt::Key_S, tr("Mark the selected comments as spam")},
        {CommentStatus::Rejected, tr("&Reject"), tr("Reject"), Qt::Key_R, tr("Reject the selected comments")},
        {CommentStatus::Pending, tr("Back to &Pending"),
         //: Button: returns the selected comments to pending (an action, not a status).
         tr("Pending"), Qt::Key_U, tr("Return the selected comments to pending")},
    };
    for (const auto &decision : decisions) {
        QAction *action = keyAction(decision.text, decision.key, decision.tip);
        action->setIconText(decision.buttonText);
        action->setObjectName(QStringLiteral("decide_") + commentStatusKey(decision.status));
        const CommentStatus status = decision.status;
        connect(action, &QAction::triggered, this, [this, status]() { decide(status); });
        m_decide.insert(status, action);
    }
    m_next = keyAction(tr("&Next Comment"), Qt::Key_J, tr("Go to the next comment"));
    connect(m_next, &QAction::triggered, this, [this]() { moveCursor(1); });
    m_previous = keyAction(tr("Pre&vious Comment"), Qt::Key_K, tr("Go to the previous comment"));
    connect(m_previous, &QAction::triggered, this, [this]() { moveCursor(-1); });
    m_undo = keyAction(tr("&Undo Last Step"), Qt::Key_Z, tr("Undo the last step, such as a decision"));
    connect(m_undo, &QAction::triggered, this, &ModerationView::undo);

    m_byName = new QAction(tr("By This Name"), this);
    connect(m_byName, &QAction::triggered, this, [this]() { showAllByAuthor(AuthorKey::Name); });
    m_byEmail = new QAction(tr("By This Email"), this);
    connect(m_byEmail, &QAction::triggered, this, [this]() { showAllByAuthor(AuthorKey::Email); });
    m_byIp = new QAction(tr("By This IP Address"), this);
    connect(m_byIp, &QAction::triggered, this, [this]() { showAllByAuthor(AuthorKey::Ip); });
    m_authorMenu = new QMenu(tr("Show All by This &Author"), this);
    m_authorMenu->addActions({m_byName, m_byEmail, m_byIp});

    m_onArticle = new QAction(tr("Show All on This Ar&ticle"), this);
    connect(m_onArticle, &QAction::triggered, this, [this]() {
        const CommentRow *row = m_model ? m_model->rowAt(m_table->currentIndex()) : nullptr;
        if (!row)
            return;
        const qint64 current = row->id;
        // Copied first: the row goes with the list it belongs to.
        const qint64 articleId = row->articleId;
        const QString title = row->articleTitle;
        showAllOnArticle(articleId, title);
        selectComment(current);
    });

    m_approveAll = new QAction(tr("Approve All"), this);
    m_approveAll->setToolTip(tr("Approve every comment in this list, loaded or not, as one step"));
    connect(m_approveAll, &QAction::triggered, this, [this]() { decideAll(CommentStatus::Approved); });
    m_spamAll = new QAction(tr("Spam All"), this);
    m_spamAll->setToolTip(tr("Mark every comment in this list as spam, loaded or not, as one step"));
    connect(m_spamAll, &QAction::triggered, this, [this]() { decideAll(CommentStatus::Spam); });
    m_clearScope = new QAction(tr("Show Whole Queue"), this);
    m_clearScope->setToolTip(tr("Leave this author or article and show the queue again"));
    connect(m_clearScope, &QAction::triggered, this, &ModerationView::clearScope);

    m_showLog = new QAction(tr("Moderation &Log…"), this);
    m_showLog->setToolTip(tr("Every moderation decision: who, when, from, to and why"));
    connect(m_showLog, &QAction::triggered, this, &ModerationView::showLog);

    m_runRules = new QAction(tr("R&un Rules on Pending…"), this);
    m_runRules->setObjectName(QStringLiteral("runRules"));
    m_runRules->setToolTip(tr("See what the moderation rules and the spam filter would do with every pending "
                              "comment, then apply it as one step"));
    connect(m_runRules, &QAction::triggered, this, &ModerationView::runRules);

    m_newComment = new QAction(tr("&New Comment…"), this);
    m_newComment->setObjectName(QStringLiteral("newComment"));
    m_newComment->setToolTip(tr("Write a comment of your own on this comment's article"));
    connect(m_newComment, &QAction::triggered, this, &ModerationView::newComment);
    m_reply = new QAction(tr("Rep&ly…"), this);
    m_reply->setObjectName(QStringLiteral("replyToComment"));
    m_reply->setToolTip(tr("Answer the current comment with a comment of your own"));
    connect(m_reply, &QAction::triggered, this, &ModerationView::reply);

    QList<QAction *> keyActions = m_decide.values();
    keyActions << m_next << m_previous << m_undo;
    m_table->addActions(keyActions);
}

QList<QAction *> ModerationView::menuActions() const
{
    return {m_decide.value(CommentStatus::Approved),
            m_decide.value(CommentStatus::Spam),
            m_decide.value(CommentStatus::Rejected),
            m_decide.value(CommentStatus::Pending),
            nullptr,
            m_next,
            m_previous,
            nullptr,
            m_authorMenu->menuAction(),
            m_onArticle,
            m_clearScope,
            nullptr,
            m_newComment,
            m_reply,
            nullptr,
            m_runRules,
            m_showLog};
}

QAction *ModerationView::authorAction(AuthorKey key) const
{
    switch (key) {
    case AuthorKey::Name:
        return m_byName;
    case AuthorKey::Email:
        return m_byEmail;
    case AuthorKey::Ip:
        return m_byIp;
    }
    return nullptr;
}

void ModerationView::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    // The old model reads the old library: it goes first.
    if (m_model)
        m_headerState = m_table->horizontalHeader()->saveState();
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(nullptr);
    delete oldSelection;
    m_model.reset();
    m_pane->setLibrary(library);
    m_library = library;
    m_counts.clear();
    m_totalComments = 0;
    m_articleFilter = 0;
    m_articleTitle.clear();
    if (m_library) {
        for (auto signal : {&Library::commentsInserted, &Library::commentsModerated,
                            &Library::commentsRemoved, &Library::articlesPurged})
            connect(m_library, signal, m_countsDelay, qOverload<>(&QTimer::start));
        refreshCounts();
        if (isVisible())
            ensureModel();
    } else {
        emit pendingCountChanged(0);
    }
    updateScopeBar();
    updateStatusLine();
    updateActions();
}

void ModerationView::ensureModel()
{
    if (!m_library || m_model)
        return;
    m_model = std::make_unique<ModerationQueueModel>(*m_library, buildQuery());
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(m_model.get());
    delete oldSelection;
    QHeaderView *header = m_table->horizontalHeader();
    if (m_headerState.isEmpty() || !header->restoreState(m_headerState))
        setDefaultColumnWidths();
    header->setSectionResizeMode(ModerationQueueModel::Excerpt, QHeaderView::Stretch);
    updateStatusColumn();

    connect(m_model.get(), &ModerationQueueModel::loadFailed, this, &ModerationView::statusMessage);
    connect(m_model.get(), &ModerationQueueModel::totalCountChanged, m_countsDelay,
            qOverload<>(&QTimer::start));
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ModerationView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationView::updateActions);
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    updateStatusLine();
    updateScopeBar();
    updateActions();
}

void ModerationView::setDefaultColumnWidths()
{
    // Wide enough for what each column typically holds; the comment takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    int status = 0;
    for (CommentStatus value : CommentText::allStatuses())
        status = std::max(status, metrics.horizontalAdvance(CommentText::statusLabel(value)));
    header->resizeSection(ModerationQueueModel::Status, status + padding);
    header->resizeSection(ModerationQueueModel::Score,
                          std::max(metrics.horizontalAdvance(QStringLiteral("0.00")),
                                   metrics.horizontalAdvance(ModerationQueueModel::tr("Score"))) +
                              padding);
    header->resizeSection(ModerationQueueModel::Author, 14 * metrics.horizontalAdvance(QLatin1Char('n')));
    header->resizeSection(ModerationQueueModel::Article, 16 * metrics.horizontalAdvance(QLatin1Char('n')));
    header->resizeSection(ModerationQueueModel::Posted,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + padding);
    header->resizeSection(ModerationQueueModel::Reason, 11 * metrics.horizontalAdvance(QLatin1Char('n')));
}

CommentQuery ModerationView::buildQuery() const
{
    CommentQuery query;
    query.status = statusFilter();
    query.articleId = m_articleFilter;
    query.author = m_author->text().trimmed();
    query.reason = m_reason->text().trimmed();
    if (m_minScore->value() > m_minScore->minimum())
        query.minSpamScore = m_minScore->value();
    query.sort = CommentQuery::Sort(m_sort->currentData().toInt());
    return query;
}

std::optional<CommentStatus> ModerationView::statusFilter() const
{
    const int value = m_status->currentData().toInt();
    return value == AllStatuses ? std::nullopt : std::optional<CommentStatus>(CommentStatus(value));
}

void ModerationView::setStatusFilter(std::optional<CommentStatus> status)
{
    const int index = m_status->findData(status ? int(*status) : AllStatuses);
    if (index == m_status->currentIndex())
        return;
    m_status->setCurrentIndex(index); // applies it
}

void ModerationView::setAuthorFilter(const QString &author)
{
    {
        const QSignalBlocker blocker(m_author);
        m_author->setText(author);
    }
    m_filterDelay->stop();
    applyFilter();
}

void ModerationView::setArticleFilter(qint64 articleId, const QString &title)
{
    m_articleFilter = articleId;
    m_articleTitle = title;
    applyFilter();
}

void ModerationView::widenStatusForScope()
{
    if (m_author->text().trimmed().isEmpty() && m_articleFilter == 0)
        m_statusBeforeScope = statusFilter();
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(m_status->findData(AllStatuses));
}

void ModerationView::showAllByAuthor(AuthorKey key)
{
    const CommentRow *row = m_model ? m_model->rowAt(m_table->currentIndex()) : nullptr;
    if (!row)
        return;
    const QString value =
        key == AuthorKey::Name ? row->author : (key == AuthorKey::Email ? row->authorEmail : row->authorIp);
    if (value.isEmpty())
        return;
    const qint64 current = row->id;
    widenStatusForScope();
    setAuthorFilter(value);
    selectComment(current);
}

void ModerationView::showAllOnArticle(qint64 articleId, const QString &title)
{
    widenStatusForScope();
    setArticleFilter(articleId, title);
}

void ModerationView::clearScope()
{
    m_articleFilter = 0;
    m_articleTitle.clear();
    {
        const QSignalBlocker blocker(m_author);
        m_author->clear();
    }
    {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(
            m_status->findData(m_statusBeforeScope ? int(*m_statusBeforeScope) : AllStatuses));
    }
    m_filterDelay->stop();
    applyFilter();
}

void ModerationView::applyFilter()
{
    m_filterDelay->stop();
    if (!m_model) {
        updateScopeBar();
        return;
    }
    const qint64 keep = currentCommentId();
    m_model->setQuery(buildQuery());
    updateStatusColumn();
    if (!selectComment(keep)) {
        if (m_model->rowCount() > 0)
            setCurrentRow(0);
        else
            showCurrent();
    }
    updateStatusLine();
    updateScopeBar();
    updateActions();
}

void ModerationView::refreshCounts()
{
    if (!m_library)
        return;
    const auto counts = m_library->comments().countsByStatus();
    if (!counts) {
        emit statusMessage(counts.errorString());
        return;
    }
    const int pendingBefore = m_counts.value(CommentStatus::Pending, -1);
    m_counts = *counts;
    m_totalComments = 0;
    for (int count : std::as_const(m_counts))
        m_totalComments += count;
    for (int i = 0; i < m_status->count(); ++i) {
        const int value = m_status->itemData(i).toInt();
        const QString label =
            value == AllStatuses ? tr("All comments") : CommentText::statusLabel(CommentStatus(value));
        const int count = value == AllStatuses ? m_totalComments : m_counts.value(CommentStatus(value));
        m_status->setItemText(i, tr("%1 (%L2)").arg(label).arg(count));
    }
    if (pendingBefore != pendingCount())
        emit pendingCountChanged(pendingCount());
}

QString ModerationView::statusText() const
{
    if (!m_model)
        return {};
    return countText(m_model->query().status, m_model->totalCount());
}

void ModerationView::updateStatusLine()
{
    m_statusLine->setText(statusText());
}

void ModerationView::updateStatusColumn()
{
    // A list of one status need not say it on every row; a list of every status must.
    if (m_model)
        m_table->setColumnHidden(ModerationQueueModel::Status, m_model->query().status.has_value());
}

void ModerationView::updateScopeBar()
{
    const QString author = m_author->text().trimmed();
    const bool scoped = !author.isEmpty() || m_articleFilter != 0;
    m_scopeBar->setVisible(scoped);
    m_clearScope->setEnabled(scoped);
    if (!scoped)
        return;
    QString title = m_articleTitle.isEmpty() ? tr("article %1").arg(m_articleFilter) : m_articleTitle;
    QString text;
    if (!author.isEmpty() && m_articleFilter != 0)
        text = tr("Comments by “%1” on “%2”").arg(quoted(author), quoted(title));
    else if (!author.isEmpty())
        text = tr("Comments by “%1”").arg(quoted(author));
    else
        text = tr("Comments on “%1”").arg(quoted(title));
    const int count = m_model ? m_model->totalCount() : 0;
    if (m_model)
        text = tr("%1 (%L2)").arg(text).arg(count);
    m_scopeLabel->setText(text);
    m_approveAllButton->setEnabled(count > 0);
    m_spamAllButton->setEnabled(count > 0);
}

void ModerationView::updateActions()
{
    const bool active = m_model && isVisible();
    const bool hasComment = active && currentCommentId() != 0;
    const bool hasSelection = active && !selectedIds().isEmpty();
    for (QAction *action : std::as_const(m_decide))
        action->setEnabled(hasSelection);
    m_next->setEnabled(active);
    m_previous->setEnabled(active);
    m_undo->setEnabled(active);
    m_onArticle->setEnabled(hasComment);
    const CommentRow *row = hasComment ? m_model->rowAt(m_table->currentIndex()) : nullptr;
    const auto describe = [](QAction *action, const QString &label, const QString &value) {
        action->setEnabled(!value.isEmpty());
        action->setText(value.isEmpty() ? label : tr("%1: %2").arg(label, quoted(value)));
    };
    describe(m_byName, tr("By This Name"), row ? row->author : QString());
    describe(m_byEmail, tr("By This Email"), row ? row->authorEmail : QString());
    describe(m_byIp, tr("By This IP Address"), row ? row->authorIp : QString());
    m_authorMenu->setEnabled(row != nullptr);
    m_showLog->setEnabled(m_library != nullptr);
    m_runRules->setEnabled(m_library != nullptr && pendingCount() > 0);
    m_newComment->setEnabled(active && (m_articleFilter != 0 || hasComment));
    m_reply->setEnabled(hasComment);
}

void ModerationView::showCurrent()
{
    m_pane->showComment(currentCommentId());
    updateActions();
}

qint64 ModerationView::currentCommentId() const
{
    return m_model ? m_model->commentAt(m_table->currentIndex()) : 0;
}

QList<qint64> ModerationView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !m_table->selectionModel())
        return ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // In the list's order, whatever order they were picked in.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_model->commentAt(index);
    if (ids.isEmpty() && currentCommentId() != 0)
        ids << currentCommentId();
    return ids;
}

bool ModerationView::selectComment(qint64 id)
{
    if (!m_model || id == 0)
        return false;
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    setCurrentRow(index.row());
    return true;
}

void ModerationView::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row, ModerationQueueModel::Excerpt);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // setCurrentIndex() does not say so when the row stays current while its comment changed.
    if (m_pane->commentId() != m_model->commentAt(index))
        showCurrent();
}

void ModerationView::decide(CommentStatus status)
{
    if (!m_model || !m_library)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const qint64 lastId = ids.last();
    const int lastRow = m_model->indexOf(lastId).row();
    if (lastRow + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    // The comment after the decided ones is where the cursor goes, whether they leave the list or stay.
    const qint64 nextId = m_model->commentAt(m_model->index(lastRow + 1, 0));

    auto *command = new SetCommentStatus(*m_library, ids, status);
    m_undoStack->push(command);
    const bool kept = m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
    emit statusMessage(kept ? command->text() : unchangedText(status));

    QModelIndex target = m_model->indexOf(nextId);
    if (!target.isValid()) {
        // At the end of the list: stay on the last decided comment if it is still listed, else on the
        // comment that is last now.
        target = m_model->indexOf(lastId);
        if (!target.isValid() && m_model->rowCount() > 0)
            target = m_model->index(m_model->rowCount() - 1, 0);
    }
    if (target.isValid())
        setCurrentRow(target.row());
    else
        showCurrent();
}

void ModerationView::decideAll(CommentStatus status)
{
    if (!m_model || !m_library)
        return;
    // Every comment the filters select, not only the loaded pages.
    const auto ids = m_library->comments().ids(m_model->query());
    if (!ids) {
        emit statusMessage(ids.errorString());
        return;
    }
    if (ids->isEmpty())
        return;
    auto *command = new SetCommentStatus(*m_library, *ids, status);
    m_undoStack->push(command);
    const bool kept = m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
    emit statusMessage(kept ? command->text() : unchangedText(status));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        setCurrentRow(0);
}

void ModerationView::moveCursor(int delta)
{
    if (!m_model)
        return;
    const QModelIndex current = m_table->currentIndex();
    int target = current.isValid() ? current.row() + delta : 0;
    if (target >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() == 0)
        return;
    target = std::clamp(target, 0, m_model->rowCount() - 1);
    setCurrentRow(target);
}

void ModerationView::undo()
{
    if (!m_undoStack || !m_undoStack->canUndo())
        return;
    const QUndoCommand *step = m_undoStack->command(m_undoStack->index() - 1);
    QList<qint64> ids;
    if (const auto *decision = dynamic_cast<const SetCommentStatus *>(step))
        ids = decision->changedIds();
    else if (const auto *triage = dynamic_cast<const ApplyTriage *>(step))
        ids = triage->changedIds();
    const QString text = m_undoStack->undoText();
    m_undoStack->undo();
    emit statusMessage(tr("Undone: %1").arg(text));
    if (!m_model || ids.isEmpty())
        return;
    // The comments come back where the order puts them; they become the selection, the first current.
    QList<int> rows;
    for (qint64 id : ids)
        if (const QModelIndex index = m_model->indexOf(id); index.isValid())
            rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    setCurrentRow(rows.first());
    QItemSelection selection;
    for (int row : std::as_const(rows))
        selection.select(m_model->index(row, 0), m_model->index(row, ModerationQueueModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select);
}

void ModerationView::showLog()
{
    if (!m_library)
        return;
    auto *dialog = new ModerationLogDialog(*m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ModerationView::runRules()
{
    if (!m_library)
        return;
    TriageDialog dialog(*m_library, this);
    if (dialog.exec() == QDialog::Accepted && dialog.decisionCount() > 0)
        applyTriage(dialog.proposals());
}

qint64 ModerationView::commentArticle(QString *title) const
{
    if (m_articleFilter != 0) {
        *title = m_articleTitle;
        return m_articleFilter;
    }
    const CommentRow *row = m_model ? m_model->rowAt(m_table->currentIndex()) : nullptr;
    if (!row)
        return 0;
    *title = row->articleTitle;
    return row->articleId;
}

void ModerationView::newComment()
{
    if (!m_library)
        return;
    QString title;
    const qint64 articleId = commentArticle(&title);
    selectAdded(NewCommentDialog::addComment(this, m_undoStack, *m_library, articleId, title));
}

void ModerationView::reply()
{
    const CommentRow *row = m_model ? m_model->rowAt(m_table->currentIndex()) : nullptr;
    if (!m_library || !row)
        return;
    const qint64 articleId = row->articleId;
    const QString title = row->articleTitle;
    const auto answered = m_library->comments().find(row->id);
    if (!answered) {
        emit statusMessage(answered.errorString());
        return;
    }
    selectAdded(NewCommentDialog::addComment(this, m_undoStack, *m_library, articleId, title, &*answered));
}

void ModerationView::selectAdded(qint64 id)
{
    if (id == 0)
        return;
    emit statusMessage(m_undoStack->undoText());
    // Listed only if the filters take it (an approved comment is not in the pending queue).
    if (!selectComment(id))
        m_pane->showComment(id);
}

void ModerationView::applyTriage(const QList<TriageProposal> &proposals)
{
    if (!m_library)
        return;
    auto *command = new ApplyTriage(*m_library, proposals);
    m_undoStack->push(command);
    const bool kept = m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
    emit statusMessage(kept ? command->text() : tr("The rules changed nothing."));
    if (m_model && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        setCurrentRow(0);
}

void ModerationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureModel();
    updateActions();
}

void ModerationView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void ModerationView::saveState() const
{
    Settings::moderationSplitterState.set(m_splitter->saveState());
    Settings::commentSplitterState.set(m_pane->splitter()->saveState());
    const QByteArray header = m_model ? m_table->horizontalHeader()->saveState() : m_headerState;
    if (!header.isEmpty())
        Settings::moderationHeaderState.set(header);
}

void ModerationView::restoreState()
{
    if (!m_splitter->restoreState(Settings::moderationSplitterState.get()))
        m_splitter->setSizes({860, 440}); // the queue's columns need the room; the pane wraps its text
    m_pane->splitter()->restoreState(Settings::commentSplitterState.get());
    m_headerState = Settings::moderationHeaderState.get();
}

} // namespace Newsdesk
