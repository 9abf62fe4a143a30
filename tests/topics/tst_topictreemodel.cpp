#include "TestLibrary.h"
#include "TopicTreeCheck.h"
#include "library/ArticleRepository.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"
#include "topics/TopicCommands.h"
#include "topics/TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;
using Newsdesk::Testing::treeMismatch;

namespace {
Topic named(const QString &name, qint64 parentId = 0)
{
    Topic topic;
    topic.name = name;
    topic.parentId = parentId;
    return topic;
}
} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void treeOfTheDefaultTaxonomy();
    void checkingTagsTheSelectionAsOneStep();
    void droppingArticlesAndTopics();
    void structuralCommandsUndo();
    void directWritesWaitForTheEventLoop();
    void newTopicsAmongExistingSiblings();
    void changesAndShapeInOneBatch();

private:
    static QList<qint64> addArticles(TestLibrary &library, int count)
    {
        QList<Article> articles;
        for (int i = 0; i < count; ++i) {
            Article article;
            article.title = QStringLiteral("Article %1").arg(i);
            articles << article;
        }
        return library->articles().insert(articles).value();
    }
};

void TestTopicTreeModel::treeOfTheDefaultTaxonomy()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 17);
    const qint64 pacts =
        library->topics().findByName(QStringLiteral("Security pacts & intelligence sharing")).value().first();
    const QModelIndex index = model.indexOf(pacts);
    QVERIFY(index.isValid());
    QVERIFY(index.parent().isValid());
    QCOMPARE(model.pathOf(pacts),
             index.parent().data().toString() + QStringLiteral(" › Security pacts & intelligence sharing"));
    QCOMPARE(model.topicAt(index), pacts);
}

