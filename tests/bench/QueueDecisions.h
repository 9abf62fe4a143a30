#pragma once

#include "core/Result.h"

#include <QList>

class QUndoStack;

namespace Newsdesk {
class Library;
class ModerationQueueModel;
} // namespace Newsdesk

namespace Newsdesk::Bench {

/// Makes up to count decisions down the queue as ModerationView::decide() makes them from the keyboard:
/// the decision pushed as an undo command (the comment leaves the pending list; every fourth is spam, the
/// others approved), the next row made current, and what the reading pane reads for it (its text layout is
/// not included: no widgets here). Returns the milliseconds of each decision; stops at the end of the queue.
Result<QList<double>> decideDownQueue(Library &library, ModerationQueueModel &model, QUndoStack &undoStack,
                                      int count);

} // namespace Newsdesk::Bench
