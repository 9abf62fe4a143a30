// The reader in Qt WebEngine, as the curator uses it: nothing of the page runs, nothing remote loads
// until allowed, links go to the system browser, CJK text renders, and without Qt WebEngine a simpler
// view shows the same page. Runs offscreen; QTWEBENGINE_DISABLE_SANDBOX=1 when run as root.
#include "LocalHttpServer.h"
#include "TestLibrary.h"
#include "articles/ArticleDetailPane.h"
#include "importing/SampleLibrary.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "mainwindow/MainWindow.h"
#include "reader/ReaderFindBar.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderRequestInterceptor.h"
#include "reader/ReaderSchemeHandler.h"
#include "reader/ReaderTextView.h"
#include "reader/ReaderView.h"
#include "rendering/ArticleFormatter.h"
#include "settings/Settings.h"
#include "tagging/TopicTagging.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Newsdesk;
using Testing::LocalHttpServer;

class TestReaderView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void webViewIsMadeOnFirstUse();
    void mainWindowPaintsBeforeTheWebViewExists();
    void scriptsDoNotRunAndNothingRemoteLoads();
    void allowingRemoteImagesLoadsExactlyThem();
    void lockedDownWithoutTheFormattersHelp();
    void keptImagesComeFromTheLibrary();
    void linkClickOpensExternallyAndStays();
    void findInArticle();
    void zoomIsRemembered();
    void pendingCommentsOnRequest();
    void readingPositionKeptWhenThePageIsRemade();
    void darkPaletteMakesADarkPage();
    void savesAsPdf();
    void japaneseAndKoreanRenderRealGlyphs_data();
    void japaneseAndKoreanRenderRealGlyphs();
    void rightToLeftLayout();
    void fallsBackToTextWithANotice();

private:
    static ArticleContent article(const LocalHttpServer *server = nullptr);
    static bool load(ReaderView &reader, const ArticleContent &content);
    static bool waitUntilPainted(QWidget *view);

    QTemporaryDir m_dir;
};

namespace {

const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

// Dark pixels: text has been drawn, not just the page's background.
int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 110)
                ++ink;
    return ink;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("NEWSDESK_SCREENSHOT_DIR");
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

} // namespace

void TestReaderView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    const QString reason = ReaderView::webEngineUnavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
}

void TestReaderView::init()
{
    Settings::readerZoomPercent.set(100);
    Settings::readerRemoteImages.set(false);
    qunsetenv("NEWSDESK_READER");
}

ArticleContent TestReaderView::article(const LocalHttpServer *server)
{
    ArticleContent content;
    Article &a = content.article;
    a.id = 42;
    a.url = QStringLiteral("https://ledger.example/2026/10/pact");
    a.title = QStringLiteral("Pact signed");
    a.dek = QStringLiteral("Two neighbours share intelligence.");
    a.byline = QStringLiteral("By Ilse Varga");
    a.source = QStringLiteral("Northgate Ledger");
    a.language = QStringLiteral("en");
    a.publishedAt = QDateTime(QDate(2026, 10, 3), QTime(8, 15), Qt::UTC);
    // Deliberately unsanitised, as if a body reached the store another way: the page still runs nothing.
    a.bodyHtml = QStringLiteral("<p>First paragraph of the pact story.</p>"
                                "<script>document.title='pwned'</script>"
                                "<p><a href=\"https://example.org/original\">Read the original story on the "
                                "wire service's site</a></p><p>Second paragraph.</p>");
    if (server) {
        a.imageUrl = server->url(QStringLiteral("/lead.png")).toString();
        a.imageCaption = QStringLiteral("The signing.");
        a.bodyHtml += QStringLiteral("<p><img src=\"%1\" alt=\"A pixel\"></p>")
                          .arg(server->url(QStringLiteral("/pixel.png")).toString());
    }
    return content;
}

bool TestReaderView::load(ReaderView &reader, const ArticleContent &content)
{
    QSignalSpy loaded(&reader, &ReaderView::loadFinished);
    reader.setContent(content);
    if (!reader.isVisible()) {
        reader.resize(900, 700);
        reader.show();
        if (!QTest::qWaitForWindowExposed(&reader))
            return false;
    }
    return QTest::qWaitFor([&]() { return !loaded.isEmpty(); }, 30000) && loaded.last().first().toBool();
}

