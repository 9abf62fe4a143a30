#include "importing/MhtmlReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace Newsdesk;

namespace {

const QByteArray ChromeBoundary = "----MultipartBoundary--K2tG3Qm1hYJx8bXq0pWuNvA5sR7cE9dF4gH6jLzT----";
const QByteArray OutlookBoundary = "----=_NextPart_000_0000_01DA7B3C.5E6F7A80";

struct Part
{
    QByteArrayList headers;
    QByteArray body; ///< As it stands in the file, transfer-encoded
};

// Puts an MHTML file together the way the writers do: top headers, a blank line, an optional preamble,
// then each part after its delimiter; the line break before a delimiter belongs to the delimiter.
QByteArray mhtml(const QByteArrayList &topHeaders, const QByteArray &boundary, const QList<Part> &parts,
                 const QByteArray &eol = "\r\n", const QByteArray &preamble = {})
{
    QByteArray file = topHeaders.join(eol) + eol + eol + preamble;
    for (const Part &part : parts) {
        file += "--" + boundary + eol;
        for (const QByteArray &header : part.headers)
            file += header + eol;
        file += eol + part.body + eol;
    }
    file += "--" + boundary + "--" + eol;
    return file;
}

QByteArrayList chromeTopHeaders(const QByteArray &eol = "\r\n")
{
    return {"From: <Saved by Blink>",
            "Snapshot-Content-Location: https://news.example/2024/03/harbour-pier",
            "Subject: =?utf-8?Q?Harbour_pier_repairs_to_start_in_spring?=",
            "Date: Tue, 12 Mar 2024 10:15:42 -0000",
            "MIME-Version: 1.0",
            "Content-Type: multipart/related;" + eol + "\ttype=\"text/html\";" + eol + "\tboundary=\"" +
                ChromeBoundary + "\""};
}

// Quoted-printable as Chrome writes it: lines of at most 76 characters with '=' soft breaks, '=' and
// anything outside printable ASCII as =XX, the text's own line breaks as hard breaks.
QByteArray quotedPrintable(const QByteArray &text, const QByteArray &eol = "\r\n")
{
    QByteArrayList lines;
    for (const QByteArray &line : text.split('\n')) {
        QByteArray encoded;
        qsizetype lineLength = 0;
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        for (qsizetype i = 0; i < content.size(); ++i) {
            const auto c = uchar(content.at(i));
            const bool last = i + 1 == content.size();
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = "=" + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
            if (lineLength + token.size() > 75) {
                encoded += "=" + eol;
                lineLength = 0;
            }
            encoded += token;
            lineLength += token.size();
        }
        lines << encoded;
    }
    return lines.join(eol);
}

QByteArray base64Lines(const QByteArray &bytes, const QByteArray &eol = "\r\n")
{
    const QByteArray encoded = bytes.toBase64();
    QByteArrayList lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines << encoded.mid(i, 76);
    return lines.join(eol);
}

QByteArray imageBytes(const QByteArray &signature, int size, int seed)
{
    QByteArray bytes = signature;
    for (int i = 0; bytes.size() < size; ++i)
        bytes += char((i * seed + i / 7) & 0xFF);
    return bytes;
}

QByteArray pngBytes()
{
    return imageBytes(QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16), 3000, 31);
}

QByteArray jpegBytes()
{
    return imageBytes(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11), 2500, 57);
}

// The page as Chrome saved it: UTF-8, with '=' in attributes, long lines and non-ASCII text.
QByteArray pageHtml(const QByteArray &eol = "\r\n")
{
    const QByteArrayList lines = {
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>Harbour pier repairs to start in spring</title>",
        "<link rel=\"stylesheet\" href=\"cid:css-7b1e2a9c-3d4f-4e5a-8b6c-0d1e2f3a4b5c@mhtml.blink\">",
        "</head><body><article class=\"story story--lead\" data-id=\"a=b&amp;c=d\">",
        "<h1>Harbour pier repairs to start in spring</h1>",
        "<p>The port authority said on Thursday that the ageing third pier will be rebuilt over two and a "
        "half "
        "years, at a cost of about 4.2 billion yen, while the second pier opens for the morning fish "
        "auction. "
        "“We will put safety first,” an official said — a line repeated at the café by the quay.</p>",
        "<img src=\"https://news.example/img/pier.png\" alt=\"The pier at dawn\">",
        "<iframe src=\"cid:frame-5A1C2B3D4E5F60718293A4B5C6D7E8F9@mhtml.blink\"></iframe>",
        "</article></body></html>",
    };
    return lines.join(eol);
}

