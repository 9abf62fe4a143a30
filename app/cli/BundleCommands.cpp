#include "CliCommands.h"
#include "CliContext.h"
#include "exporting/BundleContent.h"
#include "exporting/BundleExport.h"
#include "exporting/SavedSearch.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include <limits>

#include <unistd.h>

namespace Newsdesk {

namespace {

/// Options of the bundle commands that take a value, so the action word is found wherever it stands.
const QStringList &bundleOptionsWithValue()
{
    static const QStringList options{QStringLiteral("--library"), QStringLiteral("--title"),
                                     QStringLiteral("--intro"),   QStringLiteral("--search"),
                                     QStringLiteral("--include"), QStringLiteral("--rename"),
                                     QStringLiteral("--before"),  QStringLiteral("--limit")};
    return options;
}

/// What --include names, e.g. "topics,comments": the parts the export carries.
std::optional<BundleOptions> parseInclude(const QString &value)
{
    BundleOptions options{false, false, false, false};
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        if (key == u"topics")
            options.topics = true;
        else if (key == u"comments")
            options.comments = true;
        else if (key == u"images")
            options.images = true;
        else if (key == u"source-links" || key == u"sources")
            options.sourceLinks = true;
        else if (key != u"none")
            return std::nullopt;
    }
    return options;
}

QString includeText(const BundleOptions &options)
{
    QStringList parts;
    if (options.topics)
        parts << QStringLiteral("topics");
    if (options.comments)
        parts << QStringLiteral("comments");
    if (options.images)
        parts << QStringLiteral("images");
    if (options.sourceLinks)
        parts << QStringLiteral("source-links");
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

void addHeaderOptions(CliContext &cli)
{
    cli.parser().addOption(
        {QStringLiteral("title"), CliContext::tr("The title readers see (the name when not given)."),
         CliContext::tr("text")});
    cli.parser().addOption(
        {QStringLiteral("intro"), CliContext::tr("The curator's introduction, plain text."), CliContext::tr("text")});
    cli.parser().addOption({QStringLiteral("search"),
                            CliContext::tr("The saved search that fills the bundle, as typed in the window, "
                                           "e.g. 'topic:\"trade disputes\" status:selected since:7d'."),
                            CliContext::tr("text")});
    cli.parser().addOption(
        {QStringLiteral("include"),
         CliContext::tr("What exports carry besides the articles: a comma-separated list of topics, "
                        "comments (approved ones only), images, source-links, or none."),
         CliContext::tr("list")});
}

/// Applies --title, --intro, --search and --include; false (after a usage error) when one is wrong.
bool applyHeaderOptions(CliContext &cli, Bundle *bundle, int *code)
{
    QCommandLineParser &parser = cli.parser();
    if (parser.isSet(QStringLiteral("title")))
        bundle->title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("intro")))
        bundle->intro = parser.value(QStringLiteral("intro"));
    if (parser.isSet(QStringLiteral("search"))) {
        bundle->savedSearch = parser.value(QStringLiteral("search"));
        if (const auto parsed = ArticleRepository::parseSearch(bundle->savedSearch); !parsed.errors.isEmpty()) {
            *code = cli.usage(parsed.errors.join(QLatin1Char(' ')));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("include"))) {
        const auto options = parseInclude(parser.value(QStringLiteral("include")));
        if (!options) {
            *code = cli.usage(CliContext::tr("--include takes topics, comments, images, source-links or none, "
                                             "separated by commas."));
            return false;
        }
        bundle->options = *options;
    }
    return true;
}

/// What an action on one named bundle works with once its arguments are read.
struct BundleAction
{
    Library *library = nullptr;
    Bundle bundle;
};

/// Reads the arguments of `bundle ACTION NAME …` (between minArguments and maxArguments positional
/// arguments, the action word and the name included), opens the library and finds the bundle; nullopt,
/// with *code set, when the command should stop.
std::optional<BundleAction> beginBundleAction(CliContext &cli, const QStringList &arguments, const QString &action,
                                              const QString &synopsis, const QString &description,
                                              const QString &usage, qsizetype minArguments,
                                              qsizetype maxArguments, int *code)
{
    if (!cli.parse(QStringLiteral("bundle ") + action, synopsis, description, arguments, code))
        return std::nullopt;
    const qsizetype count = cli.positional().size();
    if (count < minArguments || count > maxArguments) {
        *code = cli.usage(usage);
        return std::nullopt;
    }
    BundleAction begun;
    begun.library = cli.library();
    if (!begun.library) {
        *code = ExitFailure;
        return std::nullopt;
    }
    auto bundle = begun.library->bundles().findByName(cli.positional().at(1));
    if (!bundle) {
        *code = cli.fail(bundle.error());
        return std::nullopt;
    }
    begun.bundle = std::move(bundle).value();
    return begun;
}

