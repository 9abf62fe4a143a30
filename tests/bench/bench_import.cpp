// newsdesk-bench-import: how fast Newsdesk reads pages. Two figures, each against a baseline measured in
// the same command:
//
//  1. Extraction on one core: ImportFormats::read over the readability corpus (every */source.html, read
//     into memory first), in the main thread only, in pages/s and MB/s, with the per-page p95. Baseline:
//     HtmlDocument::parse alone (libxml2) over the same pages.
//  2. End to end: ImportJob::run on 2 threads over N generated news pages (10,000 by default) into a
//     fresh library. Baseline: listing and reading the same N files (ImportFormats::loadFile).
//
// Targets (issue): >= 200 pages/s extraction on one core (the peers measured here run at 6 to 30 pages/s),
// >= 150 pages/s end to end. Medians are quoted; ratios are Newsdesk time / baseline time.
//
// A benchmark, not a test: it prints figures and exits 0 whether or not the targets are met; it fails only
// when something cannot run. Build it Release to quote it.

#include "BenchRun.h"
#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "core/Result.h"
#include "importing/HtmlDocument.h"
#include "importing/ImportFormats.h"
#include "importing/ImportJob.h"
#include "importing/TextDecoder.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <numeric>

using namespace Newsdesk;
using namespace Newsdesk::Bench;

