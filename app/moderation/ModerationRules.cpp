#include "ModerationRules.h"

#include "library/CommentRepository.h"
#include "library/Library.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace Newsdesk {

namespace {

/// Aho–Corasick over case-folded UTF-16: finds any of many keys in one pass over a text.
class KeyMatcher
{
public:
    explicit KeyMatcher(const QStringList &keys)
    {
        m_nodes.emplace_back();
        std::vector<std::vector<std::pair<char16_t, int>>> children(1);
        for (const QString &raw : keys) {
            const QString key = raw.trimmed().toCaseFolded();
            if (key.isEmpty()) // WordPress skips empty lines too
                continue;
            int node = 0;
            for (const QChar c : key) {
                const auto found = m_edges.constFind(edge(node, c.unicode()));
                if (found != m_edges.cend()) {
                    node = found.value();
                    continue;
                }
                const int next = int(m_nodes.size());
                m_nodes.emplace_back();
                children.emplace_back();
                m_edges.insert(edge(node, c.unicode()), next);
                children[std::size_t(node)].emplace_back(c.unicode(), next);
                node = next;
            }
            if (m_nodes[std::size_t(node)].output >= 0)
                continue; // the same key again, in another case
            m_nodes[std::size_t(node)].output = int(m_keys.size());
            m_keys << raw.trimmed();
        }
        for (char16_t c = 0; c < m_root.size(); ++c)
            m_root[c] = m_edges.value(edge(0, c), 0);
        // Breadth first, so that a node's failure link (the longest proper suffix that is a prefix of
        // some key) is complete before its children need it; outputs are inherited along the links, so
        // that "ress" is reported at the end of "press" too.
        std::vector<int> queue;
        for (const auto &[c, child] : children[0])
            queue.push_back(child);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int node = queue[head];
            for (const auto &[c, child] : children[std::size_t(node)]) {
                m_nodes[std::size_t(child)].fail = step(m_nodes[std::size_t(node)].fail, c);
                if (m_nodes[std::size_t(child)].output < 0)
                    m_nodes[std::size_t(child)].output =
                        m_nodes[std::size_t(m_nodes[std::size_t(child)].fail)].output;
                queue.push_back(child);
            }
        }
    }

    bool isEmpty() const { return m_keys.isEmpty(); }

    /// The first key (as the settings spell it) that ends earliest in the text, or an empty string.
    QString find(const QString &text) const
    {
        if (m_keys.isEmpty() || text.isEmpty())
            return {};
        int node = 0;
        // Folded a character at a time: no copy of every field of every comment.
        for (const QChar c : text) {
            node = step(node, QChar::toCaseFolded(c.unicode()));
            if (const int output = m_nodes[std::size_t(node)].output; output >= 0)
                return m_keys.at(output);
        }
        return {};
    }

private:
    struct Node
    {
        int fail = 0;
        int output = -1;
    };

    static quint64 edge(int node, char16_t c) { return (quint64(node) << 16) | c; }

    int step(int node, char16_t c) const
    {
        // Most characters of most texts leave the automaton at its root: answer those from a table.
        if (node == 0 && c < m_root.size())
            return m_root[c];
        for (;;) {
            const auto found = m_edges.constFind(edge(node, c));
            if (found != m_edges.cend())
                return found.value();
            if (node == 0)
                return 0;
            node = m_nodes[std::size_t(node)].fail;
        }
    }

    std::vector<Node> m_nodes;
    QHash<quint64, int> m_edges;
    std::array<int, 128> m_root{}; // the root's edges for ASCII; 0: none
    QStringList m_keys;
};

/// The fields of a comment that keys are looked for in.
enum class FieldKind { AuthorName, AuthorEmail, AuthorUrl, Text, AuthorIp };

/// A field of a comment that keys are looked for in.
struct Field
{
    QString text;
    FieldKind kind;
};

/// Why a disallowed key marks a comment as spam: one whole sentence per field, since a field's name
/// spliced into "… in %2" cannot take the case other languages give it.
QString disallowedReason(const QString &key, FieldKind kind)
{
    switch (kind) {
    case FieldKind::AuthorName:
        return ModerationRules::tr("Disallowed key “%1” in the author's name").arg(key);
    case FieldKind::AuthorEmail:
        return ModerationRules::tr("Disallowed key “%1” in the author's email").arg(key);
    case FieldKind::AuthorUrl:
        return ModerationRules::tr("Disallowed key “%1” in the author's URL").arg(key);
    case FieldKind::Text:
        return ModerationRules::tr("Disallowed key “%1” in the text").arg(key);
    case FieldKind::AuthorIp:
        return ModerationRules::tr("Disallowed key “%1” in the author's IP address").arg(key);
    }
    return {};
}

