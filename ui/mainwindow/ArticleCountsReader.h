#pragma once

#include "library/ArticleRepository.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace Newsdesk {

class Library;

/// What the status bar shows: the articles per status and, while searching, how many match.
struct StatusCounts
{
    ArticleCounts counts;
    std::optional<int> matches; ///< Only with a search.
    QString error;              ///< Why the articles could not be counted; empty when they could.

    /// Counts library's articles and, when query has a search, its matches (ArticleCountsReader's thread,
    /// and the benchmarks).
    static StatusCounts read(Library &library, const ArticleQuery &query);
};

/// Counts the library's articles for the status bar on a thread and connection of its own. After another
/// connection commits (an import writes a batch at a time) the count reads its index afresh: on the GUI
/// thread that took up to 80 ms at 100,000 articles while an import ran, so the window froze once a batch.
/// A new filter is counted here too, while the window reads the list's first page. Requests made while a
/// count runs become one more count after it.
class ArticleCountsReader : public QObject
{
    Q_OBJECT

public:
    explicit ArticleCountsReader(QObject *parent = nullptr);
    ~ArticleCountsReader() override;

    /// Counts the library at libraryPath and, when query has a search, its matches; counted() answers.
    void request(const QString &libraryPath, const ArticleQuery &query);
    /// Forgets what was asked and what is being counted (the window has just counted for itself, or
    /// shows another library now).
    void discard();

signals:
    void counted(const Newsdesk::StatusCounts &counts);

private:
    void start();
    void finished(quint64 generation, const StatusCounts &counts);

    QThread *m_thread;
    QObject *m_worker; ///< Lives in m_thread, with the connection.
    QString m_libraryPath;
    ArticleQuery m_query;
    quint64 m_generation = 0; ///< Answers to older requests than the last discard() are dropped.
    bool m_running = false;
    bool m_pending = false;
};

} // namespace Newsdesk
