// Importing a taxonomy in the window: one undo step that removes exactly what it added and puts it back
// with the same ids; the Topics dock's export and import.

#include "TestLibrary.h"
#include "TopicTreeCheck.h"
#include "library/ArticleRepository.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"
#include "topics/TopicCommands.h"
#include "topics/TopicTreeModel.h"
#include "topics/TopicsDock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;
using Newsdesk::Testing::treeMismatch;

namespace {

QSet<qint64> topicIds(Library &library)
{
    QSet<qint64> ids;
    for (const Topic &topic : library.topics().all().value())
        ids.insert(topic.id);
    return ids;
}

/// Where each topic is: id, parent, position and name, in the library's order.
QStringList placement(Library &library)
{
    QStringList places;
    for (const Topic &topic : library.topics().all().value())
        places << QStringLiteral("%1/%2/%3/%4")
                      .arg(topic.id)
                      .arg(topic.parentId)
                      .arg(topic.position)
                      .arg(topic.name);
    return places;
}

QByteArray exported(Library &library)
{
    return Taxonomy::toJson(TopicTagging::exportTopics(library).value());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TopicNode node(const QString &name, const QList<TopicNode> &children = {})
{
    TopicNode topic;
    topic.name = name;
    topic.children = children;
    return topic;
}

const TopicNode &lastTopic(const QList<TopicNode> &topics)
{
    const TopicNode &last = topics.last();
    return last.children.isEmpty() ? last : lastTopic(last.children);
}

} // namespace

class TestImportTopics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importUndoRedo();
    void importBelowExistingTopics();
    void nothingNewIsNoStep();
    void failedImportChangesNothing();
    void dockExportsTheTaxonomy();
    void dockImportsAsOneStep();
};

void TestImportTopics::importUndoRedo()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    // A tag on a topic that was there before must come through the import's undo and redo.
    Article article;
    article.title = QStringLiteral("Polls open");
    const qint64 articleId = library->articles().insert({article}).value().first();
    const qint64 elections = library->topics().findByName(QStringLiteral("Elections")).value().first();
    QVERIFY(library->topics().tag({articleId}, {elections}).ok());

    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QSet<qint64> before = topicIds(*library);
    const QStringList placedBefore = placement(*library);
    const QByteArray jsonBefore = exported(*library);

    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY2(iptc.ok(), qPrintable(iptc.errorString()));
    const int expected = TopicTagging::countNewTopics(*library, *iptc).value();
    QVERIFY(expected > 1000);
    auto *command = new ImportTopics(*library, *iptc, 0, QStringLiteral("IPTC Media Topics"));
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QVERIFY(command->text().contains(QLatin1String("IPTC Media Topics")));
    const QList<qint64> addedIds = command->addedIds();
    QCOMPARE(addedIds.size(), expected);
    const QSet<qint64> added(addedIds.cbegin(), addedIds.cend());
    const QSet<qint64> after = topicIds(*library);
    QCOMPARE(after - before, added);
    QCOMPARE(after.size(), before.size() + expected);
    const QStringList placedAfter = placement(*library);
    const QByteArray jsonAfter = exported(*library);
    // The tree shows the step as soon as it is done, with row inserts rather than a reset.
    QCOMPARE(resets.count(), 0);
    QString mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    for (int round = 0; round < 2; ++round) {
        stack.undo();
        QCOMPARE(topicIds(*library), before);
        QCOMPARE(placement(*library), placedBefore);
        QCOMPARE(exported(*library), jsonBefore);
        QCOMPARE(library->topics().articleCounts().value().value(elections), 1);
        mismatch = treeMismatch(model, *library);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        stack.redo();
        QCOMPARE(topicIds(*library), after); // the same ids
        QCOMPARE(placement(*library), placedAfter);
        QCOMPARE(exported(*library), jsonAfter);
        QCOMPARE(library->topics().articleCounts().value().value(elections), 1);
        mismatch = treeMismatch(model, *library);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
}

