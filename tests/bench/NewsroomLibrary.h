#pragma once

// The library the newsroom suite measures: a newsroom's months of work, generated from a fixed seed so two
// runs (or a run and the committed baseline) measure the same library.

#include "core/Result.h"

#include <QString>

namespace Newsdesk::Bench {

/// How big the generated newsroom is.
struct NewsroomSize
{
    int articles = 100000;
    int comments = 1000000;
    int bundleArticles = 1000;
    /// One article in this many is another site's copy of a story already in the library (the same wire
    /// story rewritten), linked to it as the import's story check would.
    int copyEvery = 12;
};

/// What generateNewsroom() made, and how long each part took.
struct NewsroomReport
{
    int articles = 0;
    int copies = 0;
    int tags = 0;
    int comments = 0;
    int pendingComments = 0;
    int bundleArticles = 0;
    double seconds = 0;
    double articleSeconds = 0;
    double fingerprintSeconds = 0;
    double commentSeconds = 0;
};

/// The bundle the export scenarios export, and the desk topics the articles are tagged with (one per
/// SyntheticCorpus topic, under the root "Desk", beside the IPTC taxonomy a new library gets).
QString newsroomBundleName();
QString newsroomDeskRoot();

/// Generates a newsroom library at path, which must not exist yet: the IPTC taxonomy and desk topics;
/// SyntheticCorpus articles (250 to 900 words, varied statuses, a few trashed) with their story fingerprints,
/// some of them other sites' copies of an earlier story; topic tags of all three origins; comments on a
/// long-tailed share of the articles (most on a few, many on none), threaded, most decided and some
/// pending; and a bundle of the first selected articles in sections. Progress goes to stderr.
Result<NewsroomReport> generateNewsroom(const QString &path, const NewsroomSize &size);

} // namespace Newsdesk::Bench
