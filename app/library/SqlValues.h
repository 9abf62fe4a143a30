#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Newsdesk {

/// A bind value for a NOT NULL text column: QSQLITE binds a null QString as SQL NULL.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// A bind value for a time column: seconds since the epoch, or NULL for an unknown time.
inline QVariant secondsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

/// "?,?,?" for an IN list of count bound values.
inline QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

/// Ids written into a statement as an IN list: they are our own numbers, and SQLite caps bound
/// parameters where a selection may hold 100,000 of them.
inline QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

} // namespace Newsdesk
