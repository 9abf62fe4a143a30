#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk {

/// Recognises one wire story published by many sites. Exact duplicates share exactTextHash(); near
/// duplicates (another headline, trimmed or extra paragraphs, other boilerplate, light copy-editing) are
/// found in two steps: the store looks candidates up by indexKeys() in SQL, then isSameStory() decides on
/// the few candidates by comparing their word shingles exactly.
///
/// Text is compared as normalisedText(): case-folded, punctuation gone. Shingles are three consecutive
/// words; scripts written without spaces (Chinese, Japanese, Thai…) count each overlapping character
/// pair as a word, so a shingle there is four characters.
class StoryFingerprint
{
public:
    /// Bumped whenever normalisation, shingling or hashing changes: stored keys of an older version no
    /// longer match new ones, so the store must recompute them.
    static constexpr int Version = 1;
    /// SimHashes within this many bits of 64 are near-verbatim copies. Measured on the test stories:
    /// reformatted copy 0 bits, copy-edited 5, Japanese version 8, trimmed 11, re-topped with boilerplate
    /// 15; other stories 29–34. Trimming moves a SimHash as far as a changed word in a brief does (12), so
    /// SimHash is a cheap first key, never the judge. A wider threshold would need more, narrower bands:
    /// 6 bits means 7 bands of 9 bits, about 200 chance candidates per band in 100,000 articles.
    static constexpr int SimHashMaxDistance = 3;
    /// simHashBands() splits 64 bits into this many bands, one more than SimHashMaxDistance, so two
    /// hashes within that distance agree on at least one whole band (pigeonhole).
    static constexpr int SimHashBandCount = SimHashMaxDistance + 1;
    /// The share of the shorter text's shingles that the longer must contain for the same story.
    /// Measured: trimmed, re-topped, copy-edited and Japanese versions 0.88–0.96; a next-day follow-up
    /// quoting two paragraphs 0.35; other stories on the same dispute with the same names 0.07–0.13.
    static constexpr double ContainmentThreshold = 0.5;
    /// Below this many words (two CJK characters counting as one) a text is a brief, a caption or a
    /// teaser: many different stories share that much wording, so only an exact copy counts.
    static constexpr int MinimumWordsForNearDuplicate = 40;
    /// Short texts this similar (Jaccard) are still the same, e.g. a brief with a word added at its end.
    static constexpr double ShortTextJaccard = 0.9;

    /// How two texts compare, for isSameStory() and for a curator-facing "why linked" note.
    struct Similarity
    {
        int shinglesA = 0;
        int shinglesB = 0;
        int sharedShingles = 0;
        /// shared / the smaller set: 1.0 when one text is a trimmed copy of the other.
        double containment = 0.0;
        /// shared / the union: low when one text is much longer, even if it holds all of the other.
        double jaccard = 0.0;
        int simHashDistance = 64;
    };

    /// What the store keeps per article to find its duplicates, computed in one pass over the text.
    struct IndexKeys
    {
        /// Hex SHA-256 of the normalised text; empty when the text has no words.
        QByteArray exactHash;
        quint64 simHash = 0;
        /// simHashBands(simHash), SimHashBandCount of them.
        QList<quint16> bands;
        /// anchorHashes(), 31-bit values.
        QList<qint64> anchors;
        int wordCount = 0;

        /// An empty text has nothing to match: storing its keys would link every empty article.
        bool isEmpty() const { return exactHash.isEmpty(); }
    };

    /// Case-folded (NFKC first, so full-width letters and ligatures fold too), punctuation, quotes, dashes
    /// and whitespace collapsed to single spaces, apostrophes and invisible format characters dropped
    /// ("don’t" = "don't" = "dont"), digits kept and written as ASCII.
    static QString normalisedText(const QString &bodyText);
    /// Hex SHA-256 of normalisedText(); empty for a text without words, which is nobody's duplicate.
    static QByteArray exactTextHash(const QString &bodyText);

    /// A 64-bit SimHash (Charikar) over the distinct shingles; 0 for a text without words.
    static quint64 simHash(const QString &bodyText);
    static int hammingDistance(quint64 a, quint64 b);
    /// The SimHash cut into SimHashBandCount 16-bit bands, most significant first. Index band i in its own
    /// column (or as i << 16 | band in one column) and ask for articles equal in any band: that finds
    /// every SimHash within SimHashMaxDistance bits.
    static QList<quint16> simHashBands(quint64 simHash);

    /// Shingles sampled by their hash being 0 modulo a power of two (16–32 anchors for a wire story, one per
    /// 32 shingles for a long feature), as 31-bit integers. Because they are chosen by value, two versions
    /// of a story share the anchors of the text they share: trimmed or re-topped copies, which SimHash
    /// bands miss, still share many (13–17 of 18 in the tests; other stories 1–5). The moduli nest, so
    /// anchors of texts of any length compare. For the store: a table (anchor, article_id) keyed on both,
    /// and candidates = articles sharing two or more anchors, most shared first.
    static QList<qint64> anchorHashes(const QString &bodyText);

    /// Everything the store indexes: exact hash, SimHash, bands, anchors, word count.
    static IndexKeys indexKeys(const QString &bodyText);

    static Similarity similarity(const QString &bodyA, const QString &bodyB);
    /// Containment of the shingle sets: shared / the smaller set, 0 when either has no words.
    static double shingleSimilarity(const QString &bodyA, const QString &bodyB);

    /// True for the same wire story under another headline, trimmed or with extra paragraphs, other
    /// boilerplate, light copy-editing; false for a different story, even by the same agency about the same
    /// dispute with the same names, and for a follow-up that quotes a few paragraphs of it.
    static bool isSameStory(const QString &bodyA, const QString &bodyB);
};

} // namespace Newsdesk
