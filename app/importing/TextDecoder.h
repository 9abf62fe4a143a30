#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk {

/// What the bytes are meant to be; it decides which in-document charset declaration is looked for.
enum class TextKind { Html, PlainText, Xml };

/// Text decoded from raw bytes, with the charset used and how it was chosen.
struct DecodedText
{
    QString text;       ///< The decoded text, without a byte order mark.
    QString charset;    ///< Canonical name of the charset actually used, e.g. "UTF-8", "Shift_JIS".
    QString source;     ///< "bom", "declared", "meta", "xml-declaration", "detected" or "default".
    QStringList issues; ///< Problems that did not stop decoding (translated sentences).
};

/// Turns the bytes of a page, feed or text file into text, whatever charset they are in. Trust goes
/// byte order mark > declared charset (HTTP header) > <meta> (HTML) or <?xml encoding?> (XML) > detection
/// > UTF-8 > windows-1252, and a declaration the bytes contradict is overruled with an issue, because a
/// curator would rather read the article than see mojibake faithful to a misconfigured server.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TextDecoder)

public:
    /// Decodes data as kind; declaredCharset is the charset from the HTTP header or the caller, if any.
    /// Fails only on empty or binary input; bad bytes become U+FFFD plus an issue.
    static Result<DecodedText> decode(const QByteArray &data, TextKind kind,
                                      const QString &declaredCharset = {});

    /// Whether data looks like a binary file (NUL bytes or many control characters in its first 8 KB).
    /// UTF-16/32 text with a byte order mark is not binary.
    static bool looksBinary(const QByteArray &data);

    /// The canonical name for a charset label ("latin1" → "windows-1252", "x-sjis" → "Shift_JIS"), or
    /// an empty string when no decoder knows the label. Case, '-', '_' and spaces in labels do not matter.
    static QString canonicalCharset(const QString &label);
};

} // namespace Newsdesk
