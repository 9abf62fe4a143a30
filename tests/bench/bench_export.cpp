// newsdesk-bench-export: how fast a 1,000-article bundle leaves the library and comes back. Three
// figures, each against a target, median and p95 over the runs:
//
//  1. Export to JSON: BundleContent::load (gathering the articles, topics and comments) and
//     BundleExport::write with ExportFormat::Json (BundleJson, written atomically). Target: < 0.5 s.
//  2. Export to the folder site: the same with ExportFormat::HtmlSite. Target: < 1.5 s.
//  3. Import of that JSON into an empty library through ImportJob, as `newsdesk-cli import` runs it
//     (the bodies sanitised again, topics placed, comments threaded, the bundle recreated). Target: < 2 s.
//
// The library holds SyntheticCorpus articles (the articles of the newsdesk-bench suites, same seed; bodies of 250 to
// 900 words, about 600 on average) with their topics under a small taxonomy with codes, three comments
// each (an approved one with an approved reply, and a pending one the export leaves out), and one bundle
// of all of them in sections of 100 with a blurb on every third. A benchmark, not a test: it prints
// figures and exits 0 whether or not the targets are met; it fails only when something cannot run.
// Build it Release to quote it.

#include "BenchRun.h"
#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "exporting/BundleContent.h"
#include "exporting/BundleExport.h"
#include "importing/HtmlSanitizer.h"
#include "importing/ImportJob.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <functional>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

constexpr int SectionSize = 100;
constexpr double JsonTargetMs = 500;
constexpr double SiteTargetMs = 1500;
constexpr double ImportTargetMs = 2000;

/// Fills the library and returns the bundle's id.
Result<qint64> fill(Library &library, int articleCount)
{
    qint64 bundleId = 0;
    const Status status = library.transaction([&]() -> Status {
        Topic root;
        root.name = QStringLiteral("News");
        root.code = QStringLiteral("medtop:00000000");
        auto rootId = library.topics().create(root);
        if (!rootId)
            return rootId.error();
        QList<qint64> topicIds;
        const QStringList names = SyntheticCorpus::topicNames();
        for (qsizetype i = 0; i < names.size(); ++i) {
            Topic topic;
            topic.parentId = *rootId;
            topic.name = names.at(i);
            topic.code = QStringLiteral("medtop:%1").arg(20000100 + i);
            auto id = library.topics().create(topic);
            if (!id)
                return id.error();
            topicIds << *id;
        }

        SyntheticCorpus corpus(SyntheticCorpus::BenchSeed);
        QList<TaggedArticle> tagged = corpus.nextTaggedBatch(articleCount);
        QList<Article> articles;
        for (TaggedArticle &each : tagged) {
            // Stored as an import stores it: sanitised, its text derived from what was kept.
            each.article.trashedAt = {};
            each.article.bodyHtml = HtmlSanitizer::sanitize(each.article.bodyHtml, QUrl(each.article.url));
            each.article.bodyText = HtmlSanitizer::plainText(each.article.bodyHtml);
            articles << each.article;
        }
        auto ids = library.articles().insert(articles);
        if (!ids)
            return ids.error();

        Bundle bundle;
        bundle.name = QStringLiteral("Bench bundle");
        bundle.title = QStringLiteral("A thousand stories");
        bundle.intro = QStringLiteral("Everything the desk picked this quarter.");
        QList<Comment> topLevel;
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const qint64 id = ids->at(i);
            const QList<int> &topics = tagged.at(i).topics;
            if (auto done = library.topics().tag({id}, {topicIds.at(topics.first())}, TagOrigin::Manual);
                !done)
                return done.error();
            if (topics.size() > 1)
                if (auto done = library.topics().tag({id}, {topicIds.at(topics.at(1))}, TagOrigin::Rule);
                    !done)
                    return done.error();
            if (i % SectionSize == 0)
                bundle.entries << BundleEntry::section(QStringLiteral("Part %1").arg(i / SectionSize + 1));
            bundle.entries << BundleEntry::article(
                id, i % 3 == 0 ? QStringLiteral("Why this one matters, in the curator's words.") : QString());

            Comment comment;
            comment.articleId = id;
            comment.author = QStringLiteral("Reader %1").arg(i);
            comment.body =
                QStringLiteral("<p>A thoughtful comment on story %1, with a point or two.</p>").arg(i);
            comment.postedAt = tagged.at(i).article.importedAt.addSecs(600);
            comment.status = CommentStatus::Approved;
            topLevel << comment;
        }
        auto parents = library.comments().insert(topLevel);
        if (!parents)
            return parents.error();
        QList<Comment> more;
        for (qsizetype i = 0; i < parents->size(); ++i) {
            Comment reply = topLevel.at(i);
            reply.parentId = parents->at(i);
            reply.author = QStringLiteral("Another reader");
            reply.body = QStringLiteral("<p>I agree, and here is why.</p>");
            reply.postedAt = reply.postedAt.addSecs(300);
            more << reply;
            Comment pending = topLevel.at(i);
            pending.status = CommentStatus::Pending;
            pending.body = QStringLiteral("<p>Waiting for the curator.</p>");
            pending.postedAt = pending.postedAt.addSecs(900);
            more << pending;
        }
        if (auto added = library.comments().insert(more); !added)
            return added.error();
        auto created = library.bundles().create(bundle);
        if (!created)
            return created.error();
        bundleId = *created;
        return {};
    });
    if (!status)
        return status.error();
    return bundleId;
}

