// SpamFilterService: trains in the background on its own connection, scores the pending queue, retrains
// a moment after the curator's decisions (not after its own scores), and marks spam by itself only with
// auto_spam on and never against a curator's word.

#include "SyntheticComments.h"
#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/ModerationSettings.h"
#include "moderation/SpamFilterService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::LabelledComment;
using Newsdesk::Testing::SyntheticComments;
using Newsdesk::Testing::TestLibrary;

namespace {

/// Fills a library: decided comments to learn from, then pending ones; returns the pending ids and,
/// through spamIds, those of them that are spam.
QList<qint64> fill(Library &library, int decided, int pending, QList<qint64> *spamIds)
{
    Article article;
    article.title = QStringLiteral("Harbour plan");
    article.url = QStringLiteral("https://news.example/harbour");
    const qint64 articleId = library.articles().insert({article}).value().first();
    SyntheticComments::Options options;
    options.articleIds = {articleId};
    options.labelNoise = 0;
    QList<LabelledComment> items = SyntheticComments(42).generate(decided + pending, options);
    QList<Comment> comments;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Comment c = items.at(i).comment;
        c.parentId = 0;
        if (i < decided) {
            c.status = items.at(i).spam ? CommentStatus::Spam : CommentStatus::Approved;
            c.decidedBy = DecidedBy::Import;
        }
        comments << c;
    }
    const QList<qint64> ids = library.comments().insert(comments).value();
    for (qsizetype i = decided; i < ids.size(); ++i)
        if (items.at(i).spam)
            *spamIds << ids.at(i);
    return ids.mid(decided);
}

bool waitForReady(SpamFilterService &service, QSignalSpy &states)
{
    // Ready (or Failed) after Training; a few seconds in a Debug build.
    for (int i = 0; i < 600; ++i) {
        if (!states.isEmpty() &&
            states.last().first().value<SpamFilterService::State>() != SpamFilterService::State::Training)
            return true;
        QTest::qWait(50);
    }
    return service.state() == SpamFilterService::State::Ready;
}

} // namespace

class TestSpamFilterService : public QObject
{
    Q_OBJECT

private slots:
    void trainsAndScores();
    void tooFewDecisions();
    void retrainsAfterDecisions();
    void autoSpam();
    void scoresInBatchesAndOnlyChanges();
};

void TestSpamFilterService::trainsAndScores()
{
    TestLibrary library;
    QList<qint64> spamIds;
    const QList<qint64> pending = fill(*library, 300, 40, &spamIds);
    SpamFilterService service(*library);
    QSignalSpy states(&service, &SpamFilterService::stateChanged);
    QSignalSpy scored(&service, &SpamFilterService::commentsScored);
    QSignalSpy moderated(library.get(), &Library::commentsModerated);
    service.retrainNow();
    QCOMPARE(service.state(), SpamFilterService::State::Training);
    QVERIFY(waitForReady(service, states));
    QCOMPARE(service.state(), SpamFilterService::State::Ready);
    QVERIFY(service.filter()->isTrained());
    QCOMPARE(service.filter()->hamCount() + service.filter()->spamCount(), 300);
    QVERIFY2(service.stateMessage().startsWith(QLatin1String("Learned from")),
             qPrintable(service.stateMessage()));
    QCOMPARE(scored.size(), 1);
    QCOMPARE(scored.first().at(0).value<QList<qint64>>().size(), pending.size());
    QCOMPARE(scored.first().at(1).toInt(), 0);
    // The window's connection hears of the scores written on the worker's.
    QCOMPARE(moderated.size(), 1);
    int right = 0;
    for (qint64 id : pending) {
        const Comment c = library->comments().find(id).value();
        QVERIFY(c.spamScore);
        QCOMPARE(c.status, CommentStatus::Pending); // auto_spam is off
        right += (*c.spamScore >= 0.5) == spamIds.contains(id);
    }
    QVERIFY2(right >= pending.size() * 85 / 100, qPrintable(QString::number(right)));

    // Its own announcement started no new run.
    service.setRetrainDelay(50);
    QTest::qWait(300);
    QCOMPARE(service.state(), SpamFilterService::State::Ready);
    QCOMPARE(scored.size(), 1);
}

void TestSpamFilterService::tooFewDecisions()
{
    TestLibrary library;
    QList<qint64> spamIds;
    fill(*library, 0, 10, &spamIds);
    SpamFilterService service(*library);
    QSignalSpy states(&service, &SpamFilterService::stateChanged);
    service.retrainNow();
    QVERIFY(waitForReady(service, states));
    QCOMPARE(service.state(), SpamFilterService::State::Ready);
    QVERIFY(!service.filter()->isTrained());
    QVERIFY(service.stateMessage().contains(QLatin1String("at least 5 approved and 5 spam")));
}

