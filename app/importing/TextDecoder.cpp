#include "TextDecoder.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <optional>

namespace Newsdesk {

namespace {

// The binary sniff and the BOM-less UTF-16 sniff look at this much, as git and file(1) do.
constexpr qsizetype SniffBytes = 8 * 1024;
// HTML's prescan must find a <meta> charset within this many bytes (WHATWG "prescan a byte stream").
constexpr qsizetype MetaPrescanBytes = 1024;
// Blink keeps looking for <meta> past 1024 bytes while still in the <head>; so do we, up to here, because
// real pages put a kilobyte of scripts and tracking tags before their charset.
constexpr qsizetype MetaExtendedScanBytes = 64 * 1024;
// uchardet is sure long before this, and its single-byte models cost ~0.15 ms per KB (64 KB: 10 ms).
constexpr qsizetype DetectionSampleBytes = 16 * 1024;
// How far into the data the detection sample is gathered from.
constexpr qsizetype DetectionScanBytes = 1024 * 1024;

// How a charset behaves, which decides how far a declaration of it is trusted.
enum class Family {
    Unicode,   ///< UTF-8/16/32
    Latin,     ///< Single-byte, Latin script (windows-1252, ISO-8859-2, …)
    OtherByte, ///< Single-byte, another script (windows-1251, KOI8-R, ISO-8859-7, …)
    MultiByte, ///< CJK multi-byte and ISO-2022 charsets
};

struct CharsetEntry
{
    const char *name;    ///< Canonical, reported to callers (WHATWG spelling where there is one).
    const char *decoder; ///< What QStringDecoder (Qt's codecs, else ICU) opens.
    Family family;
    const char *labels; ///< Space-separated aliases; compared loosely (see looseKey).
};

// WHATWG's label table, plus what servers and uchardet actually send. Like browsers we decode
// ISO-8859-1 and ASCII as windows-1252, GB2312/GBK as GB18030, EUC-KR as its superset windows-949 and
// Shift_JIS as windows-31j, since pages labelled with the narrow name use the wider one's characters.
constexpr CharsetEntry Charsets[] = {
    {"UTF-8", "UTF-8", Family::Unicode,
     "utf-8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8"},
    {"UTF-16LE", "UTF-16LE", Family::Unicode,
     "utf-16le utf-16 unicode ucs-2 csunicode iso-10646-ucs-2 unicodefeff"},
    {"UTF-16BE", "UTF-16BE", Family::Unicode, "utf-16be unicodefffe"},
    {"UTF-32LE", "UTF-32LE", Family::Unicode, "utf-32le utf-32 ucs-4"},
    {"UTF-32BE", "UTF-32BE", Family::Unicode, "utf-32be"},
    {"windows-1252", "windows-1252", Family::Latin,
     "windows-1252 cp1252 x-cp1252 iso-8859-1 iso_8859-1:1987 latin1 l1 ascii us-ascii ansi_x3.4-1968 cp819 "
     "ibm819 iso-ir-100 csisolatin1 x-user-defined"},
    {"ISO-8859-2", "ISO-8859-2", Family::Latin,
     "iso-8859-2 iso_8859-2:1987 latin2 l2 csisolatin2 iso-ir-101"},
    {"ISO-8859-3", "ISO-8859-3", Family::Latin,
     "iso-8859-3 iso_8859-3:1988 latin3 l3 csisolatin3 iso-ir-109"},
    {"ISO-8859-4", "ISO-8859-4", Family::Latin,
     "iso-8859-4 iso_8859-4:1988 latin4 l4 csisolatin4 iso-ir-110"},
    {"ISO-8859-5", "ISO-8859-5", Family::OtherByte, "iso-8859-5 iso_8859-5:1988 cyrillic csisolatincyrillic"},
    {"ISO-8859-6", "ISO-8859-6", Family::OtherByte, "iso-8859-6 arabic asmo-708 ecma-114 csisolatinarabic"},
    {"ISO-8859-7", "ISO-8859-7", Family::OtherByte,
     "iso-8859-7 greek greek8 elot_928 ecma-118 csisolatingreek"},
    {"ISO-8859-8", "ISO-8859-8", Family::OtherByte,
     "iso-8859-8 hebrew visual csisolatinhebrew iso-8859-8-i logical csiso88598i"},
    {"ISO-8859-10", "ISO-8859-10", Family::Latin, "iso-8859-10 latin6 l6 csisolatin6 iso-ir-157"},
    {"ISO-8859-13", "ISO-8859-13", Family::Latin, "iso-8859-13 latin7"},
    {"ISO-8859-14", "ISO-8859-14", Family::Latin, "iso-8859-14 latin8"},
    {"ISO-8859-15", "ISO-8859-15", Family::Latin, "iso-8859-15 latin9 latin-9 l9 csisolatin9"},
    {"windows-1250", "windows-1250", Family::Latin, "windows-1250 cp1250 x-cp1250"},
    {"windows-1251", "windows-1251", Family::OtherByte, "windows-1251 cp1251 x-cp1251"},
    {"windows-1253", "windows-1253", Family::OtherByte, "windows-1253 cp1253 x-cp1253"},
    {"windows-1254", "windows-1254", Family::Latin,
     "windows-1254 cp1254 x-cp1254 iso-8859-9 iso_8859-9:1989 latin5 l5 csisolatin5 iso-ir-148"},
    {"windows-1255", "windows-1255", Family::OtherByte, "windows-1255 cp1255 x-cp1255"},
    {"windows-1256", "windows-1256", Family::OtherByte, "windows-1256 cp1256 x-cp1256"},
    {"windows-1257", "windows-1257", Family::Latin, "windows-1257 cp1257 x-cp1257"},
    {"windows-1258", "windows-1258", Family::Latin, "windows-1258 cp1258 x-cp1258"},
    {"windows-874", "windows-874", Family::OtherByte, "windows-874 dos-874 tis-620 iso-8859-11"},
    {"KOI8-R", "KOI8-R", Family::OtherByte, "koi8-r koi8 koi cskoi8r"},
    {"KOI8-U", "KOI8-U", Family::OtherByte, "koi8-u koi8-ru"},
    {"IBM866", "IBM866", Family::OtherByte, "ibm866 cp866 866 csibm866"},
    {"IBM852", "IBM852", Family::Latin, "ibm852 cp852"},
    {"IBM855", "IBM855", Family::OtherByte, "ibm855 cp855"},
    {"x-mac-cyrillic", "x-mac-cyrillic", Family::OtherByte, "x-mac-cyrillic mac-cyrillic x-mac-ukrainian"},
    {"macintosh", "macintosh", Family::Latin, "macintosh mac x-mac-roman mac-roman csmacintosh"},
    {"x-mac-ce", "MAC-CENTRALEUROPE", Family::Latin, "x-mac-ce mac-centraleurope"},
    {"Shift_JIS", "windows-31j", Family::MultiByte,
     "shift_jis sjis x-sjis ms_kanji csshiftjis windows-31j ms932 cp932"},
    {"EUC-JP", "EUC-JP", Family::MultiByte, "euc-jp x-euc-jp cseucpkdfmtjapanese"},
    {"ISO-2022-JP", "ISO-2022-JP", Family::MultiByte, "iso-2022-jp csiso2022jp"},
    {"EUC-KR", "windows-949", Family::MultiByte,
     "euc-kr ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 korean csksc56011987 iso-ir-149 windows-949 "
     "cp949 "
     "uhc x-windows-949"},
    {"ISO-2022-KR", "ISO-2022-KR", Family::MultiByte, "iso-2022-kr csiso2022kr"},
    {"GB18030", "GB18030", Family::MultiByte,
     "gb18030 gbk gb2312 gb_2312-80 chinese csgb2312 csiso58gb231280 iso-ir-58 x-gbk cp936 ms936 windows-936 "
     "euc-cn"},
    {"HZ-GB-2312", "HZ-GB-2312", Family::MultiByte, "hz-gb-2312 hz"},
    {"ISO-2022-CN", "ISO-2022-CN", Family::MultiByte, "iso-2022-cn"},
    {"Big5", "Big5-HKSCS", Family::MultiByte, "big5 big5-hkscs cn-big5 csbig5 x-x-big5 cp950 windows-950"},
    {"EUC-TW", "EUC-TW", Family::MultiByte, "euc-tw"},
};

// Charsets browsers refuse outright because they let markup hide in innocent-looking bytes.
constexpr const char *RefusedLabels[] = {"utf7", "unicode11utf7", "cesu8", "bocu1", "scsu"};

/// A charset ready to decode with: a table entry, or a name only ICU knows.
struct Charset
{
    QString name;
    QByteArray decoder;
    Family family = Family::OtherByte;
    QString label; ///< As the document or header wrote it, for messages.

