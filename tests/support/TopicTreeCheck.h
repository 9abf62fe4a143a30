#pragma once

// Compares a TopicTreeModel with the library it shows, for tests that change the tree in bulk.

#include "library/Library.h"
#include "library/TopicRepository.h"
#include "topics/TopicTreeModel.h"

#include <QHash>
#include <QString>

namespace Newsdesk::Testing {

/// Every row below parent, at every level.
inline int rowsBelow(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        rows += 1 + rowsBelow(model, model.index(row, 0, parent));
    return rows;
}

/// Empty when the model shows exactly the library's topics, each under its parent, in the library's
/// order and with its name; otherwise the first difference.
inline QString treeMismatch(const TopicTreeModel &model, Library &library)
{
    const auto topics = library.topics().all();
    if (!topics)
        return topics.errorString();
    QHash<qint64, int> rowsSeen; // parent → children met so far
    for (const Topic &topic : *topics) {
        const int row = rowsSeen[topic.parentId]++;
        const QModelIndex index = model.indexOf(topic.id);
        const QString which = QStringLiteral("topic %1 “%2”").arg(topic.id).arg(topic.name);
        if (!index.isValid())
            return which + QStringLiteral(" is missing");
        if (index.row() != row)
            return which + QStringLiteral(" is in row %1, not %2").arg(index.row()).arg(row);
        if (model.topicAt(index.parent()) != topic.parentId)
            return which + QStringLiteral(" is under %1, not %2")
                               .arg(model.topicAt(index.parent()))
                               .arg(topic.parentId);
        if (model.index(row, 0, index.parent()) != index)
            return which + QStringLiteral(": index() and indexOf() disagree");
        if (index.data().toString() != topic.name)
            return which + QStringLiteral(" is shown as “%1”").arg(index.data().toString());
    }
    if (const int shown = rowsBelow(model); shown != topics->size())
        return QStringLiteral("the model shows %1 topics, the library has %2").arg(shown).arg(topics->size());
    return {};
}

} // namespace Newsdesk::Testing
