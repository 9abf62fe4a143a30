#pragma once

#include "core/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace Newsdesk {

class Library;

/// Exit codes every subcommand keeps to, for scripts.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// What a subcommand gets: its own parser (global options already added), the output streams and
/// the library, opened on demand.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Cli)

public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    /// Parses a subcommand's arguments; prints help or a usage error and returns false when it should stop.
    bool parse(const QString &name, const QString &synopsis, const QString &description,
               const QStringList &arguments, int *exitCode);

    QCommandLineParser &parser() { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    /// Opens the library chosen by --library, $NEWSDESK_LIBRARY or the default; reports failures itself.
    Library *library();

    /// Prints a result: JSON when --json was given, otherwise the text.
    void print(const QJsonValue &json, const QString &text);
    int fail(const Error &error);
    int fail(const QString &message) { return fail(Error{Error::Code::Failed, message}); }
    int usage(const QString &message);

    QTextStream &out() { return m_out; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
};

/// The first word of a command's arguments that is not an option or an option's value, so that
/// `comments --library L triage` and `comments triage --library L` both find "triage"; its index goes to
/// *index. optionsWithValue are the options whose next argument is their value.
QString actionWord(const QStringList &arguments, const QStringList &optionsWithValue, qsizetype *index);

/// Article ids from the command line; returns false (after reporting) when one is not a number.
bool parseIds(CliContext &context, const QStringList &arguments, QList<qint64> *ids, int *exitCode);

} // namespace Newsdesk
