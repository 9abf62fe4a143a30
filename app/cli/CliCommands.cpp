#include "CliCommands.h"

#include "CliContext.h"
#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/TopicRepository.h"
#include "library/Library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Newsdesk {

namespace {

using Cli = CliContext; // short name for handler signatures; tr() is spelled out for lupdate

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

/// The snippet's hit markers (\x02 … \x03) as brackets for a terminal and for scripts.
QString markedSnippet(QString snippet)
{
    return snippet.replace(QChar(0x02), QLatin1Char('[')).replace(QChar(0x03), QLatin1Char(']'));
}

QJsonObject rowToJson(const ArticleRow &row)
{
    QJsonObject object{{QStringLiteral("id"), row.id},
                       {QStringLiteral("title"), row.title},
                       {QStringLiteral("source"), row.source},
                       {QStringLiteral("published"), timeOrNull(row.publishedAt)},
                       {QStringLiteral("status"), ArticleText::statusKey(row.status)},
                       {QStringLiteral("topics"),
                        QJsonArray::fromStringList(
                            row.topics.isEmpty() ? QStringList() : row.topics.split(QStringLiteral(", ")))},
                       {QStringLiteral("comments"), row.commentCount},
                       {QStringLiteral("pendingComments"), row.pendingComments}};
    if (!row.snippet.isEmpty())
        object.insert(QStringLiteral("snippet"), markedSnippet(row.snippet));
    return object;
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object{{QStringLiteral("id"), article.id}};
    for (ArticleField field : ArticleText::allFields()) {
        const QString key = ArticleText::fieldKey(field);
        switch (field) {
        case ArticleField::PublishedAt:
            object.insert(key, timeOrNull(article.publishedAt));
            break;
        case ArticleField::Status:
            object.insert(key, ArticleText::statusKey(article.status));
            break;
        default:
            object.insert(key, article.field(field).toString());
            break;
        }
    }
    object.insert(QStringLiteral("body_html"), article.bodyHtml);
    object.insert(QStringLiteral("imported"), timeOrNull(article.importedAt));
    object.insert(QStringLiteral("word_count"), article.wordCount);
    object.insert(QStringLiteral("content_hash"), article.contentHash);
    object.insert(QStringLiteral("trashed"), timeOrNull(article.trashedAt));
    return object;
}

QString rowsAsText(const QList<ArticleRow> &rows)
{
    QString text;
    for (const ArticleRow &row : rows) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(row.id)
                    .arg(ArticleText::statusKey(row.status), row.publishedAt.date().toString(Qt::ISODate),
                         row.source, row.title);
        if (!row.snippet.isEmpty())
            text += QStringLiteral("\t%1\n").arg(markedSnippet(row.snippet));
    }
    return text;
}

