#include "CliCommands.h"
#include "CliContext.h"
#include "importing/ImportFormats.h"
#include "importing/ImportJob.h"
#include "importing/UrlFetcher.h"
#include "library/Library.h"

#include <QDir>
#include <QUrl>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace Newsdesk {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    // With the page's own offset when it gave one: "2019-11-23T10:00:00+09:00".
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray commentsToJson(const QList<ExtractedComment> &comments)
{
    QJsonArray list;
    for (const ExtractedComment &comment : comments)
        list.append(QJsonObject{{QStringLiteral("author"), comment.author},
                                {QStringLiteral("author_url"), comment.authorUrl},
                                {QStringLiteral("posted"), timeOrNull(comment.postedAt)},
                                {QStringLiteral("text"), comment.text},
                                {QStringLiteral("replies"), commentsToJson(comment.replies)}});
    return list;
}

QJsonObject extractedToJson(const QString &input, const QString &format, const ExtractedArticle &extracted,
                            const QStringList &sourceIssues)
{
    const Article &article = extracted.article;
    QJsonObject credits;
    for (auto it = extracted.credits.cbegin(); it != extracted.credits.cend(); ++it)
        credits.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{
        {QStringLiteral("input"), input},
        {QStringLiteral("format"), format},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("dek"), article.dek},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("dateline"), article.dateline},
        {QStringLiteral("agency"), article.agency},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("site_name"), extracted.siteName},
        {QStringLiteral("published"), timeOrNull(article.publishedAt)},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("url"), article.url},
        {QStringLiteral("canonical_url"), article.canonicalUrl},
        {QStringLiteral("guid"), extracted.guid},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("url"), article.imageUrl},
                                              {QStringLiteral("caption"), article.imageCaption},
                                              {QStringLiteral("credit"), article.imageCredit}}},
        {QStringLiteral("credits"), credits},
        {QStringLiteral("word_count"), article.wordCount},
        {QStringLiteral("body_text"), article.bodyText},
        {QStringLiteral("body_html"), article.bodyHtml},
        {QStringLiteral("comments"), commentsToJson(extracted.comments)},
        {QStringLiteral("issues"), QJsonArray::fromStringList(sourceIssues + extracted.issues)},
    };
}

} // namespace

int runExtract(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("recursive"), CliContext::tr("Read folders with their subfolders.")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("extract"), CliContext::tr("FILE|FOLDER..."),
            CliContext::tr("Extract articles from pages, text files and feeds without touching a library. "
                           "With --json, prints one JSON object per article, one per line."),
            arguments, &code))
        return code;
    if (cli.positional().isEmpty())
        return cli.usage(CliContext::tr("extract needs at least one file or folder."));
    QStringList inputs;
    for (const QString &argument : cli.positional()) {
        if (QFileInfo(argument).isDir())
            inputs << ImportFormats::filesIn(argument, cli.parser().isSet(QStringLiteral("recursive")));
        else
            inputs << argument;
    }
    int failures = 0;
    for (const QString &input : std::as_const(inputs)) {
        const QUrl url(input, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        auto source = web ? UrlFetcher::fetchBlocking(url) : ImportFormats::loadFile(input);
        auto outcome = source ? ImportFormats::read(*source) : Result<ImportOutcome>(source.error());
        if (!outcome) {
            ++failures;
            if (cli.json())
                cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("input"), input},
                                                       {QStringLiteral("error"), outcome.errorString()}})
                                 .toJson(QJsonDocument::Compact)
                          << '\n';
            else
                cli.out() << CliContext::tr("%1: %2").arg(input, outcome.errorString()) << '\n';
            continue;
        }
        for (const ExtractedArticle &extracted : std::as_const(outcome->articles)) {
            if (cli.json()) {
                cli.out() << QJsonDocument(
                                 extractedToJson(input, outcome->format, extracted, outcome->issues))
                                 .toJson(QJsonDocument::Compact)
                          << '\n';
                continue;
            }
            const Article &article = extracted.article;
            cli.out() << CliContext::tr(
                             "%1 (%2)\n  Title: %3\n  Byline: %4\n  Dateline: %5  Agency: %6  Source: %7\n"
                             "  Published: %8  Language: %9\n")
                             .arg(input, outcome->format, article.title, article.byline, article.dateline,
                                  article.agency, article.source, article.publishedAt.toString(Qt::ISODate),
                                  article.language)
                      << QStringLiteral("  ")
                      << CliContext::tr("%n word(s)", nullptr, article.wordCount) << QStringLiteral(", ")
                      << CliContext::tr("%n comment(s)", nullptr, int(extracted.comments.size()))
                      << '\n';
        }
        for (const QUrl &followUp : std::as_const(outcome->followUps))
            if (!cli.json())
                cli.out() << CliContext::tr("  lists %1").arg(followUp.toString()) << '\n';
    }
    cli.out().flush();
    return failures == inputs.size() && !inputs.isEmpty() ? ExitFailure : ExitOk;
}

