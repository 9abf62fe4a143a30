#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Newsdesk {

class Library;

/// One live article as the curator tagged it: what a topic classifier learns from.
struct LabelledArticle
{
    qint64 id = 0;
    QString text;            ///< title, dek and body text, as TopicEvidence::classifierText() joins them
    QList<qint64> confirmed; ///< tagged by hand or accepted from a suggestion (not by rules)
    QList<qint64> rejected;  ///< suggestions the curator turned down
    QList<qint64> tagged;    ///< every topic it has, rules' included
};

/// Reads the curator's tagging evidence in a few set-based queries, for training and for suggesting.
/// Rule tags are not evidence: a rule's mistakes would teach the classifier to repeat them.
class TopicEvidence
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TopicEvidence)

public:
    explicit TopicEvidence(Library &library)
        : m_library(library)
    {
    }

    /// The characters of an article a classifier reads (TopicClassifier::MaxTextLength, which library
    /// code does not include): texts are cut here already, so that no longer one is ever held.
    static constexpr int MaxTextLength = 6000;
    /// The labelled articles a classifier learns from at most: the newest, as recent tagging says most
    /// about today's topics. All 40,000 of a newsroom's took 570 MB to hold and train on; 12,000 is above
    /// the 10,000 its quality is measured at (newsdesk-bench-topics) and keeps training near 60 MB.
    static constexpr int MaxTrainingArticles = 12000;

    /// The text a classifier sees of an article: its first MaxTextLength characters.
    static QString classifierText(const QString &title, const QString &dek, const QString &bodyText);

    /// The newest MaxTrainingArticles live articles with a confirmed tag or a rejection, oldest first.
    /// @p cancelled is polled between rows.
    Result<QList<LabelledArticle>> labelledArticles(const std::function<bool()> &cancelled = {}) const;
    /// The same articles handed to @p use one at a time and not kept, so that a trainer can turn each
    /// text into what it needs while the next is read.
    Status forEachLabelledArticle(const std::function<void(LabelledArticle &&)> &use,
                                  const std::function<bool()> &cancelled = {}) const;

    /// The articles to suggest topics for: these ids (trashed ones too, when named), or when none are
    /// given, all live articles (allArticles) or the live ones no curator has tagged (rule tags aside).
    Result<QList<LabelledArticle>> articlesToSuggestFor(const QList<qint64> &ids, bool allArticles) const;

    /// The topics an article already has (any origin) and those rejected for it: never suggested again.
    Result<QList<qint64>> excludedTopics(qint64 articleId) const;

private:
    Result<QList<LabelledArticle>> readArticles(const QString &condition, const QList<qint64> &ids,
                                                const std::function<bool()> &cancelled) const;
    Status fillLabels(QList<LabelledArticle> &articles) const;

    Library &m_library;
};

} // namespace Newsdesk
