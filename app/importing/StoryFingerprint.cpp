#include "StoryFingerprint.h"

#include <QChar>
#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <bit>

namespace Newsdesk {

namespace {

constexpr int ShingleWords = 3;
// anchorHashes() aims at 16–32 anchors per text, and samples no sparser than one shingle in 32: the
// longer of two versions limits how many anchors they share, and a 1,500-word story trimmed to 400
// words should still share a dozen (at one in 64 it would be six, and miss now and then).
constexpr qsizetype AnchorTarget = 16;
constexpr quint64 MaxAnchorModulus = 32;

// MurmurHash3's 64-bit finaliser: every input bit flips each output bit with probability about one half.
// SimHash needs that of every bit; FNV-1a alone leaves short keys poorly mixed in the high bits.
constexpr quint64 mixed(quint64 value)
{
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return value;
}

quint64 tokenHash(QStringView token)
{
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a 64 over UTF-16 code units
    for (const QChar unit : token) {
        hash ^= unit.unicode();
        hash *= 0x100000001b3ULL;
    }
    return mixed(hash);
}

// Chained rather than XOR-ed, so "a b c" and "c b a" differ and a repeated word does not cancel itself.
quint64 shingleHash(const quint64 *tokens, qsizetype count)
{
    quint64 hash = 0x9e3779b97f4a7c15ULL;
    for (qsizetype i = 0; i < count; ++i)
        hash = mixed(hash ^ tokens[i]);
    return hash;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u02BC' || c == U'\u02BB';
}

// Scripts written without spaces between words: their text is cut into overlapping character pairs.
bool isUnspacedScript(char32_t c)
{
    if (c < 0x0E00) // Thai, the first of them; spares the script lookup for Latin, Greek, Cyrillic, Arabic
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        // The prolonged sound mark ー and the iteration marks are Common, but belong to the kana around them.
        return c >= 0x3005 && c <= 0x30FF && QChar::isLetter(c);
    }
}

struct CodePoint
{
    char32_t value;
    qsizetype length;
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar unit = text.at(i);
    if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(unit, text.at(i + 1)), 2};
    return {unit.unicode(), 1};
}

struct Tokens
{
    QList<quint64> hashes;
    int words = 0;
    int unspacedCharacters = 0;

    int wordCount() const { return words + (unspacedCharacters + 1) / 2; }
};

// Words of the normalised text (single spaces between them), and character pairs in unspaced scripts.
Tokens tokenise(QStringView normalised)
{
    Tokens tokens;
    tokens.hashes.reserve(normalised.size() / 5 + 1);
    qsizetype wordStart = -1;
    qsizetype previousCharacter = -1; // where the previous character of an unspaced run starts
    bool runHasPair = false;

    const auto endWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        tokens.hashes.append(tokenHash(normalised.sliced(wordStart, end - wordStart)));
        ++tokens.words;
        wordStart = -1;
    };
    const auto endRun = [&](qsizetype end) {
        // A lone character between spaces or Latin words is still a word of its own.
        if (previousCharacter >= 0 && !runHasPair)
            tokens.hashes.append(tokenHash(normalised.sliced(previousCharacter, end - previousCharacter)));
        previousCharacter = -1;
        runHasPair = false;
    };

    for (qsizetype i = 0; i < normalised.size();) {
        const CodePoint c = codePointAt(normalised, i);
        if (c.value == U' ') {
            endWord(i);
            endRun(i);
        } else if (isUnspacedScript(c.value)) {
            endWord(i);
            if (previousCharacter >= 0) {
                tokens.hashes.append(
                    tokenHash(normalised.sliced(previousCharacter, i + c.length - previousCharacter)));
                runHasPair = true;
            }
            previousCharacter = i;
            ++tokens.unspacedCharacters;
        } else {
            endRun(i);
            if (wordStart < 0)
                wordStart = i;
        }
        i += c.length;
    }
    endWord(normalised.size());
    endRun(normalised.size());
    return tokens;
}

struct Shingles
{
    QList<quint64> hashes; // sorted, distinct
    int wordCount = 0;
};

Shingles shinglesOfNormalised(QStringView normalised)
{
    const Tokens tokens = tokenise(normalised);
    Shingles shingles;
    shingles.wordCount = tokens.wordCount();
    const qsizetype count = tokens.hashes.size();
    if (count == 0)
        return shingles;
    // A text shorter than one shingle is a single shingle of what it has.
    const qsizetype width = std::min<qsizetype>(ShingleWords, count);
    shingles.hashes.reserve(count - width + 1);
    for (qsizetype i = 0; i + width <= count; ++i)
        shingles.hashes.append(shingleHash(tokens.hashes.constData() + i, width));
    std::sort(shingles.hashes.begin(), shingles.hashes.end());
    shingles.hashes.erase(std::unique(shingles.hashes.begin(), shingles.hashes.end()), shingles.hashes.end());
    return shingles;
}

