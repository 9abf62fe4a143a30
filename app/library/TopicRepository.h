#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Newsdesk {

class Library;

/// How a topic came to be on an article.
enum class TagOrigin { Manual, Rule, Suggested };

/// A topic of the taxonomy as stored.
struct Topic
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level topic.
    QString name;
    QString description;
    QString colour; ///< "#rrggbb" or empty.
    QString code;   ///< An IPTC Media Topic code, e.g. "medtop:20000376".
    QStringList relatedCodes;
    QByteArray rules = "[]"; ///< JSON array of rules (app/tagging/Taxonomy.h).
    int position = 0;
};

/// One article–topic link.
struct ArticleTopic
{
    qint64 articleId = 0;
    qint64 topicId = 0;
    TagOrigin origin = TagOrigin::Manual;
    double confidence = 1.0;
};

/// Everything a deletion or merge took away, so that undo puts back exactly what was there.
struct TopicSnapshot
{
    QList<Topic> topics; ///< Parents before children.
    QList<ArticleTopic> links;
    QList<std::pair<qint64, qint64>> rejections; ///< (article, topic)
    QList<Topic> movedChildren; ///< A merge moved these from under the merged topic; as they were.
};

/// The taxonomy and the article–topic links. Tagging many articles is one statement per topic inside
/// one transaction; every change is announced so the views update.
class TopicRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicRepository)

public:
    explicit TopicRepository(Library &library);

    static QString originKey(TagOrigin origin);
    static TagOrigin originFromKey(QStringView key);

    /// Every topic, parents before their children, siblings in order.
    Result<QList<Topic>> all() const;
    Result<Topic> find(qint64 id) const;
    /// Topics named so (case-insensitive), e.g. for `topic:"trade disputes"`.
    Result<QList<qint64>> findByName(const QString &name) const;
    /// The topic and everything below it.
    Result<QList<qint64>> subtree(qint64 id) const;

    /// Adds a topic (at the end of its siblings unless position is set) and returns its id.
    Result<qint64> create(const Topic &topic);
    Status update(const Topic &topic);
    /// Moves a topic under newParentId (0 for the top level) at position; refuses to move a topic into
    /// itself.
    Status move(qint64 id, qint64 newParentId, int position);
    /// Deletes a topic with its subtree and links; the snapshot undoes it.
    Result<TopicSnapshot> remove(qint64 id);
    /// Folds from into into: its articles get into (unless they have it), its children move under into,
    /// then from goes. The snapshot and the links added undo it.
    Result<std::pair<TopicSnapshot, QList<ArticleTopic>>> merge(qint64 from, qint64 into);
    /// Puts back what remove() or merge() took.
    Status restore(const TopicSnapshot &snapshot);

    /// Tags articles; returns the links that are new (existing links keep their origin, a manual tag
    /// confirms a rule or suggested one).
    Result<QList<ArticleTopic>> tag(const QList<qint64> &articleIds, const QList<qint64> &topicIds,
                                    TagOrigin origin = TagOrigin::Manual, double confidence = 1.0);
    /// Removes links; returns the ones that were there, for undo.
    Result<QList<ArticleTopic>> untag(const QList<qint64> &articleIds, const QList<qint64> &topicIds);
    /// Puts links back as they were (undo of untag), or removes them (undo of tag).
    Status restoreLinks(const QList<ArticleTopic> &links);
    Status removeLinks(const QList<ArticleTopic> &links);

    Result<QList<ArticleTopic>> topicsOf(qint64 articleId) const;
    /// For each topic, how many of these articles carry it: one query, however large the selection.
    Result<QHash<qint64, int>> topicCountsAmong(const QList<qint64> &articleIds) const;
    /// Live articles tagged with each topic directly.
    Result<QHash<qint64, int>> articleCounts() const;
    /// How many live articles a deletion of the topic and its subtree would untag.
    Result<int> affectedArticles(qint64 id) const;

    Status reject(qint64 articleId, qint64 topicId);
    Status unreject(qint64 articleId, qint64 topicId);
    Result<QList<std::pair<qint64, qint64>>> rejections() const;

    /// Whether the library has any topics yet.
    Result<bool> isEmpty() const;

private:
    Status insertTopic(const Topic &topic, bool keepId, qint64 *newId);
    Result<TopicSnapshot> snapshot(const QList<qint64> &topicIds) const;
    void announceChange(const QList<qint64> &articleIds);

    Library &m_library;
};

} // namespace Newsdesk
