#include "ArticleFormatter.h"

#include "importing/HtmlSanitizer.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Newsdesk {

namespace {

constexpr QLatin1StringView LightBackground{"#fdfcf9"};
constexpr QLatin1StringView DarkBackground{"#1c1d21"};
// Replies nest this deep; deeper ones continue at this level, so a long quarrel stays readable.
constexpr int MaxCommentDepth = 6;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The four entities the sanitizer writes in attribute values, back to characters.
QString decodeAttribute(QStringView value)
{
    QString text = value.toString();
    text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// An http(s) or mailto address ready for an href attribute, or empty: javascript:, data:, file: and
// anything else unexpected is dropped, not neutralised.
QString safeHref(const QString &address, bool allowMailto = false)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    const bool web =
        (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
    const bool mail = allowMailto && scheme == QLatin1String("mailto") && !url.path().isEmpty();
    if (!web && !mail)
        return {};
    return QString::fromLatin1(url.toEncoded()).toHtmlEscaped();
}

// A language tag fit for a lang attribute, or empty.
QString languageTag(const QString &language)
{
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    QString tag = language.trimmed();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    return bcp47.match(tag).hasMatch() ? tag : QString();
}

// A topic colour fit for a style attribute ("#rrggbb"), with black or white text for it.
std::optional<std::pair<QString, QString>> chipColours(const QString &colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!hex.match(colour).hasMatch())
        return std::nullopt;
    const auto channel = [&](int at) { return colour.mid(at, 2).toInt(nullptr, 16) / 255.0; };
    // Perceived brightness; the same threshold as the chips in the editor (light text on dark colours).
    const double luma = 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
    return std::pair{colour.toLower(), QString::fromLatin1(luma < 0.55 ? "#ffffff" : "#000000")};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The value of attribute name in a tag as the sanitizer writes it (name="value"), still escaped.
std::optional<std::pair<qsizetype, qsizetype>> attributeSpan(QStringView tag, QLatin1StringView name)
{
    const QString needle = QStringLiteral(" ") + name + QStringLiteral("=\"");
    const qsizetype at = tag.indexOf(needle);
    if (at < 0)
        return std::nullopt;
    const qsizetype from = at + needle.size();
    const qsizetype to = tag.indexOf(QLatin1Char('"'), from);
    if (to < 0)
        return std::nullopt;
    return std::pair{from, to - from};
}

QString attribute(QStringView tag, QLatin1StringView name)
{
    const auto span = attributeSpan(tag, name);
    return span ? decodeAttribute(tag.sliced(span->first, span->second)) : QString();
}

std::optional<EmbeddedImage> decodeDataImage(const QString &source)
{
    static const QRegularExpression dataUrl(
        QStringLiteral("^data:(image/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/= ]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = dataUrl.match(source);
    if (!match.hasMatch())
        return std::nullopt;
    QByteArray payload = match.captured(2).toLatin1();
    payload.replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return EmbeddedImage{match.captured(1).toLower().toLatin1(), std::move(decoded.decoded)};
}

/// Points the <img>s of sanitised HTML where the options say: kept images inline or under
/// newsdesk-asset:, remote ones kept or swapped for a placeholder.
class ImageRewriter
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleFormatter)

public:
    ImageRewriter(const ArticleFormatOptions &options, qint64 articleId, QString uiAttributes)
        : m_options(options)
        , m_articleId(articleId)
        , m_uiAttributes(std::move(uiAttributes))
    {
    }

    QString rewrite(const QString &html)
    {
        QString out;
        out.reserve(html.size());
        qsizetype pos = 0;
        for (;;) {
            const qsizetype start = html.indexOf(QLatin1String("<img"), pos);
            if (start < 0)
                break;
            const qsizetype end = tagEnd(html, start);
            if (end < 0)
                break;
            out += QStringView(html).sliced(pos, start - pos);
            out += rewriteTag(QStringView(html).sliced(start, end + 1 - start));
            pos = end + 1;
        }
        out += QStringView(html).sliced(pos);
        return out;
    }

    QString rewriteTag(QStringView tag)
    {
        const QString source = attribute(tag, QLatin1StringView("src"));
        const QUrl url(source);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("data")) {
            if (m_options.embeddedImages == EmbeddedImages::Inline)
                return tag.toString();
            const auto known = m_indexOfSource.constFind(source);
            int index = known == m_indexOfSource.cend() ? -1 : *known;
            if (index < 0) {
                std::optional<EmbeddedImage> image = decodeDataImage(source);
                if (!image)
                    return {};
                index = int(m_images.size());
                m_images << std::move(*image);
                m_indexOfSource.insert(source, index);
            }
            const auto span = attributeSpan(tag, QLatin1StringView("src"));
            QString rewritten = tag.toString();
            rewritten.replace(span->first, span->second,
                              ArticleFormatter::imageUrl(m_articleId, index).toString().toHtmlEscaped());
            return rewritten;
        }
        if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty()) {
            if (m_options.allowRemoteImages)
                return tag.toString();
            ++m_blocked;
            const QString alt = attribute(tag, QLatin1StringView("alt"));
            return QStringLiteral("<span class=\"image-blocked\" role=\"img\" aria-label=\"%1\"%2>%3</span>")
                .arg(escaped(alt.isEmpty() ? tr("Image") : alt), m_uiAttributes,
                     escaped(tr("Image from %1 not loaded").arg(url.host())));
        }
        return {}; // the sanitizer lets nothing else through; should it ever, it is not shown
    }

