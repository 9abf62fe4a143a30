#pragma once

#include "exporting/BundleExport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Newsdesk {

struct BundleContent;

/// The bundle as a feed readers can subscribe to: Atom 1.0 or RSS 2.0, an entry per article with its
/// full content (the sanitised body, the curator's blurb first, a link to the source), its topics as
/// categories, authors and dates. Ids and dates come from the articles, so the same bundle gives the
/// same bytes.
class BundleFeeds
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleFeeds)

public:
    BundleFeeds() = delete;

    static QByteArray atom(const BundleContent &content, const ExportOptions &options);
    static QByteArray rss(const BundleContent &content, const ExportOptions &options);
};

} // namespace Newsdesk
