#include "ImportWriter.h"

#include "StoryFingerprint.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "tagging/TopicTagging.h"

namespace Newsdesk {

namespace {

Status writeComments(CommentRepository &comments, const QList<ExtractedComment> &list, qint64 articleId,
                     qint64 parentId)
{
    for (const ExtractedComment &extracted : list) {
        Comment comment;
        comment.articleId = articleId;
        comment.parentId = parentId;
        comment.author = extracted.author;
        comment.authorUrl = extracted.authorUrl;
        comment.body = commentHtmlFromText(extracted.text);
        comment.bodyText = extracted.text;
        comment.postedAt = extracted.postedAt;
        comment.status = CommentStatus::Pending; // every imported comment waits for the curator
        auto id = comments.insert(comment);
        if (!id)
            return id.error();
        if (Status replies = writeComments(comments, extracted.replies, articleId, *id); !replies)
            return replies;
    }
    return {};
}

} // namespace

Result<QList<ImportedItem>> ImportWriter::write(Library &library, const QList<ExtractedArticle> &articles)
{
    QList<ImportedItem> items;
    const Status status = library.savepoint([&]() -> Status {
        for (const ExtractedArticle &extracted : articles) {
            ImportedItem item;
            item.title = extracted.article.title;
            auto existing = library.stories().findExact(extracted.article);
            if (!existing)
                return existing.error();
            if (*existing) {
                item.kind = ImportedItem::Kind::Duplicate;
                item.articleId = **existing;
                items << item;
                continue;
            }
            auto ids = library.articles().insert({extracted.article});
            if (!ids)
                return ids.error();
            item.articleId = ids->first();
            if (Status comments = writeComments(library.comments(), extracted.comments, item.articleId, 0);
                !comments)
                return comments;

            // The topics a source named (a JSON Feed's tags) are the curator's, created when missing.
            if (Status tagged = TopicTagging::tagByName(library, item.articleId, extracted.topics, true);
                !tagged)
                return tagged;

            auto related = recogniseStory(library, item.articleId, extracted.article.bodyText);
            if (!related)
                return related.error();
            if (*related) {
                item.kind = ImportedItem::Kind::Copy;
                item.relatedId = *related;
            }
            items << item;
        }
        return {};
    });
    if (!status)
        return status.error();
    return items;
}

Result<qint64> ImportWriter::recogniseStory(Library &library, qint64 articleId, const QString &bodyText)
{
    const StoryFingerprint::IndexKeys keys = StoryFingerprint::indexKeys(bodyText);
    if (keys.isEmpty())
        return qint64(0);
    qint64 related = 0;
    auto candidates = library.stories().candidates(keys.bands, keys.anchors);
    if (!candidates)
        return candidates.error();
    for (qint64 candidate : std::as_const(*candidates)) {
        if (candidate == articleId)
            continue;
        auto text = library.stories().bodyText(candidate);
        if (!text)
            return text.error();
        if (!StoryFingerprint::isSameStory(*text, bodyText))
            continue;
        const auto similarity = StoryFingerprint::similarity(*text, bodyText);
        if (Status linked = library.stories().link(candidate, articleId, similarity.containment); !linked)
            return linked.error();
        related = candidate;
        break;
    }
    if (Status stored = library.stories().setFingerprint(articleId, keys.simHash, keys.bands, keys.anchors);
        !stored)
        return stored.error();
    return related;
}

} // namespace Newsdesk
