#include "CsvCommentReader.h"

#include <QHash>

#include <array>
#include <optional>

namespace Newsdesk {

namespace {

enum class Column {
    ArticleUrl,
    ArticleId,
    Id,
    ParentId,
    Author,
    Email,
    Url,
    Ip,
    PostedAt,
    Text,
    Status,
    Content, ///< YouTube Spam Collection: the comment as HTML
    Label,   ///< YouTube Spam Collection: CLASS, 1 spam, 0 ham
    Count
};

/// Header names, lower case; the YouTube Spam Collection's upper-case names are synonyms.
Column columnOf(const QString &name, bool *known)
{
    static const QHash<QString, Column> columns{
        {QStringLiteral("article_url"), Column::ArticleUrl},
        {QStringLiteral("article_id"), Column::ArticleId},
        {QStringLiteral("id"), Column::Id},
        {QStringLiteral("comment_id"), Column::Id},
        {QStringLiteral("parent_id"), Column::ParentId},
        {QStringLiteral("author"), Column::Author},
        {QStringLiteral("email"), Column::Email},
        {QStringLiteral("url"), Column::Url},
        {QStringLiteral("ip"), Column::Ip},
        {QStringLiteral("posted_at"), Column::PostedAt},
        {QStringLiteral("date"), Column::PostedAt},
        {QStringLiteral("text"), Column::Text},
        {QStringLiteral("status"), Column::Status},
        {QStringLiteral("content"), Column::Content},
        {QStringLiteral("class"), Column::Label},
    };
    const auto it = columns.constFind(name);
    *known = it != columns.cend();
    return *known ? *it : Column::Count;
}

/// What the header row says: which field holds which column.
struct CsvHeader
{
    QChar delimiter;
    std::array<int, int(Column::Count)> index;
    QStringList unknown;
    qsizetype fieldCount = 0;

