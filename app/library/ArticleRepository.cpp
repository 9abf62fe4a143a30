#include "ArticleRepository.h"

#include "Library.h"
#include "SearchSnippet.h"
#include "SqlValues.h"
#include "StatementCache.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>

namespace Newsdesk {

namespace {

constexpr auto TopicsExpression =
    "ifnull((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM article_topics x JOIN topics t "
    "ON t.id = x.topic_id WHERE x.article_id = a.id ORDER BY t.name)), '')";
// Both counts are kept by triggers (006_comment_counts.sql): one lookup per row, however many comments.
constexpr auto CommentCountExpression =
    "ifnull((SELECT n.comments FROM article_comment_counts n WHERE n.article_id = a.id), 0)";
constexpr auto PendingCountExpression =
    "ifnull((SELECT n.pending FROM article_comment_counts n WHERE n.article_id = a.id), 0)";
constexpr auto StatusOrderExpression =
    "(CASE c.status WHEN 'new' THEN 0 WHEN 'reviewed' THEN 1 WHEN 'selected' THEN 2 ELSE 3 END)";

/// The SQL expression a sort key orders by; the same expression is the keyset cursor.
QString sortExpression(ArticleSortKey key, bool searching)
{
    switch (key) {
    case ArticleSortKey::Title:
        return QStringLiteral("a.title COLLATE NOCASE");
    case ArticleSortKey::Source:
        return QStringLiteral("a.source COLLATE NOCASE");
    case ArticleSortKey::Published:
        break;
    case ArticleSortKey::Status:
        return QString::fromLatin1(StatusOrderExpression);
    case ArticleSortKey::Topics:
        return QString::fromLatin1(TopicsExpression);
    case ArticleSortKey::Comments:
        return QString::fromLatin1(CommentCountExpression);
    case ArticleSortKey::Relevance:
        if (searching)
            return QStringLiteral("f.rank");
        break;
    }
    return QStringLiteral("ifnull(a.published_at, 0)"); // matches the articles_published index
}

/// SQL text plus its positional bind values, built up piece by piece.
struct Statement
{
    QString sql;
    QVariantList binds;
};

/// Stand for the sort expression and the article id in an extra WHERE clause, e.g. a keyset condition.
constexpr QLatin1StringView SortToken("%SORT%");
constexpr QLatin1StringView IdToken("%ID%");

QString withTokens(const QString &condition, const QString &sortBy, const QString &id)
{
    return QString(condition).replace(SortToken, sortBy).replace(IdToken, id);
}

/// A topic and everything below it, as a subquery for `IN`.
constexpr auto TopicSubtreeById =
    "(SELECT article_id FROM article_topics WHERE topic_id IN (WITH RECURSIVE sub(id) AS "
    "(SELECT ? UNION SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) "
    "SELECT id FROM sub))";
constexpr auto TopicSubtreeByName = "(SELECT article_id FROM article_topics WHERE topic_id IN (WITH "
                                    "RECURSIVE sub(id) AS (SELECT id FROM topics "
                                    "WHERE name = ? COLLATE NOCASE UNION SELECT t.id FROM topics t JOIN sub "
                                    "ON t.parent_id = sub.id) SELECT id FROM sub))";

/// How many tags a topic filter may match before the list walks its sort index instead of reading the
/// filter's articles and sorting them. Measured on 100,000 articles (newsdesk-bench-topics): reading and
/// sorting costs about 1 ms per 1,000 tagged articles, walking the index about 12 ms whatever the topic,
/// but a rare topic makes the walk read most of the index before it has a page.
constexpr int BroadTopicLinks = 3000;

/// How many matches a search sorted by date, title or source may have before the list walks that sort's
/// index and keeps the matching articles, instead of reading every match's article to sort them. Measured
/// on 100,000 articles: a word in 21,000 of them sorted by date took 110 ms reading and sorting (seconds
/// with a cold cache), 4 ms walking; a word in 58 took 2 ms reading, 10 ms walking the whole index.
constexpr int ManySearchMatches = 2000;

/// How many matches a ranked search may have before only the newest of them are ranked for its first
/// pages. bm25 costs about 1.5 µs a match (the column sizes of each are read), so a prefix in 28,000
/// articles took 45 ms to rank on 100,000 articles, a word in 9,800 of them 15 ms. Past this many, the
/// newest RankedNewestMatches matches (by id, i.e. import order) come first, best first, and the older
/// ones after them, best first too: a few ms whatever the search. The trade-off: a strong match in an old
/// article comes after weak matches in new ones. For a news desk the newest stories are the likely ones;
/// the older matches are still all there further down, still counted, and a date sort still reaches them.
constexpr int RankedNewestMatches = 2000;
/// Added to the rank of the older matches, so that one sort value (and keyset cursor) orders both groups.
/// bm25 ranks are never positive and never near this.
constexpr double OlderMatchesRankOffset = 1e6;

/// Which matches of a ranked search a statement reads (see RankedNewestMatches).
struct RankTiers
{
    enum Part { All, Newest, Older };
    qint64 newestFrom = 0; ///< the lowest id among the newest matches; 0 when every match is ranked as one
    Part part = All;
};

QString rankExpression(const RankTiers &tiers)
{
    if (tiers.newestFrom <= 0)
        return QStringLiteral("f.rank");
    return QStringLiteral("(f.rank + (f.rowid < %1) * %2)")
        .arg(tiers.newestFrom)
        .arg(OlderMatchesRankOffset, 0, 'f', 1);
}

/// count() reads the whole tag table in article order, counting each article once, when a topic filter
/// holds at least 1/CountByTagScanShare of all tags; otherwise it gathers the topic's articles and looks
/// each up. Measured on 100,000 articles (106,000 tags): reading costs about 0.11 ms per 1,000 tags in the
/// library, gathering about 0.36 ms per 1,000 tags of the topic (the "Desk" root, all of them: 38 ms).
constexpr int CountByTagScanShare = 3;

/// The topic ids of a subtree subquery (TopicSubtreeById or TopicSubtreeByName), for `IN`.
QString subtreeTopicIds(const char *subtree)
{
    static const QString articlesOfTopics =
        QStringLiteral("(SELECT article_id FROM article_topics WHERE topic_id IN ");
    const QString sql = QString::fromLatin1(subtree);
    Q_ASSERT(sql.startsWith(articlesOfTopics) && sql.endsWith(QLatin1Char(')')));
    return sql.mid(articlesOfTopics.size(), sql.size() - articlesOfTopics.size() - 1);
}

/// The WHERE conditions every list, search and count shares; only the curation table (c) and the
/// full-text index are named, so the same clause serves queries that never read the articles.
/// walkSortIndex: the topic is checked row by row, so SQLite cannot start at its articles (see
/// BroadTopicLinks).
/// matchesAsList: the search is a list of matching ids to check rows against while the list walks its
/// sort index (see ManySearchMatches), not the table the query starts from.
Statement filterClause(const ArticleQuery &query, const QString &ftsQuery, bool walkSortIndex = false,
                       bool matchesAsList = false)
{
    // Walking, each row's topics are looked up as it passes: an IN list would first gather every article
    // of the topic (a root topic over 79,000 articles: 34 ms → 6 ms for the page).
    const auto topicIn = [walkSortIndex](const char *subtree) {
        if (!walkSortIndex)
            return QStringLiteral("AND c.article_id IN %1 ").arg(QString::fromLatin1(subtree));
        // One seek per topic of the subtree; reading the row's few tags and checking each (+x.topic_id)
        // was measured too: 8.5 instead of 11 ms for the root of the desk and its 15 desks, but 11.5
        // instead of 7.5 ms for a single topic.
        return QStringLiteral("AND EXISTS (SELECT 1 FROM article_topics x WHERE x.article_id = c.article_id "
                              "AND x.topic_id IN %1) ")
            .arg(subtreeTopicIds(subtree));
    };
    Statement filter;
    filter.sql = QStringLiteral("c.trashed_at IS %1 ")
                     .arg(query.trash ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"));
    if (query.status) {
        filter.sql += QStringLiteral("AND c.status = ? ");
        filter.binds << ArticleText::statusKey(*query.status);
    }
    if (!ftsQuery.isEmpty()) {
        filter.sql += matchesAsList ? QStringLiteral("AND +c.article_id IN (SELECT rowid FROM articles_fts "
                                                     "WHERE articles_fts MATCH ?) ")
                                    : QStringLiteral("AND articles_fts MATCH ? ");
        filter.binds << ftsQuery;
    }
    if (query.topicId > 0) {
        filter.sql += topicIn(TopicSubtreeById);
        filter.binds << query.topicId;
    }
    const ArticleRepository::ParsedSearch parsed = ArticleRepository::parseSearch(query.search);
    for (const QString &topic : parsed.topics) {
        filter.sql += topicIn(TopicSubtreeByName);
        filter.binds << topic;
    }
    if (parsed.status) {
        filter.sql += QStringLiteral("AND c.status = ? ");
        filter.binds << ArticleText::statusKey(*parsed.status);
    }
    if (parsed.since.isValid()) {
        // A range on the articles_published index.
        filter.sql += QStringLiteral(
            "AND c.article_id IN (SELECT id FROM articles WHERE ifnull(published_at, 0) >= ?) ");
        filter.binds << parsed.since.toSecsSinceEpoch();
    }
    return filter;
}

bool hasTopicFilter(const ArticleQuery &query)
{
    return query.topicId > 0 || !ArticleRepository::parseSearch(query.search).topics.isEmpty();
}

/// Whether a search sorted this way can walk an index of articles in that order (see ManySearchMatches).
bool hasSortIndex(ArticleSortKey key)
{
    return key == ArticleSortKey::Published || key == ArticleSortKey::Title || key == ArticleSortKey::Source;
}

/// The list query. Its shape is chosen for SQLite's planner, measured on 100,000 articles
/// (newsdesk-bench): the live list walks the sort index of articles and stops at the page size
/// (CROSS JOIN keeps the planner from starting at article_curation and sorting everything), and a
/// ranked search picks the page of best matches from the index alone before anything else is read.
/// walkSortIndex: the filter is broad (a big topic, a search with many matches), so walking the sort
/// index finds a page sooner than reading and sorting everything the filter keeps.
Statement listStatement(const ArticleQuery &query, const QString &ftsQuery, const QString &extraWhere,
                        const QVariantList &extraBinds, std::optional<int> limit, bool walkSortIndex = false,
                        const RankTiers &tiers = {})
{
    const bool searching = !ftsQuery.isEmpty();
    const bool ranked = searching && query.sort == ArticleSortKey::Relevance;
    const QString direction =
        query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The body comes along only for a search: the snippet is cut from it (see searchSnippet()).
    const QString columns =
        QStringLiteral("a.id, a.title, a.source, a.published_at, c.status, %1, %2, %3, %4, ")
            .arg(QString::fromLatin1(TopicsExpression), QString::fromLatin1(CommentCountExpression),
                 QString::fromLatin1(PendingCountExpression),
                 searching ? QStringLiteral("a.dek || char(10) || a.body_text") : QStringLiteral("''"));

    // A search with many matches sorted by an indexed key walks that index like the plain list does.
    const bool walkMatches =
        walkSortIndex && searching && !ranked && !query.trash && hasSortIndex(query.sort);
    const Statement filter =
        filterClause(query, ftsQuery, walkSortIndex && !searching && !query.trash, walkMatches);

    Statement statement;
    if (ranked) {
        const QString rank = rankExpression(tiers);
        QString hits = QStringLiteral("SELECT f.rowid AS id, %1 AS sort_value FROM articles_fts f "
                                      "JOIN article_curation c ON c.article_id = f.rowid WHERE ")
                           .arg(rank) +
                       filter.sql;
        // A range of ids, which FTS5 applies as it reads the index: the other matches are never ranked.
        if (tiers.part == RankTiers::Newest)
            hits += QStringLiteral("AND f.rowid >= %1 ").arg(tiers.newestFrom);
        else if (tiers.part == RankTiers::Older)
            hits += QStringLiteral("AND f.rowid < %1 ").arg(tiers.newestFrom);
        if (!extraWhere.isEmpty())
            hits += QStringLiteral("AND ") + withTokens(extraWhere, rank, QStringLiteral("f.rowid")) +
                    QLatin1Char(' ');
        hits += QStringLiteral("ORDER BY %2 %1, f.rowid %1 ").arg(direction, rank);
        statement.binds = filter.binds + extraBinds;
        if (limit) {
            hits += QStringLiteral("LIMIT ? ");
            statement.binds << *limit;
        }
        statement.sql = QStringLiteral("SELECT %1 h.sort_value FROM (%2) h JOIN articles a ON a.id = h.id "
                                       "JOIN article_curation c ON c.article_id = a.id "
                                       "ORDER BY h.sort_value %3, a.id %3")
                            .arg(columns, hits, direction);
        return statement;
    }

    const QString sortBy = sortExpression(query.sort, searching);
    statement.sql = QStringLiteral("SELECT ") + columns + sortBy + QLatin1Char(' ');
    if (searching && !walkMatches)
        statement.sql += QStringLiteral("FROM articles_fts f JOIN articles a ON a.id = f.rowid "
                                        "JOIN article_curation c ON c.article_id = a.id ");
    else if (query.trash)
        statement.sql += QStringLiteral("FROM article_curation c JOIN articles a ON a.id = c.article_id ");
    else if (!walkSortIndex && hasTopicFilter(query))
        // From a narrow topic's articles: their curation rows first, so a status filter leaves out the
        // others before their articles are read (a topic of 5,000 with status:selected: 22 → 7 ms).
        statement.sql +=
            QStringLiteral("FROM article_curation c CROSS JOIN articles a ON a.id = c.article_id ");
    else
        statement.sql +=
            QStringLiteral("FROM articles a CROSS JOIN article_curation c ON c.article_id = a.id ");
    statement.sql += QStringLiteral("WHERE ") + filter.sql;
    statement.binds = filter.binds;
    if (!extraWhere.isEmpty()) {
        statement.sql += QStringLiteral("AND ") + withTokens(extraWhere, sortBy, QStringLiteral("a.id")) +
                         QLatin1Char(' ');
        statement.binds << extraBinds;
    }
    statement.sql += QStringLiteral("ORDER BY %1 %2, a.id %2 ").arg(sortBy, direction);
    if (limit) {
        statement.sql += QStringLiteral("LIMIT ?");
        statement.binds << *limit;
    }
    return statement;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const Statement &statement, const QString &failure)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql))
        return LibraryText::queryFailed(failure, query.lastError().text());
    for (const QVariant &value : statement.binds)
        query.addBindValue(value);
    if (!query.exec())
        return LibraryText::queryFailed(failure, query.lastError().text());
    return query;
}

