#include "TestLibrary.h"
#include "articles/ArticleListModel.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsLazilyInPages();
    void sortsInSql_data();
    void sortsInSql();
    void filtersByStatusAndSearch();
    void editsBecomeUndoCommands();
    void followsLibraryEventsRowByRow();
    void leavesUnloadedPagesAlone();
    void refreshesOnlyRowsChangedElsewhere();

private:
    static Article makeArticle(int i);
    static QList<qint64> allIds(ArticleListModel &model);
    std::unique_ptr<TestLibrary> m_library;
    static constexpr int ArticleCount = 10000;
};

Article TestArticleListModel::makeArticle(int i)
{
    static const QStringList sources{QStringLiteral("Harbour Gazette"), QStringLiteral("coastline daily"),
                                     QStringLiteral("Atlas Dispatch"), QStringLiteral("Zeta Wire"),
                                     QStringLiteral("みなと新報")};
    Article article;
    // Titles repeat every 997 articles so sorting must fall back on the id.
    article.title = QStringLiteral("Story %1 about %2")
                        .arg(i % 997, 4, 10, QLatin1Char('0'))
                        .arg(i % 3 ? QStringLiteral("trade") : QStringLiteral("Summit"));
    article.source = sources.at(i % sources.size());
    if (i % 11 != 0) // some articles have no date
        article.publishedAt =
            QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i % 5000) * 3600);
    article.status = ArticleText::allStatuses().at(i % 4);
    article.bodyHtml = QStringLiteral("<p>Body of article %1 on tariffs and fisheries.</p>").arg(i);
    return article;
}

void TestArticleListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = std::make_unique<TestLibrary>();
    QList<Article> articles;
    for (int i = 0; i < ArticleCount; ++i)
        articles << makeArticle(i);
    const auto ids = (*m_library)->articles().insert(articles);
    QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
    QCOMPARE(ids->size(), ArticleCount);
}

QList<qint64> TestArticleListModel::allIds(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.articleAt(model.index(row, 0));
    return ids;
}

void TestArticleListModel::loadsLazilyInPages()
{
    ArticleListModel model(**m_library, nullptr);
    QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    // The tester itself fetches a page when it starts, as a view would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int loaded = model.rowCount();
    QVERIFY(loaded > ArticleListModel::PageSize && loaded % ArticleListModel::PageSize == 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), loaded + ArticleListModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), loaded);

    const QList<qint64> ids = allIds(model);
    QCOMPARE(ids.size(), ArticleCount);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ArticleCount);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model.canFetchMore({}));

    // Newest first, undated articles last.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime before = model.index(row - 1, 0).data(ArticleListModel::PublishedRole).toDateTime();
        const QDateTime after = model.index(row, 0).data(ArticleListModel::PublishedRole).toDateTime();
        if (after.isValid())
            QVERIFY2(before.isValid() && before >= after, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestArticleListModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column : {ArticleListModel::Title, ArticleListModel::Source, ArticleListModel::Status}) {
        const QByteArray name = QByteArray::number(column);
        QTest::newRow(name + " ascending") << column << Qt::AscendingOrder;
        QTest::newRow(name + " descending") << column << Qt::DescendingOrder;
    }
}

void TestArticleListModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ArticleListModel model(**m_library, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QCOMPARE(model.query().sort, ArticleListModel::sortKeyFor(column));
    const QList<qint64> ids = allIds(model);
    QCOMPARE(ids.size(), ArticleCount);

    // The pages joined must be one consistent order by the column (case-insensitively for text).
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString a = model.index(row - 1, column).data().toString();
        const QString b = model.index(row, column).data().toString();
        int cmp =
            column == ArticleListModel::Status
                ? int(model.index(row - 1, 0).data(ArticleListModel::StatusRole).value<ArticleStatus>()) -
                      int(model.index(row, 0).data(ArticleListModel::StatusRole).value<ArticleStatus>())
                : QString::compare(a, b, Qt::CaseInsensitive);
        if (order == Qt::DescendingOrder)
            cmp = -cmp;
        QVERIFY2(cmp <= 0, qPrintable(QStringLiteral("row %1: “%2” then “%3”").arg(row).arg(a, b)));
    }
}

void TestArticleListModel::filtersByStatusAndSearch()
{
    ArticleListModel model(**m_library, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery query;
    query.status = ArticleStatus::Selected;
    model.setQuery(query);
    const QList<qint64> selected = allIds(model);
    QCOMPARE(selected.size(), ArticleCount / 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ArticleListModel::StatusRole).value<ArticleStatus>(),
                 ArticleStatus::Selected);

    query = {};
    query.search = QStringLiteral("Summ");
    query.sort = ArticleSortKey::Relevance;
    query.order = Qt::AscendingOrder;
    model.setQuery(query);
    const QList<qint64> found = allIds(model);
    QCOMPARE(found.size(), (ArticleCount + 2) / 3); // every third title says Summit
    const QString snippet =
        model.index(0, ArticleListModel::Match).data(ArticleListModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QChar(0x02)) && snippet.contains(QChar(0x03)), qPrintable(snippet));
    QVERIFY(!model.index(0, ArticleListModel::Match).data().toString().contains(QChar(0x02)));
}

