#include "StatementCache.h"

#include <QSqlDatabase>

#include <utility>

namespace Newsdesk {

StatementCache::StatementCache(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

StatementCache::~StatementCache() = default;

StatementCache::Lease::Lease(QSqlQuery *query, bool *lent, std::unique_ptr<QSqlQuery> once)
    : m_query(query)
    , m_lent(lent)
    , m_once(std::move(once))
{
}

StatementCache::Lease::Lease(Lease &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_lent(std::exchange(other.m_lent, nullptr))
    , m_once(std::move(other.m_once))
{
}

StatementCache::Lease::~Lease()
{
    if (!m_query)
        return; // moved from
    // Reset, so the connection's read transaction ends with the last statement that used it.
    m_query->finish();
    if (m_lent)
        *m_lent = false;
}

StatementCache::Lease StatementCache::take(const QString &sql)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto found = m_entries.find(sql);
    if (found != m_entries.end() && (*found)->lent) {
        auto once = std::make_unique<QSqlQuery>(db);
        once->setForwardOnly(true);
        once->prepare(sql);
        QSqlQuery *query = once.get();
        return Lease(query, nullptr, std::move(once));
    }
    if (found == m_entries.end()) {
        auto entry = std::make_shared<Entry>();
        entry->query = QSqlQuery(db);
        entry->query.setForwardOnly(true);
        if (!entry->query.prepare(sql)) {
            // Not kept: the caller's exec() reports why, and the next call tries again.
            auto once = std::make_unique<QSqlQuery>(std::move(entry->query));
            QSqlQuery *query = once.get();
            return Lease(query, nullptr, std::move(once));
        }
        if (m_entries.size() >= Capacity) {
            // The least recently lent of those not lent out now makes room.
            auto oldest = m_entries.end();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
                if (!(*it)->lent && (oldest == m_entries.end() || (*it)->lastUse < (*oldest)->lastUse))
                    oldest = it;
            if (oldest != m_entries.end())
                m_entries.erase(oldest);
        }
        found = m_entries.insert(sql, std::move(entry));
    }
    Entry &entry = **found;
    entry.lent = true;
    entry.lastUse = ++m_uses;
    return Lease(&entry.query, &entry.lent, nullptr);
}

void StatementCache::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = (*it)->lent ? std::next(it) : m_entries.erase(it);
}

} // namespace Newsdesk