void TestSpamFilterService::retrainsAfterDecisions()
{
    TestLibrary library;
    QList<qint64> spamIds;
    const QList<qint64> pending = fill(*library, 200, 20, &spamIds);
    SpamFilterService service(*library);
    service.setRetrainDelay(100);
    QSignalSpy states(&service, &SpamFilterService::stateChanged);
    QSignalSpy changed(&service, &SpamFilterService::filterChanged);
    service.retrainNow();
    QVERIFY(waitForReady(service, states));
    QCOMPARE(changed.size(), 1);
    const auto first = service.filter();
    const int before = first->hamCount() + first->spamCount();

    // The curator decides a few comments: a moment later the filter learns from them too.
    states.clear();
    QVERIFY(library->comments().setStatus(pending.mid(0, 3), CommentStatus::Approved, DecidedBy::Curator));
    QVERIFY(library->comments().setStatus(pending.mid(3, 3), CommentStatus::Spam, DecidedBy::Curator));
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
    QVERIFY(waitForReady(service, states));
    QCOMPARE(changed.size(), 2);
    QVERIFY(service.filter() != first);
    QCOMPARE(service.filter()->hamCount() + service.filter()->spamCount(), before + 6);
}

void TestSpamFilterService::autoSpam()
{
    TestLibrary library;
    QList<qint64> spamIds;
    const QList<qint64> pending = fill(*library, 400, 60, &spamIds);
    ModerationSettings settings;
    settings.autoSpam = true;
    settings.spamThreshold = 0.8;
    QVERIFY(settings.save(*library));
    // A curator put one spam comment back to pending: the filter leaves it there.
    const qint64 overruled = spamIds.first();
    QVERIFY(library->comments().setStatus({overruled}, CommentStatus::Rejected, DecidedBy::Curator));
    QVERIFY(library->comments().setStatus({overruled}, CommentStatus::Pending, DecidedBy::Curator));

    SpamFilterService service(*library);
    QSignalSpy states(&service, &SpamFilterService::stateChanged);
    QSignalSpy scored(&service, &SpamFilterService::commentsScored);
    service.retrainNow();
    QVERIFY(waitForReady(service, states));
    QCOMPARE(scored.size(), 1);
    const int marked = scored.first().at(1).toInt();
    QVERIFY2(marked >= spamIds.size() / 2, qPrintable(QString::number(marked)));
    int wrong = 0;
    for (qint64 id : pending) {
        const Comment c = library->comments().find(id).value();
        if (c.status != CommentStatus::Spam)
            continue;
        QCOMPARE(c.decidedBy, QString(DecidedBy::Filter));
        QVERIFY2(c.reason.startsWith(QLatin1String("Spam score ")), qPrintable(c.reason));
        wrong += !spamIds.contains(id);
    }
    QVERIFY(wrong <= 2);
    QCOMPARE(library->comments().find(overruled)->status, CommentStatus::Pending);
    const auto log = library->comments().log();
    QCOMPARE(std::count_if(log->cbegin(), log->cend(),
                           [](const ModerationLogEntry &e) { return e.actor == DecidedBy::Filter; }),
             qsizetype(marked));
}

void TestSpamFilterService::scoresInBatchesAndOnlyChanges()
{
    TestLibrary library;
    QList<qint64> spamIds;
    const QList<qint64> pending = fill(*library, 200, 250, &spamIds);
    SpamFilterService service(*library);
    service.setScoringBatch(100);
    QSignalSpy states(&service, &SpamFilterService::stateChanged);
    QSignalSpy scored(&service, &SpamFilterService::commentsScored);
    QSignalSpy moderated(library.get(), &Library::commentsModerated);
    service.retrainNow();
    QVERIFY(waitForReady(service, states));
    QCOMPARE(service.state(), SpamFilterService::State::Ready);

    // A batch at a time reaches the window's connection, never the whole queue in one list.
    QCOMPARE(moderated.size(), 3);
    QSet<qint64> announced;
    for (const QList<QVariant> &signal : std::as_const(moderated)) {
        const auto ids = signal.at(0).value<QList<qint64>>();
        QVERIFY(ids.size() <= 100);
        announced.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
    }
    QCOMPARE(announced, QSet<qint64>(pending.cbegin(), pending.cend()));
    QCOMPARE(scored.size(), 1);
    QCOMPARE(scored.first().at(0).value<QList<qint64>>().size(), pending.size());
    for (qint64 id : pending)
        QVERIFY(library->comments().find(id)->spamScore);

    // The same decisions again: the same scores, so nothing is written or announced.
    states.clear();
    moderated.clear();
    service.retrainNow();
    QVERIFY(waitForReady(service, states));
    QCOMPARE(service.state(), SpamFilterService::State::Ready);
    QVERIFY2(service.stateMessage().contains(QLatin1String("Scored 250 pending")),
             qPrintable(service.stateMessage()));
    QCOMPARE(moderated.size(), 0);
    QCOMPARE(scored.size(), 1);
}

QTEST_GUILESS_MAIN(TestSpamFilterService)
#include "tst_spamfilterservice.moc"
