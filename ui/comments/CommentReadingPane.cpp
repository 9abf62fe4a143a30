#include "CommentReadingPane.h"

#include "ModerationQueueModel.h"
#include "importing/HtmlSanitizer.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "widgets/OfflineTextBrowser.h"

#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {

constexpr int IndentPerLevel = 22;
/// Deeper replies are indented no further, so a long back-and-forth stays readable in a narrow pane.
constexpr int MaxIndentLevels = 6;
/// A conversation longer than this shows the comments nearest the one being read.
constexpr int MaxThreadEntries = 300;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString authorName(const Comment &comment)
{
    if (!comment.author.isEmpty())
        return comment.author;
    return comment.authorEmail.isEmpty() ? CommentReadingPane::tr("Anonymous") : comment.authorEmail;
}

/// The comment's HTML, sanitised once more on the way to the screen: the store should hold only clean
/// markup, and the pane does not rely on every importer having got that right.
QString safeBody(const Comment &comment)
{
    if (comment.body.trimmed().isEmpty())
        return commentHtmlFromText(comment.bodyText);
    return HtmlSanitizer::sanitize(comment.body, QUrl());
}

} // namespace

CommentReadingPane::CommentReadingPane(QWidget *parent)
    : QWidget(parent)
{
    m_placeholder = new QLabel(tr("Select a comment to read it and its conversation."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_details = new OfflineTextBrowser(this);
    m_details->setObjectName(QStringLiteral("commentDetails"));
    connect(m_details, &OfflineTextBrowser::anchorClicked, this, &CommentReadingPane::openLink);

    auto *threadPane = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(threadPane);
    threadLayout->setContentsMargins(0, 4, 0, 0);
    threadLayout->setSpacing(2);
    m_threadTitle = new QLabel(threadPane);
    m_threadTitle->setObjectName(QStringLiteral("threadTitle"));
    QFont bold = m_threadTitle->font();
    bold.setBold(true);
    m_threadTitle->setFont(bold);
    m_thread = new OfflineTextBrowser(threadPane);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    connect(m_thread, &OfflineTextBrowser::anchorClicked, this, &CommentReadingPane::openLink);
    threadLayout->addWidget(m_threadTitle);
    threadLayout->addWidget(m_thread);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("commentSplitter"));
    m_splitter->addWidget(m_details);
    m_splitter->addWidget(threadPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_splitter);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
}

void CommentReadingPane::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    m_id = 0;
    if (m_library) {
        connect(m_library, &Library::commentsModerated, this, &CommentReadingPane::reloadIfShown);
        connect(m_library, &Library::commentsInserted, this, [this](const QList<qint64> &) {
            // A reply to the conversation shown is not among the thread's ids yet; reading the thread
            // again is cheap next to an import.
            reloadIfShown(m_threadIds);
        });
        connect(m_library, &Library::articleChanged, this, [this]() { reloadIfShown(m_threadIds); });
        connect(m_library, &Library::commentsRemoved, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_id)) {
                m_id = 0; // the comment shown is gone: show nothing rather than an error
                reload();
            } else {
                reloadIfShown(m_threadIds);
            }
        });
    }
    reload();
}

void CommentReadingPane::showComment(qint64 id)
{
    if (id == m_id && id != 0)
        return;
    m_id = id;
    reload();
}

void CommentReadingPane::reloadIfShown(const QList<qint64> &ids)
{
    if (m_reloadQueued || m_id == 0)
        return;
    bool shown = false;
    for (qint64 id : ids)
        shown = shown || id == m_id || m_threadIds.contains(id);
    if (!shown)
        return;
    // After the event has run its course: a decision moves the queue's cursor right after it, and
    // the pane reads the store once, for the comment it ends on.
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this]() {
        m_reloadQueued = false;
        reload();
    });
}