struct Measure
{
    QList<double> ms;
    QList<double> cpuMs; ///< the whole process's CPU time: the machine may be busy with other work
    QString error;
};

/// Runs work n times, timing each run in milliseconds; stops at the first error.
Measure measure(int runs, const std::function<Status(int run)> &work)
{
    Measure result;
    for (int run = 0; run < runs; ++run) {
        const Stopwatch clock;
        if (Status status = work(run); !status) {
            result.error = status.errorString();
            break;
        }
        result.ms << double(clock.wallNs()) / 1e6;
        result.cpuMs << double(clock.processNs()) / 1e6;
    }
    return result;
}

Status exportBundle(Library &library, qint64 bundleId, ExportFormat format, const QString &out)
{
    auto content = BundleContent::load(library, bundleId);
    if (!content)
        return content.error();
    ExportOptions options;
    options.format = format;
    options.outPath = out;
    options.overwrite = true;
    auto written = BundleExport::write(*content, options);
    if (!written)
        return written.error();
    return {};
}

/// A measure as the report carries it; with a target (ms > 0), the verdict on its p95.
QJsonObject figure(const Measure &measured, double targetMs = 0)
{
    if (!measured.error.isEmpty())
        return QJsonObject{{QStringLiteral("error"), measured.error}};
    const Summary summary = summarise(measured.ms);
    QJsonObject json = summaryJson(summary);
    json.insert(QStringLiteral("cpuMedianMs"), summarise(measured.cpuMs).median);
    if (targetMs > 0) {
        json.insert(QStringLiteral("targetMs"), targetMs);
        json.insert(QStringLiteral("verdict"), verdictUnder(summary.p95, targetMs));
    }
    return json;
}