QByteArray chromeFile(const QByteArray &eol = "\r\n")
{
    QList<Part> parts;
    parts << Part{{"Content-Type: text/html",
                   "Content-ID: <frame-0F1E2D3C4B5A69788796A5B4C3D2E1F0@mhtml.blink>",
                   "Content-Transfer-Encoding: quoted-printable",
                   "Content-Location: https://news.example/2024/03/harbour-pier"},
                  quotedPrintable(pageHtml(eol), eol)};
    parts << Part{{"Content-Type: image/png", "Content-Transfer-Encoding: base64",
                   "Content-Location: https://news.example/img/pier.png"},
                  base64Lines(pngBytes(), eol)};
    parts << Part{{"Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
                   "Content-Location: cid:css-7b1e2a9c-3d4f-4e5a-8b6c-0d1e2f3a4b5c@mhtml.blink"},
                  quotedPrintable("@charset \"utf-8\";" + eol + "article h1 { font-size: 2em; }", eol)};
    parts << Part{{"Content-Type: text/html",
                   "Content-ID: <frame-5A1C2B3D4E5F60718293A4B5C6D7E8F9@mhtml.blink>",
                   "Content-Transfer-Encoding: quoted-printable"},
                  quotedPrintable("<html><body><p>Advertisement</p></body></html>", eol)};
    return mhtml(chromeTopHeaders(eol), ChromeBoundary, parts, eol);
}

QString frenchPage()
{
    return QStringLiteral("<html><head><title>La halle du marché sera rénovée</title></head><body>\r\n"
                          "<p>La municipalité a présenté mercredi son projet : « Nous avons écouté les "
                          "habitants », a déclaré le maire. Coût estimé : 1,8 million d’euros.</p>\r\n"
                          "<img src=\"images/halle.jpg\"></body></html>");
}

// "Save as single file" as Internet Explorer and Word write it: MIME-Version first, a preamble, an
// unquoted boundary, a windows-1252 page in quoted-printable and a Content-Location folded over two lines.
QByteArray singleFile(const QByteArray &eol)
{
    QStringEncoder encoder("windows-1252");
    QByteArray html = encoder.encode(frenchPage());
    html.replace("\r\n", eol);
    QList<Part> parts;
    parts << Part{{"Content-Type: text/html;", "\tcharset=\"windows-1252\"",
                   "CONTENT-TRANSFER-ENCODING: Quoted-Printable",
                   "Content-Location: http://www.news.example/2024/", " halle-du-marche.htm"},
                  quotedPrintable(html, eol)};
    parts << Part{{"content-type: image/jpeg", "content-transfer-encoding: base64",
                   "content-location: images/halle.jpg"},
                  base64Lines(jpegBytes(), eol)};
    return mhtml({"MIME-Version: 1.0",
                  "Content-Type: multipart/related; boundary=" + OutlookBoundary + "; type=\"text/html\"",
                  "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158"},
                 OutlookBoundary, parts, eol, "This is a multi-part message in MIME format." + eol + eol);
}

// A minimal file whose page part has the given transfer encoding and body.
QByteArray singlePart(const QByteArray &encoding, const QByteArray &body, const QByteArray &eol = "\r\n")
{
    return mhtml(
        {"MIME-Version: 1.0", "Content-Type: multipart/related; boundary=\"b0undary\"; type=\"text/html\""},
        "b0undary",
        {Part{{"Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: " + encoding}, body}},
        eol);
}

const ExtractedResource *resourceAt(const MhtmlDocument &document, const QString &url)
{
    for (const ExtractedResource &resource : document.resources) {
        if (resource.url == QUrl(url))
            return &resource;
    }
    return nullptr;
}

} // namespace

class TestMhtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void chrome_data();
    void chrome();
    void singleFileStyle_data();
    void singleFileStyle();
    void quotedPrintable_data();
    void quotedPrintable();
    void transferEncodings();
    void unknownTransferEncoding();
    void startParameter();
    void truncated_data();
    void truncated();
    void truncatedAnywhere();
    void notMhtml_data();
    void notMhtml();
    void badBase64();
    void sizeLimit();
    void singleHtmlBody();
};

void TestMhtmlReader::chrome_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF only") << QByteArray("\n");
}

void TestMhtmlReader::chrome()
{
    QFETCH(QByteArray, eol);
    const QByteArray file = chromeFile(eol);
    QVERIFY(MhtmlReader::canRead(file));

    const Result<MhtmlDocument> document = MhtmlReader::read(file);
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, pageHtml(eol));
    QCOMPARE(document->charset, QString());
    QCOMPARE(document->url, QUrl(QStringLiteral("https://news.example/2024/03/harbour-pier")));
    QVERIFY2(document->issues.isEmpty(), qPrintable(document->issues.join(QLatin1Char('\n'))));
    QCOMPARE(document->resources.size(), 3);

    const ExtractedResource *png = resourceAt(*document, QStringLiteral("https://news.example/img/pier.png"));
    QVERIFY(png);
    QCOMPARE(png->contentType, QStringLiteral("image/png"));
    QCOMPARE(png->data, pngBytes());

    const ExtractedResource *css =
        resourceAt(*document, QStringLiteral("cid:css-7b1e2a9c-3d4f-4e5a-8b6c-0d1e2f3a4b5c@mhtml.blink"));
    QVERIFY(css);
    QCOMPARE(css->contentType, QStringLiteral("text/css"));
    QCOMPARE(css->data, "@charset \"utf-8\";" + eol + "article h1 { font-size: 2em; }");

    // A frame has only a Content-ID, so it is found by its cid: URL.
    const ExtractedResource *frame =
        resourceAt(*document, QStringLiteral("cid:frame-5A1C2B3D4E5F60718293A4B5C6D7E8F9@mhtml.blink"));
    QVERIFY(frame);
    QCOMPARE(frame->contentType, QStringLiteral("text/html"));
    QCOMPARE(frame->data, QByteArray("<html><body><p>Advertisement</p></body></html>"));
}

void TestMhtmlReader::singleFileStyle_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF only") << QByteArray("\n");
}

void TestMhtmlReader::singleFileStyle()
{
    QFETCH(QByteArray, eol);
    const QByteArray file = singleFile(eol);
    QVERIFY(MhtmlReader::canRead(file));

    const Result<MhtmlDocument> document = MhtmlReader::read(file);
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QStringEncoder encoder("windows-1252");
    QByteArray expected = encoder.encode(frenchPage());
    expected.replace("\r\n", eol);
    QCOMPARE(document->html, expected);
    QCOMPARE(document->charset, QStringLiteral("windows-1252"));
    // The folded Content-Location is unfolded without its white space.
    QCOMPARE(document->url, QUrl(QStringLiteral("http://www.news.example/2024/halle-du-marche.htm")));
    QVERIFY2(document->issues.isEmpty(), qPrintable(document->issues.join(QLatin1Char('\n'))));
    QCOMPARE(document->resources.size(), 1);
    // A relative Content-Location resolves against the page's.
    QCOMPARE(document->resources.first().url,
             QUrl(QStringLiteral("http://www.news.example/2024/images/halle.jpg")));
    QCOMPARE(document->resources.first().contentType, QStringLiteral("image/jpeg"));
    QCOMPARE(document->resources.first().data, jpegBytes());
}

