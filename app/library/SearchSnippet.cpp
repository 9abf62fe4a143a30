#include "SearchSnippet.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

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
    qsizetype start;
    qsizetype end;
};

QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

bool isHit(QStringView word, const QStringList &searched)
{
    const QString folded = word.toString().toCaseFolded();
    for (const QString &wanted : searched)
        if (folded.startsWith(wanted))
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
    const QList<Word> words = wordsOf(text);
    qsizetype first = -1;
    for (qsizetype i = 0; i < words.size() && first < 0; ++i)
        if (isHit(QStringView(text).mid(words[i].start, words[i].end - words[i].start), searched))
            first = i;
    if (first < 0) {
        const QString around = snippetAround(text, searched);
        if (!around.isEmpty() || !openingIfNoHit)
            return around.simplified();
        first = 0;
    }
    if (words.isEmpty())
        return {};

    const qsizetype from = std::max<qsizetype>(0, first - WordsBeforeHit);
    const qsizetype to = std::min<qsizetype>(words.size(), from + SnippetWords);
    QString snippet = from > 0 ? Ellipsis : QString();
    for (qsizetype i = from; i < to; ++i) {
        const QStringView word = QStringView(text).mid(words[i].start, words[i].end - words[i].start);
        if (i > from)
            snippet += QStringView(text).mid(words[i - 1].end, words[i].start - words[i - 1].end);
        if (isHit(word, searched))
            snippet += HitStart + word.toString() + HitEnd;
        else
            snippet += word;
    }
    if (to < words.size())
        snippet += Ellipsis;
    else
        snippet += QStringView(text).mid(words[to - 1].end); // the closing punctuation
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
