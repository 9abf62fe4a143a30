#include "MetadataExtractor.h"

#include "HtmlDocument.h"
#include "HtmlDom_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Newsdesk {

namespace {

using namespace Dom;

int wordCount(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return int(text.split(spaces).size());
}

/// Entities left in attribute values by pages that escape twice ("&amp;amp;").
QString unescapeEntities(QString text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression numeric(QStringLiteral("&#(?:x([0-9a-fA-F]+)|([0-9]+));"));
    QString result;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code =
            match.capturedLength(1) ? match.captured(1).toUInt(&ok, 16) : match.captured(2).toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t character = code;
            result += QString::fromUcs4(&character, 1);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    result.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&nbsp;"), QString(QChar(0xA0)))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return result;
}

QString clean(const QString &text)
{
    return unescapeEntities(text).simplified();
}

/// schema.org types that describe an article (Readability's list).
bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleTypes(QStringLiteral(
        "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
        "SatiricalArticle|"
        "ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|"
        "DiscussionForumPosting|TechArticle|APIReference)$"));
    if (type.isArray()) {
        for (const QJsonValue &one : type.toArray())
            if (isArticleType(one))
                return true;
        return false;
    }
    return articleTypes.match(type.toString()).hasMatch();
}

QString names(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    if (value.isArray()) {
        QStringList all;
        for (const QJsonValue &one : value.toArray()) {
            const QString name = names(one).trimmed();
            if (!name.isEmpty())
                all << name;
        }
        return all.join(QStringLiteral(", "));
    }
    return {};
}

QString imageUrlOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("url")).toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return imageUrlOf(value.toArray().first());
    return {};
}

/// The first schema.org article object in a JSON-LD block, looking into arrays and @graph.
QJsonObject findArticle(const QJsonValue &value, int depth = 0)
{
    if (depth > 8)
        return {};
    if (value.isArray()) {
        for (const QJsonValue &one : value.toArray())
            if (QJsonObject found = findArticle(one, depth + 1); !found.isEmpty())
                return found;
        return {};
    }
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value(QLatin1String("@type"))))
        return object;
    if (object.contains(QLatin1String("@graph")))
        return findArticle(object.value(QLatin1String("@graph")), depth + 1);
    return {};
}

double textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression wordBreak(QStringLiteral("\\W+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toCaseFolded().split(wordBreak, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toCaseFolded().split(wordBreak, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList unique;
    for (const QString &token : tokensB)
        if (!tokensA.contains(token))
            unique << token;
    const double distance =
        double(unique.join(QLatin1Char(' ')).size()) / double(tokensB.join(QLatin1Char(' ')).size());
    return 1 - distance;
}

QString languageTag(QString text)
{
    text = text.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!tag.match(text).hasMatch())
        return {};
    QStringList parts = text.split(QLatin1Char('-'));
    parts[0] = parts[0].toLower();
    for (int i = 1; i < parts.size(); ++i)
        if (parts[i].size() == 2)
            parts[i] = parts[i].toUpper();
    return parts.join(QLatin1Char('-'));
}

} // namespace

QDateTime MetadataExtractor::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!time.isValid()) {
        // "2026-09-18 13:42[:00][+01:00]" and friends.
        static const QRegularExpression spaced(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ "
                           "T](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
        const auto match = spaced.match(trimmed);
        if (match.hasMatch()) {
            QString zone = match.captured(3);
            if (zone.size() == 5)
                zone.insert(3, QLatin1Char(':'));
            time = QDateTime::fromString(match.captured(1) + QLatin1Char('T') + match.captured(2) + zone,
                                         Qt::ISODate);
        }
    }
    return time;
}

