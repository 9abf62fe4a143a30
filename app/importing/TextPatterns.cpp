#include "TextPatterns.h"

#include <QRegularExpression>

namespace Newsdesk {

namespace {

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QStringList splitNames(const QString &names)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)"));
    QStringList result;
    for (const QString &name : names.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed().remove(QRegularExpression(QStringLiteral("[.;]+$")));
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

} // namespace

QStringList TextPatterns::imageCreditLabels()
{
    return {QStringLiteral("Image Credit"), QStringLiteral("Image credits"), QStringLiteral("Photo credit"),
            QStringLiteral("Photo"),        QStringLiteral("Photograph"),    QStringLiteral("Picture"),
            QStringLiteral("Image"),        QStringLiteral("Credit"),        QStringLiteral("Foto")};
}

QStringList TextPatterns::sourceLabels()
{
    return {QStringLiteral("Source"), QStringLiteral("Sources"), QStringLiteral("Via"),
            QStringLiteral("Quelle"), QStringLiteral("Fuente")};
}

bool TextPatterns::parseDateline(const QString &paragraph, QString *dateline, QString *agency)
{
    // A place in capitals, maybe ", Country", the agency in parentheses, then a dash.
    static const QRegularExpression withAgency(
        QStringLiteral("^\\s*((?:\\p{Lu}[\\p{Lu}\\p{M}'.\\-]*)(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'.\\-]*)*(?:,\\s*["
                       "\\p{L}\\p{M}.' \\-]{2,40}?)?)"
                       "\\s*\\(([^()]{2,40})\\)\\s*[\\-–—]+\\s*\\S"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression placeOnly(
        QStringLiteral("^\\s*((?:\\p{Lu}[\\p{Lu}\\p{M}'.\\-]{2,})(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'.\\-]*)*(?:,"
                       "\\s*[\\p{L}\\p{M}.' \\-]{2,40}?)?)"
                       "\\s*[\\-–—]+\\s+\\S"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto match = withAgency.match(paragraph);
    if (match.hasMatch()) {
        *dateline = match.captured(1).trimmed();
        *agency = match.captured(2).trimmed();
        return true;
    }
    match = placeOnly.match(paragraph);
    if (match.hasMatch()) {
        *dateline = match.captured(1).trimmed();
        agency->clear();
        return true;
    }
    return false;
}

bool TextPatterns::parseCredits(const QString &line, QMap<QString, QStringList> *credits)
{
    static const QRegularExpression segment = caseless(QStringLiteral(
        "^\\s*((?:additional\\s+)?reporting|writing|written|editing|edited|compiled|graphics|research|"
        "fact-checking|translation|translated|photography|video)\\s+by\\s+(.+?)\\s*$"));
    const QStringList parts = line.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || line.size() > 400)
        return false;
    QMap<QString, QStringList> found;
    for (const QString &part : parts) {
        const auto match = segment.match(part.trimmed().remove(QRegularExpression(QStringLiteral("[.]$"))));
        if (!match.hasMatch())
            return false;
        QString role = match.captured(1).toLower().simplified();
        if (role == QLatin1String("written"))
            role = QStringLiteral("writing");
        else if (role == QLatin1String("edited"))
            role = QStringLiteral("editing");
        else if (role == QLatin1String("translated"))
            role = QStringLiteral("translation");
        found[role] << splitNames(match.captured(2));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        (*credits)[it.key()] << it.value();
    return true;
}

QString TextPatterns::labelled(const QString &line, const QStringList &labels)
{
    const QString trimmed = line.trimmed();
    for (const QString &label : labels) {
        if (trimmed.size() > label.size() + 1 && trimmed.startsWith(label, Qt::CaseInsensitive) &&
            trimmed.at(label.size()) == QLatin1Char(':')) {
            const QString value = trimmed.mid(label.size() + 1).trimmed();
            if (!value.isEmpty() && value.size() < 120)
                return value;
        }
    }
    return {};
}

QString TextPatterns::byline(const QString &line)
{
    static const QRegularExpression by =
        caseless(QStringLiteral("^\\s*(?:by|von|par|por|door)\\s+(\\p{Lu}[^\\n]{1,100})$"));
    const auto match = by.match(line.trimmed());
    if (!match.hasMatch())
        return {};
    const QString names = match.captured(1).trimmed();
    // A byline is a few capitalised words, not a sentence.
    if (names.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 10 || names.endsWith(QLatin1Char('.')))
        return {};
    return names;
}

bool TextPatterns::isPageFurniture(const QString &line)
{
    static const QRegularExpression furniture = caseless(QStringLiteral(
        "^(what do you think\\??|\\d+\\s+points?|(up|down)vote(\\s+(up|down)vote)*|leave a (reply|comment)|"
        "(post a|add a|write a) comment|\\d+\\s+(comments?|responses?|replies)|comments?|"
        "your email address will not be published.*|required fields are marked.*|cancel reply|"
        "(share|tweet|email|print|save)( (this|the) (article|story|page))?|share (on|via) \\w+|"
        "sign up for .*newsletter.*|subscribe( (to|for) .*)?|advertisement|sponsored( content)?|"
        "(related|read more|more from .*|you may also like|recommended( for you)?|trending( now)?|most "
        "popular)"
        "( (stories|articles|news))?:?|we use cookies.*|accept( all)? cookies|"
        ".*\\b(app|api) key not set\\b.*|.*please check (your )?settings\\.?)$"));
    return furniture.match(line.trimmed()).hasMatch();
}

} // namespace Newsdesk
