#include "importing/HtmlSanitizer.h"
#include "importing/ImportFormats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Newsdesk;

namespace {

// The figures reached when these floors were set (mean token F1 0.985, titles 130/130, bylines 75/76),
// less a small margin: a change that makes extraction worse fails here.
constexpr double MinimumMeanF1 = 0.975;
constexpr double MinimumTitleShare = 0.98;
constexpr double MinimumBylineShare = 0.95;

QStringList tokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (auto it = word.globalMatch(text.toCaseFolded()); it.hasNext();)
        result << it.next().captured(0);
    return result;
}

/// Token F1 of the extracted text against the expected text, counting repeated words.
double tokenF1(const QStringList &found, const QStringList &expected)
{
    if (found.isEmpty() || expected.isEmpty())
        return found.isEmpty() && expected.isEmpty() ? 1.0 : 0.0;
    QHash<QString, int> remaining;
    for (const QString &token : expected)
        ++remaining[token];
    int common = 0;
    for (const QString &token : found) {
        auto it = remaining.find(token);
        if (it != remaining.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    const double precision = double(common) / found.size();
    const double recall = double(common) / expected.size();
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

} // namespace

/// Extraction quality on Mozilla Readability's 130 test pages, read in place from ../shared: body text
/// against expected.html, title and byline against expected-metadata.json.
class TestReadabilityCorpus : public QObject
{
    Q_OBJECT

private slots:
    void extractionQuality();
};

void TestReadabilityCorpus::extractionQuality()
{
    const QDir corpus(QStringLiteral(NEWSDESK_SHARED_DIR "/corpus/readability"));
    if (!corpus.exists())
        QSKIP("The readability corpus (../shared/corpus/readability) is not here.");
    double f1Sum = 0;
    int pages = 0;
    int titles = 0;
    int bylinePages = 0;
    int bylinesFound = 0;
    qint64 nanoseconds = 0;
    QStringList weakest;
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile sourceFile(corpus.filePath(name + QStringLiteral("/source.html")));
        QFile expectedFile(corpus.filePath(name + QStringLiteral("/expected.html")));
        QFile metadataFile(corpus.filePath(name + QStringLiteral("/expected-metadata.json")));
        if (!sourceFile.open(QIODevice::ReadOnly) || !expectedFile.open(QIODevice::ReadOnly) ||
            !metadataFile.open(QIODevice::ReadOnly))
            continue;
        ImportSource source;
        source.name = name;
        source.data = sourceFile.readAll();
        source.url = QUrl(QStringLiteral("http://fakehost/test/page.html")); // the corpus's own base
        source.contentType = QStringLiteral("text/html");
        QElapsedTimer timer;
        timer.start();
        const auto outcome = ImportFormats::read(source);
        nanoseconds += timer.nsecsElapsed();
        ++pages;
        const QJsonObject expected = QJsonDocument::fromJson(metadataFile.readAll()).object();
        const QString expectedByline = expected.value(QLatin1String("byline")).toString();
        if (!expectedByline.isEmpty())
            ++bylinePages;
        if (!outcome || outcome->articles.isEmpty()) {
            weakest << QStringLiteral("%1 failed: %2").arg(name, outcome.errorString());
            continue;
        }
        const Article &article = outcome->articles.first().article;
        const QString expectedText = HtmlSanitizer::plainText(
            HtmlSanitizer::sanitize(QString::fromUtf8(expectedFile.readAll()), source.url));
        const double f1 = tokenF1(tokens(article.bodyText), tokens(expectedText));
        f1Sum += f1;
        if (article.title.simplified() == expected.value(QLatin1String("title")).toString().simplified())
            ++titles;
        if (!expectedByline.isEmpty() && !article.byline.isEmpty())
            ++bylinesFound;
        if (f1 < 0.9)
            weakest << QStringLiteral("%1 F1 %2").arg(name).arg(f1, 0, 'f', 3);
    }
    QVERIFY(pages > 100);
    const double meanF1 = f1Sum / pages;
    const double titleShare = double(titles) / pages;
    const double bylineShare = bylinePages ? double(bylinesFound) / bylinePages : 1.0;
    qInfo("%d pages: mean token F1 %.4f, titles %d/%d (%.1f%%), bylines %d/%d (%.1f%%), %.0f pages/s in this "
          "build",
          pages, meanF1, titles, pages, 100 * titleShare, bylinesFound, bylinePages, 100 * bylineShare,
          pages / (nanoseconds / 1e9));
    for (const QString &page : std::as_const(weakest))
        qInfo("  weakest: %s", qPrintable(page));
    QVERIFY2(meanF1 >= MinimumMeanF1, qPrintable(QString::number(meanF1)));
    QVERIFY2(titleShare >= MinimumTitleShare, qPrintable(QString::number(titleShare)));
    QVERIFY2(bylineShare >= MinimumBylineShare, qPrintable(QString::number(bylineShare)));
}

QTEST_GUILESS_MAIN(TestReadabilityCorpus)
#include "tst_readabilitycorpus.moc"