    bool isValid() const { return !decoder.isEmpty(); }
    bool isUtf8() const { return decoder == "UTF-8"; }
    bool isUtf16Or32() const { return family == Family::Unicode && !isUtf8(); }
    bool operator==(const Charset &other) const { return name == other.name; }
};

// Labels are compared the way UTS #22 suggests: case, punctuation and spaces ignored, so "Shift-JIS",
// "shift_jis" and "SHIFT JIS" all match.
QByteArray looseKey(QByteArrayView label)
{
    QByteArray key;
    key.reserve(label.size());
    for (const char c : label) {
        if (c >= 'A' && c <= 'Z')
            key += char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key += c;
    }
    return key;
}

const QHash<QByteArray, int> &labelIndex()
{
    static const QHash<QByteArray, int> index = [] {
        QHash<QByteArray, int> result;
        for (int i = 0; i < int(std::size(Charsets)); ++i) {
            const QByteArrayList labels = QByteArray(Charsets[i].labels).split(' ');
            for (const QByteArray &label : labels) {
                const QByteArray key = looseKey(label);
                Q_ASSERT(!result.contains(key) || result.value(key) == i);
                result.insert(key, i);
            }
        }
        return result;
    }();
    return index;
}

Charset charsetForEntry(const CharsetEntry &entry)
{
    const QString name = QString::fromLatin1(entry.name);
    return {name, QByteArray(entry.decoder), entry.family, name};
}

Charset utf8Charset()
{
    return charsetForEntry(Charsets[0]);
}

Charset windows1252Charset()
{
    return charsetForEntry(Charsets[5]);
}

Charset lookupCharset(QByteArrayView label)
{
    label = label.trimmed();
    while (!label.isEmpty() && (label.front() == '"' || label.front() == '\''))
        label = label.sliced(1);
    while (!label.isEmpty() && (label.back() == '"' || label.back() == '\''))
        label.chop(1);
    const QByteArray key = looseKey(label);
    if (key.isEmpty())
        return {};
    for (const char *refused : RefusedLabels) {
        if (key == refused)
            return {};
    }
    const QString written = QString::fromLatin1(label);
    if (const auto it = labelIndex().constFind(key); it != labelIndex().cend()) {
        Charset charset = charsetForEntry(Charsets[*it]);
        charset.label = written;
        return charset;
    }
    // Not in our table: ICU knows hundreds more aliases; take any it can open, under the name given.
    const QByteArray name = label.toByteArray();
    QStringDecoder probe(name.constData());
    if (!probe.isValid())
        return {};
    return {written, name, Family::OtherByte, written};
}

Charset lookupCharset(const QString &label)
{
    return lookupCharset(QByteArrayView(label.toLatin1()));
}

// --- Byte-level sniffing -----------------------------------------------------------------------------

struct Bom
{
    Charset charset;
    qsizetype length = 0;
};

Bom sniffBom(QByteArrayView data)
{
    auto starts = [&](const char *bytes, qsizetype length) {
        return data.size() >= length && std::memcmp(data.data(), bytes, size_t(length)) == 0;
    };
    // UTF-32LE first: its mark starts with UTF-16LE's.
    if (starts("\xFF\xFE\x00\x00", 4))
        return {lookupCharset(QByteArrayView("UTF-32LE")), 4};
    if (starts("\x00\x00\xFE\xFF", 4))
        return {lookupCharset(QByteArrayView("UTF-32BE")), 4};
    if (starts("\xEF\xBB\xBF", 3))
        return {utf8Charset(), 3};
    if (starts("\xFF\xFE", 2))
        return {lookupCharset(QByteArrayView("UTF-16LE")), 2};
    if (starts("\xFE\xFF", 2))
        return {lookupCharset(QByteArrayView("UTF-16BE")), 2};
    return {};
}

bool isControlByte(uchar byte)
{
    // Tab, line feed, vertical tab, form feed, carriage return and ESC (ISO-2022 shifts) occur in text.
    return (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D &&
            byte != 0x1B) ||
           byte == 0x7F;
}

bool binaryBytes(QByteArrayView data)
{
    const QByteArrayView sample = data.first(std::min(data.size(), SniffBytes));
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto byte = uchar(c);
        if (byte == 0)
            return true;
        if (isControlByte(byte))
            ++controls;
    }
    // A text file may hold a stray form feed or DOS end-of-file mark; compressed or image data is about
    // one control byte in ten.
    return controls * 20 > sample.size();
}

// UTF-16 without a byte order mark (some XML, old Windows exports): ASCII-range text leaves every other
// byte zero. Returns an invalid charset when the pattern is not there.
Charset sniffUtf16WithoutBom(QByteArrayView data)
{
    const qsizetype units = std::min(data.size(), SniffBytes) / 2;
    if (units < 2)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < units; ++i) {
        zeroEven += data[2 * i] == 0;
        zeroOdd += data[2 * i + 1] == 0;
    }
    if (zeroOdd * 10 >= units * 4 && zeroEven * 100 <= units)
        return lookupCharset(QByteArrayView("UTF-16LE"));
    if (zeroEven * 10 >= units * 4 && zeroOdd * 100 <= units)
        return lookupCharset(QByteArrayView("UTF-16BE"));
    return {};
}

