#include "CliCommands.h"
#include "CliContext.h"
#include "core/Application.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Newsdesk;

namespace {

QString overview()
{
    QString text = CliContext::tr("Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]\n\n"
                                  "Curate a Newsdesk library from the command line.\n\nCommands:\n");
    for (const CliCommand &command : cliCommands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name), -14)
                    .arg(QCoreApplication::translate("Newsdesk::Cli", command.summary));
    text += CliContext::tr("\nRun “newsdesk-cli COMMAND --help” for a command's options.\n"
                           "Exit codes: 0 success, 1 failure, 2 usage error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options may come before the command (--library PATH, --json); the command's parser
    // sees them again, so they also work after it.
    QStringList arguments = app.arguments().mid(1);
    QStringList leading;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << overview();
            return ExitOk;
        }
        if (option == QLatin1String("--version")) {
            out << QStringLiteral("newsdesk-cli %1\n").arg(QCoreApplication::applicationVersion());
            return ExitOk;
        }
        leading << option;
        if (option == QLatin1String("--library") && !arguments.isEmpty())
            leading << arguments.takeFirst();
    }
    if (arguments.isEmpty()) {
        err << overview();
        return ExitUsage;
    }
    const QString name = arguments.takeFirst();
    for (const CliCommand &command : cliCommands()) {
        if (name == QLatin1String(command.name)) {
            CliContext context(out, err);
            return command.run(context, leading + arguments);
        }
    }
    CliContext context(out, err);
    return context.usage(CliContext::tr("“%1” is not a command.").arg(name));
}