namespace {

/// The same seed as newsdesk-bench, so the stories are the ones its library holds.
constexpr quint32 Seed = SyntheticCorpus::BenchSeed;
constexpr int GenerateBatch = 500;

constexpr double ExtractionTargetPagesPerSecond = 200;
constexpr double EndToEndTargetPagesPerSecond = 150;
/// How many of the slowest corpus pages the report names.
constexpr int SlowestShown = 8;

// ---------------------------------------------------------------------------------------------------
// Numbers

// ---------------------------------------------------------------------------------------------------
// 1. Extraction on one core

/// One page of the corpus, in memory: the source as an importer gets it, and the UTF-8 that
/// HtmlImporter would hand libxml2 (decoded here, outside the clock) for the parse-only baseline.
struct CorpusPage
{
    ImportSource source;
    QByteArray utf8;
};

Result<QList<CorpusPage>> loadCorpus(const QString &folder, qint64 *bytes)
{
    QList<CorpusPage> pages;
    *bytes = 0;
    const QDir root(folder);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = root.filePath(name + QStringLiteral("/source.html"));
        if (!QFileInfo::exists(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Failed,
                         QStringLiteral("could not read %1: %2").arg(path, file.errorString())};
        CorpusPage page;
        page.source.name = name;
        page.source.data = file.readAll();
        // The URL the readability test suite reads its pages under.
        page.source.url = QUrl(QStringLiteral("http://fakehost/test/page.html"));
        page.source.contentType = QStringLiteral("text/html");
        auto decoded = TextDecoder::decode(page.source.data, TextKind::Html);
        page.utf8 = decoded ? decoded->text.toUtf8() : page.source.data;
        *bytes += page.source.data.size();
        pages << page;
    }
    return pages;
}

/// One pass over every page: the time of each, of the whole, and what came of it.
struct Pass
{
    qint64 wallNs = 0;
    qint64 threadCpuNs = 0;
    qint64 processCpuNs = 0;
    QList<qint64> pageNs;
    int failed = 0;
    int articles = 0;
    QStringList failures;
};

template <typename Work> Pass timePass(const QList<CorpusPage> &pages, Work work)
{
    Pass pass;
    pass.pageNs.reserve(pages.size());
    QElapsedTimer page;
    const Stopwatch whole;
    for (const CorpusPage &corpusPage : pages) {
        page.start();
        work(corpusPage, pass); // the result is destroyed inside, so freeing it is counted too
        pass.pageNs << page.nsecsElapsed();
    }
    pass.wallNs = whole.wallNs();
    pass.threadCpuNs = whole.threadNs();
    pass.processCpuNs = whole.processNs();
    return pass;
}

Pass extractAll(const QList<CorpusPage> &pages)
{
    return timePass(pages, [](const CorpusPage &page, Pass &pass) {
        const Result<ImportOutcome> outcome = ImportFormats::read(page.source);
        if (!outcome) {
            ++pass.failed;
            pass.failures << page.source.name + QStringLiteral(": ") + outcome.errorString();
            return;
        }
        pass.articles += int(outcome->articles.size());
    });
}

Pass parseAll(const QList<CorpusPage> &pages)
{
    return timePass(pages, [](const CorpusPage &page, Pass &pass) {
        const Result<HtmlDocument> document = HtmlDocument::parse(page.utf8, page.source.url);
        if (!document) {
            ++pass.failed;
            pass.failures << page.source.name + QStringLiteral(": ") + document.errorString();
        }
    });
}

double perSecond(double count, qint64 ns)
{
    return ns > 0 ? count / (double(ns) / 1e9) : 0;
}

/// Per-run throughput of a list of passes.
QJsonObject throughput(const QList<Pass> &passes, int pages, qint64 bytes)
{
    QList<double> pagesPerSecond;
    QList<double> megabytesPerSecond;
    QList<double> seconds;
    QList<double> cpuPagesPerSecond;
    for (const Pass &pass : passes) {
        pagesPerSecond << perSecond(pages, pass.wallNs);
        megabytesPerSecond << perSecond(double(bytes) / 1e6, pass.wallNs);
        seconds << double(pass.wallNs) / 1e9;
        if (pass.threadCpuNs > 0)
            cpuPagesPerSecond << perSecond(pages, pass.threadCpuNs);
    }
    const Summary pps = summarise(pagesPerSecond);
    const Summary time = summarise(seconds);
    return QJsonObject{
        {QStringLiteral("pagesPerSecond"), toJson(pagesPerSecond)},
        {QStringLiteral("megabytesPerSecond"), toJson(megabytesPerSecond)},
        {QStringLiteral("seconds"), toJson(seconds)},
        {QStringLiteral("medianPagesPerSecond"), pps.median},
        {QStringLiteral("minPagesPerSecond"), pps.min},
        {QStringLiteral("maxPagesPerSecond"), pps.max},
        {QStringLiteral("medianMegabytesPerSecond"), summarise(megabytesPerSecond).median},
        {QStringLiteral("medianSeconds"), time.median},
        {QStringLiteral("medianCpuPagesPerSecond"), summarise(cpuPagesPerSecond).median},
    };
}

QJsonObject latency(const QList<Pass> &passes)
{
    QList<double> ms;
    for (const Pass &pass : passes)
        for (const qint64 ns : pass.pageNs)
            ms << double(ns) / 1e6;
    const Summary summary = summarise(ms);
    return QJsonObject{{QStringLiteral("medianMs"), summary.median},
                       {QStringLiteral("p95Ms"), summary.p95},
                       {QStringLiteral("maxMs"), summary.max},
                       {QStringLiteral("samples"), summary.count}};
}

/// The median time of page i over the passes.
double pageMedianMs(const QList<Pass> &passes, qsizetype i)
{
    QList<double> ms;
    for (const Pass &pass : passes)
        ms << double(pass.pageNs.at(i)) / 1e6;
    return summarise(ms).median;
}

QJsonObject benchExtraction(const QString &folder, int runs)
{
    QJsonObject report{{QStringLiteral("corpus"), QDir::toNativeSeparators(folder)}};
    if (!QFileInfo(folder).isDir()) {
        report.insert(
            QStringLiteral("skipped"),
            QStringLiteral("the corpus folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
        return report;
    }
    qint64 bytes = 0;
    auto loaded = loadCorpus(folder, &bytes);
    if (!loaded) {
        report.insert(QStringLiteral("error"), loaded.errorString());
        return report;
    }
    const QList<CorpusPage> &pages = *loaded;
    if (pages.isEmpty()) {
        report.insert(QStringLiteral("skipped"),
                      QStringLiteral("no */source.html in %1").arg(QDir::toNativeSeparators(folder)));
        return report;
    }
    const int count = int(pages.size());
    err() << "newsdesk-bench-import: extraction, " << count << " pages (" << bytes / 1000 << " kB) from "
          << QDir::toNativeSeparators(folder) << Qt::endl;

    // One uncounted pass of each first: it builds the importers' static tables (regular expressions,
    // language profiles) that every later page reuses.
    const Pass warmRead = extractAll(pages);
    const Pass warmParse = parseAll(pages);
    QList<Pass> reads;
    QList<Pass> parses;
    for (int run = 0; run < runs; ++run) {
        reads << extractAll(pages);
        parses << parseAll(pages);
        err() << QStringLiteral("  run %1 / %2: read %3 pages/s, parse %4 pages/s")
                     .arg(run + 1)
                     .arg(runs)
                     .arg(perSecond(count, reads.last().wallNs), 0, 'f', 1)
                     .arg(perSecond(count, parses.last().wallNs), 0, 'f', 1)
              << Qt::endl;
    }

    const QJsonObject ours = throughput(reads, count, bytes);
    const QJsonObject baseline = throughput(parses, count, bytes);
    const double oursSeconds = ours.value(QLatin1String("medianSeconds")).toDouble();
    const double baseSeconds = baseline.value(QLatin1String("medianSeconds")).toDouble();

    // Where the time went: the pages that take longest, each against its own parse.
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    QList<double> readMs(count);
    for (qsizetype i = 0; i < count; ++i)
        readMs[i] = pageMedianMs(reads, i);
    std::stable_sort(order.begin(), order.end(),
                     [&readMs](qsizetype a, qsizetype b) { return readMs.at(a) > readMs.at(b); });
    QJsonArray slowest;
    double slowestShare = 0;
    const double totalMs = std::accumulate(readMs.cbegin(), readMs.cend(), 0.0);
    for (qsizetype i = 0; i < std::min<qsizetype>(SlowestShown, count); ++i) {
        const qsizetype page = order.at(i);
        const double parseMs = pageMedianMs(parses, page);
        slowestShare += totalMs > 0 ? readMs.at(page) / totalMs : 0;
        slowest.append(QJsonObject{{QStringLiteral("page"), pages.at(page).source.name},
                                   {QStringLiteral("bytes"), pages.at(page).source.data.size()},
                                   {QStringLiteral("readMs"), readMs.at(page)},
                                   {QStringLiteral("parseMs"), parseMs},
                                   {QStringLiteral("ratio"), parseMs > 0 ? readMs.at(page) / parseMs : 0}});
    }

    // On one core: the main thread's CPU time is the whole process's, and no more than the wall time.
    QList<double> threadShare;
    QList<double> cpuPerWall;
    for (const Pass &pass : reads) {
        if (pass.processCpuNs > 0)
            threadShare << double(pass.threadCpuNs) / double(pass.processCpuNs);
        if (pass.wallNs > 0 && pass.processCpuNs >= 0)
            cpuPerWall << double(pass.processCpuNs) / double(pass.wallNs);
    }

    QJsonArray failures;
    for (const QString &failure : std::as_const(reads.isEmpty() ? warmRead.failures : reads.first().failures))
        failures.append(failure);

    report.insert(QStringLiteral("pages"), count);
    report.insert(QStringLiteral("bytes"), bytes);
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("articles"), reads.isEmpty() ? warmRead.articles : reads.first().articles);
    report.insert(QStringLiteral("failed"), reads.isEmpty() ? warmRead.failed : reads.first().failed);
    report.insert(QStringLiteral("failures"), failures);
    report.insert(QStringLiteral("baselineFailed"),
                  parses.isEmpty() ? warmParse.failed : parses.first().failed);
    report.insert(QStringLiteral("warmUpSeconds"), double(warmRead.wallNs) / 1e9);
    report.insert(QStringLiteral("read"), ours);
    report.insert(QStringLiteral("parse"), baseline);
    report.insert(QStringLiteral("ratio"), baseSeconds > 0 ? oursSeconds / baseSeconds : 0);
    report.insert(QStringLiteral("readLatency"), latency(reads));
    report.insert(QStringLiteral("parseLatency"), latency(parses));
    report.insert(QStringLiteral("targetPagesPerSecond"), ExtractionTargetPagesPerSecond);
    report.insert(QStringLiteral("mainThreadShareOfCpu"), summarise(threadShare).median);
    report.insert(QStringLiteral("cpuPerWall"), summarise(cpuPerWall).median);
    report.insert(QStringLiteral("slowest"), slowest);
    report.insert(QStringLiteral("slowestShare"), slowestShare);
    return report;
}

// ---------------------------------------------------------------------------------------------------
// 2. End to end: generated news pages

const char *const FirstNames[] = {"Anna",   "Ben",   "Carla", "David", "Elena", "Farid", "Grace",
                                  "Hiro",   "Ines",  "Jamal", "Katja", "Liam",  "Maria", "Nils",
                                  "Olga",   "Pedro", "Quinn", "Rosa",  "Sam",   "Tariq", "Uma",
                                  "Victor", "Wen",   "Yusuf", "Zoe"};
const char *const LastNames[] = {"Adams",  "Berg",  "Costa",  "Dubois",   "Evans",   "Fischer", "Garcia",
                                 "Hughes", "Ito",   "Jensen", "Kowalski", "Lopez",   "Moreau",  "Nakamura",
                                 "Okafor", "Patel", "Quist",  "Rossi",    "Schmidt", "Tanaka",  "Ulrich",
                                 "Varga",  "Weber", "Xu",     "Young"};
const char *const Sections[] = {"World",  "Politics", "Business", "Technology", "Climate",
                                "Health", "Science",  "Sport",    "Culture",    "Opinion"};
const char *const FooterLinks[] = {
    "About us",     "Contact",       "Careers",       "Advertise",          "Newsletters",
    "Podcasts",     "Corrections",   "Ethics policy", "Privacy policy",     "Cookie settings",
    "Terms of use", "Accessibility", "Subscribe",     "Gift subscriptions", "Help centre",
    "Sitemap"};

template <typename Array> QByteArray pick(QRandomGenerator &random, const Array &array)
{
    return QByteArray(array[random.bounded(int(std::size(array)))]);
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray slugOf(const QString &text)
{
    QString slug = text.toLower();
    for (QChar &c : slug)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-')).toUtf8();
}

/// A story another page of the site links to.
struct Teaser
{
    QString title;
    QString dek;
    QString url;
    QString imageUrl;
};

struct PageComment
{
    QString author;
    QString authorUrl;
    QDateTime postedAt;
    QString text;
    bool reply = false; ///< An answer to the comment before it.
};

/// The people the byline names, without "By".
QStringList bylineNames(const QString &byline)
{
    QString names = byline;
    if (names.startsWith(QLatin1String("By ")))
        names.remove(0, 3);
    return names.split(QStringLiteral(" and "), Qt::SkipEmptyParts);
}

QByteArray jsonLd(const Article &article, const QByteArray &section, const QString &site)
{
    QJsonObject object{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), article.title},
        {QStringLiteral("description"), article.dek},
        {QStringLiteral("articleSection"), QString::fromUtf8(section)},
        {QStringLiteral("inLanguage"), article.language},
        {QStringLiteral("mainEntityOfPage"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("WebPage")},
                                                         {QStringLiteral("@id"), article.url}}},
        {QStringLiteral("publisher"),
         QJsonObject{{QStringLiteral("@type"), QStringLiteral("NewsMediaOrganization")},
                     {QStringLiteral("name"), article.source},
                     {QStringLiteral("logo"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("ImageObject")},
                                  {QStringLiteral("url"), site + QStringLiteral("/logo.png")}}}}}};
    if (article.publishedAt.isValid()) {
        object.insert(QStringLiteral("datePublished"), article.publishedAt.toString(Qt::ISODate));
        object.insert(QStringLiteral("dateModified"),
                      article.publishedAt.addSecs(2400).toString(Qt::ISODate));
    }
    QJsonArray authors;
    for (const QString &name : bylineNames(article.byline))
        authors.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("Person")},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), site + QStringLiteral("/author/") + QString::fromUtf8(slugOf(name))}});
    if (authors.isEmpty())
        authors.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("Organization")},
            {QStringLiteral("name"), article.agency.isEmpty() ? article.source : article.agency}});
    object.insert(QStringLiteral("author"), authors);
    if (!article.imageUrl.isEmpty())
        object.insert(QStringLiteral("image"), QJsonArray{article.imageUrl});
    // "</" would end the script element early.
    return QJsonDocument(object).toJson(QJsonDocument::Compact).replace("</", "<\\/");
}

