#include "MhtmlReader.h"

#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace Newsdesk {

namespace {

// Chrome writes four header lines before MIME-Version; Word and IE a few more. 8 KB is ample.
constexpr qsizetype SniffBytes = 8 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

QByteArray asciiLowered(QByteArrayView text)
{
    QByteArray result(text.size(), Qt::Uninitialized);
    std::transform(text.begin(), text.end(), result.begin(), asciiLower);
    return result;
}

/// One line of a view: where it starts, where its content ends (CR and LF excluded) and where the next
/// one starts. CRLF and bare LF endings are both accepted, since files saved on Unix use LF.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    bool terminated = false; ///< Whether it ended in a line feed (else it ran into the end of the data).
};

Line lineAt(QByteArrayView data, qsizetype pos)
{
    Line line;
    line.start = pos;
    const qsizetype feed = data.indexOf('\n', pos);
    line.terminated = feed >= 0;
    line.next = line.terminated ? feed + 1 : data.size();
    line.end = line.terminated ? feed : data.size();
    if (line.end > pos && data[line.end - 1] == '\r')
        --line.end;
    return line;
}

struct HeaderField
{
    QByteArray name; ///< Lower case
    QByteArray value;
};

/// A block of MIME header fields and where what follows it starts.
struct HeaderBlock
{
    QList<HeaderField> fields;
    qsizetype bodyStart = 0;
    bool complete = false; ///< Whether the blank line that ends the block was seen.

    QByteArray value(QByteArrayView name) const
    {
        for (const HeaderField &field : fields) {
            if (field.name == name)
                return field.value;
        }
        return {};
    }
};

// RFC 5322 field-name: printable ASCII except the colon.
qsizetype fieldNameLength(QByteArrayView line)
{
    qsizetype length = 0;
    while (length < line.size() && line[length] != ':') {
        const auto c = uchar(line[length]);
        if (c <= 32 || c >= 127)
            return 0;
        ++length;
    }
    return length < line.size() ? length : 0;
}

// Reads header lines from pos to the first blank line, unfolding continuation lines. When strict, the
// first line must be a header field, so an HTML file that mentions "MIME-Version:" is not taken for one.
HeaderBlock readHeaders(QByteArrayView data, qsizetype pos, bool strict)
{
    HeaderBlock block;
    bool first = true;
    while (pos < data.size()) {
        const Line line = lineAt(data, pos);
        const QByteArrayView content = data.sliced(line.start, line.end - line.start);
        pos = line.next;
        if (content.isEmpty()) {
            block.complete = line.terminated;
            break;
        }
        if (isBlank(content.front())) {
            if (!block.fields.isEmpty()) {
                block.fields.last().value += ' ';
                block.fields.last().value += content.trimmed();
            }
        } else if (const qsizetype nameLength = fieldNameLength(content); nameLength > 0) {
            block.fields.append({asciiLowered(content.first(nameLength)),
                                 content.sliced(nameLength + 1).trimmed().toByteArray()});
        } else if (first && strict) {
            return {};
        }
        // Junk between fields is skipped rather than failing a whole file over it.
        first = false;
        if (!line.terminated) // The data ends inside the header block.
            break;
    }
    block.bodyStart = pos;
    return block;
}

/// A Content-Type value: the MIME type in lower case and its parameters (names in lower case).
struct ContentType
{
    QByteArray mimeType;
    QList<std::pair<QByteArray, QByteArray>> parameters;