// Byte k of spreadBits[x] is bit k of x: adding it adds each of the 8 bits to its own 8-bit counter.
constexpr std::array<quint64, 256> spreadBits = [] {
    std::array<quint64, 256> table{};
    for (quint64 x = 0; x < 256; ++x) {
        for (int bit = 0; bit < 8; ++bit)
            table[x] |= ((x >> bit) & 1U) << (8 * bit);
    }
    return table;
}();

// Over distinct shingles, so a paragraph of boilerplate repeated at the top and bottom weighs once.
// Counting 8 bits per addition in byte-wide lanes made this the cheap part instead of the costliest.
quint64 simHashOf(const QList<quint64> &shingles)
{
    if (shingles.isEmpty())
        return 0;
    std::array<qsizetype, 64> ones{};
    std::array<quint64, 8> lanes{};
    const auto flushLanes = [&] {
        for (int byte = 0; byte < 8; ++byte) {
            for (int bit = 0; bit < 8; ++bit)
                ones[8 * byte + bit] += qsizetype((lanes[byte] >> (8 * bit)) & 0xff);
            lanes[byte] = 0;
        }
    };
    qsizetype inLanes = 0;
    for (const quint64 shingle : shingles) {
        for (int byte = 0; byte < 8; ++byte)
            lanes[byte] += spreadBits[(shingle >> (8 * byte)) & 0xff];
        if (++inLanes == 255) { // a lane counts to 255 before it would carry into the next
            flushLanes();
            inLanes = 0;
        }
    }
    flushLanes();
    quint64 hash = 0;
    const qsizetype total = shingles.size();
    for (int bit = 0; bit < 64; ++bit) {
        if (2 * ones[bit] > total)
            hash |= quint64(1) << bit;
    }
    return hash;
}

QList<qint64> anchorsOf(const QList<quint64> &shingles)
{
    const quint64 wanted = quint64(shingles.size() / AnchorTarget);
    const quint64 modulus =
        std::clamp<quint64>(std::bit_floor(std::max<quint64>(wanted, 1)), 1, MaxAnchorModulus);
    QList<qint64> anchors;
    anchors.reserve(shingles.size() / qsizetype(modulus) + 4);
    for (const quint64 shingle : shingles) {
        // Chosen by the low bits, stored as 31 high ones: SQLite keeps an integer below 2^31 in 4 bytes
        // instead of 8, and a chance match among a few million anchors stays rare (and one is no candidate).
        if ((shingle & (modulus - 1)) == 0)
            anchors.append(qint64(shingle >> 33));
    }
    return anchors;
}

QByteArray hashOfNormalised(const QString &normalised)
{
    if (normalised.isEmpty())
        return {};
    return QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex();
}

qsizetype sharedCount(const QList<quint64> &a, const QList<quint64> &b)
{
    qsizetype shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

} // namespace

