#include "core/Application.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "settings/Settings.h"
#include "tagging/TopicTagging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

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
    parser.process(app);

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
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