    QByteArray parameter(QByteArrayView name) const
    {
        for (const auto &[key, value] : parameters) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool isMultipart() const { return mimeType.startsWith("multipart/"); }
    bool isHtml() const { return mimeType == "text/html" || mimeType == "application/xhtml+xml"; }
};

// RFC 2045 parameters, quoted or not. Some writers leave out the ';' between parameters on folded lines,
// so white space separates them too.
ContentType parseContentType(QByteArrayView value)
{
    ContentType type;
    qsizetype pos = 0;
    const qsizetype size = value.size();
    while (pos < size && value[pos] != ';' && !isBlank(value[pos]))
        ++pos;
    type.mimeType = asciiLowered(value.first(pos).trimmed());
    while (pos < size) {
        while (pos < size && (isBlank(value[pos]) || value[pos] == ';'))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < size && value[pos] != '=' && value[pos] != ';' && !isBlank(value[pos]))
            ++pos;
        const QByteArray name = asciiLowered(value.sliced(nameStart, pos - nameStart));
        while (pos < size && isBlank(value[pos]))
            ++pos;
        if (pos >= size || value[pos] != '=')
            continue;
        ++pos;
        while (pos < size && isBlank(value[pos]))
            ++pos;
        QByteArray parameterValue;
        if (pos < size && value[pos] == '"') {
            for (++pos; pos < size && value[pos] != '"'; ++pos) {
                if (value[pos] == '\\' && pos + 1 < size)
                    ++pos;
                parameterValue += value[pos];
            }
            ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && value[pos] != ';' && !isBlank(value[pos]))
                ++pos;
            parameterValue = value.sliced(valueStart, pos - valueStart).toByteArray();
        }
        if (!name.isEmpty())
            type.parameters.append({name, parameterValue});
    }
    return type;
}

// Content-ID values are "<id>"; start= names one the same way, with or without the brackets.
QByteArray bareContentId(QByteArrayView value)
{
    value = value.trimmed();
    if (value.startsWith('<') && value.endsWith('>'))
        value = value.sliced(1, value.size() - 2);
    return value.trimmed().toByteArray();
}

