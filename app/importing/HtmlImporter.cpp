#include "HtmlImporter.h"

#include "ContentExtractor.h"
#include "HtmlDocument.h"
#include "HtmlDom_p.h"
#include "HtmlSanitizer.h"
#include "LanguageGuess.h"
#include "MetadataExtractor.h"
#include "MhtmlReader.h"
#include "TextDecoder.h"
#include "TextPatterns.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>

namespace Newsdesk {

namespace {

using namespace Dom;

bool hasClassToken(const xmlNode *node, QLatin1StringView token)
{
    // On the raw UTF-8: this runs for every element of every page, and tokens are ASCII.
    const QByteArray raw = attributeRaw(node, "class");
    const std::string_view classes(raw.constData(), std::size_t(raw.size()));
    const std::string_view wanted(token.data(), std::size_t(token.size()));
    for (std::size_t start = 0; start < classes.size();) {
        const std::size_t end = std::min(classes.find(' ', start), classes.size());
        if (classes.substr(start, end - start) == wanted)
            return true;
        start = end + 1;
    }
    return false;
}

bool hasClassContaining(const xmlNode *node, QLatin1StringView fragment)
{
    return attribute(node, "class").contains(fragment, Qt::CaseInsensitive);
}

/// The first element below item (not inside a nested comment) that matches.
template <typename Predicate>
xmlNode *findInComment(xmlNode *item, const QSet<xmlNode *> &items, Predicate matches)
{
    for (xmlNode *node = item->children; node;) {
        if (isElement(node) && items.contains(node)) {
            node = nextNode(node, item, true);
            continue;
        }
        if (isElement(node) && matches(node))
            return node;
        node = nextNode(node, item);
    }
    return nullptr;
}

QString paragraphText(xmlNode *node)
{
    QStringList paragraphs;
    for (xmlNode *p : elementsByTag(node, "p"))
        if (const QString text = textContent(p).simplified(); !text.isEmpty())
            paragraphs << text;
    return paragraphs.isEmpty() ? textContent(node).simplified() : paragraphs.join(QStringLiteral("\n\n"));
}

constexpr qint64 MaxEmbeddedImageBytes = 8 * 1024 * 1024;

bool isEmbeddableImage(const QString &contentType)
{
    return contentType == QLatin1String("image/png") || contentType == QLatin1String("image/jpeg") ||
           contentType == QLatin1String("image/gif") || contentType == QLatin1String("image/webp");
}

QString imageTypeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

/// Images that came with the page (MHTML parts, a saved page's "_files" folder) go into the body as
/// data: URLs, so the article keeps them and nothing is fetched when it is read.
QByteArray embedImages(const QByteArray &html, const QUrl &base, const QList<ExtractedResource> &resources)
{
    static const QRegularExpression image(QStringLiteral("(<img\\b[^>]*?\\ssrc=\")([^\"]*)(\")"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString pageFolder = base.isLocalFile() ? QFileInfo(base.toLocalFile()).absolutePath() : QString();
    if (resources.isEmpty() && pageFolder.isEmpty())
        return html; // nothing to embed from: a page from the web
    const QString text = QString::fromUtf8(html);
    QString result;
    qsizetype last = 0;
    for (auto it = image.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QUrl url =
            base.resolved(QUrl(match.captured(2).replace(QLatin1String("&amp;"), QLatin1String("&"))));
        QByteArray data;
        QString type;
        for (const ExtractedResource &resource : resources)
            if (resource.url == url) {
                data = resource.data;
                type = resource.contentType;
                break;
            }
        if (data.isEmpty() && url.isLocalFile() && !pageFolder.isEmpty()) {
            // Only files beside the page: a hostile page must not read the rest of the disk.
            const QFileInfo file(url.toLocalFile());
            if (file.absoluteFilePath().startsWith(pageFolder + QLatin1Char('/')) &&
                file.size() <= MaxEmbeddedImageBytes) {
                QFile reader(file.absoluteFilePath());
                if (reader.open(QIODevice::ReadOnly))
                    data = reader.readAll();
            }
        }
        if (!isEmbeddableImage(type))
            type = imageTypeOf(data);
        if (data.isEmpty() || data.size() > MaxEmbeddedImageBytes || type.isEmpty())
            continue;
        result += QStringView(text).mid(last, match.capturedStart(2) - last);
        result += QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(data.toBase64()));
        last = match.capturedEnd(2);
    }
    if (last == 0)
        return html;
    result += QStringView(text).mid(last);
    return result.toUtf8();
}

} // namespace

QString HtmlImporter::formatName() const
{
    return tr("web page");
}

bool HtmlImporter::canRead(const ImportSource &source) const
{
    if (MhtmlReader::canRead(source.data))
        return true;
    if (source.contentType == QLatin1String("text/html") ||
        source.contentType == QLatin1String("application/xhtml+xml"))
        return true;
    const QString suffix = QFileInfo(source.url.path()).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml") || suffix == QLatin1String("mhtml") ||
        suffix == QLatin1String("mht"))
        return true;
    const QByteArray head = source.data.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") ||
           head.contains("<body");
}

QList<ExtractedComment> HtmlImporter::comments(const HtmlDocument &document)
{
    auto *doc = static_cast<xmlDoc *>(document.handle());
    xmlNode *root = xmlDocGetRootElement(doc);
    // A comment is an element classed "comment" (li, article, div) that holds a comment's text.
    QList<xmlNode *> items;
    for (xmlNode *node = root; node; node = nextNode(node, root))
        if (isElement(node) &&
            (hasClassToken(node, QLatin1StringView("comment")) ||
             hasClassToken(node, QLatin1StringView("pingback"))) &&
            !hasTag(node, "body"))
            items << node;
    const QSet<xmlNode *> itemSet(items.cbegin(), items.cend());
    QHash<xmlNode *, ExtractedComment> parsed;
    QHash<xmlNode *, xmlNode *> parentOf;
    QList<xmlNode *> kept;
    const QUrl base = document.baseUrl();
    for (xmlNode *item : std::as_const(items)) {
        xmlNode *content = findInComment(item, itemSet, [](const xmlNode *node) {
            return hasClassContaining(node, QLatin1StringView("comment-content")) ||
                   hasClassContaining(node, QLatin1StringView("comment-text")) ||
                   hasClassContaining(node, QLatin1StringView("comment-body-text")) ||
                   attributeUtf8(node, "itemprop") == "text";
        });
        if (!content)
            continue;
        ExtractedComment comment;
        comment.text = paragraphText(content);
        if (xmlNode *author = findInComment(item, itemSet, [](const xmlNode *node) {
                return hasClassToken(node, QLatin1StringView("fn")) ||
                       hasClassContaining(node, QLatin1StringView("comment-author")) ||
                       attributeUtf8(node, "itemprop") == "author";
            })) {
            comment.author = textContent(author).simplified();
            comment.author.remove(QRegularExpression(QStringLiteral("\\s*(says|said|writes|wrote):?$"),
                                                     QRegularExpression::CaseInsensitiveOption));
            for (xmlNode *link = author; link; link = nextNode(link, author))
                if (hasTag(link, "a")) {
                    const QUrl url = base.resolved(QUrl(attribute(link, "href").trimmed()));
                    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                        comment.authorUrl = url.toString();
                    break;
                }
        }
        if (xmlNode *time =
                findInComment(item, itemSet, [](const xmlNode *node) { return hasTag(node, "time"); }))
            comment.postedAt = MetadataExtractor::parseDate(attribute(time, "datetime"));
        if (comment.text.isEmpty())
            continue;
        parsed.insert(item, comment);
        kept << item;
        for (xmlNode *parent = item->parent; parent; parent = parent->parent)
            if (itemSet.contains(parent)) {
                parentOf.insert(item, parent);
                break;
            }
    }
    // Build the threads from the innermost replies outwards.
    for (auto it = kept.crbegin(); it != kept.crend(); ++it) {
        xmlNode *parent = parentOf.value(*it);
        if (parent && parsed.contains(parent))
            parsed[parent].replies.prepend(parsed.take(*it));
    }
    QList<ExtractedComment> threads;
    for (xmlNode *item : std::as_const(kept))
        if (parsed.contains(item))
            threads << parsed.value(item);
    return threads;
}

Result<ImportOutcome> HtmlImporter::read(const ImportSource &source) const
{
    QByteArray bytes = source.data;
    QString charset = source.declaredCharset;
    QUrl url = source.url;
    ExtractedArticle extracted;
    if (MhtmlReader::canRead(bytes)) {
        auto mhtml = MhtmlReader::read(bytes);
        if (!mhtml)
            return mhtml.error();
        bytes = mhtml->html;
        if (charset.isEmpty())
            charset = mhtml->charset;
        if (mhtml->url.isValid() && !mhtml->url.isEmpty())
            url = mhtml->url;
        extracted.resources = mhtml->resources;
        extracted.issues << mhtml->issues;
    }
    auto decoded = TextDecoder::decode(bytes, TextKind::Html, charset);
    if (!decoded)
        return decoded.error();
    extracted.issues << decoded->issues;
    auto document = HtmlDocument::parse(decoded->text.toUtf8(), url);
    if (!document)
        return document.error();

    const PageMetadata metadata = MetadataExtractor::extract(*document);
    extracted.comments = comments(*document);
    const QUrl baseUrl = document->baseUrl();
    // Last: it changes the page.
    const ExtractedContent content = ContentExtractor::extract(*document, metadata.title);

    Article &article = extracted.article;
    article.title = metadata.title;
    article.dek = metadata.dek;
    article.byline = metadata.byline.isEmpty() ? content.byline.simplified() : metadata.byline;
    if (const QString names = TextPatterns::byline(article.byline); !names.isEmpty())
        article.byline = names;
    article.publishedAt = metadata.publishedAt;
    article.canonicalUrl = metadata.canonicalUrl;
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        article.url = url.toString();
    article.imageUrl = metadata.imageUrl;
    article.imageCaption = metadata.imageCaption;
    extracted.siteName = metadata.siteName;
    article.source = metadata.siteName;
    const QByteArray body = embedImages(content.html, baseUrl, extracted.resources);
    article.bodyHtml = HtmlSanitizer::sanitize(QString::fromUtf8(body), baseUrl);
    article.bodyText = HtmlSanitizer::plainText(article.bodyHtml);
    article.wordCount = countWords(article.bodyText);
    extracted.bodySanitized = true;
    if (article.imageCaption.isEmpty() && article.bodyHtml.contains(QLatin1String("<figcaption>"))) {
        // The lead figure's caption, when the story opens with one.
        static const QRegularExpression caption(QStringLiteral("<figcaption>(.*?)</figcaption>"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const auto match = caption.match(article.bodyHtml);
        if (match.hasMatch() && match.capturedStart() < article.bodyHtml.size() / 3)
            article.imageCaption = HtmlSanitizer::plainText(match.captured(1)).simplified();
    }

    // The conventions of wire copy, read from the text itself.
    const QStringList paragraphs = article.bodyText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (!paragraphs.isEmpty())
        TextPatterns::parseDateline(paragraphs.first(), &article.dateline, &article.agency);
    for (qsizetype i = std::max<qsizetype>(0, paragraphs.size() - 4); i < paragraphs.size(); ++i) {
        TextPatterns::parseCredits(paragraphs.at(i), &extracted.credits);
        if (const QString value = TextPatterns::labelled(paragraphs.at(i), TextPatterns::sourceLabels());
            !value.isNull() && article.source.isEmpty())
            article.source = value;
    }
    for (const QString &paragraph : paragraphs)
        if (const QString credit = TextPatterns::labelled(paragraph, TextPatterns::imageCreditLabels());
            !credit.isNull()) {
            article.imageCredit = credit;
            break;
        }
    if (article.source.isEmpty())
        article.source = article.agency;
    article.language = metadata.language.isEmpty()
                           ? guessLanguage(article.title + QLatin1Char('\n') + article.bodyText)
                           : metadata.language;
    if (article.title.isEmpty() && article.bodyText.isEmpty())
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” holds no article that could be read.").arg(source.name)};
    if (article.bodyText.isEmpty())
        extracted.issues << tr("No article text was found on the page.");

    ImportOutcome outcome;
    outcome.format = extracted.resources.isEmpty() && !MhtmlReader::canRead(source.data)
                         ? formatName()
                         : tr("web page (MHTML)");
    outcome.articles << extracted;
    return outcome;
}

} // namespace Newsdesk