QList<ArticleRow> readRows(QSqlQuery &query, const QString &search)
{
    QList<ArticleRow> rows;
    while (query.next()) {
        ArticleRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.source = query.value(2).toString();
        if (!query.value(3).isNull())
            row.publishedAt = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        row.status = ArticleText::statusFromKey(query.value(4).toString()).value_or(ArticleStatus::New);
        row.topics = query.value(5).toString();
        row.commentCount = query.value(6).toInt();
        row.pendingComments = query.value(7).toInt();
        if (!search.trimmed().isEmpty())
            row.snippet = searchSnippet({query.value(8).toString(), row.title}, search);
        row.sortValue = query.value(9);
        rows.append(row);
    }
    return rows;
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return values;
}

/// The column an editable field is stored in, and whether it lives with the curation state.
struct FieldColumn
{
    const char *column;
    bool curation;
};

FieldColumn columnOf(ArticleField field)
{
    switch (field) {
    case ArticleField::Url:
        return {"url", false};
    case ArticleField::CanonicalUrl:
        return {"canonical_url", false};
    case ArticleField::Title:
        return {"title", false};
    case ArticleField::Dek:
        return {"dek", false};
    case ArticleField::Byline:
        return {"byline", false};
    case ArticleField::Dateline:
        return {"dateline", false};
    case ArticleField::Agency:
        return {"agency", false};
    case ArticleField::Source:
        return {"source", false};
    case ArticleField::PublishedAt:
        return {"published_at", false};
    case ArticleField::Language:
        return {"language", false};
    case ArticleField::ImageUrl:
        return {"image_url", false};
    case ArticleField::ImageCaption:
        return {"image_caption", false};
    case ArticleField::ImageCredit:
        return {"image_credit", false};
    case ArticleField::Body:
        return {"body_text", false};
    case ArticleField::Status:
        return {"status", true};
    case ArticleField::Note:
        return {"note", true};
    }
    return {"title", false};
}

} // namespace