bool TestReaderView::waitUntilPainted(QWidget *view)
{
    // A web view grabbed as its load finishes is still blank; it paints a little later.
    return QTest::qWaitFor([view]() { return inkPixels(view->grab().toImage()) > 50; }, 15000);
}

void TestReaderView::webViewIsMadeOnFirstUse()
{
    ReaderView reader;
    reader.setContent(article());
    QCOMPARE(reader.backend(), ReaderView::Backend::None);
    QVERIFY(!reader.findChild<QWebEngineView *>());
    QVERIFY(reader.isLoading());
    reader.resize(900, 700);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    // Made once the reader has painted, not while it is being shown.
    QTRY_COMPARE(reader.backend(), ReaderView::Backend::WebEngine);
    QVERIFY(reader.webView());
    QTRY_VERIFY(!reader.isLoading());
    QVERIFY(!reader.findChild<QLabel *>(QStringLiteral("readerNotice"))->isVisible());
    QVERIFY(reader.webView()->page()->profile()->isOffTheRecord());
}

void TestReaderView::mainWindowPaintsBeforeTheWebViewExists()
{
    auto library = Library::open(m_dir.filePath(QStringLiteral("window.sqlite")));
    QVERIFY(library.ok());
    QVERIFY(SampleLibrary::load(**library).ok());
    MainWindow window(std::move(library).value());

    // Whether a web view existed when the window first painted.
    struct FirstPaint : QObject
    {
        QWidget *window = nullptr;
        std::optional<bool> webViewExisted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !webViewExisted)
                webViewExisted = window->findChild<QWebEngineView *>() != nullptr;
            return false;
        }
    } firstPaint;
    firstPaint.window = &window;
    window.articleView()->viewport()->installEventFilter(&firstPaint);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(firstPaint.webViewExisted.has_value());
    QVERIFY(!*firstPaint.webViewExisted);

    // Then the reader, showing the current article, is made.
    window.articleView()->setCurrentIndex(window.articleView()->model()->index(0, 0));
    ReaderView *reader = window.detailPane()->reader();
    QVERIFY(window.detailPane()->isReading());
    QTRY_COMPARE_WITH_TIMEOUT(reader->backend(), ReaderView::Backend::WebEngine, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!reader->isLoading(), 20000);
    QCOMPARE(reader->articleId(), window.detailPane()->articleId());

    // The View menu offers the reader's actions.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("readerMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QVERIFY(menu->actions().contains(reader->action(ReaderView::Action::ZoomIn)));
    QVERIFY(menu->actions().contains(reader->action(ReaderView::Action::ShowPendingComments)));

    // Editing a field is one tab away; the editor's widgets are where they were.
    window.detailPane()->focusTitle();
    QVERIFY(!window.detailPane()->isReading());

    // Another library gets a new pane, and the old one goes with its web view.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(Library::open(other).ok());
    Settings::addRecentLibrary(other);
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    QAction *open = nullptr;
    for (QAction *action : recent->actions())
        if (action->text() == QDir::toNativeSeparators(other))
            open = action;
    QVERIFY(open);
    open->trigger(); // rebuilds the menu: its actions are gone after this
    QVERIFY(window.windowTitle().contains(QStringLiteral("other.sqlite")));
    QCOMPARE(window.findChildren<ArticleDetailPane *>().size(), 1);
    QTRY_COMPARE(window.findChildren<ReaderView *>().size(), 1);
}

void TestReaderView::scriptsDoNotRunAndNothingRemoteLoads()
{
    LocalHttpServer server;
    server.serve(QStringLiteral("/pixel.png"), {200, "image/png", Png});
    server.serve(QStringLiteral("/lead.png"), {200, "image/png", Png});
    ReaderView reader;
    QVERIFY(load(reader, article(&server)));
    QVERIFY(waitUntilPainted(reader.webView()));
    QTest::qWait(500); // time for anything that was going to ask
    QCOMPARE(reader.webView()->title(), QStringLiteral("Pact signed"));
    QCOMPARE(server.requests(), QStringList());
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(reader.formatted().blockedRemoteImages, 2);
    QVERIFY(reader.findChild<QWidget *>(QStringLiteral("remoteImagesBar"))->isVisible());
}

