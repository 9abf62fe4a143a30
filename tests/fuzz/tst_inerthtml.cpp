#include "InertHtml.h"
#include "importing/HtmlSanitizer.h"

#include <QFile>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Fuzz;
using namespace Qt::StringLiterals;

namespace {

QString readData(const QString &path)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

} // namespace

/// The checker the html_sanitizer fuzzer (and every import fuzzer) relies on: it must flag what runs and
/// pass what the sanitizer rightly writes, or a fuzz run proves nothing.
class TestInertHtml : public QObject
{
    Q_OBJECT

private slots:
    void flagsExecutable_data();
    void flagsExecutable();
    void flagsMalformed_data();
    void flagsMalformed();
    void passesInert_data();
    void passesInert();
    void sanitisedVectorsAreInert_data();
    void sanitisedVectorsAreInert();
};

void TestInertHtml::flagsExecutable_data()
{
    QTest::addColumn<QString>("html");
    for (const QString &html : InertHtml::knownExecutable())
        QTest::newRow(qPrintable(html.left(60).simplified())) << html;
    // The ways a sanitiser's slip would look, beyond the self-check's list.
    QTest::newRow("frame in a table")
        << u"<table><tbody><tr><td><frame src=\"x\"/></td></tr></tbody></table>"_s;
    QTest::newRow("srcset candidate")
        << u"<img src=\"https://a.example/a.png\" srcset=\"a.png 1x, javascript:x 2x\"/>"_s;
    QTest::newRow("xlink href")
        << u"<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"javascript:x\">a</a>"_s;
    QTest::newRow("leading control characters") << u"<a href=\"&#x1; javascript:x()\">a</a>"_s;
    QTest::newRow("newline in scheme") << u"<a href=\"java&#10;script:x()\">a</a>"_s;
    QTest::newRow("HTML5 references") << u"<a href=\"java&Tab;script&colon;x()\">a</a>"_s;
    QTest::newRow("reference to a control, no semicolon") << u"<a href=\"&#1 javascript:x()\">a</a>"_s;
    QTest::newRow("moz binding") << u"<p style=\"-moz-binding:url(x.xml#y)\">t</p>"_s;
    QTest::newRow("escaped expression") << u"<p style=\"width:ex\\pression(x())\">t</p>"_s;
    QTest::newRow("document type") << u"<!DOCTYPE html><p>t</p>"_s;
    // Not well-formed: the XML reading stops early, the HTML reading still sees what follows.
    QTest::newRow("script after an XML error") << u"<p>a<br>b</p><script>x()</script>"_s;
}

void TestInertHtml::flagsExecutable()
{
    QFETCH(QString, html);
    QVERIFY2(!InertHtml::executableConstruct(html).isEmpty(), qPrintable(html));
}

void TestInertHtml::flagsMalformed_data()
{
    QTest::addColumn<QString>("html");
    for (const QString &html : InertHtml::knownMalformed())
        QTest::newRow(qPrintable(html.left(60).simplified())) << html;
}

void TestInertHtml::flagsMalformed()
{
    QFETCH(QString, html);
    QVERIFY2(!InertHtml::xmlError(html).isEmpty(), qPrintable(html));
    // Malformed is not executable: plain-text comments keep <br> and are sanitised when shown.
    const QString found = InertHtml::executableConstruct(html);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestInertHtml::passesInert_data()
{
    QTest::addColumn<QString>("html");
    for (const QString &html : InertHtml::knownInert())
        QTest::newRow(qPrintable(html.left(60).simplified())) << html;
    QTest::newRow("the sanitizer's fixture")
        << readData(u"importing/sanitizer/article-body.sanitized.html"_s);
}

void TestInertHtml::passesInert()
{
    QFETCH(QString, html);
    const QString found = InertHtml::executableConstruct(html) + InertHtml::xmlError(html);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestInertHtml::sanitisedVectorsAreInert_data()
{
    QTest::addColumn<QString>("vector");
    int number = 0;
    for (const QString &line : readData(u"security/xss-vectors.txt"_s).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QTest::newRow(qPrintable(u"vector %1"_s.arg(++number))) << line;
    }
    QVERIFY(number >= 100);
}

void TestInertHtml::sanitisedVectorsAreInert()
{
    QFETCH(QString, vector);
    for (const QUrl &base : {QUrl(u"https://news.example/world/story.html"_s), QUrl(u"javascript:x()//"_s)}) {
        const QString clean = HtmlSanitizer::sanitize(vector, base);
        const QString found = InertHtml::executableConstruct(clean) + InertHtml::xmlError(clean);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
}

QTEST_GUILESS_MAIN(TestInertHtml)
#include "tst_inerthtml.moc"
