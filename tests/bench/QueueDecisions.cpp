#include "QueueDecisions.h"

#include "comments/CommentCommands.h"
#include "comments/ModerationQueueModel.h"
#include "library/CommentRepository.h"
#include "library/Library.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QUndoStack>

namespace Newsdesk::Bench {

Result<QList<double>> decideDownQueue(Library &library, ModerationQueueModel &model, QUndoStack &undoStack,
                                      int count)
{
    QList<double> milliseconds;
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(0, ModerationQueueModel::Excerpt),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int i = 0; i < count && model.rowCount() > 0; ++i) {
        QElapsedTimer clock;
        clock.start();
        const int row = selection.currentIndex().row();
        const qint64 id = model.commentAt(selection.currentIndex());
        if (row + 1 >= model.rowCount() && model.canFetchMore({}))
            model.fetchMore({});
        const qint64 nextId = model.commentAt(model.index(row + 1, 0));
        if (nextId == 0)
            break; // the end of the queue
        const CommentStatus status = i % 4 == 3 ? CommentStatus::Spam : CommentStatus::Approved;
        undoStack.push(new SetCommentStatus(library, {id}, status));
        selection.setCurrentIndex(model.indexOf(nextId),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const auto comment = library.comments().find(nextId);
        const auto paneRow = library.comments().rows(CommentQuery(), {nextId});
        const auto thread = library.comments().thread(nextId);
        milliseconds << double(clock.nsecsElapsed()) / 1e6;
        if (!comment || !paneRow || !thread || model.indexOf(id).isValid())
            return Error{Error::Code::Failed,
                         QStringLiteral("the decision on comment %1 did not go through").arg(id)};
        // The view's status line and counts are refreshed after a short delay, once per burst: not timed
        // here.
    }
    return milliseconds;
}

} // namespace Newsdesk::Bench
