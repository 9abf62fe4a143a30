#pragma once

#include "core/Comment.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

class QXmlStreamReader;

namespace Newsdesk {

/// What a comment file says about the article a comment belongs to. Readers never touch a library;
/// CommentImport finds the article from this.
struct CommentArticleRef
{
    qint64 id = 0; ///< a library article id (article_id, or --article for files that name none)
    QString url;   ///< the article's address (WXR <link>, a Disqus thread's <link>, article_url)
    QString guid;  ///< WXR <guid>: a feed item's guid, as a feed import stored it
    QString title; ///< for messages only

    bool isEmpty() const { return id <= 0 && url.isEmpty() && guid.isEmpty(); }
    /// How messages name the article: its address, else its guid, else its id.
    QString describe() const;
    bool operator==(const CommentArticleRef &other) const
    {
        return id == other.id && url == other.url && guid == other.guid;
    }
};

/// One comment as read from a file. articleId and parentId of `comment` stay 0: the importer fills them.
struct ReadComment
{
    Comment comment; ///< externalId set ("wxr:123"), body sanitised, status (and decidedBy) as the file gave
    CommentArticleRef article;
    QString parentExternalId; ///< the externalId of the comment it answers; empty for a top-level one
    QString position;         ///< where it is in the file ("line 12"), for messages about it
};

/// What the caller knows that the file may not say.
struct CommentReadOptions
{
    /// Library article for comments whose file names none (the YouTube Spam Collection); 0: none given.
    qint64 articleId = 0;
    /// Take spam labels (the YouTube Spam Collection's CLASS: 1 spam, 0 ham) as moderation statuses
    /// (spam, approved). Off by default: a label in a research data set is not a moderator's decision.
    bool labelsAsStatus = false;
};

/// What reading one file gives: the comments, those left out and why, and problems that did not stop it.
struct CommentFile
{
    QString format;              ///< the reader's formatName()
    QList<ReadComment> comments; ///< in file order
    QMap<QString, int> skipped;  ///< translated reason → how many comments it left out
    QStringList issues;          ///< translated sentences
};

/// One comment file format (STYLE.md §6): whether it recognises some bytes, and reading them into
/// comments + issues. Reading never throws and never touches a library; a file that cannot be read at
/// all (malformed XML, an unterminated CSV quote, broken JSON) is an Error, so nothing of it is written.
class CommentReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommentReader)

public:
    /// Longer comment texts are cut to this many bytes of UTF-8, with an issue.
    static constexpr int MaxTextBytes = 64 * 1024;
    /// Sniffing looks at no more than this many bytes.
    static constexpr int SniffBytes = 4096;
    /// More issues than this are summed up in one line: a 100,000-row file must not print 100,000 lines.
    static constexpr int MaxIssues = 50;

    virtual ~CommentReader() = default;

    /// What `--format` takes: "wxr", "disqus", "csv", "json".
    virtual QString key() const = 0;
    /// A name for reports, e.g. "WordPress export (WXR)".
    virtual QString formatName() const = 0;
    /// Whether the content looks like this format. The built-in readers decide on content alone; the name
    /// is there for a format whose content cannot tell.
    virtual bool canRead(const QByteArray &data, const QString &fileName) const = 0;
    virtual Result<CommentFile> read(const QByteArray &data, const CommentReadOptions &options) const = 0;

    // What every reader needs, in one place so that every format treats comments alike.

    enum class BodyKind {
        PlainText,    ///< text as typed: blank lines are paragraphs
        Html,         ///< markup (Disqus, JSON html)
        TextWithHtml, ///< WordPress: text with some inline markup, paragraphs added when shown (wpautop)
    };

    /// The file's text: byte order mark, declared charset or detection, as for imported pages. Fails on
    /// empty or binary input.
    static Result<QString> decode(const QByteArray &data, bool xml, QStringList &issues);
    /// Reads up to the document element, refusing a DTD that declares entities: no comment export has
    /// one, and entities are how an "XML bomb" expands a few bytes into gigabytes. False at an error.
    static bool readToRoot(QXmlStreamReader &xml);
    /// A translated error for a reader that stopped at an error.
    static Error xmlError(const QXmlStreamReader &xml);
    /// Whether a comment's text is empty once read.
    static bool isEmpty(const ReadComment &read) { return read.comment.bodyText.trimmed().isEmpty(); }

    /// The first bytes as text (UTF-8, or UTF-16 after its byte order mark), without a BOM and leading
    /// whitespace, for sniffing.
    static QString head(const QByteArray &data);
    /// Sets body and bodyText: text over MaxTextBytes is cut (with an issue), HTML is sanitised (no script,
    /// event handler or javascript: URL survives) with links resolved against the article's address,
    /// plain text is escaped into paragraphs.
    static void setBody(ReadComment &read, QString content, BodyKind kind, QStringList &issues);
    /// How messages name one comment: its id in the file, else where it is.
    static QString describe(const ReadComment &read);
    /// An author's web address, kept only when it is http(s): the window makes it a link.
    static QString authorUrl(const QString &url, int *dropped);
    /// ISO 8601 ("2024-05-02T08:15:00Z", "2024-05-02 08:15:00", with or without an offset; none means
    /// UTC) or seconds since the epoch; an invalid QDateTime when it is neither.
    static QDateTime parseTime(const QString &text);
    /// Sets status from a moderation status key (pending, approved, spam, rejected); an unknown one
    /// leaves the comment pending and is counted in unknown under its value.
    static void setStatusKey(ReadComment &read, const QString &key, QMap<QString, int> &unknown);
    /// Sets the status the file gave, decided by the import; pending is no decision (decidedBy stays empty).
    static void setStatus(ReadComment &read, CommentStatus status);
    /// One issue per unknown status value, with how many comments had it.
    static void reportUnknownStatuses(const QMap<QString, int> &unknown, QStringList &issues);
    /// An external id for a comment its file gives no id: a hash of what it says, so that importing the
    /// file again still finds it.
    static QString contentId(const QString &prefix, const ReadComment &read);
    /// Caps issues at MaxIssues, with a last line saying how many more there were.
    static void capIssues(QStringList &issues);
    /// The reason counted when the file gives no article for a comment.
    static QString noArticleReason();
    /// The reason counted for a comment with no text.
    static QString emptyReason();
};

} // namespace Newsdesk
