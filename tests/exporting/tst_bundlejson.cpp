// The bundle JSON format: a JSON Feed 1.1 with Newsdesk's fields that round-trips byte for byte through
// the import pipeline, merges with a library that has some of its articles, validates against the
// shipped schema, and refuses damaged or newer files without touching the library.

#include "TestLibrary.h"
#include "exporting/BundleContent.h"
#include "exporting/BundleJson.h"
#include "importing/HtmlSanitizer.h"
#include "importing/ImportJob.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"
#include "moderation/JsonCommentReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Qt::StringLiterals;
using Newsdesk::Testing::TestLibrary;

namespace {

const QString BundleName = u"Trade week"_s;

// A 2x2 PNG, kept in the body and as an article's image, as the reader keeps images.
const QString PngDataUrl =
    u"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=="_s;

/// The value, or the test run stops: fixtures are set up outside any QVERIFY-able scope.
template <typename T> T need(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.errorString()));
    return std::move(result).value();
}

void need(const Status &status)
{
    if (!status)
        qFatal("fixture: %s", qPrintable(status.errorString()));
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

/// An article as the import pipeline would have stored it: its body sanitised, its text derived.
Article article(const QString &guid, const QString &url, const QString &title, const QString &rawBody)
{
    Article article;
    article.guid = guid;
    article.url = url;
    article.canonicalUrl = url;
    article.title = title;
    article.bodyHtml = HtmlSanitizer::sanitize(rawBody, QUrl(url));
    article.bodyText = HtmlSanitizer::plainText(article.bodyHtml);
    article.language = u"en"_s;
    article.publishedAt = at(u"2024-05-01T09:30:00Z"_s);
    article.importedAt = at(u"2024-05-02T07:00:00Z"_s);
    return article;
}

qint64 insert(Library &library, const Article &article)
{
    const qint64 id = need(library.articles().insert({article})).first();
    // Curation lives apart from content (STYLE.md §2): the insert does not take it.
    if (article.status != ArticleStatus::New)
        need(library.articles().setStatus({id}, article.status));
    if (!article.note.isEmpty())
        need(library.articles().setField(id, ArticleField::Note, article.note));
    return id;
}

qint64 addComment(Library &library, qint64 articleId, const QString &author, const QString &text,
                  CommentStatus status, const QString &postedAt, qint64 parentId = 0,
                  const QString &externalId = {})
{
    Comment comment;
    comment.articleId = articleId;
    comment.parentId = parentId;
    comment.author = author;
    comment.authorUrl = u"https://people.example/"_s + author.toLower().remove(u' ');
    comment.authorEmail = author.toLower().remove(u' ') + u"@people.example"_s;
    comment.body = HtmlSanitizer::sanitize(u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s, QUrl());
    comment.bodyText = HtmlSanitizer::plainText(comment.body);
    comment.postedAt = at(postedAt);
    comment.externalId = externalId;
    comment.status = status;
    return need(library.comments().insert(comment));
}

qint64 addTopic(Library &library, const QString &name, qint64 parentId = 0, const QString &code = {},
                const QString &colour = {})
{
    Topic topic;
    topic.name = name;
    topic.parentId = parentId;
    topic.code = code;
    topic.colour = colour;
    return need(library.topics().create(topic));
}

/// A library whose bundle uses every field the format has: sections (one empty, at the end), blurbs,
/// topics in a tree with codes and every origin, threaded approved comments beside pending, spam and
/// rejected ones, other sources (a linked copy and a merged one), kept images as data: URLs, Arabic and
/// non-ASCII text, datelines and credits, notes and statuses, an article with neither guid nor URL, and
/// one in the trash.
qint64 fillFixture(Library &library)
{
    const qint64 economy =
        addTopic(library, u"Economy, business and finance"_s, 0, u"medtop:04000000"_s, u"#2a6f97"_s);
    const qint64 trade = addTopic(library, u"Trade disputes"_s, economy, u"medtop:20000376"_s);
    const qint64 politics = addTopic(library, u"Politics"_s, 0, u"medtop:11000000"_s, u"#8c2f39"_s);
    const qint64 local = addTopic(library, u"Région / Côte"_s); // a slash in a name
    const qint64 grain = addTopic(library, u"Grain"_s, economy);

    Article steel =
        article(u"urn:wire:steel-1"_s, u"https://wire.example/2024/steel"_s, u"Steel tariffs rise — again"_s,
                u"<p>Valdoria raised tariffs on <b>steel</b> imports for the third time.</p>"
                "<figure><img src=\""_s +
                    PngDataUrl +
                    u"\" alt=\"A mill\"><figcaption>The mill at "
                    "Orvik.</figcaption></figure><p>Exporters said they would appeal.</p>"_s);
    steel.dek = u"A third rise in a year"_s;
    steel.byline = u"Ana Müller, Jo Bloggs"_s;
    steel.dateline = u"ORVIK, May 1"_s;
    steel.agency = u"Wire Service"_s;
    steel.source = u"The Wire"_s;
    steel.imageUrl = PngDataUrl;
    steel.imageCaption = u"The mill at Orvik."_s;
    steel.imageCredit = u"Photo: K. Lind / Wire"_s;
    steel.status = ArticleStatus::Selected;
    steel.note = u"Lead with this; check the tariff figure."_s;
    const qint64 steelId = insert(library, steel);

    Article arabic = article({}, u"https://akhbar.example/trade/1"_s, u"الرسوم الجمركية على الصلب"_s,
                             u"<p>رفعت فالدوريا الرسوم الجمركية على واردات الصلب.</p><p>قال المصدرون إنهم "
                             "سيستأنفون.</p>"_s);
    arabic.language = u"ar"_s;
    arabic.canonicalUrl = u"https://akhbar.example/trade/steel-tariffs"_s;
    arabic.byline = u"سارة أحمد"_s;
    arabic.dateline = u"القاهرة"_s;
    arabic.source = u"أخبار"_s;
    arabic.imageUrl = u"https://akhbar.example/img/steel.jpg"_s;
    arabic.status = ArticleStatus::Reviewed;
    const qint64 arabicId = insert(library, arabic);

    Article bare = article({}, {}, u"Grain prices ease"_s,
                           u"<p>Wheat futures fell 2% as the harvest came in early; “good news”, said one "
                           "trader.</p>"_s);
    bare.canonicalUrl.clear();
    bare.language = u"en"_s;
    bare.publishedAt = {};
    const qint64 bareId = insert(library, bare);

    Article talks =
        article(u"urn:wire:talks-2"_s, u"https://wire.example/2024/talks"_s, u"Talks resume in Geneva"_s,
                u"<p>Negotiators met again on Thursday.</p><ul><li>Steel</li><li>Grain</li></ul>"_s);
    talks.status = ArticleStatus::Rejected;
    talks.note = u"Too thin."_s;
    const qint64 talksId = insert(library, talks);

    // Long enough that the feed's "version", written last, lies beyond what the importer sniffs first.
    QString longBody;
    for (int i = 1; i <= 60; ++i)
        longBody += u"<p>Paragraph %1 of the long read: the harbour, the cranes, the ships that wait and the "
                    "tariffs that make them wait longer; a story in many parts.</p>"_s.arg(i);
    const qint64 longId = insert(library, article(u"urn:wire:long-read"_s, u"https://wire.example/long"_s,
                                                  u"The long read: a harbour waits"_s, longBody));

    Article trashed = article(u"urn:wire:gone"_s, u"https://wire.example/gone"_s, u"Withdrawn story"_s,
                              u"<p>This story was withdrawn by the agency.</p>"_s);
    const qint64 trashedId = insert(library, trashed);
    need(library.articles().moveToTrash({trashedId}));

    // Other sources: a copy linked to the story, and one merged into it.
    Article copy = article(u"urn:other:1"_s, u"https://daily.example/steel"_s, u"Steel duties up"_s,
                           u"<p>A different telling of the steel story.</p>"_s);
    copy.source = u"The Daily"_s;
    need(library.stories().link(steelId, insert(library, copy), 0.91));
    Article merged = article(u"urn:other:2"_s, u"https://gazette.example/acier"_s, u"L’acier taxé"_s,
                             u"<p>Encore une hausse des droits sur l’acier.</p>"_s);
    merged.source = u"La Gazette"_s;
    need(library.stories().merge(steelId, insert(library, merged)));

    need(library.topics().tag({steelId, arabicId}, {trade}, TagOrigin::Manual));
    need(library.topics().tag({steelId}, {politics}, TagOrigin::Rule));
    need(library.topics().tag({steelId}, {local}, TagOrigin::Suggested, 0.64));
    need(library.topics().tag({bareId}, {grain}, TagOrigin::Manual));
    need(library.topics().tag({bareId}, {economy}, TagOrigin::Suggested, 0.5));

    const qint64 first = addComment(library, steelId, u"Lena Ek"_s, u"Third time this year — أخيراً!"_s,
                                    CommentStatus::Approved, u"2024-05-01T10:00:00Z"_s, 0, u"wp-101"_s);
    addComment(library, steelId, u"Jo Bloggs"_s, u"Source for the figure?"_s, CommentStatus::Approved,
               u"2024-05-01T10:05:00Z"_s, first);
    const qint64 pending = addComment(library, steelId, u"Max Roe"_s, u"PENDING-COMMENT-TEXT"_s,
                                      CommentStatus::Pending, u"2024-05-01T10:10:00Z"_s, first);
    addComment(library, steelId, u"Spam Bot"_s, u"SPAM-COMMENT-TEXT cheap pills"_s, CommentStatus::Spam,
               u"2024-05-01T10:11:00Z"_s, first);
    addComment(library, steelId, u"Ray Lux"_s, u"REJECTED-COMMENT-TEXT"_s, CommentStatus::Rejected,
               u"2024-05-01T10:12:00Z"_s);
    // Approved, under a pending comment: exported on its own, since its parent is not.
    addComment(library, steelId, u"Ann Sol"_s, u"Agreed with the above."_s, CommentStatus::Approved,
               u"2024-05-01T10:20:00Z"_s, pending);
    addComment(library, arabicId, u"علي"_s, u"مقال ممتاز"_s, CommentStatus::Approved,
               u"2024-05-01T12:00:00Z"_s);

    Bundle bundle;
    bundle.name = BundleName;
    bundle.title = u"Trade week: steel, grain — and a word from Cairo"_s;
    bundle.intro = u"What moved trade this week.\n\nSelected by the desk; قراءة ممتعة."_s;
    bundle.savedSearch = u"topic:\"Trade disputes\" since:7d"_s;
    bundle.entries = {BundleEntry::section(u"Top stories"_s),
                      BundleEntry::article(steelId, u"Why it matters: the third rise in a year."_s),
                      BundleEntry::article(arabicId, u"نظرة من القاهرة"_s),
                      BundleEntry::section(u"Elsewhere"_s),
                      BundleEntry::article(bareId),
                      BundleEntry::article(talksId, u"For the record."_s),
                      BundleEntry::article(longId),
                      BundleEntry::article(trashedId),
                      BundleEntry::section(u"Later — to follow"_s)};
    return need(library.bundles().create(bundle));
}

QByteArray exportBundle(Library &library, const QString &name)
{
    const Bundle bundle = need(library.bundles().findByName(name));
    return BundleJson::write(need(BundleContent::load(library, bundle.id)));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("could not write %s", qPrintable(path));
    return path;
}

ImportReport importFile(Library &library, const QString &path)
{
    ImportJob job(library.path(), {ImportInput::file(path)});
    return job.run();
}

/// What a library holds, to show that an import added nothing or a failed one changed nothing.
struct Census
{
    int articles = 0;
    int trashed = 0;
    int comments = 0;
    int topics = 0;
    int bundles = 0;
    int alternates = 0;

    static Census of(Library &library)
    {
        Census census;
        census.articles = need(library.articles().count(ArticleQuery{}));
        ArticleQuery trash;
        trash.trash = true;
        census.trashed = need(library.articles().count(trash));
        census.comments = need(library.comments().count());
        census.topics = int(need(library.topics().all()).size());
        census.bundles = int(need(library.bundles().list()).size());
        for (const ArticleRow &row : need(library.articles().page(ArticleQuery{}, std::nullopt, 1000)))
            census.alternates += int(need(library.stories().alternates(row.id)).size());
        return census;
    }
    bool operator==(const Census &) const = default;
};

char *toString(const Census &census)
{
    return QTest::toString(
        u"%1 articles (%2 in the trash), %3 comments, %4 topics, %5 bundles, %6 alternates"_s
            .arg(census.articles)
            .arg(census.trashed)
            .arg(census.comments)
            .arg(census.topics)
            .arg(census.bundles)
            .arg(census.alternates));
}

/// Where two exports first differ, with some lines of each around it.
QByteArray firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) == b.value(i))
            continue;
        QByteArray message = "first difference at line " + QByteArray::number(i + 1) + ":\n";
        for (qsizetype j = std::max<qsizetype>(0, i - 3); j <= i + 3; ++j) {
            if (a.value(j) == b.value(j))
                message += "  " + a.value(j).left(160) + '\n';
            else
                message += "- " + a.value(j).left(160) + "\n+ " + b.value(j).left(160) + '\n';
        }
        return message;
    }
    return "the exports are identical";
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the export is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestBundleJson : public QObject
{
    Q_OBJECT

private slots:
    void isAJsonFeedWithNewsdeskFields();
    void isDeterministic();
    void sanitizerKeepsItsOwnOutput();
    void roundTripsByteForByte();
    void importingTwiceAddsNothing();
    void mergesWithArticlesAlreadyThere();
    void validatesAgainstTheSchema();
    void commentsReadAsACommentFile();
    void brokenFilesChangeNothing_data();
    void brokenFilesChangeNothing();

private:
    QTemporaryDir m_dir;
};