QByteArray commentList(const QList<PageComment> &comments, const QString &title, const QString &url,
                       qint64 serial)
{
    QByteArray html;
    html += "<div id=\"comments\" class=\"comments-area\">\n<h2 class=\"comments-title\">";
    html += QByteArray::number(comments.size()) + " thoughts on &ldquo;" + escaped(title) + "&rdquo;</h2>\n";
    html += "<ol class=\"comment-list\">\n";
    const auto item = [&](const PageComment &comment, qsizetype index, int depth) {
        const QByteArray id = QByteArray::number(serial * 10 + index);
        QByteArray li = "<li id=\"comment-" + id + "\" class=\"comment " + (index % 2 ? "odd alt" : "even") +
                        " depth-" + QByteArray::number(depth) + "\">\n";
        li += "<article id=\"div-comment-" + id +
              "\" class=\"comment-body\">\n<footer class=\"comment-meta\">\n";
        li +=
            "<div class=\"comment-author vcard\"><img alt=\"\" src=\"https://secure.gravatar.com/avatar/" +
            QByteArray::number(qHash(comment.author), 16) +
            "?s=56&amp;d=mm\" class=\"avatar avatar-56 photo\" height=\"56\" width=\"56\" loading=\"lazy\">";
        li += "<b class=\"fn\">";
        if (comment.authorUrl.isEmpty())
            li += escaped(comment.author);
        else
            li += "<a href=\"" + escaped(comment.authorUrl) +
                  "\" rel=\"external nofollow ugc\" class=\"url\">" + escaped(comment.author) + "</a>";
        li += "</b> <span class=\"says\">says:</span></div>\n";
        li += "<div class=\"comment-metadata\"><a href=\"" + escaped(url) + "#comment-" + id +
              "\"><time datetime=\"" + comment.postedAt.toString(Qt::ISODate).toUtf8() + "\">" +
              comment.postedAt.toString(QStringLiteral("MMMM d, yyyy 'at' h:mm ap")).toUtf8() +
              "</time></a></div>\n</footer>\n";
        li += "<div class=\"comment-content\"><p>" + escaped(comment.text) + "</p></div>\n";
        li += "<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"" + escaped(url) +
              "?replytocom=" + id + "#respond\" aria-label=\"Reply to " + escaped(comment.author) +
              "\">Reply</a></div>\n</article>\n";
        return li;
    };
    for (qsizetype i = 0; i < comments.size(); ++i) {
        html += item(comments.at(i), i, 1);
        // The answers that follow a comment nest inside its item, as WordPress threads them.
        if (i + 1 < comments.size() && comments.at(i + 1).reply) {
            html += "<ol class=\"children\">\n";
            while (i + 1 < comments.size() && comments.at(i + 1).reply) {
                ++i;
                html += item(comments.at(i), i, 2) + "</li>\n";
            }
            html += "</ol>\n";
        }
        html += "</li>\n";
    }
    html += "</ol>\n";
    html +=
        "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">"
        "Leave a Reply</h3><form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" "
        "class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. "
        "Required fields are marked *</p><p class=\"comment-form-comment\"><label for=\"comment\">"
        "Comment *</label><textarea id=\"comment\" name=\"comment\" cols=\"45\" rows=\"8\"></textarea></p>"
        "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" "
        "value=\"Post Comment\"></p></form></div>\n</div>\n";
    return html;
}

