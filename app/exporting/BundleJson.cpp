#include "BundleJson.h"

#include "BundleContent.h"
#include "core/Numbers.h"
#include "importing/HtmlSanitizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

const QString JsonFeedVersion = u"https://jsonfeed.org/version/1.1"_s;

/// RFC 3339 in UTC to the second: what JSON Feed asks for, and the precision the library keeps.
QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/// Empty values are left out rather than written as "": the file stays short, and an importer reads an
/// absent member as empty.
void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

/// Links the format carries (a commenter's page, another source): web addresses only, both ways, so that
/// what is written is what is read back.
QString webUrl(const QString &value)
{
    const QString scheme = QUrl(value).scheme();
    return scheme == u"http" || scheme == u"https" ? value : QString();
}

/// An article's lead image: a web address or an image kept with it (data:image/…), both ways.
QString imageUrl(const QString &value)
{
    return value.startsWith(u"data:image/") ? value : webUrl(value);
}

void putDate(QJsonObject &object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, dateText(time));
}

/// Topics in an order that depends on nothing local to the library (not on topic ids).
QList<BundleTopic> sortedTopics(QList<BundleTopic> topics)
{
    std::sort(topics.begin(), topics.end(), [](const BundleTopic &a, const BundleTopic &b) {
        return std::tuple(a.path, a.name, int(a.origin)) < std::tuple(b.path, b.name, int(b.origin));
    });
    return topics;
}

QJsonArray topicsJson(const QList<BundleTopic> &topics)
{
    QJsonArray array;
    for (const BundleTopic &topic : topics) {
        QJsonObject json{{u"name"_s, topic.name},
                         {u"path"_s, topic.path.isEmpty() ? topic.name : topic.path},
                         {u"origin"_s, TopicRepository::originKey(topic.origin)}};
        putText(json, u"code"_s, topic.code);
        putText(json, u"colour"_s, topic.colour);
        array << json;
    }
    return array;
}

QJsonArray tagsJson(const QList<BundleTopic> &topics)
{
    QStringList names;
    for (const BundleTopic &topic : topics)
        if (!names.contains(topic.name, Qt::CaseInsensitive))
            names << topic.name;
    return QJsonArray::fromStringList(names);
}

/// The approved comments, threaded by ids of the file's own: a comment's id where it came from, else
/// one made from the item's id and its place, so that the same library exports the same ids.
QJsonArray commentsJson(const QList<Comment> &comments, const QString &itemId)
{
    QHash<qint64, QString> ids;
    QSet<QString> used;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        QString id = comments.at(i).externalId;
        if (id.isEmpty() || used.contains(id))
            id = u"%1#comment-%2"_s.arg(itemId).arg(i + 1);
        ids.insert(comments.at(i).id, id);
        used.insert(id);
    }
    QJsonArray array;
    for (const Comment &comment : comments) {
        QJsonObject json{{u"id"_s, ids.value(comment.id)},
                         {u"status"_s, commentStatusKey(comment.status)},
                         {u"content_html"_s, comment.body},
                         {u"content_text"_s, comment.bodyText}};
        // A reply whose parent is not exported (not approved) stands on its own.
        putText(json, u"parent"_s, ids.value(comment.parentId));
        putText(json, u"author"_s, comment.author);
        putText(json, u"url"_s, webUrl(comment.authorUrl));
        putDate(json, u"date"_s, comment.postedAt);
        array << json;
    }
    return array;
}

/// Where else the story ran, each place once and sorted: whether the library knows a place as a linked
/// copy or as one merged in (or, after an import, both) is its own business, not the file's.
QJsonArray otherSourcesJson(const QList<OtherSource> &sources)
{
    QList<std::tuple<QString, QString, QString>> places;
    for (const OtherSource &source : sources) {
        const auto place = std::tuple(source.source, source.title, webUrl(source.url));
        if (!places.contains(place))
            places << place;
    }
    std::sort(places.begin(), places.end());
    QJsonArray array;
    for (const auto &[source, title, url] : std::as_const(places)) {
        QJsonObject json;
        putText(json, u"source"_s, source);
        putText(json, u"title"_s, title);
        putText(json, u"url"_s, url);
        array << json;
    }
    return array;
}