void TestBundleJson::isAJsonFeedWithNewsdeskFields()
{
    TestLibrary library;
    fillFixture(*library);
    const QByteArray json = exportBundle(*library, BundleName);
    const QJsonObject feed = parse(json);

    QCOMPARE(feed.value(u"version"_s).toString(), u"https://jsonfeed.org/version/1.1"_s);
    QCOMPARE(feed.value(u"title"_s).toString(), u"Trade week: steel, grain — and a word from Cairo"_s);
    QVERIFY(feed.value(u"description"_s).toString().startsWith(u"What moved trade"_s));
    const QJsonObject bundle = feed.value(u"_newsdesk"_s).toObject();
    QCOMPARE(bundle.value(u"format"_s).toInt(), BundleJson::FormatVersion);
    QCOMPARE(bundle.value(u"name"_s).toString(), BundleName);
    QCOMPARE(bundle.value(u"sections"_s).toArray().size(), 3);
    QCOMPARE(bundle.value(u"sections"_s).toArray().at(1).toObject().value(u"start"_s).toInt(), 2);
    QCOMPARE(bundle.value(u"sections"_s).toArray().at(2).toObject().value(u"start"_s).toInt(), 5);

    // The trashed article is left out; the others come in the bundle's order.
    const QJsonArray items = feed.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 5);
    QVERIFY2(json.size() > 16 * 1024, "the export should outgrow the importer's first look");
    const QJsonObject steel = items.at(0).toObject();
    QCOMPARE(steel.value(u"id"_s).toString(), u"urn:wire:steel-1"_s);
    QCOMPARE(steel.value(u"url"_s).toString(), u"https://wire.example/2024/steel"_s);
    QCOMPARE(steel.value(u"summary"_s).toString(), u"Why it matters: the third rise in a year."_s);
    QCOMPARE(steel.value(u"date_published"_s).toString(), u"2024-05-01T09:30:00Z"_s);
    QCOMPARE(steel.value(u"authors"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Ana Müller, Jo Bloggs"_s);
    QCOMPARE(steel.value(u"image"_s).toString(), PngDataUrl);
    QVERIFY(steel.value(u"content_html"_s).toString().contains(PngDataUrl));
    QVERIFY(steel.value(u"content_text"_s).toString().contains(u"third time"_s));
    QCOMPARE(steel.value(u"tags"_s).toArray().size(), 3);

    const QJsonObject extra = steel.value(u"_newsdesk"_s).toObject();
    QCOMPARE(extra.value(u"section"_s).toInt(), 0);
    QCOMPARE(extra.value(u"status"_s).toString(), u"selected"_s);
    QCOMPARE(extra.value(u"dek"_s).toString(), u"A third rise in a year"_s);
    QCOMPARE(extra.value(u"image_credit"_s).toString(), u"Photo: K. Lind / Wire"_s);
    QCOMPARE(extra.value(u"imported_at"_s).toString(), u"2024-05-02T07:00:00Z"_s);
    QStringList origins;
    for (const QJsonValue &topic : extra.value(u"topics"_s).toArray())
        origins << topic.toObject().value(u"path"_s).toString() + u':' +
                       topic.toObject().value(u"origin"_s).toString();
    QCOMPARE(origins, QStringList({u"Economy, business and finance/Trade disputes:manual"_s,
                                   u"Politics:rule"_s, u"Région / Côte:suggested"_s}));
    QCOMPARE(extra.value(u"other_sources"_s).toArray().size(), 2);

    // Approved comments only, threaded by the file's own ids; the reply to a pending comment stands alone.
    const QJsonArray comments = extra.value(u"comments"_s).toArray();
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments.at(0).toObject().value(u"id"_s).toString(), u"wp-101"_s);
    QCOMPARE(comments.at(1).toObject().value(u"id"_s).toString(), u"urn:wire:steel-1#comment-2"_s);
    QCOMPARE(comments.at(1).toObject().value(u"parent"_s).toString(), u"wp-101"_s);
    QVERIFY(!comments.at(2).toObject().contains(u"parent"_s));
    for (const char *hidden :
         {"PENDING-COMMENT-TEXT", "SPAM-COMMENT-TEXT", "REJECTED-COMMENT-TEXT", "@people.example"})
        QVERIFY2(!json.contains(hidden), hidden);
    // No library-local ids anywhere, and the article without guid or URL has an id of its content.
    QVERIFY(items.at(2).toObject().value(u"id"_s).toString().startsWith(u"urn:newsdesk:"_s));
    QCOMPARE(items.at(1).toObject().value(u"language"_s).toString(), u"ar"_s);
}

