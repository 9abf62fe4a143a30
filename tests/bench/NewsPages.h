#pragma once

// Test input for the benchmarks that import: the readability corpus read into memory, and generated news
// pages written to a folder, both deterministic.

#include "SyntheticCorpus.h"

#include "core/Result.h"
#include "importing/ImportTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk::Bench {

/// One page of the corpus, in memory: the source as an importer gets it, and the UTF-8 that
/// HtmlImporter would hand libxml2 (decoded here, outside the clock) for the parse-only baseline.
struct CorpusPage
{
    ImportSource source;
    QByteArray utf8;
};

/// Every */source.html under folder (the readability corpus's layout), in name order; *bytes gets their size.
Result<QList<CorpusPage>> loadCorpus(const QString &folder, qint64 *bytes);

/// What generatePages() wrote.
struct Generated
{
    int pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    int commentedPages = 0;
    int comments = 0;
    qint64 words = 0; ///< Body words as the synthetic corpus counted them.
};

/// Writes count distinct news pages into folder (page-00001.html, …): stories from SyntheticCorpus(seed)
/// in a realistic site layout with navigation, teasers, JSON-LD and comments on a third of them, so an
/// import does the work a real page asks for. With the bench seed they are the stories a generated library
/// starts with; another seed gives stories no generated library holds.
Result<Generated> generatePages(const QString &folder, int count, quint32 seed = SyntheticCorpus::BenchSeed);

} // namespace Newsdesk::Bench