QJsonObject itemJson(const BundleItem &item, int section)
{
    const Article &article = item.content.article;
    const QString id = BundleJson::itemId(article);
    const QList<BundleTopic> topics = sortedTopics(item.topics);

    QJsonObject json{
        {u"id"_s, id}, {u"content_html"_s, article.bodyHtml}, {u"content_text"_s, article.bodyText}};
    putText(json, u"url"_s, article.url);
    putText(json, u"title"_s, article.title);
    putText(json, u"summary"_s, item.entry.blurb.isEmpty() ? article.dek : item.entry.blurb);
    putDate(json, u"date_published"_s, article.publishedAt);
    if (!article.byline.isEmpty())
        json.insert(u"authors"_s, QJsonArray{QJsonObject{{u"name"_s, article.byline}}});
    if (!topics.isEmpty())
        json.insert(u"tags"_s, tagsJson(topics));
    putText(json, u"language"_s, article.language);
    putText(json, u"image"_s, imageUrl(article.imageUrl));

    QJsonObject newsdesk{{u"status"_s, ArticleText::statusKey(article.status)}};
    if (section >= 0)
        newsdesk.insert(u"section"_s, section);
    putText(newsdesk, u"blurb"_s, item.entry.blurb);
    putText(newsdesk, u"dek"_s, article.dek);
    putText(newsdesk, u"byline"_s, article.byline);
    putText(newsdesk, u"dateline"_s, article.dateline);
    putText(newsdesk, u"agency"_s, article.agency);
    putText(newsdesk, u"source"_s, article.source);
    putText(newsdesk, u"image_caption"_s, article.imageCaption);
    putText(newsdesk, u"image_credit"_s, article.imageCredit);
    putText(newsdesk, u"note"_s, article.note);
    putText(newsdesk, u"guid"_s, article.guid);
    putText(newsdesk, u"canonical_url"_s, article.canonicalUrl);
    putDate(newsdesk, u"imported_at"_s, article.importedAt);
    if (!topics.isEmpty())
        newsdesk.insert(u"topics"_s, topicsJson(topics));
    if (!item.content.comments.isEmpty())
        newsdesk.insert(u"comments"_s, commentsJson(item.content.comments, id));
    if (!item.content.otherSources.isEmpty())
        newsdesk.insert(u"other_sources"_s, otherSourcesJson(item.content.otherSources));
    json.insert(BundleJson::ExtensionKey, newsdesk);
    return json;
}

// ----- Reading -------------------------------------------------------------------------------------

/// What a member of "_newsdesk" should have been, when it was not.
enum class Expected {
    Text,
    Flag,
    Count,
    Date,
    List,
    Object,
    TopicName,
    CommentId,
    SectionHeading,
    SectionStart
};

/// One whole sentence per expectation: a description spliced into "should be %2" cannot take the
/// grammar other languages need. %1 is where in the file (“items[0]._newsdesk.date”).
QString expectedText(const QString &where, Expected expected)
{
    switch (expected) {
    case Expected::Text:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be text.").arg(where);
    case Expected::Flag:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be true or false.")
            .arg(where);
    case Expected::Count:
        return BundleJson::tr(
                   "The file's Newsdesk fields cannot be read: “%1” should be a whole number, 0 or "
                   "more.")
            .arg(where);
    case Expected::Date:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be a date such as "
                              "2024-05-01T09:30:00Z.")
            .arg(where);
    case Expected::List:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be a list.").arg(where);
    case Expected::Object:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be an object.")
            .arg(where);
    case Expected::TopicName:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be a topic's name.")
            .arg(where);
    case Expected::CommentId:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be the comment's id.")
            .arg(where);
    case Expected::SectionHeading:
        return BundleJson::tr(
                   "The file's Newsdesk fields cannot be read: “%1” should be a section's heading.")
            .arg(where);
    case Expected::SectionStart:
        return BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be the index of the "
                              "section's first item, in order.")
            .arg(where);
    }
    return {};
}

