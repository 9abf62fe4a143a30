#include "SyntheticCorpus.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace Newsdesk::Bench {

namespace {

constexpr int PseudoWordCount = 20000;
constexpr int SourceCount = 300;
constexpr int PeopleCount = 1500;
constexpr int PlaceCount = 400;

/// Real news words by topic, the most typical of each topic first (it is drawn most often).
/// Words may appear under several topics; the vocabulary holds each once.
const char *const TopicWords[][20] = {
    {"trade",  "dispute",   "tariff",   "tariffs", "export",  "exports",     "imports",
     "quota",  "sanctions", "customs",  "deficit", "surplus", "negotiators", "retaliation",
     "duties", "goods",     "shipping", "supply",  "wto",     "levies"},
    {"summit",    "talks",    "pact",       "treaty",     "minister",    "diplomats",  "diplomatic",
     "accord",    "alliance", "ambassador", "envoy",      "bilateral",   "delegation", "ceasefire",
     "agreement", "foreign",  "leaders",    "communique", "negotiation", "sherpa"},
    {"election",   "vote",       "results",      "voters",    "ballot",     "campaign",  "candidate",
     "candidates", "poll",       "polls",        "turnout",   "parliament", "coalition", "opposition",
     "majority",   "referendum", "constituency", "incumbent", "elections",  "recount"},
    {"intelligence",     "sharing",   "security",     "defence",   "military",
     "troops",           "spy",       "surveillance", "cyber",     "attack",
     "border",           "nato",      "missile",      "drone",     "classified",
     "counterterrorism", "officials", "threat",       "espionage", "agencies"},
    {"semiconductor", "chips",    "chipmaker",      "software",  "startup",   "data",      "cloud",
     "smartphone",    "network",  "semiconductors", "satellite", "quantum",   "algorithm", "platform",
     "encryption",    "robotics", "wafer",          "foundry",   "broadband", "artificial"},
    {"climate",       "emissions", "carbon",     "warming",       "drought",  "floods",     "renewable",
     "solar",         "wind",      "glacier",    "heatwave",      "wildfire", "climatic",   "biodiversity",
     "deforestation", "methane",   "adaptation", "climatologist", "emission", "climatology"},
    {"economy",   "inflation",    "interest",  "rates",    "bank",   "central", "growth",
     "recession", "unemployment", "jobs",      "budget",   "fiscal", "debt",    "bond",
     "markets",   "stocks",       "investors", "currency", "gdp",    "prices"},
    {"health", "hospital",  "vaccine",   "virus",    "outbreak", "patients", "doctors",
     "nurses", "pandemic",  "disease",   "clinical", "trial",    "drug",     "medicine",
     "cancer", "treatment", "infection", "public",   "care",     "epidemic"},
    {"energy", "oil",  "gas",  "pipeline", "crude", "opec",  "barrel",  "nuclear",  "reactor", "electricity",
     "grid",   "coal", "fuel", "refinery", "lng",   "power", "utility", "hydrogen", "battery", "batteries"},
    {"court",  "judge",  "lawsuit", "prosecutor", "verdict",    "appeal",        "sentence",
     "police", "arrest", "charges", "fraud",      "corruption", "investigation", "supreme",
     "ruling", "lawyer", "jury",    "witness",    "testimony",  "trial"},
    {"match",      "league",   "championship", "cup",     "coach",  "striker", "goal",
     "tournament", "season",   "olympic",      "medal",   "final",  "team",    "players",
     "stadium",    "transfer", "injury",       "victory", "defeat", "title"},
    {"film",    "festival", "museum",    "exhibition", "novel",    "author",  "album",
     "concert", "theatre",  "award",     "director",   "premiere", "gallery", "artist",
     "singer",  "series",   "streaming", "box",        "office",   "critics"},
    {"migrants", "asylum",    "refugees", "border",       "visa",        "deportation", "humanitarian",
     "camp",     "smuggling", "crossing", "resettlement", "citizenship", "immigration", "integration",
     "shelter",  "aid",       "unhcr",    "displaced",    "boats",       "quotas"},
    {"farmers", "harvest",   "wheat",   "grain",      "crops",     "fertiliser", "livestock",
     "drought", "subsidies", "rice",    "maize",      "soybean",   "dairy",      "fishing",
     "food",    "prices",    "exports", "irrigation", "pesticide", "cattle"},
    {"scientists", "study",      "research",  "researchers", "university",  "space",  "rocket",
     "launch",     "mission",    "telescope", "planet",      "discovery",   "genome", "species",
     "laboratory", "experiment", "journal",   "physics",     "astronomers", "fossil"},
};
constexpr int TopicCount = int(std::size(TopicWords));
/// What each group of TopicWords is about, in the same order.
const char *const TopicNames[] = {"Trade",   "Diplomacy", "Elections", "Security",    "Technology",
                                  "Climate", "Economy",   "Health",    "Energy",      "Justice",
                                  "Sport",   "Culture",   "Migration", "Agriculture", "Science"};
static_assert(std::size(TopicNames) == std::size(TopicWords));

const char *const Agencies[] = {"Reuters", "Associated Press", "AFP", "dpa", "Kyodo", "EFE",
                                "ANSA",    "PA Media"};
const char *const OtherLanguages[] = {"de", "fr", "es", "it", "nl", "pt", "sv", "ja"};
const char *const MastheadNouns[] = {"Herald",   "Times",    "Post",     "Gazette",  "Chronicle", "Tribune",
                                     "Observer", "Journal",  "Courier",  "Star",     "Record",    "Standard",
                                     "Review",   "Monitor",  "Express",  "Today",    "Daily",     "Dispatch",
                                     "Sentinel", "Examiner", "Register", "Bulletin", "Mirror",    "Press"};
const char *const DomainEndings[] = {".com", ".com", ".com", ".co.uk", ".net",
                                     ".org", ".de",  ".fr",  ".com.au"};

const char *const Onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "j",  "k",  "l",  "m",
                              "n",  "p",  "r",  "s",  "t",  "v",  "w",  "z",  "br", "cr",
                              "dr", "st", "tr", "pl", "gr", "sh", "th", "ch", "kl", "sk"};