    QList<EmbeddedImage> takeImages() { return std::move(m_images); }
    int blocked() const { return m_blocked; }

private:
    // The '>' closing the tag at start, outside quoted attribute values.
    static qsizetype tagEnd(const QString &html, qsizetype start)
    {
        QChar quote;
        for (qsizetype i = start; i < html.size(); ++i) {
            const QChar c = html.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                return i;
            }
        }
        return -1;
    }

    const ArticleFormatOptions &m_options;
    qint64 m_articleId;
    QString m_uiAttributes;
    QList<EmbeddedImage> m_images;
    QHash<QString, int> m_indexOfSource; // the same image twice is served once
    int m_blocked = 0;
};

const char *const BaseStyle = R"css(
html { background: var(--bg); color: var(--fg); -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 40em; padding: 1.5em 1.75em 3em;
  font: 1.0625rem/1.65 "Noto Serif", "Source Serif 4", Georgia, "DejaVu Serif", serif;
  overflow-wrap: break-word; text-align: start; }
header, figcaption, nav, .comments, .topics, .image-blocked, h1, h2, h3, h4, h5, h6 {
  font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: var(--link); text-underline-offset: 0.15em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 0.35em; letter-spacing: -0.01em; }
h2 { font-size: 1.35em; line-height: 1.3; margin: 1.4em 0 0.5em; }
.dek { font-size: 1.2em; line-height: 1.45; color: var(--muted); margin: 0 0 1em; }
.meta { font-size: 0.9em; color: var(--muted); border-block: 1px solid var(--rule); padding: 0.6em 0;
  margin: 0 0 1.5em; }
.meta p { margin: 0.15em 0; }
address { font-style: normal; font-weight: 600; color: var(--fg); }
.dateline { font-weight: 600; letter-spacing: 0.03em; }
.sep { padding: 0 0.35em; }
figure { margin: 0 0 1.5em; }
img { max-width: 100%; height: auto; }
figure.lead img { display: block; width: 100%; }
figcaption { font-size: 0.85em; line-height: 1.45; color: var(--muted); margin-top: 0.45em; }
.credit { white-space: nowrap; opacity: 0.8; padding-inline-start: 0.4em; }
.image-blocked { display: flex; align-items: center; justify-content: center; min-height: 4.5em;
  margin: 0.5em 0; padding: 0.75em; border: 1px dashed var(--rule); border-radius: 6px;
  background: var(--panel); color: var(--muted); font-size: 0.85em; text-align: center; }
figure.lead .image-blocked { min-height: 9em; margin: 0; }
blockquote { margin: 1.2em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule);
  color: var(--muted); }