/// What one pass over the bytes says about UTF-8.
struct Utf8Scan
{
    qsizetype highBytes = 0; ///< Bytes >= 0x80
    qsizetype multiByte = 0; ///< Well-formed multi-byte sequences
    qsizetype badBytes = 0;  ///< Bytes that are part of no well-formed sequence

    bool isValid() const { return badBytes == 0; }
    bool isAscii() const { return highBytes == 0; }
    // A UTF-8 page with a few damaged bytes, not a legacy page: legacy CJK text forms a valid UTF-8
    // sequence by chance in at most one pair in ten, Latin text almost never.
    bool isMostlyUtf8() const { return multiByte > 0 && multiByte >= 4 * badBytes; }
};

// Well-formed UTF-8 per Unicode table 3-7 (no overlongs, surrogates or code points past U+10FFFF). Runs
// of ASCII are skipped eight bytes at a time so a mostly-ASCII megabyte takes well under a millisecond.
// Unless exhaustive, it stops once the bytes are plainly not UTF-8.
Utf8Scan scanUtf8(QByteArrayView data, bool exhaustive)
{
    Utf8Scan scan;
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The allowed range of the second byte depends on the lead (table 3-7); later ones are 80..BF.
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        const bool wellFormed = length > 0 && i + length <= size && bytes[i + 1] >= low &&
                                bytes[i + 1] <= high && (length < 3 || (bytes[i + 2] & 0xC0) == 0x80) &&
                                (length < 4 || (bytes[i + 3] & 0xC0) == 0x80);
        if (wellFormed) {
            scan.highBytes += length;
            ++scan.multiByte;
            i += length;
            continue;
        }
        ++scan.highBytes;
        ++scan.badBytes;
        ++i;
        // Plainly not UTF-8: the rest of a legacy-encoded megabyte would be scanned for nothing. The
        // counts are then lower bounds, which is fine as UTF-8 will not be chosen on them.
        if (!exhaustive && scan.badBytes >= 256 && !scan.isMostlyUtf8()) {
            scan.highBytes = std::max(scan.highBytes, scan.badBytes);
            break;
        }
    }
    return scan;
}

