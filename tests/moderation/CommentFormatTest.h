#pragma once

// The abstract test every comment file format passes (STYLE.md §6): each format's test derives from it,
// names its fixtures and writes generated cases in its own syntax; the slots here run for every format.

#include "CommentFixtures.h"
#include "TestLibrary.h"
#include "core/Comment.h"

#include <QObject>

#include <memory>

namespace Newsdesk {

struct CommentImportReport;

class CommentFormatTest : public QObject
{
    Q_OBJECT

protected:
    /// The format's CommentReader::key(): "wxr", "disqus", "csv", "json".
    virtual QString formatKey() const = 0;
    /// The prefix of the external ids it gives: "wxr" for "wxr:101".
    virtual QString idPrefix() const = 0;
    /// The sample export under tests/data/comments: comments 101–106 (see sample.csv for the plot).
    virtual QString sampleFile() const = 0;
    /// Malformed files of this format under tests/data/broken/comments.
    virtual QStringList brokenFiles() const = 0;
    /// Comments written in the format.
    virtual QByteArray write(const QList<Testing::TestComment> &comments) const = 0;
    /// Whether the format writes statuses as words, so that an unknown one can occur (Disqus has flags).
    virtual bool statusWords() const { return true; }
    /// Comments of the sample skipped for a reason of this format alone (a WXR pingback).
    virtual int formatSkipped() const { return 0; }

private slots:
    void init();
    void cleanup();

    void recognisesContent();
    void readsSample();
    void sanitisesMarkup();
    void skipsCommentsOfMissingArticles();
    void importingAgainAddsNothing();
    void linksReplyToCommentImportedBefore();
    void repliesBeforeTheirParents();
    void unknownStatusIsPending();
    void cutsLongText();
    void keepsTextIntact();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();

private:
    Result<CommentImportReport> importBytes(const QByteArray &data);
    Comment find(qint64 articleId, const QString &id);

    std::unique_ptr<Testing::TestLibrary> m_library;
    qint64 m_harbour = 0;
    qint64 m_rail = 0;
};

} // namespace Newsdesk
