#include "SearchSnippet.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Newsdesk {

namespace {

constexpr int SnippetWords = 16;
constexpr int WordsBeforeHit = 4;
constexpr QChar HitStart(0x02);
constexpr QChar HitEnd(0x03);
const QString Ellipsis(QChar(0x2026));

/// The words the curator is looking for, case-folded: phrases split into words, operators and
/// excluded (NOT) words left out.
QStringList searchedWords(const QString &userText)
{
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"?|(\\S+)"));
    static const QRegularExpression wordBreak(QStringLiteral("[^\\w]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    bool excluded = false;
    for (auto it = token.globalMatch(userText); it.hasNext();) {
        const auto match = it.next();
        const QString word = match.captured(2);
        if (word == QLatin1String("OR") || word == QLatin1String("AND")) {
            continue;
        }
        if (word == QLatin1String("NOT")) {
            excluded = true;
            continue;
        }
        if (!excluded)
            for (const QString &part :
                 (word.isEmpty() ? match.captured(1) : word).split(wordBreak, Qt::SkipEmptyParts))
                words << part.toCaseFolded();
        excluded = false;
    }
    return words;
}

struct Word
{
    qsizetype start = -1; ///< -1: there is no such word
    qsizetype end = -1;
};

// The words are found one at a time, forwards from the start or backwards from the first hit: a body of
// a thousand words is read up to its first hit and split no further. Splitting every body of a page of
// results into words (and case-folding each into a new string) was most of a search's time.

/// The first word of text that starts at or after from.
Word nextWord(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && !text.at(i).isLetterOrNumber())
        ++i;
    if (i >= text.size())
        return {};
    const qsizetype start = i;
    while (i < text.size() && text.at(i).isLetterOrNumber())
        ++i;
    return {start, i};
}

/// The last word of text that ends at or before before.
Word previousWord(QStringView text, qsizetype before)
{
    qsizetype i = before;
    while (i > 0 && !text.at(i - 1).isLetterOrNumber())
        --i;
    if (i == 0)
        return {};
    const qsizetype end = i;
    while (i > 0 && text.at(i - 1).isLetterOrNumber())
        --i;
    return {i, end};
}

QStringView wordText(QStringView text, Word word)
{
    return text.mid(word.start, word.end - word.start);
}

/// Whether word starts with one of the searched words; those are case-folded already, and a
/// case-insensitive comparison folds the word as it goes.
bool isHit(QStringView word, const QStringList &searched)
{
    for (const QString &wanted : searched)
        if (word.startsWith(wanted, Qt::CaseInsensitive))
            return true;
    return false;
}

/// For scripts written without spaces: the characters around the first place a searched word occurs.
QString snippetAround(const QString &text, const QStringList &searched)
{
    qsizetype hit = -1;
    qsizetype length = 0;
    for (const QString &wanted : searched) {
        const qsizetype at = text.indexOf(wanted, 0, Qt::CaseInsensitive);
        if (at >= 0 && (hit < 0 || at < hit)) {
            hit = at;
            length = wanted.size();
        }
    }
    if (hit < 0)
        return {};
    const qsizetype from = std::max<qsizetype>(0, hit - 20);
    const qsizetype to = std::min(text.size(), hit + length + 40);
    return (from > 0 ? Ellipsis : QString()) + text.mid(from, hit - from) + HitStart + text.mid(hit, length) +
           HitEnd + text.mid(hit + length, to - hit - length) + (to < text.size() ? Ellipsis : QString());
}

/// The window of words around the first hit in text, or, with no hit and openingIfNoHit, its first words.
QString snippetOf(const QString &text, const QStringList &searched, bool openingIfNoHit)
{
    Word first = nextWord(text, 0);
    while (first.start >= 0 && !isHit(wordText(text, first), searched))
        first = nextWord(text, first.end);
    if (first.start < 0) {
        const QString around = snippetAround(text, searched);
        if (!around.isEmpty() || !openingIfNoHit)
            return around.simplified();
        first = nextWord(text, 0);
        if (first.start < 0)
            return {};
    }

    // Up to WordsBeforeHit words of context before the hit.
    Word from = first;
    for (int i = 0; i < WordsBeforeHit; ++i) {
        const Word previous = previousWord(text, from.start);
        if (previous.start < 0)
            break;
        from = previous;
    }
    QString snippet = previousWord(text, from.start).start >= 0 ? Ellipsis : QString();
    Word word = from;
    Word last;
    for (int i = 0; i < SnippetWords && word.start >= 0; ++i) {
        if (last.start >= 0)
            snippet += QStringView(text).mid(last.end, word.start - last.end);
        const QStringView shown = wordText(text, word);
        if (isHit(shown, searched)) {
            snippet += HitStart;
            snippet += shown;
            snippet += HitEnd;
        } else {
            snippet += shown;
        }
        last = word;
        word = nextWord(text, word.end);
    }
    if (word.start >= 0)
        snippet += Ellipsis;
    else
        snippet += QStringView(text).mid(last.end); // the closing punctuation
    return snippet.simplified();
}

} // namespace

QString searchSnippet(const QStringList &texts, const QString &userText)
{
    const QStringList searched = searchedWords(userText);
    for (const QString &text : texts)
        if (QString snippet = snippetOf(text, searched, false); !snippet.isEmpty())
            return snippet;
    return texts.isEmpty() ? QString() : snippetOf(texts.first(), searched, true);
}

} // namespace Newsdesk
