#include "TextFeatures.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <string>

namespace Newsdesk {

namespace {

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

// MurmurHash3's 64-bit finaliser, so that the low bits of short words are as well mixed as the high.
constexpr quint64 mixed(quint64 value)
{
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return value;
}

quint64 hashCodePoints(const char32_t *data, std::size_t size)
{
    quint64 hash = FnvOffset;
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= data[i];
        hash *= FnvPrime;
    }
    return mixed(hash);
}

// Scripts written without spaces between words. A dictionary segmenter would do better for them, but
// overlapping character pairs are what the literature on Chinese and Japanese retrieval found nearly as
// good, and they need no dictionary.
bool isUnspacedScript(char32_t c)
{
    if (c < 0x0E00) // Thai is the first of them; this spares the script lookup for Latin, Cyrillic, Arabic
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

bool isWordPart(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

// Only English: the linear model gives frequent function words of any language weights near zero by
// itself, so this list is about the size of the vocabulary (and so the training time), not accuracy.
constexpr std::array StopWords = {
    u"about", u"after", u"again", u"all",   u"also",   u"am",    u"an",    u"and",   u"any",  u"are",
    u"as",    u"at",    u"be",    u"been",  u"before", u"being", u"but",   u"by",    u"can",  u"could",
    u"did",   u"do",    u"does",  u"for",   u"from",   u"had",   u"has",   u"have",  u"he",   u"her",
    u"here",  u"hers",  u"him",   u"his",   u"how",    u"if",    u"in",    u"into",  u"is",   u"it",
    u"its",   u"just",  u"me",    u"more",  u"most",   u"my",    u"no",    u"not",   u"now",  u"of",
    u"on",    u"one",   u"only",  u"or",    u"other",  u"our",   u"out",   u"over",  u"said", u"says",
    u"she",   u"so",    u"some",  u"such",  u"than",   u"that",  u"the",   u"their", u"them", u"then",
    u"there", u"these", u"they",  u"this",  u"those",  u"to",    u"too",   u"up",    u"us",   u"very",
    u"was",   u"we",    u"were",  u"what",  u"when",   u"where", u"which", u"while", u"who",  u"whom",
    u"why",   u"will",  u"with",  u"would", u"you",    u"your",  u"yours", u"should"};

const std::vector<quint64> &stopWordHashes()
{
    static const std::vector<quint64> hashes = [] {
        std::vector<quint64> result;
        for (const char16_t *word : StopWords)
            result.push_back(TextFeatures::hashTerm(QStringView(word)));
        std::sort(result.begin(), result.end());
        return result;
    }();
    return hashes;
}

bool isStopWord(quint64 hash)
{
    const std::vector<quint64> &hashes = stopWordHashes();
    return std::binary_search(hashes.begin(), hashes.end(), hash);
}

// One pass over the text that hands each term to @p sink as folded code points; termHashes() and terms()
// share it so that what the tests see is exactly what the classifier counts.
template <typename Sink> void scanTerms(QStringView text, bool wordBigrams, Sink &&sink)
{
    std::u32string word;
    bool wordHasLetter = false;
    std::u32string previousWord;
    std::u32string pair;
    char32_t runPrevious = 0; // the last character of the current run of an unspaced script
    int runLength = 0;

    const auto flushWord = [&] {
        if (word.empty())
            return;
        // One-letter words are initials and split-off contractions ("s" of "Japan's"); bare numbers
        // are mostly dates and amounts, which belong to one story and not to a topic.
        const bool keep = word.size() >= 2 && wordHasLetter;
        const quint64 hash = hashCodePoints(word.data(), word.size());
        if (keep && !isStopWord(hash)) {
            sink(word.data(), word.size(), hash);
            if (wordBigrams) {
                if (!previousWord.empty()) {
                    pair = previousWord;
                    pair += U' ';
                    pair += word;
                    sink(pair.data(), pair.size(), hashCodePoints(pair.data(), pair.size()));
                }
                previousWord = word;
            }
        }
        word.clear();
        wordHasLetter = false;
    };
    const auto endRun = [&] {
        if (runLength == 1)
            sink(&runPrevious, 1, hashCodePoints(&runPrevious, 1));
        runLength = 0;
        runPrevious = 0;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (c < 0x80) {
            // ASCII, most of the text of most libraries, without the Unicode tables.
            const bool letter = (c | 0x20) >= U'a' && (c | 0x20) <= U'z';
            if (letter || (c >= U'0' && c <= U'9')) {
                endRun();
                word += letter ? (c | 0x20) : c;
                wordHasLetter = wordHasLetter || letter;
            } else {
                flushWord();
                endRun();
            }
        } else if (isUnspacedScript(c)) {
            flushWord();
            previousWord.clear(); // a word pair across a change of script means nothing
            const char32_t folded = QChar::toCaseFolded(c);
            if (runLength > 0) {
                const std::array<char32_t, 2> bigram = {runPrevious, folded};
                sink(bigram.data(), bigram.size(), hashCodePoints(bigram.data(), bigram.size()));
            }
            runPrevious = folded;
            ++runLength;
        } else if (isWordPart(c)) {
            endRun();
            word += QChar::toCaseFolded(c);
            wordHasLetter = wordHasLetter || QChar::isLetter(c);
        } else {
            flushWord();
            endRun();
        }
    }
    flushWord();
    endRun();
}

} // namespace

std::vector<quint64> TextFeatures::termHashes(QStringView text, bool wordBigrams)
{
    std::vector<quint64> hashes;
    hashes.reserve(std::size_t(text.size() / 6 * (wordBigrams ? 2 : 1)));
    scanTerms(text, wordBigrams,
              [&](const char32_t *, std::size_t, quint64 hash) { hashes.push_back(hash); });
    return hashes;
}

QStringList TextFeatures::terms(QStringView text, bool wordBigrams)
{
    QStringList result;
    scanTerms(text, wordBigrams, [&](const char32_t *data, std::size_t size, quint64) {
        result.append(QString::fromUcs4(data, qsizetype(size)));
    });
    return result;
}

quint64 TextFeatures::hashTerm(QStringView term)
{
    std::u32string codePoints;
    codePoints.reserve(std::size_t(term.size()));
    const qsizetype size = term.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = term[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && term[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(term[i], term[i + 1]);
            ++i;
        }
        codePoints += c;
    }
    return hashCodePoints(codePoints.data(), codePoints.size());
}

} // namespace Newsdesk