/// A page as a news site serves it: the story amid the site's navigation, share buttons, teasers,
/// a sidebar and a footer, with its metadata in <meta> tags and a JSON-LD NewsArticle block.
QByteArray newsPage(const Article &article, const QList<Teaser> &related, const QList<PageComment> &comments,
                    qint64 serial, QRandomGenerator &random)
{
    const QUrl articleUrl(article.url);
    const QString site = QStringLiteral("https://") + articleUrl.host();
    const QByteArray siteUtf8 = site.toUtf8();
    const QByteArray section = pick(random, Sections);
    const QByteArray sectionSlug = section.toLower();
    const QByteArray title = escaped(article.title);
    const QByteArray source = escaped(article.source);
    const QByteArray dek = escaped(article.dek);

    QByteArray html;
    html.reserve(24 * 1024);
    html += "<!DOCTYPE html>\n<html lang=\"" + article.language.toUtf8() + "\" class=\"no-js\">\n<head>\n";
    html += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n";
    html += "<title>" + title + " | " + source + "</title>\n";
    html += "<meta name=\"description\" content=\"" + dek + "\">\n";
    html += "<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n";
    html += "<meta property=\"og:locale\" content=\"" + article.language.toUtf8() + "\">\n";
    html += "<meta property=\"og:type\" content=\"article\">\n";
    html += "<meta property=\"og:site_name\" content=\"" + source + "\">\n";
    html += "<meta property=\"og:title\" content=\"" + title + "\">\n";
    html += "<meta property=\"og:description\" content=\"" + dek + "\">\n";
    html += "<meta property=\"og:url\" content=\"" + escaped(article.url) + "\">\n";
    if (!article.imageUrl.isEmpty())
        html += "<meta property=\"og:image\" content=\"" + escaped(article.imageUrl) + "\">\n";
    if (article.publishedAt.isValid())
        html += "<meta property=\"article:published_time\" content=\"" +
                article.publishedAt.toString(Qt::ISODate).toUtf8() + "\">\n";
    html += "<meta property=\"article:section\" content=\"" + section + "\">\n";
    html += "<meta name=\"twitter:card\" content=\"summary_large_image\">\n";
    if (!article.canonicalUrl.isEmpty())
        html += "<link rel=\"canonical\" href=\"" + escaped(article.canonicalUrl) + "\">\n";
    html += "<link rel=\"icon\" href=\"" + siteUtf8 + "/favicon.ico\">\n";
    html += "<link rel=\"stylesheet\" href=\"" + siteUtf8 + "/static/css/site.7f3a9c.css\" media=\"all\">\n";
    html +=
        "<style>:root{--brand:#b3121f;--ink:#1a1a1a}body{margin:0;font:17px/1.6 "
        "Georgia,serif;color:var(--ink)}"
        ".site-header{border-bottom:1px solid #ddd}.main-navigation ul{display:flex;gap:1rem;list-style:none}"
        ".entry-title{font-size:2.4rem;line-height:1.15}.share-bar ul{display:flex;list-style:none;gap:.5rem}"
        ".related-stories ul{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}"
        ".ad{min-height:250px;background:#f4f4f4;text-align:center}.site-footer{background:#111;color:#eee}"
        "</style>\n";
    html += "<script type=\"application/ld+json\">" + jsonLd(article, section, site) + "</script>\n";
    html += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-" +
            QByteArray::number(qHash(article.source), 16).toUpper() +
            "');document.documentElement.className='js';</script>\n";
    html += "<script async src=\"" + siteUtf8 + "/static/js/app.4e1b2d.js\"></script>\n";
    html += "</head>\n<body class=\"post-template-default single single-post postid-" +
            QByteArray::number(serial) + " single-format-standard\">\n";
    html += "<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n";

    // Masthead and the site's sections.
    html += "<header id=\"masthead\" class=\"site-header\">\n<div class=\"site-branding\"><a href=\"" +
            siteUtf8 + "/\" class=\"custom-logo-link\" rel=\"home\"><img src=\"" + siteUtf8 +
            "/logo.svg\" class=\"custom-logo\" alt=\"" + source +
            "\" width=\"240\" height=\"48\"></a>"
            "<p class=\"site-title\"><a href=\"" +
            siteUtf8 + "/\" rel=\"home\">" + source +
            "</a></p><p class=\"site-description\">News, analysis and opinion</p></div>\n";
    html += "<div class=\"header-tools\"><a class=\"button subscribe\" href=\"" + siteUtf8 +
            "/subscribe\">Subscribe</a> <a href=\"" + siteUtf8 +
            "/login\">Sign in</a><form role=\"search\" method=\"get\" class=\"search-form\" action=\"" +
            siteUtf8 +
            "/\"><label><span class=\"screen-reader-text\">Search for:</span><input type=\"search\" "
            "class=\"search-field\" placeholder=\"Search &hellip;\" name=\"s\"></label></form></div>\n";
    html += "<nav id=\"site-navigation\" class=\"main-navigation\" aria-label=\"Primary\"><ul "
            "id=\"primary-menu\" "
            "class=\"menu\">";
    html += "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/\">Home</a></li>";
    for (const char *name : Sections)
        html += "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/" + QByteArray(name).toLower() + "/\">" +
                name + "</a></li>";
    html +=
        "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/live/\">Live</a></li></ul></nav>\n</header>\n";
    if (!related.isEmpty())
        html += "<div class=\"breaking-bar\"><span class=\"label\">Latest</span> <a href=\"" +
                escaped(related.first().url) + "\">" + escaped(related.first().title) + "</a></div>\n";

    // The story.
    html += "<div id=\"primary\" class=\"content-area\"><main id=\"content\" class=\"site-main\">\n";
    html += "<article id=\"post-" + QByteArray::number(serial) +
            "\" class=\"post type-post status-publish format-standard has-post-thumbnail hentry category-" +
            sectionSlug + "\">\n<header class=\"entry-header\">\n";
    html += "<div class=\"entry-category\"><a href=\"" + siteUtf8 + "/" + sectionSlug +
            "/\" rel=\"category tag\">" + section + "</a></div>\n";
    html += "<h1 class=\"entry-title\">" + title + "</h1>\n";
    html += "<p class=\"entry-dek\">" + dek + "</p>\n";
    html += "<div class=\"entry-meta\">";
    const QStringList names = bylineNames(article.byline);
    if (!names.isEmpty()) {
        html += "<span class=\"byline\">By ";
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                html += " and ";
            html += "<span class=\"author vcard\"><a class=\"url fn n\" href=\"" + siteUtf8 + "/author/" +
                    slugOf(names.at(i)) + "/\">" + escaped(names.at(i)) + "</a></span>";
        }
        html += "</span> ";
    }
    if (article.publishedAt.isValid())
        html += "<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"" +
                article.publishedAt.toString(Qt::ISODate).toUtf8() + "\">" +
                article.publishedAt.toString(QStringLiteral("MMMM d, yyyy h:mm AP")).toUtf8() +
                " UTC</time></span>";
    html += "</div>\n</header>\n";

    html += "<div class=\"share-bar\" aria-label=\"Share this story\"><ul>";
    const QByteArray encodedUrl = QUrl::toPercentEncoding(article.url);
    html +=
        "<li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl +
        "\" target=\"_blank\" rel=\"noopener\">Facebook</a></li>";
    html += "<li><a class=\"share-x\" href=\"https://x.com/intent/tweet?url=" + encodedUrl +
            "\" target=\"_blank\" rel=\"noopener\">X</a></li>";
    html += "<li><a class=\"share-linkedin\" href=\"https://www.linkedin.com/sharing/share-offsite/?url=" +
            encodedUrl + "\" target=\"_blank\" rel=\"noopener\">LinkedIn</a></li>";
    html += "<li><a class=\"share-whatsapp\" href=\"https://wa.me/?text=" + encodedUrl +
            "\" target=\"_blank\" rel=\"noopener\">WhatsApp</a></li>";
    html += "<li><a class=\"share-email\" href=\"mailto:?subject=" + QUrl::toPercentEncoding(article.title) +
            "&amp;body=" + encodedUrl + "\">Email</a></li>";
    html += "<li><button class=\"share-copy\" type=\"button\" data-url=\"" + escaped(article.url) +
            "\">Copy link</button></li>";
    html += "<li><a class=\"share-comments\" href=\"#comments\">" + QByteArray::number(comments.size()) +
            " comments</a></li></ul></div>\n";

    if (!article.imageUrl.isEmpty())
        html += "<figure class=\"wp-block-image featured-image\"><img src=\"" + escaped(article.imageUrl) +
                "\" alt=\"" + escaped(article.imageCaption) +
                "\" width=\"1200\" height=\"675\" decoding=\"async\"><figcaption>" +
                escaped(article.imageCaption) + " <span class=\"credit\">" + escaped(article.imageCredit) +
                "</span></figcaption></figure>\n";

    // The body, its first paragraph opening with the dateline as wire copy does, an ad after the third.
    html += "<div class=\"entry-content\">\n";
    QByteArray body = article.bodyHtml.toHtmlEscaped().toUtf8();
    // bodyHtml is <p>…</p> paragraphs of plain words; escaping then restoring the tags keeps it safe.
    body.replace("&lt;p&gt;", "<p>").replace("&lt;/p&gt;", "</p>");
    if (!article.dateline.isEmpty()) {
        QByteArray opening = escaped(article.dateline);
        if (!article.agency.isEmpty())
            opening += " (" + escaped(article.agency) + ")";
        body.replace(0, 3, "<p>" + opening + " &mdash; ");
    }
    qsizetype third = -1;
    for (int i = 0, from = 0; i < 3; ++i) {
        third = body.indexOf("</p>", from);
        if (third < 0)
            break;
        from = int(third + 4);
    }
    if (third >= 0 && third + 4 < body.size())
        body.insert(third + 4, "\n<div class=\"ad ad-inline\" aria-hidden=\"true\"><span class=\"ad-label\">"
                               "Advertisement</span><div id=\"div-gpt-ad-inline-1\"></div></div>");
    html += body;
    html += "</div>\n";
    html += "<footer class=\"entry-footer\"><span class=\"tags-links\">Tags: <a href=\"" + siteUtf8 + "/" +
            sectionSlug + "/\" rel=\"tag\">" + section + "</a>, <a href=\"" + siteUtf8 + "/tag/" +
            slugOf(article.source) + "/\" rel=\"tag\">" + source + "</a></span></footer>\n";
    html += "</article>\n";

    if (!related.isEmpty()) {
        html += "<section class=\"related-stories\" aria-label=\"Related stories\"><h2>Related "
                "stories</h2><ul>\n";
        for (const Teaser &teaser : related) {
            html += "<li class=\"teaser\">";
            if (!teaser.imageUrl.isEmpty())
                html += "<a href=\"" + escaped(teaser.url) + "\" tabindex=\"-1\"><img src=\"" +
                        escaped(teaser.imageUrl) +
                        "\" alt=\"\" width=\"320\" height=\"180\" loading=\"lazy\"></a>";
            html += "<h3 class=\"teaser-title\"><a href=\"" + escaped(teaser.url) + "\">" +
                    escaped(teaser.title) + "</a></h3><p class=\"teaser-dek\">" + escaped(teaser.dek) +
                    "</p></li>\n";
        }
        html += "</ul></section>\n";
    }
    if (!comments.isEmpty())
        html += commentList(comments, article.title, article.url, serial);
    html += "</main></div>\n";

    // The sidebar: most read and a newsletter box.
    html += "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget-most-read\">"
            "<h2 class=\"widget-title\">Most read</h2><ol>";
    for (const Teaser &teaser : related)
        html += "<li><a href=\"" + escaped(teaser.url) + "\">" + escaped(teaser.title) + "</a></li>";
    html +=
        "</ol></section><section class=\"widget widget-newsletter\"><h2 class=\"widget-title\">The morning "
        "briefing</h2><p>The day's top stories in your inbox every weekday.</p><form action=\"" +
        siteUtf8 +
        "/newsletters/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your "
        "email\"><button type=\"submit\">Sign up</button></form></section></aside>\n";

    html += "<footer id=\"colophon\" class=\"site-footer\"><nav class=\"footer-navigation\" "
            "aria-label=\"Footer\"><ul>";
    for (const char *name : FooterLinks)
        html +=
            "<li><a href=\"" + siteUtf8 + "/" + slugOf(QString::fromUtf8(name)) + "/\">" + name + "</a></li>";
    html += "</ul></nav><div class=\"social\"><a href=\"https://www.facebook.com/" + slugOf(article.source) +
            "\">Facebook</a> <a href=\"https://x.com/" + slugOf(article.source) +
            "\">X</a> <a "
            "href=\"https://www.instagram.com/" +
            slugOf(article.source) + "\">Instagram</a></div>";
    html += "<p class=\"copyright\">&copy; 2025 " + source + ". All rights reserved.</p></footer>\n";
    html +=
        "<script>(function(){var b=document.querySelector('.share-copy');if(b){b.addEventListener('click',"
        "function(){navigator.clipboard.writeText(b.dataset.url);});}})();</script>\n";
    html += "</body>\n</html>\n";
    return html;
}