/// Why a moderation key holds a comment, one whole sentence per field.
QString moderationReason(const QString &key, FieldKind kind)
{
    switch (kind) {
    case FieldKind::AuthorName:
        return ModerationRules::tr("Moderation key “%1” in the author's name").arg(key);
    case FieldKind::AuthorEmail:
        return ModerationRules::tr("Moderation key “%1” in the author's email").arg(key);
    case FieldKind::AuthorUrl:
        return ModerationRules::tr("Moderation key “%1” in the author's URL").arg(key);
    case FieldKind::Text:
        return ModerationRules::tr("Moderation key “%1” in the text").arg(key);
    case FieldKind::AuthorIp:
        return ModerationRules::tr("Moderation key “%1” in the author's IP address").arg(key);
    }
    return {};
}

QString textOf(const Comment &comment)
{
    return comment.bodyText.isEmpty() ? CommentRepository::plainText(comment.body) : comment.bodyText;
}

QString htmlOf(const Comment &comment)
{
    return comment.body.isEmpty() ? commentHtmlFromText(comment.bodyText) : comment.body;
}

} // namespace

struct ModerationRules::Private
{
    Private(const ModerationSettings &settings, ModerationFacts facts)
        : settings(settings)
        , facts(std::move(facts))
        , moderation(settings.moderationKeys)
        , disallowed(settings.disallowedKeys)
    {
    }

    /// The key found and the field it was in, in WordPress's order of fields.
    std::optional<std::pair<QString, FieldKind>> findKey(const KeyMatcher &matcher,
                                                         const QList<Field> &fields) const
    {
        if (matcher.isEmpty())
            return std::nullopt;
        for (const Field &field : fields)
            if (QString key = matcher.find(field.text); !key.isEmpty())
                return std::pair(key, field.kind);
        return std::nullopt;
    }

    /// The most comments of one source in a window of the flood rule that holds this comment, if that
    /// reaches the flood limit.
    std::optional<int> flood(const QList<ModerationFacts::Post> &posts, const Comment &comment) const
    {
        const qint64 window = settings.floodWindowSeconds;
        const qint64 t = comment.postedAt.toSecsSinceEpoch();
        const auto byTime = [](const ModerationFacts::Post &post, qint64 time) {
            return post.postedAt < time;
        };
        const auto first = std::lower_bound(posts.cbegin(), posts.cend(), t - window, byTime);
        // A comment not yet in the library counts itself; one in the library is among the posts.
        const auto afterT = std::upper_bound(
            first, posts.cend(), t, [](qint64 time, const auto &post) { return time < post.postedAt; });
        const bool listed = comment.id > 0 && std::any_of(first, afterT, [&](const auto &post) {
                                return post.id == comment.id;
                            });
        const int self = listed ? 0 : 1;
        // Every window [s, s + window] that contains t starts at a post in [t - window, t] (or at t).
        const auto countFrom = [&](qint64 start) {
            const auto end =
                std::upper_bound(posts.cbegin(), posts.cend(), start + window,
                                 [](qint64 time, const auto &post) { return time < post.postedAt; });
            const auto begin = std::lower_bound(posts.cbegin(), posts.cend(), start, byTime);
            return int(end - begin) + self;
        };
        if (const int count = countFrom(t); count >= settings.floodLimit)
            return count;
        for (auto it = first; it != afterT; ++it)
            if (const int count = countFrom(it->postedAt); count >= settings.floodLimit)
                return count;
        return std::nullopt;
    }

    ModerationSettings settings;
    ModerationFacts facts;
    KeyMatcher moderation;
    KeyMatcher disallowed;
};

ModerationRules::ModerationRules(const ModerationSettings &settings, ModerationFacts facts)
    : d(std::make_unique<Private>(settings, std::move(facts)))
{
}

ModerationRules::~ModerationRules() = default;
ModerationRules::ModerationRules(ModerationRules &&) noexcept = default;
ModerationRules &ModerationRules::operator=(ModerationRules &&) noexcept = default;

Result<ModerationRules> ModerationRules::forComments(Library &library, const ModerationSettings &settings,
                                                     const QList<Comment> &comments)
{
    auto facts = ModerationEvidence(library).factsFor(comments);
    if (!facts)
        return facts.error();
    return ModerationRules(settings, std::move(facts).value());
}

