#pragma once

#include "core/Article.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace Newsdesk {

class Library;

/// What the article list sorts on; each maps to one SQL expression.
enum class ArticleSortKey { Title, Source, Published, Status, Topics, Comments, Relevance };

/// Which articles a list shows and in what order. Filtering and sorting happen in SQL.
struct ArticleQuery
{
    bool trash = false;                  ///< The trash instead of the live library.
    std::optional<ArticleStatus> status; ///< Only this status, or all.
    QString search;                      ///< What the curator typed; empty for no search. `topic:"name"`
                                         ///< terms in it filter by topic (with its subtopics).
    qint64 topicId = 0;                  ///< Only articles with this topic or one below it; 0 for all.
    ArticleSortKey sort = ArticleSortKey::Published;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const ArticleQuery &) const = default;
};

/// One line of the article list: just what the list shows, not the whole article.
struct ArticleRow
{
    qint64 id = 0;
    QString title;
    QString source;
    QDateTime publishedAt;
    ArticleStatus status = ArticleStatus::New;
    QString topics; ///< Topic names, comma-separated.
    int commentCount = 0;
    int pendingComments = 0;
    QString snippet;    ///< Search match with \x02 … \x03 around the hits; empty without a search.
    QVariant sortValue; ///< Keyset cursor: the sort expression's value for this row.
};

/// Where the next page starts: after (sortValue, id) in the query's order.
struct PageCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

/// How many articles the library holds, per status and in the trash.
struct ArticleCounts
{
    int total = 0;
    int trashed = 0;
    QHash<ArticleStatus, int> byStatus;
};

/// Articles in the store: every query is prepared, every write is a transaction with an audit entry,
/// and every change is announced through the Library's signals.
class ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleRepository)

public:
    explicit ArticleRepository(Library &library);

    /// Rows of the list after cursor (or from the start), at most limit of them.
    Result<QList<ArticleRow>> page(const ArticleQuery &query, const std::optional<PageCursor> &after,
                                   int limit) const;
    /// The rows among ids that the query would show, in no particular order.
    Result<QList<ArticleRow>> rows(const ArticleQuery &query, const QList<qint64> &ids) const;
    Result<int> count(const ArticleQuery &query) const;
    Result<ArticleCounts> counts() const;

    Result<Article> find(qint64 id) const;
    /// Inserts articles in one transaction and returns their new ids; all or nothing.
    Result<QList<qint64>> insert(const QList<Article> &articles);
    /// Re-inserts an article under its old id, e.g. when a deletion is undone.
    Status reinsert(const Article &article);

    Status setField(qint64 id, ArticleField field, const QVariant &value);
    Status setStatus(const QList<qint64> &ids, ArticleStatus status);

    Status moveToTrash(const QList<qint64> &ids);
    Status restore(const QList<qint64> &ids);
    /// Deletes articles for good, with their topics, comments and bundle items.
    Status purge(const QList<qint64> &ids);
    /// Purges everything in the trash and returns how many articles went.
    Result<int> emptyTrash();

    /// What the curator typed, split into the words to search for and the filters in it:
    /// `topic:"trade disputes"` (with its subtopics), `status:selected`, and `since:7d` (also 12h, 2w or
    /// a date, 2026-11-01), which keeps articles published since then. The same text saved with a
    /// bundle fills it (app/exporting/SavedSearch.h).
    struct ParsedSearch
    {
        QString text;
        QStringList topics;
        std::optional<ArticleStatus> status;
        QDateTime since; ///< invalid for no limit
        QStringList errors; ///< filters that could not be read, e.g. "status:maybe", translated
    };
    static ParsedSearch parseSearch(const QString &userText, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Turns what a curator types into an FTS5 query: words must all match, the last one as a prefix,
    /// "quoted phrases" stay phrases, and OR / NOT work as operators.
    static QString ftsQuery(const QString &userText);
    static QString contentHash(const Article &article);

private:
    /// Whether every topic filter of the query matches many articles (see BroadTopicLinks).
    bool topicFilterIsBroad(const ArticleQuery &query) const;
    /// Whether a full-text query matches many articles (see ManySearchMatches).
    bool searchHasManyMatches(const QString &ftsQuery) const;
    /// Whether a topic subtree subquery's topics carry at least atLeast tags.
    bool topicTagsAtLeast(const char *subtree, const QVariant &topic, int atLeast) const;
    /// The lowest id among the newest matches of a full-text query when it has more matches than are
    /// ranked at once, else 0 (see RankedNewestMatches).
    qint64 newestRankedMatch(const QString &ftsQuery) const;
    /// page() for a search sorted by relevance.
    Result<QList<ArticleRow>> rankedPage(const ArticleQuery &query, const QString &fts, const QString &words,
                                         const std::optional<PageCursor> &after, const QString &keyset,
                                         const QVariantList &keysetBinds, int limit) const;
    Status insertOne(Article article, bool keepId, qint64 *newId);
    Status setTrashed(const QList<qint64> &ids, bool trashed);

    Library &m_library;
};

} // namespace Newsdesk