struct Generated
{
    int pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    int commentedPages = 0;
    int comments = 0;
    qint64 words = 0; ///< Body words as the synthetic corpus counted them.
};

/// Writes count distinct news pages into folder: stories from SyntheticCorpus(Seed), comment text from a
/// second corpus so no comment repeats a story, layout choices from a third generator.
Result<Generated> generatePages(const QString &folder, int count)
{
    Generated generated;
    const Stopwatch clock;
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Failed, QStringLiteral("could not create %1").arg(folder)};
    SyntheticCorpus stories(Seed);
    SyntheticCorpus chatter(Seed + 1);
    QRandomGenerator random(Seed + 2);
    QList<Teaser> recent;
    const int width = int(QString::number(count).size());
    while (generated.pages < count) {
        const QList<Article> batch = stories.nextBatch(std::min(GenerateBatch, count - generated.pages));
        for (const Article &article : batch) {
            const qint64 serial = generated.pages + 1;
            QList<PageComment> comments;
            if (random.bounded(3) == 0) {
                const int n = 2 + int(random.bounded(4));
                const Article talk = chatter.nextBatch(1).first();
                const QStringList paragraphs =
                    talk.bodyText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
                QDateTime posted = article.publishedAt.isValid() ? article.publishedAt : article.importedAt;
                for (int i = 0; i < n; ++i) {
                    PageComment comment;
                    comment.author =
                        random.bounded(5) == 0
                            ? QString::fromUtf8(pick(random, FirstNames).toLower() + "_" +
                                                QByteArray::number(random.bounded(10, 99)))
                            : QString::fromUtf8(pick(random, FirstNames) + " " + pick(random, LastNames));
                    if (random.bounded(2) == 0)
                        comment.authorUrl = QStringLiteral("https://%1.example.net/")
                                                .arg(QString::fromUtf8(slugOf(comment.author)));
                    posted = posted.addSecs(300 + random.bounded(6 * 3600));
                    comment.postedAt = posted;
                    comment.text = paragraphs.isEmpty() ? talk.title : paragraphs.at(i % paragraphs.size());
                    comment.reply = i > 0 && random.bounded(4) == 0;
                    comments << comment;
                }
                ++generated.commentedPages;
                generated.comments += n;
            }
            const QByteArray html = newsPage(article, recent, comments, serial, random);
            const QString path = QDir(folder).filePath(
                QStringLiteral("page-%1.html").arg(serial, width, 10, QLatin1Char('0')));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
                return Error{Error::Code::Failed,
                             QStringLiteral("could not write %1: %2").arg(path, file.errorString())};
            generated.bytes += html.size();
            generated.words += article.wordCount;
            ++generated.pages;
            recent.prepend(Teaser{article.title, article.dek, article.url, article.imageUrl});
            if (recent.size() > 4)
                recent.removeLast();
        }
        if (generated.pages % 2000 == 0 || generated.pages == count)
            err() << QStringLiteral("  generated %1 / %2 pages (%3 s)")
                         .arg(generated.pages)
                         .arg(count)
                         .arg(double(clock.wallNs()) / 1e9, 0, 'f', 1)
                  << Qt::endl;
    }
    generated.seconds = double(clock.wallNs()) / 1e9;
    return generated;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

/// What one import left in its library, read after the clock stopped.
struct LibraryCheck
{
    qint64 articles = -1;
    qint64 comments = -1;
    qint64 words = -1;
};