// RFC 2557 §4.4.1: a folded Content-Location is unfolded by dropping the white space as well.
QUrl locationUrl(QByteArrayView value)
{
    QByteArray compact;
    compact.reserve(value.size());
    for (const char c : value) {
        if (!isBlank(c) && c != '\r' && c != '\n')
            compact += c;
    }
    return compact.isEmpty() ? QUrl() : QUrl(QString::fromUtf8(compact), QUrl::TolerantMode);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2045 §6.7. Lenient where writers are sloppy: lower-case hex is accepted and an '=' that starts no
// valid escape is kept as it is, as the RFC recommends; white space at a line's end was added in transit
// and is dropped.
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out(in.size(), Qt::Uninitialized);
    char *dst = out.data();
    const qsizetype size = in.size();
    auto endOfLineAfterBlanks = [&](qsizetype pos) {
        while (pos < size && isBlank(in[pos]))
            ++pos;
        return (pos >= size || in[pos] == '\r' || in[pos] == '\n') ? pos : qsizetype(-1);
    };
    qsizetype i = 0;
    while (i < size) {
        const char c = in[i];
        if (c == '=') {
            if (const qsizetype eol = endOfLineAfterBlanks(i + 1); eol >= 0) {
                // Soft line break: '=' (plus stray blanks) and the line ending vanish.
                i = eol;
                if (i < size && in[i] == '\r')
                    ++i;
                if (i < size && in[i] == '\n')
                    ++i;
                continue;
            }
            if (i + 2 < size && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
                *dst++ = char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
                i += 3;
                continue;
            }
            *dst++ = c;
            ++i;
            continue;
        }
        if (isBlank(c)) {
            if (const qsizetype eol = endOfLineAfterBlanks(i); eol >= 0) {
                i = eol;
                continue;
            }
        }
        *dst++ = c;
        ++i;
    }
    out.truncate(dst - out.data());
    return out;
}

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Base64 with line breaks anywhere; anything else that is not base64 makes the payload bad.
std::optional<QByteArray> decodeBase64(QByteArrayView in)
{
    QByteArray compact(in.size(), Qt::Uninitialized);
    char *dst = compact.data();
    qsizetype padding = 0;
    for (const char c : in) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '=') {
            ++padding;
        } else if (!isBase64Character(c) || padding > 0) {
            return std::nullopt;
        }
        *dst++ = c;
    }
    compact.truncate(dst - compact.data());
    if (padding > 2 || (compact.size() - padding) % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

enum class BodyProblem { None, TooLarge, BadBase64 };

// Undoes a part's Content-Transfer-Encoding into out. Unknown encodings pass the bytes through.
BodyProblem decodeBody(const HeaderBlock &headers, QByteArrayView body, qsizetype maxBytes, QByteArray &out)
{
    const QByteArray encoding = asciiLowered(headers.value("content-transfer-encoding").trimmed());
    const bool base64 = encoding == "base64";
    // Checked before decoding, so an oversized part costs no memory.
    if ((base64 ? body.size() / 4 * 3 : body.size()) > maxBytes)
        return BodyProblem::TooLarge;
    if (base64) {
        std::optional<QByteArray> decoded = decodeBase64(body);
        if (!decoded)
            return BodyProblem::BadBase64;
        out = std::move(*decoded);
    } else if (encoding == "quoted-printable") {
        out = decodeQuotedPrintable(body);
    } else {
        out = body.toByteArray(); // 7bit, 8bit, binary or none: the bytes as they are.
    }
    return BodyProblem::None;
}

/// One body part between two boundary delimiters.
struct RawPart
{
    QByteArrayView content; ///< Headers and body, without the line break that belongs to the next delimiter.
    bool complete = false;  ///< Whether the next delimiter was found after it.
};

struct Multipart
{
    QList<RawPart> parts;
    bool foundDelimiter = false;
    bool closed = false; ///< Whether the closing delimiter was seen.
};

// RFC 2046 §5.1.1: a delimiter is "--boundary" at the start of a line, then "--" for the last one, then
// optional blanks to the end of the line.
Multipart splitMultipart(QByteArrayView data, qsizetype bodyStart, const QByteArray &boundary)
{
    Multipart result;
    const QByteArray delimiter = "--" + boundary;
    const QByteArrayMatcher matcher(delimiter);

    struct Delimiter
    {
        qsizetype start = -1; ///< Where its line starts, counting the preceding line break
        qsizetype next = 0;   ///< Where the line after it starts
        bool closing = false;
        bool terminated = false;
    };
    auto findDelimiter = [&](qsizetype from) {
        Delimiter found;
        for (qsizetype at = matcher.indexIn(data.data(), data.size(), from); at >= 0;
             at = matcher.indexIn(data.data(), data.size(), at + 1)) {
            if (at != bodyStart && data[at - 1] != '\n')
                continue;
            qsizetype pos = at + delimiter.size();
            const bool closing = data.sliced(pos).startsWith("--");
            if (closing)
                pos += 2;
            while (pos < data.size() && isBlank(data[pos]))
                ++pos;
            if (pos < data.size() && data[pos] != '\r' && data[pos] != '\n')
                continue; // A longer boundary that merely starts with ours, or text.
            const Line line = lineAt(data, pos);
            found.start = at;
            if (at > bodyStart && data[at - 1] == '\n')
                found.start = (at - 1 > bodyStart && data[at - 2] == '\r') ? at - 2 : at - 1;
            found.next = line.next;
            found.closing = closing;
            found.terminated = line.terminated;
            return found;
        }
        return found;
    };

    Delimiter current = findDelimiter(bodyStart);
    result.foundDelimiter = current.start >= 0;
    while (current.start >= 0 && !current.closing) {
        const Delimiter following = findDelimiter(current.next);
        if (following.start < 0) {
            // No further delimiter: the file was cut off in this part (or right after a delimiter).
            if (current.terminated)
                result.parts.append({data.sliced(current.next), false});
            break;
        }
        result.parts.append({data.sliced(current.next, following.start - current.next), true});
        current = following;
    }
    result.closed = current.start >= 0 && current.closing;
    return result;
}

/// A part with its headers read.
struct Part
{
    HeaderBlock headers;
    ContentType type;
    QByteArrayView body;
    QByteArray contentId;
    bool complete = false;
};

} // namespace

bool MhtmlReader::canRead(const QByteArray &data)
{
    QByteArrayView head = QByteArrayView(data).first(std::min(data.size(), SniffBytes));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype start = 0;
    while (start < head.size() && (isBlank(head[start]) || head[start] == '\r' || head[start] == '\n'))
        ++start;
    const HeaderBlock headers = readHeaders(head, start, true);
    if (headers.value("mime-version").isEmpty())
        return false;
    return parseContentType(headers.value("content-type")).mimeType == "multipart/related";
}

