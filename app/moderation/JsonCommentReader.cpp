#include "JsonCommentReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Newsdesk {

namespace {

/// A string or a number as text: ids come both ways.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == std::floor(number) && std::abs(number) < 9.0e15 ? QString::number(qint64(number))
                                                                         : QString::number(number);
    }
    return {};
}

} // namespace

QString JsonCommentReader::formatName() const
{
    return tr("JSON");
}

bool JsonCommentReader::canRead(const QByteArray &data, const QString &) const
{
    const QString start = head(data);
    return start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{'));
}

Result<CommentFile> JsonCommentReader::read(const QByteArray &data, const CommentReadOptions &options) const
{
    CommentFile file;
    file.format = formatName();
    auto decoded = decode(data, false, file.issues);
    if (!decoded)
        return decoded.error();
    QJsonParseError parseError;
    const QByteArray utf8 = decoded->toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        return Error{Error::Code::InvalidArgument, tr("The JSON is malformed at line %1 (character %2): %3")
                                                       .arg(line)
                                                       .arg(parseError.offset)
                                                       .arg(parseError.errorString())};
    }
    QJsonArray comments;
    if (document.isArray())
        comments = document.array();
    else if (document.object().value(QLatin1String("comments")).isArray())
        comments = document.object().value(QLatin1String("comments")).toArray();
    else
        return Error{Error::Code::InvalidArgument,
                     tr("The JSON is not a list of comments: Newsdesk reads an array of comment objects, or "
                        "an object whose “comments” is one.")};

    QMap<QString, int> unknownStatuses;
    int badDates = 0;
    int droppedUrls = 0;
    int withoutArticle = 0;
    const QString notObjectReason = tr("not a comment object");
    const QString badArticleReason = tr("article_id is not a number");
    for (qsizetype i = 0; i < comments.size(); ++i) {
        ReadComment read;
        read.position = tr("comment %1 of the list").arg(i + 1);
        if (!comments.at(i).isObject()) {
            file.issues << tr("Item %1 of the list is not an object; it was skipped.").arg(i + 1);
            ++file.skipped[notObjectReason];
            continue;
        }
        const QJsonObject object = comments.at(i).toObject();
        const auto field = [&](const char *key) { return textOf(object.value(QLatin1String(key))); };
        // The bundle format's names (docs/bundle-format.md) where this format has its own.
        const auto either = [&](const char *key, const char *bundleKey) {
            const QString value = field(key);
            return value.isEmpty() ? field(bundleKey) : value;
        };

        const QString articleId = field("article_id");
        if (!articleId.isEmpty()) {
            bool ok = false;
            read.article.id = articleId.toLongLong(&ok);
            if (!ok || read.article.id <= 0) {
                file.issues << tr("Item %1: “%2” is not an article id; the comment was skipped.")
                                   .arg(i + 1)
                                   .arg(articleId);
                ++file.skipped[badArticleReason];
                continue;
            }
        }
        read.article.url = field("article_url");
        if (read.article.isEmpty())
            read.article.id = options.articleId;
        if (read.article.isEmpty()) {
            ++withoutArticle;
            ++file.skipped[noArticleReason()];
            continue;
        }

        Comment &comment = read.comment;
        if (const QString id = field("id"); !id.isEmpty())
            comment.externalId = QStringLiteral("json:") + id;
        if (const QString parent = either("parent_id", "parent");
            !parent.isEmpty() && parent != QLatin1String("0"))
            read.parentExternalId = QStringLiteral("json:") + parent;
        comment.author = field("author");
        comment.authorEmail = field("email");
        comment.authorUrl = authorUrl(field("url"), &droppedUrls);
        comment.authorIp = field("ip");
        const QString posted = either("posted_at", "date");
        comment.postedAt = parseTime(posted);
        if (!comment.postedAt.isValid() && !posted.isEmpty())
            ++badDates;
        setStatusKey(read, field("status"), unknownStatuses);
        // Not field(): a comment's text keeps its own leading spaces and line breaks.
        QString html = object.value(QLatin1String("html")).toString();
        if (html.trimmed().isEmpty())
            html = object.value(QLatin1String("content_html")).toString();
        QString text = object.value(QLatin1String("text")).toString();
        if (text.isEmpty())
            text = object.value(QLatin1String("content_text")).toString();
        if (!html.trimmed().isEmpty())
            setBody(read, html, BodyKind::Html, file.issues);
        else
            setBody(read, text, BodyKind::PlainText, file.issues);
        if (isEmpty(read)) {
            ++file.skipped[emptyReason()];
            continue;
        }
        if (comment.externalId.isEmpty())
            comment.externalId = contentId(QStringLiteral("json"), read);
        file.comments.append(std::move(read));
    }

    reportUnknownStatuses(unknownStatuses, file.issues);
    if (withoutArticle > 0)
        file.issues << tr("%n comment(s) name no article (article_id or article_url) and were skipped.",
                          nullptr, withoutArticle);
    if (badDates > 0)
        file.issues << tr("%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported "
                          "without a date.",
                          nullptr, badDates);
    if (droppedUrls > 0)
        file.issues << tr("%n author address(es) that were not http(s) links were left out.", nullptr,
                          droppedUrls);
    capIssues(file.issues);
    return file;
}

} // namespace Newsdesk