void TestArticleListModel::editsBecomeUndoCommands()
{
    QUndoStack undoStack;
    ArticleListModel model(**m_library, &undoStack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex title = model.index(3, ArticleListModel::Title);
    const QString before = title.data().toString();
    QVERIFY(model.flags(title) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(3, ArticleListModel::Source)) & Qt::ItemIsEditable));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setData(title, QStringLiteral("A better headline")));
    QCOMPARE(undoStack.count(), 1);
    QCOMPARE(title.data().toString(), QStringLiteral("A better headline"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(reset.count(), 0);

    undoStack.undo();
    QCOMPARE(title.data().toString(), before);
    undoStack.redo();
    QCOMPARE(title.data().toString(), QStringLiteral("A better headline"));

    // An empty title is refused without a command.
    QVERIFY(!model.setData(title, QStringLiteral("   ")));
    QCOMPARE(undoStack.count(), 1);

    const QModelIndex status = model.index(3, ArticleListModel::Status);
    const auto oldStatus = status.data(Qt::EditRole).value<ArticleStatus>();
    const auto newStatus =
        oldStatus == ArticleStatus::Rejected ? ArticleStatus::New : ArticleStatus::Rejected;
    QVERIFY(model.setData(status, QVariant::fromValue(newStatus)));
    QCOMPARE(status.data(Qt::EditRole).value<ArticleStatus>(), newStatus);
    QCOMPARE(undoStack.count(), 2);
    undoStack.undo();
    QCOMPARE(status.data(Qt::EditRole).value<ArticleStatus>(), oldStatus);
    undoStack.undo();
    QCOMPARE(title.data().toString(), before);
}

void TestArticleListModel::followsLibraryEventsRowByRow()
{
    ArticleListModel model(**m_library, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int rows = model.rowCount();

    // The newest article goes to the top.
    Article fresh = makeArticle(1);
    fresh.title = QStringLiteral("Breaking: freshest story");
    fresh.publishedAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    const auto ids = (*m_library)->articles().insert({fresh});
    QVERIFY(ids.ok());
    const qint64 id = ids->first();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.indexOf(id).row(), 0);
    QCOMPARE(model.rowCount(), rows + 1);

    // An article in the middle of the loaded rows lands between its neighbours.
    const QDateTime middle = model.index(50, 0).data(ArticleListModel::PublishedRole).toDateTime();
    Article between = makeArticle(2);
    between.publishedAt = middle.addSecs(1);
    const auto betweenIds = (*m_library)->articles().insert({between});
    QVERIFY(betweenIds.ok());
    const int at = model.indexOf(betweenIds->first()).row();
    QVERIFY2(at >= 49 && at <= 51, qPrintable(QString::number(at)));
    QVERIFY(model.index(at - 1, 0).data(ArticleListModel::PublishedRole).toDateTime() >= between.publishedAt);
    QVERIFY(model.index(at + 1, 0).data(ArticleListModel::PublishedRole).toDateTime() <= between.publishedAt);

    QVERIFY((*m_library)->articles().moveToTrash({id}).ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!model.indexOf(id).isValid());
    QVERIFY((*m_library)->articles().restore({id}).ok());
    QCOMPARE(model.indexOf(id).row(), 0);
    QVERIFY((*m_library)->articles().purge({id, betweenIds->first()}).ok());
    QVERIFY(!model.indexOf(id).isValid());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(reset.count(), 0);
}

void TestArticleListModel::leavesUnloadedPagesAlone()
{
    ArticleListModel model(**m_library, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore({}));
    Article old = makeArticle(3);
    old.title = QStringLiteral("An old story");
    old.publishedAt = QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC);
    const auto ids = (*m_library)->articles().insert({old});
    QVERIFY(ids.ok());
    // It sorts after the loaded page, so the page that holds it brings it, once.
    QVERIFY(!model.indexOf(ids->first()).isValid());
    const QList<qint64> all = allIds(model);
    QCOMPARE(all.count(ids->first()), 1);
    QVERIFY((*m_library)->articles().purge({ids->first()}).ok());
}

void TestArticleListModel::refreshesOnlyRowsChangedElsewhere()
{
    ArticleListModel model(**m_library, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    const int loaded = model.rowCount();
    QVERIFY(loaded > ArticleListModel::PageSize);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Nothing changed: not one row is signalled (a view would reset the editor open on it).
    model.refreshLoadedRows();
    QCOMPARE(changed.count(), 0);

    // Another program (its own connection, so the model hears nothing) retitles two neighbouring rows and
    // one far below: two signals, for exactly those rows.
    const QList<qint64> ids{model.articleAt(model.index(10, 0)), model.articleAt(model.index(11, 0)),
                            model.articleAt(model.index(loaded - 5, 0))};
    const QString title = QStringLiteral("Retitled elsewhere");
    {
        auto other = Library::open((*m_library)->path());
        QVERIFY(other.ok());
        for (qint64 id : ids)
            QVERIFY((*other)->articles().setField(id, ArticleField::Title, title).ok());
    }
    QCOMPARE(changed.count(), 0);
    model.refreshLoadedRows();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 11);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), loaded - 5);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), loaded - 5);
    for (qint64 id : ids)
        QCOMPARE(model.indexOf(id).data().toString(), title);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