const char *const Nuclei[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io", "y"};
const char *const Codas[] = {"", "", "", "n", "r", "s", "l", "m", "t", "x", "nd", "st", "rk"};

template <typename Array> const char *pick(QRandomGenerator &random, const Array &array)
{
    return array[random.bounded(int(std::size(array)))];
}

/// Cumulative weights of a Zipf-Mandelbrot law over n ranks: weight(r) = 1 / (r + 1 + q)^s.
std::vector<double> zipfCdf(qsizetype n, double s, double q)
{
    std::vector<double> cdf;
    cdf.reserve(n);
    double sum = 0;
    for (qsizetype rank = 0; rank < n; ++rank) {
        sum += 1.0 / std::pow(double(rank) + 1.0 + q, s);
        cdf.push_back(sum);
    }
    return cdf;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

} // namespace

SyntheticCorpus::SyntheticCorpus(quint32 seed)
    : m_random(seed)
{
    // The vocabulary comes from its own generator, so it does not depend on how many articles are drawn.
    QRandomGenerator words(seed ^ 0x5eedu);
    QSet<QString> taken;
    QStringList realWords;
    for (const auto &topic : TopicWords) {
        QStringList list;
        for (const char *word : topic) {
            const QString text = QString::fromLatin1(word);
            list << text;
            if (!taken.contains(text)) {
                taken.insert(text);
                realWords << text;
            }
        }
        m_topics << list;
    }

    auto pseudoWord = [&words](int syllables) {
        QString word;
        for (int i = 0; i < syllables; ++i) {
            word += QLatin1String(pick(words, Onsets));
            word += QLatin1String(pick(words, Nuclei));
        }
        word += QLatin1String(pick(words, Codas));
        return word;
    };
    // Frequent words are short, as in any language; rare ones are long.
    QList<std::pair<double, QString>> ranked;
    ranked.reserve(PseudoWordCount + realWords.size());
    for (int rank = 0; ranked.size() < PseudoWordCount;) {
        const int syllables = rank < 120 ? 1 : rank < 3000 ? 2 + words.bounded(2) : 2 + words.bounded(3);
        const QString word = pseudoWord(syllables);
        if (taken.contains(word))
            continue;
        taken.insert(word);
        ranked.append({double(rank), word});
        ++rank;
    }
    // Real words also occur outside their topics, each at a log-uniform rank between 400 and 15,000.
    for (const QString &word : std::as_const(realWords)) {
        const double rank =
            std::exp(std::log(400.0) + words.generateDouble() * (std::log(15000.0) - std::log(400.0)));
        ranked.append({rank + 0.5, word});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(ranked))
        m_vocabulary << entry.second;
    m_vocabularyCdf = zipfCdf(m_vocabulary.size(), 1.0, 2.7);
    m_topicWordCdf = zipfCdf(20, 1.0, 0.0);

    auto properName = [&](int syllables) { return capitalised(pseudoWord(syllables)); };
    QSet<QString> sourceNames;
    while (m_sources.size() < SourceCount) {
        const QString stem = properName(2 + words.bounded(2));
        const QString noun = QLatin1String(pick(words, MastheadNouns));
        QString name;
        switch (words.bounded(3)) {
        case 0:
            name = QStringLiteral("The %1 %2").arg(stem, noun);
            break;
        case 1:
            name = QStringLiteral("%1 %2").arg(stem, noun);
            break;
        default:
            name = stem + QStringLiteral(" News");
            break;
        }
        if (sourceNames.contains(name))
            continue;
        sourceNames.insert(name);
        m_sources << name;
        m_domains << (stem + noun).toLower() + QLatin1String(pick(words, DomainEndings));
    }
    // A few big outlets publish most of the stories.
    m_sourceCdf = zipfCdf(m_sources.size(), 0.9, 5.0);
    for (int i = 0; i < PeopleCount; ++i)
        m_people << properName(1 + words.bounded(2)) + QLatin1Char(' ') + properName(2 + words.bounded(2));
    for (int i = 0; i < PlaceCount; ++i)
        m_places << properName(2 + words.bounded(2));
}

qsizetype SyntheticCorpus::zipfIndex(const std::vector<double> &cumulative)
{
    const double target = m_random.generateDouble() * cumulative.back();
    const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), target);
    return std::min<qsizetype>(it - cumulative.cbegin(), qsizetype(cumulative.size()) - 1);
}