// The share of high bytes that follow another high byte. Accented Latin text has its high bytes alone
// between ASCII letters ("café", "für"); Cyrillic, Greek and CJK text has them in runs.
bool highBytesComeInRuns(QByteArrayView data)
{
    qsizetype high = 0;
    qsizetype inRun = 0;
    bool previousHigh = false;
    for (const char c : data) {
        const bool isHigh = uchar(c) >= 0x80;
        high += isHigh;
        inRun += isHigh && previousHigh;
        previousHigh = isHigh;
    }
    return high >= 16 && inRun * 2 >= high;
}

// What uchardet is fed: the lines that hold non-ASCII bytes (or ISO-2022 escapes), from a little before
// their first such byte. A page's first kilobytes are often all scripts and markup; the text that tells
// charsets apart comes later. Lines end at LF, which no ASCII-compatible charset uses inside a character.
QByteArray detectionSample(QByteArrayView data)
{
    QByteArray sample;
    sample.reserve(DetectionSampleBytes);
    data = data.first(std::min(data.size(), DetectionScanBytes));
    qsizetype pos = 0;
    while (pos < data.size() && sample.size() < DetectionSampleBytes) {
        qsizetype end = data.indexOf('\n', pos);
        end = end < 0 ? data.size() : end + 1;
        qsizetype first = pos;
        while (first < end && uchar(data[first]) < 0x80 && data[first] != '\x1B')
            ++first;
        if (first < end) {
            const qsizetype from = std::max(pos, first - 64);
            sample += data.sliced(from, std::min(end - from, DetectionSampleBytes - sample.size()));
        }
        pos = end;
    }
    return sample;
}

Charset detectWithUchardet(QByteArrayView data)
{
    const QByteArray sample = detectionSample(data);
    if (sample.isEmpty())
        return {};
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), &uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArrayView name(uchardet_get_charset(detector.get()));
    // "ASCII" only says there was nothing to go on.
    if (name.isEmpty() || looseKey(name) == "ascii")
        return {};
    return lookupCharset(name);
}

// --- Declarations inside the document ------------------------------------------------------------------

