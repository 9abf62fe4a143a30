#include "BundleRendering.h"

#include "exporting/BundleContent.h"
#include "library/Library.h"

namespace Newsdesk {

Result<QString> renderBundleHtml(const QString &libraryPath, const Bundle &bundle,
                                 const ExportOptions &options)
{
    auto library = Library::open(libraryPath);
    if (!library)
        return library.error();
    return renderBundleHtml(**library, bundle, options);
}

Result<QString> renderBundleHtml(Library &library, const Bundle &bundle, const ExportOptions &options)
{
    const auto content = BundleContent::gather(library, bundle);
    if (!content)
        return content.error();
    ExportOptions single = options;
    single.format = ExportFormat::HtmlSingle;
    return BundleExport::singleHtml(*content, single);
}

} // namespace Newsdesk
