#include "TopicRules.h"

#include "core/Article.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringMatcher>

#include <array>
#include <utility>
#include <vector>

namespace Newsdesk {

namespace RuleEngineDetail {

namespace {

enum FieldIndex : int { TitleIndex, DekIndex, BodyIndex, BylineIndex, SourceIndex, FieldCount };
constexpr unsigned AllFields = (1u << FieldCount) - 1;
constexpr qsizetype MaxPatternLength = 1000;

unsigned fieldMask(TopicRule::Field field)
{
    switch (field) {
    case TopicRule::Field::Any:
        return AllFields;
    case TopicRule::Field::Title:
        return 1u << TitleIndex;
    case TopicRule::Field::Dek:
        return 1u << DekIndex;
    case TopicRule::Field::Body:
        return 1u << BodyIndex;
    case TopicRule::Field::Byline:
        return 1u << BylineIndex;
    case TopicRule::Field::Source:
        return 1u << SourceIndex;
    }
    return AllFields;
}

/// How the tokeniser sees a character: part of a word, between words, or in a script that puts no spaces
/// between words (where a pattern is looked for as a substring instead).
enum class CharClass { Separator, Word, NoSpace };

// Word characters of ASCII, and their case folding, by table: most news text is ASCII.
constexpr std::array<bool, 128> AsciiWord = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return table;
}();
constexpr std::array<char16_t, 128> AsciiFold = [] {
    std::array<char16_t, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return table;
}();

bool isNoSpaceScript(char32_t c)
{
    if (c < 0x0E00) // Thai is the first such script; everything below is written with spaces
        return false;
    // The prolonged sound marks (ー) are "Common" script but only ever written inside Japanese words.
    if (c == 0x30FC || c == 0xFF70)
        return true;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul: // spaced, but particles attach to nouns: 선거 must find 보궐선거에서
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

CharClass classify(char32_t c)
{
    if (c < 0x80)
        return AsciiWord[c] ? CharClass::Word : CharClass::Separator;
    if (isNoSpaceScript(c))
        return CharClass::NoSpace;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Punctuation_Connector:
        return CharClass::Word;
    default:
        // Apostrophes and hyphens separate words on purpose: "pact" must find "pact's", "Japan" "Japan's".
        return CharClass::Separator;
    }
}

/// Calls visit(position, length, class) for each code point of text.
template <typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = data[i];
        char32_t c = unit;
        qsizetype length = 1;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(unit, data[i + 1]);
            length = 2;
        }
        visit(i, length, classify(c));
        i += length;
    }
}

/// A word of a text: where it is, and a hash of its case-folded form to look it up by.
struct Token
{
    qsizetype begin;
    qsizetype end;
    quint64 hash;
};

constexpr quint64 HashBasis = 14695981039346656037ull; // FNV-1a
constexpr quint64 HashPrime = 1099511628211ull;

/// Splits text into maximal runs of word characters, hashing each as it goes; says whether it met a
/// script without spaces. This loop sees every character of every article, so it works on raw UTF-16
/// with a table for ASCII and asks Qt's Unicode tables only about other characters.
/// Word beginnings some rule looks for: their lengths (bit n for n code points) and a filter of their
/// hashes, with the same layout as the first-word filter.
struct PrefixProbe
{
    quint64 lengths = 0;
    const std::array<quint64, 1024> *filter = nullptr;
};

inline bool inFilter(const std::array<quint64, 1024> &filter, quint64 hash)
{
    // Indexed by the top bits of the hash, which FNV mixes best.
    return filter[hash >> 54] & (quint64(1) << ((hash >> 48) & 63));
}

inline void addToFilter(std::array<quint64, 1024> &filter, quint64 hash)
{
    filter[hash >> 54] |= quint64(1) << ((hash >> 48) & 63);
}

/// Pairs of adjacent characters of scripts without spaces, as bits: a substring rule in those scripts
/// runs only where all its pairs are. (Supplementary characters take no part: rare, and still found.)
using PairFilter = std::array<quint64, 64>;

