#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace Newsdesk {

class Library;

/// The live articles a bundle's saved search finds, newest first: the same text the article list's
/// search box takes, e.g. `topic:"trade disputes" status:selected since:7d` (see
/// ArticleRepository::parseSearch). An empty search or a filter that cannot be read is an error.
Result<QList<qint64>> savedSearchArticles(Library &library, const QString &search, int limit = 1000);

} // namespace Newsdesk