void TestMhtmlReader::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("=3D") << QByteArray("<a href=3D\"x\">") << QByteArray("<a href=\"x\">");
    QTest::newRow("soft break CRLF") << QByteArray("long li=\r\nne") << QByteArray("long line");
    QTest::newRow("soft break LF") << QByteArray("long li=\nne") << QByteArray("long line");
    QTest::newRow("soft break with blanks after '='")
        << QByteArray("long li= \t\r\nne") << QByteArray("long line");
    QTest::newRow("soft break at the very end") << QByteArray("the end=") << QByteArray("the end");
    QTest::newRow("hard break kept") << QByteArray("one\r\ntwo") << QByteArray("one\r\ntwo");
    QTest::newRow("trailing blanks dropped") << QByteArray("one  \t\r\ntwo ") << QByteArray("one\r\ntwo");
    QTest::newRow("blank encoded at line end") << QByteArray("one=20\r\ntwo") << QByteArray("one \r\ntwo");
    QTest::newRow("UTF-8 bytes") << QByteArray("=E6=97=A5=E6=9C=AC caf=C3=A9") << QByteArray("日本 café");
    QTest::newRow("lower-case hex") << QByteArray("caf=c3=a9") << QByteArray("café");
    QTest::newRow("'=' without hex kept") << QByteArray("a=ZZb =G1") << QByteArray("a=ZZb =G1");
    QTest::newRow("'=' and one hex digit at the end") << QByteArray("x=4") << QByteArray("x=4");
    QTest::newRow("=0D=0A") << QByteArray("a=0D=0Ab") << QByteArray("a\r\nb");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestMhtmlReader::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    const Result<MhtmlDocument> document = MhtmlReader::read(singlePart("quoted-printable", encoded));
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, decoded);
    QCOMPARE(document->charset, QStringLiteral("utf-8"));
}

void TestMhtmlReader::transferEncodings()
{
    const QByteArray html = "<p>caf\xC3\xA9 \xE6\x97\xA5</p>";
    for (const char *encoding : {"7bit", "8bit", "binary", "BINARY"}) {
        const Result<MhtmlDocument> document = MhtmlReader::read(singlePart(encoding, html));
        QVERIFY2(document.ok(), qPrintable(document.errorString()));
        QCOMPARE(document->html, html);
    }
    // Base64 broken over lines of any length, with and without padding.
    const QByteArray encoded = html.toBase64();
    for (const QByteArray &body :
         {encoded, encoded.left(10) + "\r\n" + encoded.mid(10, 3) + "\n  " + encoded.mid(13),
          html.toBase64(QByteArray::OmitTrailingEquals)}) {
        const Result<MhtmlDocument> document = MhtmlReader::read(singlePart("base64", body));
        QVERIFY2(document.ok(), qPrintable(document.errorString()));
        QCOMPARE(document->html, html);
    }
}

void TestMhtmlReader::unknownTransferEncoding()
{
    const Result<MhtmlDocument> document = MhtmlReader::read(singlePart("x-uuencode", "<p>Story</p>"));
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, QByteArray("<p>Story</p>"));
    QCOMPARE(document->issues.size(), 1);
    QVERIFY(document->issues.first().contains(QLatin1String("x-uuencode")));
}

void TestMhtmlReader::startParameter()
{
    const QByteArray eol = "\r\n";
    auto file = [&](const QByteArray &start) {
        QList<Part> parts;
        parts << Part{{"Content-Type: text/css", "Content-Location: https://news.example/site.css"},
                      "body { margin: 0; }"};
        parts << Part{{"Content-Type: text/html", "Content-ID: <ad-frame@news.example>",
                       "Content-Location: https://ads.example/frame.html"},
                      "<html><body>Advertisement</body></html>"};
        parts << Part{{"Content-Type: text/html; charset=\"Shift_JIS\"", "Content-ID: <story@news.example>",
                       "Content-Location: https://news.example/story.html"},
                      "<html><body>The story</body></html>"};
        return mhtml({"MIME-Version: 1.0", "Content-Type: multipart/related; type=\"text/html\"; start=\"" +
                                               start + "\"; boundary=\"=_b\""},
                     "=_b", parts, eol);
    };

    Result<MhtmlDocument> document = MhtmlReader::read(file("<story@news.example>"));
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, QByteArray("<html><body>The story</body></html>"));
    QCOMPARE(document->charset, QStringLiteral("Shift_JIS"));
    QCOMPARE(document->url, QUrl(QStringLiteral("https://news.example/story.html")));
    QCOMPARE(document->resources.size(), 2);
    QVERIFY(document->issues.isEmpty());

    // Without the brackets, as some writers put it.
    document = MhtmlReader::read(file("story@news.example"));
    QVERIFY(document.ok());
    QCOMPARE(document->html, QByteArray("<html><body>The story</body></html>"));

    // A start that names no part: the first HTML part, with an issue.
    document = MhtmlReader::read(file("<missing@news.example>"));
    QVERIFY(document.ok());
    QCOMPARE(document->html, QByteArray("<html><body>Advertisement</body></html>"));
    QCOMPARE(document->issues.size(), 1);
    QVERIFY(document->issues.first().contains(QLatin1String("missing@news.example")));

    // Cut off inside the named part's headers, or its body: the advertisement must not stand in for it.
    const QByteArray whole = file("<story@news.example>");
    for (const QByteArray &cutBefore : {QByteArray("Content-ID: <story"), QByteArray("The story")}) {
        document = MhtmlReader::read(whole.left(whole.indexOf(cutBefore) + 5));
        QVERIFY(!document.ok());
    }
}

