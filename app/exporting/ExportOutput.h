#pragma once

#include "core/Result.h"
#include "exporting/BundleExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk {

/// A file of an export: a path relative to the output folder ("assets/style.css") and its bytes.
struct OutputFile
{
    QString path;
    QByteArray contents;
};

/// Puts an export on disk without ever leaving half of it: one file through SaveFile, a folder built in
/// a hidden sibling and renamed into place once complete, the previous output removed only after that.
class ExportOutput
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ExportOutput)

public:
    ExportOutput() = delete;

    /// Whether path may be written: its folder exists, and existing output there needs overwrite.
    static Status checkTarget(const QString &path, bool overwrite);
    static Result<ExportReport> writeFile(const QString &path, const QByteArray &contents, bool overwrite);
    /// progress is called after every file; returning false cancels and leaves the previous output.
    static Result<ExportReport> writeFolder(const QString &path, const QList<OutputFile> &files, bool overwrite,
                                            const BundleExport::Progress &progress = {});
};

} // namespace Newsdesk
