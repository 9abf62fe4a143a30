#include "CliCommands.h"
#include "CliContext.h"
#include "core/Sentences.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "moderation/ModerationLog.h"
#include "moderation/ModerationSettings.h"
#include "moderation/Triage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Newsdesk {

namespace {

/// What triage did to comments of one status, as a whole sentence: a lower-cased status label after a
/// number cannot take the form other languages need.
QString appliedSentence(CommentStatus status, int count)
{
    switch (status) {
    case CommentStatus::Approved:
        return CliContext::tr("%n comment(s) approved.", nullptr, count);
    case CommentStatus::Spam:
        return CliContext::tr("%n comment(s) marked as spam.", nullptr, count);
    case CommentStatus::Rejected:
        return CliContext::tr("%n comment(s) rejected.", nullptr, count);
    case CommentStatus::Pending:
        return CliContext::tr("%n comment(s) returned to pending.", nullptr, count);
    }
    return {};
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue scoreOrNull(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 2) : QStringLiteral("–");
}

QString oneLine(const QString &text, int length)
{
    const QString simplified = text.simplified();
    return simplified.size() > length ? simplified.left(length - 1) + QChar(0x2026) : simplified;
}

/// The action word of `comments` and `moderation` (see Newsdesk::actionWord). Options that take a value
/// are those of the commands that share the word: comments, comments import, moderation.
QString actionWord(const QStringList &arguments, qsizetype *index)
{
    static const QStringList withValue{QStringLiteral("--library"), QStringLiteral("--status"),
                                       QStringLiteral("--article"), QStringLiteral("--author"),
                                       QStringLiteral("--limit"),   QStringLiteral("--format"),
                                       QStringLiteral("--comment"), QStringLiteral("--reason"),
                                       QStringLiteral("--email"),   QStringLiteral("--parent")};
    return Newsdesk::actionWord(arguments, withValue, index);
}

QStringList without(QStringList arguments, qsizetype index)
{
    arguments.removeAt(index);
    return arguments;
}

QJsonObject commentRowToJson(const CommentRow &row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("articleId"), row.articleId},
                       {QStringLiteral("articleTitle"), row.articleTitle},
                       {QStringLiteral("parentId"), row.parentId ? QJsonValue(row.parentId) : QJsonValue()},
                       {QStringLiteral("author"), row.author},
                       {QStringLiteral("email"), row.authorEmail},
                       {QStringLiteral("ip"), row.authorIp},
                       {QStringLiteral("posted"), timeOrNull(row.postedAt)},
                       {QStringLiteral("status"), commentStatusKey(row.status)},
                       {QStringLiteral("spamScore"), scoreOrNull(row.spamScore)},
                       {QStringLiteral("reason"), row.reason},
                       {QStringLiteral("decidedBy"), row.decidedBy},
                       {QStringLiteral("excerpt"), row.excerpt}};
}