void TestReaderView::allowingRemoteImagesLoadsExactlyThem()
{
    LocalHttpServer server;
    server.serve(QStringLiteral("/pixel.png"), {200, "image/png", Png});
    server.serve(QStringLiteral("/lead.png"), {200, "image/png", Png});
    ReaderView reader;
    QVERIFY(load(reader, article(&server)));
    QCOMPARE(server.requests(), QStringList());

    QSignalSpy loaded(&reader, &ReaderView::loadFinished);
    reader.findChild<QAbstractButton *>(QStringLiteral("loadRemoteImages"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 10000);
    QTest::qWait(500);
    QStringList requests = server.requests();
    requests.sort();
    QCOMPARE(requests, (QStringList{QStringLiteral("/lead.png"), QStringLiteral("/pixel.png")}));
    QVERIFY(!reader.findChild<QWidget *>(QStringLiteral("remoteImagesBar"))->isVisible());
    QCOMPARE(reader.webView()->title(), QStringLiteral("Pact signed"));
    // For this article only: the setting is untouched.
    QVERIFY(!Settings::readerRemoteImages.get());
}

void TestReaderView::lockedDownWithoutTheFormattersHelp()
{
    // A raw page with no CSP and no sanitizer in front: JavaScript being off and the request
    // interceptor alone keep it quiet.
    LocalHttpServer server;
    server.serve(QStringLiteral("/pixel.png"), {200, "image/png", Png});
    const QString base = server.url(QString()).toString();
    FormattedArticle raw;
    raw.html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><title>Raw</title><link rel=\"stylesheet\" href=\"%1/style.css\">"
            "<style>@font-face { font-family: T; src: url(%1/font.woff); } body { font-family: T }</style>"
            "</head><body><p>Raw page</p><script>document.title = 'pwned';"
            "fetch('%1/fetch');</script><img src=\"%1/pixel.png\"><iframe src=\"%1/frame\"></iframe>"
            "<img src=\"file:///etc/hostname\"></body></html>")
            .arg(base);

    QWebEngineProfile profile;
    ReaderPage::lockDown(&profile);
    ReaderSchemeHandler::registerScheme();
    ReaderSchemeHandler scheme;
    profile.installUrlSchemeHandler("newsdesk-asset", &scheme);
    ReaderRequestInterceptor interceptor;
    profile.setUrlRequestInterceptor(&interceptor);
    QSignalSpy blocked(&interceptor, &ReaderRequestInterceptor::blocked);
    {
        QWebEngineView view;
        auto *page = new ReaderPage(&profile, &view);
        view.setPage(page);
        const QUrl url = scheme.setDocument(1, raw);
        page->setDocumentUrl(url);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        view.resize(600, 400);
        view.show();
        view.load(url);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(waitUntilPainted(&view));
        QTest::qWait(500);
        QCOMPARE(view.title(), QStringLiteral("Raw"));
        QCOMPARE(server.requests(), QStringList());
        QCOMPARE(server.connectionCount(), 0);
        QVERIFY(!blocked.isEmpty());
    }

    // The policy itself.
    using Info = QWebEngineUrlRequestInfo;
    const QUrl remote(QStringLiteral("https://images.example/a.png"));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypeImage, false));
    QVERIFY(ReaderRequestInterceptor::allows(remote, Info::ResourceTypeImage, true));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypeFontResource, true));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypeStylesheet, true));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypeScript, true));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypeMainFrame, true));
    QVERIFY(!ReaderRequestInterceptor::allows(remote, Info::ResourceTypePing, true));
    QVERIFY(!ReaderRequestInterceptor::allows(QUrl(QStringLiteral("file:///etc/passwd")),
                                              Info::ResourceTypeImage, true));
    QVERIFY(
        ReaderRequestInterceptor::allows(ArticleFormatter::imageUrl(1, 0), Info::ResourceTypeImage, false));
}

