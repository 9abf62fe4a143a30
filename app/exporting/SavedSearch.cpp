#include "SavedSearch.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"

#include <QCoreApplication>

namespace Newsdesk {

namespace {

class SavedSearchText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SavedSearch)
public:
    static Error empty() { return {Error::Code::InvalidArgument, tr("The bundle has no saved search to fill it from.")}; }
};

} // namespace

Result<QList<qint64>> savedSearchArticles(Library &library, const QString &search, int limit)
{
    if (search.trimmed().isEmpty())
        return SavedSearchText::empty();
    const auto parsed = ArticleRepository::parseSearch(search);
    if (!parsed.errors.isEmpty())
        return Error{Error::Code::InvalidArgument, parsed.errors.join(QLatin1Char(' '))};
    ArticleQuery query;
    query.search = search;
    query.sort = ArticleSortKey::Published;
    query.order = Qt::DescendingOrder;
    auto rows = library.articles().page(query, std::nullopt, limit);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const ArticleRow &row : *rows)
        ids << row.id;
    return ids;
}

} // namespace Newsdesk
