#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

class CliContext;

/// One `newsdesk-cli` subcommand: its name, a one-line summary and the function that runs it.
struct CliCommand
{
    const char *name;
    const char *summary; ///< Marked for translation in the "Newsdesk::Cli" context.
    int (*run)(CliContext &context, const QStringList &arguments);
};

int runExtract(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runTopics(CliContext &context, const QStringList &arguments);
int runTag(CliContext &context, const QStringList &arguments);
int runUntag(CliContext &context, const QStringList &arguments);
int runRules(CliContext &context, const QStringList &arguments);
int runSuggest(CliContext &context, const QStringList &arguments);
/// `comments import [--article ID] [--format F] [--labels-as-status] FILE...`; the `comments` command
/// passes it the arguments after "import".
int runCommentsImport(CliContext &context, const QStringList &arguments);
/// `comments [--status S] [--article ID] [--author A] [--limit N]`, `comments triage [--apply]` and
/// `comments import …` (runCommentsImport).
int runComments(CliContext &context, const QStringList &arguments);
/// `moderate COMMENT_ID... approve|spam|reject|pending`
int runModerate(CliContext &context, const QStringList &arguments);
/// `moderation config [KEY=VALUE...]` and `moderation log [--csv] [--comment ID]`
int runModeration(CliContext &context, const QStringList &arguments);

/// `bundle create|set|add|fill|remove|section|blurb|delete|list|show …`
int runBundle(CliContext &context, const QStringList &arguments);
/// `export --bundle NAME --format F --out PATH [--force]`
int runExport(CliContext &context, const QStringList &arguments);

/// Every subcommand, in the order `newsdesk-cli --help` lists them.
const QList<CliCommand> &cliCommands();

} // namespace Newsdesk
