// Crash safety of newsdesk-cli: SIGKILL at random moments during a 2,000-page import and during bundle
// exports (JSON file and folder site), many times over. After every kill the library must pass SQLite's
// integrity check, hold every article the CLI had reported imported (whole: title, body and comments as
// the import of its page produces them), and no partial article; an export's target must be complete, or
// absent where there was no earlier output, and the next export must leave no temporary of the killed one. Finally the import runs to the
// end and the library holds each page exactly once.
//
// The kill moments come from a seeded QRandomGenerator whose seed is printed (NEWSDESK_CRASH_SEED repeats
// a run). NEWSDESK_CRASH_IMPORT_TRIALS and NEWSDESK_CRASH_EXPORT_TRIALS set the trial counts (25 and 25 by
// default). An import trial costs far more than an export one: every re-run reads again each page already
// in before it skips it (about 3.5 ms of CPU a page in a Debug build), so the defaults keep a Debug build
// within the ctest timeout; an AddressSanitizer build may want fewer import trials.

#include "CliRunner.h"
#include "NewsPages.h"

#include "importing/HtmlDocument.h"
#include "importing/ImportFormats.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include <functional>

#include <sys/resource.h>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

constexpr int PageCount = 2000;
/// The pages' own seed: the same pages every run, whatever the kill seed.
constexpr quint32 PageSeed = Bench::SyntheticCorpus::BenchSeed + 10;
constexpr int BundleArticles = 300;
/// No single run of the CLI may take longer than this (a hung process fails the test, not ctest).
constexpr qint64 RunLimitMs = 120000;

/// CPU seconds used so far by this test and the CLI runs it waited for: the machine-independent cost,
/// reported beside the wall time (which other work on the machine stretches).
double cpuSeconds()
{
    double seconds = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        if (getrusage(who, &usage) == 0)
            seconds += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return seconds;
}

int trialCount(const char *variable, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(variable, &ok);
    return ok && value >= 0 ? value : fallback;
}

/// What importing one page must give: the article as ImportFormats reads it, and its comments.
struct Expected
{
    QString input; ///< The page's path as the CLI reports it.
    QString url;   ///< The page's canonical URL (a page read from a file has no URL of its own): its key
    QString title;
    QString bodyHtml;
    QString bodyText;
    int comments = 0;
};

int countComments(const QList<ExtractedComment> &comments)
{
    int n = 0;
    for (const ExtractedComment &comment : comments)
        n += 1 + countComments(comment.replies);
    return n;
}

/// One run of the CLI that may be killed: what it printed before it died, in complete lines.
class KillableRun
{
public:
    KillableRun(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProgram(QStringLiteral(NEWSDESK_CLI_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(env);
        m_process.setStandardInputFile(QProcess::nullDevice());
    }

    bool start()
    {
        m_process.start();
        m_clock.start();
        return m_process.waitForStarted(10000);
    }

    qint64 elapsedMs() const { return m_clock.elapsed(); }
    QString errorString() const { return m_process.errorString(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    /// Waits a little for output; returns the lines completed since the last call.
    QList<QByteArray> poll(int waitMs)
    {
        m_process.waitForReadyRead(waitMs);
        m_pending += m_process.readAllStandardOutput();
        QList<QByteArray> lines;
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            lines << m_pending.left(end);
            m_pending.remove(0, end + 1);
        }
        m_lines += lines;
        return lines;
    }

    /// SIGKILL (what QProcess::kill sends on Unix), then whatever reached the pipe before it.
    QList<QByteArray> kill()
    {
        m_killed = running();
        if (m_killed)
            m_process.kill();
        m_process.waitForFinished(30000);
        return poll(0);
    }

    /// Lets the run finish by itself.
    bool finish(qint64 limitMs)
    {
        while (running() && m_clock.elapsed() < limitMs)
            poll(50);
        if (running())
            return false;
        poll(0);
        return true;
    }

    bool killed() const { return m_killed; }
    int exitCode() const { return m_process.exitCode(); }
    bool normalExit() const { return m_process.exitStatus() == QProcess::NormalExit; }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }
    const QList<QByteArray> &lines() const { return m_lines; }

private:
    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_pending; ///< an incomplete last line: never counted
    QList<QByteArray> m_lines;
    bool m_killed = false;
};

/// The articles one JSON line of `import --json` reports: (id, input) for each imported, and how many
/// were already there.
struct ReportedLine
{
    bool valid = false;
    QString input;
    QList<qint64> imported;
    int duplicates = 0;
};

ReportedLine parseReport(const QByteArray &line)
{
    ReportedLine reported;
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return reported;
    const QJsonObject object = document.object();
    reported.valid = object.contains(QStringLiteral("input"));
    reported.input = object.value(QStringLiteral("input")).toString();
    for (const QJsonValue &article : object.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject item = article.toObject();
        if (item.contains(QStringLiteral("imported")))
            reported.imported << item.value(QStringLiteral("imported")).toInteger();
        else if (item.contains(QStringLiteral("duplicate_of")))
            ++reported.duplicates;
    }
    return reported;
}

/// Runs work on a read-only connection to the library, as a program looking at it after the crash.
bool withReadOnly(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList rowsOf(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

/// Every file under folder (relative path → SHA-256), hidden ones included.
QMap<QString, QByteArray> treeOf(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path),
                     QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256));
    }
    return files;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importSurvivesKills();
    void exportSurvivesKills();
    void cleanupTestCase();

private:
    /// The checks after a kill: integrity, every reported article present and whole, nothing partial.
    void verifyLibrary(const QString &context);
    QStringList cli(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--library"), m_libraryPath} + arguments;
    }