QString SyntheticCorpus::backgroundWord()
{
    return m_vocabulary.at(zipfIndex(m_vocabularyCdf));
}

QString SyntheticCorpus::topicWord(int topic)
{
    return m_topics.at(topic).at(zipfIndex(m_topicWordCdf));
}

QString SyntheticCorpus::bodyWord(const QList<int> &topics, double topicShare)
{
    if (topics.isEmpty() || m_random.generateDouble() >= topicShare)
        return backgroundWord();
    // The first topic is the story's main one: two thirds of the topical words come from it.
    const int topic = topics.size() > 1 && m_random.bounded(3) == 0 ? topics.at(1) : topics.at(0);
    return topicWord(topic);
}

QString SyntheticCorpus::sentence(int words, const QList<int> &topics, double topicShare, int *wordCount)
{
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += i > 3 && i < words - 2 && m_random.bounded(9) == 0 ? QStringLiteral(", ")
                                                                       : QStringLiteral(" ");
        text += i == 0 ? capitalised(bodyWord(topics, topicShare)) : bodyWord(topics, topicShare);
    }
    text += QLatin1Char('.');
    if (wordCount)
        *wordCount += words;
    return text;
}

QString SyntheticCorpus::headline(int words, const QList<int> &topics)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << bodyWord(topics, 0.3);
    parts.first() = capitalised(parts.first());
    return parts.join(QLatin1Char(' '));
}

QStringList SyntheticCorpus::topicNames()
{
    QStringList names;
    for (const char *name : TopicNames)
        names << QString::fromLatin1(name);
    return names;
}

