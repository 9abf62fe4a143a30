#include "articles/ArticleDetailPane.h"
#include "bundles/BundleRendering.h"
#include "bundles/BundleWebPage.h"
#include "core/Application.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SingleInstance.h"
#include "moderation/SpamFilterService.h"
#include "reader/ReaderView.h"
#include "settings/Settings.h"
#include "tagging/TopicSuggestions.h"
#include "tagging/TopicTagging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdlib>
#include <ctime>
#include <unistd.h>

using namespace Newsdesk;

namespace {

/// Opens the library at path; on failure lets the curator pick another file or give up.
std::unique_ptr<Library> openInteractively(QString path)
{
    for (;;) {
        auto opened = Library::open(path);
        if (opened) {
            if ((*opened)->wasCreated())
                if (Status seeded = TopicTagging::seedDefaults(**opened); !seeded)
                    QMessageBox::warning(nullptr, QApplication::translate("main", "Newsdesk"),
                                         seeded.errorString());
            return std::move(opened).value();
        }
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Newsdesk"),
                        opened.errorString());
        QPushButton *other =
            box.addButton(QApplication::translate("main", "Open Another Library…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(other))
            return nullptr;
        path =
            QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open Library"), QString(),
                                         QApplication::translate("main", "Newsdesk libraries (*.sqlite "
                                                                         "*.newsdesk);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
}

/// The hidden headless mode behind `newsdesk-cli export --format pdf`: prints the bundle to PDF with
/// Qt WebEngine (run with QT_QPA_PLATFORM=offscreen), says how it went on stderr and returns the exit
/// status. No window and no dialog: every problem is a message.
int exportPdf(QApplication &app, const QString &libraryPath, const QString &bundleName,
              const QString &outPath, const QString &pageSizeName, bool force)
{
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << QApplication::translate("main", "newsdesk: %1").arg(message) << Qt::endl;
        return 1;
    };
    if (outPath.isEmpty())
        return fail(QApplication::translate("main", "--export-pdf needs --out FILE."));
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (pageSizeName.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        pageSize = QPageSize::Letter;
    else if (!pageSizeName.isEmpty() && pageSizeName.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        return fail(
            QApplication::translate("main", "Unknown page size “%1”: use A4 or Letter.").arg(pageSizeName));
    if (QFileInfo::exists(outPath) && !force)
        return fail(QApplication::translate("main", "%1 exists already; add --force to replace it.")
                        .arg(QDir::toNativeSeparators(outPath)));
    auto library = Library::open(libraryPath);
    if (!library)
        return fail(library.errorString());
    const auto bundle = (*library)->bundles().findByName(bundleName);
    if (!bundle)
        return fail(bundle.errorString());
    const auto html = renderBundleHtml(**library, *bundle);
    if (!html)
        return fail(html.errorString());

    int status = 1;
    BundlePdfPrinter printer;
    QObject::connect(
        &printer, &BundlePdfPrinter::finished, &app, [&](const QString &path, const QString &error) {
            if (error.isEmpty()) {
                err << QApplication::translate("main", "Wrote %1").arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
                status = 0;
            } else {
                fail(error);
            }
            app.quit();
        });
    printer.print(*html, pageSize, outPath);
    app.exec();
    return status;
}

/// A figure from /proc/self/status such as VmRSS or VmHWM, in KiB; -1 where there is none (not Linux).
qint64 procStatusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Milliseconds since the kernel started this process (in clock ticks, so to 10 ms); -1 where unknown.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    // The command name in parentheses may hold spaces; the fields counted after it do not.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong(); // field 22 of proc(5), the third being index 0
    const double startMs = 1000.0 * double(startTicks) / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

/// The hidden --startup-probe of the benchmark suite (newsdesk-bench, scenario "startup"): once the window
/// has painted for the first time, prints one line to stdout and quits. A paint event is seen before the
/// widget paints; the queued call runs once the whole window has been painted and flushed. With a settle
/// time (--startup-probe-settle) it then waits for the background work of start-up (topic training, spam
/// scoring) and prints a second line with the memory the window keeps, and its peak, before quitting.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(MainWindow &window, int settleMs)
        : QObject(&window)
        , m_window(window)
        , m_settleMs(settleMs)
    {
        window.installEventFilter(this);
        window.articleView()->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const ReaderView *reader = m_window.detailPane() ? m_window.detailPane()->reader() : nullptr;
        const bool readerMade = reader && reader->backend() != ReaderView::Backend::None;
        QTextStream(stdout) << QStringLiteral("first-paint ms=%1 rss-kib=%2 hwm-kib=%3 reader=%4")
                                   .arg(msSinceProcessStart(), 0, 'f', 0)
                                   .arg(procStatusKiB("VmRSS"))
                                   .arg(procStatusKiB("VmHWM"))
                                   .arg(readerMade ? 1 : 0)
                            << Qt::endl;
        if (m_settleMs <= 0) {
            QCoreApplication::quit();
            return;
        }
        m_settling.start();
        m_flatSince.start();
        m_lastRss = procStatusKiB("VmRSS");
        auto *sampler = new QTimer(this);
        connect(sampler, &QTimer::timeout, this, &FirstPaintProbe::sample);
        sampler->start(250);
    }

    bool servicesIdle() const
    {
        // The services start from timers a second or two after the window: not started is not idle.
        const SuggestionService *suggestions = m_window.suggestions();
        const SpamFilterService *spamFilter = m_window.spamFilter();
        const bool suggestionsIdle =
            !suggestions || (suggestions->state() != SuggestionService::State::Untrained &&
                             suggestions->state() != SuggestionService::State::Training);
        const bool spamFilterIdle =
            !spamFilter || (spamFilter->state() != SpamFilterService::State::Untrained &&
                            spamFilter->state() != SpamFilterService::State::Training);
        return suggestionsIdle && spamFilterIdle;
    }

    void sample()
    {
        // Flat: within 1 MB of the last sample that moved. Settled: both services idle and the memory
        // flat for a while, or the time given is up.
        constexpr qint64 FlatKiB = 1024;
        constexpr qint64 FlatForMs = 5000;
        const qint64 rss = procStatusKiB("VmRSS");
        if (std::abs(rss - m_lastRss) > FlatKiB || !servicesIdle()) {
            m_lastRss = rss;
            m_flatSince.restart();
        }
        if (m_flatSince.elapsed() < FlatForMs && m_settling.elapsed() < m_settleMs)
            return;
        QTextStream(stdout) << QStringLiteral("settled ms=%1 rss-kib=%2 hwm-kib=%3 idle=%4")
                                   .arg(msSinceProcessStart(), 0, 'f', 0)
                                   .arg(rss)
                                   .arg(procStatusKiB("VmHWM"))
                                   .arg(servicesIdle() ? 1 : 0)
                            << Qt::endl;
        QCoreApplication::quit();
    }

    MainWindow &m_window;
    const int m_settleMs;
    bool m_seen = false;
    QElapsedTimer m_settling;
    QElapsedTimer m_flatSince;
    qint64 m_lastRss = 0;
};

/// The command line: the public options, the files to import, and the hidden options of the headless PDF
/// export. Built once the application exists, so that --help is translated.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption library{
        QStringLiteral("library"),
        QApplication::translate("main", "Open the library file at <path> (default: $NEWSDESK_LIBRARY or %1).")
            .arg(Library::defaultPath()),
        QApplication::translate("main", "path")};
    const QCommandLineOption samples{
        QStringLiteral("with-samples"),
        QApplication::translate("main", "If the library is empty, fill it with the sample articles.")};
    // Hidden: the headless PDF export that newsdesk-cli runs (export --format pdf).
    QCommandLineOption exportPdf{QStringLiteral("export-pdf"),
                                 QApplication::translate("main", "Print the bundle <name> to PDF and exit."),
                                 QApplication::translate("main", "name")};
    QCommandLineOption out{QStringLiteral("out"), QApplication::translate("main", "The PDF file to write."),
                           QApplication::translate("main", "file")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                QApplication::translate("main", "A4 (the default) or Letter."),
                                QApplication::translate("main", "size")};
    QCommandLineOption force{QStringLiteral("force"),
                             QApplication::translate("main", "Replace the PDF file if it exists.")};
    // Hidden: newsdesk-bench's start-up scenario (a line on stdout at the first paint, then quit).
    // Never shown, not even by --help-all, so not translated.
    QCommandLineOption startupProbe{QStringLiteral("startup-probe"),
                                    QStringLiteral("Print the time and memory at the first paint and quit.")};
    QCommandLineOption startupProbeSettle{
        QStringLiteral("startup-probe-settle"),
        QStringLiteral("With --startup-probe: then wait up to <ms> for start-up's background work to settle "
                       "and print the memory again."),
        QStringLiteral("ms")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Newsdesk: import, tag, moderate and export news articles.") +
            QStringLiteral("\n\n") +
            QApplication::translate("main", "Files and web addresses given are imported into the library. "
                                            "When a Newsdesk window has the library open already, they are "
                                            "handed to it and that window comes to the front."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(library);
        parser.addOption(samples);
        for (QCommandLineOption *option :
             {&exportPdf, &out, &pageSize, &force, &startupProbe, &startupProbeSettle}) {
            option->setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(*option);
        }
        parser.addPositionalArgument(
            QStringLiteral("files"),
            QApplication::translate("main", "Pages, feeds, Newsdesk bundles or web addresses to import."),
            QStringLiteral("[FILE...]"));
    }

    /// The files to import as absolute paths (the running window has another working folder) or
    /// web addresses.
    QStringList files() const
    {
        QStringList files;
        for (const QString &argument : parser.positionalArguments()) {
            const QUrl url = QUrl::fromUserInput(argument, QDir::currentPath(), QUrl::AssumeLocalFile);
            files << (url.isLocalFile() ? url.toLocalFile() : url.toString());
        }
        return files;
    }
};

/// --help and --version print and exit without a display, so they work over ssh and in scripts.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows are file names
            return false;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (argument == option)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(Settings::uiLanguage.get());
        CommandLine().parser.process(app); // prints and exits
        return 0;
    }
    ReaderView::prepareApplication(); // Qt WebEngine takes its URL schemes before the application exists
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    // The desktop file's name: Wayland and the task bar match the window to its icon by it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.newsdesk.Newsdesk"));
    installTranslations(Settings::uiLanguage.get());

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    const QString path =
        parser.isSet(commandLine.library) ? parser.value(commandLine.library) : Library::defaultPath();
    if (parser.isSet(commandLine.exportPdf))
        return exportPdf(app, path, parser.value(commandLine.exportPdf), parser.value(commandLine.out),
                         parser.value(commandLine.pageSize), parser.isSet(commandLine.force));

    // One window per library: a second start hands its files to the first and leaves.
    const QStringList files = commandLine.files();
    SingleInstance instance;
    MainWindow *shown = nullptr;
    QStringList handedOverEarly; // while the library opens, before there is a window
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&](const QStringList &more) {
        if (shown)
            shown->openFiles(more);
        else
            handedOverEarly << more;
    });
    if (const auto role = instance.claim(path, files); !role)
        QTextStream(stderr) << QApplication::translate("main", "newsdesk: %1").arg(role.errorString())
                            << Qt::endl; // a window that does not answer should not keep the curator out
    else if (*role == SingleInstance::Role::HandedOver)
        return 0;

    std::unique_ptr<Library> library = openInteractively(path);
    if (!library)
        return 1;
    const auto counts = library->articles().counts();
    const bool empty = counts && counts->total == 0 && counts->trashed == 0;
    if (QFileInfo(library->path()) != QFileInfo(path)) // the curator picked another library
        instance.moveTo(library->path());

    MainWindow window(std::move(library));
    QObject::connect(&window, &MainWindow::libraryOpened, &instance, &SingleInstance::moveTo);
    if (parser.isSet(commandLine.startupProbe))
        new FirstPaintProbe(window, parser.value(commandLine.startupProbeSettle).toInt());
    window.show();
    shown = &window;
    if (empty && parser.isSet(commandLine.samples))
        window.loadSamples();
    if (!files.isEmpty() || !handedOverEarly.isEmpty())
        window.openFiles(files + handedOverEarly);
    const int status = app.exec();
    shown = nullptr;
    return status;
}
