#include "BundleRepository.h"

#include "Library.h"
#include "SqlValues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Newsdesk {

namespace {

constexpr auto HeaderColumns = "SELECT id, name, title, intro, include_topics, include_comments, include_images, "
                               "include_source_links, saved_search, created_at, updated_at FROM bundles ";

Bundle headerFrom(const QSqlQuery &query)
{
    Bundle bundle;
    bundle.id = query.value(0).toLongLong();
    bundle.name = query.value(1).toString();
    bundle.title = query.value(2).toString();
    bundle.intro = query.value(3).toString();
    bundle.options.topics = query.value(4).toBool();
    bundle.options.comments = query.value(5).toBool();
    bundle.options.images = query.value(6).toBool();
    bundle.options.sourceLinks = query.value(7).toBool();
    bundle.savedSearch = query.value(8).toString();
    bundle.createdAt = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    bundle.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    return bundle;
}

void bindHeader(QSqlQuery &query, const Bundle &bundle)
{
    query.addBindValue(bundle.name.trimmed());
    query.addBindValue(textValue(bundle.title));
    query.addBindValue(textValue(bundle.intro));
    query.addBindValue(bundle.options.topics);
    query.addBindValue(bundle.options.comments);
    query.addBindValue(bundle.options.images);
    query.addBindValue(bundle.options.sourceLinks);
    query.addBindValue(textValue(bundle.savedSearch));
}

} // namespace

BundleRepository::BundleRepository(Library &library)
    : m_library(library)
{
}

Status BundleRepository::validate(const Bundle &bundle)
{
    if (bundle.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidArgument, tr("A bundle needs a name.")};
    QSet<qint64> seen;
    for (const BundleEntry &entry : bundle.entries) {
        if (entry.isSection()) {
            if (entry.heading.trimmed().isEmpty())
                return Error{Error::Code::InvalidArgument, tr("A section needs a heading.")};
        } else if (entry.articleId < 0 || seen.contains(entry.articleId)) {
            return Error{Error::Code::InvalidArgument,
                         tr("Article %1 is in the bundle twice.").arg(entry.articleId)};
        } else {
            seen.insert(entry.articleId);
        }
    }
    return {};
}

Result<QList<BundleSummary>> BundleRepository::list() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(QStringLiteral(
            "SELECT b.id, b.name, b.title, b.updated_at, "
            "(SELECT count(*) FROM bundle_entries e WHERE e.bundle_id = b.id AND e.article_id IS NOT NULL) "
            "FROM bundles b ORDER BY b.name COLLATE NOCASE, b.id")))
        return LibraryText::queryFailed(tr("The bundles could not be listed."), query.lastError().text());
    QList<BundleSummary> bundles;
    while (query.next()) {
        BundleSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        summary.title = query.value(2).toString();
        summary.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        summary.articleCount = query.value(4).toInt();
        bundles << summary;
    }
    return bundles;
}

Result<Bundle> BundleRepository::find(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QString::fromLatin1(HeaderColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The bundle could not be read."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no bundle %1.").arg(id)};
    Bundle bundle = headerFrom(query);

    QSqlQuery entries(m_library.database());
    entries.prepare(QStringLiteral("SELECT ifnull(article_id, 0), heading, blurb FROM bundle_entries "
                                   "WHERE bundle_id = ? ORDER BY position, id"));
    entries.addBindValue(id);
    if (!entries.exec())
        return LibraryText::queryFailed(tr("The bundle could not be read."), entries.lastError().text());
    while (entries.next())
        bundle.entries << BundleEntry{entries.value(0).toLongLong(), entries.value(1).toString(),
                                      entries.value(2).toString()};
    return bundle;
}

Result<Bundle> BundleRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT id FROM bundles WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return LibraryText::queryFailed(tr("The bundle could not be looked up."), query.lastError().text());
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no bundle named “%1”.").arg(name)};
    return find(query.value(0).toLongLong());
}

Result<bool> BundleRepository::nameTaken(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT 1 FROM bundles WHERE name = ? COLLATE NOCASE AND id <> ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(exceptId);
    if (!query.exec())
        return LibraryText::queryFailed(tr("The bundle could not be looked up."), query.lastError().text());
    return query.next();
}

