#pragma once

#include <QDateTime>
#include <QString>
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

} // namespace Newsdesk