int runCommentsList(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("status"),
         CliContext::tr("Only comments with this status: pending, approved, spam or rejected."),
         CliContext::tr("status")});
    cli.parser().addOption({QStringLiteral("article"), CliContext::tr("Only the comments of this article."),
                            CliContext::tr("id")});
    cli.parser().addOption({QStringLiteral("author"),
                            CliContext::tr("Only comments whose author's name, email or IP address is this."),
                            CliContext::tr("author")});
    cli.parser().addOption({QStringLiteral("limit"),
                            CliContext::tr("List at most <n> comments (default 100)."), CliContext::tr("n"),
                            QStringLiteral("100")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("comments"),
                   CliContext::tr("[triage | import FILE... | add ARTICLE_ID TEXT]"),
                   CliContext::tr("List reader comments, newest first. `comments triage` proposes moderation "
                                  "decisions for the pending ones; `comments import` reads comment files."),
                   arguments, &code))
        return code;
    if (!cli.positional().isEmpty())
        return cli.usage(CliContext::tr("“%1” is not a comments action; use triage, import or add.")
                             .arg(cli.positional().first()));
    CommentQuery query;
    if (cli.parser().isSet(QStringLiteral("status"))) {
        query.status = commentStatusFromKey(cli.parser().value(QStringLiteral("status")));
        if (!query.status)
            return cli.usage(
                CliContext::tr("“%1” is not a comment status; use pending, approved, spam or rejected.")
                    .arg(cli.parser().value(QStringLiteral("status"))));
    }
    if (cli.parser().isSet(QStringLiteral("article"))) {
        bool ok = false;
        query.articleId = cli.parser().value(QStringLiteral("article")).toLongLong(&ok);
        if (!ok || query.articleId <= 0)
            return cli.usage(CliContext::tr("“%1” is not an article id.")
                                 .arg(cli.parser().value(QStringLiteral("article"))));
    }
    query.author = cli.parser().value(QStringLiteral("author")).trimmed();
    bool ok = false;
    const int limit = cli.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.usage(CliContext::tr("--limit needs a positive number."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto rows = library->comments().page(query, std::nullopt, limit);
    const auto total = library->comments().count(query);
    if (!rows || !total)
        return cli.fail(!rows ? rows.error() : total.error());
    QJsonArray comments;
    QString text;
    for (const CommentRow &row : *rows) {
        comments.append(commentRowToJson(row));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(row.id)
                    .arg(commentStatusKey(row.status), scoreText(row.spamScore),
                         row.author.isEmpty() ? row.authorEmail : row.author, oneLine(row.excerpt, 70));
    }
    text += Sentences::joined({CliContext::tr("%n comment(s) in all.", nullptr, int(*total)),
                               //: Follows "%n comment(s) in all."; %n counts the comments listed.
                               CliContext::tr("%n shown.", nullptr, int(rows->size()))});
    cli.print(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("comments"), comments}}, text);
    return ExitOk;
}

