#pragma once

#include "core/Comment.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace Newsdesk {

class Library;

/// A comment the curator types in: on an article, or as a reply to one of its comments. The author
/// starts as the curator's name from the settings; the status starts approved, since the curator wrote it.
class NewCommentDialog : public QDialog
{
    Q_OBJECT

public:
    /// parent: the comment answered, or nullptr for a new thread.
    NewCommentDialog(qint64 articleId, const QString &articleTitle, const Comment *replyTo,
                     QWidget *parent = nullptr);

    /// Asks for the comment and adds it as one undo step; returns its id, 0 when cancelled or failed.
    static qint64 addComment(QWidget *parent, QUndoStack *undoStack, Library &library, qint64 articleId,
                             const QString &articleTitle, const Comment *replyTo = nullptr);

    /// The comment as filled in, ready for AddComment; remembers the author's name for next time.
    Comment comment() const;

    QLineEdit *authorField() const { return m_author; }
    QLineEdit *emailField() const { return m_email; }
    QPlainTextEdit *textField() const { return m_text; }
    QComboBox *statusField() const { return m_status; }

    void accept() override;

private:
    void updateOk();

    qint64 m_articleId;
    qint64 m_parentId;
    QLineEdit *m_author;
    QLineEdit *m_email;
    QPlainTextEdit *m_text;
    QComboBox *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace Newsdesk
