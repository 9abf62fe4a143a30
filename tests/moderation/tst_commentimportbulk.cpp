// 100,000 comments in one file, generated at test time in every format: imported in one transaction in
// seconds, threads intact, and a second import adds nothing. Prints the times (label: slow).

#include "CommentFixtures.h"
#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/CommentImport.h"

#include <QElapsedTimer>
#include <QTest>

#include <ctime>

namespace Newsdesk {

using namespace Testing;

class TestCommentImportBulk : public QObject
{
    Q_OBJECT

private slots:
    void hundredThousand_data();
    void hundredThousand();
};

namespace {
constexpr int Count = 100000;
// Generous for a Debug build on a busy machine; what matters is seconds, not minutes.
constexpr qint64 BudgetMs = 120000;
} // namespace

void TestCommentImportBulk::hundredThousand_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"wxr", "disqus", "csv", "json"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestCommentImportBulk::hundredThousand()
{
    QFETCH(QString, format);
    const QList<TestComment> comments = manyComments(Count);
    const QByteArray data = format == QLatin1String("wxr")      ? writeWxr(comments)
                            : format == QLatin1String("disqus") ? writeDisqus(comments)
                            : format == QLatin1String("csv")    ? writeCsv(comments)
                                                                : writeJson(comments);
    TestLibrary library;
    Article harbour;
    harbour.url = HarbourUrl;
    Article rail;
    rail.url = RailUrl;
    QVERIFY(library->articles().insert({harbour, rail}));

    QElapsedTimer timer;
    timer.start();
    const auto read = CommentImport::read(data, QStringLiteral("bulk"));
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->comments.size(), Count);
    qInfo("%s: read (parsed, sanitised, no library) in %.2f s", qPrintable(format),
          double(timer.elapsed()) / 1000);

    timer.restart();
    // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
    const std::clock_t cpuStart = std::clock();
    const auto report = CommentImport(*library).importData(data, QStringLiteral("bulk"));
    const qint64 firstMs = timer.elapsed();
    const double firstCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, Count);
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->issues.join(QLatin1Char('\n'))));
    QCOMPARE(library->comments().count().value(), Count);
    qInfo("%s: %d comments (%.1f MB) imported in %.2f s (%.2f s of CPU)", qPrintable(format), Count,
          double(data.size()) / (1024 * 1024), double(firstMs) / 1000, firstCpu);
    QVERIFY2(firstMs < BudgetMs, qPrintable(QString::number(firstMs)));

    // Every tenth comment answers the one before it.
    const auto reply = library->comments().findExternal(1, format + QStringLiteral(":10"));
    const auto parent = library->comments().findExternal(1, format + QStringLiteral(":9"));
    QVERIFY(reply && parent);
    QCOMPARE(library->comments().find(*reply)->parentId, *parent);
    QCOMPARE(library->comments().count(CommentStatus::Spam).value(), Count / 7);

    timer.restart();
    const auto again = CommentImport(*library).importData(data, QStringLiteral("bulk"));
    const qint64 secondMs = timer.elapsed();
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->alreadyThere, Count);
    qInfo("%s: imported again (nothing added) in %.2f s", qPrintable(format), double(secondMs) / 1000);
    QVERIFY2(secondMs < BudgetMs, qPrintable(QString::number(secondMs)));
}

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestCommentImportBulk)
#include "tst_commentimportbulk.moc"