inline quint32 pairSlot(char16_t first, char16_t second)
{
    return ((quint32(first) << 16 | second) * 2654435761u) >> 20; // 12 bits
}

inline bool hasPair(const PairFilter &filter, quint32 slot)
{
    return filter[slot >> 6] & (quint64(1) << (slot & 63));
}

/// What tokenize() learns about a text besides its words.
struct TextScan
{
    bool noSpace = false; ///< It has characters of a script without spaces.
    PairFilter pairs{};
};

void tokenize(QStringView text, std::vector<Token> &tokens, TextScan &scan, const PrefixProbe &probe = {},
              std::vector<quint64> *prefixHits = nullptr)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype start = -1;
    quint64 hash = HashBasis;
    quint64 pending = 0; // the prefix lengths still to come in this word, one bit each
    char16_t previousNoSpace = 0;
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = data[i];
        if (unit < 0x80) {
            previousNoSpace = 0;
            if (AsciiWord[unit]) {
                if (start < 0) {
                    start = i;
                    hash = HashBasis;
                    pending = probe.lengths;
                }
                hash = (hash ^ AsciiFold[unit]) * HashPrime;
                if (pending) {
                    if ((pending & 2) && inFilter(*probe.filter, hash))
                        prefixHits->push_back(hash);
                    pending >>= 1;
                }
            } else if (start >= 0) {
                tokens.push_back({start, i, hash});
                start = -1;
            }
            ++i;
            continue;
        }
        char32_t c = unit;
        qsizetype length = 1;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(unit, data[i + 1]);
            length = 2;
        }
        const CharClass kind = classify(c);
        if (kind == CharClass::NoSpace && length == 1) {
            if (previousNoSpace) {
                const quint32 slot = pairSlot(previousNoSpace, unit);
                scan.pairs[slot >> 6] |= quint64(1) << (slot & 63);
            }
            previousNoSpace = unit;
        } else {
            previousNoSpace = 0;
        }
        if (kind == CharClass::Word) {
            if (start < 0) {
                start = i;
                hash = HashBasis;
                pending = probe.lengths;
            }
            hash = (hash ^ QChar::toCaseFolded(c)) * HashPrime;
            if (pending) {
                if ((pending & 2) && inFilter(*probe.filter, hash))
                    prefixHits->push_back(hash);
                pending >>= 1;
            }
        } else {
            if (kind == CharClass::NoSpace)
                scan.noSpace = true;
            if (start >= 0) {
                tokens.push_back({start, i, hash});
                start = -1;
            }
        }
        i += length;
    }
    if (start >= 0)
        tokens.push_back({start, size, hash});
}

bool containsNoSpaceScript(QStringView text)
{
    for (const QChar c : text) {
        // Every script without spaces lies above U+0E00; surrogates stand for the rarer Han characters.
        if (c.unicode() >= 0x0E00 && (c.isSurrogate() || isNoSpaceScript(c.unicode()))) {
            bool found = false;
            forEachCodePoint(text, [&](qsizetype, qsizetype, CharClass kind) {
                found = found || kind == CharClass::NoSpace;
            });
            return found;
        }
    }
    return false;
}

/// Text that every match of a regular expression contains: the longest run of ASCII letters and digits
/// outside any group, preferring one that must start a word (after \b, \s, a space or punctuation).
struct RequiredLiteral
{
    QString text; ///< Empty when the expression was too clever to tell.
    bool startsWord = false;
};

