#include "BundleTestData.h"
#include "TestLibrary.h"
#include "bundles/BundleCommands.h"
#include "bundles/BundleListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestBundleListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const BundleListModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row).data().toString();
        return names;
    }

private slots:
    void listsBundlesByName()
    {
        TestLibrary library;
        addBundle(*library, QStringLiteral("beta"), addArticles(*library, 2));
        addBundle(*library, QStringLiteral("Alpha"));
        QUndoStack stack;
        BundleListModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta")}));
        QCOMPARE(model.index(1).data(BundleListModel::ArticleCountRole).toInt(), 2);
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 article")));
    }

    void followsLibraryWithoutReset()
    {
        TestLibrary library;
        addBundle(*library, QStringLiteral("Bravo"));
        QUndoStack stack;
        BundleListModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        Bundle charlie;
        charlie.name = QStringLiteral("Charlie");
        auto *create = new CreateBundle(*library, charlie);
        stack.push(create);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));

        // Renamed in place, through the undo stack, and moved to its place in the order.
        QVERIFY(model.setData(model.indexOf(create->bundleId()), QStringLiteral("Alpha")));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")}));
        QCOMPARE(moved.count(), 1);
        stack.undo();
        QCOMPARE(names(model), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));

        stack.undo(); // the creation
        QCOMPARE(removed.count(), 1);
        QCOMPARE(names(model), QStringList{QStringLiteral("Bravo")});
        QCOMPARE(resets.count(), 0);
    }

    void articleCountFollowsEdits()
    {
        TestLibrary library;
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"));
        QUndoStack stack;
        BundleListModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        stack.push(new AddBundleArticles(*library, bundle, addArticles(*library, 3)));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0).data(BundleListModel::ArticleCountRole).toInt(), 3);
    }

    void emptyOrSameNameIsNoEdit()
    {
        TestLibrary library;
        addBundle(*library, QStringLiteral("Trade"));
        QUndoStack stack;
        BundleListModel model(*library, &stack);
        QVERIFY(!model.setData(model.index(0), QStringLiteral("  ")));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("Trade")));
        QCOMPARE(stack.count(), 0);
    }

    void articlesDroppedOnABundleJoinIt()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 3);
        const qint64 bundleId = addBundle(*library, QStringLiteral("Trade"), {ids[0]}).id;
        QUndoStack stack;
        BundleListModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dropped(&model, &BundleListModel::articlesDropped);
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled));

        // What the article list puts on the clipboard of a drag.
        QMimeData data;
        data.setData(QStringLiteral("application/x-newsdesk-article-ids"),
                     QStringLiteral("%1,%2,%3").arg(ids[2]).arg(ids[0]).arg(ids[1]).toLatin1());
        QVERIFY(!model.canDropMimeData(&data, Qt::CopyAction, 0, 0, QModelIndex())); // between bundles
        QVERIFY(model.canDropMimeData(&data, Qt::CopyAction, -1, -1, model.index(0)));
        QVERIFY(model.dropMimeData(&data, Qt::CopyAction, -1, -1, model.index(0)));
        QCOMPARE(library->bundles().find(bundleId)->articleIds(), (QList<qint64>{ids[0], ids[2], ids[1]}));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().at(1).toInt(), 2);
        QCOMPARE(model.index(0).data(BundleListModel::ArticleCountRole).toInt(), 3);

        // The same again adds nothing and leaves no undo step; undo takes the two out again.
        QVERIFY(!model.dropMimeData(&data, Qt::CopyAction, -1, -1, model.index(0)));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(library->bundles().find(bundleId)->articleIds(), (QList<qint64>{ids[0]}));

        QMimeData other;
        other.setText(QStringLiteral("1,2"));
        QVERIFY(!model.canDropMimeData(&other, Qt::CopyAction, -1, -1, model.index(0)));
    }
};

QTEST_MAIN(TestBundleListModel)
#include "tst_bundlelistmodel.moc"
