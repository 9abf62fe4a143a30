#pragma once

#include "core/Comment.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Newsdesk {

class Library;

/// What the moderation rules weigh besides a comment itself: the rest of the library, as far as it
/// concerns one batch of comments. Plain data, so that the rules can be tested without a library.
struct ModerationFacts
{
    /// A comment of the library with a posting time, for the flood rule.
    struct Post
    {
        qint64 id = 0;
        qint64 postedAt = 0; ///< seconds since the epoch
    };
    /// A comment of the library with some author's text, for the duplicate rule.
    struct Copy
    {
        qint64 id = 0;
        CommentStatus status = CommentStatus::Pending;
    };

    QSet<QString> approvedAuthors;             ///< authorKey() of every author with an approved comment
    QHash<QString, QList<Post>> postsByAuthor; ///< authorKey() → that author's posts, by time
    QHash<QString, QList<Post>> postsByIp;     ///< IP address → the posts from it, by time
    QHash<QString, QList<Copy>> copies; ///< copyKey() → the comments with that author and text, by id

    /// An author as the known-author and flood rules compare them: case-folded name and email. Empty
    /// when both are empty (an anonymous comment has no author to recognise).
    static QString authorKey(const QString &name, const QString &email);
    /// The key under which copies() files a text by an author's name or email (both empty: none).
    /// Texts compare with case folded and runs of white space as one space.
    static QString nameCopyKey(const QString &name, const QString &text);
    static QString emailCopyKey(const QString &email, const QString &text);
};

/// Reads moderation evidence with a few set-based statements (not one per comment), so that triage of
/// 10,000 pending comments costs about the same number of queries as triage of one: facts for the
/// rules, the pending queue and the curator's decisions the spam filter learns from.
class ModerationEvidence
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ModerationEvidence)

public:
    explicit ModerationEvidence(Library &library)
        : m_library(library)
    {
    }

    /// Facts about the library for evaluating these comments (which may or may not be in it yet).
    Result<ModerationFacts> factsFor(const QList<Comment> &comments) const;

    /// Every pending comment, oldest first; at most limit of them when limit > 0.
    Result<QList<Comment>> pendingComments(int limit = 0) const;
    /// The next @p limit pending comments in the same order after @p after (from the start when null), to
    /// walk a queue of 300,000 in batches rather than hold it whole.
    Result<QList<Comment>> pendingCommentsAfter(const Comment *after, int limit) const;

    /// The comments a spam filter learns from: approved ones (ham) and spam. Rejected comments are not
    /// evidence either way: a curator rejects the rude and the off-topic, which are not spam. Decisions of
    /// the filter itself are left out too, or its mistakes would teach it to repeat them. The newest
    /// MaxTrainingComments of them, oldest first: recent decisions say most about today's spam, and a
    /// newsroom's whole history would not fit in memory. @p cancelled is polled between rows.
    Result<QList<Comment>> trainingComments(const std::function<bool()> &cancelled = {}) const;
    static constexpr int MaxTrainingComments = 20000;

    /// Changes whenever a comment is added or a decision is made or undone: a background trainer compares
    /// it with the one it trained on to skip a pointless run.
    Result<QString> decisionsFingerprint() const;

private:
    Result<QList<Comment>> readComments(const QString &condition, int limit,
                                        const std::function<bool()> &cancelled) const;

    Library &m_library;
};

} // namespace Newsdesk