LibraryCheck checkLibrary(const QString &path)
{
    LibraryCheck check;
    auto opened = Library::open(path);
    if (!opened)
        return check;
    QSqlQuery query((*opened)->database());
    if (query.exec(QStringLiteral("SELECT count(*), total(word_count) FROM articles")) && query.next()) {
        check.articles = query.value(0).toLongLong();
        check.words = qint64(query.value(1).toDouble());
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM comments")) && query.next())
        check.comments = query.value(0).toLongLong();
    return check;
}

QJsonObject benchEndToEnd(const QString &workFolder, int pageCount, int runs, int threads, int batchSize)
{
    QJsonObject report;
    const QString folder = QDir(workFolder).filePath(QStringLiteral("pages"));
    err() << "newsdesk-bench-import: generating " << pageCount << " pages into "
          << QDir::toNativeSeparators(folder) << Qt::endl;
    auto generated = generatePages(folder, pageCount);
    if (!generated) {
        report.insert(QStringLiteral("error"), generated.errorString());
        return report;
    }

    // Warms the page cache the same way for every run that follows.
    for (const QString &file : ImportFormats::filesIn(folder, true))
        (void)ImportFormats::loadFile(file);

    QList<double> jobSeconds;
    QList<double> jobPagesPerSecond;
    QList<double> readSeconds;
    QList<double> readPagesPerSecond;
    QList<double> importThreadCpu;
    QList<double> processCpu;
    QJsonArray perRun;
    ImportReport last;
    QString lastLibrary;
    qint64 libraryBytes = 0;
    qint64 walBytes = 0;
    LibraryCheck check;
    int readFailed = 0;
    for (int run = 0; run < runs; ++run) {
        // Baseline: list the folder and read every file, as the job's own first steps do.
        const Stopwatch reading;
        const QStringList files = ImportFormats::filesIn(folder, true);
        qint64 bytes = 0;
        readFailed = 0;
        for (const QString &file : files) {
            const Result<ImportSource> source = ImportFormats::loadFile(file);
            if (source)
                bytes += source->data.size();
            else
                ++readFailed;
        }
        const qint64 readNs = reading.wallNs();

        const QString library = QDir(workFolder).filePath(QStringLiteral("library-%1.sqlite").arg(run + 1));
        ImportJob::Options options;
        options.threads = threads;
        options.batchSize = batchSize;
        ImportJob job(library, {ImportInput::file(folder)}, options);
        const Stopwatch importing;
        const ImportReport imported = job.run();
        const qint64 jobNs = importing.wallNs();
        const qint64 jobThreadNs = importing.threadNs();
        const qint64 jobProcessNs = importing.processNs();

        readSeconds << double(readNs) / 1e9;
        readPagesPerSecond << perSecond(double(files.size()), readNs);
        jobSeconds << double(jobNs) / 1e9;
        jobPagesPerSecond << perSecond(pageCount, jobNs);
        importThreadCpu << double(jobThreadNs) / 1e9;
        processCpu << double(jobProcessNs) / 1e9;
        perRun.append(QJsonObject{{QStringLiteral("seconds"), double(jobNs) / 1e9},
                                  {QStringLiteral("pagesPerSecond"), perSecond(pageCount, jobNs)},
                                  {QStringLiteral("articlesImported"), imported.articlesImported},
                                  {QStringLiteral("duplicates"), imported.duplicates},
                                  {QStringLiteral("copies"), imported.copies},
                                  {QStringLiteral("failed"), imported.failed},
                                  {QStringLiteral("readSeconds"), double(readNs) / 1e9},
                                  {QStringLiteral("readBytes"), bytes},
                                  {QStringLiteral("importThreadCpuSeconds"), double(jobThreadNs) / 1e9},
                                  {QStringLiteral("processCpuSeconds"), double(jobProcessNs) / 1e9}});
        err() << QStringLiteral(
                     "  run %1 / %2: import %3 s = %4 pages/s (%5 imported, %6 failed); reading the "
                     "files %7 s")
                     .arg(run + 1)
                     .arg(runs)
                     .arg(double(jobNs) / 1e9, 0, 'f', 2)
                     .arg(perSecond(pageCount, jobNs), 0, 'f', 1)
                     .arg(imported.articlesImported)
                     .arg(imported.failed)
                     .arg(double(readNs) / 1e9, 0, 'f', 3)
              << Qt::endl;

        // The job closed its connection, so the WAL is checkpointed into the file by now.
        libraryBytes = fileSize(library);
        walBytes = fileSize(library + QStringLiteral("-wal"));
        if (run + 1 == runs)
            check = checkLibrary(library);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (run + 1 < runs)
                QFile::remove(library + suffix);
        last = imported;
        lastLibrary = library;
    }

    QJsonArray failures;
    for (const ImportReportEntry &entry : std::as_const(last.entries))
        if (entry.outcome == ImportReportEntry::Outcome::Failed && failures.size() < 10)
            failures.append(entry.input + QStringLiteral(": ") + entry.message);

    const Summary job = summarise(jobSeconds);
    const Summary read = summarise(readSeconds);
    const Summary jobRate = summarise(jobPagesPerSecond);
    report.insert(QStringLiteral("pages"), pageCount);
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("threads"), threads);
    report.insert(QStringLiteral("batchSize"), batchSize);
    report.insert(QStringLiteral("generated"),
                  QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                              {QStringLiteral("bytes"), generated->bytes},
                              {QStringLiteral("seconds"), generated->seconds},
                              {QStringLiteral("pagesWithComments"), generated->commentedPages},
                              {QStringLiteral("comments"), generated->comments},
                              {QStringLiteral("bodyWords"), generated->words}});
    report.insert(QStringLiteral("perRun"), perRun);
    report.insert(QStringLiteral("medianSeconds"), job.median);
    report.insert(QStringLiteral("medianPagesPerSecond"), jobRate.median);
    report.insert(QStringLiteral("minPagesPerSecond"), jobRate.min);
    report.insert(QStringLiteral("maxPagesPerSecond"), jobRate.max);
    report.insert(QStringLiteral("targetPagesPerSecond"), EndToEndTargetPagesPerSecond);
    report.insert(QStringLiteral("baselineMedianSeconds"), read.median);
    report.insert(QStringLiteral("baselineMedianPagesPerSecond"), summarise(readPagesPerSecond).median);
    report.insert(QStringLiteral("baselineFailed"), readFailed);
    report.insert(QStringLiteral("ratio"), read.median > 0 ? job.median / read.median : 0);
    report.insert(QStringLiteral("importThreadCpuMedianSeconds"), summarise(importThreadCpu).median);
    report.insert(QStringLiteral("processCpuMedianSeconds"), summarise(processCpu).median);
    report.insert(QStringLiteral("articlesImported"), last.articlesImported);
    report.insert(QStringLiteral("duplicates"), last.duplicates);
    report.insert(QStringLiteral("copies"), last.copies);
    report.insert(QStringLiteral("failed"), last.failed);
    report.insert(QStringLiteral("failures"), failures);
    report.insert(QStringLiteral("library"),
                  QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(lastLibrary)},
                              {QStringLiteral("fileBytes"), libraryBytes},
                              {QStringLiteral("walBytes"), walBytes},
                              {QStringLiteral("articles"), check.articles},
                              {QStringLiteral("comments"), check.comments},
                              {QStringLiteral("bodyWords"), check.words}});
    return report;
}

// ---------------------------------------------------------------------------------------------------
// Printing

QString joined(const QJsonArray &values, int decimals)
{
    QStringList parts;
    for (const QJsonValue &value : values)
        parts << number(value.toDouble(), decimals);
    return parts.join(QStringLiteral(", "));
}

