#pragma once

#include "Importer.h"

#include <QCoreApplication>

namespace Newsdesk {

/// OPML subscription lists. Reading one gives no articles: it gives the feeds it names, as absolute
/// URLs in ImportOutcome::followUps, for the pipeline to read next with the feed importers.
class OpmlImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::OpmlImporter)

public:
    QString formatName() const override;
    bool canRead(const ImportSource &source) const override;
    Result<ImportOutcome> read(const ImportSource &source) const override;
};

} // namespace Newsdesk