pre, code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 0.9em; }
pre { overflow-x: auto; background: var(--panel); padding: 0.75em; border-radius: 4px; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid var(--rule); padding: 0.3em 0.55em; text-align: start; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.topics { list-style: none; padding: 0; margin: 2em 0 1em; display: flex; flex-wrap: wrap; gap: 0.45em; }
.chip { background: var(--chip-bg); color: var(--chip-fg); border-radius: 999px; padding: 0.15em 0.8em;
  font-size: 0.85em; }
nav.other-sources, section.comments { border-top: 1px solid var(--rule); margin-top: 2em; padding-top: 0.5em; }
nav.other-sources h2, section.comments h2 { font-size: 1.05em; color: var(--muted); }
nav.other-sources ul { padding-inline-start: 1.2em; margin: 0; }
nav.other-sources li { margin: 0.3em 0; }
.other-title { color: var(--muted); }
.merged { font-size: 0.85em; color: var(--muted); }
.count { font-weight: normal; }
.comments ol { list-style: none; padding: 0; margin: 0; }
.comments ol ol { padding-inline-start: 1.1em; border-inline-start: 2px solid var(--rule); margin: 0.6em 0 0; }
.comment { margin: 0 0 1.1em; }
.comment header { font-size: 0.85em; color: var(--muted); }
.comment .author { font-weight: 600; color: var(--fg); padding-inline-end: 0.5em; }
.comment-body { font-size: 0.95em; }
.comment-body p { margin: 0.3em 0; }
.comment.pending .comment-body { border-inline-start: 3px solid var(--pending); padding-inline-start: 0.6em; }
.badge { font-size: 0.75em; border: 1px solid var(--pending); color: var(--pending); border-radius: 3px;
  padding: 0 0.4em; margin-inline-start: 0.5em; text-transform: uppercase; letter-spacing: 0.04em; }
:lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
  line-break: strict; }
:lang(ko) { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  word-break: keep-all; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
:lang(zh-Hant), :lang(zh-TW) { font-family: "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; }
:lang(zh-HK) { font-family: "Noto Sans CJK HK", "Noto Sans HK", "PingFang HK", sans-serif; }
:lang(ja) body, :lang(ko) body, :lang(zh) body { line-height: 1.85; }
:lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; }
:lang(he) { font-family: "Noto Serif Hebrew", "Noto Sans Hebrew", "DejaVu Sans", serif; }
)css";

const char *const LightColours =
    "--bg: #fdfcf9; --fg: #1f2328; --muted: #5b6270; --rule: #dcd8cf; --link: #0b5cad; --panel: #f1efe9; "
    "--chip-bg: #e3e8ee; --chip-fg: #1f2933; --pending: #9a6100; color-scheme: light;";
const char *const DarkColours =
    "--bg: #1c1d21; --fg: #e4e2dd; --muted: #a4a9b2; --rule: #3b3e45; --link: #8ab4f8; --panel: #26282d; "
    "--chip-bg: #343840; --chip-fg: #e6e8eb; --pending: #e3aa52; color-scheme: dark;";

// Paper, not screen: black on white whatever the scheme, link targets spelled out.
const char *const PrintStyle = R"css(
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --rule: #bbb; --link: #000; --panel: #fff;
    --chip-bg: #fff; --chip-fg: #000; --pending: #000; color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { text-decoration: none; }
  .body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; color: #444;
    word-break: break-all; }
  .chip { border: 1px solid #888; background: none !important; color: #000 !important; }
  figure, .comment, blockquote, table, pre { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  .image-blocked { display: none; }
}
)css";

} // namespace

QString ArticleFormatter::webAddress(const QString &address)
{
    return decodeAttribute(safeHref(address));
}

QString ArticleFormatter::languageTag(const QString &language)
{
    return Newsdesk::languageTag(language);
}

QString ArticleFormatter::styleSheet(ColorScheme scheme)
{
    QString css = QStringLiteral(":root { ");
    css += QLatin1String(scheme == ColorScheme::Dark ? DarkColours : LightColours);
    css += QLatin1String(" }\n");
    if (scheme == ColorScheme::Auto)
        css += QLatin1String("@media (prefers-color-scheme: dark) { :root { ") +
               QString::fromLatin1(DarkColours) + QLatin1String(" } }\n");
    css += QLatin1String(BaseStyle);
    css += QLatin1String(PrintStyle);
    return css;
}

