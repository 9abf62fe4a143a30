#include "NewsPages.h"

#include "BenchRun.h"
#include "BenchStats.h"
#include "SyntheticCorpus.h"

#include "importing/TextDecoder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

namespace Newsdesk::Bench {

namespace {

constexpr int GenerateBatch = 500;

const char *const FirstNames[] = {"Anna",   "Ben",   "Carla", "David", "Elena", "Farid", "Grace",
                                  "Hiro",   "Ines",  "Jamal", "Katja", "Liam",  "Maria", "Nils",
                                  "Olga",   "Pedro", "Quinn", "Rosa",  "Sam",   "Tariq", "Uma",
                                  "Victor", "Wen",   "Yusuf", "Zoe"};
const char *const LastNames[] = {"Adams",  "Berg",  "Costa",  "Dubois",   "Evans",   "Fischer", "Garcia",
                                 "Hughes", "Ito",   "Jensen", "Kowalski", "Lopez",   "Moreau",  "Nakamura",
                                 "Okafor", "Patel", "Quist",  "Rossi",    "Schmidt", "Tanaka",  "Ulrich",
                                 "Varga",  "Weber", "Xu",     "Young"};
const char *const Sections[] = {"World",  "Politics", "Business", "Technology", "Climate",
                                "Health", "Science",  "Sport",    "Culture",    "Opinion"};
const char *const FooterLinks[] = {
    "About us",     "Contact",       "Careers",       "Advertise",          "Newsletters",
    "Podcasts",     "Corrections",   "Ethics policy", "Privacy policy",     "Cookie settings",
    "Terms of use", "Accessibility", "Subscribe",     "Gift subscriptions", "Help centre",
    "Sitemap"};

template <typename Array> QByteArray pick(QRandomGenerator &random, const Array &array)
{
    return QByteArray(array[random.bounded(int(std::size(array)))]);
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray slugOf(const QString &text)
{
    QString slug = text.toLower();
    for (QChar &c : slug)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-')).toUtf8();
}

/// A story another page of the site links to.
struct Teaser
{
    QString title;
    QString dek;
    QString url;
    QString imageUrl;
};

struct PageComment
{
    QString author;
    QString authorUrl;
    QDateTime postedAt;
    QString text;
    bool reply = false; ///< An answer to the comment before it.
};

/// The people the byline names, without "By".
QStringList bylineNames(const QString &byline)
{
    QString names = byline;
    if (names.startsWith(QLatin1String("By ")))
        names.remove(0, 3);
    return names.split(QStringLiteral(" and "), Qt::SkipEmptyParts);
}

QByteArray jsonLd(const Article &article, const QByteArray &section, const QString &site)
{
    QJsonObject object{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), article.title},
        {QStringLiteral("description"), article.dek},
        {QStringLiteral("articleSection"), QString::fromUtf8(section)},
        {QStringLiteral("inLanguage"), article.language},
        {QStringLiteral("mainEntityOfPage"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("WebPage")},
                                                         {QStringLiteral("@id"), article.url}}},
        {QStringLiteral("publisher"),
         QJsonObject{{QStringLiteral("@type"), QStringLiteral("NewsMediaOrganization")},
                     {QStringLiteral("name"), article.source},
                     {QStringLiteral("logo"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("ImageObject")},
                                  {QStringLiteral("url"), site + QStringLiteral("/logo.png")}}}}}};
    if (article.publishedAt.isValid()) {
        object.insert(QStringLiteral("datePublished"), article.publishedAt.toString(Qt::ISODate));
        object.insert(QStringLiteral("dateModified"),
                      article.publishedAt.addSecs(2400).toString(Qt::ISODate));
    }
    QJsonArray authors;
    for (const QString &name : bylineNames(article.byline))
        authors.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("Person")},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), site + QStringLiteral("/author/") + QString::fromUtf8(slugOf(name))}});
    if (authors.isEmpty())
        authors.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("Organization")},
            {QStringLiteral("name"), article.agency.isEmpty() ? article.source : article.agency}});
    object.insert(QStringLiteral("author"), authors);
    if (!article.imageUrl.isEmpty())
        object.insert(QStringLiteral("image"), QJsonArray{article.imageUrl});
    // "</" would end the script element early.
    return QJsonDocument(object).toJson(QJsonDocument::Compact).replace("</", "<\\/");
}

