#include "BundleTestData.h"
#include "TestLibrary.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

/// The hidden headless mode `newsdesk --export-pdf` that newsdesk-cli's `export --format pdf` runs:
/// a real Qt WebEngine print, offscreen.
class TestBundlePdf : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString stderrText;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        environment.remove(QStringLiteral("NEWSDESK_READER"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(NEWSDESK_GUI_PATH),
                      QStringList{QStringLiteral("--library"), m_library->path()} + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    /// The first page's size in points, from its /MediaBox.
    static QSizeF mediaBox(const QByteArray &pdf)
    {
        static const QRegularExpression box(
            QStringLiteral(R"(/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\])"));
        const auto match = box.match(QString::fromLatin1(pdf));
        if (!match.hasMatch())
            return {};
        return {match.captured(3).toDouble() - match.captured(1).toDouble(),
                match.captured(4).toDouble() - match.captured(2).toDouble()};
    }

    std::unique_ptr<TestLibrary> m_library;

private slots:
    void initTestCase()
    {
        m_library = std::make_unique<TestLibrary>();
        Bundle bundle = addBundle(**m_library, QStringLiteral("Week 48"), addArticles(**m_library, 2));
        bundle.title = QStringLiteral("Trade this week");
        bundle.entries[0].blurb = QStringLiteral("The one to read.");
        QVERIFY((*m_library)->bundles().save(bundle));
    }

    void printsA4AndLetter()
    {
        const QString a4 = m_library->dir() + QStringLiteral("/a4.pdf");
        const QString letter = m_library->dir() + QStringLiteral("/letter.pdf");
        Run printed =
            run({QStringLiteral("--export-pdf"), QStringLiteral("week 48"), QStringLiteral("--out"), a4});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.stderrText));
        printed = run({QStringLiteral("--export-pdf"), QStringLiteral("Week 48"), QStringLiteral("--out"),
                       letter, QStringLiteral("--page-size"), QStringLiteral("Letter")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.stderrText));

        QFile a4File(a4);
        QVERIFY(a4File.open(QIODevice::ReadOnly));
        const QByteArray a4Bytes = a4File.readAll();
        QFile letterFile(letter);
        QVERIFY(letterFile.open(QIODevice::ReadOnly));
        const QByteArray letterBytes = letterFile.readAll();
        QVERIFY(a4Bytes.startsWith("%PDF"));
        QVERIFY(letterBytes.startsWith("%PDF"));

        // A4 is 595 × 842 points, Letter 612 × 792.
        const QSizeF a4Size = mediaBox(a4Bytes);
        const QSizeF letterSize = mediaBox(letterBytes);
        qInfo() << "A4" << a4Size << a4Bytes.size() << "bytes; Letter" << letterSize << letterBytes.size()
                << "bytes";
        QVERIFY(qAbs(a4Size.width() - 595) < 2 && qAbs(a4Size.height() - 842) < 2);
        QVERIFY(qAbs(letterSize.width() - 612) < 2 && qAbs(letterSize.height() - 792) < 2);
    }

    void refusesExistingOutputWithoutForce()
    {
        const QString out = m_library->dir() + QStringLiteral("/existing.pdf");
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();

        Run refused =
            run({QStringLiteral("--export-pdf"), QStringLiteral("Week 48"), QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.stderrText.contains(QStringLiteral("--force")), qPrintable(refused.stderrText));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
        existing.close();

        Run forced = run({QStringLiteral("--export-pdf"), QStringLiteral("Week 48"), QStringLiteral("--out"),
                          out, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.stderrText));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QVERIFY(existing.readAll().startsWith("%PDF"));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown bundle") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("Nope"),
                                                       QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")}
                                        << QStringLiteral("Nope");
        QTest::newRow("no --out") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("Week 48")}
                                  << QStringLiteral("--out");
        QTest::newRow("bad page size")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("Week 48"),
                           QStringLiteral("--out"),        QStringLiteral("/tmp/x.pdf"),
                           QStringLiteral("--page-size"),  QStringLiteral("A5")}
            << QStringLiteral("A5");
    }

    void clearErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run failed = run(arguments);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.stderrText.contains(message), qPrintable(failed.stderrText));
    }
};

QTEST_GUILESS_MAIN(TestBundlePdf)
#include "tst_bundlepdf.moc"
