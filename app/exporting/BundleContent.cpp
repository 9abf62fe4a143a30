#include "BundleContent.h"

#include "importing/HtmlSanitizer.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Newsdesk {

namespace {

/// Every topic's path, read once for the whole bundle rather than once per article.
class TopicPaths
{
public:
    explicit TopicPaths(Library &library)
    {
        if (const auto all = library.topics().all())
            for (const Topic &topic : *all)
                m_topics.insert(topic.id, topic);
    }

    std::optional<BundleTopic> topic(qint64 id, TagOrigin origin) const
    {
        const auto found = m_topics.constFind(id);
        if (found == m_topics.cend())
            return std::nullopt;
        QStringList names{found->name};
        // The depth guard only matters for a damaged tree with a cycle in it.
        for (qint64 parent = found->parentId; parent > 0 && names.size() < 64;) {
            const auto up = m_topics.constFind(parent);
            if (up == m_topics.cend())
                break;
            names.prepend(up->name);
            parent = up->parentId;
        }
        return BundleTopic{found->name, names.join(QLatin1Char('/')), found->code, found->colour, origin};
    }

private:
    QHash<qint64, Topic> m_topics;
};

/// What ArticleContent::gather reads, limited to what the bundle shows (comments approved only) and
/// with its topics placed from the tree read once: a 1,000-article export asked the library for each
/// topic of each article, and for the same article's topics twice (newsdesk-bench-export).
ArticleContent gatherShown(Library &library, const Article &article, const BundleOptions &options,
                           const TopicPaths &paths, QList<BundleTopic> &topics)
{
    ArticleContent content;
    content.article = article;
    if (options.topics) {
        if (const auto links = library.topics().topicsOf(article.id)) {
            for (const ArticleTopic &link : *links) {
                if (auto topic = paths.topic(link.topicId, link.origin)) {
                    content.topics << TopicChip{topic->name, topic->colour};
                    topics << std::move(*topic);
                }
            }
        }
    }
    if (options.sourceLinks) {
        // The reader's order: linked copies, then the copies merged into the article.
        const auto copies = library.stories().relatedCopies(article.id);
        for (const StoryCopy &copy : copies ? *copies : QList<StoryCopy>())
            if (!copy.keptApart)
                content.otherSources << OtherSource{copy.source, copy.title, copy.url, false};
        const auto merged = library.stories().alternates(article.id);
        for (const StoryAlternate &alternate : merged ? *merged : QList<StoryAlternate>())
            content.otherSources << OtherSource{alternate.source, alternate.title, alternate.url, true};
    }
    if (options.comments)
        if (auto comments = library.comments().ofArticle(article.id, CommentStatus::Approved))
            content.comments = std::move(comments).value();
    if (!options.images) {
        content.article.imageUrl.clear();
        content.article.imageCaption.clear();
        content.article.imageCredit.clear();
        content.article.bodyHtml = withoutImages(content.article.bodyHtml);
    }
    return content;
}

} // namespace

QString withoutImages(const QString &sanitizedHtml)
{
    // The sanitizer's output is regular (lower-case tags, quoted attributes, <img .../>, no comments),
    // so its images can be taken out by pattern; the second pass drops figures left empty or captioned
    // only.
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*>"));
    static const QRegularExpression emptyFigure(
        QStringLiteral("<figure>\\s*(<figcaption>.*?</figcaption>)?\\s*</figure>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString html = sanitizedHtml;
    html.remove(image);
    html.remove(emptyFigure);
    return html;
}

Result<BundleContent> BundleContent::load(Library &library, qint64 bundleId)
{
    auto bundle = library.bundles().find(bundleId);
    if (!bundle)
        return bundle.error();
    return gather(library, *bundle);
}

Result<BundleContent> BundleContent::gather(Library &library, const Bundle &bundle)
{
    BundleContent content;
    content.bundle = bundle;
    const TopicPaths paths(library);
    for (const BundleEntry &entry : bundle.entries) {
        BundleItem item;
        item.entry = entry;
        if (entry.isSection()) {
            content.items << item;
            continue;
        }
        auto article = library.articles().find(entry.articleId);
        if (!article) {
            if (article.error().code == Error::Code::NotFound)
                continue; // purged since it was added
            return article.error();
        }
        if (article->trashedAt.isValid())
            continue;
        item.content = gatherShown(library, *article, bundle.options, paths, item.topics);
        content.items << item;
    }
    return content;
}

QList<const BundleItem *> BundleContent::articles() const
{
    QList<const BundleItem *> articles;
    for (const BundleItem &item : items)
        if (!item.isSection())
            articles << &item;
    return articles;
}

} // namespace Newsdesk