QByteArray commentList(const QList<PageComment> &comments, const QString &title, const QString &url,
                       qint64 serial)
{
    QByteArray html;
    html += "<div id=\"comments\" class=\"comments-area\">\n<h2 class=\"comments-title\">";
    html += QByteArray::number(comments.size()) + " thoughts on &ldquo;" + escaped(title) + "&rdquo;</h2>\n";
    html += "<ol class=\"comment-list\">\n";
    const auto item = [&](const PageComment &comment, qsizetype index, int depth) {
        const QByteArray id = QByteArray::number(serial * 10 + index);
        QByteArray li = "<li id=\"comment-" + id + "\" class=\"comment " + (index % 2 ? "odd alt" : "even") +
                        " depth-" + QByteArray::number(depth) + "\">\n";
        li += "<article id=\"div-comment-" + id +
              "\" class=\"comment-body\">\n<footer class=\"comment-meta\">\n";
        li +=
            "<div class=\"comment-author vcard\"><img alt=\"\" src=\"https://secure.gravatar.com/avatar/" +
            QByteArray::number(qHash(comment.author), 16) +
            "?s=56&amp;d=mm\" class=\"avatar avatar-56 photo\" height=\"56\" width=\"56\" loading=\"lazy\">";
        li += "<b class=\"fn\">";
        if (comment.authorUrl.isEmpty())
            li += escaped(comment.author);
        else
            li += "<a href=\"" + escaped(comment.authorUrl) +
                  "\" rel=\"external nofollow ugc\" class=\"url\">" + escaped(comment.author) + "</a>";
        li += "</b> <span class=\"says\">says:</span></div>\n";
        li += "<div class=\"comment-metadata\"><a href=\"" + escaped(url) + "#comment-" + id +
              "\"><time datetime=\"" + comment.postedAt.toString(Qt::ISODate).toUtf8() + "\">" +
              comment.postedAt.toString(QStringLiteral("MMMM d, yyyy 'at' h:mm ap")).toUtf8() +
              "</time></a></div>\n</footer>\n";
        li += "<div class=\"comment-content\"><p>" + escaped(comment.text) + "</p></div>\n";
        li += "<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"" + escaped(url) +
              "?replytocom=" + id + "#respond\" aria-label=\"Reply to " + escaped(comment.author) +
              "\">Reply</a></div>\n</article>\n";
        return li;
    };
    for (qsizetype i = 0; i < comments.size(); ++i) {
        html += item(comments.at(i), i, 1);
        // The answers that follow a comment nest inside its item, as WordPress threads them.
        if (i + 1 < comments.size() && comments.at(i + 1).reply) {
            html += "<ol class=\"children\">\n";
            while (i + 1 < comments.size() && comments.at(i + 1).reply) {
                ++i;
                html += item(comments.at(i), i, 2) + "</li>\n";
            }
            html += "</ol>\n";
        }
        html += "</li>\n";
    }
    html += "</ol>\n";
    html +=
        "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">"
        "Leave a Reply</h3><form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" "
        "class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. "
        "Required fields are marked *</p><p class=\"comment-form-comment\"><label for=\"comment\">"
        "Comment *</label><textarea id=\"comment\" name=\"comment\" cols=\"45\" rows=\"8\"></textarea></p>"
        "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" "
        "value=\"Post Comment\"></p></form></div>\n</div>\n";
    return html;
}

