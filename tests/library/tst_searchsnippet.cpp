#include "library/SearchSnippet.h"

#include <QTest>

using namespace Newsdesk;

class TestSearchSnippet : public QObject
{
    Q_OBJECT

private slots:
    void snippet_data();
    void snippet();
};

void TestSearchSnippet::snippet_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    const QString body = QStringLiteral(
        "Ministers met on Saturday. After months of talks the two countries agreed to share intelligence on "
        "smuggling networks, officials said, and to meet again in spring to review the pact.");
    QTest::newRow("hit mid-text, cut both ends")
        << QStringList{body} << QStringLiteral("intelligence")
        << QStringLiteral(
               "…countries agreed to share \x02intelligence\x03 on smuggling networks, officials said, and "
               "to meet again in spring…");
    QTest::newRow("prefix and case")
        << QStringList{body} << QStringLiteral("MINIST")
        << QStringLiteral(
               "\x02Ministers\x03 met on Saturday. After months of talks the two countries agreed to share "
               "intelligence on…");
    QTest::newRow("every searched word marked")
        << QStringList{body} << QStringLiteral("share smuggling")
        << QStringLiteral(
               "…two countries agreed to \x02share\x03 intelligence on \x02smuggling\x03 networks, "
               "officials said, and to meet again in…");
    // Words of a phrase are marked one by one, wherever they stand.
    QTest::newRow("phrase words and OR")
        << QStringList{body} << QStringLiteral("\"review the\" OR pact")
        << QStringLiteral("…After months of talks \x02the\x03 two countries agreed to share intelligence on "
                          "smuggling networks, officials said…");
    QTest::newRow("NOT words are not hits") << QStringList{body} << QStringLiteral("pact NOT Ministers")
                                            << QStringLiteral("…spring to review the \x02pact\x03.");
    QTest::newRow("title when the body has no hit")
        << QStringList{body, QStringLiteral("Summit in Vesk")} << QStringLiteral("vesk")
        << QStringLiteral("Summit in \x02Vesk\x03");
    QTest::newRow("opening words when nothing matches")
        << QStringList{body, QStringLiteral("Title")} << QStringLiteral("zebra")
        << QStringLiteral(
               "Ministers met on Saturday. After months of talks the two countries agreed to share "
               "intelligence on…");
    QTest::newRow("text without spaces")
        << QStringList{QStringLiteral(
               "汐ヶ浦市港湾局は2日、コンテナターミナルで使われているクレーンについて")}
        << QStringLiteral("港湾局")
        << QStringLiteral("汐ヶ浦市\x02港湾局\x03は2日、コンテナターミナルで使われているクレーンについて");
    QTest::newRow("empty text") << QStringList{QString()} << QStringLiteral("word") << QString();
}

void TestSearchSnippet::snippet()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(searchSnippet(texts, typed), expected);
}

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_searchsnippet.moc"
