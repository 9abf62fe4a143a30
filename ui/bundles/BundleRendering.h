#pragma once

#include "core/Bundle.h"
#include "core/Result.h"
#include "exporting/BundleExport.h"

namespace Newsdesk {

class Library;

/// A bundle's self-contained HTML (BundleExport::singleHtml), its articles gathered through a connection
/// of its own to the library file at libraryPath: safe on a worker thread while the window keeps its
/// connection. bundle may hold unsaved edits. What the preview shows and PDF prints.
Result<QString> renderBundleHtml(const QString &libraryPath, const Bundle &bundle,
                                 const ExportOptions &options = {});
/// The same through a connection the caller already has (on the caller's thread).
Result<QString> renderBundleHtml(Library &library, const Bundle &bundle, const ExportOptions &options = {});

} // namespace Newsdesk