void TestMhtmlReader::truncated_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<int>("resources");

    const QByteArray file = chromeFile();
    const QByteArray delimiter = "\r\n--" + ChromeBoundary;
    const qsizetype secondDelimiter = file.indexOf(delimiter, file.indexOf(delimiter) + 1);
    const qsizetype pngData = file.indexOf("iVBOR");
    const qsizetype lastDelimiter = file.lastIndexOf(delimiter);
    QVERIFY(secondDelimiter > 0 && pngData > secondDelimiter && lastDelimiter > pngData);

    QTest::newRow("inside the top headers") << file.left(60) << false << 0;
    QTest::newRow("after the top headers, before any part")
        << file.left(file.indexOf("------MultipartBoundary")) << false << 0;
    QTest::newRow("inside the page") << file.left(secondDelimiter - 200) << false << 0;
    QTest::newRow("just before the page's closing delimiter") << file.left(secondDelimiter) << false << 0;
    QTest::newRow("inside the delimiter after the page") << file.left(secondDelimiter + 10) << false << 0;
    QTest::newRow("right after the delimiter after the page")
        << file.left(secondDelimiter + delimiter.size() + 2) << true << 0;
    QTest::newRow("inside the image headers") << file.left(pngData - 30) << true << 0;
    QTest::newRow("inside the image data") << file.left(pngData + 1000) << true << 0;
    QTest::newRow("inside the last part") << file.left(lastDelimiter - 5) << true << 2;
    // The closing delimiter lost its final "--": every part is whole, but the file may go on.
    QTest::newRow("closing delimiter cut short") << file.left(lastDelimiter + delimiter.size()) << true << 3;
}

void TestMhtmlReader::truncated()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, readable);
    QFETCH(int, resources);

    const Result<MhtmlDocument> document = MhtmlReader::read(data);
    QCOMPARE(document.ok(), readable);
    if (!readable) {
        QVERIFY(!document.errorString().isEmpty());
        return;
    }
    QCOMPARE(document->html, pageHtml());
    QCOMPARE(document->resources.size(), resources);
    QVERIFY2(!document->issues.isEmpty(), "a cut-off file must say so");
}

// Nothing half-lands: wherever the file is cut, reading either fails or gives the whole page and only
// whole resources.
void TestMhtmlReader::truncatedAnywhere()
{
    const QByteArray file = chromeFile();
    const Result<MhtmlDocument> full = MhtmlReader::read(file);
    QVERIFY(full.ok());
    const QByteArray closing = "--" + ChromeBoundary + "--";
    const qsizetype closed = file.lastIndexOf(closing) + closing.size();
    int readable = 0;
    for (qsizetype cut = 0; cut < file.size(); cut += 3) {
        const Result<MhtmlDocument> document = MhtmlReader::read(file.left(cut));
        if (!document.ok())
            continue;
        ++readable;
        QCOMPARE(document->html, full->html);
        if (cut < closed)
            QVERIFY2(!document->issues.isEmpty(), "a cut-off file must say so");
        for (const ExtractedResource &resource : document->resources) {
            const ExtractedResource *original = resourceAt(*full, resource.url.toString());
            QVERIFY(original);
            QCOMPARE(resource.data, original->data);
        }
    }
    QVERIFY(readable > 0);
}

