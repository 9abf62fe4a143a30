#pragma once

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

namespace Newsdesk::Testing {

/// The message without the file's path, so digits in a temporary folder name cannot satisfy a check.
inline QString messageWithoutPath(const QString &message, const QString &path)
{
    QString text = message;
    text.remove(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    text.remove(QDir::toNativeSeparators(path));
    return text;
}

/// Whether text holds number as a number of its own (not as digits of a longer one).
inline bool containsNumber(const QString &text, int number)
{
    return text.contains(QRegularExpression(QStringLiteral("(^|\\D)%1(\\D|$)").arg(number)));
}

} // namespace Newsdesk::Testing
