#include "CommentImport.h"

#include "CommentFormats.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace Newsdesk {

namespace {

using CommentKey = std::pair<qint64, QString>; // article id, external id

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/// Puts every reply after the comment it answers (files do not promise that order; the repository needs
/// it). parents[k] is the index of k's parent among the same comments, -1 for none; a cycle is broken by
/// making one of its comments top-level, whose index goes to cut.
QList<qsizetype> parentsFirst(QList<qsizetype> &parents, QList<qsizetype> *cut)
{
    enum : char { Unvisited, Visiting, Done };
    const qsizetype count = parents.size();
    QList<char> state(count, Unvisited);
    QList<qsizetype> order;
    order.reserve(count);
    QList<qsizetype> chain;
    for (qsizetype start = 0; start < count; ++start) {
        if (state[start] == Done)
            continue;
        chain.clear();
        qsizetype current = start;
        while (current >= 0 && state[current] == Unvisited) {
            state[current] = Visiting;
            chain << current;
            current = parents[current];
        }
        if (current >= 0 && state[current] == Visiting) {
            parents[chain.last()] = -1;
            *cut << chain.last();
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            state[*it] = Done;
            order << *it;
        }
    }
    return order;
}

} // namespace

int CommentImportReport::skippedCount() const
{
    int count = 0;
    for (int n : skipped)
        count += n;
    return count;
}

CommentImport::CommentImport(Library &library)
    : m_library(library)
{
}

Result<CommentFile> CommentImport::read(const QByteArray &data, const QString &name,
                                        const CommentImportOptions &options)
{
    if (data.size() > MaxFileBytes)
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.")
                         .arg(name, megabytes(data.size()), megabytes(MaxFileBytes))};
    if (data.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("“%1” is empty.").arg(name)};
    const CommentReader *reader = nullptr;
    if (!options.format.isEmpty()) {
        reader = CommentFormats::reader(options.format);
        if (!reader)
            return Error{Error::Code::InvalidArgument,
                         tr("“%1” is not a comment format; use one of: %2.")
                             .arg(options.format, CommentFormats::keys().join(QStringLiteral(", ")))};
    } else {
        reader = CommentFormats::detect(data, name);
        if (!reader)
            return Error{Error::Code::InvalidArgument,
                         tr("“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus "
                            "export, JSON, or CSV with a header row that has a “text” column.")
                             .arg(name)};
    }
    auto file = reader->read(data, options);
    if (!file)
        return Error{file.error().code,
                     tr("Could not read “%1” as %2: %3").arg(name, reader->formatName(), file.errorString())};
    return file;
}

