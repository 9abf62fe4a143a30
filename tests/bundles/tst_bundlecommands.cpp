#include "BundleTestData.h"
#include "TestLibrary.h"
#include "bundles/BundleCommands.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

/// Every bundle edit undoes to the state before it and redoes to the state after it, in the store.
class TestBundleCommands : public QObject
{
    Q_OBJECT

private:
    Bundle stored(TestLibrary &library, qint64 id) { return library->bundles().find(id).value(); }

private slots:
    void createUndoRedo()
    {
        TestLibrary library;
        QUndoStack stack;
        Bundle bundle;
        bundle.name = QStringLiteral("Week 48");
        auto *create = new CreateBundle(*library, bundle);
        stack.push(create);
        const qint64 id = create->bundleId();
        QVERIFY(id > 0);
        QCOMPARE(stored(library, id).name, QStringLiteral("Week 48"));
        stack.undo();
        QVERIFY(!library->bundles().find(id));
        stack.redo();
        QCOMPARE(stored(library, id).name, QStringLiteral("Week 48")); // the same id again
    }

    void deleteBringsBackEntries()
    {
        TestLibrary library;
        const QList<qint64> articles = addArticles(*library, 3);
        Bundle bundle = addBundle(*library, QStringLiteral("Trade"), articles);
        bundle.entries.insert(1, BundleEntry::section(QStringLiteral("Ports")));
        bundle.entries[0].blurb = QStringLiteral("Read this first.");
        QVERIFY(library->bundles().save(bundle));
        bundle = stored(library, bundle.id);

        QUndoStack stack;
        QSignalSpy removed(library.get(), &Library::bundleRemoved);
        stack.push(new DeleteBundle(*library, bundle));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!library->bundles().find(bundle.id));
        stack.undo();
        const Bundle back = stored(library, bundle.id);
        QVERIFY(back.sameContent(bundle));
        QCOMPARE(back.entries.at(1).heading, QStringLiteral("Ports"));
        stack.redo();
        QVERIFY(!library->bundles().find(bundle.id));
    }

    void duplicateCopiesEntriesUnderFreeName()
    {
        TestLibrary library;
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), addArticles(*library, 2));
        QUndoStack stack;
        CreateBundle *copy = CreateBundle::duplicate(*library, bundle);
        QVERIFY(copy);
        stack.push(copy);
        const Bundle duplicate = stored(library, copy->bundleId());
        QCOMPARE(duplicate.name, QStringLiteral("Trade copy"));
        QCOMPARE(duplicate.entries, bundle.entries);
        QVERIFY(duplicate.id != bundle.id);
        stack.undo();
        QCOMPARE(library->bundles().list()->size(), 1);
    }

    void renameUndoRedo()
    {
        TestLibrary library;
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"));
        QUndoStack stack;
        stack.push(new RenameBundle(*library, bundle, QStringLiteral("  Trade disputes ")));
        QCOMPARE(stored(library, bundle.id).name, QStringLiteral("Trade disputes"));
        stack.undo();
        QCOMPARE(stored(library, bundle.id).name, QStringLiteral("Trade"));
        stack.redo();
        QCOMPARE(stored(library, bundle.id).name, QStringLiteral("Trade disputes"));
    }

    void renameToTakenNameIsRefused()
    {
        TestLibrary library;
        addBundle(*library, QStringLiteral("Taken"));
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"));
        QUndoStack stack;
        QSignalSpy errors(library.get(), &Library::errorOccurred);
        stack.push(new RenameBundle(*library, bundle, QStringLiteral("taken")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(stack.count(), 0); // the refused step is not kept
        QCOMPARE(stored(library, bundle.id).name, QStringLiteral("Trade"));
    }

    void editDetails()
    {
        TestLibrary library;
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), addArticles(*library, 1));
        Bundle edited = bundle;
        edited.title = QStringLiteral("Trade this week");
        edited.intro = QStringLiteral("Tariffs again.\n\nAnd ports.");
        edited.options.comments = false;
        edited.options.images = false;
        edited.savedSearch = QStringLiteral("status:selected since:7d");
        QUndoStack stack;
        stack.push(new EditBundleDetails(*library, bundle, edited));
        QVERIFY(stored(library, bundle.id).sameContent(edited));
        stack.undo();
        QVERIFY(stored(library, bundle.id).sameContent(bundle));
        stack.redo();
        QVERIFY(stored(library, bundle.id).sameContent(edited));
    }

    void addArticlesAtPosition()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 4);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), {ids[0], ids[1]});
        QUndoStack stack;
        // ids[0] is there already: added once only.
        stack.push(new AddBundleArticles(*library, bundle, {ids[2], ids[0], ids[3]}, 1));
        QCOMPARE(entryIds(stored(library, bundle.id)), (QList<qint64>{ids[0], ids[2], ids[3], ids[1]}));
        QCOMPARE(stack.undoText(), QStringLiteral("Add 2 Article(s) to “Trade”"));
        stack.undo();
        QCOMPARE(entryIds(stored(library, bundle.id)), (QList<qint64>{ids[0], ids[1]}));
        stack.redo();
        QCOMPARE(entryIds(stored(library, bundle.id)), (QList<qint64>{ids[0], ids[2], ids[3], ids[1]}));
    }

    void removeEntries()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 4);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        stack.push(new RemoveBundleEntries(*library, bundle, {3, 1}));
        QCOMPARE(entryIds(stored(library, bundle.id)), (QList<qint64>{ids[0], ids[2]}));
        stack.undo();
        QCOMPARE(entryIds(stored(library, bundle.id)), ids);
    }

    void moveEntries_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("expected"); // as indexes into the articles

        QTest::newRow("one down") << QList<int>{0} << 3 << QList<int>{1, 2, 0, 3, 4};
        QTest::newRow("one to the end") << QList<int>{1} << 5 << QList<int>{0, 2, 3, 4, 1};
        QTest::newRow("one up") << QList<int>{4} << 1 << QList<int>{0, 4, 1, 2, 3};
        QTest::newRow("several, kept in order") << QList<int>{3, 0} << 2 << QList<int>{1, 0, 3, 2, 4};
        QTest::newRow("several to the top") << QList<int>{2, 4} << 0 << QList<int>{2, 4, 0, 1, 3};
    }

    void moveEntries()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, to);
        QFETCH(QList<int>, expected);
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 5);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QList<qint64> want;
        for (int i : expected)
            want << ids.at(i);
        QUndoStack stack;
        stack.push(new MoveBundleEntries(*library, bundle, rows, to));
        QCOMPARE(entryIds(stored(library, bundle.id)), want);
        stack.undo();
        QCOMPARE(entryIds(stored(library, bundle.id)), ids);
        stack.redo();
        QCOMPARE(entryIds(stored(library, bundle.id)), want);
    }

    void sections()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 2);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        stack.push(new AddBundleSection(*library, bundle, 1, QStringLiteral("Ports")));
        Bundle now = stored(library, bundle.id);
        QCOMPARE(now.entries.size(), 3);
        QVERIFY(now.entries.at(1).isSection());
        QCOMPARE(now.entries.at(1).heading, QStringLiteral("Ports"));

        stack.push(new RenameBundleSection(*library, now, 1, QStringLiteral("Harbours")));
        now = stored(library, bundle.id);
        QCOMPARE(now.entries.at(1).heading, QStringLiteral("Harbours"));

        stack.push(new RemoveBundleEntries(*library, now, {1}));
        QCOMPARE(entryIds(stored(library, bundle.id)), ids);

        stack.undo(); // the section is back
        QCOMPARE(stored(library, bundle.id).entries.at(1).heading, QStringLiteral("Harbours"));
        stack.undo(); // its old heading
        QCOMPARE(stored(library, bundle.id).entries.at(1).heading, QStringLiteral("Ports"));
        stack.undo(); // no section
        QCOMPARE(entryIds(stored(library, bundle.id)), ids);
    }

    void blurbTypingMergesIntoOneStep()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 2);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        QString typed;
        for (QChar c : QStringLiteral("Tariffs")) {
            typed += c;
            stack.push(new EditBundleBlurb(*library, stored(library, bundle.id), ids[0], typed));
        }
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stored(library, bundle.id).entries.at(0).blurb, QStringLiteral("Tariffs"));
        // Another article's blurb is a step of its own.
        stack.push(
            new EditBundleBlurb(*library, stored(library, bundle.id), ids[1], QStringLiteral("Ports")));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(stored(library, bundle.id).entries.at(1).blurb, QString());
        QCOMPARE(stored(library, bundle.id).entries.at(0).blurb, QStringLiteral("Tariffs"));
        stack.undo();
        QCOMPARE(stored(library, bundle.id).entries.at(0).blurb, QString());
        stack.redo();
        QCOMPARE(stored(library, bundle.id).entries.at(0).blurb, QStringLiteral("Tariffs"));
    }

    void blurbTypedAndDeletedLeavesNoStep()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 1);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        stack.push(new EditBundleBlurb(*library, stored(library, bundle.id), ids[0], QStringLiteral("T")));
        stack.push(new EditBundleBlurb(*library, stored(library, bundle.id), ids[0], QString()));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestBundleCommands)
#include "tst_bundlecommands.moc"
