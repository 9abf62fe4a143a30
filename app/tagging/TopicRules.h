#pragma once

#include "Taxonomy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Newsdesk {

struct Article;

namespace RuleEngineDetail {
class Engine;
}

/// The text of an article that topic rules look at, one plain-text string per field.
struct RuleTarget
{
    QString title;
    QString dek;
    QString body;
    QString byline;
    QString source;

    /// The article's title, dek, plain body text, byline and source.
    static RuleTarget fromArticle(const Article &article);
};

/// One topic's rules, compiled once and then matched against any number of articles. A topic matches
/// when any of its rules does.
///
/// - keyword: the pattern as a whole word (or words, with the same punctuation between them): "pact" finds
///   "pact" and "Pact's" but not "impact". A word is a run of Unicode letters, marks, digits and
///   connector punctuation (apostrophes and hyphens split words, so "Japan" finds "Japan's"); Chinese,
///   Japanese, Korean and the other scripts written without spaces between words have none, so a pattern in
///   them is found anywhere (a substring), and a Latin word next to them is still a word ("GSOMIA" in
///   "日韓GSOMIA破棄").
/// - phrase: the pattern's words in sequence with any whitespace or punctuation between them, across line
///   breaks: "trade dispute" finds "trade-dispute" and "trade\ndispute".
/// - regex: a Perl-compatible regular expression with Unicode properties (\w, \b and [[:alpha:]] know
///   every script).
/// Matching ignores case (Unicode simple case folding) unless the rule is case-sensitive. Field Any looks
/// at each field in turn (a phrase never spans two fields). Copies share the compiled rules; a const
/// matcher is safe to use from several threads at once. Matching reads the article once per matcher: to
/// test many topics at once use TopicRuleSet.
class TopicRuleMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicRuleMatcher)

public:
    /// A matcher without rules: it matches nothing.
    TopicRuleMatcher() = default;

    /// Fails on an empty pattern, a phrase without words, a regular expression that does not compile or
    /// that matches empty text (it would tag every article); the message names the pattern.
    static Result<TopicRuleMatcher> compile(const QList<TopicRule> &rules);
    /// Only checks that a rule would compile: the message compile() would give, or an empty string.
    static QString validate(const TopicRule &rule);

    bool matches(const RuleTarget &target) const;
    /// The patterns of the rules that match, in rule order, each once: why an article got the topic.
    QStringList matchedPatterns(const RuleTarget &target) const;

    int ruleCount() const;

private:
    std::shared_ptr<const RuleEngineDetail::Engine> m_engine;
};

/// Many topics' rules compiled together, so an article is read once for all of them rather than once per
/// topic: what auto-tagging a whole library uses (100,000 articles of 3,000 characters against 50 topics'
/// 450 rules take about 3 s on one core of a release build; 50 TopicRuleMatchers would take 50 s).
/// Keywords and phrases cost one hash lookup per word of the article however many there are; a regular
/// expression runs only on articles that have the word or text it requires. Topics are numbered by their
/// position in compile(). Copies share the compiled rules; safe to use from several threads at once.
class TopicRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicRuleSet)

public:
    TopicRuleSet() = default;

    /// One list of rules per topic; a topic without rules never matches. The message of a failure names
    /// the topic's position and the pattern.
    static Result<TopicRuleSet> compile(const QList<QList<TopicRule>> &rulesPerTopic);

    /// The positions of the topics whose rules match, ascending.
    QList<int> matchingTopics(const RuleTarget &target) const;
    /// The patterns of one topic's rules that match, as TopicRuleMatcher::matchedPatterns().
    QStringList matchedPatterns(int topic, const RuleTarget &target) const;

    int topicCount() const;

private:
    std::shared_ptr<const RuleEngineDetail::Engine> m_engine;
};

} // namespace Newsdesk