ArticleRepository::ArticleRepository(Library &library)
    : m_library(library)
{
}

ArticleRepository::ParsedSearch ArticleRepository::parseSearch(const QString &userText, const QDateTime &now)
{
    // topic:"trade disputes", topic:elections, status:selected, since:7d, anywhere in the text.
    static const QRegularExpression filterTerm(
        QStringLiteral("(?:^|\\s)(topic|status|since):(?:\"([^\"]*)\"?|(\\S+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([hdw])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    ParsedSearch parsed;
    parsed.text = userText;
    if (!userText.contains(QLatin1Char(':')))
        return parsed;
    QString rest;
    qsizetype last = 0;
    for (auto it = filterTerm.globalMatch(userText); it.hasNext();) {
        const auto match = it.next();
        rest += QStringView(userText).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString kind = match.captured(1).toLower();
        const QString value = (match.capturedStart(2) >= 0 ? match.captured(2) : match.captured(3)).trimmed();
        if (value.isEmpty())
            continue;
        if (kind == QLatin1String("topic")) {
            parsed.topics << value;
        } else if (kind == QLatin1String("status")) {
            parsed.status = ArticleText::statusFromKey(value.toLower());
            if (!parsed.status)
                parsed.errors
                    << tr("“%1” is not a status: use new, reviewed, selected or rejected.").arg(value);
        } else if (const auto amount = relative.match(value); amount.hasMatch()) {
            const qint64 count = amount.captured(1).toLongLong();
            const QChar unit = amount.captured(2).at(0).toLower();
            const qint64 hours = unit == QLatin1Char('h')   ? count
                                 : unit == QLatin1Char('d') ? count * 24
                                                            : count * 24 * 7;
            parsed.since = now.addSecs(-hours * 3600);
        } else if (const QDate date = QDate::fromString(value, Qt::ISODate); date.isValid()) {
            parsed.since = date.startOfDay(QTimeZone::utc());
        } else {
            parsed.errors
                << tr("“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.").arg(value);
        }
    }
    rest += QStringView(userText).mid(last);
    // Keep a trailing space: it tells ftsQuery() the last word is complete.
    parsed.text = rest.trimmed() + (userText.endsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString());
    return parsed;
}

QString ArticleRepository::ftsQuery(const QString &typed)
{
    // FTS5 reads its query only up to a NUL, which would leave a quoted word open: NUL separates words.
    QString userText = typed;
    userText.replace(QChar(u'\0'), QLatin1Char(' '));
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"?|(\\S+)"));
    QStringList parts;
    const auto isOperator = [](const QString &part) {
        return part == QLatin1String("OR") || part == QLatin1String("NOT") || part == QLatin1String("AND");
    };
    bool lastIsWord = false;
    for (auto it = token.globalMatch(userText); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart(1) >= 0) {
            const QString phrase = match.captured(1).simplified();
            if (!phrase.isEmpty())
                parts << QLatin1Char('"') + phrase + QLatin1Char('"');
            lastIsWord = false;
            continue;
        }
        const QString word = match.captured(2);
        if (isOperator(word) && !parts.isEmpty()) {
            // Two operators in a row ("AND NOT", "OR OR") are an FTS5 syntax error: the later one wins.
            if (isOperator(parts.last()))
                parts.last() = word;
            else
                parts << word;
            lastIsWord = false;
            continue;
        }
        // Quote every word so FTS5 syntax characters in it (- : * ^ ( )) are taken literally.
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts << QLatin1Char('"') + quoted + QLatin1Char('"');
        lastIsWord = true;
    }
    // A dangling operator would be a syntax error.
    while (!parts.isEmpty() && isOperator(parts.last()))
        parts.removeLast();
    if (parts.isEmpty())
        return {};
    // Prefix-match the word being typed, so results follow the curator's typing.
    if (lastIsWord && !userText.endsWith(QLatin1Char(' ')))
        parts.last() += QLatin1Char('*');
    return parts.join(QLatin1Char(' '));
}

