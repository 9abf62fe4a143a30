#pragma once

// Bundles for the exporting tests, built without a library so the export's own escaping and sanitising
// is what gets tested, and a checker that lists whatever in exported HTML could run.

#include "exporting/BundleContent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace Newsdesk::Testing {

/// tests/data/bundles/hostile/bundle.json: every field full of script, handlers and javascript: links.
inline BundleContent hostileBundle()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/bundles/hostile/bundle.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the hostile bundle fixture");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    BundleContent content;
    content.bundle.name = root.value(QStringLiteral("name")).toString();
    content.bundle.title = root.value(QStringLiteral("title")).toString();
    content.bundle.intro = root.value(QStringLiteral("intro")).toString();
    qint64 nextId = 1;
    for (const QJsonValue &value : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject object = value.toObject();
        BundleItem item;
        if (object.contains(QStringLiteral("section"))) {
            item.entry = BundleEntry::section(object.value(QStringLiteral("section")).toString());
            content.items << item;
            continue;
        }
        const QJsonObject fields = object.value(QStringLiteral("article")).toObject();
        Article &article = item.content.article;
        article.id = nextId++;
        const auto field = [&](const char *name) { return fields.value(QLatin1String(name)).toString(); };
        article.title = field("title");
        article.dek = field("dek");
        article.byline = field("byline");
        article.dateline = field("dateline");
        article.agency = field("agency");
        article.source = field("source");
        article.url = field("url");
        article.canonicalUrl = field("canonicalUrl");
        article.language = field("language");
        article.imageUrl = field("imageUrl");
        article.imageCaption = field("imageCaption");
        article.imageCredit = field("imageCredit");
        article.bodyHtml = field("bodyHtml"); // deliberately not sanitised: the export must do it
        article.publishedAt = QDateTime::fromString(field("publishedAt"), Qt::ISODate);
        item.entry = BundleEntry::article(article.id, object.value(QStringLiteral("blurb")).toString());
        for (const QJsonValue &topicValue : object.value(QStringLiteral("topics")).toArray()) {
            const QJsonObject topic = topicValue.toObject();
            const QString name = topic.value(QStringLiteral("name")).toString();
            const QString colour = topic.value(QStringLiteral("colour")).toString();
            item.topics << BundleTopic{name, name, topic.value(QStringLiteral("code")).toString(), colour,
                                       TagOrigin::Manual};
            item.content.topics << TopicChip{name, colour};
        }
        qint64 commentId = article.id * 100;
        for (const QJsonValue &commentValue : object.value(QStringLiteral("comments")).toArray()) {
            const QJsonObject json = commentValue.toObject();
            Comment comment;
            comment.id = ++commentId;
            comment.articleId = article.id;
            comment.author = json.value(QStringLiteral("author")).toString();
            comment.authorUrl = json.value(QStringLiteral("authorUrl")).toString();
            comment.body = json.value(QStringLiteral("body")).toString();
            const QString status = json.value(QStringLiteral("status")).toString();
            comment.status = status == QLatin1String("approved") ? CommentStatus::Approved
                             : status == QLatin1String("spam")   ? CommentStatus::Spam
                                                                 : CommentStatus::Pending;
            comment.postedAt = article.publishedAt.addSecs(3600 * commentId % 7);
            item.content.comments << comment;
        }
        content.items << item;
    }
    return content;
}

/// A 1×1 PNG, as the importer keeps images: a data: URL in the body.
inline QString pngDataUrl()
{
    return QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNg"
                          "+M/wHwAEAQH/2s/4nwAAAABJRU5ErkJggg==");
}

