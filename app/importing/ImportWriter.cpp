#include "ImportWriter.h"

#include "StoryFingerprint.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

/// Comments of one article by their id in the file: replies find their parents, and a comment already
/// there (a second import of the same file) is not added again.
using KnownComments = QHash<QString, qint64>;

Status writeComments(CommentRepository &comments, const QList<ExtractedComment> &list, qint64 articleId,
                     qint64 parentId, KnownComments &known)
{
    for (const ExtractedComment &extracted : list) {
        qint64 id = known.value(extracted.externalId, 0);
        if (extracted.externalId.isEmpty() || id == 0) {
            Comment comment;
            comment.articleId = articleId;
            comment.parentId =
                extracted.parentExternalId.isEmpty() ? parentId : known.value(extracted.parentExternalId, 0);
            comment.author = extracted.author;
            comment.authorUrl = extracted.authorUrl;
            comment.body = extracted.html.isEmpty() ? commentHtmlFromText(extracted.text) : extracted.html;
            comment.bodyText = extracted.text;
            comment.postedAt = extracted.postedAt;
            comment.externalId = extracted.externalId;
            // Every imported comment waits for the curator, unless another library's curator decided it.
            comment.status = extracted.status.value_or(CommentStatus::Pending);
            if (extracted.status)
                comment.decidedBy = DecidedBy::Import;
            auto inserted = comments.insert(comment);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            if (!extracted.externalId.isEmpty())
                known.insert(extracted.externalId, id);
        }
        if (Status replies = writeComments(comments, extracted.replies, articleId, id, known); !replies)
            return replies;
    }
    return {};
}

/// Finds the topics another library placed on its articles by their path (then by code, then by a name
/// only one topic has) and creates the missing ones along their path. The tree is read once per import.
class TopicPlaces
{
public:
    explicit TopicPlaces(Library &library)
        : m_library(library)
    {
    }

    Result<qint64> idOf(const ExtractedTopic &topic)
    {
        if (Status loaded = load(); !loaded)
            return loaded.error();
        if (const qint64 id = m_byPath.value(topic.path.toCaseFolded(), 0)) {
            if (Status completed = complete(id, topic); !completed)
                return completed.error();
            return id;
        }
        if (const qint64 id = topic.code.isEmpty() ? 0 : m_byCode.value(topic.code, 0))
            return id;
        if (const QList<qint64> named = m_byName.value(topic.name.toCaseFolded()); named.size() == 1)
            return named.first();
        const QString parentPath =
            topic.path.endsWith(u'/' + topic.name) ? topic.path.chopped(topic.name.size() + 1) : QString();
        return create(parentPath, topic.name, topic.code, topic.colour);
    }

private:
    Status load()
    {
        if (m_loaded)
            return {};
        auto all = m_library.topics().all();
        if (!all)
            return all.error();
        // all() lists parents before their children, so a parent's path is known when its child comes.
        QHash<qint64, QString> paths;
        for (const Topic &topic : std::as_const(*all)) {
            const QString parent = paths.value(topic.parentId);
            const QString path = parent.isEmpty() ? topic.name : parent + u'/' + topic.name;
            paths.insert(topic.id, path);
            remember(topic, path);
        }
        m_loaded = true;
        return {};
    }

    /// A parent made earlier in this import for a child's path gets its code and colour when it comes itself.
    Status complete(qint64 id, const ExtractedTopic &topic)
    {
        const auto made = m_made.find(id);
        if (made == m_made.end() || (made->code == topic.code && made->colour == topic.colour) ||
            (topic.code.isEmpty() && topic.colour.isEmpty()))
            return {};
        if (made->code.isEmpty())
            made->code = topic.code;
        if (made->colour.isEmpty())
            made->colour = topic.colour;
        if (!made->code.isEmpty())
            m_byCode.insert(made->code, id);
        return m_library.topics().update(*made);
    }

