#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedLayout;
class QTextDocument;

namespace Newsdesk {

class Library;
class OfflineTextBrowser;
struct Comment;
struct ThreadEntry;

/// The moderation view's reading pane: one comment in full (who wrote it, from where, when, what the
/// rules or the filter made of it, on which article) above the conversation it belongs to, replies
/// indented, the comment itself highlighted. Read-only, and it loads nothing from anywhere.
class CommentReadingPane : public QWidget
{
    Q_OBJECT

public:
    explicit CommentReadingPane(QWidget *parent = nullptr);

    /// The library to read from; nullptr shows nothing.
    void setLibrary(Library *library);
    /// Shows this comment and its conversation; 0 shows the placeholder.
    void showComment(qint64 id);
    qint64 commentId() const { return m_id; }
    /// The comments of the conversation shown, in reading order.
    QList<qint64> threadIds() const { return m_threadIds; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    /// A comment of the conversation was clicked.
    void commentActivated(qint64 id);
    /// The article's title was clicked.
    void articleActivated(qint64 articleId);

private:
    void reload();
    void reloadIfShown(const QList<qint64> &ids);
    void openLink(const QUrl &url);
    QString detailsHtml(const Comment &comment, const QString &articleTitle) const;
    void fillThread(QTextDocument *document, const QList<ThreadEntry> &thread, int *selectedPosition) const;

    Library *m_library = nullptr;
    qint64 m_id = 0;
    qint64 m_shownId = 0; ///< the comment the details show, to keep their scroll position on a reload
    QList<qint64> m_threadIds;
    bool m_reloadQueued = false;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    OfflineTextBrowser *m_details;
    QLabel *m_threadTitle;
    OfflineTextBrowser *m_thread;
};

} // namespace Newsdesk