QString ArticleRepository::contentHash(const Article &article)
{
    // Whitespace and case do not make a different story.
    const QString normalised = article.bodyText.simplified().toCaseFolded();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QList<ArticleRow>> ArticleRepository::page(const ArticleQuery &query,
                                                  const std::optional<PageCursor> &after, int limit) const
{
    const QString words = parseSearch(query.search).text;
    const QString fts = ftsQuery(words);
    if (!words.trimmed().isEmpty() && fts.isEmpty())
        return QList<ArticleRow>();
    QString where;
    QVariantList binds;
    if (after) {
        where = query.order == Qt::AscendingOrder ? QStringLiteral("(%SORT%, %ID%) > (?, ?)")
                                                  : QStringLiteral("(%SORT%, %ID%) < (?, ?)");
        binds << after->sortValue << after->id;
    }
    if (!fts.isEmpty() && query.sort == ArticleSortKey::Relevance)
        return rankedPage(query, fts, words, after, where, binds, limit);
    const bool walk =
        fts.isEmpty() ? topicFilterIsBroad(query) : hasSortIndex(query.sort) && searchHasManyMatches(fts);
    const Statement statement = listStatement(query, fts, where, binds, limit, walk);
    auto result = run(m_library.database(), statement, tr("The articles could not be listed."));
    if (!result)
        return result.error();
    return readRows(*result, words);
}

Result<QList<ArticleRow>> ArticleRepository::rankedPage(const ArticleQuery &query, const QString &fts,
                                                        const QString &words,
                                                        const std::optional<PageCursor> &after,
                                                        const QString &keyset,
                                                        const QVariantList &keysetBinds, int limit) const
{
    const qint64 newestFrom = newestRankedMatch(fts);
    if (newestFrom <= 0) {
        const Statement statement = listStatement(query, fts, keyset, keysetBinds, limit);
        auto result = run(m_library.database(), statement, tr("The articles could not be listed."));
        if (!result)
            return result.error();
        return readRows(*result, words);
    }
    // The newest matches and the older ones are read apart, in list order, so that a page among the
    // newest never ranks the older ones; the keyset condition holds across both (see rankExpression()).
    const bool bestFirst = query.order == Qt::AscendingOrder;
    QList<RankTiers::Part> parts =
        bestFirst ? QList{RankTiers::Newest, RankTiers::Older} : QList{RankTiers::Older, RankTiers::Newest};
    if (after) {
        const bool afterOlder = after->sortValue.toDouble() > OlderMatchesRankOffset / 2;
        if (afterOlder == bestFirst)
            parts.removeFirst(); // the cursor is past the first group
    }
    QList<ArticleRow> rows;
    for (RankTiers::Part part : std::as_const(parts)) {
        const Statement statement = listStatement(query, fts, keyset, keysetBinds, limit - int(rows.size()),
                                                  false, RankTiers{newestFrom, part});
        auto result = run(m_library.database(), statement, tr("The articles could not be listed."));
        if (!result)
            return result.error();
        rows += readRows(*result, words);
        if (rows.size() >= limit)
            break;
    }
    return rows;
}

qint64 ArticleRepository::newestRankedMatch(const QString &ftsQuery) const
{
    // FTS5 walks its index backwards and stops there: no article is read and nothing is ranked.
    QSqlQuery newest(m_library.database());
    newest.prepare(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                  "ORDER BY rowid DESC LIMIT 1 OFFSET ?"));
    newest.addBindValue(ftsQuery);
    newest.addBindValue(RankedNewestMatches);
    // The match just past the newest ones: they start right after it.
    if (!newest.exec() || !newest.next())
        return 0;
    return newest.value(0).toLongLong() + 1;
}