    QTemporaryDir m_dir;
    QString m_pages;
    QString m_libraryPath;
    QProcessEnvironment m_env;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_importTrials = 25;
    int m_exportTrials = 25;
    QList<Expected> m_expected;
    QHash<QString, int> m_byUrl;   ///< article URL → index in m_expected
    QHash<QString, int> m_byInput; ///< reported input → index in m_expected
    QHash<qint64, int> m_reported; ///< article id the CLI reported imported → its page
    QElapsedTimer m_clock;
    bool m_imported = false;
};

void TestCrashSafety::initTestCase()
{
    m_clock.start();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(NEWSDESK_CLI_PATH)), NEWSDESK_CLI_PATH);
    bool seeded = false;
    m_seed = quint32(qEnvironmentVariableIntValue("NEWSDESK_CRASH_SEED", &seeded));
    if (!seeded)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    m_importTrials = trialCount("NEWSDESK_CRASH_IMPORT_TRIALS", m_importTrials);
    m_exportTrials = trialCount("NEWSDESK_CRASH_EXPORT_TRIALS", m_exportTrials);
    qInfo("kill seed %u (NEWSDESK_CRASH_SEED=%u repeats it); %d import and %d export trials", m_seed, m_seed,
          m_importTrials, m_exportTrials);

    m_env = sealedCliEnvironment(m_dir.filePath(QStringLiteral("home")));
    m_pages = m_dir.filePath(QStringLiteral("pages"));
    m_libraryPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    auto generated = Bench::generatePages(m_pages, PageCount, PageSeed);
    QVERIFY2(generated.ok(), qPrintable(generated.errorString()));
    QCOMPARE(generated->pages, PageCount);

    // What the import of each page produces, read here by the same code the CLI runs.
    HtmlDocument::initialiseParser();
    const QStringList files = ImportFormats::filesIn(m_pages, true);
    QCOMPARE(files.size(), PageCount);
    m_expected = QtConcurrent::blockingMapped(files, [](const QString &file) {
        Expected expected;
        expected.input = QDir::toNativeSeparators(file);
        auto source = ImportFormats::loadFile(file);
        auto outcome = source ? ImportFormats::read(*source) : Result<ImportOutcome>(source.error());
        if (!outcome || outcome->articles.size() != 1)
            return expected; // no URL: caught below
        const ExtractedArticle &extracted = outcome->articles.first();
        expected.url = extracted.article.canonicalUrl;
        expected.title = extracted.article.title;
        expected.bodyHtml = extracted.article.bodyHtml;
        expected.bodyText = extracted.article.bodyText;
        expected.comments = countComments(extracted.comments);
        return expected;
    });
    for (int i = 0; i < m_expected.size(); ++i) {
        const Expected &page = m_expected.at(i);
        QVERIFY2(!page.url.isEmpty() && !page.title.isEmpty() && !page.bodyText.isEmpty(),
                 qPrintable(page.input));
        QVERIFY2(!m_byUrl.contains(page.url), qPrintable(QStringLiteral("two pages share %1").arg(page.url)));
        m_byUrl.insert(page.url, i);
        m_byInput.insert(page.input, i);
    }
    qInfo("%d pages generated in %.1f s and read in %.1f s (%.1f s of CPU)", PageCount, generated->seconds,
          m_clock.elapsed() / 1000.0 - generated->seconds, cpuSeconds());
}