/// Saves the changed bundle and reports it: json for --json, else the text (one line).
int saveAndReport(CliContext &cli, BundleAction &action, QJsonObject json, const QString &text)
{
    if (Status saved = action.library->bundles().save(action.bundle); !saved)
        return cli.fail(saved.error());
    json.insert(QStringLiteral("bundle"), action.bundle.name);
    cli.print(json, text + QLatin1Char('\n'));
    return ExitOk;
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray json;
    for (qint64 id : ids)
        json << id;
    return json;
}

QJsonObject summaryJson(const BundleSummary &summary)
{
    return QJsonObject{{QStringLiteral("id"), summary.id},
                       {QStringLiteral("name"), summary.name},
                       {QStringLiteral("title"), summary.title},
                       {QStringLiteral("articles"), summary.articleCount},
                       {QStringLiteral("updated"), summary.updatedAt.toString(Qt::ISODate)}};
}

int runBundleCreate(CliContext &cli, const QStringList &arguments)
{
    addHeaderOptions(cli);
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("bundle create"), CliContext::tr("NAME [--title T] [--intro TEXT] [--search S]"),
                   CliContext::tr("Create an empty bundle. Its name is how commands find it."), arguments, &code))
        return code;
    if (cli.positional().size() != 2)
        return cli.usage(CliContext::tr("bundle create takes one name (quote it if it has spaces)."));
    Bundle bundle;
    bundle.name = cli.positional().at(1).trimmed();
    if (!applyHeaderOptions(cli, &bundle, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto id = library->bundles().create(bundle);
    if (!id)
        return cli.fail(id.error());
    cli.print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), bundle.name}},
              CliContext::tr("Created bundle “%1”.").arg(bundle.name) + QLatin1Char('\n'));
    return ExitOk;
}

int runBundleSet(CliContext &cli, const QStringList &arguments)
{
    addHeaderOptions(cli);
    cli.parser().addOption({QStringLiteral("rename"), CliContext::tr("Give the bundle a new name."),
                            CliContext::tr("name")});
    int code = ExitOk;
    auto action = beginBundleAction(
        cli, arguments, QStringLiteral("set"),
        CliContext::tr("NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]"),
        CliContext::tr("Change a bundle's name, title, introduction, saved search or what its exports include."),
        CliContext::tr("bundle set takes the bundle's name and options."), 2, 2, &code);
    if (!action)
        return code;
    if (cli.parser().isSet(QStringLiteral("rename")))
        action->bundle.name = cli.parser().value(QStringLiteral("rename")).trimmed();
    if (!applyHeaderOptions(cli, &action->bundle, &code))
        return code;
    return saveAndReport(cli, *action, {{QStringLiteral("id"), action->bundle.id}},
                         CliContext::tr("Saved bundle “%1”.").arg(action->bundle.name));
}

int runBundleAdd(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("add"), CliContext::tr("NAME ID..."),
                                    CliContext::tr("Add articles to the end of a bundle; articles already in it "
                                                   "stay where they are."),
                                    CliContext::tr("bundle add takes the bundle's name and article ids."), 3,
                                    std::numeric_limits<qsizetype>::max(), &code);
    if (!action)
        return code;
    QList<qint64> ids;
    if (!parseIds(cli, cli.positional().mid(2), &ids, &code))
        return code;
    for (qint64 id : std::as_const(ids)) {
        auto article = action->library->articles().find(id);
        if (!article)
            return cli.fail(article.error());
        if (article->trashedAt.isValid())
            return cli.fail(CliContext::tr("Article %1 is in the trash; restore it first.").arg(id));
    }
    auto added = action->library->bundles().addArticles(action->bundle.id, ids);
    if (!added)
        return cli.fail(added.error());
    cli.print(QJsonObject{{QStringLiteral("bundle"), action->bundle.name}, {QStringLiteral("added"), idsJson(*added)}},
              CliContext::tr("Added %n article(s) to “%1”.", nullptr, int(added->size())).arg(action->bundle.name)
                  + QLatin1Char('\n'));
    return ExitOk;
}