void TestBundleJson::isDeterministic()
{
    TestLibrary library;
    fillFixture(*library);
    const QByteArray first = exportBundle(*library, BundleName);
    const QByteArray second = exportBundle(*library, BundleName);
    QCOMPARE(second, first);
}

void TestBundleJson::sanitizerKeepsItsOwnOutput()
{
    // The import sanitises content_html again; the round trip is exact only if that changes nothing.
    QFile samples(QStringLiteral(NEWSDESK_SAMPLE_LIBRARY));
    QVERIFY(samples.open(QIODevice::ReadOnly));
    QStringList bodies;
    for (const QJsonValue &sample : parse(samples.readAll()).value(u"articles"_s).toArray())
        bodies << sample.toObject().value(u"bodyHtml"_s).toString();
    QCOMPARE(bodies.size(), 12);
    bodies << u"<div><blockquote>Quoted<br>text</blockquote><table><tr><td>a<td>b</table>"
              "<p onclick=\"x()\">Hi <a href=\"javascript:alert(1)\">there</a><script>alert(2)</script>"
              "<svg onload=\"alert(3)\"></svg><img src=\"x.png\" onerror=\"alert(4)\"> &amp; <i>more"_s
           << u"<figure><img src=\""_s + PngDataUrl + u"\" alt=\"A\"><figcaption>Cap</figcaption></figure>"_s;
    const QUrl base(u"https://site.example/news/story"_s);
    for (const QString &body : std::as_const(bodies)) {
        const QString once = HtmlSanitizer::sanitize(body, base);
        QCOMPARE(HtmlSanitizer::sanitize(once, base), once);
        QCOMPARE(HtmlSanitizer::plainText(HtmlSanitizer::sanitize(once, base)),
                 HtmlSanitizer::plainText(once));
    }
}