/// Reads the members of one object of "_newsdesk", remembering the first one of the wrong type with
/// where it is, so the error names it ("items[3]._newsdesk.comments[0].date").
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &where)
        : m_object(object)
        , m_where(where)
    {
    }

    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(key, Expected::Text);
        return value.toString();
    }

    bool flag(const QString &key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(key, Expected::Flag);
        return value.toBool(fallback);
    }

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const std::optional<qint64> number = value.isDouble() ? exactInteger(value.toDouble()) : std::nullopt;
        if (!number || *number < 0) {
            fail(key, Expected::Count);
            return std::nullopt;
        }
        return number;
    }

    QDateTime date(const QString &key)
    {
        const QString raw = text(key);
        if (raw.isEmpty())
            return {};
        const QDateTime time = QDateTime::fromString(raw, Qt::ISODate);
        if (!time.isValid())
            fail(key, Expected::Date);
        return time.toUTC();
    }

    QJsonArray list(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray())
            fail(key, Expected::List);
        return value.toArray();
    }

    /// The objects of a list, each with its own Fields; a member that is not an object is an error.
    QList<Fields> objects(const QString &key)
    {
        QList<Fields> fields;
        const QJsonArray array = list(key);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = u"%1[%2]"_s.arg(key).arg(i);
            if (!array.at(i).isObject())
                fail(where, Expected::Object);
            fields << Fields(array.at(i).toObject(), path(where));
        }
        return fields;
    }

    Fields object(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(key, Expected::Object);
        return Fields(value.toObject(), path(key));
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    /// A member with one of a fixed set of values.
    void failChoice(const QString &key, const QStringList &choices)
    {
        //: %1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.
        fail(BundleJson::tr("The file's Newsdesk fields cannot be read: “%1” should be one of %2.")
                 .arg(path(key), choices.join(u", "_s)));
    }

    void fail(const QString &key, Expected expected) { fail(expectedText(path(key), expected)); }

    /// The first problem met here or in any Fields made from this one and handed back through absorb().
    std::optional<Error> error() const { return m_error; }
    void absorb(const Fields &inner)
    {
        if (!m_error && inner.m_error)
            m_error = inner.m_error;
    }

private:
    QString path(const QString &key) const { return m_where.isEmpty() ? key : m_where + u'.' + key; }

    void fail(const QString &message)
    {
        if (!m_error)
            m_error = Error{Error::Code::InvalidArgument, message};
    }

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

/// Sanitised HTML as stored, and its text: the exported text when the sanitizer left the HTML as it was
/// (it is idempotent on its own output, so an export of this library comes back byte for byte).
std::pair<QString, QString> sanitizedBody(const QString &html, const QString &text, const QUrl &base)
{
    const QString clean = HtmlSanitizer::sanitize(html, base);
    return {clean, clean == html && !text.isEmpty() ? text : HtmlSanitizer::plainText(clean)};
}

QList<ExtractedTopic> readTopics(Fields &fields)
{
    QList<ExtractedTopic> topics;
    static const QStringList origins{TopicRepository::originKey(TagOrigin::Manual),
                                     TopicRepository::originKey(TagOrigin::Rule),
                                     TopicRepository::originKey(TagOrigin::Suggested)};
    for (Fields topic : fields.objects(u"topics"_s)) {
        ExtractedTopic extracted;
        extracted.name = topic.text(u"name"_s).simplified();
        extracted.path = topic.text(u"path"_s).trimmed();
        extracted.code = topic.text(u"code"_s).trimmed();
        extracted.colour = topic.text(u"colour"_s).trimmed();
        const QString origin = topic.text(u"origin"_s);
        if (!origin.isEmpty() && !origins.contains(origin))
            topic.failChoice(u"origin"_s, origins);
        extracted.origin = TopicRepository::originFromKey(origin);
        if (extracted.name.isEmpty())
            topic.fail(u"name"_s, Expected::TopicName);
        if (extracted.path.isEmpty())
            extracted.path = extracted.name;
        fields.absorb(topic);
        topics << extracted;
    }
    return topics;
}

/// Parents before their replies, otherwise in the file's order (the order the export wrote).
QList<ExtractedComment> threaded(QList<ExtractedComment> comments)
{
    QSet<QString> ids;
    for (const ExtractedComment &comment : std::as_const(comments))
        ids.insert(comment.externalId);
    QList<ExtractedComment> ordered;
    QSet<QString> placed;
    while (!comments.isEmpty()) {
        const qsizetype before = comments.size();
        for (auto it = comments.begin(); it != comments.end();) {
            if (it->parentExternalId.isEmpty() || placed.contains(it->parentExternalId) ||
                !ids.contains(it->parentExternalId)) {
                placed.insert(it->externalId);
                ordered << *it;
                it = comments.erase(it);
            } else {
                ++it;
            }
        }
        if (comments.size() == before) { // a cycle: what is left stands on its own
            for (ExtractedComment &comment : comments) {
                comment.parentExternalId.clear();
                ordered << comment;
            }
            break;
        }
    }
    return ordered;
}

QList<ExtractedComment> readComments(Fields &fields)
{
    QList<ExtractedComment> comments;
    QStringList statuses;
    for (CommentStatus status : CommentText::allStatuses())
        statuses << commentStatusKey(status);
    for (Fields comment : fields.objects(u"comments"_s)) {
        ExtractedComment extracted;
        extracted.externalId = comment.text(u"id"_s).trimmed();
        if (extracted.externalId.isEmpty())
            comment.fail(u"id"_s, Expected::CommentId);
        extracted.parentExternalId = comment.text(u"parent"_s).trimmed();
        extracted.author = comment.text(u"author"_s);
        extracted.authorUrl = webUrl(comment.text(u"url"_s));
        extracted.postedAt = comment.date(u"date"_s);
        const QString status = comment.text(u"status"_s);
        if (!status.isEmpty()) {
            extracted.status = commentStatusFromKey(status);
            if (!extracted.status)
                comment.failChoice(u"status"_s, statuses);
        }
        const QString html = comment.text(u"content_html"_s);
        const QString text = comment.text(u"content_text"_s);
        if (html.isEmpty()) {
            extracted.html = commentHtmlFromText(text);
            extracted.text = text;
        } else {
            std::tie(extracted.html, extracted.text) = sanitizedBody(html, text, QUrl());
        }
        fields.absorb(comment);
        comments << extracted;
    }
    return threaded(comments);
}

QList<StoryAlternate> readOtherSources(Fields &fields)
{
    QList<StoryAlternate> sources;
    for (Fields source : fields.objects(u"other_sources"_s)) {
        const StoryAlternate alternate{source.text(u"source"_s), source.text(u"title"_s),
                                       webUrl(source.text(u"url"_s))};
        fields.absorb(source);
        sources << alternate;
    }
    return sources;
}

} // namespace