QString MetadataExtractor::titleFromDocumentTitle(const QString &documentTitle, const QStringList &h1s,
                                                  const QStringList &headings)
{
    const QString original = documentTitle.simplified();
    QString title = original;
    static const QRegularExpression separators(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\/>»] "));
    static const QRegularExpression beforeLast(QStringLiteral("(.*)[\\|\\-–—\\\\/>»] .*"));
    static const QRegularExpression afterFirst(QStringLiteral("[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»](.*)"));
    bool hadHierarchical = false;
    if (separators.match(title).hasMatch()) {
        hadHierarchical = hierarchical.match(title).hasMatch();
        title = beforeLast.match(original).captured(1);
        if (wordCount(title.trimmed()) < 3)
            title = afterFirst.match(original).captured(1);
    } else if (title.contains(QLatin1String(": "))) {
        if (!headings.contains(title.trimmed())) {
            title = original.mid(original.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(title.trimmed()) < 3)
                title = original.mid(original.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(original.left(original.indexOf(QLatin1Char(':')))) > 5)
                title = original;
        }
    } else if ((title.size() > 150 || title.size() < 15) && h1s.size() == 1) {
        title = h1s.first();
    }
    title = title.simplified();
    const int words = wordCount(title);
    static const QRegularExpression separatorRuns(QStringLiteral("[\\|\\-–—\\\\/>»]+"));
    if (words <= 4 &&
        (!hadHierarchical || words != wordCount(QString(original).remove(separatorRuns).simplified()) - 1))
        title = original;
    return title;
}