void TestBundleJson::roundTripsByteForByte()
{
    TestLibrary source;
    fillFixture(*source);
    const QByteArray exported = exportBundle(*source, BundleName);

    TestLibrary target;
    const ImportReport report = importFile(*target, writeFile(m_dir, u"round-trip.json"_s, exported));
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.articlesImported, 5);
    QVERIFY2(report.entries.value(0).format.startsWith(u"Newsdesk bundle"_s),
             qPrintable(report.entries.value(0).format));

    const QByteArray again = exportBundle(*target, BundleName);
    QVERIFY2(again == exported, firstDifference(exported, again).constData());

    // What the bytes stand for came back too, where the library keeps it.
    const Bundle bundle = need(target->bundles().findByName(BundleName));
    QCOMPARE(bundle.entries.size(), 8);
    QVERIFY(bundle.entries.last().isSection());
    const Article steel = need(target->articles().find(bundle.entries.at(1).articleId));
    QCOMPARE(steel.status, ArticleStatus::Selected);
    QCOMPARE(steel.note, u"Lead with this; check the tariff figure."_s);
    const QList<Comment> comments = need(target->comments().ofArticle(steel.id));
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments.at(0).status, CommentStatus::Approved);
    QCOMPARE(comments.at(1).parentId, comments.at(0).id);
}

