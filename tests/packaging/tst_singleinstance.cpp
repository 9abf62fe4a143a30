// One window per library: a second `newsdesk` on the same library hands its files to the first and
// exits 0. The first is either a SingleInstance in this process or a real newsdesk started here.

#include "GuiProcess.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "mainwindow/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

/// Whether something answers on the library's socket.
bool serving(const QString &libraryPath)
{
    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverName(libraryPath));
    return socket.waitForConnected(200);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverNameFollowsTheFileNotTheSpelling();
    void secondStartHandsFilesOver();
    void secondStartWithoutFilesRaisesTheWindow();
    void followsTheWindowToAnotherLibrary();
    void crashedOwnerIsReplaced();
    void filesReachTheRunningWindowsLibrary();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    QProcessEnvironment environment() const
    {
        return sealedGuiEnvironment(m_dir->filePath(QStringLiteral("home")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
}

void TestSingleInstance::serverNameFollowsTheFileNotTheSpelling()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("real")));
    const QString real = m_dir->filePath(QStringLiteral("real/library.sqlite"));
    writeFile(real, {});
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("real")), m_dir->filePath(QStringLiteral("link"))));

    const QString name = SingleInstance::serverName(real);
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(QStringLiteral("link/library.sqlite"))), name);
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(QStringLiteral("real/../real/library.sqlite"))),
             name);
    QVERIFY(SingleInstance::serverName(m_dir->filePath(QStringLiteral("real/other.sqlite"))) != name);
    // A library not created yet still has one name, whichever way its folder is reached.
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(QStringLiteral("link/new.sqlite"))),
             SingleInstance::serverName(m_dir->filePath(QStringLiteral("real/new.sqlite"))));
    QVERIFY(name.startsWith(QLatin1String("newsdesk-")));
    QVERIFY(!name.contains(QLatin1Char('/'))); // a name, not a path: nothing of the library shows
}

void TestSingleInstance::secondStartHandsFilesOver()
{
    SingleInstance first;
    QSignalSpy activations(&first, &SingleInstance::activationRequested);
    const auto role = first.claim(libraryPath(), {});
    QVERIFY2(role, qPrintable(role.errorString()));
    QCOMPARE(*role, SingleInstance::Role::Primary);
    QVERIFY(first.isPrimary());

    // Relative names, from another working folder: the window gets absolute paths, and addresses intact.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("downloads")));
    const QString downloads = m_dir->filePath(QStringLiteral("downloads"));
    const GuiRun second =
        runGui({QStringLiteral("--library"), libraryPath(), QStringLiteral("week.newsdesk.json"),
                QStringLiteral("page one.html"), QStringLiteral("https://news.example/story")},
               environment(), downloads);
    QVERIFY2(second.succeeded(), qPrintable(second.describe()));
    QCOMPARE(activations.size(), 1);
    QCOMPARE(activations.at(0).at(0).toStringList(),
             QStringList({downloads + QStringLiteral("/week.newsdesk.json"),
                          downloads + QStringLiteral("/page one.html"),
                          QStringLiteral("https://news.example/story")}));
    QVERIFY2(!QFile::exists(libraryPath()), "the second start opened the library itself");
}

void TestSingleInstance::secondStartWithoutFilesRaisesTheWindow()
{
    SingleInstance first;
    QSignalSpy activations(&first, &SingleInstance::activationRequested);
    QVERIFY(first.claim(libraryPath(), {}).ok());
    const GuiRun second = runGui({QStringLiteral("--library"), libraryPath()}, environment());
    QVERIFY2(second.succeeded(), qPrintable(second.describe()));
    QCOMPARE(activations.size(), 1);
    QVERIFY(activations.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::followsTheWindowToAnotherLibrary()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    SingleInstance first;
    QVERIFY(first.claim(libraryPath(), {}).ok());
    QVERIFY(serving(libraryPath()));
    first.moveTo(other);
    QVERIFY(first.isPrimary());
    QVERIFY(serving(other));
    QVERIFY(!serving(libraryPath()));

    // The library left behind is free for the next window.
    SingleInstance next;
    const auto role = next.claim(libraryPath(), {}, 2000);
    QVERIFY2(role, qPrintable(role.errorString()));
    QCOMPARE(*role, SingleInstance::Role::Primary);
}

void TestSingleInstance::crashedOwnerIsReplaced()
{
    QProcess crashed;
    startGui(crashed, {QStringLiteral("--library"), libraryPath()}, environment());
    QTRY_VERIFY_WITH_TIMEOUT(serving(libraryPath()) || crashed.state() == QProcess::NotRunning, 60000);
    if (crashed.state() != QProcess::Running)
        QFAIL(qPrintable(finishGui(crashed, 0).describe()));
    crashed.kill(); // SIGKILL: its socket file and lock file stay behind
    QVERIFY(crashed.waitForFinished(10000));
    QVERIFY(!serving(libraryPath()));
    const QString leftovers = QDir::temp().filePath(SingleInstance::serverName(libraryPath()));
    QVERIFY2(QFile::exists(leftovers), "no stale socket: the test would prove nothing");
    QVERIFY2(QFile::exists(leftovers + QStringLiteral(".lock")),
             "no stale lock: the test would prove nothing");

    SingleInstance next;
    QSignalSpy activations(&next, &SingleInstance::activationRequested);
    const auto role = next.claim(libraryPath(), {}, 5000);
    QVERIFY2(role, qPrintable(role.errorString()));
    QCOMPARE(*role, SingleInstance::Role::Primary);

    const QString page = m_dir->filePath(QStringLiteral("page.html"));
    const GuiRun second = runGui({QStringLiteral("--library"), libraryPath(), page}, environment());
    QVERIFY2(second.succeeded(), qPrintable(second.describe()));
    QCOMPARE(activations.size(), 1);
    QCOMPARE(activations.at(0).at(0).toStringList(), QStringList{page});
}

void TestSingleInstance::filesReachTheRunningWindowsLibrary()
{
    const QString page = m_dir->filePath(QStringLiteral("summit.html"));
    writeFile(page,
              "<!doctype html><html lang=\"en\"><head><title>Leaders meet at the summit</title></head>"
              "<body><article><h1>Leaders meet at the summit</h1>"
              "<p>The leaders of both countries met on Tuesday to discuss trade, and agreed to meet again "
              "in the spring after talks between their ministers over the winter months.</p>"
              "<p>Officials said the talks had been frank, and that a joint statement would follow once "
              "both cabinets had seen the draft prepared by their negotiators.</p></article></body></html>");

    QProcess window;
    startGui(window, {QStringLiteral("--library"), libraryPath()}, environment());
    QTRY_VERIFY_WITH_TIMEOUT(serving(libraryPath()) || window.state() == QProcess::NotRunning, 60000);
    if (window.state() != QProcess::Running)
        QFAIL(qPrintable(finishGui(window, 0).describe()));

    const GuiRun second = runGui({QStringLiteral("--library"), libraryPath(), page}, environment());
    QVERIFY2(second.succeeded(), qPrintable(second.describe()));

    auto library = Library::open(libraryPath());
    QVERIFY2(library, qPrintable(library.errorString()));
    const auto total = [&library]() {
        const auto counts = (*library)->articles().counts();
        return counts ? int(counts->total) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(total(), 1, 30000);
    QVERIFY(window.state() == QProcess::Running); // the window imported it and carries on
    window.terminate();
    QVERIFY(window.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
