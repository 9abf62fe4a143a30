// newsdesk's own command line: --version and --help work without a display (over ssh, in a package's
// smoke test), list the public options only, and a mistyped option is an error.

#include "GuiProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk::Testing;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versionWithoutDisplay();
    void helpListsThePublicOptions();
    void unknownOptionIsAnError();

private:
    QTemporaryDir m_home;
};

void TestCommandLine::versionWithoutDisplay()
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const GuiRun run = runGui({option}, sealedGuiEnvironment(m_home.path(), false));
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QCOMPARE(run.out, QByteArray("newsdesk " NEWSDESK_VERSION "\n"));
    }
}

void TestCommandLine::helpListsThePublicOptions()
{
    const GuiRun run = runGui({QStringLiteral("--help")}, sealedGuiEnvironment(m_home.path(), false));
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QString help = QString::fromUtf8(run.out);
    QVERIFY2(help.startsWith(QLatin1String("Usage: ")), qPrintable(help));
    for (const char *expected :
         {"--library <path>", "--with-samples", "--version", "--help", "[FILE...]", "handed to it"})
        QVERIFY2(help.contains(QLatin1String(expected)),
                 qPrintable(QLatin1String(expected) + QStringLiteral(" in:\n") + help));
    // The headless PDF mode is newsdesk-cli's business, not the curator's.
    for (const char *hidden : {"--export-pdf", "--page-size", "--force", "--out"})
        QVERIFY2(!help.contains(QLatin1String(hidden)),
                 qPrintable(QLatin1String(hidden) + QStringLiteral(" in:\n") + help));
}

void TestCommandLine::unknownOptionIsAnError()
{
    const GuiRun run = runGui({QStringLiteral("--no-such-option")}, sealedGuiEnvironment(m_home.path()));
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("no-such-option"), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