int runInfo(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("info"), QString(),
                   CliContext::tr("Show the library's path, schema version and counts."), arguments, &code))
        return code;
    if (!cli.positional().isEmpty())
        return cli.usage(CliContext::tr("info takes no arguments."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto counts = library->articles().counts();
    if (!counts)
        return cli.fail(counts.error());
    const auto comments = library->comments().count();
    const auto pending = library->comments().count(CommentStatus::Pending);
    if (!comments || !pending)
        return cli.fail(!comments ? comments.error() : pending.error());

    QJsonObject byStatus;
    QString statusText;
    for (ArticleStatus status : ArticleText::allStatuses()) {
        const int n = counts->byStatus.value(status);
        byStatus.insert(ArticleText::statusKey(status), n);
        statusText += QStringLiteral("  %1: %2\n").arg(ArticleText::statusLabel(status)).arg(n);
    }
    const QJsonObject json{{QStringLiteral("library"), library->path()},
                           {QStringLiteral("schemaVersion"), library->schemaVersion()},
                           {QStringLiteral("articles"), counts->total},
                           {QStringLiteral("byStatus"), byStatus},
                           {QStringLiteral("trash"), counts->trashed},
                           {QStringLiteral("comments"), *comments},
                           {QStringLiteral("pendingComments"), *pending}};
    cli.print(json, CliContext::tr("Library: %1\nSchema version: %2\nArticles: %3\n%4In the trash: %5\n"
                                   "Comments: %6 (%7 pending)\n")
                        .arg(library->path())
                        .arg(library->schemaVersion())
                        .arg(counts->total)
                        .arg(statusText)
                        .arg(counts->trashed)
                        .arg(*comments)
                        .arg(*pending));
    return ExitOk;
}

int runList(Cli &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("status"),
                            CliContext::tr("Only articles with this status: new, reviewed, "
                                           "selected or rejected."),
                            CliContext::tr("status")});
    cli.parser().addOption({QStringLiteral("limit"),
                            CliContext::tr("List at most <n> articles (default 100)."), CliContext::tr("n"),
                            QStringLiteral("100")});
    cli.parser().addOption({QStringLiteral("trash"), CliContext::tr("List the trash instead.")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("list"), QString(), CliContext::tr("List articles, newest first."),
                   arguments, &code))
        return code;
    if (!cli.positional().isEmpty())
        return cli.usage(CliContext::tr("list takes no arguments; use search to find articles."));
    ArticleQuery query;
    query.trash = cli.parser().isSet(QStringLiteral("trash"));
    if (cli.parser().isSet(QStringLiteral("status"))) {
        query.status = ArticleText::statusFromKey(cli.parser().value(QStringLiteral("status")));
        if (!query.status)
            return cli.usage(CliContext::tr("“%1” is not a status; use new, reviewed, selected or rejected.")
                                 .arg(cli.parser().value(QStringLiteral("status"))));
    }
    bool ok = false;
    const int limit = cli.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.usage(CliContext::tr("--limit needs a positive number."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto rows = library->articles().page(query, std::nullopt, limit);
    const auto total = library->articles().count(query);
    if (!rows || !total)
        return cli.fail(!rows ? rows.error() : total.error());
    QJsonArray articles;
    for (const ArticleRow &row : *rows)
        articles.append(rowToJson(row));
    cli.print(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("articles"), articles}},
              rowsAsText(*rows));
    return ExitOk;
}

int runShow(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("show"), CliContext::tr("ID"),
                   CliContext::tr("Show one article with all its fields."), arguments, &code))
        return code;
    QList<qint64> ids;
    if (!parseIds(cli, cli.positional(), &ids, &code))
        return code;
    if (ids.size() != 1)
        return cli.usage(CliContext::tr("show takes one article id."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto article = library->articles().find(ids.first());
    if (!article)
        return cli.fail(article.error());
    QString text;
    for (ArticleField field : ArticleText::allFields()) {
        if (field == ArticleField::Body)
            continue;
        QString value = field == ArticleField::Status        ? ArticleText::statusLabel(article->status)
                        : field == ArticleField::PublishedAt ? isoTime(article->publishedAt)
                                                             : article->field(field).toString();
        if (!value.isEmpty())
            text += QStringLiteral("%1: %2\n").arg(ArticleText::fieldLabel(field), value);
    }
    text += CliContext::tr("Words: %1\n").arg(article->wordCount);
    if (article->trashedAt.isValid())
        text += CliContext::tr("In the trash since %1\n").arg(isoTime(article->trashedAt));
    // Its topics, and how each came: the curator, a rule or an accepted suggestion.
    const auto links = library->topics().topicsOf(article->id);
    if (!links)
        return cli.fail(links.error());
    QJsonArray topics;
    QStringList topicNames;
    for (const ArticleTopic &link : *links) {
        const auto topic = library->topics().find(link.topicId);
        const QString name = topic ? topic->name : QString::number(link.topicId);
        topics.append(QJsonObject{{QStringLiteral("id"), link.topicId},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("origin"), TopicRepository::originKey(link.origin)},
                                  {QStringLiteral("confidence"), link.confidence}});
        topicNames << (link.origin == TagOrigin::Manual
                           ? name
                           : QStringLiteral("%1 (%2)").arg(name, TopicRepository::originKey(link.origin)));
    }
    if (!topicNames.isEmpty())
        text += CliContext::tr("Topics: %1\n").arg(topicNames.join(QStringLiteral(", ")));
    text += QLatin1Char('\n') + article->bodyText + QLatin1Char('\n');
    QJsonObject json = articleToJson(*article);
    json.insert(QStringLiteral("topics"), topics);
    cli.print(json, text);
    return ExitOk;
}