Result<MhtmlDocument> MhtmlReader::read(const QByteArray &data, qsizetype maxPartBytes)
{
    const QByteArrayView bytes(data);
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < bytes.size() && (isBlank(bytes[start]) || bytes[start] == '\r' || bytes[start] == '\n'))
        ++start;
    const HeaderBlock top = readHeaders(bytes, start, true);
    const ContentType topType = parseContentType(top.value("content-type"));
    if (topType.mimeType.isEmpty())
        return Error{Error::Code::InvalidArgument,
                     tr("The file is not an MHTML file: it has no MIME headers.")};
    if (!top.complete)
        return Error{Error::Code::InvalidArgument, tr("The MHTML file is cut off inside its headers.")};

    MhtmlDocument document;
    // Chrome names the page in Snapshot-Content-Location; RFC 2557 writers in Content-Location/-Base.
    QUrl base = locationUrl(top.value("snapshot-content-location"));
    if (base.isEmpty())
        base = locationUrl(top.value("content-location"));
    if (base.isEmpty())
        base = locationUrl(top.value("content-base"));

    const QString limit = QLocale().formattedDataSize(maxPartBytes, 0, QLocale::DataSizeTraditionalFormat);
    // The page's own problems are Errors, a resource's are issues; both are worded here.
    auto pageError = [&limit](BodyProblem problem) {
        return Error{Error::Code::InvalidArgument,
                     problem == BodyProblem::TooLarge
                         ? tr("The page in the MHTML file is larger than %1, so it was not read.").arg(limit)
                         : tr("The page in the MHTML file is damaged: its base64 encoding is not valid.")};
    };
    auto resourceIssue = [&limit](BodyProblem problem, const QString &what) {
        return problem == BodyProblem::TooLarge
                   ? tr("The part %1 is larger than %2 and was left out.").arg(what, limit)
                   : tr("The part %1 is damaged (its base64 encoding is not valid) and was left out.")
                         .arg(what);
    };
    // what names a resource part; empty, the part is the page itself (a sentence of its own, not a
    // phrase spliced into "The part %1").
    auto unknownEncoding = [&document](const HeaderBlock &headers, const QString &what) {
        const QByteArray encoding = asciiLowered(headers.value("content-transfer-encoding").trimmed());
        if (!encoding.isEmpty() && encoding != "7bit" && encoding != "8bit" && encoding != "binary" &&
            encoding != "base64" && encoding != "quoted-printable") {
            const QString name = QString::fromLatin1(encoding);
            document.issues << (what.isEmpty()
                                    ? tr("The part holding the page has the unknown transfer encoding “%1”; "
                                         "its bytes were taken as they are.")
                                          .arg(name)
                                    : tr("The part %1 has the unknown transfer encoding “%2”; its bytes were "
                                         "taken as they are.")
                                          .arg(what, name));
        }
    };

    if (!topType.isMultipart()) {
        // RFC 2557 also allows a lone HTML body, as some mail clients save a page.
        if (!topType.isHtml()) {
            return Error{Error::Code::InvalidArgument,
                         tr("The file is not an MHTML page: it holds %1, not multipart/related.")
                             .arg(QString::fromLatin1(topType.mimeType))};
        }
        unknownEncoding(top, QString());
        if (const BodyProblem problem =
                decodeBody(top, bytes.sliced(top.bodyStart), maxPartBytes, document.html);
            problem != BodyProblem::None) {
            return pageError(problem);
        }
        document.charset = QString::fromLatin1(topType.parameter("charset").trimmed());
        document.url = base;
        return document;
    }

    const QByteArray boundary = topType.parameter("boundary");
    if (boundary.isEmpty()) {
        return Error{Error::Code::InvalidArgument,
                     tr("The MHTML file names no boundary between its parts, so they cannot be told apart.")};
    }
    const Multipart multipart = splitMultipart(bytes, top.bodyStart, boundary);
    if (!multipart.foundDelimiter || multipart.parts.isEmpty()) {
        return Error{Error::Code::InvalidArgument,
                     tr("The MHTML file holds no parts: their boundary never occurs (it may be cut off).")};
    }

    QList<Part> parts;
    parts.reserve(multipart.parts.size());
    for (const RawPart &raw : multipart.parts) {
        Part part;
        part.headers = readHeaders(raw.content, 0, false);
        // A complete part without a blank line is all headers and an empty body.
        if (!part.headers.complete && raw.complete)
            part.headers.complete = true;
        part.complete = raw.complete;
        part.type = parseContentType(part.headers.value("content-type"));
        if (part.type.mimeType.isEmpty())
            part.type.mimeType = "text/plain"; // RFC 2046 §5.1's default
        part.body = raw.content.sliced(std::min(part.headers.bodyStart, raw.content.size()));
        part.contentId = bareContentId(part.headers.value("content-id"));
        parts.append(part);
    }

    // The main part: the one start= names, else the first HTML part.
    qsizetype main = -1;
    if (const QByteArray startId = bareContentId(topType.parameter("start")); !startId.isEmpty()) {
        for (qsizetype i = 0; i < parts.size() && main < 0; ++i) {
            if (parts.at(i).headers.complete && parts.at(i).contentId == startId)
                main = i;
        }
        // The part it names may be the one the file was cut off in, before its Content-ID.
        if (main < 0 && !parts.last().headers.complete) {
            return Error{Error::Code::InvalidArgument,
                         tr("The MHTML file is cut off before its page is complete; nothing was imported.")};
        }
        if (main < 0) {
            document.issues << tr("The MHTML file names <%1> as its page, but holds no such part; the first "
                                  "HTML part was used.")
                                   .arg(QString::fromLatin1(startId));
        }
    }
    for (qsizetype i = 0; i < parts.size() && main < 0; ++i) {
        if (parts.at(i).headers.complete && parts.at(i).type.isHtml())
            main = i;
    }
    if (main < 0) {
        if (!parts.last().complete) {
            return Error{Error::Code::InvalidArgument,
                         tr("The MHTML file is cut off before its page is complete; nothing was imported.")};
        }
        return Error{Error::Code::InvalidArgument, tr("The MHTML file holds no HTML page.")};
    }
    const Part &mainPart = parts.at(main);
    if (!mainPart.complete) {
        return Error{Error::Code::InvalidArgument,
                     tr("The MHTML file is cut off inside its page; nothing was imported.")};
    }
    unknownEncoding(mainPart.headers, QString());
    if (const BodyProblem problem = decodeBody(mainPart.headers, mainPart.body, maxPartBytes, document.html);
        problem != BodyProblem::None) {
        return pageError(problem);
    }
    document.charset = QString::fromLatin1(mainPart.type.parameter("charset").trimmed());
    const QUrl mainLocation = locationUrl(mainPart.headers.value("content-location"));
    document.url =
        mainLocation.isEmpty() ? base : (base.isValid() ? base.resolved(mainLocation) : mainLocation);
    const QUrl resolveAgainst = document.url.isEmpty() ? base : document.url;

    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i == main)
            continue;
        const Part &part = parts.at(i);
        QUrl url = locationUrl(part.headers.value("content-location"));
        if (!url.isEmpty() && url.isRelative() && resolveAgainst.isValid() && !resolveAgainst.isEmpty())
            url = resolveAgainst.resolved(url);
        if (url.isEmpty() && !part.contentId.isEmpty())
            url = QUrl(QStringLiteral("cid:") + QString::fromUtf8(part.contentId));
        const QString what = url.isEmpty() ? QString::fromLatin1(part.type.mimeType)
                                           : url.toDisplayString(QUrl::RemoveUserInfo);
        if (!part.complete) {
            document.issues << tr("The MHTML file is cut off: its last part (%1) is incomplete and was left "
                                  "out.")
                                   .arg(what);
            continue;
        }
        if (part.type.isMultipart()) {
            document.issues << tr("The nested multipart part %1 was skipped.").arg(what);
            continue;
        }
        // A part nothing can refer to would never be shown.
        if (url.isEmpty())
            continue;
        QByteArray body;
        if (const BodyProblem problem = decodeBody(part.headers, part.body, maxPartBytes, body);
            problem != BodyProblem::None) {
            document.issues << resourceIssue(problem, what);
            continue;
        }
        unknownEncoding(part.headers, what);
        document.resources.append({url, QString::fromLatin1(part.type.mimeType), std::move(body)});
    }
    if (!multipart.closed && parts.last().complete) {
        document.issues << tr("The MHTML file ends without its closing boundary; it may be cut off after its "
                              "last part.");
    }
    return document;
}

} // namespace Newsdesk