/// A page as a news site serves it: the story amid the site's navigation, share buttons, teasers,
/// a sidebar and a footer, with its metadata in <meta> tags and a JSON-LD NewsArticle block.
QByteArray newsPage(const Article &article, const QList<Teaser> &related, const QList<PageComment> &comments,
                    qint64 serial, QRandomGenerator &random)
{
    const QUrl articleUrl(article.url);
    const QString site = QStringLiteral("https://") + articleUrl.host();
    const QByteArray siteUtf8 = site.toUtf8();
    const QByteArray section = pick(random, Sections);
    const QByteArray sectionSlug = section.toLower();
    const QByteArray title = escaped(article.title);
    const QByteArray source = escaped(article.source);
    const QByteArray dek = escaped(article.dek);

    QByteArray html;
    html.reserve(24 * 1024);
    html += "<!DOCTYPE html>\n<html lang=\"" + article.language.toUtf8() + "\" class=\"no-js\">\n<head>\n";
    html += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n";
    html += "<title>" + title + " | " + source + "</title>\n";
    html += "<meta name=\"description\" content=\"" + dek + "\">\n";
    html += "<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n";
    html += "<meta property=\"og:locale\" content=\"" + article.language.toUtf8() + "\">\n";
    html += "<meta property=\"og:type\" content=\"article\">\n";
    html += "<meta property=\"og:site_name\" content=\"" + source + "\">\n";
    html += "<meta property=\"og:title\" content=\"" + title + "\">\n";
    html += "<meta property=\"og:description\" content=\"" + dek + "\">\n";
    html += "<meta property=\"og:url\" content=\"" + escaped(article.url) + "\">\n";
    if (!article.imageUrl.isEmpty())
        html += "<meta property=\"og:image\" content=\"" + escaped(article.imageUrl) + "\">\n";
    if (article.publishedAt.isValid())
        html += "<meta property=\"article:published_time\" content=\"" +
                article.publishedAt.toString(Qt::ISODate).toUtf8() + "\">\n";
    html += "<meta property=\"article:section\" content=\"" + section + "\">\n";
    html += "<meta name=\"twitter:card\" content=\"summary_large_image\">\n";
    if (!article.canonicalUrl.isEmpty())
        html += "<link rel=\"canonical\" href=\"" + escaped(article.canonicalUrl) + "\">\n";
    html += "<link rel=\"icon\" href=\"" + siteUtf8 + "/favicon.ico\">\n";
    html += "<link rel=\"stylesheet\" href=\"" + siteUtf8 + "/static/css/site.7f3a9c.css\" media=\"all\">\n";
    html +=
        "<style>:root{--brand:#b3121f;--ink:#1a1a1a}body{margin:0;font:17px/1.6 "
        "Georgia,serif;color:var(--ink)}"
        ".site-header{border-bottom:1px solid #ddd}.main-navigation ul{display:flex;gap:1rem;list-style:none}"
        ".entry-title{font-size:2.4rem;line-height:1.15}.share-bar ul{display:flex;list-style:none;gap:.5rem}"
        ".related-stories ul{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}"
        ".ad{min-height:250px;background:#f4f4f4;text-align:center}.site-footer{background:#111;color:#eee}"
        "</style>\n";
    html += "<script type=\"application/ld+json\">" + jsonLd(article, section, site) + "</script>\n";
    html += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-" +
            QByteArray::number(qHash(article.source), 16).toUpper() +
            "');document.documentElement.className='js';</script>\n";
    html += "<script async src=\"" + siteUtf8 + "/static/js/app.4e1b2d.js\"></script>\n";
    html += "</head>\n<body class=\"post-template-default single single-post postid-" +
            QByteArray::number(serial) + " single-format-standard\">\n";
    html += "<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n";

    // Masthead and the site's sections.
    html += "<header id=\"masthead\" class=\"site-header\">\n<div class=\"site-branding\"><a href=\"" +
            siteUtf8 + "/\" class=\"custom-logo-link\" rel=\"home\"><img src=\"" + siteUtf8 +
            "/logo.svg\" class=\"custom-logo\" alt=\"" + source +
            "\" width=\"240\" height=\"48\"></a>"
            "<p class=\"site-title\"><a href=\"" +
            siteUtf8 + "/\" rel=\"home\">" + source +
            "</a></p><p class=\"site-description\">News, analysis and opinion</p></div>\n";
    html += "<div class=\"header-tools\"><a class=\"button subscribe\" href=\"" + siteUtf8 +
            "/subscribe\">Subscribe</a> <a href=\"" + siteUtf8 +
            "/login\">Sign in</a><form role=\"search\" method=\"get\" class=\"search-form\" action=\"" +
            siteUtf8 +
            "/\"><label><span class=\"screen-reader-text\">Search for:</span><input type=\"search\" "
            "class=\"search-field\" placeholder=\"Search &hellip;\" name=\"s\"></label></form></div>\n";
    html += "<nav id=\"site-navigation\" class=\"main-navigation\" aria-label=\"Primary\"><ul "
            "id=\"primary-menu\" "
            "class=\"menu\">";
    html += "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/\">Home</a></li>";
    for (const char *name : Sections)
        html += "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/" + QByteArray(name).toLower() + "/\">" +
                name + "</a></li>";
    html +=
        "<li class=\"menu-item\"><a href=\"" + siteUtf8 + "/live/\">Live</a></li></ul></nav>\n</header>\n";
    if (!related.isEmpty())
        html += "<div class=\"breaking-bar\"><span class=\"label\">Latest</span> <a href=\"" +
                escaped(related.first().url) + "\">" + escaped(related.first().title) + "</a></div>\n";

    // The story.
    html += "<div id=\"primary\" class=\"content-area\"><main id=\"content\" class=\"site-main\">\n";
    html += "<article id=\"post-" + QByteArray::number(serial) +
            "\" class=\"post type-post status-publish format-standard has-post-thumbnail hentry category-" +
            sectionSlug + "\">\n<header class=\"entry-header\">\n";
    html += "<div class=\"entry-category\"><a href=\"" + siteUtf8 + "/" + sectionSlug +
            "/\" rel=\"category tag\">" + section + "</a></div>\n";
    html += "<h1 class=\"entry-title\">" + title + "</h1>\n";
    html += "<p class=\"entry-dek\">" + dek + "</p>\n";
    html += "<div class=\"entry-meta\">";
    const QStringList names = bylineNames(article.byline);
    if (!names.isEmpty()) {
        html += "<span class=\"byline\">By ";
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                html += " and ";
            html += "<span class=\"author vcard\"><a class=\"url fn n\" href=\"" + siteUtf8 + "/author/" +
                    slugOf(names.at(i)) + "/\">" + escaped(names.at(i)) + "</a></span>";
        }
        html += "</span> ";
    }
    if (article.publishedAt.isValid())
        html += "<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"" +
                article.publishedAt.toString(Qt::ISODate).toUtf8() + "\">" +
                article.publishedAt.toString(QStringLiteral("MMMM d, yyyy h:mm AP")).toUtf8() +
                " UTC</time></span>";
    html += "</div>\n</header>\n";

    html += "<div class=\"share-bar\" aria-label=\"Share this story\"><ul>";
    const QByteArray encodedUrl = QUrl::toPercentEncoding(article.url);
    html +=
        "<li><a class=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl +
        "\" target=\"_blank\" rel=\"noopener\">Facebook</a></li>";
    html += "<li><a class=\"share-x\" href=\"https://x.com/intent/tweet?url=" + encodedUrl +
            "\" target=\"_blank\" rel=\"noopener\">X</a></li>";
    html += "<li><a class=\"share-linkedin\" href=\"https://www.linkedin.com/sharing/share-offsite/?url=" +
            encodedUrl + "\" target=\"_blank\" rel=\"noopener\">LinkedIn</a></li>";
    html += "<li><a class=\"share-whatsapp\" href=\"https://wa.me/?text=" + encodedUrl +
            "\" target=\"_blank\" rel=\"noopener\">WhatsApp</a></li>";
    html += "<li><a class=\"share-email\" href=\"mailto:?subject=" + QUrl::toPercentEncoding(article.title) +
            "&amp;body=" + encodedUrl + "\">Email</a></li>";
    html += "<li><button class=\"share-copy\" type=\"button\" data-url=\"" + escaped(article.url) +
            "\">Copy link</button></li>";
    html += "<li><a class=\"share-comments\" href=\"#comments\">" + QByteArray::number(comments.size()) +
            " comments</a></li></ul></div>\n";

    if (!article.imageUrl.isEmpty())
        html += "<figure class=\"wp-block-image featured-image\"><img src=\"" + escaped(article.imageUrl) +
                "\" alt=\"" + escaped(article.imageCaption) +
                "\" width=\"1200\" height=\"675\" decoding=\"async\"><figcaption>" +
                escaped(article.imageCaption) + " <span class=\"credit\">" + escaped(article.imageCredit) +
                "</span></figcaption></figure>\n";

    // The body, its first paragraph opening with the dateline as wire copy does, an ad after the third.
    html += "<div class=\"entry-content\">\n";
    QByteArray body = article.bodyHtml.toHtmlEscaped().toUtf8();
    // bodyHtml is <p>…</p> paragraphs of plain words; escaping then restoring the tags keeps it safe.
    body.replace("&lt;p&gt;", "<p>").replace("&lt;/p&gt;", "</p>");
    if (!article.dateline.isEmpty()) {
        QByteArray opening = escaped(article.dateline);
        if (!article.agency.isEmpty())
            opening += " (" + escaped(article.agency) + ")";
        body.replace(0, 3, "<p>" + opening + " &mdash; ");
    }
    qsizetype third = -1;
    for (int i = 0, from = 0; i < 3; ++i) {
        third = body.indexOf("</p>", from);
        if (third < 0)
            break;
        from = int(third + 4);
    }
    if (third >= 0 && third + 4 < body.size())
        body.insert(third + 4, "\n<div class=\"ad ad-inline\" aria-hidden=\"true\"><span class=\"ad-label\">"
                               "Advertisement</span><div id=\"div-gpt-ad-inline-1\"></div></div>");
    html += body;
    html += "</div>\n";
    html += "<footer class=\"entry-footer\"><span class=\"tags-links\">Tags: <a href=\"" + siteUtf8 + "/" +
            sectionSlug + "/\" rel=\"tag\">" + section + "</a>, <a href=\"" + siteUtf8 + "/tag/" +
            slugOf(article.source) + "/\" rel=\"tag\">" + source + "</a></span></footer>\n";
    html += "</article>\n";

    if (!related.isEmpty()) {
        html += "<section class=\"related-stories\" aria-label=\"Related stories\"><h2>Related "
                "stories</h2><ul>\n";
        for (const Teaser &teaser : related) {
            html += "<li class=\"teaser\">";
            if (!teaser.imageUrl.isEmpty())
                html += "<a href=\"" + escaped(teaser.url) + "\" tabindex=\"-1\"><img src=\"" +
                        escaped(teaser.imageUrl) +
                        "\" alt=\"\" width=\"320\" height=\"180\" loading=\"lazy\"></a>";
            html += "<h3 class=\"teaser-title\"><a href=\"" + escaped(teaser.url) + "\">" +
                    escaped(teaser.title) + "</a></h3><p class=\"teaser-dek\">" + escaped(teaser.dek) +
                    "</p></li>\n";
        }
        html += "</ul></section>\n";
    }
    if (!comments.isEmpty())
        html += commentList(comments, article.title, article.url, serial);
    html += "</main></div>\n";

    // The sidebar: most read and a newsletter box.
    html += "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget-most-read\">"
            "<h2 class=\"widget-title\">Most read</h2><ol>";
    for (const Teaser &teaser : related)
        html += "<li><a href=\"" + escaped(teaser.url) + "\">" + escaped(teaser.title) + "</a></li>";
    html +=
        "</ol></section><section class=\"widget widget-newsletter\"><h2 class=\"widget-title\">The morning "
        "briefing</h2><p>The day's top stories in your inbox every weekday.</p><form action=\"" +
        siteUtf8 +
        "/newsletters/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your "
        "email\"><button type=\"submit\">Sign up</button></form></section></aside>\n";

    html += "<footer id=\"colophon\" class=\"site-footer\"><nav class=\"footer-navigation\" "
            "aria-label=\"Footer\"><ul>";
    for (const char *name : FooterLinks)
        html +=
            "<li><a href=\"" + siteUtf8 + "/" + slugOf(QString::fromUtf8(name)) + "/\">" + name + "</a></li>";
    html += "</ul></nav><div class=\"social\"><a href=\"https://www.facebook.com/" + slugOf(article.source) +
            "\">Facebook</a> <a href=\"https://x.com/" + slugOf(article.source) +
            "\">X</a> <a "
            "href=\"https://www.instagram.com/" +
            slugOf(article.source) + "\">Instagram</a></div>";
    html += "<p class=\"copyright\">&copy; 2025 " + source + ". All rights reserved.</p></footer>\n";
    html +=
        "<script>(function(){var b=document.querySelector('.share-copy');if(b){b.addEventListener('click',"
        "function(){navigator.clipboard.writeText(b.dataset.url);});}})();</script>\n";
    html += "</body>\n</html>\n";
    return html;
}

} // namespace