int runSearch(Cli &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("limit"), CliContext::tr("Show at most <n> results (default 20)."),
                            CliContext::tr("n"), QStringLiteral("20")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("search"), CliContext::tr("QUERY"),
                   CliContext::tr(
                       "Full-text search over title, dek, byline and body, best match first. Words must all "
                       "match; \"quoted phrases\", OR and NOT work."),
                   arguments, &code))
        return code;
    const QString text = cli.positional().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return cli.usage(CliContext::tr("search needs a query."));
    bool ok = false;
    const int limit = cli.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.usage(CliContext::tr("--limit needs a positive number."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    ArticleQuery query;
    query.search = text + QLatin1Char(' '); // whole words from a script, no prefix match on the last one
    query.sort = ArticleSortKey::Relevance;
    query.order = Qt::AscendingOrder;
    const auto rows = library->articles().page(query, std::nullopt, limit);
    const auto total = library->articles().count(query);
    if (!rows || !total)
        return cli.fail(!rows ? rows.error() : total.error());
    QJsonArray results;
    for (const ArticleRow &row : *rows)
        results.append(rowToJson(row));
    cli.print(QJsonObject{{QStringLiteral("query"), text},
                          {QStringLiteral("total"), *total},
                          {QStringLiteral("results"), results}},
              rowsAsText(*rows));
    return ExitOk;
}

/// Applies one field edit per (field, value) pair to one article, all in one transaction.
int applyEdits(Cli &cli, qint64 id, const QList<std::pair<ArticleField, QString>> &edits)
{
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const Status status = library->transaction([&]() -> Status {
        for (const auto &[field, value] : edits)
            if (Status changed = library->articles().setField(id, field, value); !changed)
                return changed;
        return {};
    });
    if (!status)
        return cli.fail(status.error());
    const auto article = library->articles().find(id);
    if (!article)
        return cli.fail(article.error());
    QStringList changed;
    for (const auto &edit : edits)
        changed << ArticleText::fieldKey(edit.first);
    cli.print(articleToJson(*article),
              CliContext::tr("Article %1: changed %2.").arg(id).arg(changed.join(QStringLiteral(", "))));
    return ExitOk;
}

int runSetStatus(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("set-status"), CliContext::tr("ID STATUS"),
                   CliContext::tr("Set an article's status: new, reviewed, selected or rejected."), arguments,
                   &code))
        return code;
    const QStringList args = cli.positional();
    if (args.size() != 2)
        return cli.usage(CliContext::tr("set-status takes an article id and a status."));
    QList<qint64> ids;
    if (!parseIds(cli, {args.first()}, &ids, &code))
        return code;
    if (!ArticleText::statusFromKey(args.at(1)))
        return cli.usage(
            CliContext::tr("“%1” is not a status; use new, reviewed, selected or rejected.").arg(args.at(1)));
    return applyEdits(cli, ids.first(), {{ArticleField::Status, args.at(1)}});
}

int runNote(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("note"), CliContext::tr("ID TEXT"),
                   CliContext::tr("Set the curator note of an article (an empty TEXT clears it)."), arguments,
                   &code))
        return code;
    const QStringList args = cli.positional();
    if (args.size() < 2)
        return cli.usage(CliContext::tr("note takes an article id and the note's text."));
    QList<qint64> ids;
    if (!parseIds(cli, {args.first()}, &ids, &code))
        return code;
    return applyEdits(cli, ids.first(), {{ArticleField::Note, args.mid(1).join(QLatin1Char(' '))}});
}

int runEdit(Cli &cli, const QStringList &arguments)
{
    QStringList keys;
    for (ArticleField field : ArticleText::allFields())
        keys << ArticleText::fieldKey(field);
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("edit"), CliContext::tr("ID FIELD=VALUE..."),
                   CliContext::tr("Change fields of an article in one step. Fields: %1. Dates are ISO 8601.")
                       .arg(keys.join(QStringLiteral(", "))),
                   arguments, &code))
        return code;
    const QStringList args = cli.positional();
    if (args.size() < 2)
        return cli.usage(CliContext::tr("edit takes an article id and at least one FIELD=VALUE."));
    QList<qint64> ids;
    if (!parseIds(cli, {args.first()}, &ids, &code))
        return code;
    QList<std::pair<ArticleField, QString>> edits;
    for (const QString &assignment : args.mid(1)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const auto field =
            equals > 0 ? ArticleText::fieldFromKey(QStringView(assignment).left(equals)) : std::nullopt;
        if (!field)
            return cli.usage(CliContext::tr("“%1” is not FIELD=VALUE with a field among: %2.")
                                 .arg(assignment, keys.join(QStringLiteral(", "))));
        edits.append({*field, assignment.mid(equals + 1)});
    }
    return applyEdits(cli, ids.first(), edits);
}

