#pragma once

#include "core/Comment.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QUndoStack;

namespace Newsdesk {

class CommentReadingPane;
class Library;
struct CommentQuery;
struct TriageProposal;
class ModerationQueueModel;

/// The moderation page: a filter bar, the queue and a reading pane, driven from the keyboard (A approve,
/// S spam, R reject, U back to pending, J/K next and previous, Z undo). After a decision the cursor moves
/// on to the next comment, so a curator works down the queue without reaching for the mouse. Every
/// decision, on one comment or on a whole filtered list, is one step on the window's undo stack.
class ModerationView : public QWidget
{
    Q_OBJECT

public:
    /// Which of the current comment's details "Show All by This Author" filters by.
    enum class AuthorKey { Name, Email, Ip };

    explicit ModerationView(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ModerationView() override;

    /// The library to moderate; nullptr shows nothing. The queue model is built when the view is first
    /// shown, so a window that never opens the queue never reads it.
    void setLibrary(Library *library);

    /// The queue, once the view has been shown (nullptr before).
    ModerationQueueModel *model() const { return m_model.get(); }
    QTableView *queueView() const { return m_table; }
    CommentReadingPane *readingPane() const { return m_pane; }

    /// Comments waiting for a decision, as last counted.
    int pendingCount() const { return m_counts.value(CommentStatus::Pending); }
    /// What the status line says: how many comments the filters select.
    QString statusText() const;

    /// Filters; nullopt shows every status.
    void setStatusFilter(std::optional<CommentStatus> status);
    std::optional<CommentStatus> statusFilter() const;
    /// Shows only comments whose author's name, email or IP is author (case-insensitive); empty: all.
    void setAuthorFilter(const QString &author);
    /// Shows only the comments on one article; 0: all.
    void setArticleFilter(qint64 articleId, const QString &title = {});
    /// Shows every comment by the current comment's author, matched by name, email or IP.
    void showAllByAuthor(AuthorKey key);
    /// Shows every comment on an article, whatever its status.
    void showAllOnArticle(qint64 articleId, const QString &title);
    /// Back to the whole queue: no author or article filter, the status shown before.
    void clearScope();

    qint64 currentCommentId() const;
    /// The selected comments, or the current one when none is selected.
    QList<qint64> selectedIds() const;
    /// Makes the comment current and selected, if the list holds it.
    bool selectComment(qint64 id);

    /// Decides the selected comments, then moves to the comment after them.
    void decide(CommentStatus status);
    /// Decides every comment the filters select, loaded or not, as one undo step.
    void decideAll(CommentStatus status);
    /// Moves the cursor delta rows down (up when negative), loading the next page when needed.
    void moveCursor(int delta);
    /// Undoes the window's last step; when it was a decision, its comments become the selection.
    void undo();
    void showLog();
    /// Runs the rules over the pending comments as a dry run, and applies the proposals on confirm.
    void runRules();
    /// Asks for a comment by the curator on the current comment's article (or the article the list is
    /// narrowed to) and adds it as one undo step.
    void newComment();
    /// The same, as a reply to the current comment.
    void reply();
    /// Writes a triage's proposals as one undo step.
    void applyTriage(const QList<TriageProposal> &proposals);

    QAction *decisionAction(CommentStatus status) const { return m_decide.value(status); }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *undoAction() const { return m_undo; }
    QAction *authorAction(AuthorKey key) const;
    QAction *articleAction() const { return m_onArticle; }
    QAction *logAction() const { return m_showLog; }
    QAction *runRulesAction() const { return m_runRules; }
    QAction *newCommentAction() const { return m_newComment; }
    QAction *replyAction() const { return m_reply; }
    /// What the window's Comments menu offers, in order; nullptr marks a separator.
    QList<QAction *> menuActions() const;
    QMenu *authorMenu() const { return m_authorMenu; }

    void saveState() const;
    void restoreState();

signals:
    /// The number of pending comments changed (the window shows it on the Moderation switch).
    void pendingCountChanged(int count);
    /// Something worth a line in the status bar happened (a decision, an error).
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void ensureModel();
    void applyFilter();
    CommentQuery buildQuery() const;
    void refreshCounts();
    void updateStatusLine();
    void updateStatusColumn();
    void updateScopeBar();
    void updateActions();
    void showCurrent();
    /// The article a new comment goes on: the one the list is narrowed to, else the current comment's.
    qint64 commentArticle(QString *title) const;
    void selectAdded(qint64 id);
    void setCurrentRow(int row);
    void setDefaultColumnWidths();
    /// Puts the status filter on every status for a look at one author or article, remembering the
    /// status shown before so that clearScope() can go back to it.
    void widenStatusForScope();

    QUndoStack *m_undoStack;
    Library *m_library = nullptr;
    std::unique_ptr<ModerationQueueModel> m_model;
    QHash<CommentStatus, int> m_counts;
    int m_totalComments = 0;
    qint64 m_articleFilter = 0;
    QString m_articleTitle;
    std::optional<CommentStatus> m_statusBeforeScope = CommentStatus::Pending;
    QByteArray m_headerState;

    QComboBox *m_status;
    QLineEdit *m_author;
    QLineEdit *m_reason;
    QDoubleSpinBox *m_minScore;
    QComboBox *m_sort;
    QTimer *m_filterDelay;
    QTimer *m_countsDelay;
    QFrame *m_scopeBar;
    QLabel *m_scopeLabel;
    QPushButton *m_approveAllButton;
    QPushButton *m_spamAllButton;
    QSplitter *m_splitter;
    QTableView *m_table;
    QLabel *m_statusLine;
    QToolBar *m_actionBar;
    CommentReadingPane *m_pane;

    QHash<CommentStatus, QAction *> m_decide;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_undo;
    QAction *m_byName;
    QAction *m_byEmail;
    QAction *m_byIp;
    QAction *m_onArticle;
    QAction *m_approveAll;
    QAction *m_spamAll;
    QAction *m_clearScope;
    QAction *m_showLog;
    QAction *m_runRules;
    QAction *m_newComment;
    QAction *m_reply;
    QMenu *m_authorMenu;
};

} // namespace Newsdesk