void TestImportTopics::importBelowExistingTopics()
{
    TestLibrary library;
    const auto desks =
        Taxonomy::readFile(QStringLiteral(TEST_DATA_DIR "/tagging/taxonomy/desk-taxonomy.json"));
    QVERIFY2(desks.ok(), qPrintable(desks.errorString()));
    QVERIFY(TopicTagging::addTopics(*library, *desks).ok());
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList placedBefore = placement(*library);

    // New topics below ones that are there (at two levels), a new branch, and a new top level; names
    // match case-insensitively and without surrounding spaces.
    const QList<TopicNode> more{node(QStringLiteral("regional desks"),
                                     {node(QStringLiteral(" Nordics "), {node(QStringLiteral("Iceland"))}),
                                      node(QStringLiteral("Balkans"), {node(QStringLiteral("Serbia"))})}),
                                node(QStringLiteral("Science desk"))};
    QCOMPARE(TopicTagging::countNewTopics(*library, more).value(), 4);
    auto *command = new ImportTopics(*library, more, 0, QStringLiteral("more.json"));
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(command->addedIds().size(), 4);
    const QStringList placedAfter = placement(*library);
    QCOMPARE(placedAfter.size(), placedBefore.size() + 4);
    const qint64 nordics = library->topics().findByName(QStringLiteral("Nordics")).value().first();
    const QModelIndex iceland =
        model.indexOf(library->topics().findByName(QStringLiteral("Iceland")).value().first());
    QCOMPARE(model.topicAt(iceland.parent()), nordics);
    QCOMPARE(iceland.row(), 2); // after Åland and Svalbard

    stack.undo();
    QCOMPARE(placement(*library), placedBefore);
    QString mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    stack.redo();
    QCOMPARE(placement(*library), placedAfter);
    mismatch = treeMismatch(model, *library);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestImportTopics::nothingNewIsNoStep()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    QUndoStack stack;
    const QStringList placedBefore = placement(*library);
    const auto defaults = Taxonomy::defaultTopics();
    QCOMPARE(TopicTagging::countNewTopics(*library, *defaults).value(), 0);
    stack.push(new ImportTopics(*library, *defaults, 0, QStringLiteral("default-topics.json")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(placement(*library), placedBefore);
}

void TestImportTopics::failedImportChangesNothing()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    const auto iptc = Taxonomy::iptcMediaTopics();
    QVERIFY(iptc.ok());
    // The store refuses the very last topic, after more than a thousand went in.
    QSqlQuery refuse(library->database());
    QVERIFY2(refuse.exec(
                 QStringLiteral("CREATE TEMP TRIGGER refuse_topic BEFORE INSERT ON topics WHEN NEW.name "
                                "= '%1' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
                     .arg(QString(lastTopic(*iptc).name).replace(QLatin1Char('\''), QStringLiteral("''")))),
             qPrintable(refuse.lastError().text()));

    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy errors(library.get(), &Library::errorOccurred);
    QSignalSpy announced(library.get(), &Library::topicInserted);
    const QStringList placedBefore = placement(*library);

    stack.push(new ImportTopics(*library, *iptc, 0, QStringLiteral("IPTC Media Topics")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("refused for the test")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(announced.count(), 0); // rolled back, so never announced
    QCOMPARE(placement(*library), placedBefore);
    QTest::qWait(1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse_topic")));
}

void TestImportTopics::dockExportsTheTaxonomy()
{
    TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    TopicsDock dock;
    dock.setModel(&model, library.get(), &stack);
    QStringList names;
    for (const QAction *action : dock.taxonomyActions())
        names << action->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("exportTaxonomy"), QStringLiteral("importTaxonomy"),
                                 QStringLiteral("importIptcTree")}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taxonomy.json"));
    const Status written = dock.exportTaxonomyTo(path);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(readBytes(path), exported(*library));
    QCOMPARE(Taxonomy::readFile(path).value(), Taxonomy::defaultTopics().value());

    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/taxonomy.json"));
    const Status failed = dock.exportTaxonomyTo(nowhere);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorString().contains(QLatin1String("taxonomy.json")), qPrintable(failed.errorString()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestImportTopics::dockImportsAsOneStep()
{
    TestLibrary library;
    QUndoStack stack;
    TopicTreeModel model(*library, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TopicsDock dock;
    dock.setModel(&model, library.get(), &stack);
    QSignalSpy status(&dock, &TopicsDock::statusMessage);
    const auto desks =
        Taxonomy::readFile(QStringLiteral(TEST_DATA_DIR "/tagging/taxonomy/desk-taxonomy.json"));
    QVERIFY(desks.ok());

    dock.importTopics(*desks, QStringLiteral("desk-taxonomy.json"));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(Testing::rowsBelow(model), 11);
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.first().first().toString().contains(QLatin1String("11")),
             qPrintable(status.first().first().toString()));

    // Again: nothing new, so no step; the curator is told so.
    bool told = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &dock, [&told]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = true;
            box->accept();
        }
    });
    closer.start(10);
    dock.importTopics(*desks, QStringLiteral("desk-taxonomy.json"));
    closer.stop();
    QVERIFY(told);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(status.count(), 1);

    stack.undo();
    QCOMPARE(Testing::rowsBelow(model), 0);
    QVERIFY(library->topics().isEmpty().value());
}

QTEST_MAIN(TestImportTopics)
#include "tst_importtopics.moc"
