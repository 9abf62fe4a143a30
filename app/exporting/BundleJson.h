#pragma once

#include "core/Result.h"
#include "importing/ImportTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Newsdesk {

struct BundleContent;

/// The bundle JSON format (docs/bundle-format.md, resources/bundle-format/newsdesk-bundle.schema.json):
/// a JSON Feed 1.1 any feed reader takes, with what only another Newsdesk library needs under
/// "_newsdesk", in the feed and in each item. Both directions live here so that they cannot drift apart;
/// the import itself goes through the JSON Feed importer and ImportWriter like any feed.
class BundleJson
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleJson)

public:
    BundleJson() = delete;

    /// The version of the "_newsdesk" fields this Newsdesk writes, and the newest it reads.
    static constexpr int FormatVersion = 1;
    /// The member holding Newsdesk's fields, in the feed and in its items.
    static constexpr QLatin1StringView ExtensionKey{"_newsdesk"};

    /// The bundle as one indented JSON document. Deterministic: the same content gives the same bytes
    /// (keys sorted, no export time, no ids local to the library).
    static QByteArray write(const BundleContent &content);

    /// Whether the feed carries Newsdesk's fields; an error when they are there but cannot be read
    /// (not an object, no format version, a newer one).
    static Result<bool> hasExtension(const QJsonObject &feed);

    /// Restores what Newsdesk exported of an item over what the JSON Feed fields gave: the article's
    /// fields as they were (body sanitised again), topics with their place and origin, comments with
    /// their status and threads, other sources, status and note. index counts from 0, for messages.
    static Status readItem(const QJsonObject &item, qsizetype index, ExtractedArticle &article);

    /// The bundle the feed describes. articleOfItem gives, per item of the feed, the index of its article
    /// among the ones read (-1 for an item that was skipped).
    static Result<ExtractedBundle> readBundle(const QJsonObject &feed, const QList<int> &articleOfItem);

    /// The id an exported article has in the feed: its guid, else its canonical URL, else its URL, else
    /// one made from its content hash. Never a library's own id.
    static QString itemId(const Article &article);
};

} // namespace Newsdesk
