#include "DisqusCommentReader.h"

#include <QHash>
#include <QXmlStreamReader>

namespace Newsdesk {

namespace {

constexpr QLatin1StringView InternalsNamespace{"http://disqus.com/disqus-internals"};

/// The dsq:id attribute: Disqus's own id of a thread, post or parent.
QString dsqId(const QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    QStringView id = attributes.value(InternalsNamespace, QLatin1StringView("id"));
    if (id.isEmpty())
        id = attributes.value(QLatin1StringView("dsq:id")); // a file that forgot to declare the namespace
    return id.trimmed().toString();
}

QString text(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           value.trimmed() == QLatin1String("1");
}

struct DisqusThread
{
    QString identifier; ///< <id>: the site's own key for the page
    CommentArticleRef article;
};

/// A <post> as found; threads and parents are resolved once the whole file is read.
struct DisqusPost
{
    ReadComment read;
    QString id;               ///< <id>
    QString threadDsqId;      ///< <thread dsq:id="…"/>
    QString threadIdentifier; ///< <thread>identifier</thread>, as the documented example writes it
    QString parentDsqId;
    QString parentId;
    QString message;
    QString createdAt;
    bool spam = false;
    bool deleted = false;
    bool unapproved = false;
};

DisqusThread readThread(QXmlStreamReader &xml)
{
    DisqusThread thread;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"id")
            thread.identifier = text(xml).trimmed();
        else if (xml.name() == u"link")
            thread.article.url = text(xml).trimmed();
        else if (xml.name() == u"title")
            thread.article.title = text(xml).trimmed();
        else
            xml.skipCurrentElement();
    }
    return thread;
}

void readAuthor(QXmlStreamReader &xml, Comment &comment)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name")
            comment.author = text(xml).trimmed();
        else if (xml.name() == u"email")
            comment.authorEmail = text(xml).trimmed();
        else if (xml.name() == u"link" || xml.name() == u"url")
            comment.authorUrl = text(xml).trimmed();
        else
            xml.skipCurrentElement();
    }
}

DisqusPost readPost(QXmlStreamReader &xml)
{
    DisqusPost post;
    post.read.position = DisqusCommentReader::tr("line %1").arg(xml.lineNumber());
    const QString ownId = dsqId(xml);
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"id") {
            post.id = text(xml).trimmed();
        } else if (name == u"message") {
            post.message = text(xml);
        } else if (name == u"createdAt") {
            post.createdAt = text(xml);
        } else if (name == u"isSpam") {
            post.spam = isTrue(text(xml));
        } else if (name == u"isDeleted") {
            post.deleted = isTrue(text(xml));
        } else if (name == u"isApproved") {
            post.unapproved = !isTrue(text(xml));
        } else if (name == u"ipAddress") {
            post.read.comment.authorIp = text(xml).trimmed();
        } else if (name == u"author") {
            readAuthor(xml, post.read.comment);
        } else if (name == u"thread") {
            post.threadDsqId = dsqId(xml);
            post.threadIdentifier = text(xml).trimmed();
        } else if (name == u"parent") {
            post.parentDsqId = dsqId(xml);
            post.parentId = text(xml).trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!ownId.isEmpty())
        post.read.comment.externalId = QStringLiteral("disqus:") + ownId;
    else if (!post.id.isEmpty())
        post.read.comment.externalId = QStringLiteral("disqus:id:") + post.id;
    return post;
}

} // namespace

QString DisqusCommentReader::formatName() const
{
    return tr("Disqus export");
}

bool DisqusCommentReader::canRead(const QByteArray &data, const QString &) const
{
    const QString start = head(data);
    return start.startsWith(QLatin1Char('<')) && start.contains(QLatin1String("<disqus"));
}

