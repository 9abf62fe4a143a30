#include "BundleHtml.h"

#include "exporting/BundleContent.h"
#include "exporting/Slug.h"
#include "exporting/Template.h"
#include "rendering/ArticleFormatter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Newsdesk {

namespace {

constexpr QLatin1StringView AssetsFolder{"assets"};
constexpr QLatin1StringView StyleSheetFile{"assets/style.css"};

/// One article of the bundle as it goes on a page.
struct Story
{
    const BundleItem *item = nullptr;
    QString slug;
    FormattedArticle formatted;
    QString html; ///< the formatted fragment, images pointed where this export keeps them
};

QString headlineOf(const Article &article)
{
    const QString title = article.title.trimmed();
    return title.isEmpty() ? BundleHtml::tr("Untitled") : title;
}

QString linkOf(const Article &article)
{
    const QString canonical = ArticleFormatter::webAddress(article.canonicalUrl);
    return canonical.isEmpty() ? ArticleFormatter::webAddress(article.url) : canonical;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The formatter leaves a placeholder where a remote image was not loaded; a published page leaves the
// image out instead, and a lead figure left with nothing to show goes too.
QString withoutBlockedImages(QString html)
{
    static const QRegularExpression placeholder(
        QStringLiteral("<span class=\"image-blocked\"[^>]*>[^<]*</span>\\n?"));
    static const QRegularExpression emptyLead(
        QStringLiteral("<figure class=\"lead\">\\s*(<figcaption>.*?</figcaption>)?\\s*</figure>\\n?"),
        QRegularExpression::DotMatchesEverythingOption);
    html.remove(placeholder);
    html.remove(emptyLead);
    return html;
}

QString extensionOf(const QByteArray &mimeType)
{
    if (mimeType == "image/jpeg")
        return QStringLiteral("jpg");
    return QString::fromLatin1(mimeType.mid(mimeType.indexOf('/') + 1));
}

QJsonObject jsonLd(const Story &story, const QString &bundleTitle)
{
    const Article &article = story.item->content.article;
    QJsonObject object{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                       {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                       {QStringLiteral("headline"), headlineOf(article)}};
    const QString link = linkOf(article);
    if (!link.isEmpty()) {
        object.insert(QStringLiteral("url"), link);
        object.insert(QStringLiteral("mainEntityOfPage"), link);
    }
    if (article.publishedAt.isValid())
        object.insert(QStringLiteral("datePublished"), isoTime(article.publishedAt));
    if (const QString language = ArticleFormatter::languageTag(article.language); !language.isEmpty())
        object.insert(QStringLiteral("inLanguage"), language);
    if (!article.dek.trimmed().isEmpty())
        object.insert(QStringLiteral("description"), article.dek.trimmed());
    if (!article.byline.trimmed().isEmpty())
        object.insert(QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                  {QStringLiteral("name"), article.byline.trimmed()}});
    const QString publisher = article.source.trimmed().isEmpty() ? article.agency.trimmed() : article.source.trimmed();
    if (!publisher.isEmpty())
        object.insert(QStringLiteral("publisher"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                               {QStringLiteral("name"), publisher}});
    if (!article.dateline.trimmed().isEmpty())
        object.insert(QStringLiteral("dateline"), article.dateline.trimmed());
    QJsonArray keywords;
    for (const BundleTopic &topic : story.item->topics)
        keywords.append(topic.name);
    if (!keywords.isEmpty())
        object.insert(QStringLiteral("keywords"), keywords);
    if (!story.item->entry.blurb.trimmed().isEmpty())
        object.insert(QStringLiteral("abstract"), story.item->entry.blurb.trimmed());
    object.insert(QStringLiteral("isPartOf"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                                                          {QStringLiteral("name"), bundleTitle}});
    return object;
}

} // namespace

QStringList BundleHtml::paragraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (const QString &paragraph : text.split(blankLine, Qt::SkipEmptyParts))
        if (!paragraph.trimmed().isEmpty())
            out << paragraph.trimmed();
    return out;
}

namespace {

/// Builds the template contexts of one export.
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleHtml)