int runCommentsTriage(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("apply"),
         CliContext::tr("Make the proposed decisions (and store the scores), in one step.")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("comments triage"), CliContext::tr("[--apply]"),
                   CliContext::tr(
                       "Propose a status for every pending comment, with the spam filter's score and the "
                       "reason: the moderation rules (see `moderation config`), and a spam filter trained on "
                       "the library's approved and spam comments. A disallowed key makes spam; then a score "
                       "at or above spam_threshold; then moderation keys, links, floods, shouting and "
                       "duplicates keep a comment pending; a known author is approved. Nothing changes "
                       "without --apply."),
                   arguments, &code))
        return code;
    if (cli.positional() != QStringList{QStringLiteral("triage")})
        return cli.usage(CliContext::tr("comments triage takes no arguments besides --apply."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto settings = ModerationSettings::load(*library);
    if (!settings)
        return cli.fail(settings.error());
    auto run = Triage::run(*library);
    if (!run)
        return cli.fail(run.error());
    QJsonArray list;
    QMap<QString, int> proposed;
    QString text;
    for (qsizetype i = 0; i < run->proposals.size(); ++i) {
        const TriageProposal &proposal = run->proposals.at(i);
        const Comment *comment = i < run->comments.size() ? &run->comments.at(i) : nullptr;
        QJsonArray rules;
        for (const RuleMatch &match : proposal.matches)
            rules.append(ModerationRules::ruleKey(match.rule));
        const QString status = commentStatusKey(proposal.proposed);
        ++proposed[status];
        list.append(QJsonObject{
            {QStringLiteral("id"), proposal.commentId},
            {QStringLiteral("externalId"), comment ? comment->externalId : QString()},
            {QStringLiteral("articleId"), comment ? comment->articleId : 0},
            {QStringLiteral("author"), comment ? comment->author : QString()},
            {QStringLiteral("status"), commentStatusKey(proposal.current)},
            {QStringLiteral("proposed"), status},
            {QStringLiteral("score"), scoreOrNull(proposal.score)},
            {QStringLiteral("decidedBy"),
             proposal.decidedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(proposal.decidedBy)},
            {QStringLiteral("reason"), proposal.reason},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("excerpt"), comment ? oneLine(comment->bodyText, 120) : QString()}});
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(proposal.commentId)
                    .arg(status.leftJustified(8), scoreText(proposal.score), proposal.reason);
    }

    QJsonObject counts;
    for (auto it = proposed.cbegin(); it != proposed.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("trained"), run->filterTrained},
                                               {QStringLiteral("hamExamples"), run->hamExamples},
                                               {QStringLiteral("spamExamples"), run->spamExamples},
                                               {QStringLiteral("message"), run->filterMessage}}},
        {QStringLiteral("spamThreshold"), settings->spamThreshold},
        {QStringLiteral("pending"), int(run->proposals.size())},
        {QStringLiteral("proposed"), counts},
        {QStringLiteral("comments"), list}};
    text +=
        run->filterTrained
            ? Sentences::joined(
                  {CliContext::tr("%n pending comment(s).", nullptr, int(run->proposals.size())),
                   CliContext::tr("The spam filter learned from %n approved comment(s).", nullptr, run->hamExamples),
                   //: Follows "The spam filter learned from %n approved comment(s)."
                   CliContext::tr("It also learned from %n spam comment(s).", nullptr, run->spamExamples),
                   //: The spam threshold: comments that score %1 or more count as spam.
                   CliContext::tr("Spam from a score of %1.").arg(QString::number(settings->spamThreshold, 'f', 2))})
            : CliContext::tr("%n pending comment(s); rules only: %1", nullptr, int(run->proposals.size()))
                  .arg(run->filterMessage);
    text += QLatin1Char('\n');

    if (cli.parser().isSet(QStringLiteral("apply"))) {
        const auto changes = Triage::apply(*library, run->proposals);
        if (!changes)
            return cli.fail(changes.error());
        QMap<QString, int> applied;
        for (const CommentStatusChange &change : *changes)
            ++applied[commentStatusKey(change.to)];
        QJsonObject appliedJson;
        QStringList appliedText;
        for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
            appliedJson.insert(it.key(), it.value());
            appliedText << appliedSentence(*commentStatusFromKey(it.key()), it.value());
        }
        json.insert(QStringLiteral("applied"), appliedJson);
        text += changes->isEmpty() ? CliContext::tr("Nothing to change.") : Sentences::joined(appliedText);
    } else {
        text += CliContext::tr("Nothing changed; run with --apply to make these decisions.");
    }
    cli.print(json, text);
    return ExitOk;
}

/// The status a `moderate` action word asks for.
std::optional<CommentStatus> moderationAction(const QString &word)
{
    const QString action = word.toLower();
    if (action == u"approve" || action == u"approved")
        return CommentStatus::Approved;
    if (action == u"reject" || action == u"rejected")
        return CommentStatus::Rejected;
    if (action == u"unapprove")
        return CommentStatus::Pending;
    return commentStatusFromKey(action); // pending, spam
}

QString logEntryText(const ModerationLogEntry &entry)
{
    return QStringLiteral("%1\t%2\t%3\t%4 → %5\t%6\n")
        .arg(entry.at.toUTC().toString(Qt::ISODate))
        .arg(entry.commentId)
        .arg(entry.actor, entry.from ? commentStatusKey(*entry.from) : QStringLiteral("–"),
             commentStatusKey(entry.to), entry.reason);
}