void TestTopicTreeModel::checkingTagsTheSelectionAsOneStep()
{
    TestLibrary library;
    const QList<qint64> articles = addArticles(library, 1000);
    const qint64 topic = library->topics().create(named(QStringLiteral("Elections"), 0)).value();
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSelectedArticles(articles);
    const QModelIndex index = model.indexOf(topic);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setData(index, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(stack.count(), 1); // a thousand articles, one step
    QCOMPARE(library->topics().articleCounts().value().value(topic), 1000);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(index.siblingAtColumn(TopicTreeModel::Count).data().toInt(), 1000);
    QCOMPARE(reset.count(), 0); // tagging changes counts, not the tree
    stack.undo();
    QCOMPARE(library->topics().articleCounts().value().value(topic), 0);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Partly tagged selections show as such.
    QVERIFY(library->topics().tag({articles.first()}, {topic}).ok());
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
}

void TestTopicTreeModel::droppingArticlesAndTopics()
{
    TestLibrary library;
    const QList<qint64> articles = addArticles(library, 3);
    const qint64 economy = library->topics().create(named(QStringLiteral("Economy"), 0)).value();
    const qint64 trade = library->topics().create(named(QStringLiteral("Trade"), 0)).value();
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QMimeData articlesMime;
    articlesMime.setData(QString::fromLatin1(TopicTreeModel::ArticleIdsMimeType),
                         QByteArray::number(articles.at(0)) + ',' + QByteArray::number(articles.at(2)));
    QVERIFY(model.canDropMimeData(&articlesMime, Qt::CopyAction, -1, -1, model.indexOf(trade)));
    QVERIFY(!model.canDropMimeData(&articlesMime, Qt::CopyAction, -1, -1, {})); // not on the empty space
    QVERIFY(model.dropMimeData(&articlesMime, Qt::CopyAction, -1, -1, model.indexOf(trade)));
    QCOMPARE(library->topics().articleCounts().value().value(trade), 2);

    // A topic dragged onto another moves under it; not into itself.
    std::unique_ptr<QMimeData> topicMime(model.mimeData({model.indexOf(trade)}));
    QVERIFY(topicMime);
    QVERIFY(!model.canDropMimeData(topicMime.get(), Qt::MoveAction, -1, -1, model.indexOf(trade)));
    model.dropMimeData(topicMime.get(), Qt::MoveAction, -1, -1, model.indexOf(economy));
    QCOMPARE(library->topics().find(trade)->parentId, economy);
    QCOMPARE(model.indexOf(trade).parent(), model.indexOf(economy));
    stack.undo();
    QCOMPARE(library->topics().find(trade)->parentId, 0);
}

void TestTopicTreeModel::structuralCommandsUndo()
{
    TestLibrary library;
    const QList<qint64> articles = addArticles(library, 2);
    const qint64 a = library->topics().create(named(QStringLiteral("A"), 0)).value();
    const qint64 b = library->topics().create(named(QStringLiteral("B"), 0)).value();
    QVERIFY(library->topics().tag(articles, {a}).ok());
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Rename in place.
    QVERIFY(model.setData(model.indexOf(a), QStringLiteral("Renamed"), Qt::EditRole));
    QCOMPARE(library->topics().find(a)->name, QStringLiteral("Renamed"));
    stack.undo();
    QCOMPARE(library->topics().find(a)->name, QStringLiteral("A"));

    stack.push(
        new MergeTopics(*library, library->topics().find(a).value(), library->topics().find(b).value()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(library->topics().articleCounts().value().value(b), 2);
    stack.undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(library->topics().articleCounts().value().value(a), 2);
    QCOMPARE(library->topics().articleCounts().value().value(b), 0);

    stack.push(new DeleteTopic(*library, library->topics().find(a).value()));
    QCOMPARE(model.rowCount(), 1);
    stack.undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(library->topics().articleCounts().value().value(a), 2);

    auto *create = new CreateTopic(*library, named(QStringLiteral("Child"), b));
    stack.push(create);
    QCOMPARE(model.rowCount(model.indexOf(b)), 1);
    stack.undo();
    QCOMPARE(model.rowCount(model.indexOf(b)), 0);
    stack.redo();
    QCOMPARE(model.rowCount(model.indexOf(b)), 1);
}

void TestTopicTreeModel::directWritesWaitForTheEventLoop()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    const int before = Testing::rowsBelow(model);

    // The full IPTC tree, a thousand topics and more, written straight to the library.
    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY2(iptc.ok(), qPrintable(iptc.errorString()));
    const auto added = TopicTagging::addTopics(*library, *iptc);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QVERIFY(*added > 1000);
    QCOMPARE(Testing::rowsBelow(model), before);
    QCOMPARE(inserts.count(), 0);

    QTRY_VERIFY(!inserts.isEmpty());
    QCOMPARE(resets.count(), 0);
    // One insert per run of new siblings under a topic that was there, not one per topic.
    QVERIFY2(inserts.count() <= 40, qPrintable(QString::number(inserts.count())));
    QCOMPARE(Testing::rowsBelow(model), before + *added);
    const QString mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestTopicTreeModel::newTopicsAmongExistingSiblings()
{
    TestLibrary library;
    const qint64 a = library->topics().create(named(QStringLiteral("A"))).value();
    const qint64 b = library->topics().create(named(QStringLiteral("B"))).value();
    library->topics().create(named(QStringLiteral("C"))).value();
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    // Between B and C (same position as B, a higher id), with a child of its own; and a child under A.
    Topic between = named(QStringLiteral("B2"));
    between.position = library->topics().find(b)->position;
    const qint64 b2 = library->topics().create(between).value();
    library->topics().create(named(QStringLiteral("B2 child"), b2)).value();
    library->topics().create(named(QStringLiteral("A child"), a)).value();
    QCOMPARE(model.rowCount(), 3);
    model.applyPendingChanges();

    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.indexOf(b2).row(), 2);
    QCOMPARE(model.rowCount(model.indexOf(b2)), 1);
    QCOMPARE(model.rowCount(model.indexOf(a)), 1);
    const QString mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // Nothing left over for the event loop.
    QTest::qWait(1);
    QCOMPARE(inserts.count(), 2);
}

void TestTopicTreeModel::changesAndShapeInOneBatch()
{
    TestLibrary library;
    const qint64 a = library->topics().create(named(QStringLiteral("A"))).value();
    const qint64 b = library->topics().create(named(QStringLiteral("B"))).value();
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // A rename alone is a change of one row.
    Topic renamed = library->topics().find(a).value();
    renamed.name = QStringLiteral("A renamed");
    QVERIFY(library->topics().update(renamed).ok());
    model.applyPendingChanges();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.indexOf(a).data().toString(), QStringLiteral("A renamed"));

    // New topics, a rename and a deletion together: one reset reads them all.
    library->topics().create(named(QStringLiteral("C"))).value();
    renamed.name = QStringLiteral("A again");
    QVERIFY(library->topics().update(renamed).ok());
    QVERIFY(library->topics().remove(b).ok());
    QTRY_COMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    const QString mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QTest::qWait(1);
    QCOMPARE(resets.count(), 1);
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
