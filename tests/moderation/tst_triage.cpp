// Triage of the pending queue: the rules' and the filter's proposals and which wins, apply() as one
// transaction with each decision's reason and decider in the comment and the moderation log, scores
// stored, undo, and what the filter learns from.

#include "SyntheticComments.h"
#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/ModerationEvidence.h"
#include "moderation/Triage.h"

#include <QSignalSpy>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::LabelledComment;
using Newsdesk::Testing::SyntheticComments;
using Newsdesk::Testing::TestLibrary;

namespace {

const QDateTime Noon(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

Comment comment(qint64 article, const QString &text, const QString &author, const QString &email,
                CommentStatus status = CommentStatus::Pending)
{
    Comment c;
    c.articleId = article;
    c.author = author;
    c.authorEmail = email;
    c.bodyText = text;
    c.body = commentHtmlFromText(text);
    c.postedAt = Noon;
    c.status = status;
    if (status != CommentStatus::Pending)
        c.decidedBy = DecidedBy::Import;
    return c;
}

qint64 addArticle(Library &library)
{
    Article article;
    article.title = QStringLiteral("Harbour plan");
    article.url = QStringLiteral("https://news.example/harbour");
    return library.articles().insert({article}).value().first();
}

/// A library with decided comments to learn from (generated ham approved, spam marked spam).
void addDecided(Library &library, qint64 article, int count, quint32 seed)
{
    SyntheticComments::Options options;
    options.articleIds = {article};
    options.labelNoise = 0;
    QList<Comment> comments;
    for (LabelledComment &item : SyntheticComments(seed).generate(count, options)) {
        item.comment.parentId = 0;
        item.comment.status = item.spam ? CommentStatus::Spam : CommentStatus::Approved;
        item.comment.decidedBy = DecidedBy::Import;
        comments << item.comment;
    }
    QVERIFY(library.comments().insert(comments));
}

const TriageProposal *proposalFor(const QList<TriageProposal> &proposals, qint64 id)
{
    for (const TriageProposal &proposal : proposals)
        if (proposal.commentId == id)
            return &proposal;
    return nullptr;
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private slots:
    void precedence();
    void applyWritesDecisionsAndLog();
    void applyIsOneStepAndUndoable();
    void runWithoutEnoughDecisions();
    void runLearnsFromDecisions();
    void trainingLeavesOutRejectedAndFilterDecisions();
};

void TestTriage::precedence()
{
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.moderationKeys = {QStringLiteral("harbour")};
    // Platt's targets keep scores learned from 60 comments short of certainty.
    settings.spamThreshold = 0.7;
    ModerationFacts facts;
    facts.approvedAuthors.insert(
        ModerationFacts::authorKey(QStringLiteral("Ann"), QStringLiteral("ann@example.org")));
    const ModerationRules rules(settings, facts);

    // A filter that calls everything with "bonus" spam.
    QList<SpamExample> examples;
    for (int i = 0; i < 30; ++i) {
        examples.append({comment(0, QStringLiteral("Free bonus spins %1 claim now").arg(i),
                                 QStringLiteral("P%1").arg(i), {}),
                         true});
        examples.append({comment(0, QStringLiteral("The council vote on item %1 was close").arg(i),
                                 QStringLiteral("R%1").arg(i), {}),
                         false});
    }
    const auto filter = SpamFilter::train(examples);
    QVERIFY2(filter, qPrintable(filter.errorString()));

    // Rule spam beats the filter; its reason is the rule's.
    TriageProposal p = Triage::propose(
        comment(0, QStringLiteral("casino bonus spins"), QStringLiteral("X"), {}), rules, *filter);
    QCOMPARE(p.proposed, CommentStatus::Spam);
    QCOMPARE(p.decidedBy, QString(DecidedBy::Rules));
    QVERIFY(p.reason.startsWith(QLatin1String("Disallowed key")));
    QVERIFY(p.score && *p.score > 0.7);

    // The filter's spam beats a hold and a known author.
    p = Triage::propose(comment(0, QStringLiteral("harbour bonus spins claim now"), QStringLiteral("Ann"),
                                QStringLiteral("ann@example.org")),
                        rules, *filter);
    QCOMPARE(p.proposed, CommentStatus::Spam);
    QCOMPARE(p.decidedBy, QString(DecidedBy::Filter));
    QVERIFY2(p.reason.startsWith(QLatin1String("Spam score ")), qPrintable(p.reason));
    QVERIFY(p.reason.endsWith(QLatin1String(" (threshold 0.70)")));

    // Below the threshold the rules decide: a hold, then an approval.
    p = Triage::propose(comment(0, QStringLiteral("The harbour vote was close"), QStringLiteral("Bo"), {}),
                        rules, *filter);
    QCOMPARE(p.proposed, CommentStatus::Pending);
    QCOMPARE(p.decidedBy, QString(DecidedBy::Rules));
    p = Triage::propose(comment(0, QStringLiteral("The council vote was close"), QStringLiteral("Ann"),
                                QStringLiteral("ann@example.org")),
                        rules, *filter);
    QCOMPARE(p.proposed, CommentStatus::Approved);
    QVERIFY(p.reason.startsWith(QLatin1String("Known author")));
    // Nothing decided: pending, no decider, a score all the same.
    p = Triage::propose(comment(0, QStringLiteral("The council vote was close"), QStringLiteral("Cy"), {}),
                        rules, *filter);
    QCOMPARE(p.proposed, CommentStatus::Pending);
    QVERIFY(p.decidedBy.isEmpty());
    QVERIFY(!p.changesStatus());
    QVERIFY(p.score && *p.score < 0.5);

    // Without a trained filter there is no score, and the rules alone decide.
    p = Triage::propose(comment(0, QStringLiteral("bonus spins claim now"), QStringLiteral("Cy"), {}), rules,
                        SpamFilter());
    QVERIFY(!p.score);
    QCOMPARE(p.proposed, CommentStatus::Pending);
}

void TestTriage::applyWritesDecisionsAndLog()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.moderationKeys = {QStringLiteral("harbour")};
    QVERIFY(settings.save(*library));
    const auto ids = library->comments().insert(
        {comment(article, QStringLiteral("Earlier"), QStringLiteral("Ann"), QStringLiteral("ann@example.org"),
                 CommentStatus::Approved),
         comment(article, QStringLiteral("Best casino"), QStringLiteral("Promo"), {}),
         comment(article, QStringLiteral("About the harbour"), QStringLiteral("Bo"), {}),
         comment(article, QStringLiteral("Me again"), QStringLiteral("Ann"),
                 QStringLiteral("ann@example.org")),
         comment(article, QStringLiteral("Just a reader"), QStringLiteral("Cy"), {})});
    QVERIFY(ids);
    const qint64 spam = ids->at(1), held = ids->at(2), known = ids->at(3), plain = ids->at(4);

    auto run = Triage::run(*library);
    QVERIFY2(run, qPrintable(run.errorString()));
    QVERIFY(!run->filterTrained);
    QVERIFY(run->filterMessage.contains(QLatin1String("at least 5")));
    QCOMPARE(run->proposals.size(), 4);
    QCOMPARE(run->comments.size(), 4);
    QCOMPARE(proposalFor(run->proposals, spam)->proposed, CommentStatus::Spam);
    QCOMPARE(proposalFor(run->proposals, held)->proposed, CommentStatus::Pending);
    QCOMPARE(proposalFor(run->proposals, known)->proposed, CommentStatus::Approved);
    QCOMPARE(proposalFor(run->proposals, plain)->proposed, CommentStatus::Pending);
    // Proposing changes nothing.
    QCOMPARE(library->comments().find(spam)->status, CommentStatus::Pending);

    const auto changes = Triage::apply(*library, run->proposals);
    QVERIFY2(changes, qPrintable(changes.errorString()));
    QCOMPARE(changes->size(), 2);
    const Comment spamComment = library->comments().find(spam).value();
    QCOMPARE(spamComment.status, CommentStatus::Spam);
    QCOMPARE(spamComment.decidedBy, QString(DecidedBy::Rules));
    QCOMPARE(spamComment.reason, QStringLiteral("Disallowed key “casino” in the text"));
    QCOMPARE(library->comments().find(known)->status, CommentStatus::Approved);
    QCOMPARE(library->comments().find(held)->status, CommentStatus::Pending);

    const auto log = library->comments().log();
    QVERIFY(log);
    QCOMPARE(log->size(), 2);
    for (const ModerationLogEntry &entry : *log) {
        QCOMPARE(entry.actor, QString(DecidedBy::Rules));
        QCOMPARE(entry.from, std::optional(CommentStatus::Pending));
        QVERIFY(!entry.reason.isEmpty());
    }
    QCOMPARE(library->comments().log(known)->first().reason,
             QStringLiteral("Known author: Ann has an approved comment"));

    // A second triage finds nothing more to do.
    auto again = Triage::run(*library);
    QVERIFY(again);
    QCOMPARE(again->proposals.size(), 2);
    QCOMPARE(Triage::apply(*library, again->proposals)->size(), 0);
}

void TestTriage::applyIsOneStepAndUndoable()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    addDecided(*library, article, 200, 11);
    ModerationSettings settings;
    settings.spamThreshold = 0.8; // 200 decisions do not make the filter 95% sure of anything
    const Status saved = settings.save(*library);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    QList<Comment> pending;
    for (int i = 0; i < 20; ++i)
        pending << comment(
            article,
            QStringLiteral("Buy viagra online without prescription, 50% off http://pharma-direct-rx.biz/%1")
                .arg(i),
            QStringLiteral("Buy Viagra Online"), QStringLiteral("rx%1@mail.ru").arg(i));
    pending << comment(
        article,
        QStringLiteral("I think the rail strike is overdue, since nobody has costed the harbour plan."),
        QStringLiteral("Grace Murphy"), QStringLiteral("grace.murphy@outlook.com"));
    QVERIFY(library->comments().insert(pending));