Result<CommentFile> DisqusCommentReader::read(const QByteArray &data, const CommentReadOptions &options) const
{
    CommentFile file;
    file.format = formatName();
    auto decoded = decode(data, true, file.issues);
    if (!decoded)
        return decoded.error();
    QXmlStreamReader xml(*decoded);
    if (readToRoot(xml) && xml.name() != u"disqus")
        xml.raiseError(tr("This is not a Disqus export: its root element is <%1>, not <disqus>.")
                           .arg(xml.name().toString()));
    // Threads are meant to come before posts, but nothing relies on it: everything is resolved at the end.
    QHash<QString, DisqusThread> threadsByDsqId;
    QHash<QString, DisqusThread> threadsByIdentifier;
    QList<DisqusPost> posts;
    while (!xml.hasError() && xml.readNextStartElement()) {
        if (xml.name() == u"thread") {
            const QString id = dsqId(xml);
            const DisqusThread thread = readThread(xml);
            if (!id.isEmpty())
                threadsByDsqId.insert(id, thread);
            if (!thread.identifier.isEmpty())
                threadsByIdentifier.insert(thread.identifier, thread);
        } else if (xml.name() == u"post") {
            posts.append(readPost(xml));
        } else {
            xml.skipCurrentElement(); // <category>
        }
    }
    if (xml.hasError())
        return xmlError(xml);

    QHash<QString, QString> externalIdsById; // <id> → externalId, for <parent>id</parent>
    for (const DisqusPost &post : std::as_const(posts))
        if (!post.id.isEmpty())
            externalIdsById.insert(post.id, post.read.comment.externalId);

    QMap<QString, int> missingThreads;
    int badDates = 0;
    int droppedUrls = 0;
    for (DisqusPost &post : posts) {
        ReadComment &read = post.read;
        const DisqusThread *thread = nullptr;
        if (!post.threadDsqId.isEmpty() && threadsByDsqId.contains(post.threadDsqId))
            thread = &threadsByDsqId[post.threadDsqId];
        else if (!post.threadIdentifier.isEmpty() && threadsByIdentifier.contains(post.threadIdentifier))
            thread = &threadsByIdentifier[post.threadIdentifier];
        if (thread && !thread->article.url.isEmpty())
            read.article = thread->article;
        else if (options.articleId > 0)
            read.article.id = options.articleId;
        if (read.article.isEmpty()) {
            ++missingThreads[post.threadDsqId.isEmpty() ? post.threadIdentifier : post.threadDsqId];
            ++file.skipped[noArticleReason()];
            continue;
        }

        if (!post.parentDsqId.isEmpty())
            read.parentExternalId = QStringLiteral("disqus:") + post.parentDsqId;
        else if (!post.parentId.isEmpty())
            read.parentExternalId =
                externalIdsById.value(post.parentId, QStringLiteral("disqus:id:") + post.parentId);

        read.comment.postedAt = parseTime(post.createdAt);
        if (!read.comment.postedAt.isValid() && !post.createdAt.trimmed().isEmpty())
            ++badDates;
        setStatus(read, post.spam         ? CommentStatus::Spam
                        : post.deleted    ? CommentStatus::Rejected
                        : post.unapproved ? CommentStatus::Pending
                                          : CommentStatus::Approved);
        read.comment.authorUrl = authorUrl(read.comment.authorUrl, &droppedUrls);
        setBody(read, post.message, BodyKind::Html, file.issues);
        if (isEmpty(read)) {
            ++file.skipped[emptyReason()];
            continue;
        }
        if (read.comment.externalId.isEmpty())
            read.comment.externalId = contentId(QStringLiteral("disqus"), read);
        file.comments.append(std::move(read));
    }

    for (auto it = missingThreads.cbegin(); it != missingThreads.cend(); ++it)
        file.issues
            << tr("%n post(s) belong to the thread “%1”, which is not in the file (or has no <link>).",
                  nullptr, it.value())
                   .arg(it.key());
    if (badDates > 0)
        file.issues << tr("%n post(s) had a date that is not a date; they were imported without one.",
                          nullptr, badDates);
    if (droppedUrls > 0)
        file.issues << tr("%n author address(es) that were not http(s) links were left out.", nullptr,
                          droppedUrls);
    capIssues(file.issues);
    return file;
}

} // namespace Newsdesk
