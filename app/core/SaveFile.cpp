#include "SaveFile.h"

#include <QDir>
#include <QSaveFile>

namespace Newsdesk {

Status SaveFile::write(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    const auto failed = [&]() {
        return Error{Error::Code::Failed,
                     tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Not committed, the temporary file is discarded and whatever was at path stays as it was.
    if (file.write(contents) != contents.size() || !file.commit())
        return failed();
    return {};
}

} // namespace Newsdesk