bool ArticleRepository::searchHasManyMatches(const QString &ftsQuery) const
{
    // Counting stops at the threshold: a word in half the library costs no more than one in 2,000.
    QSqlQuery count(m_library.database());
    count.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)"));
    count.addBindValue(ftsQuery);
    count.addBindValue(ManySearchMatches + 1);
    return count.exec() && count.next() && count.value(0).toInt() > ManySearchMatches;
}

bool ArticleRepository::topicFilterIsBroad(const ArticleQuery &query) const
{
    const ParsedSearch parsed = parseSearch(query.search);
    QList<std::pair<const char *, QVariant>> filters;
    if (query.topicId > 0)
        filters.append({TopicSubtreeById, query.topicId});
    for (const QString &topic : parsed.topics)
        filters.append({TopicSubtreeByName, topic});
    if (filters.isEmpty())
        return false;
    // A status filter keeps about one article in four, so the walk reads four times as much of the index
    // per row it shows: a topic of 5,000 articles with status:selected took 28 ms walking (100,000
    // articles), 7 ms read from the topic's articles.
    const int broad = query.status || parsed.status ? BroadTopicLinks * 4 : BroadTopicLinks;
    // The most selective filter decides: one rare topic is enough to start from its articles.
    for (const auto &[subtree, value] : filters)
        if (!topicTagsAtLeast(subtree, value, broad + 1))
            return false;
    return true;
}

bool ArticleRepository::topicTagsAtLeast(const char *subtree, const QVariant &topic, int atLeast) const
{
    // Counting stops at atLeast: the root of the desk (106,000 tags) costs no more than a topic of that many.
    QSqlQuery count(m_library.database());
    count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_topics WHERE topic_id IN %1 "
                                 "LIMIT ?)")
                      .arg(subtreeTopicIds(subtree)));
    count.addBindValue(topic);
    count.addBindValue(atLeast);
    return count.exec() && count.next() && count.value(0).toInt() >= atLeast;
}

Result<QList<ArticleRow>> ArticleRepository::rows(const ArticleQuery &query, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<ArticleRow>();
    const QString words = parseSearch(query.search).text;
    const QString fts = ftsQuery(words);
    // Like page(): a search with nothing searchable in it (a lone quote) matches nothing, not everything.
    if (!words.trimmed().isEmpty() && fts.isEmpty())
        return QList<ArticleRow>();
    // A ranked search gives the rows the sort values its pages would (see RankedNewestMatches).
    const RankTiers tiers{!fts.isEmpty() && query.sort == ArticleSortKey::Relevance ? newestRankedMatch(fts)
                                                                                    : 0};
    const Statement statement =
        listStatement(query, fts, QStringLiteral("%ID% IN (%1)").arg(placeholders(ids.size())),
                      toVariants(ids), std::nullopt, false, tiers);
    auto result = run(m_library.database(), statement, tr("The articles could not be read."));
    if (!result)
        return result.error();
    return readRows(*result, words);
}