Result<QString> BundleRepository::freeName(const QString &name) const
{
    const QString base = name.trimmed();
    QString candidate = base;
    for (int n = 2;; ++n) {
        auto taken = nameTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
        candidate = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

Status BundleRepository::checkName(const Bundle &bundle) const
{
    auto taken = nameTaken(bundle.name, bundle.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{Error::Code::InvalidArgument,
                     tr("There is already a bundle named “%1”.").arg(bundle.name.trimmed())};
    return {};
}

Status BundleRepository::writeEntries(const Bundle &bundle)
{
    QSqlQuery clear(m_library.database());
    clear.prepare(QStringLiteral("DELETE FROM bundle_entries WHERE bundle_id = ?"));
    clear.addBindValue(bundle.id);
    if (!clear.exec())
        return LibraryText::queryFailed(tr("The bundle could not be saved."), clear.lastError().text());
    QSqlQuery insert(m_library.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO bundle_entries(bundle_id, position, article_id, heading, blurb) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const BundleEntry &entry : bundle.entries) {
        insert.addBindValue(bundle.id);
        insert.addBindValue(position++);
        insert.addBindValue(entry.isSection() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(entry.articleId));
        insert.addBindValue(textValue(entry.isSection() ? entry.heading.trimmed() : QString()));
        insert.addBindValue(textValue(entry.isSection() ? QString() : entry.blurb));
        if (!insert.exec()) {
            if (!entry.isSection())
                return Error{Error::Code::NotFound,
                             tr("Article %1 cannot go into the bundle: %2")
                                 .arg(entry.articleId)
                                 .arg(insert.lastError().text())};
            return LibraryText::queryFailed(tr("The bundle could not be saved."), insert.lastError().text());
        }
    }
    return {};
}

Result<qint64> BundleRepository::create(const Bundle &bundle)
{
    if (Status valid = validate(bundle); !valid)
        return valid.error();
    Bundle stored = bundle;
    const Status status = m_library.transaction([&]() -> Status {
        if (Status name = checkName(stored); !name)
            return name;
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral(
            "INSERT INTO bundles(id, name, title, intro, include_topics, include_comments, include_images, "
            "include_source_links, saved_search, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ifnull(?, unixepoch()), ifnull(?, unixepoch()))"));
        query.addBindValue(stored.id > 0 ? QVariant(stored.id) : QVariant(QMetaType::fromType<qint64>()));
        bindHeader(query, stored);
        query.addBindValue(secondsOrNull(stored.createdAt));
        query.addBindValue(secondsOrNull(stored.updatedAt));
        if (!query.exec())
            return LibraryText::queryFailed(tr("The bundle could not be created."), query.lastError().text());
        stored.id = query.lastInsertId().toLongLong();
        if (Status entries = writeEntries(stored); !entries)
            return entries;
        const qint64 id = stored.id;
        m_library.announce([this, id] { emit m_library.bundleInserted(id); });
        return m_library.recordAction(QStringLiteral("bundle.create"), QStringLiteral("bundle"), id,
                                      {{QStringLiteral("name"), stored.name}});
    });
    if (!status)
        return status.error();
    return stored.id;
}

Status BundleRepository::save(const Bundle &bundle)
{
    if (Status valid = validate(bundle); !valid)
        return valid;
    return m_library.transaction([&]() -> Status {
        if (Status name = checkName(bundle); !name)
            return name;
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral(
            "UPDATE bundles SET name = ?, title = ?, intro = ?, include_topics = ?, include_comments = ?, "
            "include_images = ?, include_source_links = ?, saved_search = ?, updated_at = unixepoch() "
            "WHERE id = ?"));
        bindHeader(query, bundle);
        query.addBindValue(bundle.id);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The bundle could not be saved."), query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no bundle %1.").arg(bundle.id)};
        if (Status entries = writeEntries(bundle); !entries)
            return entries;
        const qint64 id = bundle.id;
        m_library.announce([this, id] { emit m_library.bundleChanged(id); });
        return m_library.recordAction(QStringLiteral("bundle.edit"), QStringLiteral("bundle"), id);
    });
}

Status BundleRepository::remove(qint64 id)
{
    return m_library.transaction([&]() -> Status {
        QSqlQuery query(m_library.database());
        query.prepare(QStringLiteral("DELETE FROM bundles WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return LibraryText::queryFailed(tr("The bundle could not be deleted."), query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no bundle %1.").arg(id)};
        m_library.announce([this, id] { emit m_library.bundleRemoved(id); });
        return m_library.recordAction(QStringLiteral("bundle.delete"), QStringLiteral("bundle"), id);
    });
}

Result<QList<qint64>> BundleRepository::addArticles(qint64 bundleId, const QList<qint64> &articleIds)
{
    auto bundle = find(bundleId);
    if (!bundle)
        return bundle.error();
    const QList<qint64> already = bundle->articleIds();
    QSet<qint64> present(already.cbegin(), already.cend());
    QList<qint64> added;
    for (qint64 id : articleIds) {
        if (present.contains(id))
            continue;
        present.insert(id);
        bundle->entries << BundleEntry::article(id);
        added << id;
    }
    if (added.isEmpty())
        return added;
    if (Status saved = save(*bundle); !saved)
        return saved.error();
    return added;
}

} // namespace Newsdesk