int runModerationConfig(CliContext &cli, const QStringList &arguments)
{
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("moderation config"), CliContext::tr("[KEY=VALUE...]"),
            CliContext::tr("Show the library's moderation settings, or change them: all the given "
                           "KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take "
                           "their keys one per line or separated by commas; on/off settings take on or "
                           "off; shares take a number from 0 to 1.")
                .arg(ModerationSettings::keys().join(QStringLiteral(", "))),
            arguments, &code))
        return code;
    const QStringList assignments = cli.positional().mid(1);
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto settings = ModerationSettings::load(*library);
    if (!settings)
        return cli.fail(settings.error());
    static const QStringList listKeys{QStringLiteral("moderation_keys"), QStringLiteral("disallowed_keys")};
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return cli.usage(CliContext::tr("“%1” is not KEY=VALUE; the keys are: %2.")
                                 .arg(assignment, ModerationSettings::keys().join(QStringLiteral(", "))));
        const QString key = assignment.left(equals).trimmed();
        QString value = assignment.mid(equals + 1);
        if (listKeys.contains(key) && !value.contains(QLatin1Char('\n')))
            value.replace(QLatin1Char(','), QLatin1Char('\n'));
        if (Status set = settings->setValue(key, value); !set)
            return cli.usage(set.errorString());
    }
    if (!assignments.isEmpty())
        if (Status saved = settings->save(*library); !saved)
            return cli.fail(saved.error());

    QJsonObject json;
    QString text;
    for (const QString &key : ModerationSettings::keys()) {
        const QString value = settings->value(key);
        if (listKeys.contains(key)) {
            const QStringList keys = value.isEmpty() ? QStringList() : value.split(QLatin1Char('\n'));
            json.insert(key, QJsonArray::fromStringList(keys));
            text += QStringLiteral("%1 = %2\n").arg(key, keys.join(QStringLiteral(", ")));
            continue;
        }
        bool number = false;
        const double numeric = value.toDouble(&number);
        if (value == u"on" || value == u"off")
            json.insert(key, value == u"on");
        else if (number)
            json.insert(key, numeric);
        else
            json.insert(key, value);
        text += QStringLiteral("%1 = %2\n").arg(key, value);
    }
    if (!assignments.isEmpty())
        text += CliContext::tr("Saved %n setting(s).", nullptr, int(assignments.size()));
    cli.print(json, text);
    return ExitOk;
}

int runModerationLog(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("csv"), CliContext::tr("Print the log as CSV (RFC 4180, UTF-8).")});
    cli.parser().addOption({QStringLiteral("comment"),
                            CliContext::tr("Only the decisions about this comment."), CliContext::tr("id")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("moderation log"), CliContext::tr("[--json | --csv] [--comment ID]"),
            CliContext::tr("Print the moderation log, oldest first: when, which comment, who (curator, "
                           "rules, filter), from which status to which, and why."),
            arguments, &code))
        return code;
    if (cli.positional().size() != 1)
        return cli.usage(CliContext::tr("moderation log takes no arguments besides its options."));
    if (cli.json() && cli.parser().isSet(QStringLiteral("csv")))
        return cli.usage(CliContext::tr("Give --json or --csv, not both."));
    qint64 commentId = 0;
    if (cli.parser().isSet(QStringLiteral("comment"))) {
        bool ok = false;
        commentId = cli.parser().value(QStringLiteral("comment")).toLongLong(&ok);
        if (!ok || commentId <= 0)
            return cli.usage(CliContext::tr("“%1” is not a comment id.")
                                 .arg(cli.parser().value(QStringLiteral("comment"))));
    }
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto entries = library->comments().log(commentId);
    if (!entries)
        return cli.fail(entries.error());
    if (cli.parser().isSet(QStringLiteral("csv"))) {
        cli.out() << QString::fromUtf8(moderationLogCsv(*entries));
        cli.out().flush();
        return ExitOk;
    }
    QJsonArray list;
    QString text;
    for (const ModerationLogEntry &entry : *entries) {
        list.append(
            QJsonObject{{QStringLiteral("id"), entry.id},
                        {QStringLiteral("commentId"), entry.commentId},
                        {QStringLiteral("at"), timeOrNull(entry.at)},
                        {QStringLiteral("actor"), entry.actor},
                        {QStringLiteral("from"), entry.from ? QJsonValue(commentStatusKey(*entry.from))
                                                            : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("to"), commentStatusKey(entry.to)},
                        {QStringLiteral("reason"), entry.reason}});
        text += logEntryText(entry);
    }
    text += CliContext::tr("%n decision(s)", nullptr, int(entries->size()));
    cli.print(QJsonObject{{QStringLiteral("entries"), list}}, text);
    return ExitOk;
}

