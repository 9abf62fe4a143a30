#pragma once

#include "importing/ImportJob.h"

class QMimeData;

namespace Newsdesk {

/// What a drop or a paste brings to import: files and folders, web addresses, a selection of HTML
/// dragged from a browser, or plain text, most specific first.
QList<ImportInput> importInputsFrom(const QMimeData *mime);
/// Whether importInputsFrom() would find anything, for accepting a drag before it is dropped.
bool canImportFrom(const QMimeData *mime);

} // namespace Newsdesk