void TestBundleJson::importingTwiceAddsNothing()
{
    TestLibrary source;
    fillFixture(*source);
    const QString path = writeFile(m_dir, u"twice.json"_s, exportBundle(*source, BundleName));

    TestLibrary target;
    QCOMPARE(importFile(*target, path).failed, 0);
    const Census once = Census::of(*target);
    QCOMPARE(once.articles, 5);
    QCOMPARE(once.bundles, 1);
    QCOMPARE(once.comments, 4);

    const ImportReport second = importFile(*target, path);
    QCOMPARE(second.failed, 0);
    QCOMPARE(second.articlesImported, 0);
    QCOMPARE(second.duplicates, 5);
    QCOMPARE(Census::of(*target), once);
    // The report names the bundle it found already there, and says it added nothing.
    QCOMPARE(second.entries.size(), 1);
    QVERIFY(second.entries.first().bundle.has_value());
    QVERIFY(!second.entries.first().bundle->added);
    QCOMPARE(second.entries.first().bundle->name, BundleName);
}

void TestBundleJson::mergesWithArticlesAlreadyThere()
{
    TestLibrary source;
    fillFixture(*source);
    const QString path = writeFile(m_dir, u"merge.json"_s, exportBundle(*source, BundleName));

    // The target has the steel story already, with a curator's note of its own, and a bundle of the same
    // name holding something else.
    TestLibrary target;
    Article ours = article(u"urn:wire:steel-1"_s, u"https://wire.example/2024/steel"_s, u"Steel tariffs"_s,
                           u"<p>Our own copy of the steel story.</p>"_s);
    ours.note = u"Ours."_s;
    const qint64 oursId = insert(*target, ours);
    const qint64 other = insert(*target, article(u"urn:x"_s, u"https://x.example/"_s, u"Other"_s,
                                                 u"<p>Something else entirely.</p>"_s));
    Bundle existing;
    existing.name = BundleName;
    existing.entries = {BundleEntry::article(other)};
    need(target->bundles().create(existing));

    const ImportReport report = importFile(*target, path);
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.articlesImported, 4);
    QCOMPARE(report.duplicates, 1);
    QVERIFY(report.entries.first().bundle->added);
    QVERIFY(report.entries.first().bundle->renamed);
    QCOMPARE(report.entries.first().bundle->name, BundleName + u" 2"_s);
    QVERIFY(ImportText::outcome(report.entries.first()).contains(BundleName + u" 2"_s));
    QCOMPARE(need(target->articles().count(ArticleQuery{})), 6);

    // The existing bundle is left alone; the imported one gets a free name and points at our article.
    QCOMPARE(need(target->bundles().findByName(BundleName)).entries.size(), 1);
    const Bundle imported = need(target->bundles().findByName(BundleName + u" 2"_s));
    QCOMPARE(imported.articleIds().size(), 5);
    QCOMPARE(imported.articleIds().first(), oursId);
    const Article kept = need(target->articles().find(oursId));
    QCOMPARE(kept.note, u"Ours."_s);
    QCOMPARE(kept.title, u"Steel tariffs"_s);
    // Its approved comments joined it, once.
    QCOMPARE(need(target->comments().ofArticle(oursId)).size(), 3);

    const Census merged = Census::of(*target);
    QCOMPARE(importFile(*target, path).failed, 0);
    QCOMPARE(Census::of(*target), merged);
}

