#pragma once

#include "ImportTypes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Newsdesk {

/// A page saved as one MHTML file ("save as single file"), split into its HTML and what came with it.
struct MhtmlDocument
{
    QByteArray html; ///< The main part, transfer encoding undone, charset not decoded.
    QString charset; ///< The main part's Content-Type charset as written; empty if none.
    QUrl url;        ///< Content-Location of the main part (else of the snapshot).
    QList<ExtractedResource>
        resources;      ///< The other parts (images, CSS, frames), by Content-Location or cid:.
    QStringList issues; ///< Problems that did not stop reading (translated sentences).
};

/// Reads MHTML (RFC 2557 multipart/related, as Chrome's "Save as single file", Internet Explorer, Word and
/// browser extensions write it). It undoes the transfer encodings but leaves charsets to TextDecoder.
/// Nothing half-lands: a file cut off inside its page is an Error; one cut off after it loses the cut part.
class MhtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MhtmlReader)

public:
    /// Parts that would decode to more than this are refused, so a hostile file cannot exhaust memory.
    static constexpr qsizetype MaxPartBytes = 100 * 1024 * 1024;

    /// Whether data starts like an MHTML file: MIME headers with MIME-Version and multipart/related.
    static bool canRead(const QByteArray &data);

    /// Splits data into the main HTML part and resources; maxPartBytes is lowered by tests.
    static Result<MhtmlDocument> read(const QByteArray &data, qsizetype maxPartBytes = MaxPartBytes);
};

} // namespace Newsdesk
