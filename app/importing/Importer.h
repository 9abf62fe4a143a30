#pragma once

#include "ImportTypes.h"
#include "core/Result.h"

namespace Newsdesk {

/// One class per format (STYLE.md §6): it says whether it can read a source and reads it into
/// articles. Reading never throws and never touches a library; problems come back as an Error (the
/// source could not be read at all) or as issues on the outcome (read, with caveats).
class Importer
{
public:
    virtual ~Importer() = default;

    /// A short name for reports, e.g. "RSS 2.0".
    virtual QString formatName() const = 0;
    /// Whether this importer recognises the source, from its content type, name and first bytes.
    virtual bool canRead(const ImportSource &source) const = 0;
    virtual Result<ImportOutcome> read(const ImportSource &source) const = 0;
};

} // namespace Newsdesk