Article SyntheticCorpus::nextArticle(QList<int> *topicsOut)
{
    ++m_serial;
    Article article;
    QList<int> topics{int(m_random.bounded(TopicCount))};
    if (m_random.bounded(100) < 35) {
        const int second = int(m_random.bounded(TopicCount));
        if (second != topics.first())
            topics << second;
    }

    article.title = headline(6 + m_random.bounded(9), topics);
    article.dek = sentence(16 + m_random.bounded(9), topics, 0.1, nullptr);

    const qsizetype source = zipfIndex(m_sourceCdf);
    article.source = m_sources.at(source);
    const QString domain = m_domains.at(source);
    const int bylineKind = m_random.bounded(100);
    if (bylineKind < 70)
        article.byline = QStringLiteral("By ") + m_people.at(m_random.bounded(int(m_people.size())));
    else if (bylineKind < 85)
        article.byline = QStringLiteral("By %1 and %2")
                             .arg(m_people.at(m_random.bounded(int(m_people.size()))),
                                  m_people.at(m_random.bounded(int(m_people.size()))));
    if (m_random.bounded(100) < 30)
        article.agency = QLatin1String(pick(m_random, Agencies));
    if (m_random.bounded(100) < 50)
        article.dateline = m_places.at(m_random.bounded(int(m_places.size()))).toUpper();
    article.language =
        m_random.bounded(100) < 92 ? QStringLiteral("en") : QLatin1String(pick(m_random, OtherLanguages));

    // Three years of news up to a fixed day, so the library is the same whenever it is built.
    const qint64 end = QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = qint64(3) * 365 * 24 * 3600;
    const qint64 published = end - qint64(m_random.generateDouble() * double(span));
    if (m_random.bounded(100) >= 4)
        article.publishedAt = QDateTime::fromSecsSinceEpoch(published, Qt::UTC);
    article.importedAt = QDateTime::fromSecsSinceEpoch(published + m_random.bounded(48 * 3600), Qt::UTC);

    QStringList slug = article.title.toLower().split(QLatin1Char(' ')).mid(0, 6);
    article.url =
        QStringLiteral("https://%1/%2/%3-%4")
            .arg(domain,
                 article.publishedAt.isValid() ? article.publishedAt.toString(QStringLiteral("yyyy/MM"))
                                               : QStringLiteral("news"),
                 slug.join(QLatin1Char('-')))
            .arg(m_serial);
    if (m_random.bounded(100) < 80)
        article.canonicalUrl = article.url;
    if (m_random.bounded(100) < 60) {
        article.imageUrl = QStringLiteral("https://%1/images/%2.jpg").arg(domain).arg(m_serial);
        article.imageCaption = sentence(8 + m_random.bounded(8), topics, 0.2, nullptr);
        article.imageCredit =
            QStringLiteral("Photo: ") +
            (article.agency.isEmpty() ? m_people.at(m_random.bounded(int(m_people.size()))) : article.agency);
    }

    const int targetWords = 250 + m_random.bounded(651);
    int words = 0;
    QStringList paragraphs;
    QString html;
    html.reserve(targetWords * 9);
    while (words < targetWords) {
        QStringList sentences;
        const int count = 2 + m_random.bounded(4);
        for (int i = 0; i < count && words < targetWords; ++i)
            sentences << sentence(std::min(8 + int(m_random.bounded(21)), std::max(3, targetWords - words)),
                                  topics, 0.06, &words);
        const QString paragraph = sentences.join(QLatin1Char(' '));
        paragraphs << paragraph;
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
    }
    article.bodyHtml = html;
    article.bodyText = paragraphs.join(QStringLiteral("\n\n"));
    article.wordCount = words;

    const int status = m_random.bounded(100);
    article.status = status < 55   ? ArticleStatus::New
                     : status < 80 ? ArticleStatus::Reviewed
                     : status < 90 ? ArticleStatus::Selected
                                   : ArticleStatus::Rejected;
    if (m_random.bounded(100) < 5)
        article.note = sentence(5 + m_random.bounded(10), topics, 0.2, nullptr);
    if (m_random.bounded(100) < 1)
        article.trashedAt = article.importedAt.addDays(1);
    if (topicsOut)
        *topicsOut = topics;
    return article;
}

QList<Article> SyntheticCorpus::nextBatch(int count)
{
    QList<Article> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i)
        batch << nextArticle();
    return batch;
}

QList<TaggedArticle> SyntheticCorpus::nextTaggedBatch(int count)
{
    QList<TaggedArticle> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        TaggedArticle tagged;
        tagged.article = nextArticle(&tagged.topics);
        batch << tagged;
    }
    return batch;
}

} // namespace Newsdesk::Bench