    auto run = Triage::run(*library);
    QVERIFY2(run, qPrintable(run.errorString()));
    QVERIFY(run->filterTrained);
    int proposedSpam = 0;
    for (const TriageProposal &proposal : run->proposals) {
        QVERIFY(proposal.score);
        proposedSpam += proposal.proposed == CommentStatus::Spam;
    }
    QVERIFY2(proposedSpam >= 18, qPrintable(QString::number(proposedSpam)));

    QSignalSpy moderated(library.get(), &Library::commentsModerated);
    const auto changes = Triage::apply(*library, run->proposals);
    QVERIFY(changes);
    QCOMPARE(changes->size(), proposedSpam);
    // Announced after the one transaction committed: the scores, then the decisions.
    QVERIFY(moderated.size() >= 1);
    CommentQuery byScore;
    byScore.status = CommentStatus::Spam;
    byScore.reason = QStringLiteral("spam score");
    const auto filtered = library->comments().count(byScore);
    QVERIFY(filtered);
    QVERIFY(*filtered >= 18);
    for (const ModerationLogEntry &entry : library->comments().log().value())
        QCOMPARE(entry.actor, QString(DecidedBy::Filter));
    // Every pending comment has its score stored.
    CommentQuery unscored;
    unscored.status = CommentStatus::Pending;
    for (const CommentRow &row : library->comments().page(unscored, std::nullopt, 100).value())
        QVERIFY(row.spamScore);

