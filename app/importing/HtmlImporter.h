#pragma once

#include "Importer.h"

#include <QCoreApplication>

namespace Newsdesk {

class HtmlDocument;

/// A web page, saved as .html or as MHTML ("save as single file"), or fetched from a URL: its
/// metadata, its main content without the site around it, the reader comments on it, and the wire
/// conventions (dateline, credits) in its text.
class HtmlImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::HtmlImporter)

public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;

    /// Reader comments in WordPress-style markup (comment lists, comment bodies, threaded replies).
    static QList<ExtractedComment> comments(const HtmlDocument &document);
};

} // namespace Newsdesk