namespace {

/// Writes the parts of the page one by one.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleFormatter)

public:
    Writer(const ArticleContent &content, const ArticleFormatOptions &options)
        : m_content(content)
        , m_article(content.article)
        , m_options(options)
        , m_baseUrl(QUrl(content.article.url))
        , m_idPrefix(options.idPrefix.toHtmlEscaped())
    {
        // The page's own words (headings, badges) are in the curator's language, not the article's.
        const QString uiLanguage = languageTag(options.locale.bcp47Name());
        if (!uiLanguage.isEmpty())
            m_ui = QStringLiteral(" lang=\"%1\" dir=\"%2\"")
                       .arg(uiLanguage, options.locale.textDirection() == Qt::RightToLeft
                                            ? QLatin1String("rtl")
                                            : QLatin1String("ltr"));
    }

    FormattedArticle write()
    {
        ImageRewriter images(m_options, m_article.id, m_ui);
        const QString language = languageTag(m_article.language);
        const bool rtl = ArticleFormatter::isRightToLeft(language);
        const QString title =
            m_article.title.trimmed().isEmpty() ? tr("Untitled") : m_article.title.trimmed();

        m_out += QLatin1String("<!DOCTYPE html>\n<html");
        if (!language.isEmpty())
            m_out += QStringLiteral(" lang=\"%1\"").arg(language);
        m_out += QStringLiteral(" dir=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                     .arg(QLatin1String(rtl ? "rtl" : "ltr"));
        m_out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n")
                     .arg(escaped(ArticleFormatter::contentSecurityPolicy(m_options.allowRemoteImages)));
        // Remote images, when allowed, do not learn which article asked for them.
        m_out += QLatin1String("<meta name=\"referrer\" content=\"no-referrer\">\n");
        m_out += QStringLiteral("<meta name=\"color-scheme\" content=\"%1\">\n")
                     .arg(QLatin1String(m_options.colorScheme == ColorScheme::Auto   ? "light dark"
                                        : m_options.colorScheme == ColorScheme::Dark ? "dark"
                                                                                     : "light"));
        m_out += QLatin1String("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        m_out += QStringLiteral("<title>%1</title>\n").arg(escaped(title));
        m_out += QLatin1String("<style>\n") + ArticleFormatter::styleSheet(m_options.colorScheme) + QLatin1String("</style>\n");
        m_out += QLatin1String("</head>\n<body>\n");
        const qsizetype bodyStart = m_out.size();
        m_out += QLatin1String("<article>\n");

        writeHeader(title);
        writeLeadImage(images);
        const QString body = HtmlSanitizer::sanitize(m_article.bodyHtml, m_baseUrl);
        m_out += QLatin1String("<div class=\"body\">\n") + images.rewrite(body) + QLatin1String("\n</div>\n");
        writeTopics();
        m_out += QLatin1String("</article>\n");
        writeOtherSources();
        writeComments(images);
        FormattedArticle formatted;
        formatted.fragment = m_out.sliced(bodyStart);
        m_out += QLatin1String("</body>\n</html>\n");

        formatted.html = std::move(m_out);
        formatted.images = images.takeImages();
        formatted.blockedRemoteImages = images.blocked();
        return formatted;
    }

private:
    QString timeElement(const QDateTime &when) const
    {
        const QDateTime local = when.toTimeZone(m_options.timeZone);
        // News gives minutes, not seconds (the C locale's short time has them).
        static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}"));
        const QString timeFormat = m_options.locale.timeFormat(QLocale::ShortFormat).remove(seconds);
        const QString text = tr("%1, %2", "date, time")
                                 .arg(m_options.locale.toString(local.date(), QLocale::LongFormat),
                                      m_options.locale.toString(local.time(), timeFormat));
        // In the curator's words and direction, also inside a right-to-left article.
        return QStringLiteral("<time datetime=\"%1\"%2>%3</time>").arg(isoTime(when), m_ui, escaped(text));
    }

    void writeHeader(const QString &title)
    {
        m_out += QLatin1String("<header>\n");
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title));
        if (!m_article.dek.trimmed().isEmpty())
            m_out += QStringLiteral("<p class=\"dek\">%1</p>\n").arg(escaped(m_article.dek.trimmed()));

        QStringList credit;
        if (!m_article.byline.trimmed().isEmpty())
            credit << escaped(m_article.byline.trimmed());
        if (!m_article.agency.trimmed().isEmpty() &&
            !m_article.byline.contains(m_article.agency.trimmed(), Qt::CaseInsensitive))
            credit << QStringLiteral("<span class=\"agency\">%1</span>")
                          .arg(escaped(m_article.agency.trimmed()));

