#include "BundleCommands.h"

#include "articles/ArticleCommands.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <algorithm>

namespace Newsdesk {

namespace {

void report(Library &library, const Status &status)
{
    if (!status)
        emit library.errorOccurred(status.errorString());
}

QList<int> sortedUnique(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

Bundle withEntries(Bundle bundle, QList<BundleEntry> entries)
{
    bundle.entries = std::move(entries);
    return bundle;
}

} // namespace

QList<BundleEntry> BundleEdits::moved(const QList<BundleEntry> &entries, QList<int> rows, int to)
{
    rows = sortedUnique(std::move(rows));
    QList<BundleEntry> moving;
    QList<BundleEntry> staying;
    int insertAt = 0;
    to = std::clamp(to, 0, int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        if (row == to)
            insertAt = int(staying.size());
        if (rows.contains(row))
            moving << entries.at(row);
        else
            staying << entries.at(row);
    }
    if (to == entries.size())
        insertAt = int(staying.size());
    for (int i = 0; i < moving.size(); ++i)
        staying.insert(insertAt + i, moving.at(i));
    return staying;
}

QList<BundleEntry> BundleEdits::withArticles(const QList<BundleEntry> &entries,
                                             const QList<qint64> &articleIds, int at)
{
    QList<BundleEntry> result = entries;
    int row = at < 0 ? int(result.size()) : std::min(at, int(result.size()));
    QList<qint64> present;
    for (const BundleEntry &entry : entries)
        present << entry.articleId;
    for (qint64 id : articleIds) {
        if (id <= 0 || present.contains(id))
            continue; // an article appears once in a bundle
        present << id;
        result.insert(row++, BundleEntry::article(id));
    }
    return result;
}

QList<BundleEntry> BundleEdits::without(const QList<BundleEntry> &entries, QList<int> rows)
{
    rows = sortedUnique(std::move(rows));
    QList<BundleEntry> result = entries;
    for (auto row = rows.crbegin(); row != rows.crend(); ++row)
        if (*row >= 0 && *row < result.size())
            result.removeAt(*row);
    return result;
}

CreateBundle::CreateBundle(Library &library, Bundle bundle, const QString &text)
    : QUndoCommand(text.isEmpty() ? tr("New Bundle “%1”").arg(bundle.name) : text)
    , m_library(library)
    , m_bundle(std::move(bundle))
{
}

CreateBundle *CreateBundle::duplicate(Library &library, const Bundle &source)
{
    Bundle copy = source;
    copy.id = 0;
    const auto name = library.bundles().freeName(tr("%1 copy").arg(source.name));
    if (!name) {
        report(library, name.error());
        return nullptr;
    }
    copy.name = *name;
    return new CreateBundle(library, copy, tr("Duplicate Bundle “%1”").arg(source.name));
}

void CreateBundle::redo()
{
    const auto created = m_library.bundles().create(m_bundle); // under the same id after an undo
    if (!created) {
        report(m_library, created.error());
        setObsolete(true);
        return;
    }
    m_bundle.id = *created;
}

void CreateBundle::undo()
{
    // What was added to the bundle since is undone before this, so its state now is the one created.
    report(m_library, m_library.bundles().remove(m_bundle.id));
}

DeleteBundle::DeleteBundle(Library &library, Bundle bundle)
    : QUndoCommand(tr("Delete Bundle “%1”").arg(bundle.name))
    , m_library(library)
    , m_bundle(std::move(bundle))
{
}

void DeleteBundle::redo()
{
    const Status removed = m_library.bundles().remove(m_bundle.id);
    report(m_library, removed);
    if (!removed)
        setObsolete(true);
}

void DeleteBundle::undo()
{
    const auto restored = m_library.bundles().create(m_bundle); // keeps its id, so later steps find it
    if (!restored)
        report(m_library, restored.error());
}

ChangeBundle::ChangeBundle(Library &library, Bundle before, Bundle after, const QString &text)
    : QUndoCommand(text)
    , m_library(library)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeBundle::redo()
{
    const Status saved = m_library.bundles().save(m_after);
    report(m_library, saved);
    // A refused state (a name taken, say) must not stay in the history as if it had been applied.
    if (!saved)
        setObsolete(true);
}

void ChangeBundle::undo()
{
    report(m_library, m_library.bundles().save(m_before));
}

RenameBundle::RenameBundle(Library &library, const Bundle &bundle, const QString &name)
    : ChangeBundle(library, bundle, bundle, tr("Rename Bundle “%1”").arg(bundle.name))
{
    m_after.name = name.trimmed();
}

EditBundleDetails::EditBundleDetails(Library &library, const Bundle &before, const Bundle &after)
    : ChangeBundle(library, before, after, tr("Edit Bundle “%1”").arg(before.name))
{
    // Only the details: entries and name have commands of their own.
    m_after.entries = before.entries;
    m_after.name = before.name;
}

AddBundleArticles::AddBundleArticles(Library &library, const Bundle &bundle, const QList<qint64> &articleIds,
                                     int at)
    : ChangeBundle(library, bundle,
                   withEntries(bundle, BundleEdits::withArticles(bundle.entries, articleIds, at)), {})
{
    const int added = int(m_after.entries.size() - m_before.entries.size());
    setText(tr("Add %n Article(s) to “%1”", nullptr, added).arg(bundle.name));
}

RemoveBundleEntries::RemoveBundleEntries(Library &library, const Bundle &bundle, const QList<int> &rows)
    : ChangeBundle(library, bundle, withEntries(bundle, BundleEdits::without(bundle.entries, rows)),
                   tr("Remove %n Entry(s) from “%1”", nullptr, int(rows.size())).arg(bundle.name))
{
}

MoveBundleEntries::MoveBundleEntries(Library &library, const Bundle &bundle, const QList<int> &rows, int to)
    : ChangeBundle(library, bundle, withEntries(bundle, BundleEdits::moved(bundle.entries, rows, to)),
                   tr("Move %n Entry(s) in “%1”", nullptr, int(rows.size())).arg(bundle.name))
{
}

AddBundleSection::AddBundleSection(Library &library, const Bundle &bundle, int at, const QString &heading)
    : ChangeBundle(library, bundle, bundle, tr("Add Section “%1”").arg(heading))
{
    m_after.entries.insert(std::clamp(at, 0, int(m_after.entries.size())), BundleEntry::section(heading));
}

RenameBundleSection::RenameBundleSection(Library &library, const Bundle &bundle, int row,
                                         const QString &heading)
    : ChangeBundle(library, bundle, bundle, tr("Rename Section “%1”").arg(heading))
{
    if (row >= 0 && row < m_after.entries.size() && m_after.entries.at(row).isSection())
        m_after.entries[row].heading = heading;
}

EditBundleBlurb::EditBundleBlurb(Library &library, const Bundle &bundle, qint64 articleId,
                                 const QString &blurb)
    : ChangeBundle(library, bundle, bundle, tr("Edit Blurb"))
    , m_articleId(articleId)
{
    for (BundleEntry &entry : m_after.entries)
        if (entry.articleId == articleId)
            entry.blurb = blurb;
}

int EditBundleBlurb::id() const
{
    return int(UndoMergeId::BundleBlurb);
}

bool EditBundleBlurb::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditBundleBlurb *>(other);
    if (next->bundleId() != bundleId() || next->m_articleId != m_articleId)
        return false;
    m_after = next->m_after;
    setObsolete(!changes()); // typed and deleted again: nothing left to undo
    return true;
}

} // namespace Newsdesk