void TestBundleJson::validatesAgainstTheSchema()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import jsonschema"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("Python's jsonschema is not installed (Debian: python3-jsonschema)");

    TestLibrary library;
    fillFixture(*library);
    const QByteArray json = exportBundle(*library, BundleName);
    QJsonObject broken = parse(json);
    broken.remove(u"version"_s);
    QJsonObject wrongOrigin = parse(json);
    {
        QJsonArray items = wrongOrigin.value(u"items"_s).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonObject extra = item.value(u"_newsdesk"_s).toObject();
        extra.insert(
            u"topics"_s,
            QJsonArray{QJsonObject{{u"name"_s, u"x"_s}, {u"path"_s, u"x"_s}, {u"origin"_s, u"guessed"_s}}});
        item.insert(u"_newsdesk"_s, extra);
        items.replace(0, item);
        wrongOrigin.insert(u"items"_s, items);
    }

    // An independent validator (Python's jsonschema, draft 2020-12, with format checks).
    const QString script =
        u"import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "validator = jsonschema.Draft202012Validator(schema, "
        "format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)\n"
        "errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding='utf-8'))))\n"
        "for error in errors: print(list(error.absolute_path), error.message[:200])\n"
        "sys.exit(1 if errors else 0)\n"_s;
    const auto validate = [&](const QByteArray &document, const QString &name) {
        QProcess process;
        process.start(python, {u"-c"_s, script, QStringLiteral(NEWSDESK_BUNDLE_SCHEMA),
                               writeFile(m_dir, name, document)});
        if (!process.waitForFinished(60000))
            return std::pair(-1, QByteArray("timed out"));
        return std::pair(process.exitCode(),
                         process.readAllStandardOutput() + process.readAllStandardError());
    };
    const auto [code, output] = validate(json, u"valid.json"_s);
    QVERIFY2(code == 0, output.constData());
    QCOMPARE(validate(QJsonDocument(broken).toJson(), u"no-version.json"_s).first, 1);
    QCOMPARE(validate(QJsonDocument(wrongOrigin).toJson(), u"wrong-origin.json"_s).first, 1);
}

