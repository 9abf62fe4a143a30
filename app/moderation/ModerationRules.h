#pragma once

#include "ModerationSettings.h"
#include "core/Comment.h"
#include "core/Result.h"
#include "library/ModerationEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Newsdesk {

class Library;

/// The rules a verdict can name, in the order the verdict weighs them.
enum class ModerationRule {
    DisallowedKey, ///< spam
    SpamCopy,      ///< spam: the same author's same text is already marked spam
    HoldAll,       ///< hold
    ModerationKey, ///< hold
    LinkLimit,     ///< hold
    Flood,         ///< hold
    Shouting,      ///< hold
    Duplicate,     ///< hold
    KnownAuthor,   ///< approve
};

/// One rule that matched a comment, with the translated sentence that says why.
struct RuleMatch
{
    ModerationRule rule = ModerationRule::HoldAll;
    CommentStatus status = CommentStatus::Pending; ///< what this rule alone would make of the comment
    QString reason;
};

/// What the rules make of a comment.
struct RuleVerdict
{
    CommentStatus status = CommentStatus::Pending;
    bool decided = false;     ///< a rule decided (spam, hold or approve); false: nothing matched
    QList<RuleMatch> matches; ///< every rule that matched, the deciding ones first
    QString reason;           ///< the deciding rules' reasons, or why nothing was decided
};

/// The moderation rules over one comment, with WordPress's semantics where WordPress has the rule
/// (wp-includes/comment.php, check_comment() and wp_check_comment_disallowed_list()):
///
///  1. A disallowed key in the author's name, email, URL or IP, or in the text (its HTML, and the text
///     with the HTML stripped, so "vi<b>agra</b>" is found as "viagra"): spam. Spam beats every other
///     rule, as in WordPress. So does a copy of a comment the same author wrote that is already spam.
///  2. A moderation key (same fields, case-insensitive substring: "press" matches "WordPress"), at least
///     link_limit links (0: off), hold_all, a flood, shouting or a duplicate: held (pending).
///  3. Otherwise an author (name and email) with an approved comment, when auto-approve is on: approved.
///  4. Otherwise pending. WordPress would approve here when "Comment must be manually approved" is off;
///     Newsdesk does not, because imported comments were never vetted by anybody: only a rule or the
///     curator approves.
///
/// Newsdesk's own signals: a duplicate (the same author, by name or email, already wrote the same text,
/// compared without case and extra spaces) is held, not marked spam: readers double-post, and WordPress
/// refuses the copy only because the reader is there to be told; an import cannot tell anybody. It is
/// spam when the earlier copy is. A flood (the author or the IP posted flood_limit comments within
/// flood_window seconds, the comment among them; 0: off) is held; unlike WordPress, which only looks
/// back, the whole burst is held, its first comments included, since triage sees it after the fact.
/// Shouting (at least shouting_share of at least 20 cased letters in upper case; 0: off) is held.
///
/// Key matching runs one Aho–Corasick automaton per key list, so its cost does not grow with the number
/// of keys (WordPress users paste disallowed lists of tens of thousands).
class ModerationRules
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ModerationRules)

public:
    /// Fewest cased letters a text must have before the shouting rule looks at it.
    static constexpr int ShoutingMinimumLetters = 20;

    explicit ModerationRules(const ModerationSettings &settings, ModerationFacts facts = {});
    ~ModerationRules();
    ModerationRules(ModerationRules &&) noexcept;
    ModerationRules &operator=(ModerationRules &&) noexcept;

    /// Rules with the library's facts about these comments (one batch, a few queries).
    static Result<ModerationRules> forComments(Library &library, const ModerationSettings &settings,
                                               const QList<Comment> &comments);

    RuleVerdict evaluate(const Comment &comment) const;

    const ModerationSettings &settings() const;

    /// Links in comment HTML: <a href> elements (what WordPress counts) plus bare http://, https:// and
    /// www. addresses in the text outside them.
    static int linkCount(const QString &html);
    /// Upper-case letters among the letters that have a case; @p letters receives how many there are.
    static double upperCaseShare(QStringView text, int *letters = nullptr);
    /// A rule's name for people ("Moderation key").
    static QString ruleName(ModerationRule rule);
    /// A rule's name for scripts ("moderation-key"), as `comments triage --json` gives it.
    static QString ruleKey(ModerationRule rule);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Newsdesk
