#include "bundles/BundleRendering.h"
#include "bundles/BundleWebPage.h"
#include "core/Application.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/Library.h"
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "settings/Settings.h"
#include "tagging/TopicTagging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>

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

} // namespace

int main(int argc, char *argv[])
{
    ReaderView::prepareApplication(); // Qt WebEngine takes its URL schemes before the application exists
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    QApplication::setDesktopFileName(QStringLiteral("newsdesk"));
    installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Newsdesk: import, tag, moderate and export "
                                                             "news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "Open the library file at <path> (default: $NEWSDESK_LIBRARY or %1).")
            .arg(Library::defaultPath()),
        QApplication::translate("main", "path"));
    const QCommandLineOption samplesOption(
        QStringLiteral("with-samples"),
        QApplication::translate("main", "If the library is empty, fill it with the sample articles."));
    parser.addOption(libraryOption);
    parser.addOption(samplesOption);
    // Hidden: the headless PDF export that newsdesk-cli runs (export --format pdf).
    QCommandLineOption exportPdfOption(
        QStringLiteral("export-pdf"),
        QApplication::translate("main", "Print the bundle <name> to PDF and exit."),
        QApplication::translate("main", "name"));
    QCommandLineOption outOption(QStringLiteral("out"),
                                 QApplication::translate("main", "The PDF file to write."),
                                 QApplication::translate("main", "file"));
    QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                      QApplication::translate("main", "A4 (the default) or Letter."),
                                      QApplication::translate("main", "size"));
    QCommandLineOption forceOption(QStringLiteral("force"),
                                   QApplication::translate("main", "Replace the PDF file if it exists."));
    for (QCommandLineOption *option : {&exportPdfOption, &outOption, &pageSizeOption, &forceOption}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    if (parser.isSet(exportPdfOption))
        return exportPdf(app, path, parser.value(exportPdfOption), parser.value(outOption),
                         parser.value(pageSizeOption), parser.isSet(forceOption));
    std::unique_ptr<Library> library = openInteractively(path);
    if (!library)
        return 1;
    const auto counts = library->articles().counts();
    const bool empty = counts && counts->total == 0 && counts->trashed == 0;

    MainWindow window(std::move(library));
    window.show();
    if (empty && parser.isSet(samplesOption))
        window.loadSamples();
    return app.exec();
}
