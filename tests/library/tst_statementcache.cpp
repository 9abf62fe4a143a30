// The statements a Library keeps prepared for reuse: the same results as a fresh statement, a nested use of a
// statement already lent out, room kept within the capacity, and, above all, no read transaction left open
// by a statement that was not read to its end.

#include "TestLibrary.h"

#include "library/Library.h"
#include "library/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

const QString SettingOf = QStringLiteral("SELECT value FROM library_settings WHERE key = ?");

/// The setting as statement-cache reads it, or "<none>".
QString cachedSetting(Library &library, const QString &key)
{
    auto statement = library.statements().take(SettingOf);
    statement->addBindValue(key);
    if (!statement->exec())
        return QStringLiteral("<error: %1>").arg(statement->lastError().text());
    return statement->next() ? statement->value(0).toString() : QStringLiteral("<none>");
}

} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

private slots:
    void reusedStatementGivesEachCallsResult();
    void statementLeftMidResultDoesNotHideOtherConnectionsCommits();
    void nestedUseGetsAStatementOfItsOwn();
    void keepsNoMoreThanItsCapacity();
    void statementThatCannotBePreparedReportsWhy();
};

void TestStatementCache::reusedStatementGivesEachCallsResult()
{
    TestLibrary library;
    QVERIFY(library->setSetting(QStringLiteral("first"), QStringLiteral("one")));
    QVERIFY(library->setSetting(QStringLiteral("second"), QStringLiteral("two")));
    QCOMPARE(cachedSetting(*library, QStringLiteral("first")), u"one");
    QCOMPARE(cachedSetting(*library, QStringLiteral("second")), u"two");
    QCOMPARE(cachedSetting(*library, QStringLiteral("missing")), u"<none>");
    QCOMPARE(cachedSetting(*library, QStringLiteral("first")), u"one");
}

void TestStatementCache::statementLeftMidResultDoesNotHideOtherConnectionsCommits()
{
    TestLibrary library;
    QVERIFY(library->setSetting(QStringLiteral("a"), QStringLiteral("1")));
    QVERIFY(library->setSetting(QStringLiteral("b"), QStringLiteral("2")));
    {
        // Reads one row of two and stops, as a find() does.
        auto statement = library->statements().take(QStringLiteral("SELECT key FROM library_settings ORDER BY key"));
        QVERIFY(statement->exec());
        QVERIFY(statement->next());
    }
    // Another connection (newsdesk-cli, say) commits; this one must see it, not the snapshot it had.
    auto other = Library::open(library.path());
    QVERIFY2(other.ok(), qPrintable(other.errorString()));
    QVERIFY((*other)->setSetting(QStringLiteral("a"), QStringLiteral("changed elsewhere")));
    QCOMPARE(cachedSetting(*library, QStringLiteral("a")), u"changed elsewhere");
    {
        auto statement = library->statements().take(QStringLiteral("SELECT key FROM library_settings ORDER BY key"));
        QVERIFY(statement->exec());
        QVERIFY(statement->next());
    }
    QVERIFY((*other)->setSetting(QStringLiteral("c"), QStringLiteral("3")));
    auto count = library->statements().take(QStringLiteral("SELECT count(*) FROM library_settings"));
    QVERIFY(count->exec() && count->next());
    QCOMPARE(count->value(0).toInt(), 3);
}

void TestStatementCache::nestedUseGetsAStatementOfItsOwn()
{
    TestLibrary library;
    QVERIFY(library->setSetting(QStringLiteral("x"), QStringLiteral("outer")));
    QVERIFY(library->setSetting(QStringLiteral("y"), QStringLiteral("inner")));
    auto outer = library->statements().take(SettingOf);
    outer->addBindValue(QStringLiteral("x"));
    QVERIFY(outer->exec());
    // The same statement again while the first is being read: each keeps its own result.
    QCOMPARE(cachedSetting(*library, QStringLiteral("y")), u"inner");
    QVERIFY(outer->next());
    QCOMPARE(outer->value(0).toString(), u"outer");
}

void TestStatementCache::keepsNoMoreThanItsCapacity()
{
    TestLibrary library;
    QVERIFY(library->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    // Distinct texts, each asked twice, well past the capacity: every answer still right.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < StatementCache::Capacity * 2; ++i) {
            auto statement = library->statements().take(
                QStringLiteral("SELECT value || '%1' FROM library_settings WHERE key = ?").arg(i));
            statement->addBindValue(QStringLiteral("k"));
            QVERIFY(statement->exec() && statement->next());
            QCOMPARE(statement->value(0).toString(), QStringLiteral("v%1").arg(i));
        }
    }
}

void TestStatementCache::statementThatCannotBePreparedReportsWhy()
{
    TestLibrary library;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto statement = library->statements().take(QStringLiteral("SELECT title FROM no_such_table"));
        QVERIFY2(statement->lastError().text().contains(QLatin1String("no_such_table")),
                 qPrintable(statement->lastError().text()));
        QVERIFY(!statement->exec());
    }
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
