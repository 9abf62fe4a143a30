#include "CommentImportJob.h"

#include "library/CommentRepository.h"
#include "library/Library.h"

#include <QFileInfo>
#include <QSet>
#include <QThread>

namespace Newsdesk {

CommentImportJob::CommentImportJob(const QString &libraryPath, const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_files(files)
{
}

CommentImportJob::~CommentImportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CommentImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this]() { run(); });
    m_thread->start(QThread::LowPriority);
}

void CommentImportJob::run()
{
    const int total = int(m_files.size());
    auto opened = Library::open(m_libraryPath);
    if (!opened) {
        for (int i = 0; i < total; ++i) {
            CommentImportReport report;
            report.file = m_files.at(i);
            emit fileImported(i + 1, total, report, {}, opened.errorString());
        }
        emit finished(false);
        return;
    }
    Library &library = *opened.value();
    CommentImport importer(library);
    for (int i = 0; i < total; ++i) {
        if (m_cancelled)
            break;
        auto imported = importer.importFile(m_files.at(i));
        if (!imported) {
            CommentImportReport report;
            report.file = m_files.at(i);
            emit fileImported(i + 1, total, report, {}, imported.errorString());
            continue;
        }
        // The window's article list shows comment counts: it needs the articles, read here, off its thread.
        QList<qint64> articleIds;
        if (!imported->addedIds.isEmpty()) {
            if (const auto rows = library.comments().rows(CommentQuery(), imported->addedIds)) {
                QSet<qint64> articles;
                for (const CommentRow &row : *rows)
                    articles.insert(row.articleId);
                articleIds = articles.values();
            }
        }
        emit fileImported(i + 1, total, *imported, articleIds, QString());
    }
    emit finished(m_cancelled);
}

} // namespace Newsdesk