PageMetadata MetadataExtractor::extract(const HtmlDocument &document)
{
    auto *doc = static_cast<xmlDoc *>(document.handle());
    xmlNode *root = xmlDocGetRootElement(doc);
    const QUrl base = document.baseUrl();
    PageMetadata metadata;

    QHash<QString, QString> values; // normalised meta keys; a later tag overrides an earlier one
    QString documentTitle;
    QString canonical;
    QString htmlLanguage = languageTag(attribute(root, "lang"));
    QStringList h1s;
    QStringList headings;
    QString firstTime;
    QJsonObject jsonLd;

    static const QRegularExpression propertyPattern(
        QStringLiteral(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|"
            "site_name|image|url|locale|section)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-\\.:]\\s*)?("
                       "author|creator|"
                       "pub-date|description|title|site_name|image|date|language)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whitespace(QStringLiteral("\\s"));

    for (xmlNode *node = root; node; node = nextNode(node, root)) {
        if (!isElement(node))
            continue;
        if (hasTag(node, "meta")) {
            const QString content = attribute(node, "content");
            if (content.trimmed().isEmpty())
                continue;
            const QString property = attribute(node, "property");
            bool matched = false;
            for (auto it = propertyPattern.globalMatch(property); it.hasNext();) {
                const QString key = it.next().captured(0).toLower().remove(whitespace);
                values.insert(key, content.trimmed());
                matched = true;
            }
            const QString name = attribute(node, "name");
            if (!matched && namePattern.match(name).hasMatch()) {
                const QString key =
                    name.toLower().remove(whitespace).replace(QLatin1Char('.'), QLatin1Char(':'));
                values.insert(key, content.trimmed());
            }
            const QString equiv = attribute(node, "http-equiv");
            if (equiv.compare(QLatin1String("content-language"), Qt::CaseInsensitive) == 0 &&
                htmlLanguage.isEmpty())
                htmlLanguage = languageTag(content.section(QLatin1Char(','), 0, 0));
            if (property == QLatin1String("article:published") || name == QLatin1String("pubdate") ||
                name == QLatin1String("publish-date"))
                values.insert(QStringLiteral("article:published_time"),
                              values.value(QStringLiteral("article:published_time"), content.trimmed()));
        } else if (hasTag(node, "title") && documentTitle.isEmpty()) {
            documentTitle = textContent(node);
        } else if (hasTag(node, "link") && canonical.isEmpty()) {
            if (attribute(node, "rel").split(QLatin1Char(' ')).contains(QLatin1String("canonical")))
                canonical = attribute(node, "href").trimmed();
        } else if (hasTag(node, "script") &&
                   attribute(node, "type").trimmed() == QLatin1String("application/ld+json") &&
                   jsonLd.isEmpty()) {
            // Some pages wrap JSON-LD in CDATA markers or comments.
            QString text = textContent(node).trimmed();
            static const QRegularExpression wrappers(
                QStringLiteral("^\\s*(<!\\[CDATA\\[|<!--)|(\\]\\]>|-->)\\s*$"));
            text.remove(wrappers);
            const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
            const QJsonValue top = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
            const QJsonObject article = findArticle(top);
            const QString context = json.object().value(QLatin1String("@context")).toString() +
                                    article.value(QLatin1String("@context")).toString();
            if (!article.isEmpty() && (context.isEmpty() || context.contains(QLatin1String("schema.org"))))
                jsonLd = article;
        } else if (hasTag(node, "h1") || hasTag(node, "h2")) {
            const QString text = textContent(node).simplified();
            headings << text;
            if (hasTag(node, "h1"))
                h1s << text;
        } else if (hasTag(node, "time") && firstTime.isEmpty()) {
            firstTime = attribute(node, "datetime");
        }
    }

    const QString originalTitle = titleFromDocumentTitle(documentTitle, h1s, headings);
    // Titles: JSON-LD first; when its name and headline differ, the one closer to the page title.
    QString jsonTitle;
    const QString jsonName = jsonLd.value(QLatin1String("name")).toString();
    const QString jsonHeadline = jsonLd.value(QLatin1String("headline")).toString();
    if (!jsonName.isEmpty() && !jsonHeadline.isEmpty() && jsonName != jsonHeadline) {
        const bool nameMatches = textSimilarity(jsonName, originalTitle) > 0.75;
        const bool headlineMatches = textSimilarity(jsonHeadline, originalTitle) > 0.75;
        jsonTitle = headlineMatches && !nameMatches ? jsonHeadline : jsonName;
    } else {
        jsonTitle = !jsonName.isEmpty() ? jsonName : jsonHeadline;
    }
    const auto firstOf = [&values](std::initializer_list<const char *> keys) {
        for (const char *key : keys)
            if (const QString value = values.value(QString::fromLatin1(key)); !value.isEmpty())
                return value;
        return QString();
    };
    metadata.title = clean(jsonTitle);
    if (metadata.title.isEmpty())
        metadata.title = clean(firstOf({"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                        "weibo:webpage:title", "title", "twitter:title", "parsely-title"}));
    if (metadata.title.isEmpty())
        metadata.title = clean(originalTitle);

    QString jsonAuthor = names(jsonLd.value(QLatin1String("author")));
    metadata.byline = clean(jsonAuthor);
    if (metadata.byline.isEmpty()) {
        QString author = firstOf({"dc:creator", "dcterm:creator", "author", "parsely-author"});
        // article:author is usually a profile URL; only a name is a byline.
        if (author.isEmpty()) {
            const QString articleAuthor = values.value(QStringLiteral("article:author"));
            if (!articleAuthor.startsWith(QLatin1String("http")))
                author = articleAuthor;
        }
        metadata.byline = clean(author);
    }
    metadata.dek = clean(jsonLd.value(QLatin1String("description")).toString());
    if (metadata.dek.isEmpty())
        metadata.dek = clean(
            firstOf({"dc:description", "dcterm:description", "og:description", "weibo:article:description",
                     "weibo:webpage:description", "description", "twitter:description"}));
    metadata.siteName =
        clean(jsonLd.value(QLatin1String("publisher")).toObject().value(QLatin1String("name")).toString());
    if (metadata.siteName.isEmpty())
        metadata.siteName = clean(firstOf({"og:site_name"}));

    for (const QString &candidate :
         {jsonLd.value(QLatin1String("datePublished")).toString(),
          values.value(QStringLiteral("article:published_time")),
          values.value(QStringLiteral("parsely-pub-date")), values.value(QStringLiteral("dc:date")),
          values.value(QStringLiteral("dcterm:date")), values.value(QStringLiteral("date")), firstTime}) {
        metadata.publishedAt = parseDate(candidate);
        if (metadata.publishedAt.isValid())
            break;
    }

    metadata.language = languageTag(jsonLd.value(QLatin1String("inLanguage")).toString());
    if (metadata.language.isEmpty())
        metadata.language = htmlLanguage;
    if (metadata.language.isEmpty())
        metadata.language = languageTag(firstOf({"og:locale", "dc:language", "language"}));

    QString url = canonical;
    if (url.isEmpty())
        url = firstOf({"og:url"});
    if (url.isEmpty())
        url = jsonLd.value(QLatin1String("url")).toString();
    if (!url.isEmpty()) {
        const QUrl resolved = base.resolved(QUrl(url.trimmed()));
        if (resolved.isValid() &&
            (resolved.scheme() == QLatin1String("http") || resolved.scheme() == QLatin1String("https")))
            metadata.canonicalUrl = resolved.toString();
    }
    QString image = imageUrlOf(jsonLd.value(QLatin1String("image")));
    if (image.isEmpty())
        image = firstOf({"og:image", "twitter:image"});
    if (!image.isEmpty()) {
        const QUrl resolved = base.resolved(QUrl(image.trimmed()));
        if (resolved.isValid())
            metadata.imageUrl = resolved.toString();
    }
    metadata.section = clean(firstOf({"article:section"}));
    return metadata;
}

} // namespace Newsdesk