QString StoryFingerprint::normalisedText(const QString &bodyText)
{
    const QString folded = bodyText.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Written through a pointer: QString::append per character was most of the time spent here. Only ß
    // grows (to "ss"), so twice the input always fits.
    QString result(folded.size() * 2, Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(result.data());
    char16_t *out = begin;
    bool pendingSpace = false;
    const auto appendWordPart = [&](char32_t c) {
        if (pendingSpace) {
            *out++ = u' ';
            pendingSpace = false;
        }
        if (QChar::requiresSurrogates(c)) {
            *out++ = QChar::highSurrogate(c);
            *out++ = QChar::lowSurrogate(c);
        } else {
            *out++ = char16_t(c);
        }
    };
    for (qsizetype i = 0; i < folded.size();) {
        const CodePoint c = codePointAt(folded, i);
        i += c.length;
        // ASCII, most of most texts, without the Unicode table lookups; it is lower case already.
        if (c.value < 0x80) {
            if ((c.value >= U'a' && c.value <= U'z') || (c.value >= U'0' && c.value <= U'9'))
                appendWordPart(c.value);
            else if (c.value != U'\'')
                pendingSpace = out != begin;
            continue;
        }
        // Dropped without a gap: they sit inside words (soft hyphens, zero-width joiners, "don’t").
        if (isApostrophe(c.value) || QChar::category(c.value) == QChar::Other_Format)
            continue;
        if (QChar::isLetterOrNumber(c.value)) {
            if (QChar::category(c.value) == QChar::Number_DecimalDigit) {
                // ٢٠٢٤ and 2024 are the same year.
                appendWordPart(U'0' + char32_t(QChar::digitValue(c.value)));
            } else if (c.value == U'\u00DF' || c.value == U'\u1E9E') {
                // Full case folding, which Qt's simple folding skips: "Straße" and "STRASSE" are one word.
                appendWordPart(U's');
                appendWordPart(U's');
            } else {
                appendWordPart(c.value);
            }
        } else if (QChar::isMark(c.value) && out != begin && !pendingSpace) {
            appendWordPart(c.value);
        } else {
            pendingSpace = out != begin;
        }
    }
    result.truncate(out - begin);
    return result;
}

QByteArray StoryFingerprint::exactTextHash(const QString &bodyText)
{
    return hashOfNormalised(normalisedText(bodyText));
}

quint64 StoryFingerprint::simHash(const QString &bodyText)
{
    return simHashOf(shinglesOfNormalised(normalisedText(bodyText)).hashes);
}

int StoryFingerprint::hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

QList<quint16> StoryFingerprint::simHashBands(quint64 simHash)
{
    constexpr int bandBits = 64 / SimHashBandCount;
    static_assert(bandBits == 16, "bands are quint16");
    QList<quint16> bands;
    bands.reserve(SimHashBandCount);
    for (int band = SimHashBandCount - 1; band >= 0; --band)
        bands.append(quint16(simHash >> (band * bandBits)));
    return bands;
}

QList<qint64> StoryFingerprint::anchorHashes(const QString &bodyText)
{
    return anchorsOf(shinglesOfNormalised(normalisedText(bodyText)).hashes);
}

StoryFingerprint::IndexKeys StoryFingerprint::indexKeys(const QString &bodyText)
{
    const QString normalised = normalisedText(bodyText);
    const Shingles shingles = shinglesOfNormalised(normalised);
    IndexKeys keys;
    keys.exactHash = hashOfNormalised(normalised);
    keys.simHash = simHashOf(shingles.hashes);
    keys.bands = simHashBands(keys.simHash);
    keys.anchors = anchorsOf(shingles.hashes);
    keys.wordCount = shingles.wordCount;
    return keys;
}

StoryFingerprint::Similarity StoryFingerprint::similarity(const QString &bodyA, const QString &bodyB)
{
    const Shingles a = shinglesOfNormalised(normalisedText(bodyA));
    const Shingles b = shinglesOfNormalised(normalisedText(bodyB));
    Similarity result;
    result.shinglesA = int(a.hashes.size());
    result.shinglesB = int(b.hashes.size());
    result.sharedShingles = int(sharedCount(a.hashes, b.hashes));
    if (a.hashes.isEmpty() || b.hashes.isEmpty())
        return result;
    const int smaller = std::min(result.shinglesA, result.shinglesB);
    const int united = result.shinglesA + result.shinglesB - result.sharedShingles;
    result.containment = double(result.sharedShingles) / smaller;
    result.jaccard = double(result.sharedShingles) / united;
    result.simHashDistance = hammingDistance(simHashOf(a.hashes), simHashOf(b.hashes));
    return result;
}

double StoryFingerprint::shingleSimilarity(const QString &bodyA, const QString &bodyB)
{
    return similarity(bodyA, bodyB).containment;
}

bool StoryFingerprint::isSameStory(const QString &bodyA, const QString &bodyB)
{
    const QString normalisedA = normalisedText(bodyA);
    const QString normalisedB = normalisedText(bodyB);
    if (normalisedA.isEmpty() || normalisedB.isEmpty())
        return false;
    if (normalisedA == normalisedB)
        return true;
    const Shingles a = shinglesOfNormalised(normalisedA);
    const Shingles b = shinglesOfNormalised(normalisedB);
    const qsizetype shared = sharedCount(a.hashes, b.hashes);
    const qsizetype smaller = std::min(a.hashes.size(), b.hashes.size());
    // The decision rests on exact shingle overlap, not on SimHash: SimHash is an index key, and trimming
    // alone moves it past any threshold that still keeps other stories out.
    if (std::min(a.wordCount, b.wordCount) < MinimumWordsForNearDuplicate) {
        const qsizetype united = a.hashes.size() + b.hashes.size() - shared;
        return double(shared) >= ShortTextJaccard * double(united);
    }
    return double(shared) >= ContainmentThreshold * double(smaller);
}

} // namespace Newsdesk
