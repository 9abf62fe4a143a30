#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Newsdesk {

/// The one way Newsdesk writes a whole file: through QSaveFile, so the file at path is replaced only once
/// the new contents are complete; a full disk or a crash never leaves half a file behind.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SaveFile)

public:
    static Status write(const QString &path, const QByteArray &contents);
};

} // namespace Newsdesk
