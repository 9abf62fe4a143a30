#include "ExportOutput.h"

#include "core/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstdio> // renameat2 (glibc 2.28)
#include <fcntl.h> // AT_FDCWD
#endif

namespace Newsdesk {

namespace {

enum class Exchange { Done, Unsupported, Failed };

/// Swaps two existing paths in one step (Linux's RENAME_EXCHANGE), so that a kill at any moment leaves
/// either the old output or the new one in place, never neither. Unsupported on some file systems (and
/// other systems), where the caller moves the old output aside first.
Exchange exchangePaths(const QString &a, const QString &b)
{
#if defined(Q_OS_LINUX) && defined(RENAME_EXCHANGE)
    if (::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD, QFile::encodeName(b).constData(),
                    RENAME_EXCHANGE)
        == 0)
        return Exchange::Done;
    return errno == EINVAL || errno == ENOSYS || errno == ENOTSUP ? Exchange::Unsupported : Exchange::Failed;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return Exchange::Unsupported;
#endif
}

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

/// The hidden folders an export of target works in: the new output while it is built ("new") and the
/// previous one while it steps aside ("old"). Named so that nothing but Newsdesk's own can match.
QString workingFolderTemplate(const QFileInfo &target, QLatin1StringView kind)
{
    return target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1String(".newsdesk-")
           + kind + QLatin1String("-XXXXXX");
}

/// Removes the working folders an earlier export of target left when it was killed (a crash, a power
/// cut): only once the new output is in place, since a folder set aside may hold the only previous copy.
void removeStaleWorkingFolders(const QFileInfo &target)
{
    const QRegularExpression ours(QLatin1String("^\\.") + QRegularExpression::escape(target.fileName())
                                  + QLatin1String("\\.newsdesk-(new|old)-[A-Za-z0-9]{6}$"));
    const QDir parent(target.absolutePath());
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks))
        if (ours.match(name).hasMatch())
            QDir(parent.filePath(name)).removeRecursively();
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

    // Built beside the target (same file system, so the swap is a rename) and removed by QTemporaryDir
    // on every early return: a failure or a cancel leaves no partial folder.
    QTemporaryDir staging(workingFolderTemplate(target, QLatin1StringView("new")));
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

    // Where the system can, the new output and the previous one trade places in one step; the previous
    // one is then in the working folder, and goes (or, after a kill, goes with the next export's clean-up).
    const bool targetExists = QFileInfo::exists(finalPath) || target.isSymLink();
    if (targetExists) {
        switch (exchangePaths(staging.path(), finalPath)) {
        case Exchange::Done:
            // The previous output is under the working name now: a file, a link or a folder.
            staging.setAutoRemove(false);
            removePath(staging.path());
            removeStaleWorkingFolders(target);
            return report;
        case Exchange::Failed:
            return Error{Error::Code::Failed, tr("Cannot move the new export into “%1”.").arg(native(finalPath))};
        case Exchange::Unsupported:
            break;
        }
    }

    // Otherwise the previous output steps aside first and goes only once the new one is in place.
    QString previous;
    if (targetExists) {
        QTemporaryDir aside(workingFolderTemplate(target, QLatin1StringView("old")));
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
    removeStaleWorkingFolders(target);
    return report;
}

} // namespace Newsdesk
