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

/// Every subcommand, in the order `newsdesk-cli --help` lists them.
const QList<CliCommand> &cliCommands();

} // namespace Newsdesk
