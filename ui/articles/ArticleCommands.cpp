#include "ArticleCommands.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"

namespace Newsdesk {

namespace {
void report(Library &library, const Status &status)
{
    if (!status)
        emit library.errorOccurred(status.errorString());
}
} // namespace

// One whole phrase per field and per status: a field or status label spliced into "Change %1" or
// "Mark as %1" cannot take the case or word order other languages need.
QString SetArticleField::changeText(ArticleField field)
{
    switch (field) {
    case ArticleField::Url:
        return tr("Change the URL");
    case ArticleField::CanonicalUrl:
        return tr("Change the canonical URL");
    case ArticleField::Title:
        return tr("Change the title");
    case ArticleField::Dek:
        return tr("Change the dek");
    case ArticleField::Byline:
        return tr("Change the byline");
    case ArticleField::Dateline:
        return tr("Change the dateline");
    case ArticleField::Agency:
        return tr("Change the agency");
    case ArticleField::Source:
        return tr("Change the source");
    case ArticleField::PublishedAt:
        return tr("Change the publication date");
    case ArticleField::Language:
        return tr("Change the language");
    case ArticleField::ImageUrl:
        return tr("Change the image URL");
    case ArticleField::ImageCaption:
        return tr("Change the image caption");
    case ArticleField::ImageCredit:
        return tr("Change the image credit");
    case ArticleField::Body:
        return tr("Change the body");
    case ArticleField::Status:
        return tr("Change the status");
    case ArticleField::Note:
        return tr("Change the curator note");
    }
    return {};
}

QString SetArticlesStatus::markText(ArticleStatus status, int count)
{
    switch (status) {
    case ArticleStatus::New:
        return tr("Mark %n article(s) as new", nullptr, count);
    case ArticleStatus::Reviewed:
        return tr("Mark %n article(s) as reviewed", nullptr, count);
    case ArticleStatus::Selected:
        return tr("Mark %n article(s) as selected", nullptr, count);
    case ArticleStatus::Rejected:
        return tr("Mark %n article(s) as rejected", nullptr, count);
    }
    return {};
}

SetArticleField::SetArticleField(Library &library, qint64 id, ArticleField field, QVariant oldValue,
                                 QVariant newValue, QUndoCommand *parent)
    : QUndoCommand(changeText(field), parent)
    , m_library(library)
    , m_id(id)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
}

SetArticleField *SetArticleField::create(Library &library, qint64 id, ArticleField field,
                                         const QVariant &value)
{
    const auto article = library.articles().find(id);
    if (!article) {
        emit library.errorOccurred(article.errorString());
        return nullptr;
    }
    const QVariant old = article->field(field);
    if (old == value)
        return nullptr;
    return new SetArticleField(library, id, field, old, value);
}

void SetArticleField::undo()
{
    apply(m_oldValue);
}

void SetArticleField::redo()
{
    apply(m_newValue);
}

void SetArticleField::apply(const QVariant &value)
{
    const Status status = m_library.articles().setField(m_id, m_field, value);
    report(m_library, status);
    // A refused value (an empty title, say) must not stay in the history as if it had been applied.
    if (!status)
        setObsolete(true);
}

SetArticlesStatus::SetArticlesStatus(Library &library, QList<std::pair<qint64, ArticleStatus>> previous,
                                     ArticleStatus status)
    : QUndoCommand(markText(status, int(previous.size())))
    , m_library(library)
    , m_previous(std::move(previous))
    , m_status(status)
{
}

SetArticlesStatus *SetArticlesStatus::create(Library &library, const QList<qint64> &ids, ArticleStatus status)
{
    QList<std::pair<qint64, ArticleStatus>> previous;
    for (qint64 id : ids) {
        const auto article = library.articles().find(id);
        if (article && article->status != status)
            previous.append({id, article->status});
    }
    return previous.isEmpty() ? nullptr : new SetArticlesStatus(library, std::move(previous), status);
}

void SetArticlesStatus::undo()
{
    report(m_library, m_library.transaction([this]() -> Status {
        for (const auto &[id, status] : m_previous)
            if (Status changed =
                    m_library.articles().setField(id, ArticleField::Status, QVariant::fromValue(status));
                !changed)
                return changed;
        return {};
    }));
}

void SetArticlesStatus::redo()
{
    QList<qint64> ids;
    for (const auto &entry : m_previous)
        ids << entry.first;
    report(m_library, m_library.articles().setStatus(ids, m_status));
}

TrashArticles::TrashArticles(Library &library, QList<qint64> ids, bool restore)
    : QUndoCommand(restore ? tr("Restore %n article(s)", nullptr, int(ids.size()))
                           : tr("Move %n article(s) to the trash", nullptr, int(ids.size())))
    , m_library(library)
    , m_ids(std::move(ids))
    , m_restore(restore)
{
}

void TrashArticles::undo()
{
    move(m_restore);
}

void TrashArticles::redo()
{
    move(!m_restore);
}

void TrashArticles::move(bool toTrash)
{
    report(m_library,
           toTrash ? m_library.articles().moveToTrash(m_ids) : m_library.articles().restore(m_ids));
}

CreateArticle::CreateArticle(Library &library, Article article)
    : QUndoCommand(tr("New article “%1”").arg(article.title))
    , m_library(library)
    , m_article(std::move(article))
{
}

void CreateArticle::undo()
{
    report(m_library, m_library.articles().purge({m_article.id}));
}

void CreateArticle::redo()
{
    if (m_article.id != 0) {
        report(m_library, m_library.articles().reinsert(m_article));
        return;
    }
    const auto ids = m_library.articles().insert({m_article});
    if (!ids) {
        report(m_library, ids.error());
        setObsolete(true);
        return;
    }
    m_article.id = ids->first();
}

MergeStoryCopy::MergeStoryCopy(Library &library, qint64 articleId, qint64 copyId)
    : QUndoCommand(tr("Merge another site's copy"))
    , m_library(library)
    , m_articleId(articleId)
    , m_copyId(copyId)
{
}

void MergeStoryCopy::undo()
{
    report(m_library, m_library.stories().unmerge(m_articleId, m_copyId));
}

void MergeStoryCopy::redo()
{
    const Status status = m_library.stories().merge(m_articleId, m_copyId);
    report(m_library, status);
    if (!status)
        setObsolete(true);
}

KeepStoryCopyApart::KeepStoryCopyApart(Library &library, qint64 articleId, qint64 copyId, bool apart)
    : QUndoCommand(apart ? tr("Keep stories apart") : tr("Link stories again"))
    , m_library(library)
    , m_articleId(articleId)
    , m_copyId(copyId)
    , m_apart(apart)
{
}

void KeepStoryCopyApart::undo()
{
    report(m_library, m_library.stories().setKeptApart(m_articleId, m_copyId, !m_apart));
}

void KeepStoryCopyApart::redo()
{
    const Status status = m_library.stories().setKeptApart(m_articleId, m_copyId, m_apart);
    report(m_library, status);
    if (!status)
        setObsolete(true);
}

} // namespace Newsdesk
