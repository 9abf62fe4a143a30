#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Newsdesk {

struct BundleContent;

/// What a bundle is exported as.
enum class ExportFormat {
    HtmlSite,   ///< a folder: index.html with the table of contents, a page per article, assets/
    HtmlSingle, ///< one self-contained .html file
    Json,       ///< a JSON Feed 1.1 with Newsdesk's fields under _newsdesk (docs/bundle-format.md)
    Atom,       ///< Atom 1.0, full content
    Rss,        ///< RSS 2.0, full content
    Pdf,        ///< printed by Qt WebEngine: made by the window (ui/bundles), not here
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::HtmlSite;
    QString outPath;          ///< the file, or for HtmlSite the folder
    bool overwrite = false;   ///< replace existing output; without it existing output is an error
    bool embedImages = true;  ///< HtmlSingle: kept images as data: URIs (else left out); HtmlSite: assets/
    QString templateDirectory; ///< a user template folder; empty for the built-in one
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< the page's own words and dates
    QTimeZone timeZone = QTimeZone::utc();                             ///< exports are deterministic
};

struct ExportReport
{
    QStringList files; ///< what was written, absolute paths
    qint64 bytes = 0;
};

/// Writes bundles to disk. Every file is written atomically; a folder site is built beside its target
/// and swapped in at the end, so a failure or a kill never leaves half an export.
class BundleExport
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleExport)

public:
    BundleExport() = delete;

    /// Progress is (done, total); returning false from it cancels the export (nothing is left behind).
    using Progress = std::function<bool(int done, int total)>;

    static Result<ExportReport> write(const BundleContent &content, const ExportOptions &options,
                                      const Progress &progress = {});

    /// The self-contained HTML document of the bundle: what HtmlSingle writes and the preview shows.
    static Result<QString> singleHtml(const BundleContent &content, const ExportOptions &options);

    static QString formatKey(ExportFormat format); ///< "html", "html-single", "json", "atom", "rss", "pdf"
    static std::optional<ExportFormat> formatFromKey(QStringView key);
    static QString formatLabel(ExportFormat format); ///< translated, for the export dialog
    static QString defaultFileName(const QString &bundleName, ExportFormat format); ///< a safe slug + extension
};

} // namespace Newsdesk
