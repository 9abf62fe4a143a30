#include "CommentCommands.h"

#include "library/Library.h"

namespace Newsdesk {

SetCommentStatus::SetCommentStatus(Library &library, QList<qint64> ids, CommentStatus status,
                                   QUndoCommand *parent)
    : QUndoCommand(describe(status, int(ids.size())), parent)
    , m_library(library)
    , m_ids(std::move(ids))
    , m_status(status)
{
}

QString SetCommentStatus::describe(CommentStatus status, int count)
{
    switch (status) {
    case CommentStatus::Approved:
        return tr("Approve %n comment(s)", nullptr, count);
    case CommentStatus::Spam:
        return tr("Mark %n comment(s) as spam", nullptr, count);
    case CommentStatus::Rejected:
        return tr("Reject %n comment(s)", nullptr, count);
    case CommentStatus::Pending:
        return tr("Return %n comment(s) to pending", nullptr, count);
    }
    return {};
}

namespace {
QList<qint64> idsOf(const QList<CommentStatusChange> &changes)
{
    QList<qint64> ids;
    ids.reserve(changes.size());
    for (const CommentStatusChange &change : changes)
        ids << change.commentId;
    return ids;
}
} // namespace

QList<qint64> SetCommentStatus::changedIds() const
{
    return idsOf(m_changes);
}

void SetCommentStatus::redo()
{
    auto changes = m_library.comments().setStatus(m_ids, m_status, QString(DecidedBy::Curator));
    if (!changes) {
        emit m_library.errorOccurred(changes.errorString());
        // A refused decision must not stay in the history as if it had been made.
        setObsolete(true);
        return;
    }
    m_changes = std::move(changes).value();
    if (!m_done) {
        m_done = true;
        // Comments already at the status are not changed; the step names what it really did, and a step
        // that did nothing is not kept.
        setText(describe(m_status, int(m_changes.size())));
        if (m_changes.isEmpty())
            setObsolete(true);
    }
}

void SetCommentStatus::undo()
{
    if (const Status reverted = m_library.comments().revert(m_changes, QString(DecidedBy::Curator));
        !reverted)
        emit m_library.errorOccurred(reverted.errorString());
}

ApplyTriage::ApplyTriage(Library &library, QList<TriageProposal> proposals, QUndoCommand *parent)
    : QUndoCommand(tr("Apply the moderation rules"), parent)
    , m_library(library)
    , m_proposals(std::move(proposals))
{
}

QList<qint64> ApplyTriage::changedIds() const
{
    return idsOf(m_changes);
}

void ApplyTriage::redo()
{
    auto changes = Triage::apply(m_library, m_proposals);
    if (!changes) {
        emit m_library.errorOccurred(changes.errorString());
        setObsolete(true);
        return;
    }
    m_changes = std::move(changes).value();
    if (!m_done) {
        m_done = true;
        setText(tr("Apply the moderation rules to %n comment(s)", nullptr, int(m_changes.size())));
        if (m_changes.isEmpty())
            setObsolete(true);
    }
}

void ApplyTriage::undo()
{
    if (const Status reverted = m_library.comments().revert(m_changes, QString(DecidedBy::Curator));
        !reverted)
        emit m_library.errorOccurred(reverted.errorString());
}

AddComment::AddComment(Library &library, Comment comment, QUndoCommand *parent)
    : QUndoCommand(comment.parentId > 0 ? tr("Reply to a comment") : tr("Add a comment"), parent)
    , m_library(library)
    , m_comment(std::move(comment))
{
}

void AddComment::redo()
{
    if (m_stored.id != 0) {
        if (const Status restored = m_library.comments().restore({m_stored}); !restored)
            emit m_library.errorOccurred(restored.errorString());
        return;
    }
    auto id = m_library.comments().insert(m_comment);
    auto stored = id ? m_library.comments().find(*id) : Result<Comment>(id.error());
    if (!stored) {
        emit m_library.errorOccurred(stored.errorString());
        setObsolete(true); // nothing was added: nothing to keep in the history
        return;
    }
    m_stored = std::move(stored).value();
}

void AddComment::undo()
{
    if (m_stored.id == 0)
        return;
    if (const auto removed = m_library.comments().remove({m_stored.id}); !removed)
        emit m_library.errorOccurred(removed.errorString());
}

} // namespace Newsdesk