QString BundleJson::itemId(const Article &article)
{
    if (!article.guid.isEmpty())
        return article.guid;
    if (!article.canonicalUrl.isEmpty())
        return article.canonicalUrl;
    if (!article.url.isEmpty())
        return article.url;
    return u"urn:newsdesk:"_s + article.contentHash;
}

QByteArray BundleJson::write(const BundleContent &content)
{
    const Bundle &bundle = content.bundle;
    QJsonArray items;
    QJsonArray sections;
    for (const BundleItem &item : content.items) {
        if (item.isSection())
            sections << QJsonObject{{u"heading"_s, item.entry.heading}, {u"start"_s, items.size()}};
        else
            items << itemJson(item, int(sections.size()) - 1);
    }

    QJsonObject newsdesk{{u"format"_s, FormatVersion},
                         {u"name"_s, bundle.name},
                         {u"options"_s, QJsonObject{{u"topics"_s, bundle.options.topics},
                                                    {u"comments"_s, bundle.options.comments},
                                                    {u"images"_s, bundle.options.images},
                                                    {u"source_links"_s, bundle.options.sourceLinks}}}};
    putText(newsdesk, u"title"_s, bundle.title);
    putText(newsdesk, u"intro"_s, bundle.intro);
    putText(newsdesk, u"saved_search"_s, bundle.savedSearch);
    if (!sections.isEmpty())
        newsdesk.insert(u"sections"_s, sections);

    QJsonObject feed{{u"version"_s, JsonFeedVersion},
                     {u"title"_s, bundle.displayTitle()},
                     {u"items"_s, items},
                     {ExtensionKey, newsdesk}};
    putText(feed, u"description"_s, bundle.intro);
    // QJsonObject keeps its members sorted by key, which is what makes the bytes repeatable.
    return QJsonDocument(feed).toJson(QJsonDocument::Indented);
}