/// `comments add`: a comment the curator writes, approved unless --status says otherwise.
int runCommentsAdd(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("author"), CliContext::tr("The comment's author (required)."),
                            CliContext::tr("name")});
    cli.parser().addOption(
        {QStringLiteral("email"), CliContext::tr("The author's email address."), CliContext::tr("email")});
    cli.parser().addOption({QStringLiteral("parent"),
                            CliContext::tr("Answer this comment, which must be on the same article."),
                            CliContext::tr("id")});
    cli.parser().addOption(
        {QStringLiteral("status"),
         CliContext::tr("pending, approved (the default: the curator wrote it), spam or rejected."),
         CliContext::tr("status"), QStringLiteral("approved")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("comments add"), CliContext::tr("ARTICLE_ID --author NAME TEXT"),
                   CliContext::tr("Add a comment written by the curator to an article, or as a reply to one "
                                  "of its comments. Words after the article id are the text."),
                   arguments, &code))
        return code;
    QStringList args = cli.positional();
    if (args.size() < 2)
        return cli.usage(CliContext::tr("comments add takes an article id and the comment's text."));
    bool ok = false;
    const qint64 articleId = args.takeFirst().toLongLong(&ok);
    if (!ok || articleId <= 0)
        return cli.usage(CliContext::tr("“%1” is not an article id.").arg(cli.positional().first()));
    const QString text = args.join(QLatin1Char(' ')).trimmed();
    const QString author = cli.parser().value(QStringLiteral("author")).trimmed();
    if (author.isEmpty())
        return cli.usage(CliContext::tr("comments add needs --author."));
    if (text.isEmpty())
        return cli.usage(CliContext::tr("The comment has no text."));
    const auto status = commentStatusFromKey(cli.parser().value(QStringLiteral("status")));
    if (!status)
        return cli.usage(
            CliContext::tr("“%1” is not a comment status; use pending, approved, spam or rejected.")
                .arg(cli.parser().value(QStringLiteral("status"))));
    qint64 parentId = 0;
    if (cli.parser().isSet(QStringLiteral("parent"))) {
        parentId = cli.parser().value(QStringLiteral("parent")).toLongLong(&ok);
        if (!ok || parentId <= 0)
            return cli.usage(CliContext::tr("“%1” is not a comment id.")
                                 .arg(cli.parser().value(QStringLiteral("parent"))));
    }
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    if (const auto article = library->articles().find(articleId); !article)
        return cli.fail(article.error());
    if (parentId != 0) {
        const auto parent = library->comments().find(parentId);
        if (!parent)
            return cli.fail(parent.error());
        if (parent->articleId != articleId)
            return cli.fail(CliContext::tr("Comment %1 is on article %2, not on article %3.")
                                .arg(parentId)
                                .arg(parent->articleId)
                                .arg(articleId));
    }
    Comment comment;
    comment.articleId = articleId;
    comment.parentId = parentId;
    comment.author = author;
    comment.authorEmail = cli.parser().value(QStringLiteral("email")).trimmed();
    comment.bodyText = text;
    comment.body = commentHtmlFromText(text);
    comment.postedAt = QDateTime::currentDateTimeUtc();
    comment.status = *status;
    if (*status != CommentStatus::Pending) {
        comment.decidedBy = DecidedBy::Curator;
        comment.decidedAt = comment.postedAt;
    }
    const auto id = library->comments().insert(comment);
    if (!id)
        return cli.fail(id.error());
    cli.print(QJsonObject{{QStringLiteral("id"), *id},
                          {QStringLiteral("articleId"), articleId},
                          {QStringLiteral("parentId"), parentId ? QJsonValue(parentId) : QJsonValue()},
                          {QStringLiteral("author"), author},
                          {QStringLiteral("status"), commentStatusKey(*status)}},
              CliContext::tr("Added comment %1 (%2).\n").arg(*id).arg(CommentText::statusLabel(*status)));
    return ExitOk;
}

} // namespace