bool isHtmlSpace(char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool startsWithNoCase(QByteArrayView data, qsizetype pos, QByteArrayView lowerNeedle)
{
    if (data.size() - pos < lowerNeedle.size())
        return false;
    for (qsizetype i = 0; i < lowerNeedle.size(); ++i) {
        if (asciiLower(data[pos + i]) != lowerNeedle[i])
            return false;
    }
    return true;
}

qsizetype indexOfNoCase(QByteArrayView data, QByteArrayView lowerNeedle, qsizetype from)
{
    for (qsizetype pos = from; pos + lowerNeedle.size() <= data.size(); ++pos) {
        if (startsWithNoCase(data, pos, lowerNeedle))
            return pos;
    }
    return -1;
}

struct Attribute
{
    QByteArray name;
    QByteArray value;
};

// WHATWG "get an attribute": false when the tag has no more attributes or the bytes run out.
bool nextAttribute(QByteArrayView data, qsizetype &pos, Attribute &attribute)
{
    const qsizetype size = data.size();
    attribute = {};
    while (pos < size && (isHtmlSpace(data[pos]) || data[pos] == '/'))
        ++pos;
    if (pos >= size || data[pos] == '>')
        return false;
    for (;; ++pos) {
        if (pos >= size)
            return false;
        const char c = data[pos];
        if (c == '=' && !attribute.name.isEmpty()) {
            ++pos;
            break;
        }
        if (isHtmlSpace(c)) {
            while (pos < size && isHtmlSpace(data[pos]))
                ++pos;
            if (pos >= size)
                return false;
            if (data[pos] != '=')
                return true;
            ++pos;
            break;
        }
        if (c == '/' || c == '>')
            return true;
        attribute.name += asciiLower(c);
    }
    while (pos < size && isHtmlSpace(data[pos]))
        ++pos;
    if (pos >= size)
        return false;
    const char first = data[pos];
    if (first == '"' || first == '\'') {
        const qsizetype end = data.indexOf(first, pos + 1);
        if (end < 0)
            return false;
        attribute.value = data.sliced(pos + 1, end - pos - 1).toByteArray();
        pos = end + 1;
        return true;
    }
    if (first == '>')
        return true;
    const qsizetype start = pos;
    while (pos < size && !isHtmlSpace(data[pos]) && data[pos] != '>')
        ++pos;
    if (pos >= size)
        return false;
    attribute.value = data.sliced(start, pos - start).toByteArray();
    return true;
}

// WHATWG "extract a character encoding from a meta element": the charset= inside a content attribute.
QByteArray charsetFromContent(QByteArrayView content)
{
    qsizetype pos = 0;
    while ((pos = indexOfNoCase(content, "charset", pos)) >= 0) {
        pos += 7;
        while (pos < content.size() && isHtmlSpace(content[pos]))
            ++pos;
        if (pos >= content.size() || content[pos] != '=')
            continue;
        ++pos;
        while (pos < content.size() && isHtmlSpace(content[pos]))
            ++pos;
        if (pos >= content.size())
            return {};
        const char first = content[pos];
        if (first == '"' || first == '\'') {
            const qsizetype end = content.indexOf(first, pos + 1);
            return end < 0 ? QByteArray() : content.sliced(pos + 1, end - pos - 1).toByteArray();
        }
        const qsizetype start = pos;
        while (pos < content.size() && !isHtmlSpace(content[pos]) && content[pos] != ';')
            ++pos;
        return content.sliced(start, pos - start).toByteArray();
    }
    return {};
}

/// What the document itself says about its charset.
struct InDocumentDeclaration
{
    Charset charset;
    QByteArrayList unknownLabels; ///< Labels named but not known, for the report.
};

// The HTML prescan (WHATWG "prescan a byte stream to determine its encoding"), over the first 1024 bytes
// and then on through the <head>. Comments are skipped, so a commented-out <meta> does not count.
InDocumentDeclaration prescanHtml(QByteArrayView data)
{
    // Tags that belong in the <head>; past the first kilobyte any other tag means the head is over.
    static const QByteArrayList headTags = {"html",   "head",  "meta", "title",    "link",
                                            "script", "style", "base", "noscript", "template"};
    InDocumentDeclaration result;
    data = data.first(std::min(data.size(), MetaExtendedScanBytes));
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size) {
        if (data[pos] != '<') {
            pos = data.indexOf('<', pos + 1);
            if (pos < 0)
                break;
            continue;
        }
        if (startsWithNoCase(data, pos, "<!--")) {
            // "<!-->" closes itself, hence the search from the second byte.
            const qsizetype end = data.indexOf("-->", pos + 2);
            if (end < 0)
                break;
            pos = end + 3;
            continue;
        }
        if (startsWithNoCase(data, pos, "<meta") && pos + 5 < size &&
            (isHtmlSpace(data[pos + 5]) || data[pos + 5] == '/')) {
            pos += 5;
            Attribute attribute;
            QByteArrayList seen;
            bool gotPragma = false;
            int needPragma = -1; // -1: no charset seen yet, 0: from charset=, 1: from content=
            QByteArray label;
            QByteArray contentValue;
            while (nextAttribute(data, pos, attribute)) {
                if (seen.contains(attribute.name))
                    continue;
                seen.append(attribute.name);
                if (attribute.name == "http-equiv") {
                    gotPragma = looseKey(attribute.value) == "contenttype";
                } else if (attribute.name == "content" && needPragma == -1) {
                    contentValue = attribute.value;
                    label = charsetFromContent(attribute.value);
                    if (!label.isEmpty())
                        needPragma = 1;
                } else if (attribute.name == "charset") {
                    label = attribute.value;
                    needPragma = 0;
                }
            }
            ++pos;
            // Tolerance beyond the spec: <meta content="text/html; charset=…"> without http-equiv is a
            // common slip and can hardly mean anything else.
            const bool looksLikeContentType = startsWithNoCase(contentValue, 0, "text/") ||
                                              startsWithNoCase(contentValue, 0, "application/xhtml");
            if (needPragma == -1 || (needPragma == 1 && !gotPragma && !looksLikeContentType) ||
                label.trimmed().isEmpty()) {
                continue;
            }
            Charset charset = lookupCharset(QByteArrayView(label));
            if (!charset.isValid()) {
                result.unknownLabels.append(label.trimmed());
                continue;
            }
            // A page whose <meta> can be read as ASCII is not UTF-16, whatever it says (WHATWG).
            if (charset.isUtf16Or32())
                charset = utf8Charset();
            result.charset = charset;
            return result;
        }
        const bool endTag = pos + 2 < size && data[pos + 1] == '/' && isAsciiAlpha(data[pos + 2]);
        if (endTag || (pos + 1 < size && isAsciiAlpha(data[pos + 1]))) {
            const qsizetype nameStart = endTag ? pos + 2 : pos + 1;
            pos = nameStart;
            while (pos < size && !isHtmlSpace(data[pos]) && data[pos] != '>' && data[pos] != '/')
                ++pos;
            if (nameStart > MetaPrescanBytes) {
                QByteArray name = data.sliced(nameStart, pos - nameStart).toByteArray().toLower();
                if (!headTags.contains(name))
                    break;
            }
            Attribute attribute;
            while (nextAttribute(data, pos, attribute)) {
            }
            ++pos;
            continue;
        }
        if (startsWithNoCase(data, pos, "<!") || startsWithNoCase(data, pos, "</") ||
            startsWithNoCase(data, pos, "<?")) {
            const qsizetype end = data.indexOf('>', pos + 1);
            if (end < 0)
                break;
            pos = end + 1;
            continue;
        }
        ++pos;
    }
    return result;
}