int runTrashCommand(Cli &cli, const QStringList &arguments, bool restore)
{
    const QString name = restore ? QStringLiteral("restore") : QStringLiteral("delete");
    int code = ExitOk;
    if (!cli.parse(name, CliContext::tr("ID..."),
                   restore ? CliContext::tr("Bring articles back from the trash.")
                           : CliContext::tr("Move articles to the trash; restore brings them back."),
                   arguments, &code))
        return code;
    QList<qint64> ids;
    if (!parseIds(cli, cli.positional(), &ids, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    for (qint64 id : ids) {
        const auto article = library->articles().find(id);
        if (!article)
            return cli.fail(article.error());
        if (article->trashedAt.isValid() != restore)
            return cli.fail(restore ? CliContext::tr("Article %1 is not in the trash.").arg(id)
                                    : CliContext::tr("Article %1 is already in the trash.").arg(id));
    }
    const Status status = restore ? library->articles().restore(ids) : library->articles().moveToTrash(ids);
    if (!status)
        return cli.fail(status.error());
    QJsonArray idList;
    for (qint64 id : ids)
        idList.append(id);
    cli.print(QJsonObject{{restore ? QStringLiteral("restored") : QStringLiteral("trashed"), idList}},
              restore ? CliContext::tr("Restored %n article(s).", nullptr, int(ids.size()))
                      : CliContext::tr("Moved %n article(s) to the trash.", nullptr, int(ids.size())));
    return ExitOk;
}

int runDelete(Cli &cli, const QStringList &arguments)
{
    return runTrashCommand(cli, arguments, false);
}

int runRestore(Cli &cli, const QStringList &arguments)
{
    return runTrashCommand(cli, arguments, true);
}

int runEmptyTrash(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("empty-trash"), QString(),
                   CliContext::tr("Delete the articles in the trash for good, with their comments and tags."),
                   arguments, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto purged = library->articles().emptyTrash();
    if (!purged)
        return cli.fail(purged.error());
    cli.print(QJsonObject{{QStringLiteral("purged"), *purged}},
              CliContext::tr("Deleted %n article(s) for good.", nullptr, *purged));
    return ExitOk;
}

int runLoadSamples(Cli &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("load-samples"), QString(),
                   CliContext::tr("Add the fictional sample articles and comments to the library."),
                   arguments, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto added = SampleLibrary::load(*library);
    if (!added)
        return cli.fail(added.error());
    cli.print(QJsonObject{{QStringLiteral("added"), *added}},
              CliContext::tr("Added %n sample article(s).", nullptr, *added));
    return ExitOk;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {"info", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Library path, schema version and counts"), runInfo},
        {"list", QT_TRANSLATE_NOOP("Newsdesk::Cli", "List articles [--status S] [--limit N] [--trash]"),
         runList},
        {"show", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Show one article"), runShow},
        {"search", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Full-text search, best match first"), runSearch},
        {"set-status", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Set an article's status"), runSetStatus},
        {"note", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Set an article's curator note"), runNote},
        {"edit", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Change fields of an article"), runEdit},
        {"delete", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Move articles to the trash"), runDelete},
        {"restore", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Bring articles back from the trash"), runRestore},
        {"empty-trash", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Delete the trash for good"), runEmptyTrash},
        {"load-samples", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Add the sample articles"), runLoadSamples},
        {"import", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Import files, folders, feeds and URLs"), runImport},
        {"topics", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Show, change, export or import the topic tree"),
         runTopics},
        {"tag", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Tag an article with topics"), runTag},
        {"untag", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Remove topics from an article"), runUntag},
        {"rules", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Apply the topics' rules [--dry-run]"), runRules},
        {"suggest", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Suggest topics learned from the library's tags"),
         runSuggest},
        {"comments", QT_TRANSLATE_NOOP("Newsdesk::Cli", "List, triage or import reader comments"), runComments},
        {"moderate", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Approve, reject or mark comments as spam"), runModerate},
        {"moderation", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Show or change moderation settings, print the log"),
         runModeration},
        {"bundle", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Make and change curated bundles"), runBundle},
        {"export", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Export a bundle as HTML, JSON, Atom, RSS or PDF"),
         runExport},
        {"extract", QT_TRANSLATE_NOOP("Newsdesk::Cli", "Extract articles from files, without a library"),
         runExtract},
    };
    return commands;
}

} // namespace Newsdesk