int runBundleFill(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("search"),
                            CliContext::tr("Fill from this search and save it with the bundle."),
                            CliContext::tr("text")});
    cli.parser().addOption({QStringLiteral("limit"), CliContext::tr("At most this many articles (default 1000)."),
                            CliContext::tr("N"), QStringLiteral("1000")});
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("fill"), CliContext::tr("NAME [--search S] [--limit N]"),
                                    CliContext::tr("Add the articles the bundle's saved search finds, newest "
                                                   "first, after those already in it."),
                                    CliContext::tr("bundle fill takes the bundle's name."), 2, 2, &code);
    if (!action)
        return code;
    bool limitOk = false;
    const int limit = cli.parser().value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return cli.usage(CliContext::tr("--limit takes a positive number."));
    Library &library = *action->library;
    Bundle &bundle = action->bundle;
    if (cli.parser().isSet(QStringLiteral("search")))
        bundle.savedSearch = cli.parser().value(QStringLiteral("search"));
    auto found = savedSearchArticles(library, bundle.savedSearch, limit);
    if (!found)
        return cli.fail(found.error());
    QList<qint64> added;
    const Status filled = library.transaction([&]() -> Status {
        if (Status saved = library.bundles().save(bundle); !saved)
            return saved;
        auto result = library.bundles().addArticles(bundle.id, *found);
        if (!result)
            return result.error();
        added = *result;
        return {};
    });
    if (!filled)
        return cli.fail(filled.error());
    cli.print(QJsonObject{{QStringLiteral("bundle"), bundle.name}, {QStringLiteral("added"), idsJson(added)}},
              CliContext::tr("Added %n article(s) to “%1”.", nullptr, int(added.size())).arg(bundle.name)
                  + QLatin1Char('\n'));
    return ExitOk;
}

int runBundleRemove(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("remove"), CliContext::tr("NAME ID..."),
                                    CliContext::tr("Take articles out of a bundle (they stay in the library)."),
                                    CliContext::tr("bundle remove takes the bundle's name and article ids."), 3,
                                    std::numeric_limits<qsizetype>::max(), &code);
    if (!action)
        return code;
    QList<qint64> ids;
    if (!parseIds(cli, cli.positional().mid(2), &ids, &code))
        return code;
    const int removed = int(action->bundle.entries.removeIf(
        [&ids](const BundleEntry &entry) { return ids.contains(entry.articleId); }));
    return saveAndReport(cli, *action, {{QStringLiteral("removed"), removed}},
                         CliContext::tr("Removed %n article(s) from “%1”.", nullptr, removed).arg(action->bundle.name));
}

int runBundleSection(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("before"), CliContext::tr("Put the section before this article."),
                            CliContext::tr("id")});
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("section"), CliContext::tr("NAME HEADING [--before ID]"),
                                    CliContext::tr("Add a section heading that groups the articles after it; at "
                                                   "the end unless --before names an article."),
                                    CliContext::tr("bundle section takes the bundle's name and the heading."), 3, 3,
                                    &code);
    if (!action)
        return code;
    QList<BundleEntry> &entries = action->bundle.entries;
    qsizetype at = entries.size();
    if (cli.parser().isSet(QStringLiteral("before"))) {
        const QString before = cli.parser().value(QStringLiteral("before"));
        at = std::find_if(entries.cbegin(), entries.cend(),
                          [&before](const BundleEntry &entry) { return entry.articleId == before.toLongLong(); })
             - entries.cbegin();
        if (at == entries.size())
            return cli.fail(Error{Error::Code::NotFound,
                                  CliContext::tr("Article %1 is not in “%2”.").arg(before, action->bundle.name)});
    }
    entries.insert(at, BundleEntry::section(cli.positional().at(2)));
    return saveAndReport(cli, *action, {{QStringLiteral("position"), int(at)}}, CliContext::tr("Added the section."));
}