// The encoding pseudo-attribute of an XML declaration at the very start: <?xml version="1.0" encoding="…"?>
InDocumentDeclaration xmlDeclaration(QByteArrayView data)
{
    InDocumentDeclaration result;
    qsizetype pos = 0;
    // Leading white space before the declaration is an error in XML, but a forgiving one to read past.
    while (pos < data.size() && isHtmlSpace(data[pos]))
        ++pos;
    if (!startsWithNoCase(data, pos, "<?xml"))
        return result;
    qsizetype end = data.indexOf("?>", pos);
    if (end < 0)
        end = std::min(data.size(), pos + MetaPrescanBytes);
    const QByteArrayView declaration = data.sliced(pos, end - pos);
    qsizetype at = 0;
    while ((at = declaration.indexOf("encoding", at)) >= 0) {
        at += 8;
        while (at < declaration.size() && isHtmlSpace(declaration[at]))
            ++at;
        if (at >= declaration.size() || declaration[at] != '=')
            continue;
        ++at;
        while (at < declaration.size() && isHtmlSpace(declaration[at]))
            ++at;
        if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\''))
            return result;
        const qsizetype close = declaration.indexOf(declaration[at], at + 1);
        if (close < 0)
            return result;
        const QByteArray label = declaration.sliced(at + 1, close - at - 1).toByteArray();
        Charset charset = lookupCharset(QByteArrayView(label));
        if (!charset.isValid()) {
            result.unknownLabels.append(label);
            return result;
        }
        // We read the declaration as ASCII, so the document is not in UTF-16 (a BOM or NUL bytes would
        // have taken us elsewhere); XML's default is UTF-8.
        if (charset.isUtf16Or32())
            charset = utf8Charset();
        result.charset = charset;
        return result;
    }
    return result;
}

// --- Decoding ----------------------------------------------------------------------------------------

struct Decoded
{
    QString text;
    qsizetype errors = 0; ///< Sequences that could not be decoded and became U+FFFD.
};

Decoded decodeWith(const Charset &charset, QByteArrayView bytes, const Utf8Scan *scan = nullptr)
{
    Decoded out;
    if (charset.isUtf8()) {
        // Qt's own UTF-8 decoder is vectorised and already turns bad bytes into U+FFFD.
        out.text = QString::fromUtf8(bytes);
        out.errors = scan ? scan->badBytes : scanUtf8(bytes, true).badBytes;
        return out;
    }
    QStringDecoder decoder(charset.decoder.constData(), QStringDecoder::Flag::Stateless);
    out.text = decoder.decode(bytes);
    if (!decoder.hasError())
        return out;
    // ICU substitutes U+001A (SUB) for undecodable bytes, which would vanish unseen in a page; U+FFFD
    // shows the curator where the damage is. Qt's UTF-16/32 decoders already use U+FFFD.
    const qsizetype subsInInput = bytes.count('\x1A');
    const qsizetype subsInOutput = out.text.count(QChar(0x1A));
    if (subsInOutput > subsInInput) {
        out.errors = subsInOutput - subsInInput;
        if (subsInInput == 0)
            out.text.replace(QChar(0x1A), QChar::ReplacementCharacter);
    } else {
        out.errors = std::max<qsizetype>(1, out.text.count(QChar::ReplacementCharacter));
    }
    return out;
}

// C1 control characters never appear in real text; from a single-byte decoder they mean the bytes were
// written in another charset (windows-1250 labelled ISO-8859-2, Shift_JIS labelled windows-1252, …).
bool hasC1Controls(const QString &text)
{
    const ushort *it = text.utf16();
    const ushort *end = it + text.size();
    for (; it != end; ++it) {
        if (*it >= 0x80 && *it <= 0x9F)
            return true;
    }
    return false;
}

bool decodesCleanly(const Charset &charset, const Decoded &decoded)
{
    return decoded.errors == 0 && (charset.family == Family::MultiByte || !hasC1Controls(decoded.text));
}

/// The charset chosen, how, and the text it gave.
struct Choice
{
    Charset charset;
    QString source;
    Decoded decoded;
};

