#pragma once

#include "core/Article.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Newsdesk {

class ArticleRepository;
class BundleRepository;
class CommentRepository;
class StatementCache;
class StoryRepository;
class TopicRepository;
struct Migration;

/// The one SQLite file a curator works in. Owns the connection, migrates the schema and announces
/// every change as a typed event so that models update rows instead of resetting.
class Library : public QObject
{
    Q_OBJECT

public:
    /// The schema this build writes; libraries with a higher user_version are refused untouched.
    static constexpr int SchemaVersion = 6;
    /// PRAGMA application_id of a Newsdesk library ("NDSK"), so a foreign SQLite file is recognised.
    static constexpr int ApplicationId = 0x4E44534B;

    /// Opens the library at path, creating and migrating it as needed.
    static Result<std::unique_ptr<Library>> open(const QString &path);
    /// Same, with the migrations given, up to the last of them (tests use this to make older libraries and
    /// to exercise failure and rollback).
    static Result<std::unique_ptr<Library>> open(const QString &path, const QList<Migration> &migrations);

    /// The built-in migrations, in order, from the numbered files under app/library/migrations.
    static QList<Migration> builtinMigrations();

    /// Where the library lives when nobody chose: $NEWSDESK_LIBRARY, else the app data folder.
    static QString defaultPath();

    ~Library() override;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Whether this open created the library (it was a new or empty file), e.g. to give it default topics.
    bool wasCreated() const { return m_created; }
    QSqlDatabase database() const;
    /// Shrinks this connection's page cache to SQLite's default 2 MB, for a background run that reads each
    /// row once (training): the window's larger cache would only add to that run's peak memory.
    void useSmallPageCache();
    /// How long a write waits for another connection's (newsdesk-cli importing, say) before it gives up
    /// with a Locked error; 5 seconds unless changed.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    int busyTimeout() const { return m_busyTimeoutMs; }

    ArticleRepository &articles() { return *m_articles; }
    BundleRepository &bundles() { return *m_bundles; }
    CommentRepository &comments() { return *m_comments; }
    StoryRepository &stories() { return *m_stories; }
    TopicRepository &topics() { return *m_topics; }
    /// Hot statements prepared once on this connection (repositories' per-article reads).
    StatementCache &statements() { return *m_statements; }

    /// Runs work inside one transaction; anything but success rolls everything back. The transaction takes
    /// the write lock as it begins, waiting there (busyTimeout()) while another connection writes.
    Status transaction(const std::function<Status()> &work);

    /// Runs work inside a savepoint of the current transaction: a failure undoes this work alone (and
    /// drops its change events) while the transaction goes on. Outside a transaction it is one.
    Status savepoint(const std::function<Status()> &work);

    /// Emits a change event now, or, inside a transaction, once it has committed (never if it rolls back),
    /// so that nobody hears of a change that did not happen or sees it half done.
    void announce(std::function<void()> event);

    /// Tells this connection's listeners about articles another connection wrote (an import running in
    /// the background on its own connection to the same file).
    void notifyInsertedElsewhere(const QList<qint64> &ids) { emit articlesInserted(ids); }
    /// The same for decisions on comments another connection made (newsdesk-cli moderating).
    void notifyCommentsModeratedElsewhere(const QList<qint64> &commentIds) { emit commentsModerated(commentIds); }
    /// The same for a topic another connection added (newsdesk-cli tagging with a new topic).
    void notifyTopicInsertedElsewhere(qint64 topicId) { emit topicInserted(topicId); }
    /// The same for a bundle another connection added (a Newsdesk export imported in the background).
    void notifyBundleInsertedElsewhere(qint64 bundleId) { emit bundleInserted(bundleId); }
    /// The same for comments another connection wrote (an import of comment files in the background),
    /// with the articles they are on, whose comment counts changed.
    void notifyCommentsInsertedElsewhere(const QList<qint64> &commentIds, const QList<qint64> &articleIds);

    /// A setting kept in the library itself (shared by the window and newsdesk-cli), or fallback when unset.
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    /// Records a curator action in the audit log; call inside the transaction that makes the change.
    Status recordAction(const QString &action, const QString &objectType, qint64 objectId,
                        const QVariantMap &detail = {});

signals:
    void articlesInserted(const QList<qint64> &ids);
    void articlesTrashed(const QList<qint64> &ids);
    void articlesRestored(const QList<qint64> &ids);
    void articlesPurged(const QList<qint64> &ids);
    void articleChanged(qint64 id, const QList<Newsdesk::ArticleField> &fields);
    void commentsChanged(qint64 articleId);
    void commentsInserted(const QList<qint64> &commentIds);
    /// Comments changed status or spam score.
    void commentsModerated(const QList<qint64> &commentIds);
    /// Comments were deleted (replies included), e.g. undoing a comment the curator added.
    void commentsRemoved(const QList<qint64> &commentIds);
    void topicInserted(qint64 topicId);
    void topicChanged(qint64 topicId);
    /// The tree changed shape (a move, delete, merge or restore): views read it again.
    void topicTreeChanged();
    /// Topics were added to or removed from these articles.
    void articleTopicsChanged(const QList<qint64> &articleIds);
    void bundleInserted(qint64 bundleId);
    /// The bundle's header or entries changed.
    void bundleChanged(qint64 bundleId);
    void bundleRemoved(qint64 bundleId);
    /// A change made on the curator's behalf (an undo step, say) failed; the message says why.
    void errorOccurred(const QString &message);

private:
    explicit Library(const QString &path, const QString &connectionName);
    Status migrate(const QList<Migration> &migrations, int fromVersion);
    /// SQLite's busy handler for this connection (see Library.cpp): whether to try the lock again.
    static int retryWhileBusy(void *library, int attempts);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_created = false;
    int m_transactionDepth = 0;
    int m_busyTimeoutMs;
    QElapsedTimer m_busySince; ///< Since the first refused try of the lock being waited for.
    QList<std::function<void()>> m_pendingEvents;
    std::unique_ptr<ArticleRepository> m_articles;
    std::unique_ptr<BundleRepository> m_bundles;
    std::unique_ptr<CommentRepository> m_comments;
    std::unique_ptr<StoryRepository> m_stories;
    std::unique_ptr<TopicRepository> m_topics;
    std::unique_ptr<StatementCache> m_statements;
};

/// One numbered schema step: the SQL that takes a library from version - 1 to version.
struct Migration
{
    int version = 0;
    QString sql;
};

/// Translatable messages of the store.
class LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::LibraryText)
public:
    /// \a failure is a whole translated sentence ("The bundle could not be saved."); \a detail is the
    /// database's own untranslated message, added after it. When the detail says another connection kept
    /// the library locked, the error is Locked and says so in words instead.
    static Error queryFailed(const QString &failure, const QString &detail);
    /// \a failure, and why: another program kept the library busy for longer than a write waits.
    static Error busy(const QString &failure);
};

} // namespace Newsdesk
