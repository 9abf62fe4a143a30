#pragma once

#include "library/CommentRepository.h"
#include "moderation/Triage.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Newsdesk {

class Library;

/// A curator's decision on some comments (one, a selection, or every comment of a filtered list), as one
/// undo step. Redo decides through the store, which logs it; undo reverts exactly the changes made, so a
/// comment that was already at the status is left alone both ways.
class SetCommentStatus : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SetCommentStatus)

public:
    SetCommentStatus(Library &library, QList<qint64> ids, CommentStatus status,
                     QUndoCommand *parent = nullptr);

    /// "Approve %n comment(s)" and the like, for the undo history and the status bar.
    static QString describe(CommentStatus status, int count);

    const QList<qint64> &commentIds() const { return m_ids; }
    CommentStatus status() const { return m_status; }
    /// The comments the last redo changed (those that were not at the status already).
    QList<qint64> changedIds() const;

    void undo() override;
    void redo() override;

private:
    Library &m_library;
    QList<qint64> m_ids;
    CommentStatus m_status;
    QList<CommentStatusChange> m_changes;
    bool m_done = false;
};

/// Writes a triage run's proposals (the rules' and the spam filter's decisions, each with its reason) as
/// one undo step. Undo puts every comment back where it was; the spam scores the run stored stay, as they
/// describe the comments rather than decide them.
class ApplyTriage : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ApplyTriage)

public:
    ApplyTriage(Library &library, QList<TriageProposal> proposals, QUndoCommand *parent = nullptr);

    /// The comments the last redo changed.
    QList<qint64> changedIds() const;

    void undo() override;
    void redo() override;

private:
    Library &m_library;
    QList<TriageProposal> m_proposals;
    QList<CommentStatusChange> m_changes;
    bool m_done = false;
};

/// A comment the curator wrote (new, or a reply), as one undo step. The first redo adds it and keeps the
/// stored comment; undo deletes it; a later redo puts the same comment back under the same id, so steps
/// pushed after this one still find it.
class AddComment : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::AddComment)

public:
    AddComment(Library &library, Comment comment, QUndoCommand *parent = nullptr);

    /// The new comment's id once redone, 0 when adding it failed.
    qint64 commentId() const { return m_stored.id; }

    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Comment m_comment;
    Comment m_stored; ///< as the library holds it, for an exact redo
};

} // namespace Newsdesk