void TestCrashSafety::verifyLibrary(const QString &context)
{
    if (!QFileInfo::exists(m_libraryPath)) {
        // Killed before the library was created: nothing can have been reported.
        QVERIFY2(m_reported.isEmpty(), qPrintable(context));
        return;
    }
    QStringList problems;
    const bool opened = withReadOnly(m_libraryPath, [&](QSqlDatabase &db) {
        const QStringList integrity = rowsOf(db, QStringLiteral("PRAGMA integrity_check"));
        if (integrity != QStringList{QStringLiteral("ok")})
            problems << QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
        // A library killed before its first migration committed has no tables yet.
        if (rowsOf(db, QStringLiteral("PRAGMA user_version")) == QStringList{QStringLiteral("0")}) {
            if (!m_reported.isEmpty())
                problems << QStringLiteral("the library lost its schema");
            return true;
        }
        const QStringList foreignKeys = rowsOf(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys.isEmpty())
            problems << QStringLiteral("foreign_key_check: ") + foreignKeys.join(QStringLiteral("; "));
        // Rows that belong to an article but have none, or an article without them.
        for (const auto &[what, sql] :
             {std::pair{"articles without curation",
                        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_curation c "
                        "WHERE c.article_id = a.id)"},
              std::pair{
                  "articles without a fingerprint",
                  "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_fingerprints f "
                  "WHERE f.article_id = a.id)"},
              std::pair{
                  "full-text entries that are not articles",
                  "SELECT (SELECT count(*) FROM articles_fts_docsize) - (SELECT count(*) FROM articles)"},
              std::pair{
                  "wrong comment counts",
                  "SELECT count(*) FROM articles a LEFT JOIN article_comment_counts x ON x.article_id = "
                  "a.id WHERE ifnull(x.comments, 0) <> (SELECT count(*) FROM comments c WHERE "
                  "c.article_id = a.id)"}}) {
            const QStringList count = rowsOf(db, QString::fromLatin1(sql));
            if (count != QStringList{QStringLiteral("0")})
                problems << QStringLiteral("%1: %2").arg(QLatin1String(what), count.join(u' '));
        }

        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT a.id, a.canonical_url, a.title, a.body_html, a.body_text, "
                "(SELECT count(*) FROM comments c WHERE c.article_id = a.id) FROM articles a"))) {
            problems << query.lastError().text();
            return true;
        }
        QHash<qint64, int> pageOf;
        QSet<int> pagesSeen;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString url = query.value(1).toString();
            const auto page = m_byUrl.constFind(url);
            if (page == m_byUrl.cend()) {
                problems << QStringLiteral("article %1 comes from no page (url “%2”)").arg(id).arg(url);
                continue;
            }
            const Expected &want = m_expected.at(*page);
            if (pagesSeen.contains(*page))
                problems << QStringLiteral("%1 is in the library twice").arg(want.input);
            pagesSeen.insert(*page);
            pageOf.insert(id, *page);
            // Whole: exactly what the import of its page produces, comments and all.
            if (query.value(2).toString() != want.title)
                problems << QStringLiteral("article %1: title “%2”, not “%3”")
                                .arg(id)
                                .arg(query.value(2).toString(), want.title);
            if (query.value(3).toString() != want.bodyHtml || query.value(4).toString() != want.bodyText)
                problems << QStringLiteral("article %1: its body is not that of %2").arg(id).arg(want.input);
            if (query.value(5).toInt() != want.comments)
                problems << QStringLiteral("article %1: %2 of %3 comments")
                                .arg(id)
                                .arg(query.value(5).toInt())
                                .arg(want.comments);
        }
        for (auto it = m_reported.cbegin(); it != m_reported.cend(); ++it) {
            if (!pageOf.contains(it.key()))
                problems << QStringLiteral("article %1 was reported imported (%2) but is not in the library")
                                .arg(it.key())
                                .arg(m_expected.at(it.value()).input);
            else if (pageOf.value(it.key()) != it.value())
                problems << QStringLiteral("article %1 was reported for %2 but holds %3")
                                .arg(it.key())
                                .arg(m_expected.at(it.value()).input,
                                     m_expected.at(pageOf.value(it.key())).input);
        }
        return true;
    });
    QVERIFY2(opened, qPrintable(context + QStringLiteral(": the library could not be opened read-only")));
    QVERIFY2(problems.isEmpty(), qPrintable(context + QStringLiteral(":\n  ") +
                                            problems.mid(0, 20).join(QStringLiteral("\n  "))));
}