void CommentReadingPane::reload()
{
    m_threadIds.clear();
    if (!m_library || m_id == 0) {
        m_shownId = 0;
        m_details->clear();
        m_thread->clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    CommentRepository &comments = m_library->comments();
    const auto comment = comments.find(m_id);
    if (!comment) {
        m_details->setPlainText(comment.errorString());
        m_thread->clear();
        m_threadTitle->clear();
        m_stack->setCurrentIndex(1);
        return;
    }
    const auto row = comments.rows(CommentQuery(), {m_id});
    const QString articleTitle = row && !row->isEmpty() ? row->first().articleTitle : QString();

    // The same comment again (its status changed, say) keeps where the curator was reading.
    const int detailsScroll = m_shownId == m_id ? m_details->verticalScrollBar()->value() : 0;
    m_details->setHtml(detailsHtml(*comment, articleTitle));
    m_details->verticalScrollBar()->setValue(detailsScroll);
    m_shownId = m_id;

    const auto thread = comments.thread(m_id);
    if (!thread) {
        m_thread->setPlainText(thread.errorString());
        m_threadTitle->clear();
    } else {
        for (const ThreadEntry &entry : *thread)
            m_threadIds << entry.comment.id;
        m_threadTitle->setText(tr("Conversation (%L1)").arg(thread->size()));
        m_thread->clear();
        QTextDocument *document = m_thread->document();
        document->setDocumentMargin(6);
        int selectedPosition = 0;
        fillThread(document, *thread, &selectedPosition);
        QTextCursor cursor(document);
        cursor.setPosition(selectedPosition);
        m_thread->setTextCursor(cursor);
        m_thread->ensureCursorVisible();
    }
    m_stack->setCurrentIndex(1);
}

QString CommentReadingPane::detailsHtml(const Comment &comment, const QString &articleTitle) const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString rows;
    const auto addRow = [&](const QString &label, const QString &valueHtml) {
        if (valueHtml.isEmpty())
            return;
        rows += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), valueHtml);
    };
    // The author's web address is shown, not linked: spam is mostly about getting a link clicked.
    addRow(tr("Email"), comment.authorEmail.toHtmlEscaped());
    addRow(tr("Web site"), comment.authorUrl.toHtmlEscaped());
    addRow(tr("IP address"), comment.authorIp.toHtmlEscaped());
    addRow(tr("Posted"), timeText(comment.postedAt).toHtmlEscaped());
    addRow(tr("Status"), CommentText::statusLabel(comment.status).toHtmlEscaped());
    // Who decided and when get rows of their own: spliced into "Approved, by … on …" they could not be
    // translated as one sentence.
    if (!comment.decidedBy.isEmpty()) {
        addRow(tr("Decided by"), ModerationQueueModel::decidedByLabel(comment.decidedBy).toHtmlEscaped());
        addRow(tr("Decided on"), timeText(comment.decidedAt).toHtmlEscaped());
    }
    addRow(tr("Spam score"), comment.spamScore ? QLocale().toString(*comment.spamScore, 'f', 2)
                                               : tr("not scored").toHtmlEscaped());
    addRow(tr("Reason"), comment.reason.toHtmlEscaped());
    if (!articleTitle.isEmpty())
        addRow(tr("Article"), QStringLiteral("<a href=\"newsdesk-article:%1\">%2</a>")
                                  .arg(comment.articleId)
                                  .arg(articleTitle.toHtmlEscaped()));
    return QStringLiteral("<p style=\"font-size:large; font-weight:bold; margin-bottom:4px\">%1</p>"
                          "<table cellspacing=\"0\" cellpadding=\"1\">%2</table><hr/>%3")
        .arg(authorName(comment).toHtmlEscaped(), rows, safeBody(comment));
}

void CommentReadingPane::fillThread(QTextDocument *document, const QList<ThreadEntry> &thread,
                                    int *selectedPosition) const
{
    qsizetype first = 0;
    qsizetype last = thread.size();
    if (thread.size() > MaxThreadEntries) {
        qsizetype selected = 0;
        for (qsizetype i = 0; i < thread.size(); ++i)
            if (thread.at(i).comment.id == m_id)
                selected = i;
        first = std::clamp<qsizetype>(selected - MaxThreadEntries / 2, 0, thread.size() - MaxThreadEntries);
        last = first + MaxThreadEntries;
    }

    QTextCursor cursor(document);
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QColor selectedBackground = palette().color(QPalette::Highlight);
    selectedBackground.setAlpha(45);
    if (first > 0)
        cursor.insertHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                              .arg(muted, tr("%n earlier comment(s) not shown", nullptr, int(first))));
    for (qsizetype i = first; i < last; ++i) {
        const ThreadEntry &entry = thread.at(i);
        const bool selected = entry.comment.id == m_id;
        QTextFrameFormat frame;
        frame.setLeftMargin(IndentPerLevel * std::min(entry.depth, MaxIndentLevels));
        frame.setBottomMargin(6);
        frame.setPadding(6);
        frame.setBorder(1);
        frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        frame.setBorderBrush(selected ? palette().color(QPalette::Highlight)
                                      : palette().color(QPalette::Mid));
        if (selected)
            frame.setBackground(selectedBackground);
        cursor.insertFrame(frame);
        if (selected)
            *selectedPosition = cursor.position();
        const Comment &comment = entry.comment;
        // The header links to the comment, so a click in the conversation reads that one.
        cursor.insertHtml(
            QStringLiteral("<a href=\"newsdesk-comment:%1\" style=\"text-decoration:none\"><b>%2</b></a>"
                           "<span style=\"color:%3\"> · %4 · %5</span>")
                .arg(comment.id)
                .arg(authorName(comment).toHtmlEscaped(), muted, timeText(comment.postedAt).toHtmlEscaped(),
                     CommentText::statusLabel(comment.status).toHtmlEscaped()));
        cursor.insertBlock();
        cursor.insertHtml(safeBody(comment));
        cursor.movePosition(QTextCursor::End);
    }
    if (last < thread.size())
        cursor.insertHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(muted, tr("%n later comment(s) not shown", nullptr, int(thread.size() - last))));
}

void CommentReadingPane::openLink(const QUrl &url)
{
    const qint64 id = url.path().toLongLong();
    if (url.scheme() == QLatin1String("newsdesk-comment") && id > 0)
        emit commentActivated(id);
    else if (url.scheme() == QLatin1String("newsdesk-article") && id > 0)
        emit articleActivated(id);
    // Links inside what a commenter wrote are not opened: in a moderation queue they are mostly spam.
}

} // namespace Newsdesk