Result<int> ArticleRepository::count(const ArticleQuery &query) const
{
    const QString words = parseSearch(query.search).text;
    const QString fts = ftsQuery(words);
    if (!words.trimmed().isEmpty() && fts.isEmpty())
        return 0; // as page() and rows() do
    const ParsedSearch parsed = parseSearch(query.search);
    const bool onlyTrashFilter = !query.trash && !query.status && !parsed.status && !parsed.since.isValid();
    if (onlyTrashFilter && !fts.isEmpty() && query.topicId <= 0 && parsed.topics.isEmpty()) {
        // The matches less those in the trash, a short list: looking up every match's curation row took
        // 8.5 ms for a prefix in 28,000 articles, this 6.5 ms.
        Statement statement{QStringLiteral("SELECT count(*) FROM articles_fts f WHERE articles_fts MATCH ? "
                                           "AND f.rowid NOT IN (SELECT article_id FROM article_curation "
                                           "WHERE trashed_at IS NOT NULL)"),
                            {fts}};
        auto result = run(m_library.database(), statement, tr("The articles could not be counted."));
        if (!result)
            return result.error();
        return result->next() ? result->value(0).toInt() : 0;
    }
    const qsizetype topicFilters = (query.topicId > 0 ? 1 : 0) + parsed.topics.size();
    if (onlyTrashFilter && fts.isEmpty() && topicFilters == 1) {
        const char *subtree = query.topicId > 0 ? TopicSubtreeById : TopicSubtreeByName;
        const QVariant topic = query.topicId > 0 ? QVariant(query.topicId) : QVariant(parsed.topics.first());
        QSqlQuery allTags(m_library.database());
        const int tags = allTags.exec(QStringLiteral("SELECT count(*) FROM article_topics")) && allTags.next()
                             ? allTags.value(0).toInt()
                             : 0;
        if (tags > 0 && topicTagsAtLeast(subtree, topic, std::max(1, tags / CountByTagScanShare))) {
            // The tag table is in article order, so each article is counted once without a sort (see
            // CountByTagScanShare); NOT INDEXED keeps SQLite from reading it by topic and sorting. Those
            // in the trash, a short list, are taken off after: leaving them out as the tags pass cost
            // more than the whole count.
            const QString topics = subtreeTopicIds(subtree);
            Statement statement{
                QStringLiteral("SELECT (SELECT count(*) FROM (SELECT DISTINCT x.article_id FROM "
                               "article_topics x NOT INDEXED WHERE +x.topic_id IN %1)) - (SELECT "
                               "count(DISTINCT c.article_id) FROM article_curation c CROSS JOIN "
                               "article_topics x ON x.article_id = c.article_id WHERE c.trashed_at IS NOT "
                               "NULL AND +x.topic_id IN %1)")
                    .arg(topics),
                {topic, topic}};
            auto result = run(m_library.database(), statement, tr("The articles could not be counted."));
            if (!result)
                return result.error();
            return result->next() ? result->value(0).toInt() : 0;
        }
    }
    // Counting needs the curation state and the index, never the articles themselves.
    Statement statement = filterClause(query, fts);
    statement.sql.prepend(fts.isEmpty()
                              ? QStringLiteral("SELECT count(*) FROM article_curation c WHERE ")
                              : QStringLiteral("SELECT count(*) FROM articles_fts f "
                                               "JOIN article_curation c ON c.article_id = f.rowid WHERE "));
    auto result = run(m_library.database(), statement, tr("The articles could not be counted."));
    if (!result)
        return result.error();
    return result->next() ? result->value(0).toInt() : 0;
}

Result<ArticleCounts> ArticleRepository::counts() const
{
    Statement statement{
        // Two index ranges of article_curation_status (trashed_at, status), already in status order:
        // grouping on `trashed_at IS NOT NULL` sorted the whole table first (30 ms → 6 ms at 100,000).
        QStringLiteral(
            "SELECT 0, status, count(*) FROM article_curation WHERE trashed_at IS NULL GROUP BY status "
            "UNION ALL SELECT 1, '', count(*) FROM article_curation WHERE trashed_at IS NOT NULL"),
        {}};
    auto result = run(m_library.database(), statement, tr("The articles could not be counted."));
    if (!result)
        return result.error();
    ArticleCounts counts;
    while (result->next()) {
        const int n = result->value(2).toInt();
        if (result->value(0).toBool()) {
            counts.trashed += n;
            continue;
        }
        counts.total += n;
        if (const auto status = ArticleText::statusFromKey(result->value(1).toString()))
            counts.byStatus[*status] += n;
    }
    return counts;
}