const ModerationSettings &ModerationRules::settings() const
{
    return d->settings;
}

int ModerationRules::linkCount(const QString &html)
{
    static const QRegularExpression anchorWithHref(QStringLiteral("<a\\s[^>]*href"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anchor(QStringLiteral("<a\\b[^>]*>.*?</a\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression bareUrl(QStringLiteral("(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"']+"),
                                            QRegularExpression::CaseInsensitiveOption);
    // Most comments have no link at all: spare them the expressions.
    const bool anchors = html.contains(QLatin1String("href"), Qt::CaseInsensitive);
    if (!anchors && !html.contains(QLatin1String("http"), Qt::CaseInsensitive) &&
        !html.contains(QLatin1String("www."), Qt::CaseInsensitive))
        return 0;
    int links = 0;
    QString outside = html;
    if (anchors) {
        for (auto it = anchorWithHref.globalMatch(html); it.hasNext(); it.next())
            ++links;
        // An anchor's text is often its address again: count the anchor once, not its text as well.
        outside.remove(anchor);
    }
    outside.remove(tag);
    for (auto it = bareUrl.globalMatch(outside); it.hasNext(); it.next())
        ++links;
    return links;
}

double ModerationRules::upperCaseShare(QStringView text, int *letters)
{
    int cased = 0;
    int upper = 0;
    for (const QChar c : text) {
        if (c.isUpper()) {
            ++upper;
            ++cased;
        } else if (c.isLower()) {
            ++cased;
        }
    }
    if (letters)
        *letters = cased;
    return cased ? double(upper) / cased : 0.0;
}

QString ModerationRules::ruleName(ModerationRule rule)
{
    switch (rule) {
    case ModerationRule::DisallowedKey:
        return tr("Disallowed key");
    case ModerationRule::SpamCopy:
        return tr("Copy of spam");
    case ModerationRule::HoldAll:
        return tr("Hold all");
    case ModerationRule::ModerationKey:
        return tr("Moderation key");
    case ModerationRule::LinkLimit:
        return tr("Links");
    case ModerationRule::Flood:
        return tr("Flood");
    case ModerationRule::Shouting:
        return tr("Shouting");
    case ModerationRule::Duplicate:
        return tr("Duplicate");
    case ModerationRule::KnownAuthor:
        return tr("Known author");
    }
    return {};
}

QString ModerationRules::ruleKey(ModerationRule rule)
{
    switch (rule) {
    case ModerationRule::DisallowedKey:
        return QStringLiteral("disallowed-key");
    case ModerationRule::SpamCopy:
        return QStringLiteral("spam-copy");
    case ModerationRule::HoldAll:
        return QStringLiteral("hold-all");
    case ModerationRule::ModerationKey:
        return QStringLiteral("moderation-key");
    case ModerationRule::LinkLimit:
        return QStringLiteral("link-limit");
    case ModerationRule::Flood:
        return QStringLiteral("flood");
    case ModerationRule::Shouting:
        return QStringLiteral("shouting");
    case ModerationRule::Duplicate:
        return QStringLiteral("duplicate");
    case ModerationRule::KnownAuthor:
        return QStringLiteral("known-author");
    }
    return {};
}

RuleVerdict ModerationRules::evaluate(const Comment &comment) const
{
    const ModerationSettings &settings = d->settings;
    const QString text = textOf(comment);
    const QString html = htmlOf(comment);
    RuleVerdict verdict;
    const auto match = [&](ModerationRule rule, CommentStatus status, const QString &reason) {
        verdict.matches.append({rule, status, reason});
    };

    // WordPress's fields, in its order; the text as HTML (an address in an href) and as plain text.
    const QList<Field> fields{
        {comment.author, FieldKind::AuthorName},
        {comment.authorEmail, FieldKind::AuthorEmail},
        {comment.authorUrl, FieldKind::AuthorUrl},
        {html, FieldKind::Text},
        {text, FieldKind::Text},
        {comment.authorIp, FieldKind::AuthorIp},
    };

    if (const auto found = d->findKey(d->disallowed, fields))
        match(ModerationRule::DisallowedKey, CommentStatus::Spam,
              disallowedReason(found->first, found->second));

    // Copies by the same author, by name or email: the earliest earlier one, or any that is spam.
    std::optional<ModerationFacts::Copy> spamCopy;
    std::optional<ModerationFacts::Copy> earlierCopy;
    for (const QString &key : {ModerationFacts::nameCopyKey(comment.author, text),
                               ModerationFacts::emailCopyKey(comment.authorEmail, text)}) {
        if (key.isEmpty())
            continue;
        for (const ModerationFacts::Copy &copy : d->facts.copies.value(key)) {
            if (copy.id == comment.id || (comment.id > 0 && copy.id > comment.id))
                continue;
            if (copy.status == CommentStatus::Spam && (!spamCopy || copy.id < spamCopy->id))
                spamCopy = copy;
            if (!earlierCopy || copy.id < earlierCopy->id)
                earlierCopy = copy;
        }
    }
    if (spamCopy)
        match(ModerationRule::SpamCopy, CommentStatus::Spam,
              tr("Same author and text as comment %1, which is spam").arg(spamCopy->id));

    if (settings.holdAll)
        match(ModerationRule::HoldAll, CommentStatus::Pending, tr("Every comment is held (hold_all is on)"));
    if (const auto found = d->findKey(d->moderation, fields))
        match(ModerationRule::ModerationKey, CommentStatus::Pending,
              moderationReason(found->first, found->second));
    if (settings.linkLimit > 0) {
        if (const int links = linkCount(html); links >= settings.linkLimit)
            match(ModerationRule::LinkLimit, CommentStatus::Pending,
                  tr("Links: %1, and comments with %2 or more are held").arg(links).arg(settings.linkLimit));
    }
    if (settings.floodLimit > 0 && comment.postedAt.isValid()) {
        const QString ip = comment.authorIp.trimmed();
        const QString author = ModerationFacts::authorKey(comment.author, comment.authorEmail);
        const QString window = QString::number(settings.floodWindowSeconds);
        // One whole sentence per kind of source: "from %2" around a translated "IP address %1" would be
        // a sentence glued from pieces.
        if (std::optional<int> count;
            !ip.isEmpty() && (count = d->flood(d->facts.postsByIp.value(ip), comment)))
            match(ModerationRule::Flood, CommentStatus::Pending,
                  tr("Flood: %1 comments from IP address %2 within %3 s")
                      .arg(QString::number(*count), ip, window));
        else if (!author.isEmpty() && (count = d->flood(d->facts.postsByAuthor.value(author), comment)))
            match(ModerationRule::Flood, CommentStatus::Pending,
                  tr("Flood: %1 comments from “%2” within %3 s")
                      .arg(QString::number(*count),
                           comment.author.isEmpty() ? comment.authorEmail : comment.author, window));
    }
    // A share of 0 would hold every comment with 20 letters: 0 turns the rule off, as for links.
    if (settings.shoutingShare > 0) {
        int letters = 0;
        const double share = upperCaseShare(text, &letters);
        if (letters >= ShoutingMinimumLetters && share >= settings.shoutingShare)
            match(ModerationRule::Shouting, CommentStatus::Pending,
                  tr("Shouting: %1% of %2 letters are capitals").arg(qRound(share * 100)).arg(letters));
    }
    if (earlierCopy && !spamCopy)
        match(ModerationRule::Duplicate, CommentStatus::Pending,
              tr("Duplicate of comment %1 by the same author").arg(earlierCopy->id));

    if (settings.autoApproveKnownAuthors && !comment.author.trimmed().isEmpty() &&
        !comment.authorEmail.trimmed().isEmpty() &&
        d->facts.approvedAuthors.contains(ModerationFacts::authorKey(comment.author, comment.authorEmail)))
        match(ModerationRule::KnownAuthor, CommentStatus::Approved,
              tr("Known author: %1 has an approved comment").arg(comment.author.trimmed()));

    // Spam beats holding, holding beats approval; the reason names every rule of the winning kind.
    for (CommentStatus status : {CommentStatus::Spam, CommentStatus::Pending, CommentStatus::Approved}) {
        QStringList reasons;
        for (const RuleMatch &m : std::as_const(verdict.matches))
            if (m.status == status)
                reasons << m.reason;
        if (reasons.isEmpty())
            continue;
        verdict.status = status;
        verdict.decided = true;
        verdict.reason = reasons.join(QStringLiteral("; "));
        std::stable_partition(verdict.matches.begin(), verdict.matches.end(),
                              [status](const RuleMatch &m) { return m.status == status; });
        return verdict;
    }
    verdict.reason = tr("No rule matched; imported comments wait for a curator");
    return verdict;
}

} // namespace Newsdesk