void TestCrashSafety::importSurvivesKills()
{
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds();
    int imported = 0;         // articles reported imported so far, over every run
    qint64 firstNewMs = 2000; // when the last run reported its first new article: where its writing began
    int kills = 0;
    int finishedFirst = 0;
    qint64 finishedMs = 0; // how long the last run took that finished by itself
    QStringList moments;
    for (int trial = 0; trial < m_importTrials; ++trial) {
        // A third of the kills come at any moment of a run (start-up, opening the library, listing the
        // folder, reading pages already in); the rest once the run is writing, a random number of
        // articles into it and a random time after, so that the kills spread over the whole import.
        // Once a run has found nothing left to write, the next ones are killed while they read the pages
        // already in, before the moment that run ended.
        const bool anyMoment = finishedMs > 0 || m_random.bounded(3) == 0;
        const int trialsLeft = m_importTrials - trial;
        const int share = std::max(1, 2 * (PageCount - imported) / trialsLeft);
        const int target = 1 + int(m_random.bounded(share));
        const qint64 anyMomentLimitMs = finishedMs > 0 ? finishedMs * 9 / 10 : firstNewMs * 12 / 10;
        const qint64 delayMs =
            anyMoment ? qint64(m_random.bounded(int(anyMomentLimitMs) + 1)) : qint64(m_random.bounded(800));

        KillableRun run(cli({QStringLiteral("import"), QStringLiteral("--json"), m_pages}), m_env);
        QVERIFY2(run.start(), qPrintable(run.errorString()));
        int newInRun = 0;
        qint64 killAt = anyMoment ? delayMs : -1;
        qint64 firstNew = -1;
        const auto take = [&](const QList<QByteArray> &lines) {
            for (const QByteArray &line : lines) {
                const ReportedLine reported = parseReport(line);
                QVERIFY2(reported.valid, line.constData());
                QVERIFY2(m_byInput.contains(reported.input), qPrintable(reported.input));
                for (qint64 id : reported.imported) {
                    QVERIFY2(!m_reported.contains(id),
                             qPrintable(QStringLiteral("article %1 reported twice").arg(id)));
                    m_reported.insert(id, m_byInput.value(reported.input));
                    ++newInRun;
                    ++imported;
                    if (firstNew < 0)
                        firstNew = run.elapsedMs();
                }
            }
        };
        while (run.running() && (killAt < 0 || run.elapsedMs() < killAt) && run.elapsedMs() < RunLimitMs) {
            take(run.poll(2));
            if (QTest::currentTestFailed())
                return;
            if (killAt < 0 && newInRun >= target)
                killAt = run.elapsedMs() + delayMs;
        }
        const qint64 killedAtMs = run.elapsedMs();
        take(run.kill());
        if (QTest::currentTestFailed())
            return;
        if (run.killed()) {
            ++kills;
            moments << QStringLiteral("%1%2ms/+%3")
                           .arg(anyMoment ? QStringLiteral("@") : QStringLiteral("w"))
                           .arg(killedAtMs)
                           .arg(newInRun);
        } else {
            ++finishedFirst; // the import was done before its moment came
            finishedMs = killedAtMs;
            QVERIFY2(run.normalExit() && run.exitCode() == 0, qPrintable(run.stderrText()));
        }
        if (firstNew >= 0)
            firstNewMs = firstNew;
        verifyLibrary(QStringLiteral("after import trial %1 (seed %2, killed at %3 ms, %4 new in the run)")
                          .arg(trial + 1)
                          .arg(m_seed)
                          .arg(killedAtMs)
                          .arg(newInRun));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("import: %d kills (%d runs finished first), %d articles reported before the final run, %.1f s",
          kills, finishedFirst, imported, clock.elapsed() / 1000.0);
    qInfo("kill moments (@ any moment / w while writing, ms into the run, +articles it reported): %s",
          qPrintable(moments.join(u' ')));

    // Once more to the end: what was there is skipped, the rest comes in, and no page twice.
    KillableRun last(cli({QStringLiteral("import"), QStringLiteral("--json"), m_pages}), m_env);
    QVERIFY2(last.start(), qPrintable(last.errorString()));
    QVERIFY2(last.finish(RunLimitMs), "the final import did not finish");
    QVERIFY2(last.normalExit() && last.exitCode() == 0, qPrintable(last.stderrText()));
    int duplicates = 0;
    int newInLast = 0;
    for (const QByteArray &line : last.lines()) {
        const ReportedLine reported = parseReport(line);
        QVERIFY2(reported.valid, line.constData());
        duplicates += reported.duplicates;
        for (qint64 id : reported.imported) {
            QVERIFY(!m_reported.contains(id));
            m_reported.insert(id, m_byInput.value(reported.input));
            ++newInLast;
        }
    }
    QCOMPARE(last.lines().size(), PageCount);
    QCOMPARE(newInLast + duplicates, PageCount);
    verifyLibrary(QStringLiteral("after the final import"));
    if (QTest::currentTestFailed())
        return;
    // Articles committed in the moment between their commit and the line that reports them were never
    // reported; the final run found them there (duplicates), whole, as verifyLibrary checked.
    const int unreported = PageCount - int(m_reported.size());
    QStringList counts;
    QVERIFY(withReadOnly(m_libraryPath, [&](QSqlDatabase &db) {
        counts =
            rowsOf(db, QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT canonical_url) || ' ' || "
                                      "count(DISTINCT content_hash) FROM articles"));
        return true;
    }));
    // Every page once: as many articles, canonical URLs and distinct bodies as pages.
    QCOMPARE(counts, QStringList{QStringLiteral("%1 %1 %1").arg(PageCount)});
    qInfo("import: the final run added %d and skipped %d (%d committed by killed runs without being "
          "reported); %.1f s in all, %.1f s of CPU",
          newInLast, duplicates, unreported, clock.elapsed() / 1000.0, cpuSeconds() - cpuBefore);
    m_imported = !QTest::currentTestFailed();
}

