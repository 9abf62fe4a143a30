#include "SampleLibrary.h"

#include "HtmlSanitizer.h"
#include "ImportFormats.h"
#include "ImportWriter.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "tagging/TopicTagging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk {

namespace {

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

Article articleFrom(const QJsonObject &object)
{
    Article article;
    article.url = object.value(QLatin1String("url")).toString();
    article.canonicalUrl = object.value(QLatin1String("canonicalUrl")).toString();
    article.title = object.value(QLatin1String("title")).toString();
    article.dek = object.value(QLatin1String("dek")).toString();
    article.byline = object.value(QLatin1String("byline")).toString();
    article.dateline = object.value(QLatin1String("dateline")).toString();
    article.agency = object.value(QLatin1String("agency")).toString();
    article.source = object.value(QLatin1String("source")).toString();
    article.publishedAt = timeFrom(object.value(QLatin1String("publishedAt")));
    article.language = object.value(QLatin1String("language")).toString();
    article.imageUrl = object.value(QLatin1String("imageUrl")).toString();
    article.imageCaption = object.value(QLatin1String("imageCaption")).toString();
    article.imageCredit = object.value(QLatin1String("imageCredit")).toString();
    // Our own files, but stored like every body: sanitised, so the reader, the exports and a JSON round
    // trip see the same normalised HTML as for an imported page.
    article.bodyHtml = HtmlSanitizer::sanitize(object.value(QLatin1String("bodyHtml")).toString(), QUrl(article.url));
    article.status = ArticleText::statusFromKey(object.value(QLatin1String("status")).toString())
                         .value_or(ArticleStatus::New);
    article.note = object.value(QLatin1String("note")).toString();
    return article;
}

Status insertComments(CommentRepository &comments, const QJsonArray &list, qint64 articleId, qint64 parentId)
{
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Comment comment;
        comment.articleId = articleId;
        comment.parentId = parentId;
        comment.author = object.value(QLatin1String("author")).toString();
        comment.authorEmail = object.value(QLatin1String("email")).toString();
        comment.bodyText = object.value(QLatin1String("body")).toString();
        comment.body = commentHtmlFromText(comment.bodyText);
        comment.authorIp = object.value(QLatin1String("ip")).toString();
        comment.postedAt = timeFrom(object.value(QLatin1String("postedAt")));
        comment.status = commentStatusFromKey(object.value(QLatin1String("status")).toString())
                             .value_or(CommentStatus::Pending);
        if (comment.status != CommentStatus::Pending)
            comment.decidedBy = DecidedBy::Import;
        auto id = comments.insert(comment);
        if (!id)
            return id.error();
        if (Status replies =
                insertComments(comments, object.value(QLatin1String("replies")).toArray(), articleId, *id);
            !replies)
            return replies;
    }
    return {};
}

} // namespace

Result<int> SampleLibrary::load(Library &library)
{
    return load(library, QStringLiteral(":/newsdesk/samples/sample-library.json"));
}

Result<int> SampleLibrary::load(Library &library, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound,
                     tr("Could not read the sample library: %1").arg(file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{Error::Code::InvalidArgument,
                     tr("The sample library is not valid JSON: %1").arg(parseError.errorString())};
    const QJsonArray items = document.object().value(QLatin1String("articles")).toArray();

    int added = 0;
    const Status status = library.transaction([&]() -> Status {
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            const Article article = articleFrom(object);
            auto ids = library.articles().insert({article});
            if (!ids)
                return ids.error();
            if (auto related =
                    ImportWriter::recogniseStory(library, ids->first(), plainTextFromHtml(article.bodyHtml));
                !related)
                return related.error();
            if (Status comments = insertComments(
                    library.comments(), object.value(QLatin1String("comments")).toArray(), ids->first(), 0);
                !comments)
                return comments;
            // Sample tags by topic name; a library whose taxonomy lacks one leaves the article untagged.
            QStringList topics;
            for (const QJsonValue &name : object.value(QLatin1String("topics")).toArray())
                topics << name.toString();
            if (Status tagged = TopicTagging::tagByName(library, ids->first(), topics, false); !tagged)
                return tagged;
            ++added;
        }
        const QDir pages(QFileInfo(path).absolutePath() + QStringLiteral("/pages"));
        for (const QString &name : pages.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile page(pages.filePath(name));
            if (!page.open(QIODevice::ReadOnly))
                return Error{Error::Code::NotFound,
                             tr("Could not read the sample page %1: %2").arg(name, page.errorString())};
            // Pages as a browser copy gives them, site furniture and all, read the way an import reads them.
            ImportSource source;
            source.name = name;
            source.data = page.readAll();
            source.contentType = QStringLiteral("text/plain");
            auto outcome = ImportFormats::read(source);
            if (!outcome)
                return outcome.error();
            auto items = ImportWriter::write(library, outcome->articles);
            if (!items)
                return items.error();
            ++added;
        }
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

} // namespace Newsdesk