        QStringList facts;
        if (!m_article.dateline.trimmed().isEmpty())
            facts << QStringLiteral("<span class=\"dateline\">%1</span>")
                         .arg(escaped(m_article.dateline.trimmed()));
        if (m_article.publishedAt.isValid())
            facts << timeElement(m_article.publishedAt);
        const QString link =
            safeHref(m_article.canonicalUrl.isEmpty() ? m_article.url : m_article.canonicalUrl);
        QString source = m_article.source.trimmed();
        if (source.isEmpty() && !link.isEmpty())
            source = QUrl(m_article.url).host();
        if (!source.isEmpty())
            facts << (link.isEmpty() ? QStringLiteral("<span class=\"source\">%1</span>").arg(escaped(source))
                                     : QStringLiteral("<a class=\"source\" href=\"%1\">%2</a>")
                                           .arg(link, escaped(source)));

        if (!credit.isEmpty() || !facts.isEmpty()) {
            const QString separator = QStringLiteral("<span class=\"sep\" aria-hidden=\"true\">·</span>");
            m_out += QLatin1String("<div class=\"meta\">\n");
            if (!credit.isEmpty())
                m_out +=
                    QStringLiteral("<address class=\"byline\">%1</address>\n").arg(credit.join(separator));
            if (!facts.isEmpty())
                m_out += QStringLiteral("<p class=\"published\">%1</p>\n").arg(facts.join(separator));
            m_out += QLatin1String("</div>\n");
        }
        m_out += QLatin1String("</header>\n");
    }

    void writeLeadImage(ImageRewriter &images)
    {
        if (m_article.imageUrl.trimmed().isEmpty())
            return;
        // The lead image's address passes the same sanitizer as the body's images.
        const QString clean = HtmlSanitizer::sanitize(
            QStringLiteral("<img src=\"%1\" alt=\"\">").arg(escaped(m_article.imageUrl.trimmed())),
            m_baseUrl);
        const qsizetype start = clean.indexOf(QLatin1String("<img"));
        const qsizetype end = start < 0 ? -1 : clean.indexOf(QLatin1Char('>'), start);
        if (end < 0)
            return;
        const QString image = images.rewriteTag(QStringView(clean).sliced(start, end + 1 - start));
        if (image.isEmpty())
            return;
        m_out += QLatin1String("<figure class=\"lead\">\n") + image + QLatin1Char('\n');
        const QString caption = m_article.imageCaption.trimmed();
        const QString credit = m_article.imageCredit.trimmed();
        if (!caption.isEmpty() || !credit.isEmpty()) {
            m_out += QLatin1String("<figcaption>") + escaped(caption);
            if (!credit.isEmpty())
                m_out += QStringLiteral("<small class=\"credit\">%1</small>").arg(escaped(credit));
            m_out += QLatin1String("</figcaption>\n");
        }
        m_out += QLatin1String("</figure>\n");
    }

    void writeTopics()
    {
        if (m_content.topics.isEmpty())
            return;
        m_out +=
            QStringLiteral("<ul class=\"topics\" aria-label=\"%1\"%2>\n").arg(escaped(tr("Topics")), m_ui);
        for (const TopicChip &topic : m_content.topics) {
            if (topic.name.trimmed().isEmpty())
                continue;
            const auto colours = chipColours(topic.colour);
            const QString style = colours ? QStringLiteral(" style=\"background: %1; color: %2\"")
                                                .arg(colours->first, colours->second)
                                          : QString();
            m_out +=
                QStringLiteral("<li class=\"chip\"%1>%2</li>\n").arg(style, escaped(topic.name.trimmed()));
        }
        m_out += QLatin1String("</ul>\n");
    }

    void writeOtherSources()
    {
        if (m_content.otherSources.isEmpty())
            return;
        m_out += QStringLiteral("<nav class=\"other-sources\" aria-labelledby=\"%3other-sources\">\n"
                                "<h2 id=\"%3other-sources\"%1>%2</h2>\n<ul>\n")
                     .arg(m_ui, escaped(tr("Also published by")), m_idPrefix);
        for (const OtherSource &other : m_content.otherSources) {
            const QString href = safeHref(other.url);
            QString name = other.source.trimmed();
            if (name.isEmpty())
                name = QUrl(other.url).host();
            if (name.isEmpty())
                name = other.title.trimmed();
            m_out += QLatin1String("<li>");
            m_out += href.isEmpty() ? escaped(name)
                                    : QStringLiteral("<a href=\"%1\">%2</a>").arg(href, escaped(name));
            if (!other.title.trimmed().isEmpty() && other.title.trimmed() != name)
                m_out += QStringLiteral(" <span class=\"other-title\" dir=\"auto\">— %1</span>")
                             .arg(escaped(other.title.trimmed()));
            if (other.merged)
                m_out +=
                    QStringLiteral(" <span class=\"merged\"%1>(%2)</span>").arg(m_ui, escaped(tr("merged")));
            m_out += QLatin1String("</li>\n");
        }
        m_out += QLatin1String("</ul>\n</nav>\n");
    }

    bool shows(const Comment &comment) const
    {
        return comment.status == CommentStatus::Approved ||
               (m_options.includePendingComments && comment.status == CommentStatus::Pending);
    }

    void writeComments(ImageRewriter &images)
    {
        QList<const Comment *> shown;
        for (const Comment &comment : m_content.comments)
            if (shows(comment))
                shown << &comment;
        if (shown.isEmpty())
            return;
        std::stable_sort(shown.begin(), shown.end(), [](const Comment *a, const Comment *b) {
            return a->postedAt != b->postedAt ? a->postedAt < b->postedAt : a->id < b->id;
        });
        QSet<qint64> ids;
        for (const Comment *comment : std::as_const(shown))
            ids.insert(comment->id);
        QList<const Comment *> roots;
        for (const Comment *comment : std::as_const(shown)) {
            // A reply whose parent is not shown (pending, spam) stands on its own.
            if (comment->parentId && ids.contains(comment->parentId) && comment->parentId != comment->id)
                m_replies[comment->parentId] << comment;
            else
                roots << comment;
        }
        m_out += QStringLiteral("<section class=\"comments\" aria-labelledby=\"%4comments\">\n"
                                "<h2 id=\"%4comments\"%1>%2 <span class=\"count\">(%3)</span></h2>\n")
                     .arg(m_ui, escaped(tr("Comments")), m_options.locale.toString(shown.size()), m_idPrefix);
        writeThread(roots, 0, images);
        m_out += QLatin1String("</section>\n");
    }

    void writeThread(const QList<const Comment *> &comments, int depth, ImageRewriter &images)
    {
        m_out += QLatin1String("<ol>\n");
        for (const Comment *comment : comments)
            writeThreadItem(comment, depth, images);
        m_out += QLatin1String("</ol>\n");
    }

    void writeThreadItem(const Comment *comment, int depth, ImageRewriter &images)
    {
        m_out += QLatin1String("<li>");
        writeComment(*comment, images);
        const QList<const Comment *> replies = m_replies.value(comment->id);
        if (replies.isEmpty() || depth + 1 < MaxCommentDepth) {
            if (!replies.isEmpty())
                writeThread(replies, depth + 1, images);
            m_out += QLatin1String("</li>\n");
            return;
        }
        m_out += QLatin1String("</li>\n");
        for (const Comment *reply : replies)
            writeThreadItem(reply, depth, images);
    }

    void writeComment(const Comment &comment, ImageRewriter &images)
    {
        const bool pending = comment.status == CommentStatus::Pending;
        m_out += QStringLiteral("<article class=\"comment%1\" id=\"%3comment-%2\">\n<header>")
                     .arg(QLatin1String(pending ? " pending" : ""))
                     .arg(comment.id)
                     .arg(m_idPrefix);
        const QString author =
            comment.author.trimmed().isEmpty() ? tr("Anonymous") : comment.author.trimmed();
        const QString href = safeHref(comment.authorUrl);
        m_out += href.isEmpty()
                     ? QStringLiteral("<span class=\"author\">%1</span>").arg(escaped(author))
                     : QStringLiteral("<a class=\"author\" href=\"%1\" rel=\"nofollow ugc\">%2</a>")
                           .arg(href, escaped(author));
        if (comment.postedAt.isValid())
            m_out += timeElement(comment.postedAt);
        if (pending)
            m_out += QStringLiteral("<span class=\"badge\"%1>%2</span>")
                         .arg(m_ui, escaped(CommentText::statusLabel(CommentStatus::Pending)));
        const QString body = HtmlSanitizer::sanitize(comment.body, m_baseUrl);
        m_out += QLatin1String("</header>\n<div class=\"comment-body\" dir=\"auto\">") +
                 images.rewrite(body) + QLatin1String("</div>\n</article>");
    }

    const ArticleContent &m_content;
    const Article &m_article;
    const ArticleFormatOptions &m_options;
    const QUrl m_baseUrl;
    const QString m_idPrefix;
    QString m_ui; ///< lang and dir attributes for the page's own words
    QHash<qint64, QList<const Comment *>> m_replies;
    QString m_out;
};

} // namespace