void TestCrashSafety::exportSurvivesKills()
{
    if (!m_imported)
        QSKIP("the import did not complete, so there is no bundle to export");
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds();
    const QString bundleName = QStringLiteral("Crash trial");
    {
        auto library = Library::open(m_libraryPath);
        QVERIFY2(library.ok(), qPrintable(library.errorString()));
        Bundle bundle;
        bundle.name = bundleName;
        bundle.title = QStringLiteral("Killed exports");
        bundle.intro = QStringLiteral("Exported again and again, and killed on the way.");
        QList<qint64> ids = m_reported.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids.mid(0, BundleArticles))
            bundle.entries << BundleEntry::article(id, QStringLiteral("Blurb for %1").arg(id));
        auto created = (*library)->bundles().create(bundle);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
    }

    struct Format
    {
        QString key;
        QString folder; ///< holds the target and nothing else
        QString target;
        qint64 fullMs = 0;
        QMap<QString, QByteArray> reference; ///< the complete output: relative path → SHA-256
    };
    QList<Format> formats{{QStringLiteral("json"), m_dir.filePath(QStringLiteral("export-json")), {}, 0, {}},
                          {QStringLiteral("html"), m_dir.filePath(QStringLiteral("export-site")), {}, 0, {}}};
    formats[0].target = formats[0].folder + QStringLiteral("/bundle.json");
    formats[1].target = formats[1].folder + QStringLiteral("/site");
    const auto exportArguments = [&](const Format &format) {
        return cli({QStringLiteral("export"), QStringLiteral("--bundle"), bundleName,
                    QStringLiteral("--format"), format.key, QStringLiteral("--out"), format.target,
                    QStringLiteral("--force")});
    };
    const auto outputOf = [](const Format &format) {
        const QFileInfo info(format.target);
        if (!info.exists())
            return QMap<QString, QByteArray>();
        if (info.isDir())
            return treeOf(format.target);
        return QMap<QString, QByteArray>{
            {info.fileName(),
             QCryptographicHash::hash(readBytes(format.target), QCryptographicHash::Sha256)}};
    };

    // The complete outputs, and how long a whole export takes: the kills spread over that time.
    for (Format &format : formats) {
        QVERIFY(QDir().mkpath(format.folder));
        KillableRun run(exportArguments(format), m_env);
        QVERIFY2(run.start(), qPrintable(run.errorString()));
        QVERIFY(run.finish(RunLimitMs));
        QVERIFY2(run.normalExit() && run.exitCode() == 0, qPrintable(run.stderrText()));
        format.fullMs = run.elapsedMs();
        format.reference = outputOf(format);
        QCOMPARE(entriesOf(format.folder), QStringList{QFileInfo(format.target).fileName()});
    }
    // The reference is valid, not just whatever came out: the JSON parses and lists every article, the
    // site has a page per article.
    {
        const QJsonDocument feed = QJsonDocument::fromJson(readBytes(formats[0].target));
        QVERIFY(feed.isObject());
        QCOMPARE(feed.object().value(QStringLiteral("items")).toArray().size(), BundleArticles);
        QVERIFY(formats[1].reference.contains(QStringLiteral("index.html")));
        QVERIFY(formats[1].reference.size() > BundleArticles);
    }

    int kills = 0;
    int absent = 0;
    QStringList moments;
    for (int trial = 0; trial < m_exportTrials; ++trial) {
        Format &format = formats[int(m_random.bounded(2))];
        // Sometimes there is no earlier output to replace.
        const bool fresh = m_random.bounded(3) == 0;
        if (fresh) {
            if (QFileInfo(format.target).isDir())
                QVERIFY(QDir(format.target).removeRecursively());
            else
                QVERIFY(QFile::remove(format.target));
        }
        const qint64 delayMs = qint64(m_random.bounded(int(format.fullMs * 11 / 10) + 1));
        KillableRun run(exportArguments(format), m_env);
        QVERIFY2(run.start(), qPrintable(run.errorString()));
        while (run.running() && run.elapsedMs() < delayMs)
            run.poll(2);
        const qint64 killedAtMs = run.elapsedMs();
        run.kill();
        kills += run.killed() ? 1 : 0;
        moments << QStringLiteral("%1%2%3ms")
                       .arg(format.key, fresh ? QStringLiteral("*") : QStringLiteral(" "))
                       .arg(killedAtMs);
        const QString context = QStringLiteral("export trial %1 (%2, seed %3, killed at %4 ms of %5)")
                                    .arg(trial + 1)
                                    .arg(format.key)
                                    .arg(m_seed)
                                    .arg(killedAtMs)
                                    .arg(format.fullMs);

        // The target is absent, or complete: never a part of it. Where an export replaced an earlier one,
        // the target is never absent: the file is replaced by a rename, the site trades places with it.
        const QMap<QString, QByteArray> output = outputOf(format);
        if (output.isEmpty()) {
            QVERIFY2(fresh, qPrintable(context + QStringLiteral(": the earlier output is gone, the new one not in")));
            ++absent;
        } else
            QVERIFY2(output == format.reference,
                     qPrintable(context + QStringLiteral(": the output is partial")));
        if (!output.isEmpty() && format.key == u"json") {
            const QJsonDocument feed = QJsonDocument::fromJson(readBytes(format.target));
            QCOMPARE(feed.object().value(QStringLiteral("items")).toArray().size(), BundleArticles);
        }

        // The next export runs to the end, replaces it, and leaves nothing of the killed one.
        KillableRun next(exportArguments(format), m_env);
        QVERIFY2(next.start(), qPrintable(next.errorString()));
        QVERIFY(next.finish(RunLimitMs));
        QVERIFY2(next.normalExit() && next.exitCode() == 0, qPrintable(context + u' ' + next.stderrText()));
        QVERIFY2(outputOf(format) == format.reference, qPrintable(context));
        QCOMPARE(entriesOf(format.folder), QStringList{QFileInfo(format.target).fileName()});
    }
    verifyLibrary(QStringLiteral("after the exports"));
    qInfo("export: %d kills in %d trials (%d left no target), whole exports %lld ms (json) and %lld ms "
          "(site), %.1f s, %.1f s of CPU",
          kills, m_exportTrials, absent, formats[0].fullMs, formats[1].fullMs, clock.elapsed() / 1000.0,
          cpuSeconds() - cpuBefore);
    qInfo("export kill moments (* no earlier output): %s", qPrintable(moments.join(u' ')));
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("crash trials took %.1f s in all, %.1f s of CPU", m_clock.elapsed() / 1000.0, cpuSeconds());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
