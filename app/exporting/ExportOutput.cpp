#include "ExportOutput.h"

#include "core/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Newsdesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

} // namespace

Status ExportOutput::checkTarget(const QString &path, bool overwrite)
{
    if (path.trimmed().isEmpty())
        return Error{Error::Code::InvalidArgument, tr("No output path was given.")};
    const QFileInfo info(path);
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return Error{Error::Code::NotFound,
                     tr("Cannot write “%1”: the folder “%2” does not exist.")
                         .arg(native(info.absoluteFilePath()), native(parent.absoluteFilePath()))};
    if (info.exists() && !overwrite)
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” already exists. Choose another name, or confirm replacing it (--force on the "
                        "command line).")
                         .arg(native(info.absoluteFilePath()))};
    return {};
}

Result<ExportReport> ExportOutput::writeFile(const QString &path, const QByteArray &contents, bool overwrite)
{
    if (Status status = checkTarget(path, overwrite); !status)
        return status.error();
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Error::Code::InvalidArgument,
                     tr("Cannot write “%1”: it is a folder.").arg(native(info.absoluteFilePath()))};
    if (Status status = SaveFile::write(path, contents); !status)
        return status.error();
    return ExportReport{{info.absoluteFilePath()}, contents.size()};
}

Result<ExportReport> ExportOutput::writeFolder(const QString &path, const QList<OutputFile> &files, bool overwrite,
                                               const BundleExport::Progress &progress)
{
    if (Status status = checkTarget(path, overwrite); !status)
        return status.error();
    const QFileInfo target(path);
    const QString finalPath = target.absoluteFilePath();
    const QString parent = target.absolutePath();

    // Built beside the target (same file system, so the swap is a rename) and removed by QTemporaryDir
    // on every early return: a failure or a cancel leaves no partial folder.
    QTemporaryDir staging(parent + QLatin1String("/.") + target.fileName() + QLatin1String("-XXXXXX"));
    if (!staging.isValid())
        return Error{Error::Code::Failed, tr("Cannot create a working folder beside “%1”: %2")
                                              .arg(native(finalPath), staging.errorString())};
    const QDir root(staging.path());
    ExportReport report;
    int done = 0;
    for (const OutputFile &file : files) {
        const QString filePath = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
            return Error{Error::Code::Failed,
                         tr("Cannot create the folder for “%1”.").arg(native(finalPath + u'/' + file.path))};
        // Plain writes: the staging folder is what is swapped in atomically, so a file in it needs no
        // QSaveFile of its own (which would cost a temporary file and a flush each, a third of the time
        // of a large site).
        QFile out(filePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size() || !out.flush())
            return Error{Error::Code::Failed, tr("Could not write “%1”: %2")
                                                  .arg(native(finalPath + u'/' + file.path), out.errorString())};
        report.files << QDir(finalPath).filePath(file.path);
        report.bytes += file.contents.size();
        if (progress && !progress(++done, int(files.size())))
            return Error{Error::Code::Failed, tr("The export was cancelled; “%1” was left as it was.")
                                                  .arg(native(finalPath))};
    }

    // QTemporaryDir made it private to us; the published folder is as readable as any other.
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                              | QFile::ExeOther);

    // The previous output steps aside first and goes only once the new one is in place.
    QString previous;
    if (QFileInfo::exists(finalPath) || target.isSymLink()) {
        QTemporaryDir aside(parent + QLatin1String("/.") + target.fileName() + QLatin1String("-old-XXXXXX"));
        if (!aside.isValid())
            return Error{Error::Code::Failed,
                         tr("Cannot move “%1” aside: %2").arg(native(finalPath), aside.errorString())};
        aside.setAutoRemove(false);
        previous = aside.path();
        QDir().rmdir(previous); // only its unique name was wanted
        if (!QDir().rename(finalPath, previous))
            return Error{Error::Code::Failed, tr("Cannot move “%1” aside.").arg(native(finalPath))};
    }
    if (!QDir().rename(staging.path(), finalPath)) {
        if (!previous.isEmpty())
            QDir().rename(previous, finalPath);
        return Error{Error::Code::Failed, tr("Cannot move the new export into “%1”.").arg(native(finalPath))};
    }
    staging.setAutoRemove(false);
    if (!previous.isEmpty())
        removePath(previous);
    return report;
}

} // namespace Newsdesk
