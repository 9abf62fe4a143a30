#include "CliContext.h"

#include "library/Library.h"
#include "tagging/TopicTagging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk {

namespace {
QString errorCodeKey(Error::Code code)
{
    switch (code) {
    case Error::Code::Failed:
        return QStringLiteral("failed");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case Error::Code::NewerVersion:
        return QStringLiteral("newer-version");
    case Error::Code::NotALibrary:
        return QStringLiteral("not-a-library");
    case Error::Code::Locked:
        return QStringLiteral("locked");
    }
    return QStringLiteral("failed");
}
} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

bool CliContext::parse(const QString &name, const QString &synopsis, const QString &description,
                       const QStringList &arguments, int *exitCode)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(
        {QStringLiteral("library"),
         tr("Use the library file at <path> (default: $NEWSDESK_LIBRARY or %1).").arg(Library::defaultPath()),
         tr("path")});
    m_parser.addOption({QStringLiteral("json"), tr("Print the result as JSON, for scripts.")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    m_parser.addOption(help);
    m_parser.addPositionalArgument(name, synopsis);

    if (!m_parser.parse(QStringList{QCoreApplication::applicationName()} + arguments)) {
        *exitCode = usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(help)) {
        m_out << m_parser.helpText().replace(QStringLiteral("[options]"),
                                             name + QStringLiteral(" [options]"));
        *exitCode = ExitOk;
        return false;
    }
    m_libraryPath = m_parser.value(QStringLiteral("library"));
    return true;
}

Library *CliContext::library()
{
    if (m_library)
        return m_library.get();
    auto opened = Library::open(m_libraryPath.isEmpty() ? Library::defaultPath() : m_libraryPath);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_library = std::move(opened).value();
    if (m_library->wasCreated())
        if (Status seeded = TopicTagging::seedDefaults(*m_library); !seeded)
            m_err << tr("newsdesk-cli: %1").arg(seeded.errorString()) << '\n';
    return m_library.get();
}

void CliContext::print(const QJsonValue &json, const QString &text)
{
    if (this->json()) {
        const QJsonDocument document =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << document.toJson(QJsonDocument::Indented);
    } else {
        m_out << text;
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            m_out << '\n';
    }
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    m_err << tr("newsdesk-cli: %1").arg(error.message) << '\n';
    m_err.flush();
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("code"), errorCodeKey(error.code)},
                                                        {QStringLiteral("message"), error.message}}}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    return ExitFailure;
}

int CliContext::usage(const QString &message)
{
    m_err << tr("newsdesk-cli: %1").arg(message) << '\n' << tr("Try “newsdesk-cli --help”.") << '\n';
    m_err.flush();
    return ExitUsage;
}

QString actionWord(const QStringList &arguments, const QStringList &optionsWithValue, qsizetype *index)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument.startsWith(QLatin1Char('-'))) {
            if (optionsWithValue.contains(argument))
                ++i;
            continue;
        }
        *index = i;
        return argument;
    }
    return {};
}

bool parseIds(CliContext &context, const QStringList &arguments, QList<qint64> *ids, int *exitCode)
{
    if (arguments.isEmpty()) {
        *exitCode = context.usage(CliContext::tr("Give at least one article id."));
        return false;
    }
    for (const QString &argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            *exitCode = context.usage(CliContext::tr("“%1” is not an article id.").arg(argument));
            return false;
        }
        *ids << id;
    }
    return true;
}

} // namespace Newsdesk
