#pragma once

#include "core/Bundle.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace Newsdesk {

class Library;

/// Pure edits of a bundle's entries, shared by the undo commands and the entries model's drops.
namespace BundleEdits {
/// entries with the rows moved (in their order) to sit before row `to` of the original list.
QList<BundleEntry> moved(const QList<BundleEntry> &entries, QList<int> rows, int to);
/// entries with the articles not already there inserted at row `at` (clamped); -1 appends.
QList<BundleEntry> withArticles(const QList<BundleEntry> &entries, const QList<qint64> &articleIds, int at);
/// entries without these rows.
QList<BundleEntry> without(const QList<BundleEntry> &entries, QList<int> rows);
} // namespace BundleEdits

/// Adds a bundle; undo deletes it again, redo brings it back under the same id.
class CreateBundle : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CreateBundle)

public:
    CreateBundle(Library &library, Bundle bundle, const QString &text = {});
    /// A copy of source (entries and all) under a free name, "… copy".
    static CreateBundle *duplicate(Library &library, const Bundle &source);

    qint64 bundleId() const { return m_bundle.id; }
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Bundle m_bundle;
};

/// Deletes a bundle; undo brings back the same bundle, id and entries included.
class DeleteBundle : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DeleteBundle)

public:
    DeleteBundle(Library &library, Bundle bundle);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Bundle m_bundle;
};

/// Any change to one stored bundle, kept as whole before and after states (a bundle is small): redo
/// saves the one, undo the other. The verbs below only compute the state after.
class ChangeBundle : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ChangeBundle)

public:
    ChangeBundle(Library &library, Bundle before, Bundle after, const QString &text);

    qint64 bundleId() const { return m_after.id; }
    const Bundle &after() const { return m_after; }
    /// Whether the edit changes anything; pushing one that does not only clutters the history.
    bool changes() const { return !m_before.sameContent(m_after); }
    void undo() override;
    void redo() override;

protected:
    Library &m_library;
    Bundle m_before;
    Bundle m_after;
};

class RenameBundle : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RenameBundle)

public:
    RenameBundle(Library &library, const Bundle &bundle, const QString &name);
};

/// The title, intro, options or saved search: what the editor's fields hold.
class EditBundleDetails : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::EditBundleDetails)

public:
    EditBundleDetails(Library &library, const Bundle &before, const Bundle &after);
};

class AddBundleArticles : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::AddBundleArticles)

public:
    /// Inserts the articles not yet in the bundle before row `at`; -1 appends.
    AddBundleArticles(Library &library, const Bundle &bundle, const QList<qint64> &articleIds, int at = -1);
};

/// Removes article and section entries alike.
class RemoveBundleEntries : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RemoveBundleEntries)

public:
    RemoveBundleEntries(Library &library, const Bundle &bundle, const QList<int> &rows);
};

class MoveBundleEntries : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MoveBundleEntries)

public:
    /// Moves rows (kept in order) before row `to` of the list as it is now.
    MoveBundleEntries(Library &library, const Bundle &bundle, const QList<int> &rows, int to);
};

class AddBundleSection : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::AddBundleSection)

public:
    AddBundleSection(Library &library, const Bundle &bundle, int at, const QString &heading);
};

class RenameBundleSection : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RenameBundleSection)

public:
    RenameBundleSection(Library &library, const Bundle &bundle, int row, const QString &heading);
};

/// The curator's words on one article. Typing merges into one step while it stays on that article.
class EditBundleBlurb : public ChangeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::EditBundleBlurb)

public:
    EditBundleBlurb(Library &library, const Bundle &bundle, qint64 articleId, const QString &blurb);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_articleId;
};

} // namespace Newsdesk