void TestReaderView::keptImagesComeFromTheLibrary()
{
    // A picture kept with the article (a data: URL in the stored body) is served under newsdesk-asset:.
    ArticleContent content = article();
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");
    content.article.bodyHtml =
        QStringLiteral("<p><img src=\"data:image/png;base64,%1\" alt=\"red\" width=\"400\" "
                       "height=\"400\"></p><p>After the picture.</p>")
            .arg(QString::fromLatin1(png.toBase64()));
    ReaderView reader;
    QVERIFY(load(reader, content));
    QVERIFY(reader.formatted().html.contains(QLatin1String("src=\"newsdesk-asset://article/42/image/0\"")));
    QVERIFY(!reader.formatted().html.contains(QLatin1String("data:image")));
    QVERIFY(waitUntilPainted(reader.webView()));
    const auto redPixels = [&reader]() {
        const QImage shot = reader.webView()->grab().toImage();
        int count = 0;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                if (shot.pixelColor(x, y) == QColor(Qt::red))
                    ++count;
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(redPixels() > 1000, 10000);
}

void TestReaderView::linkClickOpensExternallyAndStays()
{
    ReaderView reader;
    QVERIFY(load(reader, article()));
    QWebEngineView *view = reader.webView();
    QVERIFY(waitUntilPainted(view));
    const QUrl before = view->url();
    QVERIFY(before.scheme() == QLatin1String("newsdesk-asset"));

    // Where the link is, asked in Qt's isolated world: page scripts are off, this is the test's own.
    QVariant centre;
    view->page()->runJavaScript(
        QStringLiteral("(function() { const r = document.querySelector('.body a').getBoundingClientRect();"
                       " return [r.left + r.width / 2, r.top + r.height / 2]; })()"),
        QWebEngineScript::ApplicationWorld, [&centre](const QVariant &result) { centre = result; });
    QTRY_VERIFY(centre.isValid());
    const QVariantList xy = centre.toList();
    QCOMPARE(xy.size(), 2);
    const QPoint at(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble()));

    QSignalSpy opened(&reader, &ReaderView::openExternally);
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.first().first().toUrl(), QUrl(QStringLiteral("https://example.org/original")));
    QTest::qWait(300);
    QCOMPARE(view->url(), before);
    QCOMPARE(view->title(), QStringLiteral("Pact signed"));
}

void TestReaderView::findInArticle()
{
    ReaderView reader;
    QVERIFY(load(reader, article()));
    QVERIFY(waitUntilPainted(reader.webView()));
    reader.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&reader));
    QWidget *target = reader.webView()->focusProxy() ? reader.webView()->focusProxy() : reader.webView();
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key_F, Qt::ControlModifier);
    auto *bar = reader.findChild<ReaderFindBar *>();
    QTRY_VERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>(QStringLiteral("readerFindField"));
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("paragraph"));
    auto *result = bar->findChild<QLabel *>(QStringLiteral("readerFindResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().endsWith(QLatin1String(" of 2")), 10000);
    const QString first = result->text();
    QTest::keyClick(field, Qt::Key_Return); // the next match, round to the first after the last
    QTRY_VERIFY_WITH_TIMEOUT(result->text() != first && result->text().endsWith(QLatin1String(" of 2")),
                             10000);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestReaderView::zoomIsRemembered()
{
    {
        ReaderView reader;
        QVERIFY(load(reader, article()));
        reader.action(ReaderView::Action::ZoomIn)->trigger();
        reader.action(ReaderView::Action::ZoomIn)->trigger();
        QCOMPARE(Settings::readerZoomPercent.get(), 125);
        QCOMPARE(reader.webView()->zoomFactor(), 1.25);
        QVERIFY(reader.action(ReaderView::Action::ZoomIn)->shortcuts().contains(QKeySequence::ZoomIn));
        QCOMPARE(reader.action(ReaderView::Action::ResetZoom)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_0));
    }
    ReaderView again;
    QVERIFY(load(again, article()));
    QCOMPARE(again.webView()->zoomFactor(), 1.25);
    again.action(ReaderView::Action::ZoomOut)->trigger();
    QCOMPARE(Settings::readerZoomPercent.get(), 110);
    again.action(ReaderView::Action::ResetZoom)->trigger();
    QCOMPARE(Settings::readerZoomPercent.get(), 100);
    QCOMPARE(again.webView()->zoomFactor(), 1.0);
}

void TestReaderView::pendingCommentsOnRequest()
{
    ArticleContent content = article();
    Comment approved;
    approved.id = 1;
    approved.body = QStringLiteral("<p>An approved comment</p>");
    approved.status = CommentStatus::Approved;
    Comment pending = approved;
    pending.id = 2;
    pending.body = QStringLiteral("<p>A pending comment</p>");
    pending.status = CommentStatus::Pending;
    content.comments = {approved, pending};
    ReaderView reader;
    QVERIFY(load(reader, content));
    QVERIFY(reader.formatted().html.contains(QLatin1String("An approved comment")));
    QVERIFY(!reader.formatted().html.contains(QLatin1String("A pending comment")));
    QSignalSpy loaded(&reader, &ReaderView::loadFinished);
    reader.action(ReaderView::Action::ShowPendingComments)->setChecked(true);
    QVERIFY(reader.formatted().html.contains(QLatin1String("A pending comment")));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
}

void TestReaderView::readingPositionKeptWhenThePageIsRemade()
{
    ArticleContent content = article();
    for (int i = 0; i < 60; ++i)
        content.article.bodyHtml += QStringLiteral("<p>Paragraph %1 of a long story.</p>").arg(i);
    ReaderView reader;
    QVERIFY(load(reader, content));
    QWebEnginePage *page = reader.webView()->page();
    page->runJavaScript(QStringLiteral("window.scrollTo(0, 600);"), QWebEngineScript::ApplicationWorld);
    QTRY_COMPARE(page->scrollPosition().y(), 600.0);

    // The same article again (a comment moderated, a topic added): where the curator was.
    QSignalSpy loaded(&reader, &ReaderView::loadFinished);
    reader.setContent(content);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QTRY_COMPARE(page->scrollPosition().y(), 600.0);

    // Another article starts at the top.
    content.article.id = 43;
    loaded.clear();
    reader.setContent(content);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QTRY_COMPARE(page->scrollPosition().y(), 0.0);
}

void TestReaderView::darkPaletteMakesADarkPage()
{
    ReaderView reader;
    QPalette dark = reader.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Text, Qt::white);
    reader.setPalette(dark);
    QVERIFY(load(reader, article()));
    QVERIFY(reader.formatted().html.contains(QLatin1String("<meta name=\"color-scheme\" content=\"dark\">")));
    // The page's own background, not just the view's: dark once painted.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&reader]() {
            const QImage shot = reader.webView()->grab().toImage();
            return qGray(shot.pixel(5, shot.height() - 5)) < 80 &&
                   qGray(shot.pixel(shot.width() / 2, 5)) < 80;
        }(),
        10000);

    QSignalSpy loaded(&reader, &ReaderView::loadFinished);
    reader.setPalette(QApplication::palette()); // back to light: the page follows
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(
        reader.formatted().html.contains(QLatin1String("<meta name=\"color-scheme\" content=\"light\">")));
}

