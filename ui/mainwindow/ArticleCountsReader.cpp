#include "ArticleCountsReader.h"

#include "library/Library.h"

#include <QFileInfo>
#include <QThread>

#include <memory>

namespace Newsdesk {

namespace {

/// The counting side: made, used and deleted on the reader's thread, as its connection must be.
class CountsWorker : public QObject
{
public:
    StatusCounts count(const QString &libraryPath, const ArticleQuery &query)
    {
        StatusCounts result;
        if (!m_library || m_library->path() != QFileInfo(libraryPath).absoluteFilePath()) {
            m_library.reset();
            auto opened = Library::open(libraryPath);
            if (!opened) {
                result.error = opened.errorString();
                return result;
            }
            m_library = std::move(opened).value();
        }
        return StatusCounts::read(*m_library, query);
    }

private:
    std::unique_ptr<Library> m_library;
};

} // namespace

StatusCounts StatusCounts::read(Library &library, const ArticleQuery &query)
{
    StatusCounts result;
    const auto counts = library.articles().counts();
    if (!counts) {
        result.error = counts.errorString();
        return result;
    }
    result.counts = *counts;
    if (!query.search.trimmed().isEmpty())
        if (const auto matches = library.articles().count(query))
            result.matches = *matches;
    return result;
}

ArticleCountsReader::ArticleCountsReader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new CountsWorker)
{
    m_thread->setObjectName(QStringLiteral("statusCounts"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread once the loop has stopped, with its connection.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ArticleCountsReader::~ArticleCountsReader()
{
    m_thread->quit();
    m_thread->wait(); // an answer posted meanwhile goes with this object
}

void ArticleCountsReader::request(const QString &libraryPath, const ArticleQuery &query)
{
    m_libraryPath = libraryPath;
    m_query = query;
    if (m_running) {
        m_pending = true; // what is being counted may be older than the change that asks again
        return;
    }
    start();
}

void ArticleCountsReader::discard()
{
    ++m_generation;
    m_pending = false;
}

void ArticleCountsReader::start()
{
    m_running = true;
    m_pending = false;
    QMetaObject::invokeMethod(m_worker, [this, worker = static_cast<CountsWorker *>(m_worker),
                                         path = m_libraryPath, query = m_query, generation = m_generation]() {
        const StatusCounts counts = worker->count(path, query);
        QMetaObject::invokeMethod(this, [this, generation, counts]() { finished(generation, counts); });
    });
}

void ArticleCountsReader::finished(quint64 generation, const StatusCounts &counts)
{
    m_running = false;
    if (m_pending)
        start();
    if (generation == m_generation)
        emit counted(counts);
}

} // namespace Newsdesk
