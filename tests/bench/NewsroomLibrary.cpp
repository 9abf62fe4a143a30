#include "NewsroomLibrary.h"

#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "core/Bundle.h"
#include "core/Comment.h"
#include "importing/StoryFingerprint.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cmath>
#include <map>

namespace Newsdesk::Bench {

namespace {

constexpr int BatchSize = 1000;
/// Earlier articles a copy may be of: wire copies run within days of each other.
constexpr int RecentStories = 300;
constexpr int SectionSize = 100;

const char *const CommentWords[] = {
    "agree",   "council", "budget", "really",   "think",    "article", "point",   "people", "government",
    "wrong",   "right",   "thanks", "question", "policy",   "vote",    "never",   "always", "years",
    "tax",     "school",  "money",  "why",      "because",  "report",  "source",  "fact",   "local",
    "mayor",   "prices",  "jobs",   "future",   "problem",  "answer",  "history", "trade",  "war",
    "climate", "energy",  "health", "court",    "election", "summit",  "deal",    "nobody", "everyone"};
const char *const SpamWords[] = {"cheap",  "click",  "offer",  "casino", "free", "bonus",
                                 "crypto", "winner", "viagra", "loan",   "deal", "discount"};

QString pickWord(QRandomGenerator &random, const char *const *words, int count)
{
    return QLatin1String(words[random.bounded(count)]);
}

/// A reader's comment: plain talk, or (one in eight) spam with a link.
Comment makeComment(QRandomGenerator &random, qint64 articleId, const QDateTime &after, int serial)
{
    Comment comment;
    comment.articleId = articleId;
    const bool spam = random.bounded(8) == 0;
    const int author = int(random.bounded(spam ? 500 : 40000));
    comment.author = spam ? QStringLiteral("deals%1").arg(author) : QStringLiteral("Reader %1").arg(author);
    comment.authorEmail = QStringLiteral("%1%2@mail.example").arg(QLatin1String(spam ? "deals" : "reader")).arg(author);
    comment.authorIp =
        QStringLiteral("10.%1.%2.%3").arg(author / 65536).arg(author / 256 % 256).arg(author % 256);
    QStringList words;
    const int length = 6 + int(random.bounded(spam ? 20 : 70));
    for (int i = 0; i < length; ++i)
        words << (spam && random.bounded(3) == 0
                      ? pickWord(random, SpamWords, int(std::size(SpamWords)))
                      : pickWord(random, CommentWords, int(std::size(CommentWords))));
    if (spam)
        words << QStringLiteral("https://deals%1.example/offer").arg(author);
    words.first()[0] = words.first().at(0).toUpper();
    comment.bodyText = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    comment.body = commentHtmlFromText(comment.bodyText);
    comment.postedAt = after.addSecs(60 + random.bounded(5 * 86400));
    comment.importedAt = comment.postedAt;
    const int roll = int(random.bounded(100));
    if (spam)
        comment.status = roll < 70 ? CommentStatus::Spam : CommentStatus::Pending;
    else
        comment.status = roll < 12   ? CommentStatus::Pending
                         : roll < 95 ? CommentStatus::Approved
                                     : CommentStatus::Rejected;
    if (comment.status != CommentStatus::Pending) {
        comment.decidedBy = roll % 3 == 0 ? QString(DecidedBy::Curator) : QString(DecidedBy::Import);
        comment.decidedAt = comment.postedAt.addSecs(3600);
    }
    if (random.bounded(2) == 0)
        comment.spamScore = spam ? 0.6 + random.generateDouble() * 0.4 : random.generateDouble() * 0.4;
    comment.externalId = QStringLiteral("newsroom:%1").arg(serial);
    return comment;
}

/// Another site's copy of a story: the same body with its last paragraph trimmed and a new top, under
/// another masthead and address, as a wire story reads on a second site.
Article copyOf(const Article &original, QRandomGenerator &random, int serial)
{
    Article copy = original;
    copy.id = 0;
    QStringList paragraphs = original.bodyText.split(QStringLiteral("\n\n"));
    if (paragraphs.size() > 3)
        paragraphs.removeLast();
    paragraphs.prepend(QStringLiteral("(Updated with reaction) ") +
                       paragraphs.first().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.'));
    copy.bodyText = paragraphs.join(QStringLiteral("\n\n"));
    copy.bodyHtml.clear();
    for (const QString &paragraph : std::as_const(paragraphs))
        copy.bodyHtml += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>\n");
    copy.wordCount = int(copy.bodyText.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    copy.source = QStringLiteral("Wire Desk %1").arg(random.bounded(40));
    copy.url = QStringLiteral("https://wire%1.example/story/%2").arg(random.bounded(40)).arg(serial);
    copy.canonicalUrl.clear();
    copy.guid.clear();
    copy.title = original.title + QStringLiteral(" – update");
    copy.importedAt = original.importedAt.addSecs(600 + random.bounded(86400));
    copy.status = ArticleStatus::New;
    copy.trashedAt = {};
    return copy;
}

Result<QHash<QString, qint64>> createDeskTopics(Library &library)
{
    QHash<QString, qint64> ids;
    Topic root;
    root.name = newsroomDeskRoot();
    auto rootId = library.topics().create(root);
    if (!rootId)
        return rootId.error();
    for (const QString &name : SyntheticCorpus::topicNames()) {
        Topic topic;
        topic.name = name;
        topic.parentId = *rootId;
        auto id = library.topics().create(topic);
        if (!id)
            return id.error();
        ids.insert(name, *id);
    }
    return ids;
}

} // namespace

QString newsroomBundleName()
{
    return QStringLiteral("Newsroom week");
}

QString newsroomDeskRoot()
{
    return QStringLiteral("Desk");
}

Result<NewsroomReport> generateNewsroom(const QString &path, const NewsroomSize &size)
{
    if (QFileInfo::exists(path))
        return Error{Error::Code::Failed, QStringLiteral("%1 exists already").arg(path)};
    NewsroomReport report;
    QElapsedTimer total;
    total.start();
    auto opened = Library::open(path);
    if (!opened)
        return opened.error();
    Library &library = **opened;
    if (Status seeded = TopicTagging::seedDefaults(library); !seeded)
        return seeded.error();
    auto desk = createDeskTopics(library);
    if (!desk)
        return desk.error();
    const QStringList topicNames = SyntheticCorpus::topicNames();

    SyntheticCorpus corpus(SyntheticCorpus::BenchSeed);
    QRandomGenerator random(SyntheticCorpus::BenchSeed + 7);
    QList<std::pair<qint64, Article>> recent; // (id, article) of the last stories, for copies
    QList<qint64> selected;
    // Comments go to articles by a long tail: the share of the whole each article draws is its weight
    // over the running total, so a few stories get hundreds and most none.
    const double commentsPerArticle = size.articles > 0 ? double(size.comments) / size.articles : 0;
    double commentDebt = 0;
    qint64 elapsedArticles = 0, elapsedFingerprints = 0, elapsedComments = 0;
    QElapsedTimer step;

    while (report.articles < size.articles) {
        const int count = std::min(BatchSize, size.articles - report.articles);
        const QList<TaggedArticle> fresh = corpus.nextTaggedBatch(count);
        const Status status = library.transaction([&]() -> Status {
            step.start();
            QList<Article> articles;
            QList<int> copyOfRecent; // index into recent, or -1
            QList<QList<int>> topics;
            for (const TaggedArticle &tagged : fresh) {
                const int serial = report.articles + int(articles.size());
                if (!recent.isEmpty() && serial % size.copyEvery == size.copyEvery - 1) {
                    const int index = int(random.bounded(int(recent.size())));
                    articles << copyOf(recent.at(index).second, random, serial);
                    copyOfRecent << index;
                } else {
                    articles << tagged.article;
                    copyOfRecent << -1;
                }
                topics << tagged.topics;
            }
            auto ids = library.articles().insert(articles);
            if (!ids)
                return ids.error();
            elapsedArticles += step.nsecsElapsed();

            step.start();
            for (qsizetype i = 0; i < articles.size(); ++i) {
                const StoryFingerprint::IndexKeys keys = StoryFingerprint::indexKeys(articles.at(i).bodyText);
                if (!keys.isEmpty())
                    if (Status stored = library.stories().setFingerprint(ids->at(i), keys.simHash, keys.bands,
                                                                         keys.anchors);
                        !stored)
                        return stored;
                if (copyOfRecent.at(i) >= 0) {
                    const auto &[originalId, original] = recent.at(copyOfRecent.at(i));
                    if (Status linked = library.stories().link(
                            originalId, ids->at(i),
                            StoryFingerprint::shingleSimilarity(original.bodyText, articles.at(i).bodyText));
                        !linked)
                        return linked;
                    ++report.copies;
                } else {
                    recent.append({ids->at(i), articles.at(i)});
                    if (recent.size() > RecentStories)
                        recent.removeFirst();
                }
            }
            elapsedFingerprints += step.nsecsElapsed();

            // Tags: a fifth manual, two fifths by rules, a fifth suggested, a fifth untagged.
            std::map<std::pair<qint64, int>, QList<qint64>> groups;
            for (qsizetype i = 0; i < articles.size(); ++i) {
                const int kind = int(random.bounded(5));
                if (kind == 4)
                    continue;
                const TagOrigin origin = kind == 0  ? TagOrigin::Manual
                                         : kind < 3 ? TagOrigin::Rule
                                                    : TagOrigin::Suggested;
                for (const int topic : topics.at(i))
                    groups[{desk->value(topicNames.at(topic)), int(origin)}] << ids->at(i);
                if (articles.at(i).status == ArticleStatus::Selected && !articles.at(i).trashedAt.isValid() &&
                    selected.size() < size.bundleArticles)
                    selected << ids->at(i);
            }
            for (const auto &[key, group] : groups) {
                const TagOrigin origin = TagOrigin(key.second);
                auto tagged = library.topics().tag(group, {key.first}, origin,
                                                   origin == TagOrigin::Suggested ? 0.7 : 1.0);
                if (!tagged)
                    return tagged.error();
                report.tags += int(tagged->size());
            }

            step.start();
            QList<Comment> comments;
            for (qsizetype i = 0; i < articles.size(); ++i) {
                // Pareto-like weights with mean 1: most articles draw little, a few draw a lot.
                const double weight = std::pow(1.0 - random.generateDouble(), -1.0 / 1.5) / 3.0;
                commentDebt += commentsPerArticle * weight;
                int n = int(commentDebt);
                if (report.comments + int(comments.size()) + n > size.comments)
                    n = size.comments - report.comments - int(comments.size());
                commentDebt -= n;
                const QDateTime posted = articles.at(i).publishedAt.isValid() ? articles.at(i).publishedAt
                                                                              : articles.at(i).importedAt;
                const qsizetype first = comments.size();
                for (int c = 0; c < n; ++c) {
                    Comment comment =
                        makeComment(random, ids->at(i), posted, report.comments + int(comments.size()));
                    // One in five answers an earlier comment on the same article (negative: within the
                    // batch).
                    if (c > 0 && random.bounded(5) == 0)
                        comment.parentId = -(first + random.bounded(c) + 1);
                    comments << comment;
                }
            }
            // The last batch takes what the long tail left over, so the total is exact.
            if (report.articles + count == size.articles)
                while (report.comments + comments.size() < size.comments)
                    comments << makeComment(random, ids->at(random.bounded(int(ids->size()))),
                                            QDateTime::currentDateTimeUtc(),
                                            report.comments + int(comments.size()));
            for (const Comment &comment : std::as_const(comments))
                if (comment.status == CommentStatus::Pending)
                    ++report.pendingComments;
            if (!comments.isEmpty()) {
                auto inserted = library.comments().insert(comments);
                if (!inserted)
                    return inserted.error();
            }
            report.comments += int(comments.size());
            elapsedComments += step.nsecsElapsed();
            return {};
        });
        if (!status)
            return status.error();
        report.articles += count;
        if (report.articles % (BatchSize * 10) == 0 || report.articles == size.articles)
            err() << QStringLiteral("  generated %1 / %2 articles, %3 comments (%4 s)")
                         .arg(report.articles)
                         .arg(size.articles)
                         .arg(report.comments)
                         .arg(double(total.nsecsElapsed()) / 1e9, 0, 'f', 1)
                  << Qt::endl;
    }

    Bundle bundle;
    bundle.name = newsroomBundleName();
    bundle.title = QStringLiteral("The week's selection");
    bundle.intro = QStringLiteral("What the desk selected this week.");
    for (qsizetype i = 0; i < selected.size(); ++i) {
        if (i % SectionSize == 0)
            bundle.entries << BundleEntry::section(QStringLiteral("Part %1").arg(i / SectionSize + 1));
        bundle.entries << BundleEntry::article(selected.at(i),
                                               i % 3 == 0 ? QStringLiteral("Worth a read.") : QString());
    }
    if (auto created = library.bundles().create(bundle); !created)
        return created.error();
    report.bundleArticles = int(selected.size());

    // No ANALYZE: the library has only what the app itself leaves (PRAGMA optimize on close), so the
    // query plans measured are the ones a curator gets. Closing the last connection checkpoints the WAL, so
    // the file's size is the whole library.
    opened->reset();
    report.seconds = double(total.nsecsElapsed()) / 1e9;
    report.articleSeconds = double(elapsedArticles) / 1e9;
    report.fingerprintSeconds = double(elapsedFingerprints) / 1e9;
    report.commentSeconds = double(elapsedComments) / 1e9;
    return report;
}

} // namespace Newsdesk::Bench