Result<bool> BundleJson::hasExtension(const QJsonObject &feed)
{
    const QJsonValue value = feed.value(ExtensionKey);
    if (value.isUndefined())
        return false;
    Fields root(QJsonObject{{ExtensionKey, value}}, QString());
    Fields fields = root.object(ExtensionKey);
    const std::optional<qint64> format = fields.integer(u"format"_s);
    if (const auto error = root.error() ? root.error() : fields.error())
        return *error;
    if (!format || *format < 1)
        return Error{Error::Code::InvalidArgument,
                     tr("The file's Newsdesk fields do not say which format version they are in.")};
    if (*format > FormatVersion)
        return Error{Error::Code::NewerVersion,
                     tr("This bundle was exported by a newer Newsdesk (format %1; this version reads up to "
                        "format %2). Update Newsdesk to import it.")
                         .arg(*format)
                         .arg(FormatVersion)};
    return true;
}

Status BundleJson::readItem(const QJsonObject &item, qsizetype index, ExtractedArticle &extracted)
{
    const QString where = u"items[%1]"_s.arg(index);
    Fields itemFields(item, where);
    Fields fields = itemFields.object(ExtensionKey);
    if (const auto error = itemFields.error())
        return *error;
    if (!item.contains(ExtensionKey))
        return {}; // an item from elsewhere, in a feed a Newsdesk library added to

    Article &article = extracted.article;
    // Everything the item says, as it said it: an absent member is an empty field, not the feed's value.
    article.dek = fields.text(u"dek"_s);
    article.byline = fields.text(u"byline"_s);
    article.dateline = fields.text(u"dateline"_s);
    article.agency = fields.text(u"agency"_s);
    article.source = fields.text(u"source"_s);
    article.imageCaption = fields.text(u"image_caption"_s);
    article.imageCredit = fields.text(u"image_credit"_s);
    article.note = fields.text(u"note"_s);
    article.guid = extracted.guid = fields.text(u"guid"_s).trimmed();
    // An article imported from a file keeps its file: address as its canonical one, as its url does.
    const QString canonical = fields.text(u"canonical_url"_s).trimmed();
    article.canonicalUrl =
        webUrl(canonical).isEmpty() && QUrl(canonical).scheme() != u"file" ? QString() : canonical;
    article.importedAt = fields.date(u"imported_at"_s);
    const QString status = fields.text(u"status"_s);
    if (!status.isEmpty()) {
        if (const auto known = ArticleText::statusFromKey(status)) {
            article.status = *known;
        } else {
            QStringList keys;
            for (ArticleStatus each : ArticleText::allStatuses())
                keys << ArticleText::statusKey(each);
            fields.failChoice(u"status"_s, keys);
        }
    }
    extracted.keepsCuration = true;

    Fields feedItem(item, where);
    article.language = feedItem.text(u"language"_s).trimmed();
    const QString image = feedItem.text(u"image"_s).trimmed();
    article.imageUrl = imageUrl(image);
    const QString html = feedItem.text(u"content_html"_s);
    if (!html.trimmed().isEmpty()) {
        std::tie(article.bodyHtml, article.bodyText) =
            sanitizedBody(html, feedItem.text(u"content_text"_s), QUrl(article.url));
        article.wordCount = countWords(article.bodyText);
        extracted.bodySanitized = true;
    }

    if (fields.has(u"topics"_s)) {
        extracted.placedTopics = readTopics(fields);
        extracted.topics.clear(); // the tags are the same topics, placed
    }
    extracted.comments = readComments(fields);
    extracted.otherSources = readOtherSources(fields);
    fields.text(u"blurb"_s); // read with the bundle; only its type is checked here
    fields.integer(u"section"_s);

    itemFields.absorb(feedItem);
    itemFields.absorb(fields);
    if (const auto error = itemFields.error())
        return *error;
    return {};
}