void TestReaderView::savesAsPdf()
{
    ReaderView reader;
    QVERIFY(load(reader, article()));
    const QString path = m_dir.filePath(QStringLiteral("article.pdf"));
    QSignalSpy finished(&reader, &ReaderView::pdfFinished);
    reader.printToPdf(path);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().at(0).toString(), path);
    QVERIFY(finished.first().at(1).toBool());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
}

void TestReaderView::japaneseAndKoreanRenderRealGlyphs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("writingSystem");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Noto Sans CJK JP")
                        << int(QFontDatabase::Japanese);
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("Noto Sans CJK KR")
                        << int(QFontDatabase::Korean);
}

void TestReaderView::japaneseAndKoreanRenderRealGlyphs()
{
    QFETCH(QString, language);
    QFETCH(QString, family);
    QFETCH(int, writingSystem);
    if (!QFontDatabase::families().contains(family))
        QSKIP("The Noto CJK fonts are not installed (fonts-noto-cjk, see packaging/setup-debian.sh).");
    QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::WritingSystem(writingSystem)));

    Testing::TestLibrary library;
    QVERIFY(TopicTagging::seedDefaults(*library).ok());
    QVERIFY(SampleLibrary::load(*library).ok());
    const auto rows = library->articles().page(ArticleQuery{}, std::nullopt, 100);
    QVERIFY(rows.ok());
    std::optional<ArticleContent> content;
    for (const ArticleRow &row : *rows) {
        const auto found = ArticleContent::load(*library, row.id);
        if (found && found->article.language == language)
            content = *found;
    }
    QVERIFY(content);
    // Every character of the headline has a glyph in the font the page asks for: no boxes.
    const QFontMetrics metrics{QFont(family)};
    for (const char32_t c : content->article.title.toUcs4())
        QVERIFY2(metrics.inFontUcs4(c) || QChar::isSpace(c), qPrintable(QString::number(c, 16)));

    ReaderView reader;
    QVERIFY(load(reader, *content));
    QVERIFY(reader.formatted().html.contains(QStringLiteral("<html lang=\"%1\" dir=\"ltr\">").arg(language)));
    QVERIFY(waitUntilPainted(reader.webView()));
    QTest::qWait(300);
    const QImage shot = reader.grab().toImage();
    QVERIFY(inkPixels(shot) > 2000);
    const QString file =
        QDir(screenshotDir()).filePath(QStringLiteral("newsdesk-reader-%1.png").arg(language));
    QVERIFY(shot.save(file));
    qInfo("Screenshot: %s", qPrintable(file));
}

