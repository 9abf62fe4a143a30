#pragma once

#include "core/Bundle.h"
#include "core/Result.h"
#include "library/TopicRepository.h"
#include "rendering/ArticleFormatter.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Library;

/// A topic on an exported article, with what a reader or another library needs to place it.
struct BundleTopic
{
    QString name;
    QString path; ///< "Economy, business and finance/Trade disputes": parents first, '/' between
    QString code; ///< IPTC Media Topic code, or empty
    QString colour;
    TagOrigin origin = TagOrigin::Manual;
};

/// One entry of a bundle as exported: a section heading, or an article with everything shown of it.
struct BundleItem
{
    BundleEntry entry;
    ArticleContent content;    ///< articles only; comments approved only, and only if the bundle shows them
    QList<BundleTopic> topics; ///< empty unless the bundle shows topics

    bool isSection() const { return entry.isSection(); }
};

/// A bundle with its articles gathered from the library, its options applied: what every export
/// (HTML, JSON, feeds, PDF) and the preview write. Articles in the trash are left out.
struct BundleContent
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleContent)

public:
    Bundle bundle;
    QList<BundleItem> items;

    static Result<BundleContent> load(Library &library, qint64 bundleId);
    /// The same for a bundle as it is being edited (the preview shows unsaved changes too).
    static Result<BundleContent> gather(Library &library, const Bundle &bundle);

    /// The article items only, in order.
    QList<const BundleItem *> articles() const;
};

/// Sanitised body HTML without its images (figures holding only an image go whole): for bundles that
/// leave images out.
QString withoutImages(const QString &sanitizedHtml);

} // namespace Newsdesk
