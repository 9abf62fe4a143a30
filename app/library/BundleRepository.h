#pragma once

#include "core/Bundle.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Newsdesk {

class Library;

/// Bundles and their ordered entries. A bundle is small (hundreds of entries), so saving one writes its
/// header and rewrites its entries in one transaction: the undo commands keep whole states and the
/// repository has one write path to get right.
class BundleRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleRepository)

public:
    explicit BundleRepository(Library &library);

    /// Every bundle, by name.
    Result<QList<BundleSummary>> list() const;
    Result<Bundle> find(qint64 id) const;
    /// The bundle with this name (ignoring case), or a NotFound error that names it.
    Result<Bundle> findByName(const QString &name) const;
    /// Whether a bundle other than exceptId has this name (ignoring case).
    Result<bool> nameTaken(const QString &name, qint64 exceptId = 0) const;
    /// name itself when free, else "name 2", "name 3", …
    Result<QString> freeName(const QString &name) const;

    /// Stores a new bundle with its entries and returns its id; with bundle.id set it comes back under
    /// that id (undoing a deletion).
    Result<qint64> create(const Bundle &bundle);
    /// Replaces the stored bundle's header and entries with these.
    Status save(const Bundle &bundle);
    Status remove(qint64 id);
    /// Appends the articles not already in the bundle; returns the ones added, in order.
    Result<QList<qint64>> addArticles(qint64 bundleId, const QList<qint64> &articleIds);

    /// Why a bundle cannot be stored as it is (empty name, an article twice, …), or nothing.
    static Status validate(const Bundle &bundle);

private:
    Status writeEntries(const Bundle &bundle);
    Status checkName(const Bundle &bundle) const;

    Library &m_library;
};

} // namespace Newsdesk