void printExtraction(QTextStream &out, const QJsonObject &x)
{
    const auto get = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key));
    };
    out << "1. Extraction, one thread: ImportFormats::read per page, in the main thread\n";
    if (x.contains(QLatin1String("skipped")) || x.contains(QLatin1String("error"))) {
        out << "   skipped: "
            << (x.contains(QLatin1String("error")) ? get(x, "error") : get(x, "skipped")).toString()
            << "\n\n";
        return;
    }
    const QJsonObject read = get(x, "read").toObject();
    const QJsonObject parse = get(x, "parse").toObject();
    const QJsonObject readLatency = get(x, "readLatency").toObject();
    const QJsonObject parseLatency = get(x, "parseLatency").toObject();
    out << "   corpus  " << get(x, "corpus").toString() << ": " << get(x, "pages").toInt() << " pages, "
        << bytes(get(x, "bytes").toDouble()) << ", held in memory (I/O not timed); "
        << get(x, "articles").toInt() << " articles read, " << get(x, "failed").toInt() << " pages failed\n";
    out << "   runs    " << get(x, "runs").toInt() << " (after one uncounted warm-up of "
        << number(get(x, "warmUpSeconds").toDouble(), 2)
        << " s); baseline = HtmlDocument::parse (libxml2 only) on the same pages in the same runs\n\n";

    const QList<int> widths{24, 10, 10, 10, 10, 13, 10, 8};
    out << "   "
        << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"),
                QStringLiteral("max"), QStringLiteral("target"), QStringLiteral("verdict"),
                QStringLiteral("baseline"), QStringLiteral("ratio")},
               widths)
        << "\n   " << rule(widths) << "\n";
    const double pps = get(read, "medianPagesPerSecond").toDouble();
    out << "   "
        << row({QStringLiteral("pages/s"), number(pps), number(get(read, "minPagesPerSecond").toDouble()),
                number(get(read, "maxPagesPerSecond").toDouble()),
                QStringLiteral(">= %1").arg(get(x, "targetPagesPerSecond").toDouble()),
                verdictAtLeast(pps, get(x, "targetPagesPerSecond").toDouble()),
                number(get(parse, "medianPagesPerSecond").toDouble()),
                number(get(x, "ratio").toDouble(), 2) + QStringLiteral("x")},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("MB/s"), number(get(read, "medianMegabytesPerSecond").toDouble(), 2),
                QString(), QString(), QString(), QString(),
                number(get(parse, "medianMegabytesPerSecond").toDouble(), 2)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("seconds per pass"), number(get(read, "medianSeconds").toDouble(), 3),
                QString(), QString(), QString(), QString(),
                number(get(parse, "medianSeconds").toDouble(), 3)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("per-page p50 / p95 ms"),
                number(get(readLatency, "medianMs").toDouble(), 2) + QStringLiteral(" / ") +
                    number(get(readLatency, "p95Ms").toDouble(), 2),
                QString(), QString(), QString(), QString(),
                number(get(parseLatency, "medianMs").toDouble(), 2) + QStringLiteral(" / ") +
                    number(get(parseLatency, "p95Ms").toDouble(), 2)},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("per-page max ms"), number(get(readLatency, "maxMs").toDouble(), 2), QString(),
                QString(), QString(), QString(), number(get(parseLatency, "maxMs").toDouble(), 2)},
               widths)
        << "\n\n";
    out << "   per run pages/s: read " << joined(get(read, "pagesPerSecond").toArray(), 1) << "; parse "
        << joined(get(parse, "pagesPerSecond").toArray(), 1) << "\n";
    out << "   per run MB/s:    read " << joined(get(read, "megabytesPerSecond").toArray(), 2) << "; parse "
        << joined(get(parse, "megabytesPerSecond").toArray(), 2) << "\n";
    out << "   on CPU time of the main thread: " << number(get(read, "medianCpuPagesPerSecond").toDouble())
        << " pages/s; main thread = " << number(100 * get(x, "mainThreadShareOfCpu").toDouble())
        << "% of process CPU, process CPU / wall = " << number(get(x, "cpuPerWall").toDouble(), 2)
        << " (one core)\n";
    out << "   ratio = read time / parse time (medians): libxml2 parsing is "
        << number(100 / std::max(0.0001, get(x, "ratio").toDouble())) << "% of extraction."
        << " Peers measured here: 6 to 30 pages/s.\n\n";

    out << "   slowest pages (median of runs), " << number(100 * get(x, "slowestShare").toDouble())
        << "% of the extraction time:\n";
    const QList<int> slowWidths{40, 10, 10, 10, 8};
    out << "   "
        << row({QStringLiteral("page"), QStringLiteral("size"), QStringLiteral("read"),
                QStringLiteral("parse"), QStringLiteral("ratio")},
               slowWidths)
        << "\n";
    for (const QJsonValue &value : get(x, "slowest").toArray()) {
        const QJsonObject page = value.toObject();
        out << "   "
            << row({get(page, "page").toString(),
                    QStringLiteral("%1 kB").arg(get(page, "bytes").toDouble() / 1000, 0, 'f', 0),
                    number(get(page, "readMs").toDouble(), 1) + QStringLiteral(" ms"),
                    number(get(page, "parseMs").toDouble(), 1) + QStringLiteral(" ms"),
                    number(get(page, "ratio").toDouble(), 1) + QStringLiteral("x")},
                   slowWidths)
            << "\n";
    }
    for (const QJsonValue &failure : get(x, "failures").toArray())
        out << "   failed: " << failure.toString() << "\n";
    out << "\n";
}