Result<Article> ArticleRepository::find(qint64 id) const
{
    auto statement = m_library.statements().take(
        QStringLiteral("SELECT a.id, url, canonical_url, title, dek, byline, dateline, agency, source, "
                       "published_at, imported_at, language, image_url, image_caption, image_credit, "
                       "body_html, body_text, word_count, content_hash, c.status, c.note, c.trashed_at, guid "
                       "FROM articles a JOIN article_curation c ON c.article_id = a.id WHERE a.id = ?"));
    QSqlQuery &q = *statement;
    q.addBindValue(id);
    if (!q.exec())
        return LibraryText::queryFailed(tr("The article could not be read."), q.lastError().text());
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(id)};
    auto time = [&q](int column) {
        return q.value(column).isNull()
                   ? QDateTime()
                   : QDateTime::fromSecsSinceEpoch(q.value(column).toLongLong(), Qt::UTC);
    };
    Article article;
    article.id = q.value(0).toLongLong();
    article.url = q.value(1).toString();
    article.canonicalUrl = q.value(2).toString();
    article.title = q.value(3).toString();
    article.dek = q.value(4).toString();
    article.byline = q.value(5).toString();
    article.dateline = q.value(6).toString();
    article.agency = q.value(7).toString();
    article.source = q.value(8).toString();
    article.publishedAt = time(9);
    article.importedAt = time(10);
    article.language = q.value(11).toString();
    article.imageUrl = q.value(12).toString();
    article.imageCaption = q.value(13).toString();
    article.imageCredit = q.value(14).toString();
    article.bodyHtml = q.value(15).toString();
    article.bodyText = q.value(16).toString();
    article.wordCount = q.value(17).toInt();
    article.contentHash = q.value(18).toString();
    article.status = ArticleText::statusFromKey(q.value(19).toString()).value_or(ArticleStatus::New);
    article.note = q.value(20).toString();
    article.trashedAt = time(21);
    article.guid = q.value(22).toString();
    return article;
}

Status ArticleRepository::insertOne(Article article, bool keepId, qint64 *newId)
{
    QSqlDatabase db = m_library.database();
    if (article.bodyText.isEmpty() && !article.bodyHtml.isEmpty())
        article.bodyText = plainTextFromHtml(article.bodyHtml);
    if (article.wordCount == 0)
        article.wordCount = countWords(article.bodyText);
    if (article.contentHash.isEmpty())
        article.contentHash = contentHash(article);
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();

    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO articles(id, url, canonical_url, title, dek, byline, dateline, agency, source, "
        "published_at, "
        "imported_at, language, image_url, image_caption, image_credit, body_html, body_text, word_count, "
        "content_hash, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(keepId ? QVariant(article.id) : QVariant(QMetaType::fromType<qint64>()));
    for (const QString *text : {&article.url, &article.canonicalUrl, &article.title, &article.dek,
                                &article.byline, &article.dateline, &article.agency, &article.source})
        query.addBindValue(textValue(*text));
    query.addBindValue(secondsOrNull(article.publishedAt));
    query.addBindValue(article.importedAt.toSecsSinceEpoch());
    for (const QString *text : {&article.language, &article.imageUrl, &article.imageCaption,
                                &article.imageCredit, &article.bodyHtml, &article.bodyText})
        query.addBindValue(textValue(*text));
    query.addBindValue(article.wordCount);
    query.addBindValue(textValue(article.contentHash));
    query.addBindValue(textValue(article.guid));
    if (!query.exec())
        return LibraryText::queryFailed(tr("The article “%1” could not be added.").arg(article.title),
                                        query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();

    QSqlQuery curation(db);
    curation.prepare(QStringLiteral("UPDATE article_curation SET status = ?, note = ?, trashed_at = ? "
                                    "WHERE article_id = ?"));
    curation.addBindValue(ArticleText::statusKey(article.status));
    curation.addBindValue(textValue(article.note));
    curation.addBindValue(secondsOrNull(article.trashedAt));
    curation.addBindValue(id);
    if (!curation.exec())
        return LibraryText::queryFailed(tr("The article “%1” could not be added.").arg(article.title),
                                        curation.lastError().text());
    *newId = id;
    return {};
}

Result<QList<qint64>> ArticleRepository::insert(const QList<Article> &articles)
{
    QList<qint64> ids;
    ids.reserve(articles.size());
    const Status status = m_library.transaction([&]() -> Status {
        for (const Article &article : articles) {
            qint64 id = 0;
            if (Status inserted = insertOne(article, false, &id); !inserted)
                return inserted;
            ids << id;
        }
        return m_library.recordAction(QStringLiteral("articles.add"), QStringLiteral("article"),
                                      ids.isEmpty() ? 0 : ids.first(),
                                      {{QStringLiteral("count"), ids.size()}});
    });
    if (!status)
        return status.error();
    if (!ids.isEmpty())
        m_library.announce([this, ids]() { emit m_library.articlesInserted(ids); });
    return ids;
}

Status ArticleRepository::reinsert(const Article &article)
{
    const Status status = m_library.transaction([&]() -> Status {
        qint64 id = 0;
        if (Status inserted = insertOne(article, true, &id); !inserted)
            return inserted;
        return m_library.recordAction(QStringLiteral("article.reinsert"), QStringLiteral("article"), id);
    });
    if (status)
        m_library.announce([this, id = article.id]() { emit m_library.articlesInserted({id}); });
    return status;
}

Status ArticleRepository::setField(qint64 id, ArticleField field, const QVariant &value)
{
    Article updated;
    updated.setField(field, value);
    const FieldColumn target = columnOf(field);
    QVariant stored;
    switch (field) {
    case ArticleField::Title:
        if (updated.title.trimmed().isEmpty())
            return Error{Error::Code::InvalidArgument, tr("An article needs a title.")};
        stored = updated.title.trimmed();
        break;
    case ArticleField::Status: {
        std::optional<ArticleStatus> status;
        if (value.metaType() == QMetaType::fromType<ArticleStatus>())
            status = value.value<ArticleStatus>();
        else
            status = ArticleText::statusFromKey(value.toString());
        if (!status)
            return Error{
                Error::Code::InvalidArgument,
                tr("“%1” is not a status; use new, reviewed, selected or rejected.").arg(value.toString())};
        stored = ArticleText::statusKey(*status);
        break;
    }
    case ArticleField::PublishedAt: {
        QDateTime time = value.toDateTime();
        if (value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
            time = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (!time.isValid())
                return Error{Error::Code::InvalidArgument,
                             tr("“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.")
                                 .arg(value.toString())};
        }
        stored = secondsOrNull(time);
        break;
    }
    case ArticleField::Language: {
        static const QRegularExpression languageTag(QStringLiteral("^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)?$"));
        if (!languageTag.match(updated.language).hasMatch())
            return Error{Error::Code::InvalidArgument,
                         tr("“%1” is not a language tag such as en, ja or pt-BR.").arg(updated.language)};
        stored = textValue(updated.language);
        break;
    }
    default:
        stored = textValue(updated.field(field).toString());
        break;
    }

    const Status status = m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        if (field == ArticleField::Body) {
            query.prepare(QStringLiteral("UPDATE articles SET body_text = ?, body_html = ?, word_count = ?, "
                                         "content_hash = ? WHERE id = ?"));
            query.addBindValue(textValue(updated.bodyText));
            query.addBindValue(textValue(updated.bodyHtml));
            query.addBindValue(updated.wordCount);
            query.addBindValue(contentHash(updated));
        } else if (target.curation) {
            query.prepare(QStringLiteral("UPDATE article_curation SET %1 = ?, updated_at = unixepoch() "
                                         "WHERE article_id = ?")
                              .arg(QLatin1String(target.column)));
            query.addBindValue(stored);
        } else {
            query.prepare(
                QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(target.column)));
            query.addBindValue(stored);
        }
        query.addBindValue(id);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The article could not be changed."),
                                            query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(id)};
        return m_library.recordAction(
            QStringLiteral("article.edit"), QStringLiteral("article"), id,
            {{QStringLiteral("field"), ArticleText::fieldKey(field)}, {QStringLiteral("value"), stored}});
    });
    if (status)
        m_library.announce([this, id, field]() { emit m_library.articleChanged(id, {field}); });
    return status;
}