/// Finds the RequiredLiteral of a pattern. Looking for it first (in the word index, or as a substring)
/// spares running the expression over the many articles that cannot match.
RequiredLiteral requiredLiteral(const QString &pattern)
{
    // Extended mode (whitespace and # comments) and quoting change what a literal is: do not guess.
    static const QRegularExpression unsure(QStringLiteral("\\\\[QE0-9]|\\(\\?[a-zA-Z^-]*x"));
    if (pattern.contains(unsure))
        return {};
    RequiredLiteral anchored;
    RequiredLiteral floating;
    QString run;
    bool runAnchored = false;
    bool anchor = false; // the item just read guarantees that no word character comes before the next
    const auto endRun = [&] {
        RequiredLiteral &best = runAnchored ? anchored : floating;
        if (run.size() > best.text.size())
            best = {run, runAnchored};
        run.clear();
    };
    const qsizetype size = pattern.size();
    // Whether the item ending at i may occur zero times.
    const auto optionalAt = [&](qsizetype i) {
        const QChar next = i + 1 < size ? pattern.at(i + 1) : QChar();
        return next == u'?' || next == u'*' || (next == u'{' && i + 2 < size && pattern.at(i + 2) == u'0');
    };
    int depth = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = pattern.at(i).unicode();
        if (c == u'\\') {
            endRun();
            if (++i >= size)
                break;
            const QChar escaped = pattern.at(i);
            if (i + 1 < size && QStringView(u"pPxgkNo").contains(escaped) &&
                (pattern.at(i + 1) == u'{' || pattern.at(i + 1) == u'<')) {
                const QChar close = pattern.at(i + 1) == u'{' ? u'}' : u'>';
                while (i < size && pattern.at(i) != close)
                    ++i;
            }
            anchor = depth == 0 && QStringView(u"bsW").contains(escaped) && !optionalAt(i);
            continue;
        }
        if (c == u'[') {
            endRun();
            anchor = false;
            // A class: skip to its end, minding a leading ] or ^] and escapes.
            ++i;
            if (i < size && pattern.at(i) == u'^')
                ++i;
            if (i < size && pattern.at(i) == u']')
                ++i;
            while (i < size && pattern.at(i) != u']') {
                if (pattern.at(i) == u'\\')
                    ++i;
                ++i;
            }
            continue;
        }
        if (c == u'(' || c == u')') {
            endRun();
            anchor = false;
            depth += c == u'(' ? 1 : -1;
            continue;
        }
        if (depth != 0)
            continue;
        if (c == u'|')
            return {}; // alternatives at the top: no one literal is required
        const bool literal = c < 0x80 && c != u'_' && AsciiWord[c];
        if (!literal) {
            endRun();
            // A space or punctuation mark (not a metacharacter) ends any word before what follows.
            anchor = c == u'^' || (c < 0x80 && !AsciiWord[c] && !QStringView(u".$*+?{}").contains(QChar(c)) &&
                                   !optionalAt(i));
            continue;
        }
        if (optionalAt(i)) {
            endRun();
            anchor = false;
            continue;
        }
        if (run.isEmpty())
            runAnchored = anchor;
        anchor = false;
        run += QChar(c);
        const QChar next = i + 1 < size ? pattern.at(i + 1) : QChar();
        if (next == u'+' || next == u'{')
            endRun();
    }
    endRun();
    if (anchored.text.size() >= 3)
        return anchored;
    if (floating.text.size() >= 3)
        return floating;
    return {};
}

/// Punctuation between the words of a keyword as a curator types it and as typesetting prints it: any
/// dash is "-", any apostrophe "'", any run of whitespace (line breaks too) one space.
QString normaliseSeparator(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        char16_t unit = c.unicode();
        if ((unit >= 0x2010 && unit <= 0x2015) || unit == 0x2212 || unit == 0xFE63 || unit == 0xFF0D)
            unit = u'-';
        else if (unit == 0x2018 || unit == 0x2019 || unit == 0x02BC || unit == 0xFF07)
            unit = u'\'';
        out += QChar(unit);
    }
    if (space)
        out += u' ';
    return out;
}

} // namespace

/// One rule made ready to match: by words (keywords and phrases in spaced scripts, found through the
/// engine's word index), as a substring (keywords in scripts without spaces), or as a regular expression.
struct CompiledRule
{
    enum class Method { Words, Substring, Regex };

