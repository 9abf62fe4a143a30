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

} // namespace Newsdesk