Status ArticleRepository::setStatus(const QList<qint64> &ids, ArticleStatus status)
{
    return m_library.transaction([&]() -> Status {
        for (qint64 id : ids)
            if (Status changed = setField(id, ArticleField::Status, QVariant::fromValue(status)); !changed)
                return changed;
        return {};
    });
}

Status ArticleRepository::setTrashed(const QList<qint64> &ids, bool trashed)
{
    const Status status = m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("UPDATE article_curation SET trashed_at = %1 WHERE article_id IN (%2)")
                          .arg(trashed ? QStringLiteral("unixepoch()") : QStringLiteral("NULL"),
                               placeholders(ids.size())));
        for (qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec())
            return LibraryText::queryFailed(trashed
                                                ? tr("The articles could not be moved to the trash.")
                                                : tr("The articles could not be restored from the trash."),
                                            query.lastError().text());
        if (query.numRowsAffected() != ids.size())
            return Error{Error::Code::NotFound, tr("Some of the articles no longer exist.")};
        for (qint64 id : ids)
            if (Status logged = m_library.recordAction(trashed ? QStringLiteral("article.trash")
                                                               : QStringLiteral("article.restore"),
                                                       QStringLiteral("article"), id);
                !logged)
                return logged;
        return {};
    });
    if (status && !ids.isEmpty()) {
        if (trashed)
            m_library.announce([this, ids]() { emit m_library.articlesTrashed(ids); });
        else
            m_library.announce([this, ids]() { emit m_library.articlesRestored(ids); });
    }
    return status;
}

Status ArticleRepository::moveToTrash(const QList<qint64> &ids)
{
    return setTrashed(ids, true);
}

Status ArticleRepository::restore(const QList<qint64> &ids)
{
    return setTrashed(ids, false);
}

Status ArticleRepository::purge(const QList<qint64> &ids)
{
    const Status status = m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("DELETE FROM articles WHERE id IN (%1)").arg(placeholders(ids.size())));
        for (qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The articles could not be deleted."),
                                            query.lastError().text());
        return m_library.recordAction(QStringLiteral("articles.purge"), QStringLiteral("article"),
                                      ids.isEmpty() ? 0 : ids.first(),
                                      {{QStringLiteral("count"), ids.size()}});
    });
    if (status && !ids.isEmpty())
        m_library.announce([this, ids]() { emit m_library.articlesPurged(ids); });
    return status;
}

Result<int> ArticleRepository::emptyTrash()
{
    auto trashed =
        run(m_library.database(),
            {QStringLiteral("SELECT article_id FROM article_curation WHERE trashed_at IS NOT NULL"), {}},
            tr("The trash could not be read."));
    if (!trashed)
        return trashed.error();
    QList<qint64> ids;
    while (trashed->next())
        ids << trashed->value(0).toLongLong();
    trashed->finish();
    if (ids.isEmpty())
        return 0;
    if (Status purged = purge(ids); !purged)
        return purged.error();
    return int(ids.size());
}

} // namespace Newsdesk
