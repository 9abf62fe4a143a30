#pragma once

// Comments written in each format at test time: the generated cases (a long text, a reply to a comment
// imported before, 100,000 comments) go through the same writer per format as the abstract test.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/Comment.h"

namespace Newsdesk::Testing {

/// The two articles every comment test library holds (ids 1 and 2 in a fresh library).
inline const QString HarbourUrl = QStringLiteral("https://news.example/2024/05/harbour-plan");
inline const QString RailUrl = QStringLiteral("https://news.example/2024/05/rail-strike");
inline const QString MissingUrl = QStringLiteral("https://news.example/2024/05/missing");

/// One comment to write; status is a moderation status key (pending, approved, spam, rejected) or any
/// other word for the unknown-status case.
struct TestComment
{
    QString id;
    QString parentId;
    QString articleUrl;
    QString author;
    QString email;
    QString url;
    QString ip;
    QDateTime posted;
    QString text; ///< plain text, no markup
    QString status = QStringLiteral("pending");
};

inline QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// CDATA that survives "]]>" in the text.
inline QString cdata(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("]]>"), QLatin1String("]]]]><![CDATA[>"));
    return QStringLiteral("<![CDATA[") + escaped + QStringLiteral("]]>");
}

inline QByteArray writeWxr(const QList<TestComment> &comments)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                                 "<channel>\n<title>Generated</title>\n");
    // One <item> per run of comments on the same article, in order.
    QString currentUrl;
    for (const TestComment &comment : comments) {
        if (comment.articleUrl != currentUrl || currentUrl.isEmpty()) {
            if (!currentUrl.isEmpty())
                xml += QStringLiteral("</item>\n");
            currentUrl = comment.articleUrl;
            xml += QStringLiteral("<item>\n<link>%1</link>\n").arg(xmlEscaped(currentUrl));
        }
        const QString approved = comment.status == QLatin1String("approved")   ? QStringLiteral("1")
                                 : comment.status == QLatin1String("pending")  ? QStringLiteral("0")
                                 : comment.status == QLatin1String("rejected") ? QStringLiteral("trash")
                                                                               : comment.status;
        xml += QStringLiteral("<wp:comment>\n<wp:comment_id>%1</wp:comment_id>\n"
                              "<wp:comment_author>%2</wp:comment_author>\n"
                              "<wp:comment_author_email>%3</wp:comment_author_email>\n"
                              "<wp:comment_author_url>%4</wp:comment_author_url>\n"
                              "<wp:comment_author_IP>%5</wp:comment_author_IP>\n"
                              "<wp:comment_date_gmt>%6</wp:comment_date_gmt>\n"
                              "<wp:comment_content>%7</wp:comment_content>\n"
                              "<wp:comment_approved>%8</wp:comment_approved>\n"
                              "<wp:comment_type>comment</wp:comment_type>\n"
                              "<wp:comment_parent>%9</wp:comment_parent>\n</wp:comment>\n")
                   .arg(comment.id, cdata(comment.author), xmlEscaped(comment.email), xmlEscaped(comment.url),
                        comment.ip, comment.posted.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        cdata(comment.text.toHtmlEscaped()), approved,
                        comment.parentId.isEmpty() ? QStringLiteral("0") : comment.parentId);
    }
    if (!currentUrl.isEmpty())
        xml += QStringLiteral("</item>\n");
    xml += QStringLiteral("</channel>\n</rss>\n");
    return xml.toUtf8();
}

