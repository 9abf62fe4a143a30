#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

namespace Newsdesk {

/// Cuts article text into the terms the topic classifier counts: case-folded words of two or more
/// characters without stop words or bare numbers, character pairs for scripts written without spaces
/// (Chinese, Japanese, Thai, ...), and optionally pairs of adjacent words.
///
/// Terms are handed out as 64-bit hashes so that the classifier never allocates a string per word; at
/// 64 bits, two terms of one library share a hash with a probability of about 1e-10.
class TextFeatures
{
public:
    /// The hashes of the terms of @p text in reading order (repeats kept, so the caller can count them).
    static std::vector<quint64> termHashes(QStringView text, bool wordBigrams = false);

    /// The terms themselves, for tests and for explaining a suggestion; a word pair is "first second".
    static QStringList terms(QStringView text, bool wordBigrams = false);

    /// The hash termHashes() gives @p term, which must already be case-folded.
    static quint64 hashTerm(QStringView term);
};

} // namespace Newsdesk