    void remember(const Topic &topic, const QString &path)
    {
        m_byPath.insert(path.toCaseFolded(), topic.id);
        m_byName[topic.name.toCaseFolded()] << topic.id;
        if (!topic.code.isEmpty())
            m_byCode.insert(topic.code, topic.id);
    }

    Result<qint64> create(const QString &parentPath, const QString &name, const QString &code,
                          const QString &colour)
    {
        qint64 parentId = 0;
        if (!parentPath.isEmpty()) {
            parentId = m_byPath.value(parentPath.toCaseFolded(), 0);
            if (parentId == 0) {
                const qsizetype slash = parentPath.lastIndexOf(u'/');
                auto parent =
                    create(slash < 0 ? QString() : parentPath.left(slash), parentPath.mid(slash + 1), {}, {});
                if (!parent)
                    return parent;
                parentId = *parent;
            }
        }
        Topic topic;
        topic.parentId = parentId;
        topic.name = name;
        topic.code = code;
        topic.colour = colour;
        auto id = m_library.topics().create(topic);
        if (!id)
            return id;
        topic.id = *id;
        remember(topic, parentPath.isEmpty() ? name : parentPath + u'/' + name);
        m_made.insert(topic.id, topic);
        return id;
    }

    Library &m_library;
    bool m_loaded = false;
    QHash<QString, qint64> m_byPath; ///< case-folded path
    QHash<QString, qint64> m_byCode;
    QHash<QString, QList<qint64>> m_byName; ///< case-folded name
    QHash<qint64, Topic> m_made;            ///< topics this import created, as created
};

Status placeTopics(Library &library, TopicPlaces &places, qint64 articleId,
                   const QList<ExtractedTopic> &topics)
{
    QMap<TagOrigin, QList<qint64>> byOrigin;
    for (const ExtractedTopic &topic : topics) {
        auto id = places.idOf(topic);
        if (!id)
            return id.error();
        byOrigin[topic.origin] << *id;
    }
    for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it)
        if (auto tagged = library.topics().tag({articleId}, it.value(), it.key()); !tagged)
            return tagged.error();
    return {};
}

/// Where else the story ran, without repeating a place the article already lists: called once every
/// article of the source is in, so that copies among them are linked first.
Status addOtherSources(Library &library, qint64 articleId, const QList<StoryAlternate> &sources)
{
    using Place = std::tuple<QString, QString, QString>;
    QList<Place> known;
    auto copies = library.stories().relatedCopies(articleId);
    if (!copies)
        return copies.error();
    for (const StoryCopy &copy : std::as_const(*copies))
        known << Place(copy.source, copy.title, copy.url);
    auto alternates = library.stories().alternates(articleId);
    if (!alternates)
        return alternates.error();
    for (const StoryAlternate &alternate : std::as_const(*alternates))
        known << Place(alternate.source, alternate.title, alternate.url);
    for (const StoryAlternate &source : sources) {
        const Place place(source.source, source.title, source.url);
        if (known.contains(place))
            continue;
        if (Status added = library.stories().addAlternate(articleId, source); !added)
            return added;
        known << place;
    }
    return {};
}

Status keepCuration(Library &library, qint64 articleId, const Article &article)
{
    if (article.status != ArticleStatus::New)
        if (Status set = library.articles().setStatus({articleId}, article.status); !set)
            return set;
    if (!article.note.isEmpty())
        if (Status set = library.articles().setField(articleId, ArticleField::Note, article.note); !set)
            return set;
    return {};
}

bool hasExternalIds(const QList<ExtractedComment> &comments)
{
    return std::any_of(comments.cbegin(), comments.cend(),
                       [](const ExtractedComment &comment) { return !comment.externalId.isEmpty(); });
}