int runComments(CliContext &cli, const QStringList &arguments)
{
    qsizetype index = -1;
    const QString action = actionWord(arguments, &index);
    if (action == u"import")
        return runCommentsImport(cli, without(arguments, index));
    if (action == u"triage")
        return runCommentsTriage(cli, arguments);
    if (action == u"add")
        return runCommentsAdd(cli, without(arguments, index));
    return runCommentsList(cli, arguments);
}

int runModerate(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("reason"),
                            CliContext::tr("Record <text> as the decision's reason."),
                            CliContext::tr("text")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("moderate"), CliContext::tr("COMMENT_ID... approve|spam|reject|pending"),
                   CliContext::tr("Decide about comments as the curator: approve them, mark them as spam, "
                                  "reject them or put them back to pending. The decision is logged."),
                   arguments, &code))
        return code;
    QStringList args = cli.positional();
    if (args.size() < 2)
        return cli.usage(
            CliContext::tr("moderate takes comment ids and then approve, spam, reject or pending."));
    const auto status = moderationAction(args.takeLast());
    if (!status)
        return cli.usage(CliContext::tr("“%1” is not a decision; use approve, spam, reject or pending.")
                             .arg(cli.positional().last()));
    QList<qint64> ids;
    for (const QString &argument : std::as_const(args)) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0)
            return cli.usage(CliContext::tr("“%1” is not a comment id.").arg(argument));
        if (!ids.contains(id))
            ids << id;
    }
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const auto changes = library->comments().setStatus(ids, *status, DecidedBy::Curator,
                                                       cli.parser().value(QStringLiteral("reason")));
    if (!changes)
        return cli.fail(changes.error());
    QJsonArray changed;
    QString text;
    QList<qint64> unchanged = ids;
    for (const CommentStatusChange &change : *changes) {
        unchanged.removeOne(change.commentId);
        changed.append(QJsonObject{{QStringLiteral("id"), change.commentId},
                                   {QStringLiteral("from"), commentStatusKey(change.from)},
                                   {QStringLiteral("to"), commentStatusKey(change.to)}});
        text += CliContext::tr("Comment %1: %2 → %3\n")
                    .arg(change.commentId)
                    .arg(CommentText::statusLabel(change.from), CommentText::statusLabel(change.to));
    }
    QJsonArray already;
    for (qint64 id : std::as_const(unchanged))
        already.append(id);
    if (!unchanged.isEmpty())
        text += CliContext::tr("%n comment(s) already had that status.", nullptr, int(unchanged.size()));
    cli.print(QJsonObject{{QStringLiteral("status"), commentStatusKey(*status)},
                          {QStringLiteral("changed"), changed},
                          {QStringLiteral("unchanged"), already}},
              text);
    return ExitOk;
}

int runModeration(CliContext &cli, const QStringList &arguments)
{
    qsizetype index = -1;
    const QString action = actionWord(arguments, &index);
    if (action == u"config")
        return runModerationConfig(cli, arguments);
    if (action == u"log")
        return runModerationLog(cli, arguments);
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("moderation"), CliContext::tr("config [KEY=VALUE...] | log"),
            CliContext::tr("Show or change the moderation settings (`moderation config`), or print the "
                           "moderation log (`moderation log`)."),
            arguments, &code))
        return code;
    return cli.usage(action.isEmpty()
                         ? CliContext::tr("moderation needs an action: config or log.")
                         : CliContext::tr("“%1” is not a moderation action; use config or log.").arg(action));
}

} // namespace Newsdesk