void printEndToEnd(QTextStream &out, const QJsonObject &e)
{
    const auto get = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key));
    };
    out << "2. End to end: ImportJob::run over a folder of generated news pages into a fresh library\n";
    if (e.contains(QLatin1String("skipped")) || e.contains(QLatin1String("error"))) {
        out << "   skipped: "
            << (e.contains(QLatin1String("error")) ? get(e, "error") : get(e, "skipped")).toString()
            << "\n\n";
        return;
    }
    const QJsonObject generated = get(e, "generated").toObject();
    const QJsonObject library = get(e, "library").toObject();
    const int pages = get(e, "pages").toInt();
    out << "   pages   " << pages << " distinct stories, " << bytes(get(generated, "bytes").toDouble())
        << " (" << number(get(generated, "bytes").toDouble() / pages / 1000) << " kB each), "
        << get(generated, "pagesWithComments").toInt() << " with " << get(generated, "comments").toInt()
        << " comments; generated in " << number(get(generated, "seconds").toDouble()) << " s (not timed)\n";
    out << "           " << get(generated, "folder").toString() << "\n";
    out << "   runs    " << get(e, "runs").toInt() << ", each into a new library; "
        << get(e, "threads").toInt() << " extraction threads, batches of " << get(e, "batchSize").toInt()
        << "; baseline = ImportFormats::filesIn + loadFile of every page (page cache warm)\n\n";

    const QList<int> widths{24, 10, 10, 10, 10, 13, 10, 8};
    out << "   "
        << row({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"),
                QStringLiteral("max"), QStringLiteral("target"), QStringLiteral("verdict"),
                QStringLiteral("baseline"), QStringLiteral("ratio")},
               widths)
        << "\n   " << rule(widths) << "\n";
    const double pps = get(e, "medianPagesPerSecond").toDouble();
    out << "   "
        << row({QStringLiteral("pages/s"), number(pps), number(get(e, "minPagesPerSecond").toDouble()),
                number(get(e, "maxPagesPerSecond").toDouble()),
                QStringLiteral(">= %1").arg(get(e, "targetPagesPerSecond").toDouble()),
                verdictAtLeast(pps, get(e, "targetPagesPerSecond").toDouble()),
                number(get(e, "baselineMedianPagesPerSecond").toDouble(), 0),
                number(get(e, "ratio").toDouble(), 1) + QStringLiteral("x")},
               widths)
        << "\n";
    out << "   "
        << row({QStringLiteral("seconds"), number(get(e, "medianSeconds").toDouble(), 2), QString(),
                QString(), QString(), QString(), number(get(e, "baselineMedianSeconds").toDouble(), 3)},
               widths)
        << "\n\n";
    QStringList perRun;
    for (const QJsonValue &value : get(e, "perRun").toArray())
        perRun << number(get(value.toObject(), "pagesPerSecond").toDouble());
    out << "   per run pages/s: " << perRun.join(QStringLiteral(", ")) << "\n";
    out << "   report (last run): " << get(e, "articlesImported").toInt() << " articles imported, "
        << get(e, "duplicates").toInt() << " duplicates, " << get(e, "copies").toInt() << " copies, "
        << get(e, "failed").toInt() << " failed\n";
    for (const QJsonValue &failure : get(e, "failures").toArray())
        out << "     failed: " << failure.toString() << "\n";
    const double cpu = get(e, "processCpuMedianSeconds").toDouble();
    const double importThread = get(e, "importThreadCpuMedianSeconds").toDouble();
    const double wall = get(e, "medianSeconds").toDouble();
    out << "   CPU (medians): process " << number(cpu, 1) << " s = " << number(wall > 0 ? cpu / wall : 0, 2)
        << " cores busy; the job's own thread (listing, writing to the library) " << number(importThread, 1)
        << " s, the extraction threads " << number(cpu - importThread, 1) << " s\n";
    out << "   library " << bytes(get(library, "fileBytes").toDouble());
    if (get(library, "walBytes").toDouble() > 0)
        out << " + WAL " << bytes(get(library, "walBytes").toDouble());
    out << " ("
        << number(get(library, "fileBytes").toDouble() / std::max(1, get(e, "articlesImported").toInt()) /
                  1000)
        << " kB per article), " << get(library, "path").toString() << "\n";
    const double generatedWords = get(generated, "bodyWords").toDouble();
    out << "   check: " << get(library, "articles").toInteger() << " articles and "
        << get(library, "comments").toInteger() << " of " << get(generated, "comments").toInt()
        << " comments in the library; body words kept / written "
        << number(generatedWords > 0 ? get(library, "bodyWords").toDouble() / generatedWords : 0, 3)
        << "\n\n";
}

void printTables(const QJsonObject &report)
{
    QTextStream out(stdout);
    out << "Newsdesk import benchmark (" << report.value(QLatin1String("buildType")).toString()
        << " build, Qt " << report.value(QLatin1String("qtVersion")).toString() << ", "
        << report.value(QLatin1String("cores")).toInt() << " cores)\n\n";
    if (report.contains(QLatin1String("extraction")))
        printExtraction(out, report.value(QLatin1String("extraction")).toObject());
    if (report.contains(QLatin1String("endToEnd")))
        printEndToEnd(out, report.value(QLatin1String("endToEnd")).toObject());
    out << "   ratios are Newsdesk time / baseline time, of the medians.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench-import"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures single-thread extraction on the readability corpus (pages/s, MB/s, per-page p95) against "
        "libxml2 parsing alone, and an end-to-end import of generated news pages on 2 threads against "
        "reading "
        "the files. Targets: >= 200 pages/s extraction, >= 150 pages/s end to end."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Folder of */source.html pages (default: %1).")
                                              .arg(QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability")),
                                          QStringLiteral("folder"),
                                          QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Extraction passes over the corpus (default 5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"), QStringLiteral("Pages to generate and import end to end (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsEndToEndOption(
        QStringLiteral("runs-e2e"),
        QStringLiteral("End-to-end imports, each into a new library (default 3)."), QStringLiteral("R"),
        QStringLiteral("3"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Extraction threads for the end-to-end import (default 2)."), QStringLiteral("T"),
        QStringLiteral("2"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QStringLiteral("Inputs per write transaction (default: ImportJob's, %1).")
            .arg(ImportJob::Options().batchSize),
        QStringLiteral("B"), QString::number(ImportJob::Options().batchSize));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run one part: \"extraction\" or \"e2e\"."),
                                        QStringLiteral("part"));
    const QCommandLineOption workOption(
        QStringLiteral("work-dir"),
        QStringLiteral(
            "Where to make the temporary folder for the pages and libraries (default: the system's)."),
        QStringLiteral("folder"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated pages and the last library."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    parser.addOptions({corpusOption, runsOption, pagesOption, runsEndToEndOption, threadsOption, batchOption,
                       onlyOption, workOption, keepOption, jsonOption});
    parser.process(app);

    bool ok = true;
    const int runs = positive(parser, runsOption, &ok);
    const int pages = positive(parser, pagesOption, &ok);
    const int runsEndToEnd = positive(parser, runsEndToEndOption, &ok);
    const int threads = positive(parser, threadsOption, &ok);
    const int batchSize = positive(parser, batchOption, &ok);
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("extraction") && only != QLatin1String("e2e")) {
        err() << "newsdesk-bench-import: --only takes \"extraction\" or \"e2e\"" << Qt::endl;
        ok = false;
    }
    if (!ok)
        return 2;

    const QString buildType = checkedBuildType(QStringLiteral(NEWSDESK_BENCH_BUILD_TYPE));

    QJsonObject report{{QStringLiteral("buildType"), buildType},
                       {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
                       {QStringLiteral("cores"), QThread::idealThreadCount()}};
    bool failed = false;

    if (only.isEmpty() || only == QLatin1String("extraction")) {
        const QString corpus = QFileInfo(parser.value(corpusOption)).absoluteFilePath();
        const QJsonObject extraction = benchExtraction(corpus, runs);
        if (extraction.contains(QLatin1String("skipped")))
            err() << "newsdesk-bench-import: skipping extraction: "
                  << extraction.value(QLatin1String("skipped")).toString() << Qt::endl;
        if (extraction.contains(QLatin1String("error"))) {
            err() << "newsdesk-bench-import: extraction failed: "
                  << extraction.value(QLatin1String("error")).toString() << Qt::endl;
            failed = true;
        }
        report.insert(QStringLiteral("extraction"), extraction);
    }

    if (only.isEmpty() || only == QLatin1String("e2e")) {
        const QString base = parser.isSet(workOption) ? parser.value(workOption) : QDir::tempPath();
        QTemporaryDir temporary(QDir(base).filePath(QStringLiteral("newsdesk-bench-import-XXXXXX")));
        if (!temporary.isValid()) {
            err() << "newsdesk-bench-import: could not create a temporary folder in " << base << ": "
                  << temporary.errorString() << Qt::endl;
            return 1;
        }
        temporary.setAutoRemove(!parser.isSet(keepOption));
        const QJsonObject endToEnd = benchEndToEnd(temporary.path(), pages, runsEndToEnd, threads, batchSize);
        if (endToEnd.contains(QLatin1String("error"))) {
            err() << "newsdesk-bench-import: end-to-end import failed: "
                  << endToEnd.value(QLatin1String("error")).toString() << Qt::endl;
            failed = true;
        }
        report.insert(QStringLiteral("endToEnd"), endToEnd);
        if (parser.isSet(keepOption))
            err() << "newsdesk-bench-import: kept " << QDir::toNativeSeparators(temporary.path()) << Qt::endl;
    }

    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTables(report);
    return failed ? 1 : 0;
}