/// A bundle from the file, its entries pointing at the articles as they are in the library now.
Bundle bundleIn(const ExtractedBundle &extracted, const QList<ImportedItem> &items)
{
    Bundle bundle = extracted.bundle;
    bundle.id = 0;
    bundle.entries.clear();
    QSet<qint64> added;
    for (qsizetype i = 0; i < extracted.bundle.entries.size(); ++i) {
        const int index = extracted.articleIndexes.value(i, -1);
        if (index < 0) {
            bundle.entries << BundleEntry::section(extracted.bundle.entries.at(i).heading);
            continue;
        }
        // Two items of the file can be one article here (both duplicates of it): it is listed once.
        const qint64 id = index < items.size() ? items.at(index).articleId : 0;
        if (id > 0 && !added.contains(id)) {
            bundle.entries << BundleEntry::article(id, extracted.bundle.entries.at(i).blurb);
            added.insert(id);
        }
    }
    return bundle;
}

/// Adds the bundle, unless the library has it already (under its name or a name given on an earlier
/// import, "Name 2"); a bundle of the same name with other content keeps its name and this one gets a new
/// one.
Result<ImportedBundle> writeBundle(Library &library, Bundle bundle)
{
    auto bundles = library.bundles().list();
    if (!bundles)
        return bundles.error();
    const QRegularExpression renamed(u"^"_s + QRegularExpression::escape(bundle.name) + u"( \\d+)?$"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    for (const BundleSummary &summary : std::as_const(*bundles)) {
        if (!renamed.match(summary.name).hasMatch())
            continue;
        auto existing = library.bundles().find(summary.id);
        if (!existing)
            return existing.error();
        existing->name = bundle.name;
        if (existing->sameContent(bundle))
            return ImportedBundle{summary.id, summary.name, false, false};
    }
    auto name = library.bundles().freeName(bundle.name);
    if (!name)
        return name.error();
    const bool isRenamed = *name != bundle.name.trimmed();
    bundle.name = *name;
    auto created = library.bundles().create(bundle);
    if (!created)
        return created.error();
    return ImportedBundle{*created, bundle.name, true, isRenamed};
}

} // namespace

Result<QList<ImportedItem>> ImportWriter::write(Library &library, const QList<ExtractedArticle> &articles)
{
    QList<ImportedItem> items;
    TopicPlaces places(library);
    QList<std::pair<qint64, QList<StoryAlternate>>> otherSources;
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
                // Comments with ids (a Newsdesk export) join the article already here, each once.
                if (hasExternalIds(extracted.comments)) {
                    auto known = library.comments().externalIds(item.articleId);
                    if (!known)
                        return known.error();
                    if (Status comments =
                            writeComments(library.comments(), extracted.comments, item.articleId, 0, *known);
                        !comments)
                        return comments;
                }
                continue;
            }
            auto ids = library.articles().insert({extracted.article});
            if (!ids)
                return ids.error();
            item.articleId = ids->first();
            KnownComments known;
            if (Status comments =
                    writeComments(library.comments(), extracted.comments, item.articleId, 0, known);
                !comments)
                return comments;
            if (Status placed = placeTopics(library, places, item.articleId, extracted.placedTopics); !placed)
                return placed;
            if (!extracted.otherSources.isEmpty())
                otherSources.append({item.articleId, extracted.otherSources});
            if (extracted.keepsCuration)
                if (Status kept = keepCuration(library, item.articleId, extracted.article); !kept)
                    return kept;

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
        for (const auto &[articleId, sources] : std::as_const(otherSources))
            if (Status added = addOtherSources(library, articleId, sources); !added)
                return added;
        return {};
    });
    if (!status)
        return status.error();
    return items;
}

Result<QList<ImportedItem>> ImportWriter::write(Library &library, const ImportOutcome &outcome,
                                                std::optional<ImportedBundle> *bundle)
{
    QList<ImportedItem> items;
    const Status status = library.savepoint([&]() -> Status {
        auto written = write(library, outcome.articles);
        if (!written)
            return written.error();
        items = std::move(written).value();
        if (!outcome.bundle)
            return {};
        auto imported = writeBundle(library, bundleIn(*outcome.bundle, items));
        if (!imported)
            return imported.error();
        if (bundle)
            *bundle = *imported;
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