int runBundleBlurb(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("blurb"), CliContext::tr("NAME ID TEXT"),
                                    CliContext::tr("Set the curator's words on an article of the bundle (empty "
                                                   "text removes them)."),
                                    CliContext::tr("bundle blurb takes the bundle's name, an article id and the text."),
                                    4, 4, &code);
    if (!action)
        return code;
    QList<qint64> ids;
    if (!parseIds(cli, cli.positional().mid(2, 1), &ids, &code))
        return code;
    QList<BundleEntry> &entries = action->bundle.entries;
    auto entry = std::find_if(entries.begin(), entries.end(),
                              [&ids](const BundleEntry &candidate) { return candidate.articleId == ids.first(); });
    if (entry == entries.end())
        return cli.fail(Error{Error::Code::NotFound,
                              CliContext::tr("Article %1 is not in “%2”.").arg(ids.first()).arg(action->bundle.name)});
    entry->blurb = cli.positional().at(3);
    return saveAndReport(cli, *action, {{QStringLiteral("article"), ids.first()}}, CliContext::tr("Saved the blurb."));
}

int runBundleDelete(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("delete"), CliContext::tr("NAME"),
                                    CliContext::tr("Delete a bundle; its articles stay in the library."),
                                    CliContext::tr("bundle delete takes the bundle's name."), 2, 2, &code);
    if (!action)
        return code;
    if (Status removed = action->library->bundles().remove(action->bundle.id); !removed)
        return cli.fail(removed.error());
    cli.print(QJsonObject{{QStringLiteral("deleted"), action->bundle.name}},
              CliContext::tr("Deleted bundle “%1”.").arg(action->bundle.name) + QLatin1Char('\n'));
    return ExitOk;
}

int runBundleList(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("bundle list"), CliContext::tr("[--json]"),
                   CliContext::tr("List the library's bundles by name."), arguments, &code))
        return code;
    if (cli.positional().size() != 1)
        return cli.usage(CliContext::tr("bundle list takes no arguments."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto bundles = library->bundles().list();
    if (!bundles)
        return cli.fail(bundles.error());
    QJsonArray json;
    QString text;
    for (const BundleSummary &summary : std::as_const(*bundles)) {
        json << summaryJson(summary);
        text += CliContext::tr("%1  %n article(s)  %2", nullptr, summary.articleCount)
                    .arg(summary.name, summary.title.isEmpty() ? QString() : QStringLiteral("— ") + summary.title)
                    .trimmed()
                + QLatin1Char('\n');
    }
    if (bundles->isEmpty())
        text = CliContext::tr("No bundles yet; `bundle create NAME` makes one.") + QLatin1Char('\n');
    cli.print(QJsonObject{{QStringLiteral("bundles"), json}}, text);
    return ExitOk;
}

int runBundleShow(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    auto action = beginBundleAction(cli, arguments, QStringLiteral("show"), CliContext::tr("NAME [--json]"),
                                    CliContext::tr("Show a bundle: its title, introduction, options and entries in "
                                                   "order."),
                                    CliContext::tr("bundle show takes the bundle's name."), 2, 2, &code);
    if (!action)
        return code;
    Library *library = action->library;
    const Bundle *bundle = &action->bundle;
    QJsonArray entries;
    QString list;
    int number = 0;
    for (const BundleEntry &entry : std::as_const(bundle->entries)) {
        if (entry.isSection()) {
            entries << QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                   {QStringLiteral("heading"), entry.heading}};
            list += QStringLiteral("\n## %1\n").arg(entry.heading);
            continue;
        }
        auto article = library->articles().find(entry.articleId);
        const QString title = article ? article->title : QString();
        const bool trashed = article && article->trashedAt.isValid();
        QJsonObject json{{QStringLiteral("type"), QStringLiteral("article")},
                         {QStringLiteral("id"), entry.articleId},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("source"), article ? article->source : QString()},
                         {QStringLiteral("blurb"), entry.blurb}};
        if (trashed)
            json.insert(QStringLiteral("trashed"), true);
        entries << json;
        list += QStringLiteral("%1. [%2] %3%4\n")
                    .arg(++number)
                    .arg(entry.articleId)
                    .arg(title, trashed ? CliContext::tr(" (in the trash: left out of exports)") : QString());
        if (!entry.blurb.isEmpty())
            list += QStringLiteral("   %1\n").arg(entry.blurb.simplified());
    }
    const QJsonObject json{{QStringLiteral("id"), bundle->id},
                           {QStringLiteral("name"), bundle->name},
                           {QStringLiteral("title"), bundle->title},
                           {QStringLiteral("intro"), bundle->intro},
                           {QStringLiteral("savedSearch"), bundle->savedSearch},
                           {QStringLiteral("include"),
                            QJsonArray::fromStringList(includeText(bundle->options).split(QLatin1Char(',')))},
                           {QStringLiteral("entries"), entries}};
    QString text = QStringLiteral("%1\n").arg(bundle->displayTitle());
    text += CliContext::tr("Name: %1").arg(bundle->name) + QLatin1Char('\n');
    if (!bundle->savedSearch.isEmpty())
        text += CliContext::tr("Saved search: %1").arg(bundle->savedSearch) + QLatin1Char('\n');
    text += CliContext::tr("Includes: %1").arg(includeText(bundle->options)) + QLatin1Char('\n');
    if (!bundle->intro.isEmpty())
        text += QLatin1Char('\n') + bundle->intro + QLatin1Char('\n');
    text += QLatin1Char('\n') + list;
    cli.print(json, text);
    return ExitOk;
}

