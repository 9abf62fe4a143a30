#include "BundleExport.h"

#include "exporting/BundleContent.h"
#include "exporting/BundleFeeds.h"
#include "exporting/BundleHtml.h"
#include "exporting/BundleJson.h"
#include "exporting/ExportOutput.h"
#include "exporting/Slug.h"

namespace Newsdesk {

namespace {

struct FormatInfo
{
    ExportFormat format;
    QLatin1StringView key;
    QLatin1StringView extension; ///< with its dot; empty for a folder
};

constexpr FormatInfo Formats[] = {
    {ExportFormat::HtmlSite, QLatin1StringView("html"), QLatin1StringView("")},
    {ExportFormat::HtmlSingle, QLatin1StringView("html-single"), QLatin1StringView(".html")},
    // The bundle MIME type's glob (packaging/newsdesk-mime.xml): file managers open it with Newsdesk.
    {ExportFormat::Json, QLatin1StringView("json"), QLatin1StringView(".newsdesk.json")},
    {ExportFormat::Atom, QLatin1StringView("atom"), QLatin1StringView(".atom.xml")},
    {ExportFormat::Rss, QLatin1StringView("rss"), QLatin1StringView(".rss.xml")},
    {ExportFormat::Pdf, QLatin1StringView("pdf"), QLatin1StringView(".pdf")},
};

const FormatInfo &infoOf(ExportFormat format)
{
    for (const FormatInfo &info : Formats)
        if (info.format == format)
            return info;
    return Formats[0];
}

} // namespace

Result<ExportReport> BundleExport::write(const BundleContent &content, const ExportOptions &options,
                                         const Progress &progress)
{
    // Checked before the work, so a mistyped path or a forgotten --force costs nothing.
    if (Status status = ExportOutput::checkTarget(options.outPath, options.overwrite); !status)
        return status.error();

    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::HtmlSite: {
        auto files = BundleHtml::site(content, options);
        if (!files)
            return files.error();
        return ExportOutput::writeFolder(options.outPath, *files, options.overwrite, progress);
    }
    case ExportFormat::HtmlSingle: {
        auto html = BundleHtml::single(content, options);
        if (!html)
            return html.error();
        bytes = html->toUtf8();
        break;
    }
    case ExportFormat::Json:
        bytes = BundleJson::write(content);
        break;
    case ExportFormat::Atom:
        bytes = BundleFeeds::atom(content, options);
        break;
    case ExportFormat::Rss:
        bytes = BundleFeeds::rss(content, options);
        break;
    case ExportFormat::Pdf:
        return Error{Error::Code::InvalidArgument,
                     tr("PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in "
                        "the window, or newsdesk-cli export, which runs it); it cannot be written here.")};
    }
    if (progress && !progress(1, 1))
        return Error{Error::Code::Failed, tr("The export was cancelled.")};
    return ExportOutput::writeFile(options.outPath, bytes, options.overwrite);
}

Result<QString> BundleExport::singleHtml(const BundleContent &content, const ExportOptions &options)
{
    return BundleHtml::single(content, options);
}

QString BundleExport::formatKey(ExportFormat format)
{
    return infoOf(format).key;
}

std::optional<ExportFormat> BundleExport::formatFromKey(QStringView key)
{
    for (const FormatInfo &info : Formats)
        if (key.compare(info.key, Qt::CaseInsensitive) == 0)
            return info.format;
    return std::nullopt;
}

QString BundleExport::formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::HtmlSite:
        return tr("HTML site (folder)");
    case ExportFormat::HtmlSingle:
        return tr("HTML, one file");
    case ExportFormat::Json:
        return tr("JSON Feed");
    case ExportFormat::Atom:
        return tr("Atom feed");
    case ExportFormat::Rss:
        return tr("RSS feed");
    case ExportFormat::Pdf:
        return tr("PDF");
    }
    return {};
}

QString BundleExport::defaultFileName(const QString &bundleName, ExportFormat format)
{
    return Slug::make(bundleName, QStringLiteral("bundle")) + infoOf(format).extension;
}

} // namespace Newsdesk
