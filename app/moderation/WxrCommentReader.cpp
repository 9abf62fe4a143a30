#include "WxrCommentReader.h"

#include <QXmlStreamReader>

namespace Newsdesk {

namespace {

// WXR 1.0–1.2 spell the namespace with their version: http://wordpress.org/export/1.2/
bool isWordPressNamespace(QStringView uri)
{
    return uri.startsWith(u"http://wordpress.org/export/") && !uri.endsWith(u"/excerpt/");
}

/// One <wp:comment> as found, finished once its item has been read (the <link> may come after it).
struct WxrComment
{
    ReadComment read;
    QString content;
    QString approved;
    QString type;
    QString parent;
    QString dateGmt;
    QString date;
};

/// What reading the whole file counts, for one issue each at the end.
struct WxrTally
{
    CommentFile file;
    QMap<QString, int> unknownStatuses;
    int localDates = 0;
    int badDates = 0;
    int droppedUrls = 0;
};

QString text(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

WxrComment readComment(QXmlStreamReader &xml)
{
    WxrComment raw;
    raw.read.position = WxrCommentReader::tr("line %1").arg(xml.lineNumber());
    while (xml.readNextStartElement()) {
        if (!isWordPressNamespace(xml.namespaceUri())) {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"comment_id")
            raw.read.comment.externalId = text(xml).trimmed();
        else if (name == u"comment_author")
            raw.read.comment.author = text(xml).trimmed();
        else if (name == u"comment_author_email")
            raw.read.comment.authorEmail = text(xml).trimmed();
        else if (name == u"comment_author_url")
            raw.read.comment.authorUrl = text(xml);
        else if (name == u"comment_author_IP")
            raw.read.comment.authorIp = text(xml).trimmed();
        else if (name == u"comment_date_gmt")
            raw.dateGmt = text(xml);
        else if (name == u"comment_date")
            raw.date = text(xml);
        else if (name == u"comment_content")
            raw.content = text(xml);
        else if (name == u"comment_approved")
            raw.approved = text(xml).trimmed();
        else if (name == u"comment_type")
            raw.type = text(xml).trimmed();
        else if (name == u"comment_parent")
            raw.parent = text(xml).trimmed();
        else
            xml.skipCurrentElement(); // comment_user_id, commentmeta…
    }
    return raw;
}

void finishComment(WxrComment &raw, const CommentArticleRef &article, WxrTally &tally)
{
    ReadComment &read = raw.read;
    read.article = article;
    if (raw.type == QLatin1String("pingback") || raw.type == QLatin1String("trackback")) {
        ++tally.file.skipped[WxrCommentReader::tr("pingbacks and trackbacks are notices from other sites, "
                                                  "not reader comments")];
        return;
    }
    if (read.article.isEmpty()) {
        ++tally.file.skipped[CommentReader::noArticleReason()];
        return;
    }
    if (!read.comment.externalId.isEmpty())
        read.comment.externalId.prepend(QStringLiteral("wxr:"));
    if (!raw.parent.isEmpty() && raw.parent != QLatin1String("0"))
        read.parentExternalId = QStringLiteral("wxr:") + raw.parent;

    // The GMT date is "0000-00-00 00:00:00" for comments WordPress never published; then only the site's
    // local time is left, whose offset the file does not say.
    read.comment.postedAt = WxrCommentReader::parseTime(raw.dateGmt);
    if (!read.comment.postedAt.isValid()) {
        read.comment.postedAt = WxrCommentReader::parseTime(raw.date);
        if (read.comment.postedAt.isValid())
            ++tally.localDates;
        else if (!raw.date.trimmed().isEmpty() || !raw.dateGmt.trimmed().isEmpty())
            ++tally.badDates;
    }

    if (raw.approved == QLatin1String("1") || raw.approved == QLatin1String("approve"))
        WxrCommentReader::setStatus(read, CommentStatus::Approved);
    else if (raw.approved == QLatin1String("0") || raw.approved == QLatin1String("hold"))
        WxrCommentReader::setStatus(read, CommentStatus::Pending);
    else if (raw.approved == QLatin1String("spam"))
        WxrCommentReader::setStatus(read, CommentStatus::Spam);
    else if (raw.approved == QLatin1String("trash") || raw.approved == QLatin1String("post-trashed"))
        WxrCommentReader::setStatus(read, CommentStatus::Rejected);
    else
        WxrCommentReader::setStatusKey(read, raw.approved, tally.unknownStatuses);

    read.comment.authorUrl = WxrCommentReader::authorUrl(read.comment.authorUrl, &tally.droppedUrls);
    WxrCommentReader::setBody(read, raw.content, CommentReader::BodyKind::TextWithHtml, tally.file.issues);
    if (WxrCommentReader::isEmpty(read)) {
        ++tally.file.skipped[CommentReader::emptyReason()];
        return;
    }
    if (read.comment.externalId.isEmpty())
        read.comment.externalId = WxrCommentReader::contentId(QStringLiteral("wxr"), read);
    tally.file.comments.append(std::move(read));
}

void readItem(QXmlStreamReader &xml, const CommentReadOptions &options, WxrTally &tally)
{
    CommentArticleRef article;
    QList<WxrComment> comments;
    while (xml.readNextStartElement()) {
        const bool plain = xml.namespaceUri().isEmpty();
        if (plain && xml.name() == u"link")
            article.url = text(xml).trimmed();
        else if (plain && xml.name() == u"guid")
            article.guid = text(xml).trimmed();
        else if (plain && xml.name() == u"title")
            article.title = text(xml).trimmed();
        else if (isWordPressNamespace(xml.namespaceUri()) && xml.name() == u"comment")
            comments.append(readComment(xml));
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError() || comments.isEmpty())
        return;
    if (article.isEmpty() && options.articleId > 0)
        article.id = options.articleId;
    else if (article.isEmpty())
        tally.file.issues << WxrCommentReader::tr(
                                 "The item “%1” has no <link> or <guid>, so its %n comment(s) "
                                 "cannot be matched to an article.",
                                 nullptr, int(comments.size()))
                                 .arg(article.title);
    for (WxrComment &comment : comments)
        finishComment(comment, article, tally);
}

} // namespace

QString WxrCommentReader::formatName() const
{
    return tr("WordPress export (WXR)");
}

bool WxrCommentReader::canRead(const QByteArray &data, const QString &) const
{
    const QString start = head(data);
    return start.startsWith(QLatin1Char('<')) && start.contains(QLatin1String("<rss")) &&
           start.contains(QLatin1String("wordpress.org/export/"));
}

Result<CommentFile> WxrCommentReader::read(const QByteArray &data, const CommentReadOptions &options) const
{
    WxrTally tally;
    tally.file.format = formatName();
    auto decoded = decode(data, true, tally.file.issues);
    if (!decoded)
        return decoded.error();
    QXmlStreamReader xml(*decoded);
    if (readToRoot(xml) && xml.name() != u"rss")
        xml.raiseError(tr("This is not a WordPress export: its root element is <%1>, not <rss>.")
                           .arg(xml.name().toString()));
    while (!xml.hasError() && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"item" && xml.namespaceUri().isEmpty())
            readItem(xml, options, tally);
    }
    if (xml.hasError())
        return xmlError(xml);

    CommentFile &file = tally.file;
    reportUnknownStatuses(tally.unknownStatuses, file.issues);
    if (tally.localDates > 0)
        file.issues << tr("%n comment(s) had only a local date without a time zone; it was read as UTC.",
                          nullptr, tally.localDates);
    if (tally.badDates > 0)
        file.issues << tr("%n comment(s) had a date that is not a date; they were imported without one.",
                          nullptr, tally.badDates);
    if (tally.droppedUrls > 0)
        file.issues << tr("%n author address(es) that were not http(s) links were left out.", nullptr,
                          tally.droppedUrls);
    capIssues(file.issues);
    return std::move(file);
}

} // namespace Newsdesk