    TopicRule rule;
    int group = 0;
    unsigned fields = AllFields;
    Method method = Method::Words;
    bool literal = false;          ///< A keyword: the text between its words must be the pattern's own.
    bool needsNoSpaceText = false; ///< Only a field with text in a script without spaces can match.
    std::vector<quint32> pairs;    ///< For those: pairs of its characters the text must have (pairSlot()).
    QStringList words;
    quint64 firstWordHash = 0; ///< The first word's hash, as tokenize() computes it.
    QStringList separators;    ///< For a literal: normalised text between word k and k + 1.
    QString prefix; ///< For a literal: normalised punctuation before the first word ("#" of #MeToo).
    QString suffix; ///< For a literal: after the last word ("." of "U.S.").
    QStringMatcher substring;
    QRegularExpression regex;
    /// For a regular expression: text every match contains, looked for before running the expression,
    /// either as the beginning of a word (through the engine's word index) or as a substring.
    enum class Prefilter { None, WordStart, Substring } prefilterKind = Prefilter::None;
    quint64 prefixHash = 0;
    int prefixLength = 0;
    QStringMatcher prefilter;
};

namespace {

QRegularExpression::PatternOptions regexOptions(const TopicRule &rule)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!rule.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return options;
}

/// Fills compiled from rule; returns why it cannot, or an empty string.
QString compileRule(const TopicRule &rule, CompiledRule *compiled)
{
    compiled->rule = rule;
    compiled->fields = fieldMask(rule.field);
    // Stray spaces around a typed keyword are never meant; in a regular expression they might be.
    const QString pattern = rule.kind == TopicRule::Kind::Regex ? rule.pattern : rule.pattern.trimmed();
    if (pattern.isEmpty())
        return TopicRuleMatcher::tr("The rule has no pattern.");
    if (pattern.size() > MaxPatternLength) {
        return TopicRuleMatcher::tr("The pattern “%1…” is longer than %L2 characters.")
            .arg(pattern.left(40))
            .arg(MaxPatternLength);
    }

    if (rule.kind == TopicRule::Kind::Regex) {
        compiled->method = CompiledRule::Method::Regex;
        compiled->regex = QRegularExpression(pattern, regexOptions(rule));
        if (!compiled->regex.isValid()) {
            return TopicRuleMatcher::tr("The regular expression “%1” does not compile: %2 (at character %3).")
                .arg(pattern, compiled->regex.errorString())
                .arg(compiled->regex.patternErrorOffset() + 1);
        }
        // A pattern that can match nothing at all (x*, \b, ^) would put the topic on every article.
        static const QString sample = QStringLiteral("The quick brown fox, 1 2 3.");
        const QRegularExpressionMatch onSample = compiled->regex.match(sample);
        if (compiled->regex.match(QString()).hasMatch() ||
            (onSample.hasMatch() && onSample.capturedLength() == 0)) {
            return TopicRuleMatcher::tr(
                       "The regular expression “%1” matches empty text, so it would match every "
                       "article.")
                .arg(pattern);
        }
        compiled->regex.optimize();
        // Case-insensitively even for a case-sensitive rule: (?i) inside the pattern may ask for it.
        if (const RequiredLiteral literal = requiredLiteral(pattern);
            literal.startsWord && literal.text.size() < 64) {
            std::vector<Token> tokens;
            TextScan scan;
            tokenize(literal.text, tokens, scan);
            compiled->prefilterKind = CompiledRule::Prefilter::WordStart;
            compiled->prefixHash = tokens.front().hash;
            compiled->prefixLength = int(literal.text.size());
        } else if (!literal.text.isEmpty()) {
            compiled->prefilterKind = CompiledRule::Prefilter::Substring;
            compiled->prefilter = QStringMatcher(literal.text, Qt::CaseInsensitive);
        }
        return {};
    }

    std::vector<Token> tokens;
    TextScan scan;
    tokenize(pattern, tokens, scan);

    if (scan.noSpace) {
        compiled->needsNoSpaceText = true;
        // The first few pairs are enough to rule out nearly every text without the pattern.
        char16_t previous = 0;
        forEachCodePoint(pattern, [&](qsizetype position, qsizetype length, CharClass kind) {
            const char16_t unit = pattern.at(position).unicode();
            if (kind == CharClass::NoSpace && length == 1) {
                if (previous && compiled->pairs.size() < 4)
                    compiled->pairs.push_back(pairSlot(previous, unit));
                previous = unit;
            } else {
                previous = 0;
            }
        });
        if (rule.kind == TopicRule::Kind::Keyword) {
            compiled->method = CompiledRule::Method::Substring;
            compiled->substring =
                QStringMatcher(pattern, rule.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
            return {};
        }
        // A phrase in a script without spaces: its parts in sequence, with or without anything between
        // them ("무역 분쟁" finds 무역분쟁 too, as Korean writers space compounds either way).
        QStringList parts;
        QString part;
        forEachCodePoint(pattern, [&](qsizetype position, qsizetype length, CharClass kind) {
            if (kind == CharClass::Separator) {
                if (!part.isEmpty())
                    parts.append(QRegularExpression::escape(std::exchange(part, QString())));
            } else {
                part += QStringView(pattern).sliced(position, length);
            }
        });
        if (!part.isEmpty())
            parts.append(QRegularExpression::escape(part));
        compiled->method = CompiledRule::Method::Regex;
        compiled->regex =
            QRegularExpression(parts.join(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]*")), regexOptions(rule));
        compiled->regex.optimize();
        return {};
    }

    if (tokens.empty()) {
        if (rule.kind == TopicRule::Kind::Phrase)
            return TopicRuleMatcher::tr("The phrase “%1” has no words to look for.").arg(pattern);
        // A keyword of symbols only ("€", an emoji): there are no word boundaries to speak of.
        compiled->method = CompiledRule::Method::Substring;
        compiled->substring =
            QStringMatcher(pattern, rule.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        return {};
    }

    compiled->method = CompiledRule::Method::Words;
    compiled->literal = rule.kind == TopicRule::Kind::Keyword;
    const QStringView view(pattern);
    for (size_t k = 0; k < tokens.size(); ++k) {
        const QStringView word = view.sliced(tokens[k].begin, tokens[k].end - tokens[k].begin);
        compiled->words.append(word.toString());
        if (compiled->literal && k > 0)
            compiled->separators.append(
                normaliseSeparator(view.sliced(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end)));
    }
    compiled->firstWordHash = tokens.front().hash;
    if (compiled->literal) {
        compiled->prefix = normaliseSeparator(view.first(tokens.front().begin));
        compiled->suffix = normaliseSeparator(view.sliced(tokens.back().end));
    }
    return {};
}

/// Whether the Words rule matches the tokens of text starting at token first.
bool matchWordsAt(const CompiledRule &rule, QStringView text, const std::vector<Token> &tokens, size_t first)
{
    const auto count = size_t(rule.words.size());
    if (first + count > tokens.size())
        return false;
    for (size_t k = 0; k < count; ++k) {
        const Token &token = tokens[first + k];
        const QStringView word = text.sliced(token.begin, token.end - token.begin);
        // Even the first word: it was found by a hash, which two words could share.
        if (rule.rule.caseSensitive ? word != rule.words.at(qsizetype(k))
                                    : word.compare(rule.words.at(qsizetype(k)), Qt::CaseInsensitive) != 0)
            return false;
        if (k == 0)
            continue;
        const qsizetype gapBegin = tokens[first + k - 1].end;
        const QStringView gap = text.sliced(gapBegin, token.begin - gapBegin);
        // Between a phrase's words anything but letters (a Han character is a word of its own).
        if (rule.literal ? normaliseSeparator(gap) != rule.separators.at(qsizetype(k - 1))
                         : containsNoSpaceScript(gap))
            return false;
    }
    if (!rule.literal)
        return true;
    if (!rule.prefix.isEmpty()) {
        const qsizetype runBegin = first > 0 ? tokens[first - 1].end : 0;
        const QString run = normaliseSeparator(text.sliced(runBegin, tokens[first].begin - runBegin));
        // All of the run is the prefix and a word comes before it: "x#MeToo" is not "#MeToo".
        if (!run.endsWith(rule.prefix) || (run.size() == rule.prefix.size() && first > 0))
            return false;
    }
    if (!rule.suffix.isEmpty()) {
        const size_t next = first + count;
        const qsizetype runBegin = tokens[next - 1].end;
        const qsizetype runEnd = next < tokens.size() ? tokens[next].begin : text.size();
        const QString run = normaliseSeparator(text.sliced(runBegin, runEnd - runBegin));
        if (!run.startsWith(rule.suffix) || (run.size() == rule.suffix.size() && next < tokens.size()))
            return false;
    }
    return true;
}

} // namespace

/// Every rule of one or many topics, indexed so that a text is tokenised once and each of its words costs
/// one hash lookup however many rules there are. Regular expressions and substrings run afterwards, and
/// only for topics that have not matched already.
class Engine
{
public:
    enum class Mode { FirstPerTopic, EveryRule };

    /// Returns why a rule cannot be compiled (naming the topic when there are several), or an empty string.
    QString build(const QList<QList<TopicRule>> &groups, bool nameTopics)
    {
        m_groupCount = int(groups.size());
        for (int group = 0; group < m_groupCount; ++group) {
            if (!groups.at(group).isEmpty())
                ++m_groupsWithRules;
            for (const TopicRule &rule : groups.at(group)) {
                CompiledRule compiled;
                if (QString problem = compileRule(rule, &compiled); !problem.isEmpty())
                    return nameTopics ? TopicRuleSet::tr("Topic %1: %2").arg(group + 1).arg(problem)
                                      : problem;
                compiled.group = group;
                add(std::move(compiled));
            }
        }
        return {};
    }

    int groupCount() const { return m_groupCount; }
    int ruleCount() const { return int(m_rules.size()); }
    const CompiledRule &rule(int index) const { return m_rules[size_t(index)]; }

    /// Marks in ruleHit the rules that match and in topicHit the topics. FirstPerTopic stops looking at a
    /// topic once one of its rules matched; onlyGroup >= 0 looks at that topic alone.
    void run(const RuleTarget &target, Mode mode, int onlyGroup, std::vector<char> &ruleHit,
             std::vector<char> &topicHit) const
    {
        ruleHit.assign(m_rules.size(), 0);
        topicHit.assign(size_t(m_groupCount), 0);
        int left = m_groupsWithRules;
        if (onlyGroup >= 0)
            left = onlyGroup < m_groupCount ? 1 : 0;
        if (left == 0 || m_rules.empty())
            return;
        const bool every = mode == Mode::EveryRule;
        const auto wanted = [&](int index) {
            const CompiledRule &rule = m_rules[size_t(index)];
            return !ruleHit[size_t(index)] && (onlyGroup < 0 || rule.group == onlyGroup) &&
                   (every || !topicHit[size_t(rule.group)]);
        };
        // Records a match; true when nothing is left to look for.
        const auto record = [&](int index) {
            ruleHit[size_t(index)] = 1;
            char &topic = topicHit[size_t(m_rules[size_t(index)].group)];
            if (!topic) {
                topic = 1;
                --left;
            }
            return !every && left == 0;
        };

        const std::array<QStringView, FieldCount> fields{target.title, target.dek, target.body, target.byline,
                                                         target.source};
        // What tokenising each field found out; a field not tokenised is scanned when a rule needs to know.
        std::array<TextScan, FieldCount> scans;
        std::array<bool, FieldCount> scanned{};

        // For each regular expression (by position in m_regexRules), the fields where the word it needs
        // begins one.
        std::vector<unsigned char> regexFields(m_regexRules.size(), 0);
        if (m_wordFields | m_prefixFields) {
            std::vector<Token> tokens;
            tokens.reserve(1024);
            std::vector<quint64> prefixHits;
            const PrefixProbe probe{m_prefixLengths, &m_prefixFilter};
            for (int field = 0; field < FieldCount; ++field) {
                const QStringView text = fields[size_t(field)];
                if (text.isEmpty() || !((m_wordFields | m_prefixFields) & (1u << field)))
                    continue;
                tokens.clear();
                prefixHits.clear();
                tokenize(text, tokens, scans[size_t(field)], probe, &prefixHits);
                scanned[size_t(field)] = true;
                for (const quint64 hash : prefixHits) {
                    const auto regexes = m_byPrefix.constFind(hash);
                    if (regexes == m_byPrefix.cend())
                        continue;
                    for (const int position : *regexes)
                        regexFields[size_t(position)] |= (1u << field);
                }
                if (!(m_wordFields & (1u << field)))
                    continue;
                for (size_t i = 0; i < tokens.size(); ++i) {
                    const quint64 hash = tokens[i].hash;
                    // Most words of an article begin no rule: one bit says so without a hash lookup.
                    if (!inFilter(m_firstWordFilter, hash))
                        continue;
                    const auto candidates = m_byFirstWord.constFind(hash);
                    if (candidates == m_byFirstWord.cend())
                        continue;
                    for (const int index : *candidates) {
                        if (!(m_rules[size_t(index)].fields & (1u << field)) || !wanted(index))
                            continue;
                        if (matchWordsAt(m_rules[size_t(index)], text, tokens, i) && record(index))
                            return;
                    }
                }
            }
        }

        const auto fieldMayMatch = [&](const CompiledRule &rule, int field) {
            const QStringView text = fields[size_t(field)];
            if (text.isEmpty() || !(rule.fields & (1u << field)))
                return false;
            if (!rule.needsNoSpaceText)
                return true;
            TextScan &scan = scans[size_t(field)];
            if (!scanned[size_t(field)]) {
                std::vector<Token> ignored;
                tokenize(text, ignored, scan);
                scanned[size_t(field)] = true;
            }
            if (!scan.noSpace)
                return false;
            for (const quint32 pair : rule.pairs) {
                if (!hasPair(scan.pairs, pair))
                    return false;
            }
            return true;
        };
        for (const int index : m_substringRules) {
            if (!wanted(index))
                continue;
            const CompiledRule &rule = m_rules[size_t(index)];
            for (int field = 0; field < FieldCount; ++field) {
                if (fieldMayMatch(rule, field) && rule.substring.indexIn(fields[size_t(field)]) >= 0) {
                    if (record(index))
                        return;
                    break;
                }
            }
        }
        for (size_t position = 0; position < m_regexRules.size(); ++position) {
            const int index = m_regexRules[position];
            if (!wanted(index))
                continue;
            const CompiledRule &rule = m_rules[size_t(index)];
            for (int field = 0; field < FieldCount; ++field) {
                if (!fieldMayMatch(rule, field))
                    continue;
                if (rule.prefilterKind == CompiledRule::Prefilter::WordStart &&
                    !(regexFields[position] & (1u << field)))
                    continue;
                if (rule.prefilterKind == CompiledRule::Prefilter::Substring &&
                    rule.prefilter.indexIn(fields[size_t(field)]) < 0)
                    continue;
                if (rule.regex.match(fields[size_t(field)]).hasMatch()) {
                    if (record(index))
                        return;
                    break;
                }
            }
        }
    }

private:
    std::vector<CompiledRule> m_rules;
    int m_groupCount = 0;
    int m_groupsWithRules = 0;
    // 64 Kibit filters: few false hits even for thousands of words, and a miss costs no hash lookup.
    std::array<quint64, 1024> m_firstWordFilter{};
    QHash<quint64, std::vector<int>> m_byFirstWord; ///< first word's hash → rules
    std::array<quint64, 1024> m_prefixFilter{};
    QHash<quint64, std::vector<int>>
        m_byPrefix; ///< required word beginning's hash → positions in m_regexRules
    quint64 m_prefixLengths = 0;
    unsigned m_prefixFields = 0;
    unsigned m_wordFields = 0;
    std::vector<int> m_substringRules;
    std::vector<int> m_regexRules;

    void add(CompiledRule compiled)
    {
        const int index = int(m_rules.size());
        switch (compiled.method) {
        case CompiledRule::Method::Words: {
            const quint64 hash = compiled.firstWordHash;
            m_byFirstWord[hash].push_back(index);
            addToFilter(m_firstWordFilter, hash);
            m_wordFields |= compiled.fields;
            break;
        }
        case CompiledRule::Method::Substring:
            m_substringRules.push_back(index);
            break;
        case CompiledRule::Method::Regex:
            if (compiled.prefilterKind == CompiledRule::Prefilter::WordStart) {
                m_byPrefix[compiled.prefixHash].push_back(int(m_regexRules.size()));
                addToFilter(m_prefixFilter, compiled.prefixHash);
                m_prefixLengths |= quint64(1) << compiled.prefixLength;
                m_prefixFields |= compiled.fields;
            }
            m_regexRules.push_back(index);
            break;
        }
        m_rules.push_back(std::move(compiled));
    }
};

} // namespace RuleEngineDetail

using RuleEngineDetail::Engine;

RuleTarget RuleTarget::fromArticle(const Article &article)
{
    RuleTarget target;
    target.title = article.title;
    target.dek = article.dek;
    target.body = article.bodyText.isEmpty() ? plainTextFromHtml(article.bodyHtml) : article.bodyText;
    target.byline = article.byline;
    target.source = article.source;
    return target;
}

Result<TopicRuleMatcher> TopicRuleMatcher::compile(const QList<TopicRule> &rules)
{
    auto engine = std::make_shared<Engine>();
    if (const QString problem = engine->build({rules}, false); !problem.isEmpty())
        return Error{Error::Code::InvalidArgument, problem};
    TopicRuleMatcher matcher;
    matcher.m_engine = std::move(engine);
    return matcher;
}

QString TopicRuleMatcher::validate(const TopicRule &rule)
{
    RuleEngineDetail::CompiledRule compiled;
    return RuleEngineDetail::compileRule(rule, &compiled);
}

bool TopicRuleMatcher::matches(const RuleTarget &target) const
{
    if (!m_engine)
        return false;
    std::vector<char> ruleHit;
    std::vector<char> topicHit;
    m_engine->run(target, Engine::Mode::FirstPerTopic, -1, ruleHit, topicHit);
    return topicHit.at(0) != 0;
}

QStringList TopicRuleMatcher::matchedPatterns(const RuleTarget &target) const
{
    QStringList patterns;
    if (!m_engine)
        return patterns;
    std::vector<char> ruleHit;
    std::vector<char> topicHit;
    m_engine->run(target, Engine::Mode::EveryRule, -1, ruleHit, topicHit);
    for (int index = 0; index < m_engine->ruleCount(); ++index) {
        if (ruleHit[size_t(index)])
            patterns.append(m_engine->rule(index).rule.pattern);
    }
    patterns.removeDuplicates();
    return patterns;
}

int TopicRuleMatcher::ruleCount() const
{
    return m_engine ? m_engine->ruleCount() : 0;
}

Result<TopicRuleSet> TopicRuleSet::compile(const QList<QList<TopicRule>> &rulesPerTopic)
{
    auto engine = std::make_shared<Engine>();
    if (const QString problem = engine->build(rulesPerTopic, true); !problem.isEmpty())
        return Error{Error::Code::InvalidArgument, problem};
    TopicRuleSet set;
    set.m_engine = std::move(engine);
    return set;
}

QList<int> TopicRuleSet::matchingTopics(const RuleTarget &target) const
{
    QList<int> topics;
    if (!m_engine)
        return topics;
    std::vector<char> ruleHit;
    std::vector<char> topicHit;
    m_engine->run(target, Engine::Mode::FirstPerTopic, -1, ruleHit, topicHit);
    for (size_t topic = 0; topic < topicHit.size(); ++topic) {
        if (topicHit[topic])
            topics.append(int(topic));
    }
    return topics;
}

QStringList TopicRuleSet::matchedPatterns(int topic, const RuleTarget &target) const
{
    QStringList patterns;
    if (!m_engine || topic < 0 || topic >= m_engine->groupCount())
        return patterns;
    std::vector<char> ruleHit;
    std::vector<char> topicHit;
    m_engine->run(target, Engine::Mode::EveryRule, topic, ruleHit, topicHit);
    for (int index = 0; index < m_engine->ruleCount(); ++index) {
        if (ruleHit[size_t(index)])
            patterns.append(m_engine->rule(index).rule.pattern);
    }
    patterns.removeDuplicates();
    return patterns;
}

int TopicRuleSet::topicCount() const
{
    return m_engine ? m_engine->groupCount() : 0;
}

} // namespace Newsdesk
