#include "NewCommentDialog.h"

#include "CommentCommands.h"
#include "library/Library.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace Newsdesk {

NewCommentDialog::NewCommentDialog(qint64 articleId, const QString &articleTitle, const Comment *replyTo,
                                   QWidget *parent)
    : QDialog(parent)
    , m_articleId(articleId)
    , m_parentId(replyTo ? replyTo->id : 0)
{
    setObjectName(QStringLiteral("newCommentDialog"));
    // A whole title for a reply without an author: "Reply to %1" around "a comment" would be glued.
    if (!replyTo)
        setWindowTitle(tr("New Comment"));
    else if (replyTo->author.isEmpty())
        setWindowTitle(tr("Reply to a comment"));
    else
        //: %1 is the name of the author of the comment being replied to.
        setWindowTitle(tr("Reply to %1").arg(replyTo->author));

    auto *article = new QLabel(articleTitle.isEmpty() ? tr("Article %1").arg(articleId) : articleTitle, this);
    article->setTextFormat(Qt::PlainText);
    article->setWordWrap(true);

    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("commentAuthor"));
    const QString remembered = Settings::curatorName.get();
    m_author->setText(remembered.isEmpty() ? tr("Curator") : remembered);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("commentEmail"));
    m_email->setPlaceholderText(tr("Optional"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Blank lines separate paragraphs"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("commentStatus"));
    for (CommentStatus status : CommentText::allStatuses())
        m_status->addItem(CommentText::statusLabel(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(CommentStatus::Approved)));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(replyTo ? tr("Add Reply") : tr("Add Comment"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCommentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCommentDialog::reject);
    connect(m_author, &QLineEdit::textChanged, this, &NewCommentDialog::updateOk);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NewCommentDialog::updateOk);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Article:"), article);
    if (replyTo) {
        auto *answered = new QLabel(replyTo->bodyText.simplified().left(160), this);
        answered->setTextFormat(Qt::PlainText);
        answered->setWordWrap(true);
        form->addRow(tr("In reply to:"), answered);
    }
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_buttons);
    m_text->setFocus();
    updateOk();
}

qint64 NewCommentDialog::addComment(QWidget *parent, QUndoStack *undoStack, Library &library,
                                    qint64 articleId, const QString &articleTitle, const Comment *replyTo)
{
    if (articleId == 0 || !undoStack)
        return 0;
    NewCommentDialog dialog(articleId, articleTitle, replyTo, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    auto *command = new AddComment(library, dialog.comment());
    undoStack->push(command);
    // A failed insert makes the command obsolete, and the stack has already deleted it.
    const bool kept = undoStack->index() > 0 && undoStack->command(undoStack->index() - 1) == command;
    return kept ? command->commentId() : 0;
}

void NewCommentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_author->text().trimmed().isEmpty() && !m_text->toPlainText().trimmed().isEmpty());
}

Comment NewCommentDialog::comment() const
{
    Comment c;
    c.articleId = m_articleId;
    c.parentId = m_parentId;
    c.author = m_author->text().trimmed();
    c.authorEmail = m_email->text().trimmed();
    c.bodyText = m_text->toPlainText().trimmed();
    c.body = commentHtmlFromText(c.bodyText);
    c.postedAt = QDateTime::currentDateTimeUtc();
    c.status = CommentStatus(m_status->currentData().toInt());
    // The curator chose the status while writing it: their decision, not one waiting to be made.
    if (c.status != CommentStatus::Pending) {
        c.decidedBy = DecidedBy::Curator;
        c.decidedAt = c.postedAt;
    }
    return c;
}

void NewCommentDialog::accept()
{
    Settings::curatorName.set(m_author->text().trimmed());
    QDialog::accept();
}

} // namespace Newsdesk