Result<CommentImportReport> CommentImport::importFile(const QString &path,
                                                      const CommentImportOptions &options)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("“%1” does not exist.").arg(name)};
    if (info.isDir())
        return Error{Error::Code::InvalidArgument, tr("“%1” is a folder.").arg(name)};
    if (info.size() > MaxFileBytes)
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.")
                         .arg(name, megabytes(info.size()), megabytes(MaxFileBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Failed, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    // One byte more than allowed: a pipe or a growing file has no size to check beforehand.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Failed, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    return importData(data, name, options);
}

Result<std::optional<qint64>> CommentImport::findArticle(const CommentArticleRef &ref)
{
    const QString key = QString::number(ref.id) + QChar(0x1F) + ref.url + QChar(0x1F) + ref.guid;
    if (const auto it = m_articles.constFind(key); it != m_articles.cend())
        return *it;
    std::optional<qint64> found;
    if (ref.id > 0) {
        const auto article = m_library.articles().find(ref.id);
        if (article)
            found = ref.id;
        else if (article.error().code != Error::Code::NotFound)
            return article.error();
    }
    if (!found && (!ref.url.isEmpty() || !ref.guid.isEmpty())) {
        // Sites add or drop the trailing slash between the export and the page Newsdesk imported.
        QStringList urls{ref.url};
        if (ref.url.endsWith(QLatin1Char('/')))
            urls << ref.url.chopped(1);
        else if (!ref.url.isEmpty())
            urls << ref.url + QLatin1Char('/');
        for (const QString &url : std::as_const(urls)) {
            Article probe;
            probe.url = url;
            probe.guid = ref.guid;
            const auto exact = m_library.stories().findExact(probe);
            if (!exact)
                return exact.error();
            if (*exact) {
                found = **exact;
                break;
            }
        }
    }
    m_articles.insert(key, found);
    return found;
}

Result<CommentImportReport> CommentImport::importData(const QByteArray &data, const QString &name,
                                                      const CommentImportOptions &options)
{
    auto read = CommentImport::read(data, name, options);
    if (!read)
        return read.error();
    CommentFile &file = *read;
    CommentImportReport report;
    report.file = name;
    report.format = file.format;
    report.skipped = file.skipped;
    report.issues = file.issues;

    // Which article each comment belongs to; 0 when the library has none.
    const qsizetype count = file.comments.size();
    QList<qint64> articleOf(count, 0);
    // A missing article → how many comments it had; by id when the file named it only by id.
    QMap<std::pair<QString, bool>, int> missing;
    for (qsizetype i = 0; i < count; ++i) {
        const CommentArticleRef &ref = file.comments.at(i).article;
        const auto found = findArticle(ref);
        if (!found)
            return found.error();
        if (*found)
            articleOf[i] = **found;
        else if (ref.url.isEmpty() && ref.guid.isEmpty())
            ++missing[{QString::number(ref.id), true}];
        else
            ++missing[{ref.describe(), false}];
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        const auto &[article, byId] = it.key();
        report.issues << (byId ? tr("There is no article %1 in the library; its %n comment(s) were skipped.",
                                    nullptr, it.value())
                               : tr("No article in the library has the address “%1”; its %n comment(s) were "
                                    "skipped.",
                                    nullptr, it.value()))
                             .arg(article);
        report.skipped[tr("their article is not in the library")] += it.value();
    }

    // Comments imported before are counted, not added again. Their external ids are read once per article
    // (findExternal() per comment cost seconds at 100,000 comments).
    CommentRepository &repository = m_library.comments();
    QHash<qint64, QHash<QString, qint64>> stored; // article → external id → comment id
    for (qint64 article : std::as_const(articleOf)) {
        if (article == 0 || stored.contains(article))
            continue;
        auto ids = repository.externalIds(article);
        if (!ids)
            return ids.error();
        stored.insert(article, std::move(ids).value());
    }
    QHash<CommentKey, qsizetype> fresh; // → index in added
    QList<qsizetype> added;             // indexes into file.comments
    const QString duplicateReason = tr("the same comment appears twice in the file");
    for (qsizetype i = 0; i < count; ++i) {
        if (articleOf.at(i) == 0)
            continue;
        const CommentKey key{articleOf.at(i), file.comments.at(i).comment.externalId};
        if (fresh.contains(key)) {
            ++report.skipped[duplicateReason];
        } else if (stored.value(key.first).contains(key.second)) {
            ++report.alreadyThere;
            // A second copy in the file of a comment imported before is still a duplicate.
            fresh.insert(key, -1);
        } else {
            fresh.insert(key, added.size());
            added << i;
        }
    }

    // Replies: to a comment of the file, to one imported before, or (when neither) top-level.
    const qsizetype addedCount = added.size();
    QList<qsizetype> parentInFile(addedCount, -1);
    QList<qint64> parentStored(addedCount, 0);
    for (qsizetype k = 0; k < addedCount; ++k) {
        const ReadComment &reply = file.comments.at(added.at(k));
        if (reply.parentExternalId.isEmpty())
            continue;
        const CommentKey key{articleOf.at(added.at(k)), reply.parentExternalId};
        if (const qint64 id = stored.value(key.first).value(key.second); id > 0)
            parentStored[k] = id;
        else if (const qsizetype index = fresh.value(key, -1); index >= 0 && index != k)
            parentInFile[k] = index;
        else if (index == k)
            report.issues << tr("%1 answers itself; it was imported as a top-level comment.")
                                 .arg(CommentReader::describe(reply));
        else
            report.issues << tr("%1 answers “%2”, which is neither in the file nor in the library; it was "
                                "imported as a top-level comment.")
                                 .arg(CommentReader::describe(reply), reply.parentExternalId);
    }
    QList<qsizetype> cut;
    const QList<qsizetype> order = parentsFirst(parentInFile, &cut);
    for (qsizetype k : std::as_const(cut))
        report.issues << tr("%1 is part of a circle of replies; it was imported as a top-level comment.")
                             .arg(CommentReader::describe(file.comments.at(added.at(k))));

    QList<Comment> comments;
    comments.reserve(addedCount);
    QList<qsizetype> position(addedCount, -1);
    for (qsizetype k : order) {
        position[k] = comments.size();
        Comment comment = file.comments.at(added.at(k)).comment;
        comment.articleId = articleOf.at(added.at(k));
        // A negative parent is "the comment at index -parentId - 1 of the same list" (CommentRepository).
        comment.parentId =
            parentInFile.at(k) >= 0 ? -(position.at(parentInFile.at(k)) + 1) : parentStored.at(k);
        comments << std::move(comment);
    }
    if (!comments.isEmpty()) {
        auto ids = repository.insert(comments);
        if (!ids)
            return ids.error();
        report.addedIds = std::move(ids).value();
    }
    report.added = int(comments.size());
    CommentReader::capIssues(report.issues);
    return report;
}

} // namespace Newsdesk
