// The learned spam filter: what it reads in a comment (look-alike letters folded, invisible characters
// and obfuscated addresses noticed), that it needs both classes, that it gets better with more examples
// on the synthetic comment set, that its scores are probabilities, and that training is deterministic.

#include "SyntheticComments.h"
#include "moderation/SpamFilter.h"

#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::LabelledComment;
using Newsdesk::Testing::SyntheticComments;

namespace {

Comment comment(const QString &text)
{
    Comment c;
    c.author = QStringLiteral("Ann Reader");
    c.authorEmail = QStringLiteral("ann@example.org");
    c.bodyText = text;
    c.body = commentHtmlFromText(text);
    return c;
}

QList<SpamExample> examples(const QList<LabelledComment> &items)
{
    QList<SpamExample> list;
    for (const LabelledComment &item : items)
        list.append({item.comment, item.spam});
    return list;
}

QList<SpamExample> generated(quint32 seed, int count, double noise = 0.0)
{
    SyntheticComments::Options options;
    options.labelNoise = noise;
    return examples(SyntheticComments(seed).generate(count, options));
}

} // namespace

class TestSpamFilter : public QObject
{
    Q_OBJECT

private slots:
    void untrained();
    void needsBothClasses();
    void features();
    void learnsMoreFromMoreExamples();
    void scoresAreCalibratedProbabilities();
    void naiveBayesBaseline();
    void deterministic();
    void trainsOnDecisionsOnly();
    void cancels();
};

void TestSpamFilter::untrained()
{
    const SpamFilter filter;
    QVERIFY(!filter.isTrained());
    QCOMPARE(filter.score(comment(QStringLiteral("anything"))), 0.5);
}

void TestSpamFilter::needsBothClasses()
{
    QList<SpamExample> hamOnly;
    for (int i = 0; i < 50; ++i)
        hamOnly.append({comment(QStringLiteral("ham %1").arg(i)), false});
    hamOnly.append({comment(QStringLiteral("spam")), true});
    const auto filter = SpamFilter::train(hamOnly);
    QVERIFY(!filter);
    QCOMPARE(filter.error().code, Error::Code::NotFound);
    // How many of each the library has, each count in a sentence of its own (for translators' plurals).
    QVERIFY2(filter.errorString().contains(QLatin1String("has 50 approved comment"))
                 && filter.errorString().contains(QLatin1String("has 1 spam comment")),
             qPrintable(filter.errorString()));
}

void TestSpamFilter::features()
{
    // Cyrillic р, а, у, а in a Latin word read as the Latin word, and are noticed.
    QStringList names =
        SpamFilter::featureNames(comment(QStringLiteral("Log in to \u0440\u0430\u0443\u0440\u0430l now")));
    QVERIFY2(names.contains(QStringLiteral("w:paypal")), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(QStringLiteral("s:lookalikes")));
    QVERIFY(names.contains(QStringLiteral("b:paypal now")));
    // A whole Cyrillic word stays Cyrillic: only mixed words are disguises.
    names = SpamFilter::featureNames(comment(QStringLiteral("\u0441\u043e\u043a")));
    QVERIFY(!names.contains(QStringLiteral("s:lookalikes")));
    // Invisible characters go, full-width letters fold.
    names = SpamFilter::featureNames(
        comment(QStringLiteral("ca\u200bsi\u200bno \uff42\uff4f\uff4e\uff55\uff53")));
    QVERIFY(names.contains(QStringLiteral("w:casino")));
    QVERIFY(names.contains(QStringLiteral("w:bonus")));
    QVERIFY(names.contains(QStringLiteral("s:invisible")));
    // Character n-grams see through spacing a word out.
    names = SpamFilter::featureNames(comment(QStringLiteral("Visit cheap-pills[dot]com today")));
    QVERIFY(names.contains(QStringLiteral("s:obfuscated-url")));
    QVERIFY(names.contains(QStringLiteral("c:[dot")));
    // Links, their hosts, the author fields.
    Comment linked = comment(QStringLiteral("See https://www.Example.COM/page and https://b.example.net"));
    linked.authorUrl = QStringLiteral("http://seo-booster.xyz/");
    linked.author = QStringLiteral("Best SEO 2024");
    names = SpamFilter::featureNames(linked);
    QVERIFY(names.contains(QStringLiteral("s:links=2")));
    QVERIFY(names.contains(QStringLiteral("h:example.com")));
    QVERIFY(names.contains(QStringLiteral("t:net")));
    QVERIFY(names.contains(QStringLiteral("a:seo-booster.xyz")));
    QVERIFY(names.contains(QStringLiteral("u:xyz")));
    QVERIFY(names.contains(QStringLiteral("n:seo")));
    QVERIFY(names.contains(QStringLiteral("s:name-digits")));
    QVERIFY(names.contains(QStringLiteral("e:example.org")));
    // Options switch groups off.
    SpamFilterOptions wordsOnly;
    wordsOnly.wordBigrams = false;
    wordsOnly.charGrams = false;
    wordsOnly.signalFeatures = false;
    for (const QString &name : SpamFilter::featureNames(linked, wordsOnly))
        QVERIFY2(name.startsWith(u'w') || name.startsWith(u'h') || name.startsWith(u't') ||
                     name.startsWith(u'd'),
                 qPrintable(name));
}