    QVERIFY(library->comments().revert(*changes, DecidedBy::Curator));
    QCOMPARE(library->comments().count(CommentStatus::Pending).value(), int(pending.size()));
}

void TestTriage::runWithoutEnoughDecisions()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    QList<Comment> few;
    for (int i = 0; i < 4; ++i)
        few << comment(article, QStringLiteral("ham %1").arg(i), QStringLiteral("A%1").arg(i), {},
                       CommentStatus::Approved)
            << comment(article, QStringLiteral("spam %1").arg(i), QStringLiteral("S%1").arg(i), {},
                       CommentStatus::Spam);
    few << comment(article, QStringLiteral("pending"), QStringLiteral("P"), {});
    QVERIFY(library->comments().insert(few));
    const auto run = Triage::run(*library);
    QVERIFY(run);
    QVERIFY(!run->filterTrained);
    QVERIFY2(run->filterMessage.startsWith(QLatin1String(
                 "The spam filter learns from your decisions and needs at least 5 approved and 5 spam comments."))
                 && run->filterMessage.contains(QLatin1String("has 4 approved comment"))
                 && run->filterMessage.contains(QLatin1String("has 4 spam comment")),
             qPrintable(run->filterMessage));
    QCOMPARE(run->proposals.size(), 1);
    QVERIFY(!run->proposals.first().score);
}

void TestTriage::runLearnsFromDecisions()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    addDecided(*library, article, 300, 5);
    SyntheticComments::Options options;
    options.articleIds = {article};
    options.labelNoise = 0;
    QList<Comment> pending;
    QList<bool> truth;
    for (LabelledComment &item : SyntheticComments(99).generate(100, options)) {
        item.comment.parentId = 0;
        pending << item.comment;
        truth << item.spam;
    }
    const auto ids = library->comments().insert(pending);
    QVERIFY(ids);
    const auto run = Triage::run(*library);
    QVERIFY(run);
    QVERIFY(run->filterTrained);
    QCOMPARE(run->hamExamples + run->spamExamples, 300);
    QList<bool> predicted;
    QList<bool> actual;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const TriageProposal *proposal = proposalFor(run->proposals, ids->at(i));
        QVERIFY(proposal && proposal->score);
        predicted << (*proposal->score >= 0.5);
        actual << truth.at(i);
    }
    const SpamFilter::Evaluation quality = SpamFilter::evaluate(predicted, actual);
    QVERIFY2(quality.accuracy > 0.85, qPrintable(QString::number(quality.accuracy)));
}

void TestTriage::trainingLeavesOutRejectedAndFilterDecisions()
{
    TestLibrary library;
    const qint64 article = addArticle(*library);
    Comment byFilter =
        comment(article, QStringLiteral("filtered"), QStringLiteral("F"), {}, CommentStatus::Spam);
    byFilter.decidedBy = DecidedBy::Filter;
    const auto ids = library->comments().insert(
        {comment(article, QStringLiteral("rude"), QStringLiteral("R"), {}, CommentStatus::Rejected),
         comment(article, QStringLiteral("fine"), QStringLiteral("A"), {}, CommentStatus::Approved),
         comment(article, QStringLiteral("junk"), QStringLiteral("S"), {}, CommentStatus::Spam), byFilter,
         comment(article, QStringLiteral("waiting"), QStringLiteral("P"), {})});
    QVERIFY(ids);
    const auto training = ModerationEvidence(*library).trainingComments();
    QVERIFY(training);
    QList<qint64> trainingIds;
    for (const Comment &c : *training)
        trainingIds << c.id;
    QCOMPARE(trainingIds, (QList<qint64>{ids->at(1), ids->at(2)}));
    // A curator who confirms the filter's decision makes it evidence.
    QVERIFY(library->comments().setStatus({ids->at(3)}, CommentStatus::Approved, DecidedBy::Curator));
    QCOMPARE(ModerationEvidence(*library).trainingComments()->size(), 3);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
