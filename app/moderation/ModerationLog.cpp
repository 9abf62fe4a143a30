#include "ModerationLog.h"

namespace Newsdesk {

QString csvField(const QString &text)
{
    // A leading =, +, - or @ would make a spreadsheet run the cell as a formula: quote it as text.
    const bool formula = !text.isEmpty() && QStringLiteral("=+-@").contains(text.front());
    if (!formula && !text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + (formula ? QStringLiteral("'") : QString()) + quoted + QLatin1Char('"');
}

QByteArray moderationLogCsv(const QList<ModerationLogEntry> &entries)
{
    QString csv = QStringLiteral("id,comment_id,at,actor,from,to,reason\r\n");
    for (const ModerationLogEntry &entry : entries) {
        csv += QStringList{QString::number(entry.id),
                           QString::number(entry.commentId),
                           entry.at.toUTC().toString(Qt::ISODate),
                           csvField(entry.actor),
                           entry.from ? commentStatusKey(*entry.from) : QString(),
                           commentStatusKey(entry.to),
                           csvField(entry.reason)}
                   .join(QLatin1Char(','));
        csv += QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace Newsdesk