void TestSpamFilter::learnsMoreFromMoreExamples()
{
    const QList<SpamExample> test = generated(1001, 600);
    const QList<SpamExample> pool = generated(2002, 1200, 0.015);
    QList<double> f1s;
    for (int size : {30, 150, 1200}) {
        const auto filter = SpamFilter::train(pool.mid(0, size));
        QVERIFY2(filter, qPrintable(filter.errorString()));
        const SpamFilter::Evaluation quality = SpamFilter::evaluate(*filter, test);
        qInfo("%4d examples: precision %.3f recall %.3f F1 %.3f accuracy %.3f", size, quality.precision,
              quality.recall, quality.f1, quality.accuracy);
        f1s << quality.f1;
    }
    QVERIFY2(f1s.at(1) > f1s.at(0) && f1s.at(2) > f1s.at(1), "F1 does not grow with the examples");
    QVERIFY2(f1s.at(2) > 0.93, qPrintable(QString::number(f1s.at(2))));
}

void TestSpamFilter::scoresAreCalibratedProbabilities()
{
    const auto filter = SpamFilter::train(generated(7, 1000, 0.015));
    QVERIFY(filter);
    const QList<SpamExample> test = generated(8, 400);
    for (const SpamExample &example : test) {
        const double score = filter->score(example.comment);
        QVERIFY(score >= 0.0 && score <= 1.0);
    }
    const SpamFilter::Evaluation quality = SpamFilter::evaluate(*filter, test);
    QVERIFY2(quality.brier < 0.06, qPrintable(QString::number(quality.brier)));
    // Spam the filter is sure of scores near 1, plain ham near 0.
    QVERIFY(filter->score(comment(QStringLiteral("Buy viagra online without prescription, 70% off. "
                                                 "http://pharma-direct-rx.biz/offer"))) > 0.9);
    QVERIFY(filter->score(comment(QStringLiteral("As a nurse in Leeds, I can tell you the pension reform "
                                                 "is long overdue."))) < 0.1);
}

void TestSpamFilter::naiveBayesBaseline()
{
    SpamFilterOptions options;
    options.model = SpamFilterOptions::Model::NaiveBayes;
    const auto filter = SpamFilter::train(generated(3, 800, 0.015), options);
    QVERIFY(filter);
    const SpamFilter::Evaluation quality = SpamFilter::evaluate(*filter, generated(4, 400));
    QVERIFY2(quality.f1 > 0.85, qPrintable(QString::number(quality.f1)));
}

void TestSpamFilter::deterministic()
{
    const QList<SpamExample> training = generated(5, 300, 0.015);
    const auto a = SpamFilter::train(training);
    const auto b = SpamFilter::train(training);
    QVERIFY(a && b);
    for (const SpamExample &example : generated(6, 50))
        QCOMPARE(a->score(example.comment), b->score(example.comment));
}

void TestSpamFilter::trainsOnDecisionsOnly()
{
    QList<Comment> comments;
    for (const LabelledComment &item : SyntheticComments(9).generate(200)) {
        Comment c = item.comment;
        c.status = item.spam ? CommentStatus::Spam : CommentStatus::Approved;
        comments << c;
    }
    // Rejected and pending comments are no evidence: the filter learns as much with them as without.
    QList<Comment> withOthers = comments;
    for (int i = 0; i < 50; ++i) {
        Comment rejected = comment(QStringLiteral("You are all idiots %1").arg(i));
        rejected.status = i % 2 ? CommentStatus::Rejected : CommentStatus::Pending;
        withOthers << rejected;
    }
    const auto plain = SpamFilter::trainOnDecisions(comments);
    const auto mixed = SpamFilter::trainOnDecisions(withOthers);
    QVERIFY(plain && mixed);
    QCOMPARE(mixed->hamCount() + mixed->spamCount(), 200);
    const Comment probe = comment(QStringLiteral("You are all idiots"));
    QCOMPARE(mixed->score(probe), plain->score(probe));
}

void TestSpamFilter::cancels()
{
    const auto filter = SpamFilter::train(generated(10, 200), {}, [] { return true; });
    QVERIFY(!filter);
    QCOMPARE(filter.error().code, Error::Code::Failed);
}

QTEST_GUILESS_MAIN(TestSpamFilter)
#include "tst_spamfilter.moc"
