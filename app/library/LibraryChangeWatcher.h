#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include <utility>

class QTimer;

namespace Newsdesk {

class Library;

/// Notices what other connections commit to the library (newsdesk-cli importing while the window is open,
/// the window's own background jobs) and tells the library's listeners, so that the views follow without
/// anyone telling them. It polls PRAGMA data_version on the library's own connection: the number changes
/// only when another connection commits, and reading it costs microseconds and reads no table.
///
/// When it changes, the articles, comments, bundles and topics added since are announced the way an import
/// in the window announces its articles (Library::notifyInsertedElsewhere() and its siblings), so views
/// insert rows and keep their selection, scroll position and open editors. Decisions on comments made
/// elsewhere (a curator's or the rules', from the moderation log) are announced as
/// Library::commentsModerated, so the moderation queue follows them. Then changedElsewhere() asks for
/// whatever else another program may have changed (a status, a tag) to be read again.
class LibraryChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /// Often enough that another program's change shows well within a second, seldom enough to cost nothing.
    static constexpr int DefaultIntervalMs = 250;

    /// Watches library from now on: what is there already is not announced. Polls once started.
    explicit LibraryChangeWatcher(Library &library, QObject *parent = nullptr);
    ~LibraryChangeWatcher() override;

    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    bool isActive() const;

    /// Looks once now (the timer calls this): announces what other connections added since the last look,
    /// then emits changedElsewhere(). Returns whether another connection had committed.
    bool check();

signals:
    /// Another connection committed, and what it added has been announced: whatever else a view shows of
    /// the library (rows already listed, counts) may be out of date. With articlesJustAnnounced, articles
    /// were announced after the last of those commits (by the watcher, or by an import in the window), so
    /// whatever follows Library::articlesInserted has read the library as it is now.
    void changedElsewhere(bool articlesJustAnnounced);

private:
    /// How far the rows of one table have been announced.
    struct Mark
    {
        qint64 last = 0;    ///< Every row up to this id is known.
        QSet<qint64> heard; ///< Rows above it this connection has announced already (its own writes).
    };
    /// Rows of table with an id above mark's and not heard of (with column's value, when given), in id
    /// order; moves the mark past them.
    QList<std::pair<qint64, qint64>> added(const char *table, const char *column, Mark &mark);
    static void hear(Mark &mark, const QList<qint64> &ids);
    /// Comments decided elsewhere since the last look, from the moderation log.
    QList<qint64> decidedElsewhere();
    qint64 dataVersion() const;

    Library &m_library;
    QTimer *m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_versionAtLastAnnouncement = -1; ///< data_version when articles were last announced.
    Mark m_articles;
    Mark m_comments;
    Mark m_bundles;
    Mark m_topics;
    qint64 m_lastDecision = 0; ///< The moderation log's id up to which decisions are known.
    /// Comments this connection announced as moderated since the last look: its own decisions, and the
    /// spam filter's scores, which it announces itself.
    QSet<qint64> m_moderatedHere;
};

} // namespace Newsdesk
