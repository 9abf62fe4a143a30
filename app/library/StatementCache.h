#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Newsdesk {

/// Prepared statements kept on one connection for reuse, so that SQLite parses a hot statement once rather
/// than at every call. Gathering a 1,000-article bundle for export prepares five statements per article, and
/// parsing them was 40% of the gathering (perf, newsdesk-bench export at 100,000 articles).
///
/// A statement is lent out for one use: the lease resets it when it ends, because a statement left
/// mid-result keeps its connection's read transaction open, and the connection would go on reading the
/// library as it was then, blind to what newsdesk-cli or an import thread commits. Asking for a statement
/// that is already lent out (a nested use) gives a fresh one, used once.
class StatementCache
{
public:
    /// How many statements are kept; the least recently lent is dropped past it.
    static constexpr int Capacity = 32;

    explicit StatementCache(QString connectionName);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    class Lease
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        ~Lease();

        QSqlQuery &operator*() { return *m_query; }
        QSqlQuery *operator->() { return m_query; }

    private:
        friend class StatementCache;
        Lease(QSqlQuery *query, bool *lent, std::unique_ptr<QSqlQuery> once);

        QSqlQuery *m_query;
        bool *m_lent;                      ///< The cached entry's flag, or null for a statement used once.
        std::unique_ptr<QSqlQuery> m_once; ///< Owns the statement when it is not a cached one.
    };

    /// The statement for sql, prepared; binds and exec() are the caller's. A statement that cannot be
    /// prepared is not kept: its lastError() says why, and its exec() fails.
    Lease take(const QString &sql);
    /// Drops every statement that is not lent out (before the connection closes, or the schema changes).
    void clear();

private:
    struct Entry
    {
        QSqlQuery query;
        bool lent = false;
        quint64 lastUse = 0;
    };

    QString m_connectionName;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    quint64 m_uses = 0;
};

} // namespace Newsdesk
