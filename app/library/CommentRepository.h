#pragma once

#include "core/Comment.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Newsdesk {

class Library;

/// Reader comments in the store. Moderation builds on this; for now it adds and counts.
class CommentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommentRepository)

public:
    explicit CommentRepository(Library &library);

    /// Adds a comment and returns its id; parentId must be a comment on the same article or 0.
    Result<qint64> insert(const Comment &comment);
    Result<int> count(std::optional<CommentStatus> status = std::nullopt) const;

private:
    Library &m_library;
};

} // namespace Newsdesk