/// The window's program, which prints PDFs with Qt WebEngine: $NEWSDESK_GUI, else the newsdesk beside
/// this newsdesk-cli, else the one on PATH.
QString guiProgram()
{
    const QString configured = qEnvironmentVariable("NEWSDESK_GUI");
    if (!configured.isEmpty())
        return configured;
    const QString sibling = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("newsdesk"));
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return QStandardPaths::findExecutable(QStringLiteral("newsdesk"));
}

int exportPdf(CliContext &cli, Library &library, const Bundle &bundle, const QString &out, bool force,
              const QString &pageSize)
{
    const QString program = guiProgram();
    if (program.isEmpty())
        return cli.fail(CliContext::tr("PDF export needs the newsdesk program (it prints with Qt WebEngine), "
                                       "and it was not found next to newsdesk-cli or on PATH."));
    QStringList arguments{QStringLiteral("--library"),    library.path(),   QStringLiteral("--export-pdf"),
                          bundle.name,                    QStringLiteral("--out"), QFileInfo(out).absoluteFilePath(),
                          QStringLiteral("--page-size"),  pageSize};
    if (force)
        arguments << QStringLiteral("--force");
    QProcess printer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Chromium refuses to start its sandbox as root. The page it prints is our own sanitised export,
    // with scripts off and every remote request blocked, so running it unsandboxed there is acceptable.
    if (::geteuid() == 0 && !environment.contains(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX")))
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    printer.setProcessEnvironment(environment);
    printer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    printer.start(program, arguments);
    if (!printer.waitForFinished(300'000) || printer.exitStatus() != QProcess::NormalExit) {
        printer.kill();
        return cli.fail(CliContext::tr("Printing the PDF failed: %1").arg(printer.errorString()));
    }
    if (printer.exitCode() != 0)
        return ExitFailure; // newsdesk said why on the error stream we share
    const QString absolute = QFileInfo(out).absoluteFilePath();
    cli.print(QJsonObject{{QStringLiteral("format"), QStringLiteral("pdf")},
                          {QStringLiteral("files"), QJsonArray{absolute}},
                          {QStringLiteral("bytes"), QFileInfo(absolute).size()}},
              CliContext::tr("Exported “%1” to %2.").arg(bundle.name, absolute) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int runBundle(CliContext &cli, const QStringList &arguments)
{
    qsizetype index = -1;
    const QString action = actionWord(arguments, bundleOptionsWithValue(), &index);
    using Runner = int (*)(CliContext &, const QStringList &);
    static const QList<std::pair<QLatin1StringView, Runner>> actions{
        {QLatin1StringView("create"), runBundleCreate}, {QLatin1StringView("set"), runBundleSet},
        {QLatin1StringView("add"), runBundleAdd},       {QLatin1StringView("fill"), runBundleFill},
        {QLatin1StringView("remove"), runBundleRemove}, {QLatin1StringView("section"), runBundleSection},
        {QLatin1StringView("blurb"), runBundleBlurb},   {QLatin1StringView("delete"), runBundleDelete},
        {QLatin1StringView("list"), runBundleList},     {QLatin1StringView("show"), runBundleShow},
    };
    for (const auto &[name, run] : actions)
        if (action == name)
            return run(cli, arguments);
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("bundle"),
                   QStringLiteral("create|set|add|fill|remove|section|blurb|delete|list|show …"),
                   CliContext::tr("Make and change bundles: named, ordered selections of articles with the "
                                  "curator's words, which `export --bundle NAME` publishes. `bundle ACTION "
                                  "--help` tells more."),
                   arguments, &code))
        return code;
    return cli.usage(action.isEmpty()
                         ? CliContext::tr("bundle needs an action: create, set, add, fill, remove, section, "
                                          "blurb, delete, list or show.")
                         : CliContext::tr("“%1” is not a bundle action.").arg(action));
}

int runExport(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("bundle"), CliContext::tr("The bundle to export."), CliContext::tr("name")});
    cli.parser().addOption({QStringLiteral("format"),
                            CliContext::tr("html (a folder site), html-single, json, atom, rss or pdf."),
                            CliContext::tr("format"), QStringLiteral("html")});
    cli.parser().addOption({QStringLiteral("out"), CliContext::tr("The file, or for html the folder, to write."),
                            CliContext::tr("path")});
    cli.parser().addOption({QStringLiteral("force"), CliContext::tr("Replace output that is already there.")});
    cli.parser().addOption({QStringLiteral("no-images"),
                            CliContext::tr("Leave the articles' kept images out of HTML exports.")});
    cli.parser().addOption({QStringLiteral("template"),
                            CliContext::tr("A template folder for the HTML (the built-in one otherwise)."),
                            CliContext::tr("folder")});
    cli.parser().addOption({QStringLiteral("page-size"), CliContext::tr("A4 or Letter, for pdf."),
                            CliContext::tr("size"), QStringLiteral("A4")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("export"),
                   CliContext::tr("--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]"),
                   CliContext::tr("Publish a bundle. Files are replaced only once complete; output that is "
                                  "already there is kept unless --force is given."),
                   arguments, &code))
        return code;
    if (!cli.positional().isEmpty())
        return cli.usage(CliContext::tr("export takes only options."));
    const QString name = cli.parser().value(QStringLiteral("bundle"));
    const QString out = cli.parser().value(QStringLiteral("out"));
    if (name.isEmpty() || out.isEmpty())
        return cli.usage(CliContext::tr("export needs --bundle NAME and --out PATH."));
    const auto format = BundleExport::formatFromKey(cli.parser().value(QStringLiteral("format")));
    if (!format)
        return cli.usage(CliContext::tr("“%1” is not an export format; use html, html-single, json, atom, rss or pdf.")
                             .arg(cli.parser().value(QStringLiteral("format"))));
    const QString pageSize = cli.parser().value(QStringLiteral("page-size"));
    if (pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        return cli.usage(CliContext::tr("--page-size takes A4 or Letter."));
    const bool force = cli.parser().isSet(QStringLiteral("force"));

    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto bundle = library->bundles().findByName(name);
    if (!bundle)
        return cli.fail(bundle.error());
    if (*format == ExportFormat::Pdf)
        return exportPdf(cli, *library, *bundle, out, force, pageSize);

    auto content = BundleContent::gather(*library, *bundle);
    if (!content)
        return cli.fail(content.error());
    ExportOptions options;
    options.format = *format;
    options.outPath = out;
    options.overwrite = force;
    options.embedImages = !cli.parser().isSet(QStringLiteral("no-images"));
    options.templateDirectory = cli.parser().value(QStringLiteral("template"));
    auto report = BundleExport::write(*content, options);
    if (!report)
        return cli.fail(report.error());
    cli.print(QJsonObject{{QStringLiteral("format"), BundleExport::formatKey(*format)},
                          {QStringLiteral("files"), QJsonArray::fromStringList(report->files)},
                          {QStringLiteral("bytes"), report->bytes},
                          {QStringLiteral("articles"), int(content->articles().size())}},
              CliContext::tr("Exported “%1” (%n article(s)) to %2.", nullptr, int(content->articles().size()))
                      .arg(bundle->name, QFileInfo(out).absoluteFilePath())
                  + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace Newsdesk