void TestBundleJson::commentsReadAsACommentFile()
{
    // An item's comments cut from an export are a comment file the moderation import reads as it is.
    TestLibrary library;
    fillFixture(*library);
    const QJsonArray items = parse(exportBundle(*library, BundleName)).value(u"items"_s).toArray();
    const QJsonArray comments =
        items.at(0).toObject().value(u"_newsdesk"_s).toObject().value(u"comments"_s).toArray();
    CommentReadOptions options;
    options.articleId = 1;
    const auto file =
        JsonCommentReader().read(QJsonDocument(QJsonObject{{u"comments"_s, comments}}).toJson(), options);
    QVERIFY2(file, qPrintable(file.errorString()));
    QCOMPARE(file->comments.size(), 3);
    QCOMPARE(file->comments.at(1).parentExternalId, file->comments.at(0).comment.externalId);
    QCOMPARE(file->comments.at(0).comment.postedAt, at(u"2024-05-01T10:00:00Z"_s));
    QCOMPARE(file->comments.at(0).comment.bodyText, u"Third time this year — أخيراً!"_s);
    QCOMPARE(file->comments.at(0).comment.status, CommentStatus::Approved);
}

void TestBundleJson::brokenFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("malformed") << u"malformed.json"_s << u"not valid JSON"_s;
    QTest::addRow("newer format") << u"newer-format.json"_s << u"newer Newsdesk (format 2"_s;
    QTest::addRow("no format") << u"no-format.json"_s << u"do not say which format"_s;
    QTest::addRow("options not an object")
        << u"wrong-options.json"_s << u"“_newsdesk.options” should be an object"_s;
    QTest::addRow("flag as text") << u"wrong-flag.json"_s
                                  << u"“_newsdesk.options.images” should be true or false"_s;
    QTest::addRow("comments not a list")
        << u"wrong-comments.json"_s << u"“items[1]._newsdesk.comments” should be a list"_s;
    QTest::addRow("bad comment date")
        << u"wrong-date.json"_s << u"“items[0]._newsdesk.comments[0].date” should be a date"_s;
    QTest::addRow("unknown status") << u"wrong-status.json"_s
                                    << u"“items[0]._newsdesk.status” should be one of"_s;
    QTest::addRow("section out of range") << u"wrong-section.json"_s << u"“_newsdesk.sections[0].start”"_s;
    // Found by fuzz_bundle_json: a count beyond qint64 was cast to qint64 (undefined behaviour).
    QTest::addRow("number beyond any count")
        << u"huge-number.json"_s << u"“_newsdesk.sections[0].start” should be"_s;
}

void TestBundleJson::brokenFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    TestLibrary library;
    fillFixture(*library);
    const Census before = Census::of(*library);

    const ImportReport report = importFile(*library, QStringLiteral(TEST_DATA_DIR "/bundles/") + file);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.articlesImported, 0);
    QVERIFY2(report.entries.value(0).message.contains(message), qPrintable(report.entries.value(0).message));
    QCOMPARE(Census::of(*library), before);
}

QTEST_GUILESS_MAIN(TestBundleJson)
#include "tst_bundlejson.moc"