void printTable(const QJsonObject &report)
{
    QTextStream out(stdout);
    out << "newsdesk-bench-export (" << report.value(QStringLiteral("buildType")).toString() << " build, "
        << report.value(QStringLiteral("articles")).toInt() << "-article bundle, "
        << bytes(report.value(QStringLiteral("jsonBytes")).toDouble()) << " of JSON)\n";
    const QList<int> widths{34, 10, 10, 10, 10, 12};
    out << row({QStringLiteral("measure"), QStringLiteral("median ms"), QStringLiteral("p95 ms"),
                QStringLiteral("cpu ms"), QStringLiteral("target ms"), QStringLiteral("verdict")},
               widths)
        << '\n'
        << rule(widths) << '\n';
    for (const auto &[key, label] :
         {std::pair(QStringLiteral("gather"), QStringLiteral("gather (BundleContent::load)")),
          std::pair(QStringLiteral("json"), QStringLiteral("export to JSON")),
          std::pair(QStringLiteral("htmlSite"), QStringLiteral("export to the folder site")),
          std::pair(QStringLiteral("import"), QStringLiteral("import the JSON, empty library"))}) {
        const QJsonObject figure = report.value(key).toObject();
        if (figure.contains(QLatin1String("error"))) {
            out << row({label, QStringLiteral("failed: ") + figure.value(QLatin1String("error")).toString()},
                       {34})
                << '\n';
            continue;
        }
        out << row({label, number(figure.value(QLatin1String("medianMs"))),
                    number(figure.value(QLatin1String("p95Ms"))),
                    number(figure.value(QLatin1String("cpuMedianMs"))),
                    figure.contains(QLatin1String("targetMs"))
                        ? number(figure.value(QLatin1String("targetMs")), 0)
                        : QStringLiteral("-"),
                    figure.value(QLatin1String("verdict")).toString()},
                   widths)
            << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-export"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills a Newsdesk library with a 1,000-article bundle (topics, comments, sections, blurbs) and "
        "reports "
        "exporting it to JSON and to the folder site, and importing the JSON into an empty library. Targets: "
        "JSON < 0.5 s, folder site < 1.5 s, import < 2 s."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles in the bundle (default 1000)."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each measure (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    parser.addOptions({articlesOption, runsOption, jsonOption});
    parser.process(app);
    bool ok = true;
    const int articleCount = positive(parser, articlesOption, &ok);
    const int runs = positive(parser, runsOption, &ok);
    if (!ok)
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err() << "newsdesk-bench-export: no temporary folder: " << dir.errorString() << Qt::endl;
        return 1;
    }
    QJsonObject report{
        {QStringLiteral("buildType"), checkedBuildType(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE))},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("articles"), articleCount},
        {QStringLiteral("runs"), runs}};
    auto opened = Library::open(dir.filePath(QStringLiteral("source.sqlite")));
    if (!opened) {
        err() << "newsdesk-bench-export: " << opened.errorString() << Qt::endl;
        return 1;
    }
    Library &library = **opened;
    err() << "Filling a library with a " << articleCount << "-article bundle…" << Qt::endl;
    const Stopwatch fillClock;
    auto bundleId = fill(library, articleCount);
    if (!bundleId) {
        err() << "newsdesk-bench-export: filling the library failed: " << bundleId.errorString() << Qt::endl;
        return 1;
    }
    report.insert(QStringLiteral("fillSeconds"), double(fillClock.wallNs()) / 1e9);

    const QString jsonPath = dir.filePath(QStringLiteral("bundle.json"));
    err() << "Gathering and exporting…" << Qt::endl;
    report.insert(QStringLiteral("gather"), figure(measure(runs, [&](int) -> Status {
                      auto content = BundleContent::load(library, *bundleId);
                      return content ? Status() : Status(content.error());
                  })));
    report.insert(
        QStringLiteral("json"),
        figure(measure(runs,
                       [&](int) { return exportBundle(library, *bundleId, ExportFormat::Json, jsonPath); }),
               JsonTargetMs));
    report.insert(QStringLiteral("jsonBytes"), double(QFileInfo(jsonPath).size()));
    // The folder site is another engineer's BundleHtml; its figure is measured the same way, through the
    // one export entry point.
    report.insert(QStringLiteral("htmlSite"),
                  figure(measure(runs,
                                 [&](int) {
                                     return exportBundle(library, *bundleId, ExportFormat::HtmlSite,
                                                         dir.filePath(QStringLiteral("site")));
                                 }),
                         SiteTargetMs));

    err() << "Importing the JSON into empty libraries…" << Qt::endl;
    report.insert(
        QStringLiteral("import"),
        figure(measure(runs,
                       [&](int run) -> Status {
                           const QString target = dir.filePath(QStringLiteral("import-%1.sqlite").arg(run));
                           {
                               // Created first, outside the clock: the figure is the import's alone.
                               auto empty = Library::open(target);
                               if (!empty)
                                   return empty.error();
                           }
                           ImportJob job(target, {ImportInput::file(jsonPath)});
                           const ImportReport imported = job.run();
                           if (imported.failed > 0)
                               return Error{Error::Code::Failed, imported.entries.value(0).message};
                           if (imported.articlesImported != articleCount)
                               return Error{Error::Code::Failed,
                                            QStringLiteral("%1 of %2 articles imported (%3 duplicates)")
                                                .arg(imported.articlesImported)
                                                .arg(articleCount)
                                                .arg(imported.duplicates)};
                           return {};
                       }),
               ImportTargetMs));

    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTable(report);
    for (const QString &key : {QStringLiteral("gather"), QStringLiteral("json"), QStringLiteral("import")})
        if (report.value(key).toObject().contains(QLatin1String("error")))
            return 1;
    return 0;
}