int runImport(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("recursive"), CliContext::tr("Read folders with their subfolders.")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("import"), CliContext::tr("PATH|URL..."),
            CliContext::tr("Import pages, text files, feeds, OPML lists, folders and URLs into the library. "
                           "Duplicates are skipped; another site's copy of a story is linked to it. With "
                           "--json, prints one JSON object per input, one per line."),
            arguments, &code))
        return code;
    if (cli.positional().isEmpty())
        return cli.usage(CliContext::tr("import needs at least one file, folder or URL."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    QList<ImportInput> inputs;
    for (const QString &argument : cli.positional()) {
        const QUrl url(argument, QUrl::StrictMode);
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            inputs << ImportInput::fromUrl(url);
        else
            inputs << ImportInput::file(argument);
    }
    ImportJob::Options options;
    options.recursive = cli.parser().isSet(QStringLiteral("recursive"));
    ImportJob job(library->path(), inputs, options);
    const bool terminal = isatty(fileno(stderr)) != 0;
    QTextStream err(stderr);
    if (terminal)
        QObject::connect(&job, &ImportJob::progress, &job,
                         [&err](int done, int total, double rate, int left) {
                             err << '\r'
                                 << CliContext::tr("%1 of %2 (%3/s, %4 s left)")
                                        .arg(done)
                                        .arg(total)
                                        .arg(rate, 0, 'f', 0)
                                        .arg(left)
                                 << "   ";
                             err.flush();
                         });
    QObject::connect(&job, &ImportJob::entryFinished, &job, [&cli](const ImportReportEntry &entry) {
        if (cli.json()) {
            QJsonArray articles;
            for (const ImportedItem &item : entry.items) {
                QJsonObject object{{QStringLiteral("title"), item.title}};
                switch (item.kind) {
                case ImportedItem::Kind::Imported:
                    object.insert(QStringLiteral("imported"), item.articleId);
                    break;
                case ImportedItem::Kind::Duplicate:
                    object.insert(QStringLiteral("duplicate_of"), item.articleId);
                    break;
                case ImportedItem::Kind::Copy:
                    object.insert(QStringLiteral("imported"), item.articleId);
                    object.insert(QStringLiteral("copy_of"), item.relatedId);
                    break;
                }
                articles.append(object);
            }
            QJsonObject line{{QStringLiteral("input"), entry.input},
                             {QStringLiteral("format"), entry.format},
                             {QStringLiteral("articles"), articles},
                             {QStringLiteral("issues"), QJsonArray::fromStringList(entry.issues)}};
            if (entry.bundle)
                line.insert(QStringLiteral("bundle"), QJsonObject{{QStringLiteral("id"), entry.bundle->id},
                                                                  {QStringLiteral("name"), entry.bundle->name},
                                                                  {QStringLiteral("added"), entry.bundle->added},
                                                                  {QStringLiteral("renamed"), entry.bundle->renamed}});
            if (entry.outcome == ImportReportEntry::Outcome::Failed ||
                entry.outcome == ImportReportEntry::Outcome::Cancelled)
                line.insert(QStringLiteral("failed"), entry.message);
            cli.out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else if (entry.outcome != ImportReportEntry::Outcome::Imported || !entry.issues.isEmpty()
                   || (entry.bundle && entry.bundle->added)) {
            cli.out() << CliContext::tr("%1: %2").arg(entry.input, ImportText::outcome(entry)) << '\n';
        }
        cli.out().flush();
    });
    const ImportReport report = job.run();
    if (terminal)
        err << '\n';
    if (!cli.json())
        cli.out() << ImportText::summary(report) << '\n';
    cli.out().flush();
    const bool nothingWorked = report.failed > 0 && report.articlesImported == 0 && report.duplicates == 0;
    return nothingWorked ? ExitFailure : ExitOk;
}

} // namespace Newsdesk