public:
    HtmlWriter(const BundleContent &content, const ExportOptions &options)
        : m_content(content)
        , m_options(options)
        , m_site(options.format == ExportFormat::HtmlSite)
    {
        m_uiLang = ArticleFormatter::languageTag(options.locale.bcp47Name());
        if (m_uiLang.isEmpty())
            m_uiLang = QStringLiteral("en");
        m_uiDir = options.locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    }

    Status prepare()
    {
        auto templates = TemplateSet::load(m_options.templateDirectory);
        if (!templates)
            return templates.error();
        m_templates = std::move(templates).value();
        for (const QLatin1StringView name : {QLatin1StringView("single"), QLatin1StringView("index"),
                                             QLatin1StringView("article")})
            if (!m_templates.contains(name))
                return Error{Error::Code::InvalidArgument,
                             tr("The template folder has no %1.mustache.").arg(name)};
        auto css = m_templates.asset(QStringLiteral("style.css"));
        if (!css)
            return css.error();
        m_css = ArticleFormatter::styleSheet(ColorScheme::Auto) + QString::fromUtf8(*css);

        QSet<QString> taken{QStringLiteral("index")};
        int number = 0;
        for (const BundleItem *item : m_content.articles()) {
            ++number;
            Story story;
            story.item = item;
            story.slug = Slug::unique(
                Slug::make(item->content.article.title, QStringLiteral("article-%1").arg(number)), taken);
            format(story);
            m_stories << std::move(story);
        }
        m_root = buildRoot();
        return {};
    }

    QString single() const
    {
        QVariantMap context = root();
        context.insert(QStringLiteral("pageTitle"), bundleTitle());
        context.insert(QStringLiteral("inlineStyle"), m_css);
        QVariantList ld;
        for (const Story &story : m_stories)
            ld << BundleHtml::scriptSafeJson(QJsonDocument(jsonLd(story, bundleTitle())).toJson(QJsonDocument::Compact));
        context.insert(QStringLiteral("jsonLd"), ld);
        return m_templates.render(QStringLiteral("single"), context);
    }

    QList<OutputFile> site() const
    {
        QList<OutputFile> files;
        QVariantMap index = root();
        index.insert(QStringLiteral("pageTitle"), bundleTitle());
        index.insert(QStringLiteral("stylesheet"), StyleSheetFile);
        files << OutputFile{QStringLiteral("index.html"), m_templates.render(QStringLiteral("index"), index).toUtf8()};

        for (qsizetype i = 0; i < m_stories.size(); ++i) {
            const Story &story = m_stories.at(i);
            QVariantMap page = root();
            page.insert(QStringLiteral("pageTitle"),
                        tr("%1 — %2", "article title — bundle title").arg(headlineOf(story.item->content.article), bundleTitle()));
            page.insert(QStringLiteral("stylesheet"), StyleSheetFile);
            page.insert(QStringLiteral("canonical"), linkOf(story.item->content.article));
            page.insert(QStringLiteral("jsonLd"),
                        QVariantList{BundleHtml::scriptSafeJson(
                            QJsonDocument(jsonLd(story, bundleTitle())).toJson(QJsonDocument::Compact))});
            page.insert(QStringLiteral("entry"), entry(story));
            if (i > 0)
                page.insert(QStringLiteral("previous"), entry(m_stories.at(i - 1)));
            if (i + 1 < m_stories.size())
                page.insert(QStringLiteral("next"), entry(m_stories.at(i + 1)));
            files << OutputFile{story.slug + QLatin1String(".html"),
                                m_templates.render(QStringLiteral("article"), page).toUtf8()};
        }
        files << OutputFile{StyleSheetFile, m_css.toUtf8()};
        QSet<QString> written;
        for (const auto &[name, data] : std::as_const(m_assets))
            if (!written.contains(name)) {
                written.insert(name);
                files << OutputFile{name, data};
            }
        return files;
    }

