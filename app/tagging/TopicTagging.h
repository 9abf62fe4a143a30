#pragma once

#include "Taxonomy.h"
#include "TopicRules.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Newsdesk {

class Library;

/// Where the taxonomy meets the library: the default topics of a new library, taxonomies brought in
/// and taken out as JSON.
class TopicTagging
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicTagging)

public:
    /// Gives a new library the default taxonomy (IPTC top levels and the news-desk set).
    static Status seedDefaults(Library &library);
    /// Adds topics under parentId (0: the top level) in one transaction; a topic whose name is already
    /// there is reused, so importing the same taxonomy twice adds nothing. Returns how many topics were
    /// added; addedIds, when given, receives their ids, parents before children (for undo).
    static Result<int> addTopics(Library &library, const QList<TopicNode> &topics, qint64 parentId = 0,
                                 QList<qint64> *addedIds = nullptr);
    /// How many topics addTopics() would add, without changing anything: lets a window say "nothing new"
    /// instead of recording an empty step.
    static Result<int> countNewTopics(Library &library, const QList<TopicNode> &topics, qint64 parentId = 0);
    /// Tags an article by hand with topics given by name (matched whatever the case, anywhere in the tree);
    /// a name the library lacks becomes a new top-level topic when createMissing, else it is left out.
    static Status tagByName(Library &library, qint64 articleId, const QStringList &names, bool createMissing);
    /// The library's taxonomy as nodes, for Taxonomy::toJson().
    static Result<QList<TopicNode>> exportTopics(Library &library);
};

/// A topic a rule would give an article, and the patterns that matched.
struct RuleHit
{
    qint64 articleId = 0;
    qint64 topicId = 0;
    QStringList patterns;
};

/// Tags articles by the topics' rules: on import, and on demand over the whole library with a dry run
/// first. A rule never re-adds a topic the curator removed or rejected, and its tags say "rule".
class RuleTagger
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RuleTagger)

public:
    /// The library's rules, compiled once.
    static Result<RuleTagger> load(Library &library);
    bool isEmpty() const { return m_topicIds.isEmpty(); }
    /// The topics whose rules match an article, with the patterns.
    QList<RuleHit> match(qint64 articleId, const RuleTarget &target) const;
    /// Applies the rules to the given articles (all live ones when empty); with dryRun nothing is
    /// written. Returns the tags that are (or would be) added.
    Result<QList<RuleHit>> apply(Library &library, const QList<qint64> &articleIds, bool dryRun) const;

private:
    TopicRuleSet m_rules;
    QList<qint64> m_topicIds; ///< position in m_rules → topic id
};

} // namespace Newsdesk
