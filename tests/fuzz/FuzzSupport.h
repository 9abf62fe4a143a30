#pragma once

#include "importing/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace Newsdesk {
class Importer;
class Library;
} // namespace Newsdesk

/// What every fuzz target shares, so that each fuzz_<what>.cpp holds only its entry point.
/// LLVMFuzzerInitialize (FuzzSupport.cpp) creates the QCoreApplication once, silences Qt's messages and
/// checks that the inertness checker still recognises executable HTML before any input runs.
namespace Newsdesk::Fuzz {

/// The input as a QByteArray of its own, as a file read into memory would be.
QByteArray bytes(const std::uint8_t *data, std::size_t size);

/// Ends the run the way a crash does, so libFuzzer keeps the input: a broken property is a finding too.
[[noreturn]] void fail(const QString &property, const QString &detail);

/// Fails when html holds an executable construct (InertHtml); where says which field of which item.
void requireInert(const QString &html, const QString &where);
/// Fails unless html keeps all HtmlSanitizer promises of its output: inert, and well-formed XML.
void requireSanitised(const QString &html, const QString &where);

/// An input named and typed as a file of that type from that address would be.
ImportSource source(const std::uint8_t *data, std::size_t size, const QString &contentType, const QUrl &url);

/// Reads source with importer and finishes every article as ImportFormats::read does once it has chosen
/// that importer, then checks the outcome with requireSafe. canRead is asked too (its sniffing is input
/// handling as well), but read runs whatever it says: a mutated input should reach the parser.
/// Returns the finished outcome, or nothing when the importer refused the source (with a message).
std::optional<ImportOutcome> readWith(const Importer &importer, const ImportSource &source);

/// The whole of an importer's fuzz target: the input read as a file of contentType from url.
template <typename ImporterType>
int readAs(const std::uint8_t *data, std::size_t size, const char *contentType, const char *url)
{
    static const ImporterType importer;
    readWith(importer, source(data, size, QString::fromLatin1(contentType), QUrl(QString::fromLatin1(url))));
    return 0;
}

/// Requires every article body of an outcome to be sanitised, and every comment to be inert (a comment
/// typed as plain text is escaped into paragraphs, not sanitised: it is sanitised when shown).
void requireSafe(const ImportOutcome &outcome);

/// Reads a comment file as `newsdesk-cli comments import --format <formatKey>` does (CommentImport::read)
/// and requires every comment body to be inert; format detection runs on it too. The input's length picks
/// whether spam labels count as statuses, so both ways run.
void readComments(const QString &formatKey, const std::uint8_t *data, std::size_t size,
                  const QString &fileName);

/// A library in a temporary folder, created on first use and kept for the whole run.
Library &library();

} // namespace Newsdesk::Fuzz