void TestReaderView::rightToLeftLayout()
{
    ArticleContent content = article();
    content.article.language = QStringLiteral("ar");
    content.article.title = QStringLiteral("اتفاق لتبادل المعلومات الاستخباراتية");
    content.article.dek = QStringLiteral("البلدان يوقعان اتفاقا مدته خمس سنوات.");
    content.article.bodyHtml = QStringLiteral("<p>وقع البلدان يوم الجمعة اتفاقا لتبادل المعلومات.</p>"
                                              "<blockquote><p>قال الوزير إن التعاون ضروري.</p></blockquote>");
    ReaderView reader;
    QVERIFY(load(reader, content));
    QVERIFY(waitUntilPainted(reader.webView()));
    // The headline starts at the right: its right edge is the column's, its left edge well inside.
    QVariant edges;
    reader.webView()->page()->runJavaScript(
        QStringLiteral(
            "(function() { const h = document.querySelector('h1'); const r = document.createRange();"
            " r.selectNodeContents(h); const t = r.getBoundingClientRect();"
            " const b = h.getBoundingClientRect();"
            " return [getComputedStyle(document.body).direction, t.right, b.right, t.left, b.left]; })()"),
        QWebEngineScript::ApplicationWorld, [&edges](const QVariant &result) { edges = result; });
    QTRY_VERIFY(edges.isValid());
    const QVariantList e = edges.toList();
    QCOMPARE(e.value(0).toString(), QStringLiteral("rtl"));
    QVERIFY(qAbs(e.value(1).toDouble() - e.value(2).toDouble()) < 2);
    QVERIFY(e.value(3).toDouble() - e.value(4).toDouble() > 50);
    const QString file = QDir(screenshotDir()).filePath(QStringLiteral("newsdesk-reader-ar.png"));
    QVERIFY(reader.grab().save(file));
    qInfo("Screenshot: %s", qPrintable(file));
}

void TestReaderView::fallsBackToTextWithANotice()
{
    qputenv("NEWSDESK_READER", "text");
    QVERIFY(!ReaderView::webEngineUnavailableReason().isEmpty());
    ReaderView reader;
    const ArticleContent content = article();
    QVERIFY(load(reader, content));
    QCOMPARE(reader.backend(), ReaderView::Backend::Text);
    QVERIFY(!reader.findChild<QWebEngineView *>());
    auto *notice = reader.findChild<QLabel *>(QStringLiteral("readerNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("NEWSDESK_READER=text")));

    // The same page the web view would show.
    ArticleFormatOptions options;
    options.colorScheme =
        reader.palette().color(QPalette::Base).lightnessF() < 0.5 ? ColorScheme::Dark : ColorScheme::Light;
    options.embeddedImages = EmbeddedImages::AssetScheme;
    QCOMPARE(reader.formatted().html, ArticleFormatter::format(content, options).html);
    ReaderTextView *text = reader.textView();
    QVERIFY(text->toPlainText().contains(QLatin1String("Pact signed")));
    QVERIFY(text->toPlainText().contains(QLatin1String("First paragraph of the pact story.")));
    QVERIFY(!text->toPlainText().contains(QLatin1String("pwned")));

    QSignalSpy opened(&reader, &ReaderView::openExternally);
    emit text->anchorClicked(QUrl(QStringLiteral("https://example.org/original")));
    emit text->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(opened.size(), 1);

    reader.findInArticle();
    auto *field = reader.findChild<QLineEdit *>(QStringLiteral("readerFindField"));
    QVERIFY(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("Second"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("Second"));

    const QString path = m_dir.filePath(QStringLiteral("fallback.pdf"));
    QSignalSpy finished(&reader, &ReaderView::pdfFinished);
    reader.printToPdf(path);
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY(finished.first().at(1).toBool());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    qunsetenv("NEWSDESK_READER");
}

int main(int argc, char *argv[])
{
    ReaderView::prepareApplication(); // before the application, as main() does
    QApplication app(argc, argv);
    TestReaderView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerview.moc"