/// An ordinary bundle: two sections, titles that collide or have no Latin letters, a right-to-left
/// article, an embedded image shared by two articles, an approved comment.
inline BundleContent plainBundle()
{
    BundleContent content;
    content.bundle.name = QStringLiteral("Trade week");
    content.bundle.title = QStringLiteral("Trade disputes this week");
    content.bundle.intro = QStringLiteral("What moved the trade talks.\n\nSelected by the desk.");
    const auto add = [&](qint64 id, const QString &title, const QString &language, const QString &body,
                         const QString &blurb = {}) {
        BundleItem item;
        item.entry = BundleEntry::article(id, blurb);
        Article &article = item.content.article;
        article.id = id;
        article.title = title;
        article.language = language;
        article.url = QStringLiteral("https://news.example.com/story/%1").arg(id);
        article.source = QStringLiteral("Example News");
        article.byline = QStringLiteral("Ana Writer");
        article.publishedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()).addDays(id);
        article.bodyHtml = body;
        article.contentHash = QStringLiteral("hash%1").arg(id);
        item.topics << BundleTopic{QStringLiteral("Trade disputes"),
                                   QStringLiteral("Economy, business and finance/Trade disputes"),
                                   QStringLiteral("medtop:20000376"), QStringLiteral("#aa3300"),
                                   TagOrigin::Manual};
        item.content.topics << TopicChip{QStringLiteral("Trade disputes"), QStringLiteral("#aa3300")};
        content.items << item;
        return &content.items.last();
    };
    content.items << BundleItem{BundleEntry::section(QStringLiteral("Europe")), {}, {}};
    const QString image = QStringLiteral("<figure><img src=\"%1\" alt=\"A dot\"/><figcaption>The dot"
                                         "</figcaption></figure>")
                              .arg(pngDataUrl());
    BundleItem *first = add(1, QStringLiteral("Tariffs rise"), QStringLiteral("en"),
                            QStringLiteral("<p>Tariffs rose on Monday.</p>") + image,
                            QStringLiteral("The start of it all."));
    Comment comment;
    comment.id = 7;
    comment.articleId = 1;
    comment.author = QStringLiteral("Reader One");
    comment.body = QStringLiteral("<p>Good summary.</p>");
    comment.status = CommentStatus::Approved;
    comment.postedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc());
    first->content.comments << comment;
    add(2, QStringLiteral("Tariffs rise"), QStringLiteral("en"),
        QStringLiteral("<p>A second story, same title.</p>") + image);
    content.items << BundleItem{BundleEntry::section(QStringLiteral("Asia")), {}, {}};
    add(3, QStringLiteral("関税が上昇"), QStringLiteral("ja"), QStringLiteral("<p>関税が月曜日に上昇した。</p>"));
    add(4, QStringLiteral("الرسوم الجمركية"), QStringLiteral("ar"), QStringLiteral("<p>ارتفعت الرسوم.</p>"));
    return content;
}

/// Whatever in an HTML document could run or navigate by itself: script elements (but the JSON-LD data
/// blocks), on* attributes, javascript:/vbscript:/data:text/html URLs, frames, objects, SVG and MathML,
/// meta refresh, base, forms, style expressions. Empty when the document is inert.
inline QStringList executableConstructs(const QByteArray &html)
{
    QStringList found;
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), "export.html", "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return {QStringLiteral("unparsable")};
    const auto urlIsActive = [](QString value) {
        value.remove(QRegularExpression(QStringLiteral("[\\x00-\\x20]")));
        value = value.toLower();
        return value.startsWith(QLatin1String("javascript:")) || value.startsWith(QLatin1String("vbscript:"))
               || value.startsWith(QLatin1String("data:text/html"));
    };
    const std::function<void(xmlNodePtr)> walk = [&](xmlNodePtr node) {
        for (; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
            if (name == QLatin1String("script")) {
                xmlChar *type = xmlGetProp(node, reinterpret_cast<const xmlChar *>("type"));
                const bool data = type && qstrcmp(reinterpret_cast<const char *>(type), "application/ld+json") == 0;
                xmlFree(type);
                if (!data)
                    found << QStringLiteral("<script>");
            }
            static const QStringList forbidden{QStringLiteral("iframe"), QStringLiteral("frame"),
                                               QStringLiteral("object"), QStringLiteral("embed"),
                                               QStringLiteral("svg"),    QStringLiteral("math"),
                                               QStringLiteral("base"),   QStringLiteral("form"),
                                               QStringLiteral("button"), QStringLiteral("applet")};
            if (forbidden.contains(name))
                found << QLatin1Char('<') + name + QLatin1Char('>');
            for (xmlAttrPtr attr = node->properties; attr; attr = attr->next) {
                const QString attribute = QString::fromUtf8(reinterpret_cast<const char *>(attr->name)).toLower();
                xmlChar *raw = xmlNodeListGetString(doc, attr->children, 1);
                const QString value = raw ? QString::fromUtf8(reinterpret_cast<const char *>(raw)) : QString();
                xmlFree(raw);
                if (attribute.startsWith(QLatin1String("on")))
                    found << name + QLatin1Char('[') + attribute + QLatin1Char(']');
                if (urlIsActive(value))
                    found << name + QLatin1Char('[') + attribute + QLatin1String("]=") + value;
                if (attribute == QLatin1String("style")
                    && (value.contains(QLatin1String("expression"), Qt::CaseInsensitive)
                        || value.contains(QLatin1String("url("), Qt::CaseInsensitive)))
                    found << name + QLatin1String("[style]=") + value;
                if (name == QLatin1String("meta") && attribute == QLatin1String("http-equiv")
                    && value.compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0)
                    found << QStringLiteral("<meta http-equiv=refresh>");
            }
            walk(node->children);
        }
    };
    walk(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    return found;
}

/// python3 with feedparser (Debian's python3-feedparser), or empty.
inline QString feedparserPython()
{
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import feedparser")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace Newsdesk::Testing
