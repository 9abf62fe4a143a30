#include "TestLibrary.h"
#include "articles/ArticleCommands.h"
#include "library/ArticleRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

class TestArticleCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void setFieldUndoesAndRedoes();
    void setFieldSkipsNoChange();
    void refusedValueLeavesNoStep();
    void statusOfManyRemembersEach();
    void trashAndRestore();
    void createKeepsItsIdThroughUndo();

private:
    static qint64 add(TestLibrary &library, const QString &title, ArticleStatus status = ArticleStatus::New)
    {
        Article article;
        article.title = title;
        article.status = status;
        return library->articles().insert({article}).value().first();
    }
};

void TestArticleCommands::setFieldUndoesAndRedoes()
{
    TestLibrary library;
    const qint64 id = add(library, QStringLiteral("Old title"));
    QUndoStack stack;
    auto *command = SetArticleField::create(*library, id, ArticleField::Dek, QStringLiteral("A new dek"));
    QVERIFY(command);
    QCOMPARE(command->text(), SetArticleField::tr("Change the dek"));
    stack.push(command);
    QCOMPARE(library->articles().find(id)->dek, QStringLiteral("A new dek"));
    stack.undo();
    QCOMPARE(library->articles().find(id)->dek, QString());
    stack.redo();
    QCOMPARE(library->articles().find(id)->dek, QStringLiteral("A new dek"));
}

void TestArticleCommands::setFieldSkipsNoChange()
{
    TestLibrary library;
    const qint64 id = add(library, QStringLiteral("Same"));
    QCOMPARE(SetArticleField::create(*library, id, ArticleField::Title, QStringLiteral("Same")), nullptr);
    QSignalSpy errors(library.get(), &Library::errorOccurred);
    QCOMPARE(SetArticleField::create(*library, 424242, ArticleField::Title, QStringLiteral("X")), nullptr);
    QCOMPARE(errors.count(), 1);
}

void TestArticleCommands::refusedValueLeavesNoStep()
{
    TestLibrary library;
    const qint64 id = add(library, QStringLiteral("Kept"));
    QUndoStack stack;
    QSignalSpy errors(library.get(), &Library::errorOccurred);
    stack.push(
        SetArticleField::create(*library, id, ArticleField::Language, QStringLiteral("not a language!")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(library->articles().find(id)->language, QString());
}

void TestArticleCommands::statusOfManyRemembersEach()
{
    TestLibrary library;
    const qint64 a = add(library, QStringLiteral("A"), ArticleStatus::New);
    const qint64 b = add(library, QStringLiteral("B"), ArticleStatus::Rejected);
    const qint64 c = add(library, QStringLiteral("C"), ArticleStatus::Selected);
    QUndoStack stack;
    stack.push(SetArticlesStatus::create(*library, {a, b, c}, ArticleStatus::Selected));
    // One whole phrase per status, counting only the articles that change.
    QCOMPARE(stack.undoText(), SetArticlesStatus::tr("Mark %n article(s) as selected", nullptr, 2));
    for (qint64 id : {a, b, c})
        QCOMPARE(library->articles().find(id)->status, ArticleStatus::Selected);
    stack.undo();
    QCOMPARE(library->articles().find(a)->status, ArticleStatus::New);
    QCOMPARE(library->articles().find(b)->status, ArticleStatus::Rejected);
    QCOMPARE(library->articles().find(c)->status, ArticleStatus::Selected);
    QCOMPARE(SetArticlesStatus::create(*library, {c}, ArticleStatus::Selected), nullptr);
}

void TestArticleCommands::trashAndRestore()
{
    TestLibrary library;
    const qint64 id = add(library, QStringLiteral("Doomed"));
    QUndoStack stack;
    stack.push(new TrashArticles(*library, {id}));
    QVERIFY(library->articles().find(id)->trashedAt.isValid());
    stack.undo();
    QVERIFY(!library->articles().find(id)->trashedAt.isValid());
    stack.redo();
    stack.push(new TrashArticles(*library, {id}, true));
    QVERIFY(!library->articles().find(id)->trashedAt.isValid());
    stack.undo();
    QVERIFY(library->articles().find(id)->trashedAt.isValid());
}

void TestArticleCommands::createKeepsItsIdThroughUndo()
{
    TestLibrary library;
    QUndoStack stack;
    Article article;
    article.title = QStringLiteral("Written by hand");
    article.setField(ArticleField::Body, QStringLiteral("First paragraph.\n\nSecond <b>paragraph</b>."));
    auto *command = new CreateArticle(*library, article);
    stack.push(command);
    const qint64 id = command->articleId();
    QVERIFY(id > 0);
    const auto stored = library->articles().find(id);
    QVERIFY(stored.ok());
    // Typed text is escaped, never taken as markup.
    QCOMPARE(stored->bodyHtml,
             QStringLiteral("<p>First paragraph.</p>\n<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>"));
    stack.undo();
    QCOMPARE(library->articles().find(id).error().code, Error::Code::NotFound);
    stack.redo();
    QCOMPARE(library->articles().find(id)->title, QStringLiteral("Written by hand"));
}

QTEST_MAIN(TestArticleCommands)
#include "tst_articlecommands.moc"