Result<ArticleContent> ArticleContent::load(Library &library, qint64 articleId)
{
    auto article = library.articles().find(articleId);
    if (!article)
        return article.error();
    return gather(library, *article);
}

ArticleContent ArticleContent::gather(Library &library, const Article &article)
{
    // Topics, other sources and comments add to the article; one that cannot be read leaves its part
    // out rather than keeping the curator from reading the article.
    ArticleContent content;
    content.article = article;
    if (const auto links = library.topics().topicsOf(article.id)) {
        for (const ArticleTopic &link : *links)
            if (const auto topic = library.topics().find(link.topicId))
                content.topics << TopicChip{topic->name, topic->colour};
    }
    if (const auto copies = library.stories().relatedCopies(article.id)) {
        for (const StoryCopy &copy : *copies)
            if (!copy.keptApart)
                content.otherSources << OtherSource{copy.source, copy.title, copy.url, false};
    }
    if (const auto alternates = library.stories().alternates(article.id)) {
        for (const StoryAlternate &alternate : *alternates)
            content.otherSources << OtherSource{alternate.source, alternate.title, alternate.url, true};
    }
    if (auto comments = library.comments().ofArticle(article.id))
        content.comments = std::move(comments).value();
    return content;
}

FormattedArticle ArticleFormatter::format(const ArticleContent &content, const ArticleFormatOptions &options)
{
    return Writer(content, options).write();
}

