#pragma once

#include "Importer.h"

#include <QCoreApplication>

namespace Newsdesk {

/// Plain text, typically a page copied out of a browser: the story with the site's furniture around
/// it. The headline is the first line that reads like one; the story runs until its "Source:" line,
/// its wire credits or the first piece of page furniture; datelines, credits, "Image Credit:" and
/// "Source:" lines become fields.
class PlainTextImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::PlainTextImporter)

public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;

    /// The same, for text already decoded.
    static ExtractedArticle extract(const QString &text);
};

} // namespace Newsdesk