    int operator[](Column column) const { return index[size_t(column)]; }
    bool has(Column column) const { return (*this)[column] >= 0; }
    bool isYouTube() const { return !has(Column::Text) && has(Column::Content); }
};

std::optional<CsvHeader> recognise(const QStringList &fields, QChar delimiter)
{
    CsvHeader header;
    header.delimiter = delimiter;
    header.index.fill(-1);
    header.fieldCount = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString name = fields.at(i).trimmed().toLower();
        bool known = false;
        const Column column = columnOf(name, &known);
        if (!known || header.has(column))
            header.unknown << fields.at(i).trimmed();
        else
            header.index[size_t(column)] = int(i);
    }
    if (!header.has(Column::Text) && !header.has(Column::Content))
        return std::nullopt;
    return header;
}

bool endsField(QChar c, QChar delimiter)
{
    return c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

/// RFC 4180 records, one at a time, with the line each starts on.
class CsvParser
{
public:
    CsvParser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_recordLine; }
    QString errorString() const { return m_error; }

    /// The next record's fields; false at a syntax error.
    bool next(QStringList &fields)
    {
        fields.clear();
        m_recordLine = m_line;
        const qsizetype size = m_text.size();
        while (true) {
            QString field;
            if (m_pos < size && m_text.at(m_pos) == QLatin1Char('"')) {
                const int opened = m_line;
                ++m_pos;
                while (true) {
                    const qsizetype quote = m_text.indexOf(QLatin1Char('"'), m_pos);
                    if (quote < 0) {
                        m_error = CsvCommentReader::tr("the quoted field opened on line %1 is never closed.")
                                      .arg(opened);
                        return false;
                    }
                    const QStringView chunk = m_text.sliced(m_pos, quote - m_pos);
                    m_line += int(chunk.count(QLatin1Char('\n')));
                    field += chunk;
                    m_pos = quote + 1;
                    if (m_pos < size && m_text.at(m_pos) == QLatin1Char('"')) { // "" is a quote
                        field += QLatin1Char('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (m_pos < size && !endsField(m_text.at(m_pos), m_delimiter)) {
                    m_error = CsvCommentReader::tr("line %1: text follows the closing quote of a field.")
                                  .arg(m_line);
                    return false;
                }
            } else {
                qsizetype end = m_pos;
                while (end < size && !endsField(m_text.at(end), m_delimiter))
                    ++end;
                field = m_text.sliced(m_pos, end - m_pos).toString();
                m_pos = end;
            }
            fields << field;
            if (m_pos >= size)
                return true;
            const QChar c = m_text.at(m_pos++);
            if (c == m_delimiter)
                continue;
            if (c == QLatin1Char('\r') && m_pos < size && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return true;
        }
    }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
    QString m_error;
};

/// The header of a file, trying each delimiter on its first record.
std::optional<CsvHeader> headerOf(QStringView text)
{
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        CsvParser parser(text, delimiter);
        QStringList fields;
        if (!parser.next(fields))
            continue;
        if (auto header = recognise(fields, delimiter))
            return header;
    }
    return std::nullopt;
}

} // namespace

QString CsvCommentReader::formatName() const
{
    return tr("CSV");
}

bool CsvCommentReader::canRead(const QByteArray &data, const QString &) const
{
    QString start = head(data);
    // The header is the first line; a quoted newline in a header is not worth reading further for.
    const qsizetype end = start.indexOf(QLatin1Char('\n'));
    if (end >= 0)
        start.truncate(end);
    return headerOf(start).has_value();
}

Result<CommentFile> CsvCommentReader::read(const QByteArray &data, const CommentReadOptions &options) const
{
    CommentFile file;
    file.format = formatName();
    auto decoded = decode(data, false, file.issues);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const auto header = headerOf(text);
    if (!header)
        return Error{Error::Code::InvalidArgument,
                     tr("The first row of the file is not a header Newsdesk knows: it needs a “text” column "
                        "(or “CONTENT”, as in the YouTube Spam Collection).")};
    const bool youTube = header->isYouTube();
    if (youTube)
        file.format = tr("CSV (YouTube Spam Collection)");
    const bool namesArticles = header->has(Column::ArticleUrl) || header->has(Column::ArticleId);
    if (!namesArticles && options.articleId <= 0)
        return Error{Error::Code::InvalidArgument,
                     youTube ? tr("A YouTube Spam Collection file names no article: give the article its "
                                  "comments belong to (--article ID).")
                             : tr("The file names no article for its comments (no article_url or article_id "
                                  "column): give the article they belong to (--article ID).")};
    if (!header->unknown.isEmpty())
        file.issues << tr("Ignored the column(s) %1, which Newsdesk does not import.", nullptr,
                          int(header->unknown.size()))
                           .arg(header->unknown.join(QStringLiteral(", ")));
    const bool useLabels = header->has(Column::Label) && options.labelsAsStatus;
    if (header->has(Column::Label) && !useLabels)
        file.issues << tr("The CLASS column is a spam label from a data set, not a moderation decision: the "
                          "comments are left pending (take it as their status with "
                          "--labels-as-status).");
    const QString prefix = youTube ? QStringLiteral("youtube") : QStringLiteral("csv");

    CsvParser parser(text, header->delimiter);
    QStringList fields;
    if (!parser.next(fields)) // the header, recognised above
        return Error{Error::Code::InvalidArgument, parser.errorString()};
    QMap<QString, int> unknownStatuses;
    QMap<QString, int> unknownLabels;
    int badDates = 0;
    int firstBadDateLine = 0;
    int droppedUrls = 0;
    int withoutArticle = 0;
    const QString badRowReason = tr("the row does not have as many fields as the header");
    const QString badArticleReason = tr("article_id is not a number");
    while (!parser.atEnd()) {
        if (!parser.next(fields))
            return Error{Error::Code::InvalidArgument,
                         tr("The CSV file is malformed: %1").arg(parser.errorString())};
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        if (fields.size() != header->fieldCount) {
            file.issues << tr("Line %1 has %n field(s) where the header has %2; it was skipped.", nullptr,
                              int(fields.size()))
                               .arg(parser.line())
                               .arg(header->fieldCount);
            ++file.skipped[badRowReason];
            continue;
        }
        const auto cell = [&](Column column) {
            const int index = (*header)[column];
            return index >= 0 ? fields.at(index) : QString();
        };

        ReadComment read;
        read.position = tr("line %1").arg(parser.line());
        const QString articleId = cell(Column::ArticleId).trimmed();
        if (!articleId.isEmpty()) {
            bool ok = false;
            read.article.id = articleId.toLongLong(&ok);
            if (!ok || read.article.id <= 0) {
                file.issues << tr("Line %1: “%2” is not an article id; the comment was skipped.")
                                   .arg(parser.line())
                                   .arg(articleId);
                ++file.skipped[badArticleReason];
                continue;
            }
        }
        read.article.url = cell(Column::ArticleUrl).trimmed();
        if (read.article.isEmpty())
            read.article.id = options.articleId;
        if (read.article.isEmpty()) {
            ++withoutArticle;
            ++file.skipped[noArticleReason()];
            continue;
        }

        Comment &comment = read.comment;
        const QString id = cell(Column::Id).trimmed();
        if (!id.isEmpty())
            comment.externalId = prefix + QLatin1Char(':') + id;
        const QString parent = cell(Column::ParentId).trimmed();
        if (!parent.isEmpty() && parent != QLatin1String("0"))
            read.parentExternalId = prefix + QLatin1Char(':') + parent;
        comment.author = cell(Column::Author).trimmed();
        comment.authorEmail = cell(Column::Email).trimmed();
        comment.authorUrl = authorUrl(cell(Column::Url), &droppedUrls);
        comment.authorIp = cell(Column::Ip).trimmed();
        const QString posted = cell(Column::PostedAt);
        comment.postedAt = parseTime(posted);
        if (!comment.postedAt.isValid() && !posted.trimmed().isEmpty() && badDates++ == 0)
            firstBadDateLine = parser.line();

        if (useLabels) {
            const QString label = cell(Column::Label).trimmed();
            if (label == QLatin1String("1"))
                setStatus(read, CommentStatus::Spam);
            else if (label == QLatin1String("0"))
                setStatus(read, CommentStatus::Approved);
            else
                ++unknownLabels[label];
        } else {
            setStatusKey(read, cell(Column::Status), unknownStatuses);
        }

        if (header->has(Column::Text))
            setBody(read, cell(Column::Text), BodyKind::PlainText, file.issues);
        else
            setBody(read, cell(Column::Content), BodyKind::Html, file.issues);
        if (isEmpty(read)) {
            ++file.skipped[emptyReason()];
            continue;
        }
        if (comment.externalId.isEmpty())
            comment.externalId = contentId(prefix, read);
        file.comments.append(std::move(read));
    }

    reportUnknownStatuses(unknownStatuses, file.issues);
    for (auto it = unknownLabels.cbegin(); it != unknownLabels.cend(); ++it)
        file.issues << tr("“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.",
                          nullptr, it.value())
                           .arg(it.key());
    if (withoutArticle > 0)
        file.issues << tr("%n row(s) name no article and were skipped.", nullptr, withoutArticle);
    if (badDates > 0)
        file.issues
            << tr("%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they "
                  "were imported without a date.",
                  nullptr, badDates)
                   .arg(firstBadDateLine);
    if (droppedUrls > 0)
        file.issues << tr("%n author address(es) that were not http(s) links were left out.", nullptr,
                          droppedUrls);
    capIssues(file.issues);
    return file;
}

} // namespace Newsdesk