QUrl ArticleFormatter::imageUrl(qint64 articleId, int index)
{
    QUrl url;
    url.setScheme(AssetScheme);
    url.setHost(QStringLiteral("article"));
    url.setPath(QStringLiteral("/%1/image/%2").arg(articleId).arg(index));
    return url;
}

QString ArticleFormatter::contentSecurityPolicy(bool allowRemoteImages)
{
    // default-src 'none' covers scripts, fonts, frames, media and connections; base-uri and form-action
    // are not covered by it and are closed separately.
    return QStringLiteral("default-src 'none'; img-src %1: data:%2; style-src 'unsafe-inline'; "
                          "base-uri 'none'; form-action 'none'")
        .arg(AssetScheme, QLatin1String(allowRemoteImages ? " http: https:" : ""));
}

bool ArticleFormatter::isRightToLeft(const QString &language)
{
    static const QStringList rtlLanguages{QStringLiteral("ar"), QStringLiteral("arc"), QStringLiteral("ckb"),
                                          QStringLiteral("dv"), QStringLiteral("fa"),  QStringLiteral("he"),
                                          QStringLiteral("iw"), QStringLiteral("ks"),  QStringLiteral("ps"),
                                          QStringLiteral("sd"), QStringLiteral("ug"),  QStringLiteral("ur"),
                                          QStringLiteral("yi")};
    static const QStringList rtlScripts{
        QStringLiteral("arab"), QStringLiteral("hebr"), QStringLiteral("thaa"), QStringLiteral("syrc"),
        QStringLiteral("nkoo"), QStringLiteral("adlm"), QStringLiteral("rohg")};
    const QStringList parts = languageTag(language).toLower().split(QLatin1Char('-'));
    if (parts.first().isEmpty())
        return false;
    // An explicit script decides ("az-Arab" is written right to left, "ks-Deva" is not).
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).size() == 4)
            return rtlScripts.contains(parts.at(i));
    return rtlLanguages.contains(parts.first());
}

QString ArticleFormatter::backgroundColor(ColorScheme scheme)
{
    return scheme == ColorScheme::Dark ? QString(DarkBackground) : QString(LightBackground);
}

} // namespace Newsdesk