Result<ExtractedBundle> BundleJson::readBundle(const QJsonObject &feed, const QList<int> &articleOfItem)
{
    Fields root(feed, QString());
    Fields fields = root.object(ExtensionKey);
    ExtractedBundle extracted;
    Bundle &bundle = extracted.bundle;
    bundle.name = fields.text(u"name"_s).trimmed();
    bundle.title = fields.text(u"title"_s);
    bundle.intro = fields.text(u"intro"_s);
    bundle.savedSearch = fields.text(u"saved_search"_s);
    Fields options = fields.object(u"options"_s);
    bundle.options.topics = options.flag(u"topics"_s, true);
    bundle.options.comments = options.flag(u"comments"_s, true);
    bundle.options.images = options.flag(u"images"_s, true);
    bundle.options.sourceLinks = options.flag(u"source_links"_s, true);
    fields.absorb(options);
    if (bundle.name.isEmpty())
        bundle.name = bundle.title.simplified();
    if (bundle.name.isEmpty())
        bundle.name = feed.value(u"title"_s).toString().simplified();
    if (bundle.name.isEmpty())
        bundle.name = tr("Imported bundle");

    const QJsonArray items = feed.value(u"items"_s).toArray();
    QList<std::pair<qint64, QString>> sections; // (start, heading)
    for (Fields section : fields.objects(u"sections"_s)) {
        const QString heading = section.text(u"heading"_s);
        const std::optional<qint64> start = section.integer(u"start"_s);
        if (heading.trimmed().isEmpty())
            section.fail(u"heading"_s, Expected::SectionHeading);
        if (!start || *start > items.size() || (!sections.isEmpty() && *start < sections.last().first))
            section.fail(u"start"_s, Expected::SectionStart);
        fields.absorb(section);
        sections.append({start.value_or(0), heading});
    }
    root.absorb(fields);
    if (const auto error = root.error())
        return *error;

    qsizetype nextSection = 0;
    const auto addSectionsUpTo = [&](qsizetype itemIndex) {
        for (; nextSection < sections.size() && sections.at(nextSection).first <= itemIndex; ++nextSection) {
            bundle.entries << BundleEntry::section(sections.at(nextSection).second);
            extracted.articleIndexes << -1;
        }
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        addSectionsUpTo(i);
        const int article = articleOfItem.value(i, -1);
        if (article < 0)
            continue;
        Fields item(items.at(i).toObject().value(ExtensionKey).toObject(), QString());
        bundle.entries << BundleEntry::article(0, item.text(u"blurb"_s));
        extracted.articleIndexes << article;
    }
    addSectionsUpTo(items.size());
    return extracted;
}

} // namespace Newsdesk