// One whole sentence per place a charset is declared in: the place's name spliced into "%1 names the
// charset …" could not take the grammar other languages need.
QString overruledText(const QString &source, const QString &declared, const QString &better)
{
    if (source == QLatin1String("declared"))
        return TextDecoder::tr("The Content-Type header names the charset %1, but the bytes look like %2; "
                               "the text was decoded as %2.")
            .arg(declared, better);
    if (source == QLatin1String("meta"))
        return TextDecoder::tr("The page's <meta> tag names the charset %1, but the bytes look like %2; the "
                               "text was decoded as %2.")
            .arg(declared, better);
    if (source == QLatin1String("xml-declaration"))
        return TextDecoder::tr("The XML declaration names the charset %1, but the bytes look like %2; the "
                               "text was decoded as %2.")
            .arg(declared, better);
    return TextDecoder::tr("The document names the charset %1, but the bytes look like %2; the text was "
                           "decoded as %2.")
        .arg(declared, better);
}

QString unknownCharsetText(const QString &source, const QString &label)
{
    if (source == QLatin1String("declared"))
        return TextDecoder::tr("The Content-Type header names the charset “%1”, which is not known; it was "
                               "ignored.")
            .arg(label);
    if (source == QLatin1String("meta"))
        return TextDecoder::tr("The page's <meta> tag names the charset “%1”, which is not known; it was "
                               "ignored.")
            .arg(label);
    if (source == QLatin1String("xml-declaration"))
        return TextDecoder::tr("The XML declaration names the charset “%1”, which is not known; it was "
                               "ignored.")
            .arg(label);
    return TextDecoder::tr("The document names the charset “%1”, which is not known; it was ignored.")
        .arg(label);
}

// For undeclared bytes, or a UTF-8 declaration the bytes refute: what they most likely are.
Choice detect(QByteArrayView data, const Utf8Scan &scan, bool utf8Refuted, QStringList &issues)
{
    if (!utf8Refuted) {
        if (scan.isValid() && scan.multiByte > 0)
            return {utf8Charset(), QStringLiteral("detected"), decodeWith(utf8Charset(), data, &scan)};
        if (scan.isMostlyUtf8())
            return {utf8Charset(), QStringLiteral("detected"), decodeWith(utf8Charset(), data, &scan)};
        if (scan.isAscii()) {
            // Only the 7-bit ISO-2022 and HZ charsets hide non-ASCII text in ASCII bytes.
            if (data.contains('\x1B') || data.contains("~{")) {
                const Charset detected = detectWithUchardet(data);
                if (detected.isValid() && detected.family == Family::MultiByte)
                    return {detected, QStringLiteral("detected"), decodeWith(detected, data)};
            }
            return {utf8Charset(), QStringLiteral("default"), decodeWith(utf8Charset(), data, &scan)};
        }
    }
    Charset detected = detectWithUchardet(data);
    if (detected.isValid() && !detected.isUtf16Or32() && !(detected.isUtf8() && utf8Refuted)) {
        // With only a few accented letters uchardet may pick the wrong Latin charset (a short French text
        // comes out as ISO-8859-2); windows-1252 is the better bet for so little evidence.
        if (detected.family == Family::Latin && scan.highBytes < 32)
            detected = windows1252Charset();
        return {detected, QStringLiteral("detected"), decodeWith(detected, data, &scan)};
    }
    issues << TextDecoder::tr("No charset was declared and none could be detected; the text was decoded "
                              "as windows-1252.");
    return {windows1252Charset(), QStringLiteral("default"), decodeWith(windows1252Charset(), data)};
}

// A declared charset (header, <meta> or XML declaration) checked against the bytes.
Choice checkDeclared(const Charset &declared, const QString &source, QByteArrayView data,
                     const Utf8Scan &scan, QStringList &issues)
{
    auto overruled = [&](Choice better) {
        issues << overruledText(source, declared.label, better.charset.name);
        return better;
    };

    if (declared.isUtf8()) {
        if (scan.isValid() || scan.isMostlyUtf8())
            return {declared, source, decodeWith(declared, data, &scan)};
        QStringList detectionIssues;
        return overruled(detect(data, scan, true, detectionIssues));
    }
    // Valid UTF-8 with multi-byte sequences is never an accident in single-byte text, and in CJK text
    // only for a character or two.
    const qsizetype enoughSequences = declared.family == Family::MultiByte ? 3 : 1;
    if (scan.isValid() && scan.multiByte >= enoughSequences)
        return overruled({utf8Charset(), QStringLiteral("detected"), decodeWith(utf8Charset(), data, &scan)});

    if (scan.isAscii())
        return {declared, source, decodeWith(declared, data)};

    std::optional<Charset> detected;
    auto detectOnce = [&] {
        if (!detected)
            detected = detectWithUchardet(data);
        return *detected;
    };
    // Russian or Japanese bytes served as ISO-8859-1 (an old server default) decode "cleanly" into
    // mojibake, so this is checked first. Only trust the detector when it names another script and the
    // bytes agree with it.
    if (declared.family == Family::Latin && highBytesComeInRuns(detectionSample(data))) {
        const Charset other = detectOnce();
        if (other.isValid() && (other.family == Family::MultiByte || other.family == Family::OtherByte)) {
            Decoded better = decodeWith(other, data, &scan);
            if (decodesCleanly(other, better))
                return overruled({other, QStringLiteral("detected"), std::move(better)});
        }
    }
    Choice choice{declared, source, decodeWith(declared, data)};
    if (!decodesCleanly(declared, choice.decoded)) {
        const Charset other = detectOnce();
        if (other.isValid() && !(other == declared) && !other.isUtf16Or32()) {
            Decoded better = decodeWith(other, data, &scan);
            if (decodesCleanly(other, better))
                return overruled({other, QStringLiteral("detected"), std::move(better)});
        }
    }
    return choice;
}

