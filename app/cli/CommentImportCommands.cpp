#include "CliCommands.h"
#include "CliContext.h"
#include "core/Sentences.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "moderation/CommentFormats.h"
#include "moderation/CommentImport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Newsdesk {

namespace {

QJsonObject reportToJson(const CommentImportReport &report)
{
    QJsonArray reasons;
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
        reasons.append(
            QJsonObject{{QStringLiteral("reason"), it.key()}, {QStringLiteral("count"), it.value()}});
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("format"), report.format},
                       {QStringLiteral("added"), report.added},
                       {QStringLiteral("already_there"), report.alreadyThere},
                       {QStringLiteral("skipped"), report.skippedCount()},
                       {QStringLiteral("skipped_reasons"), reasons},
                       {QStringLiteral("issues"), QJsonArray::fromStringList(report.issues)}};
}

QString reportToText(const CommentImportReport &report)
{
    QString text = CliContext::tr("%1: %2, %3 added, %4 already there, %5 skipped\n")
                       .arg(report.file, report.format)
                       .arg(report.added)
                       .arg(report.alreadyThere)
                       .arg(report.skippedCount());
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
        text += CliContext::tr("  skipped %1: %2\n").arg(it.value()).arg(it.key());
    for (const QString &issue : report.issues)
        text += CliContext::tr("  issue: %1\n").arg(issue);
    return text;
}

} // namespace

int runCommentsImport(CliContext &cli, const QStringList &arguments)
{
    const QString formats = CommentFormats::keys().join(QLatin1Char('|'));
    cli.parser().addOption({QStringLiteral("article"),
                            CliContext::tr("Attach comments whose file names no article (the YouTube Spam "
                                           "Collection, a CSV without article_url or article_id) to the "
                                           "article with this id."),
                            CliContext::tr("id")});
    cli.parser().addOption(
        {QStringLiteral("format"),
         CliContext::tr("Read the files as %1 instead of recognising the format from their content.")
             .arg(formats),
         CliContext::tr("format")});
    cli.parser().addOption({QStringLiteral("labels-as-status"),
                            CliContext::tr("Take spam labels (the YouTube Spam Collection's CLASS) as "
                                           "moderation statuses: 1 spam, 0 approved. Without it they are "
                                           "ignored and the comments are pending.")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("comments import"), CliContext::tr("FILE..."),
            CliContext::tr("Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON "
                           "files. Each comment goes to its article in the library (by address or id); "
                           "comments of articles the library does not have are skipped. Importing a "
                           "file again adds nothing. Exits with 1 when a file could not be imported."),
            arguments, &code))
        return code;
    const QStringList files = cli.positional();
    if (files.isEmpty())
        return cli.usage(CliContext::tr("comments import needs at least one file."));

    CommentImportOptions options;
    if (cli.parser().isSet(QStringLiteral("article"))) {
        bool ok = false;
        options.articleId = cli.parser().value(QStringLiteral("article")).toLongLong(&ok);
        if (!ok || options.articleId <= 0)
            return cli.usage(CliContext::tr("“%1” is not an article id.")
                                 .arg(cli.parser().value(QStringLiteral("article"))));
    }
    options.format = cli.parser().value(QStringLiteral("format")).toLower();
    if (!options.format.isEmpty() && !CommentFormats::reader(options.format))
        return cli.usage(
            CliContext::tr("“%1” is not a comment format; use %2.").arg(options.format, formats));
    options.labelsAsStatus = cli.parser().isSet(QStringLiteral("labels-as-status"));

    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    if (options.articleId > 0)
        if (const auto article = library->articles().find(options.articleId); !article)
            return cli.fail(article.error());

    CommentImport import(*library);
    QTextStream err(stderr);
    QJsonArray reports;
    QString text;
    int added = 0;
    int alreadyThere = 0;
    int skipped = 0;
    int failed = 0;
    for (const QString &path : files) {
        const auto report = import.importFile(path, options);
        if (!report) {
            ++failed;
            reports.append(
                QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), report.errorString()}});
            // The message names the file; stderr, as for every failure, so the report stays the successes.
            err << CliContext::tr("newsdesk-cli: %1").arg(report.errorString()) << '\n';
            continue;
        }
        added += report->added;
        alreadyThere += report->alreadyThere;
        skipped += report->skippedCount();
        reports.append(reportToJson(*report));
        text += reportToText(*report);
    }
    err.flush();
    if (files.size() > 1)
        text += Sentences::joined({CliContext::tr("In all: %n comment(s) added.", nullptr, added),
                                   //: Follows "In all: %n comment(s) added."; %n counts comments.
                                   CliContext::tr("%n already there.", nullptr, alreadyThere),
                                   //: Follows "In all: %n comment(s) added."; %n counts comments.
                                   CliContext::tr("%n skipped.", nullptr, skipped),
                                   CliContext::tr("%n file(s) failed.", nullptr, failed)})
                + QLatin1Char('\n');
    cli.print(QJsonObject{{QStringLiteral("files"), reports},
                          {QStringLiteral("added"), added},
                          {QStringLiteral("already_there"), alreadyThere},
                          {QStringLiteral("skipped"), skipped},
                          {QStringLiteral("failed"), failed}},
              text);
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace Newsdesk
