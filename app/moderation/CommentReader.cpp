#include "CommentReader.h"

#include "importing/HtmlSanitizer.h"
#include "importing/TextDecoder.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace Newsdesk {

namespace {

/// WordPress keeps a comment as typed and adds paragraphs only when it shows it (wpautop): blank lines
/// become paragraphs, single line breaks <br>, unless the author already wrote block markup.
QString wordPressParagraphs(const QString &content)
{
    static const QRegularExpression blockMarkup(
        QStringLiteral("<(?:p|div|blockquote|ul|ol|pre|table|h[1-6])[\\s>/]"),
        QRegularExpression::CaseInsensitiveOption);
    if (content.contains(blockMarkup))
        return content;
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString &paragraph : content.trimmed().split(blankLines, Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") +
                paragraph.trimmed().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html;
}

} // namespace

QString CommentArticleRef::describe() const
{
    if (!url.isEmpty())
        return url;
    if (!guid.isEmpty())
        return guid;
    return CommentReader::tr("article %1").arg(id);
}

QString CommentReader::describe(const ReadComment &read)
{
    if (!read.comment.externalId.isEmpty())
        return tr("Comment “%1”").arg(read.comment.externalId);
    return tr("The comment at %1").arg(read.position);
}

Result<QString> CommentReader::decode(const QByteArray &data, bool xml, QStringList &issues)
{
    auto decoded = TextDecoder::decode(data, xml ? TextKind::Xml : TextKind::PlainText);
    if (!decoded)
        return decoded.error();
    issues << decoded->issues;
    return std::move(decoded->text);
}

bool CommentReader::readToRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD() && !xml.entityDeclarations().isEmpty()) {
            xml.raiseError(tr("The file declares XML entities, which comment exports never do; it is refused "
                              "because entities can expand a small file into gigabytes."));
            return false;
        }
        if (xml.isStartElement())
            return true;
    }
    if (!xml.hasError())
        xml.raiseError(tr("The file holds no XML element."));
    return false;
}

Error CommentReader::xmlError(const QXmlStreamReader &xml)
{
    // Our own refusals (entities, the wrong root element) say what is wrong without a parser's preamble.
    if (xml.error() == QXmlStreamReader::CustomError)
        return Error{Error::Code::InvalidArgument, xml.errorString()};
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Error{Error::Code::InvalidArgument,
                     tr("The XML ends too early (line %1): the file is incomplete.").arg(xml.lineNumber())};
    return Error{Error::Code::InvalidArgument, tr("The XML is malformed at line %1, column %2: %3")
                                                   .arg(xml.lineNumber())
                                                   .arg(xml.columnNumber())
                                                   .arg(xml.errorString())};
}

QString CommentReader::head(const QByteArray &data)
{
    QByteArray bytes = data.left(SniffBytes);
    QString text;
    if (bytes.startsWith("\xFF\xFE")) {
        text = QStringDecoder(QStringDecoder::Utf16LE)(bytes.mid(2));
    } else if (bytes.startsWith("\xFE\xFF")) {
        text = QStringDecoder(QStringDecoder::Utf16BE)(bytes.mid(2));
    } else {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        // Latin-1 keeps every byte: sniffing looks for ASCII markers, whatever the charset.
        text = QString::fromLatin1(bytes);
    }
    qsizetype start = 0;
    while (start < text.size() && (text.at(start).isSpace() || text.at(start) == QChar(0xFEFF)))
        ++start;
    return text.mid(start);
}

void CommentReader::setBody(ReadComment &read, QString content, BodyKind kind, QStringList &issues)
{
    // A UTF-16 unit is at most 3 bytes of UTF-8, so shorter texts need no counting.
    if (content.size() > MaxTextBytes / 3) {
        const QByteArray utf8 = content.toUtf8();
        if (utf8.size() > MaxTextBytes) {
            qsizetype end = MaxTextBytes;
            while (end > 0 && (uchar(utf8.at(end)) & 0xC0) == 0x80) // not inside a character
                --end;
            content = QString::fromUtf8(utf8.constData(), end);
            issues << tr("%1 is %2 KiB long; its text was cut to the first 64 KiB.")
                          .arg(describe(read))
                          .arg((utf8.size() + 1023) / 1024);
        }
    }
    content.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    content.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (kind == BodyKind::TextWithHtml) {
        // Without markup or entities it is plain text, and the quick way gives the same result.
        if (!content.contains(QLatin1Char('<')) && !content.contains(QLatin1Char('&')))
            kind = BodyKind::PlainText;
        else
            content = wordPressParagraphs(content);
    }
    if (kind == BodyKind::PlainText) {
        read.comment.body = commentHtmlFromText(content);
        read.comment.bodyText = content.trimmed();
        return;
    }
    const QUrl articleUrl(read.article.url);
    const bool web =
        articleUrl.scheme() == QLatin1String("http") || articleUrl.scheme() == QLatin1String("https");
    read.comment.body = HtmlSanitizer::sanitize(content, web ? articleUrl : QUrl());
    read.comment.bodyText = HtmlSanitizer::plainText(read.comment.body);
}

QString CommentReader::authorUrl(const QString &url, int *dropped)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (parsed.isValid() &&
        (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https")) &&
        !parsed.host().isEmpty())
        return trimmed;
    ++*dropped;
    return {};
}

QDateTime CommentReader::parseTime(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    // WordPress and SQL dumps write "2024-05-02 08:15:00".
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // Without an offset a time is taken as UTC, not as the local time of whoever imports the file.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

void CommentReader::setStatus(ReadComment &read, CommentStatus status)
{
    read.comment.status = status;
    // Pending is where every comment starts: the file decided nothing, so the moderation rules still may.
    read.comment.decidedBy = status == CommentStatus::Pending ? QString() : QString(DecidedBy::Import);
}

void CommentReader::setStatusKey(ReadComment &read, const QString &key, QMap<QString, int> &unknown)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        setStatus(read, CommentStatus::Pending);
        return;
    }
    if (const auto status = commentStatusFromKey(trimmed)) {
        setStatus(read, *status);
        return;
    }
    setStatus(read, CommentStatus::Pending);
    ++unknown[trimmed];
}

void CommentReader::reportUnknownStatuses(const QMap<QString, int> &unknown, QStringList &issues)
{
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
        issues << tr("“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) "
                     "with it count as pending.",
                     nullptr, it.value())
                      .arg(it.key());
}

QString CommentReader::contentId(const QString &prefix, const ReadComment &read)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // Untranslated parts only: the id must not change with the curator's language.
    for (const QString &part :
         {QString::number(read.article.id), read.article.url, read.article.guid, read.comment.author,
          read.comment.authorEmail, read.comment.postedAt.toString(Qt::ISODate), read.comment.bodyText}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return prefix + QStringLiteral(":#") + QString::fromLatin1(hash.result().toHex().left(16));
}

void CommentReader::capIssues(QStringList &issues)
{
    if (issues.size() <= MaxIssues)
        return;
    const int more = int(issues.size() - MaxIssues);
    issues.resize(MaxIssues);
    issues << tr("… and %n more issue(s).", nullptr, more);
}

QString CommentReader::noArticleReason()
{
    return tr("the file names no article for them");
}

QString CommentReader::emptyReason()
{
    return tr("no text");
}

} // namespace Newsdesk
