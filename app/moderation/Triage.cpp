#include "Triage.h"

#include "library/Library.h"
#include "library/ModerationEvidence.h"

#include <QHash>

#include <map>
#include <tuple>

namespace Newsdesk {

QString Triage::scoreReason(double score, double threshold)
{
    // Fixed notation, not the locale's: the reason is stored and searched ("spam score").
    return tr("Spam score %1 (threshold %2)")
        .arg(QString::number(score, 'f', 2), QString::number(threshold, 'f', 2));
}

TriageProposal Triage::propose(const Comment &comment, const ModerationRules &rules, const SpamFilter &filter)
{
    TriageProposal proposal;
    proposal.commentId = comment.id;
    proposal.current = comment.status;
    const RuleVerdict verdict = rules.evaluate(comment);
    proposal.matches = verdict.matches;
    if (filter.isTrained())
        proposal.score = filter.score(comment);
    const double threshold = rules.settings().spamThreshold;

    if (verdict.decided && verdict.status == CommentStatus::Spam) {
        proposal.proposed = CommentStatus::Spam;
        proposal.decidedBy = DecidedBy::Rules;
        proposal.reason = verdict.reason;
    } else if (proposal.score && *proposal.score >= threshold) {
        proposal.proposed = CommentStatus::Spam;
        proposal.decidedBy = DecidedBy::Filter;
        proposal.reason = scoreReason(*proposal.score, threshold);
    } else {
        proposal.proposed = verdict.status;
        proposal.decidedBy = verdict.decided ? QString(DecidedBy::Rules) : QString();
        proposal.reason = verdict.reason;
    }
    return proposal;
}

Result<QList<TriageProposal>> Triage::propose(Library &library, const ModerationSettings &settings,
                                              const SpamFilter &filter, const QList<Comment> &comments)
{
    auto rules = ModerationRules::forComments(library, settings, comments);
    if (!rules)
        return rules.error();
    QList<TriageProposal> proposals;
    proposals.reserve(comments.size());
    for (const Comment &comment : comments)
        proposals.append(propose(comment, *rules, filter));
    return proposals;
}

Result<TriageRun> Triage::run(Library &library, const SpamFilterOptions &options,
                              const std::function<bool()> &cancelled)
{
    auto settings = ModerationSettings::load(library);
    if (!settings)
        return settings.error();
    ModerationEvidence evidence(library);
    auto decided = evidence.trainingComments(cancelled);
    if (!decided)
        return decided.error();
    TriageRun run;
    SpamFilter filter;
    if (auto trained = SpamFilter::trainOnDecisions(*decided, options, cancelled)) {
        filter = std::move(trained).value();
        run.filterTrained = true;
        run.hamExamples = filter.hamCount();
        run.spamExamples = filter.spamCount();
    } else if (trained.error().code == Error::Code::NotFound) {
        run.filterMessage = trained.errorString(); // too few decisions: the rules triage alone
    } else {
        return trained.error();
    }
    decided->clear();
    auto pending = evidence.pendingComments();
    if (!pending)
        return pending.error();
    auto proposals = propose(library, *settings, filter, *pending);
    if (!proposals)
        return proposals.error();
    run.proposals = std::move(proposals).value();
    run.comments = std::move(pending).value();
    return run;
}

Result<QList<CommentStatusChange>> Triage::apply(Library &library, const QList<TriageProposal> &proposals)
{
    // setStatus() takes one status, decider and reason for many comments: group by those, in the order
    // of the proposals so that the log reads like the triage.
    using Key = std::tuple<int, QString, QString>;
    std::map<Key, QList<qint64>> groups;
    QList<Key> order;
    QHash<qint64, double> scores;
    for (const TriageProposal &proposal : proposals) {
        if (proposal.score)
            scores.insert(proposal.commentId, *proposal.score);
        // Only a decision has a decider to record; a comment nothing decided stays where it is.
        if (!proposal.changesStatus() || proposal.decidedBy.isEmpty())
            continue;
        const Key key{int(proposal.proposed), proposal.decidedBy, proposal.reason};
        auto [it, added] = groups.try_emplace(key);
        if (added)
            order << key;
        it->second << proposal.commentId;
    }
    QList<CommentStatusChange> changes;
    const Status done = library.transaction([&]() -> Status {
        if (!scores.isEmpty())
            if (Status stored = library.comments().setSpamScores(scores); !stored)
                return stored;
        for (const Key &key : std::as_const(order)) {
            auto changed = library.comments().setStatus(groups.at(key), CommentStatus(std::get<0>(key)),
                                                        std::get<1>(key), std::get<2>(key));
            if (!changed)
                return changed.error();
            changes += *changed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changes;
}

} // namespace Newsdesk