void reportDecodingErrors(const Choice &choice, QStringList &issues)
{
    const qsizetype errors = choice.decoded.errors;
    if (errors == 0)
        return;
    if (choice.charset.isUtf8()) {
        issues << TextDecoder::tr("The text is not valid UTF-8: %n byte(s) could not be decoded and were "
                                  "replaced with U+FFFD.",
                                  nullptr, int(std::min<qsizetype>(errors, INT_MAX)));
    } else {
        issues << TextDecoder::tr("%n byte sequence(s) could not be decoded as %1 and were replaced with "
                                  "U+FFFD.",
                                  nullptr, int(std::min<qsizetype>(errors, INT_MAX)))
                      .arg(choice.charset.name);
    }
}

} // namespace

QString TextDecoder::canonicalCharset(const QString &label)
{
    return lookupCharset(label).name;
}

bool TextDecoder::looksBinary(const QByteArray &data)
{
    if (data.isEmpty())
        return false;
    const Bom bom = sniffBom(data);
    if (bom.charset.isUtf16Or32())
        return false;
    return binaryBytes(QByteArrayView(data).sliced(bom.length));
}

Result<DecodedText> TextDecoder::decode(const QByteArray &data, TextKind kind, const QString &declaredCharset)
{
    if (data.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("The file is empty.")};

    auto binaryError = [kind] {
        QString message;
        switch (kind) {
        case TextKind::Html:
            message = tr("The file looks like a binary file, not a web page.");
            break;
        case TextKind::Xml:
            message = tr("The file looks like a binary file, not an XML document.");
            break;
        case TextKind::PlainText:
            message = tr("The file looks like a binary file, not text.");
            break;
        }
        return Error{Error::Code::InvalidArgument, message};
    };

    DecodedText out;
    const QString declaredLabel = declaredCharset.trimmed();
    Charset declared;
    if (!declaredLabel.isEmpty()) {
        declared = lookupCharset(declaredLabel);
        if (!declared.isValid()) {
            out.issues << unknownCharsetText(QStringLiteral("declared"), declaredLabel);
        }
    }

    auto finish = [&out](Choice choice) -> Result<DecodedText> {
        reportDecodingErrors(choice, out.issues);
        out.text = std::move(choice.decoded.text);
        out.charset = choice.charset.name;
        out.source = choice.source;
        return std::move(out);
    };

    const QByteArrayView bytes(data);
    if (const Bom bom = sniffBom(bytes); bom.charset.isValid()) {
        const QByteArrayView body = bytes.sliced(bom.length);
        if (body.isEmpty())
            return Error{Error::Code::InvalidArgument, tr("The file is empty.")};
        if (!bom.charset.isUtf16Or32() && binaryBytes(body))
            return binaryError();
        if (declared.isValid() && !(declared == bom.charset)) {
            out.issues << tr("The byte order mark says %1; the charset %2 named by the Content-Type header "
                             "was ignored.")
                              .arg(bom.charset.name, declared.label);
        }
        return finish({bom.charset, QStringLiteral("bom"), decodeWith(bom.charset, body)});
    }

    if (declared.isUtf16Or32()) {
        // Text in UTF-16 or UTF-32 has NUL bytes in its ASCII characters; without any, the label is wrong.
        if (bytes.first(std::min(bytes.size(), SniffBytes)).contains('\0'))
            return finish({declared, QStringLiteral("declared"), decodeWith(declared, bytes)});
        out.issues << tr("The Content-Type header names the charset %1, but the bytes are not %1; it was "
                         "ignored.")
                          .arg(declared.label);
        declared = {};
    }

    if (binaryBytes(bytes)) {
        if (const Charset utf16 = sniffUtf16WithoutBom(bytes); utf16.isValid())
            return finish({utf16, QStringLiteral("detected"), decodeWith(utf16, bytes)});
        return binaryError();
    }

    const Utf8Scan scan = scanUtf8(bytes, false);
    if (declared.isValid())
        return finish(checkDeclared(declared, QStringLiteral("declared"), bytes, scan, out.issues));

    if (kind == TextKind::Html || kind == TextKind::Xml) {
        const bool html = kind == TextKind::Html;
        const InDocumentDeclaration inDocument = html ? prescanHtml(bytes) : xmlDeclaration(bytes);
        const QString source = html ? QStringLiteral("meta") : QStringLiteral("xml-declaration");
        for (const QByteArray &label : inDocument.unknownLabels) {
            out.issues << unknownCharsetText(source, QString::fromLatin1(label));
        }
        if (inDocument.charset.isValid())
            return finish(checkDeclared(inDocument.charset, source, bytes, scan, out.issues));
    }
    return finish(detect(bytes, scan, false, out.issues));
}

} // namespace Newsdesk