void TestMhtmlReader::notMhtml_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("HTML page") << pageHtml();
    QTest::newRow("HTML quoting MIME headers") << QByteArray(
        "<html><body><pre>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\n"
        "Content-Type: text/html\n\n<p>hi</p>\n--x--\n</pre></body></html>\n");
    QTest::newRow("JSON") << QByteArray("{\"title\": \"Harbour pier\", \"body\": \"...\"}\n");
    QTest::newRow("PNG") << pngBytes();
    QTest::newRow("headers without multipart")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nJust text.\r\n");
}

void TestMhtmlReader::notMhtml()
{
    QFETCH(QByteArray, data);
    QVERIFY(!MhtmlReader::canRead(data));
    const Result<MhtmlDocument> document = MhtmlReader::read(data);
    QVERIFY(!document.ok());
    QVERIFY(!document.errorString().isEmpty());
}

void TestMhtmlReader::badBase64()
{
    QList<Part> parts;
    parts << Part{{"Content-Type: text/html", "Content-Location: https://news.example/story"},
                  "<p>Story</p>"};
    parts << Part{{"Content-Type: image/png", "Content-Transfer-Encoding: base64",
                   "Content-Location: https://news.example/broken.png"},
                  "iVBORw0KGgo!!not base64 at all###"};
    parts << Part{{"Content-Type: image/png", "Content-Transfer-Encoding: base64",
                   "Content-Location: https://news.example/one-char-too-many.png"},
                  "iVBORw0KGgoA\r\nB"};
    parts << Part{{"Content-Type: image/png", "Content-Transfer-Encoding: base64",
                   "Content-Location: https://news.example/good.png"},
                  base64Lines(pngBytes())};
    const QByteArrayList top = {"MIME-Version: 1.0", "Content-Type: multipart/related; boundary=\"b\""};

    Result<MhtmlDocument> document = MhtmlReader::read(mhtml(top, "b", parts));
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, QByteArray("<p>Story</p>"));
    QCOMPARE(document->resources.size(), 1);
    QCOMPARE(document->resources.first().data, pngBytes());
    QCOMPARE(document->issues.size(), 2);
    QVERIFY(document->issues.first().contains(QLatin1String("broken.png")));

    // The page itself in bad base64 cannot be read.
    parts.first() =
        Part{{"Content-Type: text/html", "Content-Transfer-Encoding: base64"}, "PHA+U3Rvcnk8L3A+*"};
    document = MhtmlReader::read(mhtml(top, "b", parts));
    QVERIFY(!document.ok());
}

void TestMhtmlReader::sizeLimit()
{
    const QByteArray file = chromeFile();
    // Small enough to refuse the 3000-byte image, large enough for the page.
    Result<MhtmlDocument> document = MhtmlReader::read(file, 2000);
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, pageHtml());
    QVERIFY(!resourceAt(*document, QStringLiteral("https://news.example/img/pier.png")));
    QCOMPARE(document->resources.size(), 2);
    QCOMPARE(document->issues.size(), 1);

    // Too small for the page: nothing is read.
    document = MhtmlReader::read(file, 500);
    QVERIFY(!document.ok());
}

void TestMhtmlReader::singleHtmlBody()
{
    // RFC 2557 allows a lone HTML body without multipart; it is read, though canRead does not claim it.
    const QByteArray file = "MIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                            "Content-Location: https://news.example/story\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>caf=C3=A9</p>";
    const Result<MhtmlDocument> document = MhtmlReader::read(file);
    QVERIFY2(document.ok(), qPrintable(document.errorString()));
    QCOMPARE(document->html, QByteArray("<p>caf\xC3\xA9</p>"));
    QCOMPARE(document->charset, QStringLiteral("utf-8"));
    QCOMPARE(document->url, QUrl(QStringLiteral("https://news.example/story")));
}

QTEST_GUILESS_MAIN(TestMhtmlReader)
#include "tst_mhtmlreader.moc"
