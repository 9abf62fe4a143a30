// The scenarios that move articles in and out: extraction of real pages on one thread, an end-to-end
// import of generated pages, and exporting the newsroom's bundle.

#include "NewsPages.h"
#include "NewsroomLibrary.h"
#include "SuiteScenario.h"

#include "exporting/BundleContent.h"
#include "exporting/BundleExport.h"
#include "importing/ImportFormats.h"
#include "importing/ImportJob.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QDir>
#include <QElapsedTimer>

namespace Newsdesk::Bench {

namespace {

constexpr double ExtractionTargetPagesPerSecond = 200;
constexpr double ImportTargetPagesPerSecond = 150;
constexpr double JsonTargetMs = 500;
constexpr double SiteTargetMs = 1500;

double perSecond(double count, qint64 nanoseconds)
{
    return nanoseconds > 0 ? count / (double(nanoseconds) / 1e9) : 0;
}

/// Every page of the readability corpus through the importer on this thread, options.runs passes.
Result<ScenarioResult> extraction(const SuiteOptions &options)
{
    if (options.corpusFolder.isEmpty() || !QDir(options.corpusFolder).exists())
        return Error{Error::Code::NotFound, QStringLiteral("the readability corpus is not there")};
    qint64 bytes = 0;
    auto pages = loadCorpus(options.corpusFolder, &bytes);
    if (!pages)
        return pages.error();
    if (pages->isEmpty())
        return Error{Error::Code::NotFound, QStringLiteral("the readability corpus has no pages")};
    ScenarioResult result;
    Measure &rate = result.add(QStringLiteral("extract.rate"), QStringLiteral("Extraction on one thread"),
                               ExtractionTargetPagesPerSecond, QStringLiteral("pages/s"));
    Measure &page = result.add(QStringLiteral("extract.page"), QStringLiteral("Extraction of one page"));
    int failed = 0;
    QElapsedTimer whole;
    QElapsedTimer one;
    for (int run = 0; run < std::max(options.runs, 3); ++run) {
        whole.start();
        for (const CorpusPage &corpusPage : std::as_const(*pages)) {
            one.start();
            if (!ImportFormats::read(corpusPage.source) && run == 0)
                ++failed;
            page.samples << elapsedMs(one.nsecsElapsed());
        }
        rate.samples << perSecond(double(pages->size()), whole.nsecsElapsed());
    }
    result.details.insert(QStringLiteral("pages"), qint64(pages->size()));
    result.details.insert(QStringLiteral("megabytes"), double(bytes) / 1e6);
    result.details.insert(QStringLiteral("failed"), failed);
    return result;
}

/// options.importPages generated pages imported into a fresh library by ImportJob on two threads, as
/// `newsdesk-cli import FOLDER` runs it; generating the pages is not timed.
Result<ScenarioResult> import(const SuiteOptions &options)
{
    const QString folder = QDir(options.workFolder).filePath(QStringLiteral("pages"));
    if (!QDir(folder).exists()) {
        auto generated = generatePages(folder, options.importPages);
        if (!generated)
            return generated.error();
    }
    ScenarioResult result;
    Measure &rate = result.add(QStringLiteral("import.rate"), QStringLiteral("Import end to end (2 threads)"),
                               ImportTargetPagesPerSecond, QStringLiteral("pages/s"));
    Measure &seconds =
        result.add(QStringLiteral("import.total"), QStringLiteral("Import end to end, whole run"));
    // Importing is long: two runs are enough for a median at the full size.
    const int runs = std::clamp(options.runs, 1, 2);
    ImportReport last;
    for (int run = 0; run < runs; ++run) {
        const QString library =
            QDir(options.workFolder).filePath(QStringLiteral("import-%1.sqlite").arg(run));
        ImportJob::Options jobOptions;
        jobOptions.threads = 2;
        ImportJob job(library, {ImportInput::file(folder)}, jobOptions);
        QElapsedTimer clock;
        clock.start();
        last = job.run();
        const qint64 ns = clock.nsecsElapsed();
        rate.samples << perSecond(options.importPages, ns);
        seconds.samples << elapsedMs(ns);
        QFile::remove(library);
    }
    result.details.insert(QStringLiteral("pages"), options.importPages);
    result.details.insert(QStringLiteral("articlesImported"), last.articlesImported);
    result.details.insert(QStringLiteral("copiesRecognised"), last.copies);
    result.details.insert(QStringLiteral("failed"), last.failed);
    return result;
}

/// The newsroom's bundle exported to JSON and to the folder site, gathering included, options.runs times.
Result<ScenarioResult> exportBundle(const SuiteOptions &options)
{
    auto library = Library::open(options.library);
    if (!library)
        return library.error();
    auto bundle = (*library)->bundles().findByName(newsroomBundleName());
    if (!bundle)
        return bundle.error();
    ScenarioResult result;
    Measure &json =
        result.add(QStringLiteral("export.json"), QStringLiteral("Export the bundle to JSON"), JsonTargetMs);
    Measure &site = result.add(QStringLiteral("export.site"),
                               QStringLiteral("Export the bundle to the HTML site"), SiteTargetMs);
    const QList<std::pair<ExportFormat, Measure *>> formats{{ExportFormat::Json, &json},
                                                            {ExportFormat::HtmlSite, &site}};
    qint64 articles = 0;
    for (int run = 0; run < std::max(options.runs, 3); ++run) {
        for (const auto &[format, measure] : formats) {
            QElapsedTimer clock;
            clock.start();
            auto content = BundleContent::load(**library, bundle->id);
            if (!content)
                return content.error();
            ExportOptions exportOptions;
            exportOptions.format = format;
            exportOptions.outPath =
                QDir(options.workFolder).filePath(BundleExport::defaultFileName(bundle->name, format));
            exportOptions.overwrite = true;
            auto written = BundleExport::write(*content, exportOptions);
            if (!written)
                return written.error();
            measure->samples << elapsedMs(clock.nsecsElapsed());
            articles = qint64(content->articles().size());
        }
    }
    result.details.insert(QStringLiteral("articles"), articles);
    return result;
}

} // namespace

QList<Scenario> importExportScenarios()
{
    return {
        {QStringLiteral("extract"), QStringLiteral("Extraction of the readability corpus on one thread"),
         extraction},
        {QStringLiteral("export"), QStringLiteral("Exporting the newsroom's bundle to JSON and HTML"),
         exportBundle},
        {QStringLiteral("import"), QStringLiteral("Importing generated pages end to end into a new library"),
         import},
    };
}

} // namespace Newsdesk::Bench