Result<QList<CorpusPage>> loadCorpus(const QString &folder, qint64 *bytes)
{
    QList<CorpusPage> pages;
    *bytes = 0;
    const QDir root(folder);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = root.filePath(name + QStringLiteral("/source.html"));
        if (!QFileInfo::exists(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Failed,
                         QStringLiteral("could not read %1: %2").arg(path, file.errorString())};
        CorpusPage page;
        page.source.name = name;
        page.source.data = file.readAll();
        // The URL the readability test suite reads its pages under.
        page.source.url = QUrl(QStringLiteral("http://fakehost/test/page.html"));
        page.source.contentType = QStringLiteral("text/html");
        auto decoded = TextDecoder::decode(page.source.data, TextKind::Html);
        page.utf8 = decoded ? decoded->text.toUtf8() : page.source.data;
        *bytes += page.source.data.size();
        pages << page;
    }
    return pages;
}

Result<Generated> generatePages(const QString &folder, int count, quint32 seed)
{
    Generated generated;
    const Stopwatch clock;
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Failed, QStringLiteral("could not create %1").arg(folder)};
    SyntheticCorpus stories(seed);
    SyntheticCorpus chatter(seed + 1);
    QRandomGenerator random(seed + 2);
    QList<Teaser> recent;
    const int width = int(QString::number(count).size());
    while (generated.pages < count) {
        const QList<Article> batch = stories.nextBatch(std::min(GenerateBatch, count - generated.pages));
        for (const Article &article : batch) {
            const qint64 serial = generated.pages + 1;
            QList<PageComment> comments;
            if (random.bounded(3) == 0) {
                const int n = 2 + int(random.bounded(4));
                const Article talk = chatter.nextBatch(1).first();
                const QStringList paragraphs =
                    talk.bodyText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
                QDateTime posted = article.publishedAt.isValid() ? article.publishedAt : article.importedAt;
                for (int i = 0; i < n; ++i) {
                    PageComment comment;
                    comment.author =
                        random.bounded(5) == 0
                            ? QString::fromUtf8(pick(random, FirstNames).toLower() + "_" +
                                                QByteArray::number(random.bounded(10, 99)))
                            : QString::fromUtf8(pick(random, FirstNames) + " " + pick(random, LastNames));
                    if (random.bounded(2) == 0)
                        comment.authorUrl = QStringLiteral("https://%1.example.net/")
                                                .arg(QString::fromUtf8(slugOf(comment.author)));
                    posted = posted.addSecs(300 + random.bounded(6 * 3600));
                    comment.postedAt = posted;
                    comment.text = paragraphs.isEmpty() ? talk.title : paragraphs.at(i % paragraphs.size());
                    comment.reply = i > 0 && random.bounded(4) == 0;
                    comments << comment;
                }
                ++generated.commentedPages;
                generated.comments += n;
            }
            const QByteArray html = newsPage(article, recent, comments, serial, random);
            const QString path = QDir(folder).filePath(
                QStringLiteral("page-%1.html").arg(serial, width, 10, QLatin1Char('0')));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
                return Error{Error::Code::Failed,
                             QStringLiteral("could not write %1: %2").arg(path, file.errorString())};
            generated.bytes += html.size();
            generated.words += article.wordCount;
            ++generated.pages;
            recent.prepend(Teaser{article.title, article.dek, article.url, article.imageUrl});
            if (recent.size() > 4)
                recent.removeLast();
        }
        if (generated.pages % 2000 == 0 || generated.pages == count)
            err() << QStringLiteral("  generated %1 / %2 pages (%3 s)")
                         .arg(generated.pages)
                         .arg(count)
                         .arg(double(clock.wallNs()) / 1e9, 0, 'f', 1)
                  << Qt::endl;
    }
    generated.seconds = double(clock.wallNs()) / 1e9;
    return generated;
}

} // namespace Newsdesk::Bench