private:
    QString bundleTitle() const
    {
        const QString title = m_content.bundle.displayTitle().trimmed();
        return title.isEmpty() ? tr("Untitled bundle") : title;
    }

    void format(Story &story)
    {
        ArticleContent content = story.item->content;
        // Left out rather than embedded: the formatter keeps data: images, so they go before it runs.
        if (!m_site && !m_options.embedImages) {
            content.article.bodyHtml = withoutImages(content.article.bodyHtml);
            content.article.imageUrl.clear();
        }
        ArticleFormatOptions format;
        format.locale = m_options.locale;
        format.timeZone = m_options.timeZone;
        format.colorScheme = ColorScheme::Auto;
        format.embeddedImages = m_site ? EmbeddedImages::AssetScheme : EmbeddedImages::Inline;
        // One page holds every article in the single file, so their element ids must differ.
        format.idPrefix = m_site ? QString() : story.slug + QLatin1Char('-');
        story.formatted = ArticleFormatter::format(content, format);
        QString html = withoutBlockedImages(story.formatted.fragment);
        // Kept images become files named by their content, so the same image is stored once.
        for (qsizetype n = 0; n < story.formatted.images.size(); ++n) {
            const EmbeddedImage &image = story.formatted.images.at(n);
            const QString name = QStringLiteral("%1/%2.%3")
                                     .arg(AssetsFolder,
                                          QString::fromLatin1(QCryptographicHash::hash(image.data, QCryptographicHash::Sha256)
                                                                  .toHex()
                                                                  .left(32)),
                                          extensionOf(image.mimeType));
            html.replace(ArticleFormatter::imageUrl(story.item->content.article.id, int(n)).toString().toHtmlEscaped(), name);
            m_assets.append({name, image.data});
        }
        story.html = html;
    }

    QVariantMap entry(const Story &story) const
    {
        const Article &article = story.item->content.article;
        const QString language = ArticleFormatter::languageTag(article.language);
        return {{QStringLiteral("id"), story.slug},
                {QStringLiteral("href"), m_site ? story.slug + QLatin1String(".html") : QLatin1Char('#') + story.slug},
                {QStringLiteral("headline"), headlineOf(article)},
                {QStringLiteral("source"), article.source.trimmed()},
                {QStringLiteral("blurb"), story.item->entry.blurb.trimmed()},
                {QStringLiteral("lang"), language.isEmpty() ? m_uiLang : language},
                {QStringLiteral("dir"), ArticleFormatter::isRightToLeft(language) ? QStringLiteral("rtl") : QStringLiteral("ltr")},
                {QStringLiteral("html"), story.html}};
    }

    QVariantMap root() const { return m_root; }

    // Built once: a 1,000-article site would otherwise rebuild the contents for every page.
    QVariantMap buildRoot() const
    {
        QVariantList groups;
        QVariantMap group{{QStringLiteral("heading"), QString()}, {QStringLiteral("entries"), QVariantList()}};
        const auto flush = [&] {
            if (!group.value(QStringLiteral("heading")).toString().isEmpty()
                || !group.value(QStringLiteral("entries")).toList().isEmpty())
                groups << group;
        };
        qsizetype next = 0;
        for (const BundleItem &item : m_content.items) {
            if (item.isSection()) {
                flush();
                group = {{QStringLiteral("heading"), item.entry.heading.trimmed()},
                         {QStringLiteral("entries"), QVariantList()}};
                continue;
            }
            QVariantList entries = group.value(QStringLiteral("entries")).toList();
            entries << entry(m_stories.at(next++));
            group.insert(QStringLiteral("entries"), entries);
        }
        flush();

        const QVariantMap labels{
            {QStringLiteral("contents"), tr("Contents")},
            {QStringLiteral("curatorNote"), tr("Curator’s note")},
            {QStringLiteral("pages"), tr("Pages")},
            {QStringLiteral("previous"), tr("Previous")},
            {QStringLiteral("next"), tr("Next")},
            {QStringLiteral("index"), tr("Contents")},
            {QStringLiteral("madeWith"), tr("Selected and published with Newsdesk. Each article links to its source.")},
        };
        return {{QStringLiteral("title"), bundleTitle()},
                {QStringLiteral("intro"), BundleHtml::paragraphs(m_content.bundle.intro)},
                {QStringLiteral("uiLang"), m_uiLang},
                {QStringLiteral("uiDir"), m_uiDir},
                {QStringLiteral("csp"), BundleHtml::contentSecurityPolicy(m_options.format)},
                {QStringLiteral("labels"), labels},
                {QStringLiteral("groups"), groups}};
    }

    const BundleContent &m_content;
    const ExportOptions &m_options;
    const bool m_site;
    QString m_uiLang;
    QString m_uiDir;
    TemplateSet m_templates;
    QString m_css;
    QList<Story> m_stories;
    QList<std::pair<QString, QByteArray>> m_assets;
    QVariantMap m_root;
};

} // namespace

namespace {

// Runs write (single or site) over a writer prepared for format.
template <typename Write>
auto writeAs(const BundleContent &content, const ExportOptions &options, ExportFormat format, Write write)
    -> Result<decltype(write(std::declval<const HtmlWriter &>()))>
{
    ExportOptions formatOptions = options;
    formatOptions.format = format;
    HtmlWriter writer(content, formatOptions);
    if (Status status = writer.prepare(); !status)
        return status.error();
    return write(writer);
}

} // namespace

Result<QString> BundleHtml::single(const BundleContent &content, const ExportOptions &options)
{
    return writeAs(content, options, ExportFormat::HtmlSingle, [](const HtmlWriter &writer) { return writer.single(); });
}

Result<QList<OutputFile>> BundleHtml::site(const BundleContent &content, const ExportOptions &options)
{
    return writeAs(content, options, ExportFormat::HtmlSite, [](const HtmlWriter &writer) { return writer.site(); });
}

QString BundleHtml::contentSecurityPolicy(ExportFormat format)
{
    // default-src 'none' forbids scripts, frames, fonts, media and connections; base-uri and form-action
    // are not covered by it. Inline style stays allowed for the formatter's topic colours.
    if (format == ExportFormat::HtmlSite)
        return QStringLiteral("default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
                              "base-uri 'none'; form-action 'none'");
    return QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
                          "form-action 'none'");
}

QString BundleHtml::scriptSafeJson(const QByteArray &json)
{
    // In compact JSON '<' and '>' occur only inside strings, where \u escapes mean the same.
    QString text = QString::fromUtf8(json);
    text.replace(QLatin1Char('<'), QLatin1String("\\u003c")).replace(QLatin1Char('>'), QLatin1String("\\u003e"));
    return text;
}

} // namespace Newsdesk
