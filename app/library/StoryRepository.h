#pragma once

#include "core/Article.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Newsdesk {

class Library;

/// Another site's copy of a story: a near-duplicate linked to the article first seen.
struct StoryCopy
{
    qint64 articleId = 0; ///< The article first seen.
    qint64 copyId = 0;    ///< The copy.
    QString source;       ///< The copy's source (site or agency).
    QString title;
    QString url;
    double similarity = 0;
    bool keptApart = false;
};

/// Where a merged copy ran.
struct StoryAlternate
{
    QString source;
    QString title;
    QString url;
};

/// What makes a story recognisable when it comes again: exact keys (feed guid, canonical URL, URL, text
/// hash), body fingerprints for near-duplicates, and the links between an article and its copies.
class StoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::StoryRepository)

public:
    explicit StoryRepository(Library &library);

    /// An article that is this one exactly: the same feed guid, canonical URL, URL or body text.
    Result<std::optional<qint64>> findExact(const Article &article) const;

    /// Articles whose fingerprint shares a SimHash band or an anchor with these, most shared anchors first.
    Result<QList<qint64>> candidates(const QList<quint16> &bands, const QList<qint64> &anchors) const;
    /// Stores an article's SimHash (in four 16-bit bands) and its anchor shingle hashes.
    Status setFingerprint(qint64 articleId, quint64 simHash, const QList<quint16> &bands,
                          const QList<qint64> &anchors);
    /// The body text of an article, for confirming a candidate.
    Result<QString> bodyText(qint64 articleId) const;

    /// Records copyId as another site's copy of articleId (the original of an original, if it is a copy).
    Status link(qint64 articleId, qint64 copyId, double similarity);
    /// The copies of an article, or, for a copy, its original and the other copies.
    Result<QList<StoryCopy>> relatedCopies(qint64 articleId) const;
    Result<QList<StoryAlternate>> alternates(qint64 articleId) const;
    /// Records where the story also ran without a copy in this library (another library's export said so).
    Status addAlternate(qint64 articleId, const StoryAlternate &alternate);
    Status setKeptApart(qint64 articleId, qint64 copyId, bool keptApart);
    /// Keeps where the copy ran with the article and moves the copy to the trash; unmerge undoes it.
    Status merge(qint64 articleId, qint64 copyId);
    Status unmerge(qint64 articleId, qint64 copyId);

private:
    Library &m_library;
};

} // namespace Newsdesk
