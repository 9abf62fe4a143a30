#pragma once

#include "core/Article.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

namespace Newsdesk::Bench {

/// An article with the topics its words were drawn from, the main one first (indexes into
/// SyntheticCorpus::topicNames()): the truth a benchmark tags it with.
struct TaggedArticle
{
    Article article;
    QList<int> topics;
};

/// Deterministic synthetic news for the benchmark: bodies drawn from a Zipf-distributed vocabulary
/// of generated pseudo-words plus real news words grouped by topic, so that typical searches
/// ("trade dispute", "summit") hit a realistic share of the articles. The same seed always gives
/// the same articles, so two libraries filled with it are comparable.
class SyntheticCorpus
{
public:
    /// The seed every benchmark fills its library with, so that their libraries hold the same articles.
    static constexpr quint32 BenchSeed = 20240611;

    explicit SyntheticCorpus(quint32 seed);

    /// The next count articles of the sequence.
    QList<Article> nextBatch(int count);
    /// The same sequence as nextBatch(), each article with its topics.
    QList<TaggedArticle> nextTaggedBatch(int count);

    /// The names of the topics the articles' words are drawn from, by index ("Trade", "Elections", …).
    static QStringList topicNames();

    /// How many distinct words the bodies draw from.
    qsizetype vocabularySize() const { return m_vocabulary.size(); }

private:
    /// A draw from a Zipf distribution given by its cumulative weights.
    qsizetype zipfIndex(const std::vector<double> &cumulative);
    QString backgroundWord();
    QString topicWord(int topic);
    /// A word of running text: mostly background, sometimes from one of the article's topics.
    QString bodyWord(const QList<int> &topics, double topicShare);
    /// Words with the first letter capitalised and a full stop, as a sentence reads.
    QString sentence(int words, const QList<int> &topics, double topicShare, int *wordCount);
    QString headline(int words, const QList<int> &topics);
    Article nextArticle(QList<int> *topicsOut = nullptr);

    QRandomGenerator m_random;
    QStringList m_vocabulary;            ///< Pseudo-words and real words, by Zipf rank.
    std::vector<double> m_vocabularyCdf; ///< Cumulative Zipf weights over m_vocabulary.
    QList<QStringList> m_topics;         ///< Real news words per topic, most typical first.
    std::vector<double> m_topicWordCdf;  ///< Cumulative Zipf weights over a topic's words.
    QStringList m_sources;               ///< Site names, by how much they publish.
    QStringList m_domains;               ///< The web domain of each source.
    std::vector<double> m_sourceCdf;
    QStringList m_people;
    QStringList m_places;
    qint64 m_serial = 0;
};

} // namespace Newsdesk::Bench
