#include "BundleTestData.h"
#include "TestLibrary.h"
#include "bundles/BundleCommands.h"
#include "bundles/BundleEntriesModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <memory>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

class TestBundleEntriesModel : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> shownIds(const BundleEntriesModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(BundleEntriesModel::ArticleIdRole).toLongLong();
        return ids;
    }

    static QModelIndexList rows(const BundleEntriesModel &model, const QList<int> &rows)
    {
        QModelIndexList indexes;
        for (int row : rows)
            indexes << model.index(row);
        return indexes;
    }

private slots:
    void showsArticlesAndSections()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 2);
        Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        bundle.entries.prepend(BundleEntry::section(QStringLiteral("Ports")));
        bundle.entries[1].blurb = QStringLiteral("Worth it.");
        QVERIFY(library->bundles().save(bundle));

        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setBundleId(bundle.id);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0).data(BundleEntriesModel::IsSectionRole).toBool());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Ports"));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
        const QString article = model.index(1).data().toString();
        QVERIFY2(article.startsWith(QStringLiteral("Article 1\nSource 1 · ")), qPrintable(article));
        QVERIFY(article.endsWith(QStringLiteral("“Worth it.”")));
        QCOMPARE(model.index(1).data(BundleEntriesModel::BlurbRole).toString(), QStringLiteral("Worth it."));
        QCOMPARE(model.index(2).data(BundleEntriesModel::SourceRole).toString(), QStringLiteral("Source 2"));
        QVERIFY(model.index(2).data(BundleEntriesModel::PublishedRole).toDateTime().isValid());
    }

    void reorderThroughMimeData_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<bool>("ontoItem"); // dropped onto the row's item instead of between rows
        QTest::addColumn<QList<int>>("expected");

        QTest::newRow("first to third place") << QList<int>{0} << 3 << false << QList<int>{1, 2, 0, 3, 4};
        QTest::newRow("last to the top") << QList<int>{4} << 0 << false << QList<int>{4, 0, 1, 2, 3};
        QTest::newRow("two, below the end") << QList<int>{1, 3} << -1 << false << QList<int>{0, 2, 4, 1, 3};
        QTest::newRow("two onto an item") << QList<int>{4, 0} << 2 << true << QList<int>{1, 0, 4, 2, 3};
    }

    void reorderThroughMimeData()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, dropRow);
        QFETCH(bool, ontoItem);
        QFETCH(QList<int>, expected);

        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 5);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBundleId(bundle.id);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &BundleEntriesModel::bundleEdited);

        std::unique_ptr<QMimeData> mime(model.mimeData(rows(model, dragged)));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(BundleEntriesModel::EntriesMimeType));
        const int row = ontoItem ? -1 : dropRow;
        const QModelIndex parent = ontoItem ? model.index(dropRow) : QModelIndex();
        QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, row, 0, parent));
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, row, 0, parent));

        QList<qint64> want;
        for (int i : expected)
            want << ids.at(i);
        QCOMPARE(shownIds(model), want);
        QCOMPARE(entryIds(library->bundles().find(bundle.id).value()), want);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(resets.count(), 0); // rows moved, not the whole list reset
        QVERIFY(edited.count() >= 1);

        stack.undo();
        QCOMPARE(shownIds(model), ids);
        stack.redo();
        QCOMPARE(shownIds(model), want);
    }

    void dropInPlaceIsNoStep()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 3);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        model.setBundleId(bundle.id);
        std::unique_ptr<QMimeData> mime(model.mimeData(rows(model, {1})));
        QVERIFY(!model.dropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
        QCOMPARE(stack.count(), 0);
    }

    void refusesEntriesOfAnotherBundle()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 3);
        const Bundle first = addBundle(*library, QStringLiteral("First"), ids);
        const Bundle second = addBundle(*library, QStringLiteral("Second"), ids);
        QUndoStack stack;
        BundleEntriesModel source(*library, &stack);
        source.setBundleId(first.id);
        BundleEntriesModel target(*library, &stack);
        target.setBundleId(second.id);
        std::unique_ptr<QMimeData> mime(source.mimeData(rows(source, {0})));
        QVERIFY(!target.canDropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
    }

    void acceptsArticlesFromTheListAtAPosition()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 4);
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), {ids[0], ids[1]});
        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBundleId(bundle.id);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QMimeData mime; // as ArticleListModel::mimeData makes it
        mime.setData(BundleEntriesModel::ArticleIdsMimeType, QByteArray::number(ids[3]) + ',' +
                                                                 QByteArray::number(ids[0]) + ',' +
                                                                 QByteArray::number(ids[2]));
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, 1, 0, {}));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, 1, 0, {}));
        QCOMPARE(shownIds(model), (QList<qint64>{ids[0], ids[3], ids[2], ids[1]}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 2);

        // Only articles already there: nothing to do.
        QMimeData again;
        again.setData(BundleEntriesModel::ArticleIdsMimeType, QByteArray::number(ids[1]));
        QVERIFY(!model.dropMimeData(&again, Qt::CopyAction, 0, 0, {}));
        QCOMPARE(stack.count(), 1);
    }

    void editsGoThroughUndo()
    {
        TestLibrary library;
        const QList<qint64> ids = addArticles(*library, 1);
        Bundle bundle = addBundle(*library, QStringLiteral("Trade"), ids);
        bundle.entries.prepend(BundleEntry::section(QStringLiteral("Ports")));
        QVERIFY(library->bundles().save(bundle));
        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBundleId(bundle.id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setData(model.index(0), QStringLiteral("Harbours")));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Harbours"));
        QVERIFY(model.setData(model.index(1), QStringLiteral("Read this."), BundleEntriesModel::BlurbRole));
        QCOMPARE(model.index(1).data(BundleEntriesModel::BlurbRole).toString(), QStringLiteral("Read this."));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Ports"));
        QCOMPARE(model.index(1).data(BundleEntriesModel::BlurbRole).toString(), QString());
    }

    void clearsWhenTheBundleIsDeleted()
    {
        TestLibrary library;
        const Bundle bundle = addBundle(*library, QStringLiteral("Trade"), addArticles(*library, 2));
        QUndoStack stack;
        BundleEntriesModel model(*library, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBundleId(bundle.id);
        stack.push(new DeleteBundle(*library, bundle));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.bundleId(), 0);
    }
};

QTEST_MAIN(TestBundleEntriesModel)
#include "tst_bundleentriesmodel.moc"
