// What a curator types into the search box (ArticleRepository::parseSearch and ftsQuery, the FTS5 query
// they make, the snippets of the matches), run against a small library as the article list and a bundle's
// saved search run it. The property: whatever is typed, the search runs; it never ends in an SQL error.
#include "FuzzSupport.h"
#include "exporting/SavedSearch.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using namespace Newsdesk;

/// The library searched: a few articles in several scripts, one of them under a topic.
Library &searchedLibrary()
{
    static Library &library = []() -> Library & {
        Library &library = Fuzz::library();
        const auto article = [](const QString &title, const QString &body) {
            Article article;
            article.title = title;
            article.bodyText = body;
            article.bodyHtml = u"<p>"_s + body.toHtmlEscaped() + u"</p>"_s;
            article.publishedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 15), QTimeZone::utc());
            return article;
        };
        const auto ids = library.articles().insert(
            {article(u"Japan and South Korea agree to summit"_s,
                     u"NAGOYA, Japan (Reuters) - Trade talks resume."_s),
             article(u"Élections: le vote reprend"_s, u"Les bureaux de vote rouvrent après la panne."_s),
             article(u"東京で首脳会談"_s, u"日本と韓国は来月首脳会談を開くことで合意した。"_s),
             article(u"OR AND NOT \"quoted\""_s, u"Operators - colons: stars* and (brackets) ^carets."_s)});
        Topic topic;
        topic.name = u"trade disputes"_s;
        const auto topicId = library.topics().create(topic);
        if (!ids || !topicId || !library.topics().tag({ids->first()}, {*topicId}))
            Fuzz::fail(u"the searched library is set up"_s, ids.errorString() + topicId.errorString());
        return library;
    }();
    return library;
}

void requireRuns(const Result<QList<ArticleRow>> &rows, const QString &typed, const char *what)
{
    if (!rows)
        Fuzz::fail(u"every search runs"_s,
                   u"%1 for “%2”: %3"_s.arg(QLatin1StringView(what), typed, rows.errorString()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Library &library = searchedLibrary();
    ArticleQuery query;
    query.search = QString::fromUtf8(Fuzz::bytes(data, size));
    for (const ArticleSortKey sort : {ArticleSortKey::Relevance, ArticleSortKey::Published}) {
        query.sort = sort;
        const auto first = library.articles().page(query, std::nullopt, 2);
        requireRuns(first, query.search, "the first page");
        if (!first->isEmpty())
            requireRuns(
                library.articles().page(query, PageCursor{first->last().sortValue, first->last().id}, 2),
                query.search, "the next page");
    }
    if (const auto count = library.articles().count(query); !count)
        Fuzz::fail(u"every search runs"_s, u"count for “%1”: %2"_s.arg(query.search, count.errorString()));
    // A bundle's saved search refuses what it cannot read, but only with a message, never an SQL error.
    if (const auto saved = savedSearchArticles(library, query.search);
        !saved && saved.error().code != Error::Code::InvalidArgument)
        Fuzz::fail(u"every search runs"_s, u"saved search “%1”: %2"_s.arg(query.search, saved.errorString()));
    return 0;
}
