#pragma once

#include "ModerationRules.h"
#include "SpamFilter.h"
#include "library/CommentRepository.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Newsdesk {

class Library;

/// What triage would do with one comment, and why.
struct TriageProposal
{
    qint64 commentId = 0;
    CommentStatus current = CommentStatus::Pending;
    CommentStatus proposed = CommentStatus::Pending;
    std::optional<double> score; ///< the spam filter's, when it is trained
    QString reason;              ///< the deciding rules or the score; for a comment left pending, why
    QString decidedBy;           ///< DecidedBy::Rules or DecidedBy::Filter; empty when nothing decided
    QList<RuleMatch> matches;    ///< every rule that matched

    bool changesStatus() const { return proposed != current; }
};

/// One triage of the pending queue, with what the filter learned from.
struct TriageRun
{
    QList<TriageProposal> proposals;
    QList<Comment> comments; ///< the pending comments, in the order of the proposals
    bool filterTrained = false;
    int hamExamples = 0;   ///< approved comments the filter learned from
    int spamExamples = 0;  ///< spam comments it learned from
    QString filterMessage; ///< why there is no filter, when there is none
};

/// Runs the moderation rules and the learned spam filter over pending comments and proposes a status
/// for each; apply() writes the proposals as decisions of the rules or the filter, with their reasons.
///
/// Order: a rule's spam (disallowed key, copy of spam) beats everything; then the filter's score at or
/// above spam_threshold makes spam, over a rule's hold or approval, as Akismet's verdict does in
/// WordPress; then the rules' hold or approval; otherwise the comment stays pending. Triage proposes the
/// filter's spam whether or not auto_spam is on: it is asked for, its proposals are shown first and
/// written only on apply(). auto_spam governs SpamFilterService, which acts without being asked.
class Triage
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Triage)

public:
    /// The proposal for one comment; @p filter may be untrained (no score then).
    static TriageProposal propose(const Comment &comment, const ModerationRules &rules,
                                  const SpamFilter &filter);

    /// Proposals for these comments, with the rules' facts read from the library in one batch.
    static Result<QList<TriageProposal>> propose(Library &library, const ModerationSettings &settings,
                                                 const SpamFilter &filter, const QList<Comment> &comments);

    /// Triage of every pending comment: the library's settings, and a filter trained on its decisions
    /// (none when there are too few; the rules still run).
    static Result<TriageRun> run(Library &library, const SpamFilterOptions &options = {},
                                 const std::function<bool()> &cancelled = {});

    /// Writes the proposals that change a status, each with its reason and decider, and stores every
    /// score; all in one transaction. Returns the changes, for undo.
    static Result<QList<CommentStatusChange>> apply(Library &library, const QList<TriageProposal> &proposals);

    /// The reason the filter gives for spam.
    static QString scoreReason(double score, double threshold);
};

} // namespace Newsdesk