inline QByteArray writeDisqus(const QList<TestComment> &comments)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                 "<disqus xmlns=\"http://disqus.com\" "
                                 "xmlns:dsq=\"http://disqus.com/disqus-internals\">\n");
    QStringList threads;
    for (const TestComment &comment : comments) {
        if (!threads.contains(comment.articleUrl)) {
            threads << comment.articleUrl;
            xml += QStringLiteral("<thread dsq:id=\"t%1\"><link>%2</link></thread>\n")
                       .arg(threads.size())
                       .arg(xmlEscaped(comment.articleUrl));
        }
    }
    for (const TestComment &comment : comments) {
        xml += QStringLiteral("<post dsq:id=\"%1\">\n<message>%2</message>\n<createdAt>%3</createdAt>\n"
                              "<isSpam>%4</isSpam>\n<isDeleted>%5</isDeleted>\n")
                   .arg(comment.id, cdata(commentHtmlFromText(comment.text)),
                        comment.posted.toUTC().toString(Qt::ISODate),
                        comment.status == QLatin1String("spam") ? QStringLiteral("true")
                                                                : QStringLiteral("false"),
                        comment.status == QLatin1String("rejected") ? QStringLiteral("true")
                                                                    : QStringLiteral("false"));
        if (comment.status == QLatin1String("pending"))
            xml += QStringLiteral("<isApproved>false</isApproved>\n");
        xml += QStringLiteral("<author><email>%1</email><name>%2</name><link>%3</link></author>\n"
                              "<ipAddress>%4</ipAddress>\n<thread dsq:id=\"t%5\"/>\n")
                   .arg(xmlEscaped(comment.email), xmlEscaped(comment.author), xmlEscaped(comment.url),
                        comment.ip)
                   .arg(threads.indexOf(comment.articleUrl) + 1);
        if (!comment.parentId.isEmpty())
            xml += QStringLiteral("<parent dsq:id=\"%1\"/>\n").arg(comment.parentId);
        xml += QStringLiteral("</post>\n");
    }
    xml += QStringLiteral("</disqus>\n");
    return xml.toUtf8();
}

inline QString csvQuoted(QString field)
{
    return QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

inline QByteArray writeCsv(const QList<TestComment> &comments)
{
    QString csv = QStringLiteral("article_url,id,parent_id,author,email,url,ip,posted_at,text,status\r\n");
    for (const TestComment &comment : comments)
        csv += QStringList{csvQuoted(comment.articleUrl), csvQuoted(comment.id),
                           csvQuoted(comment.parentId),   csvQuoted(comment.author),
                           csvQuoted(comment.email),      csvQuoted(comment.url),
                           csvQuoted(comment.ip),         comment.posted.toUTC().toString(Qt::ISODate),
                           csvQuoted(comment.text),       comment.status}
                   .join(QLatin1Char(',')) +
               QStringLiteral("\r\n");
    return csv.toUtf8();
}

inline QByteArray writeJson(const QList<TestComment> &comments)
{
    QJsonArray array;
    for (const TestComment &comment : comments) {
        QJsonObject object{{QStringLiteral("id"), comment.id},
                           {QStringLiteral("article_url"), comment.articleUrl},
                           {QStringLiteral("author"), comment.author},
                           {QStringLiteral("email"), comment.email},
                           {QStringLiteral("url"), comment.url},
                           {QStringLiteral("ip"), comment.ip},
                           {QStringLiteral("posted_at"), comment.posted.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("text"), comment.text},
                           {QStringLiteral("status"), comment.status}};
        if (!comment.parentId.isEmpty())
            object.insert(QStringLiteral("parent_id"), comment.parentId);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// count comments spread over the two articles, every tenth a reply to the one before it.
inline QList<TestComment> manyComments(int count)
{
    QList<TestComment> comments;
    comments.reserve(count);
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 1; i <= count; ++i) {
        TestComment comment;
        comment.id = QString::number(i);
        comment.articleUrl = i <= count / 2 ? HarbourUrl : RailUrl;
        if (i % 10 == 0)
            comment.parentId = QString::number(i - 1);
        comment.author = QStringLiteral("Reader %1").arg(i % 997);
        comment.email = QStringLiteral("reader%1@example.org").arg(i % 997);
        comment.url = QStringLiteral("https://reader%1.example.org/").arg(i % 997);
        comment.ip = QStringLiteral("192.0.2.%1").arg(i % 250);
        comment.posted = start.addSecs(i * 37);
        comment.text = QStringLiteral("Comment number %1 on the story, with a few words about the harbour, "
                                      "the budget and the council.\n\nA second paragraph.")
                           .arg(i);
        comment.status = i % 7 == 0 ? QStringLiteral("spam") : QStringLiteral("approved");
        comments << comment;
    }
    return comments;
}

} // namespace Newsdesk::Testing
