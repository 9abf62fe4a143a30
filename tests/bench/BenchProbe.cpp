#include "BenchProbe.h"

#include "articles/ArticleListModel.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Newsdesk::Bench {

namespace {

/// The rows of the list a view paints when a window opens.
constexpr int PaintedRows = 50;

QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), message}};
}

} // namespace

QList<TypicalQuery> typicalQueries()
{
    QList<TypicalQuery> queries;
    for (const char *text : {"trade dispute", "summit", "election results", "intelligence sharing pact",
                             "semiconductor export", "climat"}) {
        const QString typed = QString::fromLatin1(text);
        queries.append({typed, typed.split(QLatin1Char(' '))});
    }
    return queries;
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (!line.startsWith(prefix))
            continue;
        // "VmRSS:	   51234 kB"
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        return parts.isEmpty() ? -1 : parts.first().toLongLong();
    }
    return -1;
}

QJsonObject measureNewsdesk(const QString &path, int ftsRepeats)
{
    QJsonObject result{{QStringLiteral("mode"), QStringLiteral("newsdesk")}};
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(path);
    if (!opened)
        return failure(opened.errorString());
    const qint64 openNs = timer.nsecsElapsed();
    Library &library = **opened;
    ArticleListModel model(library, nullptr);
    const qint64 firstPageNs = timer.nsecsElapsed();
    // What a view asks for when it paints the visible rows.
    qsizetype painted = 0;
    const int rows = std::min(model.rowCount(), PaintedRows);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            painted += model.data(model.index(row, column), Qt::DisplayRole).toString().size();
    const qint64 totalNs = timer.nsecsElapsed();
    const qint64 rssKiB = statusKiB("VmRSS");
    if (!model.errorString().isEmpty())
        return failure(model.errorString());

    result.insert(QStringLiteral("openNs"), openNs);
    result.insert(QStringLiteral("firstPageNs"), firstPageNs - openNs);
    result.insert(QStringLiteral("paintNs"), totalNs - firstPageNs);
    result.insert(QStringLiteral("totalNs"), totalNs);
    result.insert(QStringLiteral("rowsLoaded"), model.rowCount());
    result.insert(QStringLiteral("rowsPainted"), rows);
    result.insert(QStringLiteral("paintedChars"), qint64(painted));
    result.insert(QStringLiteral("rssKiB"), rssKiB);

    ArticleRepository &articles = library.articles();
    QJsonArray searches;
    for (const TypicalQuery &typical : typicalQueries()) {
        if (ftsRepeats <= 0)
            break;
        ArticleQuery query;
        query.search = typical.text;
        query.sort = ArticleSortKey::Relevance;
        query.order = Qt::AscendingOrder; // best match first: bm25 ranks are negative
        QJsonArray total;
        QJsonArray page;
        QJsonArray count;
        qint64 hits = 0;
        qint64 rowsShown = 0;
        for (int repeat = 0; repeat < ftsRepeats; ++repeat) {
            // The GUI asks for both: the first page of matches and how many there are.
            timer.restart();
            auto found = articles.page(query, std::nullopt, ArticleListModel::PageSize);
            const qint64 pageNs = timer.nsecsElapsed();
            auto counted = articles.count(query);
            const qint64 bothNs = timer.nsecsElapsed();
            if (!found)
                return failure(found.errorString());
            if (!counted)
                return failure(counted.errorString());
            hits = *counted;
            rowsShown = found->size();
            total.append(bothNs);
            page.append(pageNs);
            count.append(bothNs - pageNs);
        }
        searches.append(QJsonObject{{QStringLiteral("query"), typical.text},
                                    {QStringLiteral("ftsQuery"), ArticleRepository::ftsQuery(typical.text)},
                                    {QStringLiteral("hits"), hits},
                                    {QStringLiteral("rows"), rowsShown},
                                    {QStringLiteral("totalNs"), total},
                                    {QStringLiteral("pageNs"), page},
                                    {QStringLiteral("countNs"), count}});
    }
    result.insert(QStringLiteral("fts"), searches);
    result.insert(QStringLiteral("rssAfterSearchKiB"), statusKiB("VmRSS"));
    result.insert(QStringLiteral("peakKiB"), statusKiB("VmHWM"));

    // Outside the timings: what the library holds, for the report.
    if (const auto counts = articles.counts()) {
        result.insert(QStringLiteral("articles"), counts->total);
        result.insert(QStringLiteral("trashed"), counts->trashed);
    }
    return result;
}

QJsonObject measureBaseline(const QString &path, int likeRepeats)
{
    QJsonObject result{{QStringLiteral("mode"), QStringLiteral("baseline")}};
    const QString connection = QStringLiteral("bench-baseline");
    QJsonArray searches;
    {
        QElapsedTimer timer;
        timer.start();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return failure(db.lastError().text());
        const qint64 openNs = timer.nsecsElapsed();
        QSqlQuery list(db);
        list.setForwardOnly(true);
        if (!list.exec(QStringLiteral("SELECT id, title FROM articles ORDER BY id DESC LIMIT 200")))
            return failure(list.lastError().text());
        qint64 rows = 0;
        qsizetype chars = 0;
        while (list.next()) {
            ++rows;
            chars += list.value(1).toString().size() + list.value(0).toString().size();
        }
        const qint64 totalNs = timer.nsecsElapsed();
        list.finish();
        result.insert(QStringLiteral("openNs"), openNs);
        result.insert(QStringLiteral("firstPageNs"), totalNs - openNs);
        result.insert(QStringLiteral("totalNs"), totalNs);
        result.insert(QStringLiteral("rowsLoaded"), rows);
        result.insert(QStringLiteral("paintedChars"), qint64(chars));
        result.insert(QStringLiteral("rssKiB"), statusKiB("VmRSS"));

        for (const TypicalQuery &typical : typicalQueries()) {
            if (likeRepeats <= 0)
                break;
            QStringList conditions;
            for (qsizetype i = 0; i < typical.likeTerms.size(); ++i)
                conditions << QStringLiteral("body_text LIKE ?");
            const QString where = conditions.join(QStringLiteral(" AND "));
            QJsonArray total;
            qint64 hits = 0;
            for (int repeat = 0; repeat < likeRepeats; ++repeat) {
                timer.restart();
                // Like the GUI: the first page of matches, then how many there are.
                QSqlQuery page(db);
                page.setForwardOnly(true);
                page.prepare(
                    QStringLiteral("SELECT id, title FROM articles WHERE %1 ORDER BY id DESC LIMIT 200")
                        .arg(where));
                QSqlQuery count(db);
                count.setForwardOnly(true);
                count.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE %1").arg(where));
                for (const QString &term : typical.likeTerms) {
                    page.addBindValue(QLatin1Char('%') + term + QLatin1Char('%'));
                    count.addBindValue(QLatin1Char('%') + term + QLatin1Char('%'));
                }
                if (!page.exec())
                    return failure(page.lastError().text());
                while (page.next())
                    chars += page.value(1).toString().size();
                if (!count.exec() || !count.next())
                    return failure(count.lastError().text());
                hits = count.value(0).toLongLong();
                total.append(timer.nsecsElapsed());
            }
            searches.append(QJsonObject{{QStringLiteral("query"), typical.text},
                                        {QStringLiteral("hits"), hits},
                                        {QStringLiteral("totalNs"), total}});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    result.insert(QStringLiteral("like"), searches);
    return result;
}

} // namespace Newsdesk::Bench
