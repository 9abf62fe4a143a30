#pragma once

#include "core/Article.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace Newsdesk {

class Library;

/// Merge ids of undo commands, in one place so two commands never share one by accident.
enum class UndoMergeId { None = -1, BundleBlurb = 1 };

/// Changes one field of one article (after Tiled's ChangeValue): redo applies the new value,
/// undo the old one, both through the store so every view follows.
class SetArticleField : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SetArticleField)

public:
    SetArticleField(Library &library, qint64 id, ArticleField field, QVariant oldValue, QVariant newValue,
                    QUndoCommand *parent = nullptr);

    /// A command that sets field to value, or nullptr when the article is gone or already has that value.
    static SetArticleField *create(Library &library, qint64 id, ArticleField field, const QVariant &value);

    void undo() override;
    void redo() override;

private:
    static QString changeText(ArticleField field);
    void apply(const QVariant &value);

    Library &m_library;
    qint64 m_id;
    ArticleField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

/// Gives several articles one status, remembering each one's previous status.
class SetArticlesStatus : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SetArticlesStatus)

public:
    /// nullptr when none of the articles would change.
    static SetArticlesStatus *create(Library &library, const QList<qint64> &ids, ArticleStatus status);

    void undo() override;
    void redo() override;

private:
    SetArticlesStatus(Library &library, QList<std::pair<qint64, ArticleStatus>> previous,
                      ArticleStatus status);
    static QString markText(ArticleStatus status, int count);

    Library &m_library;
    QList<std::pair<qint64, ArticleStatus>> m_previous;
    ArticleStatus m_status;
};

/// Moves articles to the trash (or, with restore, out of it); undo does the opposite.
class TrashArticles : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TrashArticles)

public:
    TrashArticles(Library &library, QList<qint64> ids, bool restore = false);

    void undo() override;
    void redo() override;

private:
    void move(bool toTrash);

    Library &m_library;
    QList<qint64> m_ids;
    bool m_restore;
};

/// Adds an article the curator wrote or pasted; undo deletes it, redo brings it back under the same id.
class CreateArticle : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CreateArticle)

public:
    CreateArticle(Library &library, Article article);

    /// The new article's id once redo() has run, else 0.
    qint64 articleId() const { return m_article.id; }

    void undo() override;
    void redo() override;

private:
    Library &m_library;
    Article m_article;
};

/// Folds another site's copy of a story into the article: where it ran is kept with the article and
/// the copy goes to the trash; undo brings it back as a copy.
class MergeStoryCopy : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MergeStoryCopy)

public:
    MergeStoryCopy(Library &library, qint64 articleId, qint64 copyId);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_articleId;
    qint64 m_copyId;
};

/// Tells Newsdesk that two articles it took for one story are different stories (or, undone, the same).
class KeepStoryCopyApart : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::KeepStoryCopyApart)

public:
    KeepStoryCopyApart(Library &library, qint64 articleId, qint64 copyId, bool apart);
    void undo() override;
    void redo() override;

private:
    Library &m_library;
    qint64 m_articleId;
    qint64 m_copyId;
    bool m_apart;
};

} // namespace Newsdesk
