#include "BundleContent.h"

#include "importing/HtmlSanitizer.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

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
        item.content = ArticleContent::gather(library, *article);
        ArticleContent &gathered = item.content;
        gathered.comments.erase(std::remove_if(gathered.comments.begin(), gathered.comments.end(),
                                               [&](const Comment &comment) {
                                                   return !bundle.options.comments
                                                          || comment.status != CommentStatus::Approved;
                                               }),
                                gathered.comments.end());
        if (!bundle.options.sourceLinks)
            gathered.otherSources.clear();
        if (!bundle.options.images) {
            gathered.article.imageUrl.clear();
            gathered.article.imageCaption.clear();
            gathered.article.imageCredit.clear();
            gathered.article.bodyHtml = withoutImages(gathered.article.bodyHtml);
        }
        if (bundle.options.topics) {
            if (const auto links = library.topics().topicsOf(article->id)) {
                for (const ArticleTopic &link : *links)
                    if (auto topic = paths.topic(link.topicId, link.origin))
                        item.topics << *topic;
            }
        } else {
            gathered.topics.clear();
        }
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
