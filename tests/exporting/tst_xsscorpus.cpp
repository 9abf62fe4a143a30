// Issue 10, XSS: every vector of tests/data/security/xss-vectors.txt in every field a stranger can fill,
// stored through the real repositories and brought in through the real imports (an HTML page, a WordPress
// export, a Disqus export, a CSV and a JSON comment file), then shown by the reader and exported to the
// single-file and folder sites.
// Nothing runs anywhere, and plain-text fields show the vector's characters.
//
// "Nothing runs" is watched, not inferred:
// - the reader's own page runs no script at all, so the exact page it is given is shown again in a test
//   page with JavaScript on, with a hook put in before the page's own code (QWebEngineScript, main world,
//   document creation): xss(), alert(), confirm(), prompt(), print() and open() record their calls, and
//   Content-Security-Policy violations are recorded too: something the CSP had to block is something the
//   sanitizer let through. Requests, navigations, new windows and dialogs are recorded by the test page.
// - the exported pages are opened in Debian's headless Chromium, watched over the DevTools protocol: the
//   same hook comes in through Page.addScriptToEvaluateOnNewDocument, which runs before the page's own
//   code and, being the browser's, is not subject to the page's CSP; so the page is opened exactly as
//   written, CSP included. A second pass opens them again with the CSP switched off (Page.setBypassCSP):
//   the sanitizer and escaping alone must hold as well.
// - after loading, a script in a separate world (the page's own code is not trusted to do it) fires every
//   event a vector may wait for on every element (mouse, pointer, focus, click, keys, animation,
//   transition, media, and each on* attribute's own event), focuses and clicks everything, then the
//   pages settle before the record is read.
// Positive controls prove both harnesses see a vector that does run.

#include "ExportFixture.h"
#include "HeadlessChromium.h"
#include "TestLibrary.h"

#include "exporting/BundleContent.h"
#include "exporting/BundleExport.h"
#include "exporting/BundleHtml.h"
#include "importing/ImportFormats.h"
#include "importing/ImportWriter.h"
#include "library/ArticleRepository.h"
#include "library/BundleRepository.h"
#include "library/CommentRepository.h"
#include "library/StoryRepository.h"
#include "library/TopicRepository.h"
#include "moderation/CommentImport.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderSchemeHandler.h"
#include "reader/ReaderView.h"
#include "rendering/ArticleFormatter.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>
#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

/// One line of the corpus: the N of the xss(N) it calls when it runs, and its text.
struct Vector
{
    int number = 0;
    QString text;
};

/// Each stored article carries this many vectors: its address, canonical address and image address take
/// one each, so that every vector is also an article's own address somewhere.
constexpr int VectorsPerStoredArticle = 3;
/// Each imported page carries this many, in its metadata, its body and the comments filed for it.
constexpr int VectorsPerImportedPage = 30;
/// How long a page is left to do what it would do by itself after the events were fired.
constexpr int SettleMs = 60;

const QString Separator = QStringLiteral(" ¦ ");

// After a vector in a body holding many, ends whatever it left open (a raw-text element, a comment,
// CDATA, its <div>) as the end of its own field would, so that no vector hides the next one from the
// sanitizer; the markers around every vector, which must all show, prove it.
const QString Fence = QStringLiteral("</script></style></textarea></title></xmp></noembed></noframes>"
                                     "</iframe></noscript>-->]]></div>");

/// "[field N] text": which field and which vector a piece of text came from, for messages.
QString labelled(const QString &field, const Vector &vector)
{
    return QLatin1Char('[') + field + QLatin1Char(' ') + QString::number(vector.number) +
           QLatin1String("] ") + vector.text;
}

QString marker(const QString &field, const Vector &vector, const char *where)
{
    return QLatin1Char('[') + field + QLatin1Char(' ') + QString::number(vector.number) + QLatin1Char(' ') +
           QLatin1String(where) + QLatin1Char(']');
}

QString joined(const QString &field, const QList<Vector> &vectors, const QString &separator = Separator)
{
    QStringList pieces;
    for (const Vector &vector : vectors)
        pieces << labelled(field, vector);
    return pieces.join(separator);
}

/// A body holding vectors as raw HTML, each in a <div> of its own between two markers, then as text.
QString rawBody(const QString &field, const QList<Vector> &vectors)
{
    QString html;
    for (const Vector &vector : vectors)
        html += QLatin1String("<p>") + marker(field, vector, "before") + QLatin1String("</p>\n<div>") +
                vector.text + Fence + QLatin1String("\n<p>") + marker(field, vector, "after") +
                QLatin1String("</p>\n<p>") +
                labelled(field + QLatin1String(" text"), vector).toHtmlEscaped() + QLatin1String("</p>\n");
    return html;
}

/// What the vectors' bodies must show once sanitised: both markers and the text copy of each vector.
QStringList rawBodyTexts(const QString &field, const QList<Vector> &vectors)
{
    QStringList texts;
    for (const Vector &vector : vectors)
        texts << marker(field, vector, "before") << marker(field, vector, "after")
              << labelled(field + QLatin1String(" text"), vector);
    return texts;
}

/// Text as a browser shows it: runs of whitespace are one space, control characters are not shown.
QString normalized(const QString &text)
{
    QString shown = text;
    shown.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    return shown.simplified();
}

/// The pieces of expected that text does not show.
QStringList missingFrom(const QString &text, const QStringList &expected)
{
    const QString shown = normalized(text);
    QStringList missing;
    for (const QString &piece : expected)
        if (!shown.contains(normalized(piece)))
            missing << piece;
    return missing;
}

/// The corpus: lines that are neither blank nor # comments, numbered from 1 in file order.
QList<Vector> readVectors()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/security/xss-vectors.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Vector> vectors;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        vectors << Vector{int(vectors.size()) + 1, line};
    }
    return vectors;
}

/// Whether a vector carries its own number N (as the xss(N) it calls, however spelt, or in a base64
/// payload), so that a finding can name it.
bool namesItself(const Vector &vector)
{
    const QRegularExpression own(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(vector.number));
    if (own.match(vector.text).hasMatch())
        return true;
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    for (auto it = base64.globalMatch(vector.text); it.hasNext();)
        if (own.match(QString::fromLatin1(QByteArray::fromBase64(it.next().captured().toLatin1())))
                .hasMatch())
            return true;
    return false;
}

/// The vectors a finding names (xss(12), xss12.js, a CSP sample holding xss(12)).
QList<int> vectorsNamedIn(const QString &finding)
{
    QList<int> numbers;
    static const QRegularExpression own(QStringLiteral("xss\\W{0,3}(\\d{1,4})"));
    for (auto it = own.globalMatch(finding); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (!numbers.contains(number))
            numbers << number;
    }
    return numbers;
}

/// Prints failures one by one (a test message is cut at a few hundred characters) and sums them up.
QString listed(const QStringList &failures)
{
    constexpr int Shown = 150;
    for (const QString &failure : failures.first(std::min<qsizetype>(failures.size(), Shown)))
        qWarning("%s", qPrintable(failure));
    if (failures.size() > Shown)
        qWarning("… and %d more", int(failures.size() - Shown));
    return QStringLiteral("%1 failures, listed above").arg(failures.size());
}

/// Runs the event loop until done() holds, checking every few milliseconds. QTest::qWaitFor checks only
/// once the event queue runs dry, which a busy Qt WebEngine page keeps from happening for a second or more.
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// ------------------------------------------------------------------------------------------------------
// The scripts both harnesses use
// ------------------------------------------------------------------------------------------------------

/// The detection hook, run in the page's main world before any of the page's code: the functions a
/// vector calls to show it ran, and CSP violations, are reported through send (an expression for a
/// function taking one string, taken before the page can touch it).
QString hookScript(const QString &send)
{
    return QStringLiteral(R"((function () {
  'use strict';
  var send = %1;
  function record(kind, detail) {
    try { send(JSON.stringify({kind: kind, detail: String(detail)})); } catch (e) {}
  }
  ['xss', 'alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
    try {
      Object.defineProperty(window, name, {configurable: false, writable: false,
        value: function (argument) { record(name, argument); return null; }});
    } catch (e) { record('hook-failed', name); }
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    var element = event.target && event.target.outerHTML ? event.target.outerHTML.slice(0, 200) : '';
    record('csp', event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || '') + ' ' + element);
  }, true);
  record('ready', location.href);
})();)")
        .arg(send);
}

/// Fires the events a vector waits for (mouse, pointer, focus, keys, clicks, animation, transition,
/// media) at every element, and every event there is at an element carrying an on* attribute, its own
/// one included; focuses what can take focus and clicks every element (links to real addresses are kept
/// from leaving the page, any other may try); and lists what the live DOM holds that could run: on*
/// attributes, addresses with an active scheme, elements that run or load things. {elements, findings}.
const char *const DispatchScript = R"((function () {
  'use strict';
  var findings = [];
  var everywhere = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'mouseout', 'dblclick',
    'contextmenu', 'auxclick', 'wheel', 'pointerover', 'pointerenter', 'pointerdown', 'pointerup',
    'pointermove', 'touchstart', 'touchend', 'focus', 'focusin', 'blur', 'focusout', 'keydown', 'keypress',
    'keyup', 'input', 'change', 'select', 'submit', 'invalid', 'copy', 'paste', 'drag', 'dragstart', 'drop',
    'scroll', 'load', 'error', 'toggle', 'start', 'beginEvent', 'endEvent', 'repeatEvent',
    'animationstart', 'animationend', 'animationiteration', 'webkitanimationstart', 'webkitanimationend',
    'transitionstart', 'transitionend', 'transitionrun', 'webkittransitionend', 'play', 'playing',
    'canplay', 'loadstart', 'ended'];
  var more = ['mouseleave', 'pointerout', 'pointerleave', 'pointerrawupdate', 'pointercancel',
    'gotpointercapture', 'lostpointercapture', 'touchmove', 'touchcancel', 'beforeinput', 'selectstart',
    'selectionchange', 'reset', 'search', 'cut', 'dragend', 'dragenter', 'dragover', 'dragleave',
    'scrollend', 'resize', 'abort', 'beforetoggle', 'show', 'close', 'cancel', 'finish', 'bounce', 'begin',
    'end', 'repeat', 'animationcancel', 'webkitanimationiteration', 'transitioncancel', 'pause',
    'canplaythrough', 'loadeddata', 'loadedmetadata', 'progress', 'durationchange', 'timeupdate', 'seeked',
    'seeking', 'volumechange', 'waiting', 'stalled', 'suspend', 'emptied', 'ratechange', 'readystatechange',
    'message', 'hashchange', 'popstate', 'pageshow', 'pagehide', 'beforeunload', 'unload', 'online',
    'offline', 'storage', 'beforeprint', 'afterprint', 'DOMContentLoaded', 'visibilitychange',
    'fullscreenchange', 'formdata', 'slotchange', 'contentvisibilityautostatechange', 'loadend',
    'timeout', 'cuechange', 'enter', 'exit', 'zoom', 'overscroll'];
  var all = everywhere.concat(more);
  var running = {script: 1, iframe: 1, frame: 1, frameset: 1, object: 1, embed: 1, applet: 1, base: 1,
    form: 1, input: 1, button: 1, textarea: 1, select: 1, svg: 1, math: 1, template: 1, portal: 1,
    noscript: 1, audio: 1, video: 1, source: 1, track: 1, marquee: 1, keygen: 1, isindex: 1};
  var urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster',
    'codebase', 'dynsrc', 'lowsrc', 'ping', 'longdesc', 'manifest', 'icon', 'cite'];
  var allowedUrl = /^(https?:|mailto:|file:|newsdesk-asset:|data:image\/(png|gif|jpeg|webp);base64,)/i;
  var webAddress = /^(https?:|mailto:|file:|newsdesk-asset:)/i;
  // One event object per type, dispatched again and again: far cheaper than a new one each time.
  var events = {};
  function fire(target, type) {
    var event = events[type] || (events[type] = new Event(type, {bubbles: false, cancelable: true}));
    try { target.dispatchEvent(event); } catch (e) {}
  }
  function describe(element) {
    return '<' + element.localName + '> ' + (element.outerHTML || '').slice(0, 160);
  }
  var documents = [document];
  for (var d = 0; d < documents.length; ++d) {
    var frames = documents[d].querySelectorAll('iframe, frame, object, embed');
    for (var f = 0; f < frames.length; ++f) {
      try { if (frames[f].contentDocument) documents.push(frames[f].contentDocument); } catch (e) {}
    }
  }
  var count = 0;
  documents.forEach(function (doc) {
    // A click on a link to a real address would leave the page; one to anything else may try.
    doc.addEventListener('click', function (event) {
      var link = event.target && event.target.closest ? event.target.closest('a[href], area[href]') : null;
      if (link && webAddress.test(link.href)
          && link.href.split('#')[0] !== doc.location.href.split('#')[0])
        event.preventDefault();
    }, true);
    var elements = doc.querySelectorAll('*');
    count += elements.length;
    for (var i = 0; i < elements.length; ++i) {
      var element = elements[i];
      var name = element.localName;
      var inBody = !!(doc.body && doc.body.contains(element));
      var handlers = [];
      if (running[name] && !(name === 'script' && element.type === 'application/ld+json'))
        findings.push('element ' + describe(element));
      if (name === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') || ''))
        findings.push('element ' + describe(element));
      if ((name === 'style' || name === 'link') && inBody)
        findings.push('element ' + describe(element));
      if (name === 'link' && !/^(stylesheet|canonical)$/i.test(element.getAttribute('rel') || ''))
        findings.push('element ' + describe(element));
      for (var a = 0; a < element.attributes.length; ++a) {
        var attribute = element.attributes[a];
        var attributeName = attribute.name.toLowerCase();
        if (attributeName.indexOf('on') === 0) {
          findings.push('handler ' + attributeName + ' on ' + describe(element));
          handlers.push(attributeName.slice(2));
        }
        if (attributeName === 'srcdoc' || attributeName === 'srcset')
          findings.push('attribute ' + attributeName + ' on ' + describe(element));
        if (attributeName === 'style' && /url\(|expression|behavior|binding|@import/i.test(attribute.value))
          findings.push('style on ' + describe(element));
        if (urlAttributes.indexOf(attributeName) >= 0) {
          var resolved = '';
          try { resolved = new URL(attribute.value, doc.baseURI).href; } catch (e) { resolved = attribute.value; }
          if (!allowedUrl.test(resolved))
            findings.push('address ' + attributeName + '=' + resolved.slice(0, 120) + ' on ' + describe(element));
        }
      }
      var types = handlers.length ? all.concat(handlers) : everywhere;
      for (var t = 0; t < types.length; ++t)
        fire(element, types[t]);
      if (element.tabIndex >= 0 && typeof element.focus === 'function')
        try { element.focus({preventScroll: true}); } catch (e) {}
      if (typeof element.click === 'function')
        try { element.click(); } catch (e) {}
    }
    var view = doc.defaultView;
    ['load', 'pageshow', 'hashchange', 'popstate', 'message', 'resize', 'scroll', 'focus', 'blur',
     'online', 'storage', 'beforeprint', 'afterprint', 'error', 'DOMContentLoaded'].forEach(function (type) {
      fire(view, type);
      fire(doc, type);
    });
  });
  return {elements: count, findings: findings};
})())";

/// The page's text and title once the events have had their effect. Styles that change letters
/// (text-transform) are switched off first: the check is about which characters show.
const char *const TextScript = R"((function () {
  var all = document.querySelectorAll('*');
  for (var i = 0; i < all.length; ++i) all[i].style.setProperty('text-transform', 'none', 'important');
  return {text: document.body ? document.body.innerText : '', title: document.title};
})())";

/// What one page did while it was watched.
struct PageRecord
{
    QStringList findings; ///< anything that ran, loaded, navigated or could run
    QString text;         ///< what the page shows (innerText)
    QString title;
    int hooked = 0; ///< documents the hook was installed in
    int elements = 0;
};

/// A hook report, read: "xss 12", "alert 1", "csp script-src-attr inline xss(12)"; ready ones are counted.
void readReport(const QString &json, PageRecord &record)
{
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString kind = report.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("ready"))
        ++record.hooked;
    else if (kind == QLatin1String("xss"))
        record.findings
            << QStringLiteral("ran: xss(%1)").arg(report.value(QStringLiteral("detail")).toString());
    else
        record.findings << kind + QLatin1String(": ") + report.value(QStringLiteral("detail")).toString();
}

void readDispatch(const QVariantMap &result, PageRecord &record)
{
    record.elements = result.value(QStringLiteral("elements")).toInt();
    for (const QVariant &finding : result.value(QStringLiteral("findings")).toList())
        record.findings << finding.toString();
}

/// The findings, each with the vectors it names, for a failure message.
QString explain(const QStringList &findings, const QList<Vector> &vectors)
{
    QStringList lines;
    for (const QString &finding : findings) {
        QString line = finding.left(400);
        for (const int number : vectorsNamedIn(finding))
            if (number >= 1 && number <= vectors.size())
                line += QStringLiteral("\n      vector %1: %2").arg(number).arg(vectors.at(number - 1).text);
        lines << line;
    }
    return lines.join(QLatin1String("\n    "));
}

// ------------------------------------------------------------------------------------------------------
// The Qt WebEngine harness: the reader's exact page, JavaScript on, hooked
// ------------------------------------------------------------------------------------------------------

/// Lets the page and its kept images load and refuses everything else, recording it.
class RecordingInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    void allow(const QUrl &document)
    {
        const QMutexLocker lock(&m_mutex);
        m_document = document;
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QMutexLocker lock(&m_mutex);
        const QUrl url = info.requestUrl();
        const bool page = url == m_document;
        const bool keptImage = url.scheme() == ArticleFormatter::AssetScheme &&
                               url.host() == QLatin1String("article") &&
                               url.path().startsWith(m_document.path() + QLatin1String("image/"));
        const bool dataImage = url.scheme() == QLatin1String("data") &&
                               info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage;
        if (page || keptImage || dataImage)
            return;
        info.block(true);
        m_blocked << url.toString();
    }

    QStringList takeBlocked()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_blocked, {});
    }

private:
    QUrl m_document;
    QMutex m_mutex; // Qt WebEngine may intercept on another thread
    QStringList m_blocked;
};

/// A page that loads one document and records whatever else it is asked to do.
class RecordingPage : public QWebEnginePage
{
public:
    RecordingPage(QWebEngineProfile *profile, const QString &token, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_token(token)
    {
    }

    void expect(const QUrl &document)
    {
        m_document = document;
        m_record = {};
    }
    PageRecord &record() { return m_record; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        const bool sameDocument = url.adjusted(QUrl::RemoveFragment) == m_document;
        if (isMainFrame && sameDocument)
            return true; // the load asked for, or a #fragment within it
        m_record.findings << QStringLiteral("navigation (%1, %2 frame) to %3")
                                 .arg(int(type))
                                 .arg(QLatin1String(isMainFrame ? "main" : "sub"), url.toString());
        return false;
    }
    QWebEnginePage *createWindow(WebWindowType) override
    {
        m_record.findings << QStringLiteral("new window");
        return nullptr;
    }
    void javaScriptAlert(const QUrl &, const QString &message) override
    {
        m_record.findings << QStringLiteral("alert dialog: ") + message;
    }
    bool javaScriptConfirm(const QUrl &, const QString &message) override
    {
        m_record.findings << QStringLiteral("confirm dialog: ") + message;
        return false;
    }
    bool javaScriptPrompt(const QUrl &, const QString &message, const QString &, QString *) override
    {
        m_record.findings << QStringLiteral("prompt dialog: ") + message;
        return false;
    }
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int,
                                  const QString &source) override
    {
        if (message.startsWith(m_token))
            readReport(message.mid(m_token.size()), m_record);
        else // the page's own code, or the browser refusing something the page asked for
            m_record.findings << QStringLiteral("console (%1): %2").arg(source, message.left(300));
    }

private:
    QString m_token;
    QUrl m_document;
    PageRecord m_record;
};

/// Shows pages in a profile with JavaScript on and the hook in every document, through the reader's own
/// URL scheme so that addresses resolve as they do in the reader.
class WebEngineHarness
{
public:
    WebEngineHarness()
        : m_token(QStringLiteral("newsdesk-xss-hook-%1 ").arg(QCoreApplication::applicationPid()))
    {
        ReaderSchemeHandler::registerScheme();
        m_profile = std::make_unique<QWebEngineProfile>();
        m_scheme = new ReaderSchemeHandler(m_profile.get());
        m_profile->installUrlSchemeHandler(
            QByteArray(ArticleFormatter::AssetScheme.data(), ArticleFormatter::AssetScheme.size()), m_scheme);
        m_interceptor = new RecordingInterceptor;
        m_interceptor->setParent(m_profile.get());
        m_profile->setUrlRequestInterceptor(m_interceptor);
        m_profile->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        m_profile->settings()->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
        m_view = std::make_unique<QWebEngineView>();
        m_page = new RecordingPage(m_profile.get(), m_token, m_view.get());

        QWebEngineScript hook;
        hook.setName(QStringLiteral("newsdesk-xss-hook"));
        hook.setInjectionPoint(QWebEngineScript::DocumentCreation);
        hook.setWorldId(QWebEngineScript::MainWorld);
        hook.setRunsOnSubFrames(true);
        hook.setSourceCode(
            hookScript(QStringLiteral("console.debug.bind(console, '%1')").arg(m_token.trimmed())));
        m_page->scripts().insert(hook);
        m_view->setPage(m_page);
        m_view->resize(1000, 800);
        m_view->show();
    }

    /// Shows html as the reader would (formatted.html is the whole document) and watches it.
    PageRecord show(qint64 articleId, const FormattedArticle &formatted)
    {
        const QUrl url = m_scheme->setDocument(articleId, formatted);
        m_interceptor->allow(url);
        m_interceptor->takeBlocked();
        m_page->expect(url);
        QSignalSpy loaded(m_page, &QWebEnginePage::loadFinished);
        m_page->load(url);
        if (!waitUntil([&]() { return !loaded.isEmpty(); }, 30000)) {
            m_page->record().findings << QStringLiteral("the page did not load");
            return m_page->record();
        }
        readDispatch(evaluate(QString::fromLatin1(DispatchScript)).toMap(), m_page->record());
        QTest::qWait(SettleMs);
        const QVariantMap text = evaluate(QString::fromLatin1(TextScript)).toMap();
        PageRecord record = m_page->record();
        record.text = text.value(QStringLiteral("text")).toString();
        record.title = text.value(QStringLiteral("title")).toString();
        for (const QString &blocked : m_interceptor->takeBlocked())
            record.findings << QStringLiteral("request: ") + blocked;
        return record;
    }

private:
    // Runs script in the test's own world (the page's code cannot reach it) and waits for its value.
    QVariant evaluate(const QString &script)
    {
        auto result = std::make_shared<std::optional<QVariant>>();
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                              [result](const QVariant &value) { *result = value; });
        if (!waitUntil([&]() { return result->has_value(); }, 30000))
            m_page->record().findings << QStringLiteral("harness: no answer from the test's script");
        return result->value_or(QVariant());
    }

    QString m_token;
    std::unique_ptr<QWebEngineProfile> m_profile;
    ReaderSchemeHandler *m_scheme = nullptr;       ///< owned by the profile
    RecordingInterceptor *m_interceptor = nullptr; ///< owned by the profile
    std::unique_ptr<QWebEngineView> m_view;        ///< goes first, with its page, before the profile
    RecordingPage *m_page = nullptr;               ///< owned by the view
};

// ------------------------------------------------------------------------------------------------------
// The Chromium harness: exported files, watched over the DevTools protocol
// ------------------------------------------------------------------------------------------------------

/// One tab of a headless Chromium, hooked in every document before the page's own code runs, with every
/// request, navigation, dialog and window recorded and remote requests refused.
class ChromiumHarness
{
public:
    explicit ChromiumHarness(const QString &home)
        : m_chromium(home)
        , m_session(m_chromium)
    {
    }

    bool start(QString *error)
    {
        if (!m_session.start(error))
            return false;
        const auto target =
            m_session.call(QStringLiteral("Target.createTarget"),
                           {{QStringLiteral("url"), QStringLiteral("about:blank")}}, {}, 30000, error);
        if (!target)
            return false;
        const auto attached =
            m_session.call(QStringLiteral("Target.attachToTarget"),
                           {{QStringLiteral("targetId"), target->value(QStringLiteral("targetId"))},
                            {QStringLiteral("flatten"), true}},
                           {}, 30000, error);
        if (!attached)
            return false;
        m_tab = attached->value(QStringLiteral("sessionId")).toString();
        m_session.setEventHandler([this](const QJsonObject &event) { handle(event); });
        const QJsonArray remote{QJsonObject{{QStringLiteral("urlPattern"), QStringLiteral("http*")}},
                                QJsonObject{{QStringLiteral("urlPattern"), QStringLiteral("ws*")}},
                                QJsonObject{{QStringLiteral("urlPattern"), QStringLiteral("ftp*")}}};
        const QList<std::pair<QString, QJsonObject>> setup{
            {QStringLiteral("Page.enable"), {}},
            {QStringLiteral("Runtime.enable"), {}},
            {QStringLiteral("Network.enable"), {}},
            {QStringLiteral("Fetch.enable"), {{QStringLiteral("patterns"), remote}}},
            {QStringLiteral("Runtime.addBinding"), {{QStringLiteral("name"), QLatin1String(Binding)}}},
            {QStringLiteral("Page.addScriptToEvaluateOnNewDocument"),
             {{QStringLiteral("source"),
               hookScript(
                   QStringLiteral("(function (binding) { return function (message) { binding(message); }; })"
                                  "(window.%1)")
                       .arg(QLatin1String(Binding)))}}},
        };
        for (const auto &[method, params] : setup)
            if (!m_session.call(method, params, m_tab, 30000, error))
                return false;
        return true;
    }

    /// Opens file (the CSP switched off when bypassCsp), fires the events, and returns what happened.
    /// Files the page may load besides itself: the existing files under folder.
    PageRecord show(const QString &file, const QString &folder, bool bypassCsp)
    {
        m_record = {};
        m_page = QUrl::fromLocalFile(file);
        m_folder = QDir(folder).absolutePath();
        QString error;
        if (!m_session.call(QStringLiteral("Page.setBypassCSP"), {{QStringLiteral("enabled"), bypassCsp}},
                            m_tab, 30000, &error))
            return failed(error);
        m_session.takeEvents();
        const auto navigated =
            m_session.call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), m_page.toString()}},
                           m_tab, 30000, &error);
        if (!navigated)
            return failed(error);
        if (navigated->contains(QStringLiteral("errorText")))
            return failed(navigated->value(QStringLiteral("errorText")).toString());
        m_frame = navigated->value(QStringLiteral("frameId")).toString();
        if (!m_session.waitForEvent(
                [](const QJsonObject &event) {
                    return event.value(QStringLiteral("method")).toString() ==
                           QLatin1String("Page.loadEventFired");
                },
                60000))
            return failed(QStringLiteral("the page did not finish loading"));
        const auto world =
            m_session.call(QStringLiteral("Page.createIsolatedWorld"),
                           {{QStringLiteral("frameId"), m_frame},
                            {QStringLiteral("worldName"), QStringLiteral("newsdesk-xss-probe")}},
                           m_tab, 30000, &error);
        if (!world)
            return failed(error);
        const int context = world->value(QStringLiteral("executionContextId")).toInt();
        readDispatch(evaluate(QString::fromLatin1(DispatchScript), context).toVariantMap(), m_record);
        m_session.pump(SettleMs);
        const QJsonObject text = evaluate(QString::fromLatin1(TextScript), context);
        m_record.text = text.value(QStringLiteral("text")).toString();
        m_record.title = text.value(QStringLiteral("title")).toString();
        m_session.pump(20);
        return m_record;
    }

private:
    static constexpr const char *Binding = "__newsdeskXssReport";

    PageRecord failed(const QString &why)
    {
        m_record.findings << QStringLiteral("harness: ") + why;
        return m_record;
    }

    QJsonObject evaluate(const QString &script, int context)
    {
        QString error;
        const auto result = m_session.call(QStringLiteral("Runtime.evaluate"),
                                           {{QStringLiteral("expression"), script},
                                            {QStringLiteral("contextId"), context},
                                            {QStringLiteral("returnByValue"), true}},
                                           m_tab, 120000, &error);
        if (!result) {
            m_record.findings << QStringLiteral("harness: ") + error;
            return {};
        }
        if (result->contains(QStringLiteral("exceptionDetails")))
            m_record.findings << QStringLiteral("harness script failed: ") +
                                     QString::fromUtf8(
                                         QJsonDocument(
                                             result->value(QStringLiteral("exceptionDetails")).toObject())
                                             .toJson(QJsonDocument::Compact));
        return result->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toObject();
    }

    bool allowedRequest(const QString &address) const
    {
        const QUrl url(address);
        if (url.adjusted(QUrl::RemoveFragment) == m_page)
            return true;
        static const QRegularExpression keptImage(QStringLiteral("^data:image/(png|gif|jpeg|webp);base64,"));
        if (keptImage.match(address).hasMatch())
            return true;
        if (!url.isLocalFile())
            return false;
        const QFileInfo file(url.toLocalFile());
        return file.isFile() && file.absoluteFilePath().startsWith(m_folder + QLatin1Char('/'));
    }

    void handle(const QJsonObject &event)
    {
        const QString method = event.value(QStringLiteral("method")).toString();
        const QJsonObject params = event.value(QStringLiteral("params")).toObject();
        if (method == QLatin1String("Runtime.bindingCalled")) {
            if (params.value(QStringLiteral("name")).toString() == QLatin1String(Binding))
                readReport(params.value(QStringLiteral("payload")).toString(), m_record);
        } else if (method == QLatin1String("Fetch.requestPaused")) {
            m_record.findings << QStringLiteral("remote request: ") + params.value(QStringLiteral("request"))
                                                                          .toObject()
                                                                          .value(QStringLiteral("url"))
                                                                          .toString();
            m_session.send(QStringLiteral("Fetch.failRequest"),
                           {{QStringLiteral("requestId"), params.value(QStringLiteral("requestId"))},
                            {QStringLiteral("errorReason"), QStringLiteral("BlockedByClient")}},
                           m_tab);
        } else if (method == QLatin1String("Network.requestWillBeSent")) {
            const QString url =
                params.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
            if (!allowedRequest(url))
                m_record.findings << QStringLiteral("request: ") + url.left(300);
        } else if (method == QLatin1String("Page.javascriptDialogOpening")) {
            m_record.findings << QStringLiteral("dialog: ") +
                                     params.value(QStringLiteral("message")).toString();
            m_session.send(QStringLiteral("Page.handleJavaScriptDialog"), {{QStringLiteral("accept"), false}},
                           m_tab);
        } else if (method == QLatin1String("Page.windowOpen")) {
            m_record.findings << QStringLiteral("new window: ") +
                                     params.value(QStringLiteral("url")).toString();
        } else if (method == QLatin1String("Page.frameRequestedNavigation")) {
            const QUrl url(params.value(QStringLiteral("url")).toString());
            if (url.adjusted(QUrl::RemoveFragment) != m_page)
                m_record.findings << QStringLiteral("navigation requested (%1) to %2")
                                         .arg(params.value(QStringLiteral("reason")).toString(),
                                              url.toString().left(300));
        } else if (method == QLatin1String("Page.frameNavigated")) {
            const QJsonObject frame = params.value(QStringLiteral("frame")).toObject();
            const QUrl url(frame.value(QStringLiteral("url")).toString());
            if (frame.contains(QStringLiteral("parentId")) || url.adjusted(QUrl::RemoveFragment) != m_page)
                m_record.findings << QStringLiteral("navigated to ") + url.toString().left(300);
        } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
            m_record.findings << QStringLiteral("console call by the page: ") +
                                     QString::fromUtf8(
                                         QJsonDocument(params.value(QStringLiteral("args")).toArray())
                                             .toJson(QJsonDocument::Compact))
                                         .left(300);
        }
    }

    HeadlessChromium m_chromium;
    DevToolsSession m_session;
    QString m_tab;
    QString m_frame;
    QUrl m_page;
    QString m_folder;
    PageRecord m_record;
};

} // namespace

// ------------------------------------------------------------------------------------------------------
// The test
// ------------------------------------------------------------------------------------------------------

class TestXssCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsComplete();
    void everyFieldHoldsEveryVector();
    void readerHarnessSeesAVectorThatRuns();
    void readerRunsNoVectorAndShowsTheText();
    void chromiumHarnessSeesAVectorThatRuns();
    void exportsRunNoVectorAndShowTheText_data();
    void exportsRunNoVectorAndShowTheText();
    void cleanupTestCase();

private:
    /// One article of the library, with what its page must show.
    struct Planned
    {
        qint64 id = 0;
        bool imported = false;
        QList<Vector> vectors;
        QStringList texts;       ///< shown in the article's page (reader and export)
        QStringList titleTexts;  ///< in its <title>
        QStringList bundleTexts; ///< its blurb and section heading: shown by the bundle pages
    };

    void buildStoredArticles();
    void importPages();
    void importComments();
    void buildBundle();
    void exportBundle();
    QList<Vector> slice(int from, int count) const { return m_vectors.mid(from, count); }
    QString control(const Vector &vector, const QString &head = {}) const;
    bool startChromium();
    Vector vector(int number) const { return m_vectors.value(number - 1); }

    QTemporaryDir m_dir;
    QList<Vector> m_vectors;
    std::unique_ptr<TestLibrary> m_library;
    QList<Planned> m_articles;
    QHash<int, qint64> m_topicOfVector;
    QSet<int> m_cleanedOnImport; ///< vectors whose imported metadata the import changed (and shows so)
    qint64 m_bundleId = 0;
    QStringList m_bundleTexts;      ///< the bundle's title and intro
    QStringList m_bundleTitleTexts; ///< in every exported page's <title> but the article pages' own part
    QString m_single;
    QString m_site;
    QTemporaryDir m_chromiumHome;
    std::unique_ptr<ChromiumHarness> m_chromium; ///< one browser for every Chromium test
    QElapsedTimer m_clock;
};

bool TestXssCorpus::startChromium()
{
    if (m_chromium)
        return true;
    auto chromium = std::make_unique<ChromiumHarness>(m_chromiumHome.path());
    QString error;
    if (!chromium->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_chromium = std::move(chromium);
    return true;
}

void TestXssCorpus::initTestCase()
{
    m_clock.start();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_vectors = readVectors();
    QVERIFY2(!m_vectors.isEmpty(), "tests/data/security/xss-vectors.txt is missing or empty");
    m_library = std::make_unique<TestLibrary>();

    // Each step stops the test at its first failure (QVERIFY returns from the step only).
    for (const auto step :
         {&TestXssCorpus::buildStoredArticles, &TestXssCorpus::importPages, &TestXssCorpus::importComments,
          &TestXssCorpus::buildBundle, &TestXssCorpus::exportBundle}) {
        (this->*step)();
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("library of %d articles (%d vectors) built, imported and exported in %lld ms",
          int(m_articles.size()), int(m_vectors.size()), m_clock.elapsed());
}

void TestXssCorpus::corpusIsComplete()
{
    QVERIFY2(m_vectors.size() >= 150, qPrintable(QString::number(m_vectors.size())));
    QStringList unnamed;
    for (const Vector &vector : std::as_const(m_vectors))
        if (!namesItself(vector))
            unnamed << QStringLiteral("%1: %2").arg(vector.number).arg(vector.text);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("vectors that do not carry their own number:\n") +
                                           unnamed.join(QLatin1Char('\n'))));
}

// Stored through the repositories, as a library written by any Newsdesk (or another program) may hold
// them: bodies and comments unsanitised, every text as it came.
void TestXssCorpus::buildStoredArticles()
{
    Library &library = **m_library;
    for (int start = 0; start < m_vectors.size(); start += VectorsPerStoredArticle) {
        const QList<Vector> group = slice(start, VectorsPerStoredArticle);
        Article article;
        article.title = joined(QStringLiteral("title"), group);
        article.dek = joined(QStringLiteral("dek"), group);
        article.byline = joined(QStringLiteral("byline"), group);
        article.dateline = joined(QStringLiteral("dateline"), group);
        article.agency = joined(QStringLiteral("agency"), group);
        article.source = joined(QStringLiteral("source"), group);
        article.url = group.value(0).text;
        article.canonicalUrl = group.value(1 % group.size()).text;
        article.imageUrl = group.value(2 % group.size()).text;
        article.language = QStringLiteral("en");
        article.publishedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
        article.bodyHtml = rawBody(QStringLiteral("stored body"), group);
        const auto ids = library.articles().insert({article});
        QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
        Planned planned;
        planned.id = ids->first();
        planned.vectors = group;
        for (const QString &field :
             {QStringLiteral("title"), QStringLiteral("dek"), QStringLiteral("byline"),
              QStringLiteral("dateline"), QStringLiteral("agency"), QStringLiteral("source")})
            for (const Vector &vector : group)
                planned.texts << labelled(field, vector);
        for (const Vector &vector : group)
            planned.titleTexts << labelled(QStringLiteral("title"), vector);
        planned.texts << rawBodyTexts(QStringLiteral("stored body"), group);

        int minute = 0;
        for (const Vector &vector : group) {
            Comment comment;
            comment.articleId = planned.id;
            comment.author = labelled(QStringLiteral("comment author"), vector);
            comment.authorUrl = vector.text;
            // The vector last, as a comment ends: nothing after it for it to swallow.
            comment.body = QLatin1String("<p>") + marker(QStringLiteral("comment"), vector, "before") +
                           QLatin1String("</p>") + vector.text;
            comment.status = CommentStatus::Approved;
            comment.postedAt = article.publishedAt.addSecs(60 * ++minute);
            const auto added = library.comments().insert(comment);
            QVERIFY2(added.ok(), qPrintable(added.errorString()));
            planned.texts << labelled(QStringLiteral("comment author"), vector)
                          << marker(QStringLiteral("comment"), vector, "before");

            const Status alternate = library.stories().addAlternate(
                planned.id, StoryAlternate{labelled(QStringLiteral("other source"), vector),
                                           labelled(QStringLiteral("other title"), vector), vector.text});
            QVERIFY2(alternate.ok(), qPrintable(alternate.errorString()));
            planned.texts << labelled(QStringLiteral("other source"), vector)
                          << labelled(QStringLiteral("other title"), vector);

            Topic topic;
            topic.name = labelled(QStringLiteral("topic"), vector);
            const auto topicId = library.topics().create(topic);
            QVERIFY2(topicId.ok(), qPrintable(topicId.errorString()));
            m_topicOfVector.insert(vector.number, *topicId);
            QVERIFY(library.topics().tag({planned.id}, {*topicId}).ok());
            planned.texts << labelled(QStringLiteral("topic"), vector);
        }
        m_articles << planned;
    }
}

// Brought in as the import brings in a saved page: metadata, body and all, through ImportFormats and
// ImportWriter, so the import's own sanitising and cleaning happen.
void TestXssCorpus::importPages()
{
    Library &library = **m_library;
    for (int start = 0; start < m_vectors.size(); start += VectorsPerImportedPage) {
        const QList<Vector> group = slice(start, VectorsPerImportedPage);
        const int page = start / VectorsPerImportedPage + 1;
        const QString title = joined(QStringLiteral("imported title"), group);
        const QString author = joined(QStringLiteral("imported author"), group);
        const QString dek = joined(QStringLiteral("imported dek"), group);
        QJsonObject jsonLd{
            {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
            {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
            {QStringLiteral("headline"), title},
            {QStringLiteral("description"), dek},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                   {QStringLiteral("name"), author}}}};
        // As a page would write it: no "</script>" can end the block early.
        QString jsonText = QString::fromUtf8(QJsonDocument(jsonLd).toJson(QJsonDocument::Compact));
        jsonText.replace(QLatin1Char('<'), QLatin1String("\\u003c"));
        QString filler;
        for (int i = 1; i <= 4; ++i)
            filler +=
                QStringLiteral("<p>Paragraph %1 of imported page %2, long enough to count as article text, "
                               "with a comma, and some more words so the extractor sees a real "
                               "paragraph here.</p>\n")
                    .arg(i)
                    .arg(page);
        const QString html =
            QLatin1String("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>") +
            title.toHtmlEscaped() + QLatin1String("</title>\n<meta name=\"author\" content=\"") +
            author.toHtmlEscaped() + QLatin1String("\">\n<meta name=\"description\" content=\"") +
            dek.toHtmlEscaped() + QLatin1String("\">\n<script type=\"application/ld+json\">") + jsonText +
            QLatin1String("</script>\n</head><body><main><article>\n<h1>") + title.toHtmlEscaped() +
            QLatin1String("</h1>\n") + filler + rawBody(QStringLiteral("imported body"), group) + filler +
            QLatin1String("</article></main></body></html>\n");
        ImportSource source;
        source.name = QStringLiteral("imported-%1.html").arg(page);
        source.data = html.toUtf8();
        source.url = QUrl(QStringLiteral("https://import.example/story-%1").arg(page));
        source.contentType = QStringLiteral("text/html");
        const auto outcome = ImportFormats::read(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        QCOMPARE(outcome->articles.size(), 1);
        const auto written = ImportWriter::write(library, *outcome);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QCOMPARE(written->size(), 1);
        QVERIFY2(written->first().kind != ImportedItem::Kind::Duplicate, qPrintable(source.name));

        Planned planned;
        planned.id = written->first().articleId;
        planned.imported = true;
        planned.vectors = group;
        const auto stored = library.articles().find(planned.id);
        QVERIFY(stored.ok());
        // The import cleans metadata (whitespace, entities a page escaped twice): the page must show what
        // it kept, and it must have kept a piece for every vector.
        for (const auto &[field, value] : {std::pair{QStringLiteral("imported title"), stored->title},
                                           std::pair{QStringLiteral("imported author"), stored->byline},
                                           std::pair{QStringLiteral("imported dek"), stored->dek}}) {
            const QStringList pieces = value.split(Separator);
            QCOMPARE(pieces.size(), group.size());
            for (int i = 0; i < group.size(); ++i) {
                const QString label = QLatin1Char('[') + field + QLatin1Char(' ') +
                                      QString::number(group.at(i).number) + QLatin1String("] ");
                QVERIFY2(pieces.at(i).startsWith(label), qPrintable(pieces.at(i)));
                if (pieces.at(i) != labelled(field, group.at(i)))
                    m_cleanedOnImport << group.at(i).number;
                planned.texts << pieces.at(i);
                if (field == QLatin1String("imported title"))
                    planned.titleTexts << pieces.at(i);
            }
        }
        planned.texts << rawBodyTexts(QStringLiteral("imported body"), group);
        for (const Vector &vector : group) {
            QVERIFY(library.topics().tag({planned.id}, {m_topicOfVector.value(vector.number)}).ok());
            planned.texts << labelled(QStringLiteral("topic"), vector);
        }
        m_articles << planned;
    }
    QList<int> cleaned(m_cleanedOnImport.cbegin(), m_cleanedOnImport.cend());
    std::sort(cleaned.begin(), cleaned.end());
    QStringList numbers;
    for (const int number : std::as_const(cleaned))
        numbers << QString::number(number);
    qInfo("the page import cleaned the metadata of %d vectors (entities decoded, whitespace): %s",
          int(cleaned.size()), qPrintable(numbers.join(QLatin1String(", "))));
}

// Comments for the imported pages, from a WordPress export and a Disqus export (HTML bodies), a CSV file
// (plain text) and a JSON file (HTML), as the comment import brings them in.
void TestXssCorpus::importComments()
{
    Library &library = **m_library;
    QByteArray wxr;
    QXmlStreamWriter xml(&wxr);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeNamespace(QStringLiteral("http://wordpress.org/export/1.2/"), QStringLiteral("wp"));
    xml.writeStartElement(QStringLiteral("channel"));
    xml.writeTextElement(QStringLiteral("http://wordpress.org/export/1.2/"), QStringLiteral("wxr_version"),
                         QStringLiteral("1.2"));
    QString csv = QStringLiteral("id,article_url,author,url,posted_at,status,text\n");
    const auto quoted = [](QString field) {
        return QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    // Disqus: threads first, then posts naming their thread; text escaped as any XML writer would.
    QString disqusThreads;
    QString disqusPosts;
    QJsonArray json;
    int expected = 0;
    for (Planned &planned : m_articles) {
        if (!planned.imported)
            continue;
        const auto article = library.articles().find(planned.id);
        QVERIFY(article.ok());
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Imported page"));
        xml.writeTextElement(QStringLiteral("link"), article->url);
        const QString wp = QStringLiteral("http://wordpress.org/export/1.2/");
        xml.writeTextElement(wp, QStringLiteral("post_id"), QString::number(planned.id));
        xml.writeTextElement(wp, QStringLiteral("post_type"), QStringLiteral("post"));
        for (const Vector &vector : std::as_const(planned.vectors)) {
            xml.writeStartElement(wp, QStringLiteral("comment"));
            xml.writeTextElement(wp, QStringLiteral("comment_id"), QString::number(vector.number));
            xml.writeTextElement(wp, QStringLiteral("comment_author"),
                                 labelled(QStringLiteral("wxr author"), vector));
            xml.writeTextElement(wp, QStringLiteral("comment_author_url"), vector.text);
            xml.writeTextElement(
                wp, QStringLiteral("comment_date_gmt"),
                QStringLiteral("2026-03-02 10:%1:00").arg(vector.number % 60, 2, 10, QLatin1Char('0')));
            // The vector last, as a comment ends.
            xml.writeTextElement(wp, QStringLiteral("comment_content"),
                                 marker(QStringLiteral("wxr comment"), vector, "before") +
                                     QLatin1String("\n\n") + vector.text);
            xml.writeTextElement(wp, QStringLiteral("comment_approved"), QStringLiteral("1"));
            xml.writeTextElement(wp, QStringLiteral("comment_type"), QStringLiteral("comment"));
            xml.writeTextElement(wp, QStringLiteral("comment_parent"), QStringLiteral("0"));
            xml.writeEndElement();
            planned.texts << labelled(QStringLiteral("wxr author"), vector)
                          << marker(QStringLiteral("wxr comment"), vector, "before");

            csv +=
                QStringList{
                    QStringLiteral("csv-%1").arg(vector.number),
                    quoted(article->url),
                    quoted(labelled(QStringLiteral("csv author"), vector)),
                    quoted(vector.text),
                    QStringLiteral("2026-03-02T11:%1:00Z").arg(vector.number % 60, 2, 10, QLatin1Char('0')),
                    QStringLiteral("approved"),
                    quoted(labelled(QStringLiteral("csv text"), vector))}
                    .join(QLatin1Char(','));
            csv += QLatin1Char('\n');
            planned.texts << labelled(QStringLiteral("csv author"), vector)
                          << labelled(QStringLiteral("csv text"), vector);

            // One arg() call: the vectors hold "%3C" and the like, which a second call would take for a marker.
            disqusPosts += QStringLiteral(
                               "<post dsq:id=\"%1\"><message>%2</message><createdAt>2026-03-02T12:%3:00Z</createdAt>"
                               "<isDeleted>false</isDeleted><isSpam>false</isSpam><isApproved>true</isApproved>"
                               "<author><name>%4</name><link>%5</link></author><thread dsq:id=\"%6\"/></post>\n")
                               .arg(QString::number(vector.number),
                                    (QLatin1String("<p>") + marker(QStringLiteral("disqus comment"), vector, "before") +
                                     QLatin1String("</p>") + vector.text)
                                        .toHtmlEscaped(),
                                    QStringLiteral("%1").arg(vector.number % 60, 2, 10, QLatin1Char('0')),
                                    labelled(QStringLiteral("disqus author"), vector).toHtmlEscaped(),
                                    vector.text.toHtmlEscaped(), QString::number(planned.id));
            planned.texts << labelled(QStringLiteral("disqus author"), vector)
                          << marker(QStringLiteral("disqus comment"), vector, "before");

            json.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("json-%1").arg(vector.number)},
                {QStringLiteral("article_url"), article->url},
                {QStringLiteral("author"), labelled(QStringLiteral("json author"), vector)},
                {QStringLiteral("url"), vector.text},
                {QStringLiteral("posted_at"),
                 QStringLiteral("2026-03-02T13:%1:00Z").arg(vector.number % 60, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("html"), QLatin1String("<p>") + marker(QStringLiteral("json comment"), vector, "before") +
                                             QLatin1String("</p>") + vector.text},
                {QStringLiteral("status"), QStringLiteral("approved")}});
            planned.texts << labelled(QStringLiteral("json author"), vector)
                          << marker(QStringLiteral("json comment"), vector, "before");
            ++expected;
        }
        xml.writeEndElement();
        disqusThreads += QStringLiteral("<thread dsq:id=\"%1\"><link>%2</link><title>Imported page</title></thread>\n")
                             .arg(QString::number(planned.id), article->url.toHtmlEscaped());
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    const QByteArray disqus =
        (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<disqus xmlns=\"http://disqus.com\" "
                        "xmlns:dsq=\"http://disqus.com/disqus-internals\">\n") +
         disqusThreads + disqusPosts + QStringLiteral("</disqus>\n"))
            .toUtf8();

    CommentImport import(library);
    for (const auto &[data, name] :
         {std::pair{wxr, QStringLiteral("comments.wxr.xml")}, std::pair{csv.toUtf8(), QStringLiteral("comments.csv")},
          std::pair{disqus, QStringLiteral("comments.disqus.xml")},
          std::pair{QJsonDocument(QJsonObject{{QStringLiteral("comments"), json}}).toJson(),
                    QStringLiteral("comments.json")}}) {
        const auto report = import.importData(data, name);
        QVERIFY2(report.ok(), qPrintable(name + QLatin1String(": ") + report.errorString()));
        QVERIFY2(report->added == expected,
                 qPrintable(QStringLiteral("%1: %2 of %3 added; skipped %4; issues: %5")
                                .arg(name)
                                .arg(report->added)
                                .arg(expected)
                                .arg(report->skippedCount())
                                .arg(report->issues.join(QLatin1String("; ")))));
    }
}

// One bundle of every article, each after a section of its own, each with a blurb; the bundle's title
// and introduction hold every vector.
void TestXssCorpus::buildBundle()
{
    Bundle bundle;
    bundle.name = QStringLiteral("XSS corpus");
    QStringList titlePieces;
    QStringList introParagraphs;
    for (const Vector &vector : std::as_const(m_vectors)) {
        titlePieces << labelled(QStringLiteral("bundle title"), vector);
        introParagraphs << labelled(QStringLiteral("intro"), vector);
    }
    bundle.title = titlePieces.join(Separator);
    bundle.intro = introParagraphs.join(QLatin1String("\n\n"));
    m_bundleTexts = titlePieces + introParagraphs;
    m_bundleTitleTexts = titlePieces;
    for (Planned &planned : m_articles) {
        bundle.entries << BundleEntry::section(joined(QStringLiteral("heading"), planned.vectors));
        bundle.entries << BundleEntry::article(planned.id, joined(QStringLiteral("blurb"), planned.vectors));
        for (const Vector &vector : std::as_const(planned.vectors))
            planned.bundleTexts << labelled(QStringLiteral("heading"), vector)
                                << labelled(QStringLiteral("blurb"), vector);
    }
    const auto id = (*m_library)->bundles().create(bundle);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    m_bundleId = *id;
}

void TestXssCorpus::exportBundle()
{
    const auto content = BundleContent::load(**m_library, m_bundleId);
    QVERIFY2(content.ok(), qPrintable(content.errorString()));
    QCOMPARE(content->articles().size(), m_articles.size());
    for (const auto &[format, name] : {std::pair{ExportFormat::HtmlSingle, QStringLiteral("bundle.html")},
                                       std::pair{ExportFormat::HtmlSite, QStringLiteral("site")}}) {
        ExportOptions options;
        options.format = format;
        options.outPath = m_dir.filePath(name);
        const auto report = BundleExport::write(*content, options);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
    }
    m_single = m_dir.filePath(QStringLiteral("bundle.html"));
    m_site = m_dir.filePath(QStringLiteral("site"));
}

void TestXssCorpus::everyFieldHoldsEveryVector()
{
    // Every vector is in a stored article (its text fields, one of its three addresses, a comment, another
    // source, a topic) and in an imported page (its metadata, body and two imported comments); the bundle's
    // own fields hold them all.
    QSet<int> stored;
    QSet<int> imported;
    for (const Planned &planned : std::as_const(m_articles))
        for (const Vector &vector : planned.vectors)
            (planned.imported ? imported : stored).insert(vector.number);
    QCOMPARE(stored.size(), m_vectors.size());
    QCOMPARE(imported.size(), m_vectors.size());
    QCOMPARE(m_topicOfVector.size(), m_vectors.size());

    Library &library = **m_library;
    const auto comments = library.comments().count();
    QVERIFY(comments.ok());
    QCOMPARE(*comments, 5 * int(m_vectors.size())); // stored, WordPress, CSV, Disqus, JSON

    // The repositories keep what they are given, unsanitised: the reader and the export must cope.
    const Planned &first = m_articles.first();
    const auto article = library.articles().find(first.id);
    QVERIFY(article.ok());
    QCOMPARE(article->url, first.vectors.first().text);
    QCOMPARE(article->bodyHtml, rawBody(QStringLiteral("stored body"), first.vectors));

    // The imports sanitised what they brought in: nothing executable is stored.
    for (const Planned &planned : std::as_const(m_articles)) {
        if (!planned.imported)
            continue;
        const auto importedArticle = library.articles().find(planned.id);
        QVERIFY(importedArticle.ok());
        const QStringList found = executableConstructs(importedArticle->bodyHtml.toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
        const auto importedComments = library.comments().ofArticle(planned.id);
        QVERIFY(importedComments.ok());
        QCOMPARE(importedComments->size(), 4 * planned.vectors.size()); // WordPress, CSV, Disqus, JSON
        for (const Comment &comment : *importedComments) {
            const QStringList inComment = executableConstructs(comment.body.toUtf8());
            QVERIFY2(inComment.isEmpty(), qPrintable(inComment.join(QLatin1String(", "))));
            // The import keeps only http(s) author addresses, and no vector is one.
            QVERIFY2(comment.authorUrl.isEmpty(), qPrintable(comment.authorUrl));
        }
    }
}

QString TestXssCorpus::control(const Vector &vector, const QString &head) const
{
    return QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">") + head +
           QLatin1String("<title>control</title></head><body><p>control page</p>\n") + vector.text +
           QLatin1String("\n</body></html>\n");
}

void TestXssCorpus::readerHarnessSeesAVectorThatRuns()
{
    const QString reason = ReaderView::webEngineUnavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    // Each by another way of running: by itself (an image error), on an event (mouse over, focus), by a
    // click (a javascript: link), by loading from elsewhere; and a dialog trapped by the hook.
    WebEngineHarness harness;
    const QList<std::pair<Vector, QString>> controls{
        {vector(26), QStringLiteral("ran: xss(26)")},
        {vector(86), QStringLiteral("ran: xss(86)")},
        {vector(108), QStringLiteral("ran: xss(108)")},
        {vector(68), QStringLiteral("ran: xss(68)")},
        {vector(179), QStringLiteral("request: https://attacker.example/pixel.gif?xss179")},
        {Vector{0, QStringLiteral("<img src=x onerror=alert(1)>")}, QStringLiteral("alert: 1")},
    };
    for (const auto &[raw, expected] : controls) {
        FormattedArticle page;
        page.html = control(raw);
        const PageRecord record = harness.show(1, page);
        QVERIFY2(record.hooked >= 1, qPrintable(raw.text));
        QVERIFY2(record.findings.contains(expected),
                 qPrintable(raw.text + QLatin1String(" not detected; saw:\n    ") +
                            record.findings.join(QLatin1String("\n    "))));
    }
    // Under the reader's CSP the same vector does not run, and the violation is what is seen.
    FormattedArticle guarded;
    guarded.html =
        control(vector(26), QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                                .arg(ArticleFormatter::contentSecurityPolicy(false).toHtmlEscaped()));
    const PageRecord record = harness.show(1, guarded);
    QVERIFY(record.hooked >= 1);
    QVERIFY2(!record.findings.contains(QStringLiteral("ran: xss(26)")),
             qPrintable(record.findings.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(record.findings.cbegin(), record.findings.cend(),
                         [](const QString &finding) { return finding.startsWith(QLatin1String("csp: ")); }),
             qPrintable(record.findings.join(QLatin1Char('\n'))));
}

void TestXssCorpus::readerRunsNoVectorAndShowsTheText()
{
    const QString reason = ReaderView::webEngineUnavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    QElapsedTimer clock;
    clock.start();
    ReaderView reader;
    reader.resize(1000, 800);
    WebEngineHarness harness;
    QStringList ran;    // what ran or could run: listed first
    QStringList unseen; // text that does not show
    int elements = 0;
    for (const Planned &planned : std::as_const(m_articles)) {
        const auto content = ArticleContent::load(**m_library, planned.id);
        QVERIFY2(content.ok(), qPrintable(content.errorString()));
        QSignalSpy loaded(&reader, &ReaderView::loadFinished);
        reader.setContent(*content);
        if (!reader.isVisible()) {
            reader.show();
            QVERIFY(QTest::qWaitForWindowExposed(&reader));
        }
        QVERIFY(waitUntil([&]() { return !loaded.isEmpty(); }, 30000));
        QVERIFY(loaded.last().first().toBool());
        QCOMPARE(reader.backend(), ReaderView::Backend::WebEngine);
        // The reader itself runs no page script: the check below must not rest on that alone.
        QVERIFY(!reader.webView()->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));

        // What the reader shows, read from the test's own world of its page.
        auto shown = std::make_shared<std::optional<QVariant>>();
        reader.webView()->page()->runJavaScript(QString::fromLatin1(TextScript),
                                                QWebEngineScript::ApplicationWorld,
                                                [shown](const QVariant &value) { *shown = value; });
        QVERIFY(waitUntil([&]() { return shown->has_value(); }, 30000));
        const QVariantMap readerText = (*shown)->toMap();
        const QString where = QStringLiteral("article %1 (vectors %2–%3)")
                                  .arg(planned.id)
                                  .arg(planned.vectors.first().number)
                                  .arg(planned.vectors.last().number);
        for (const QString &missing :
             missingFrom(readerText.value(QStringLiteral("text")).toString(), planned.texts))
            unseen << where + QLatin1String(": the reader does not show ") + missing;
        for (const QString &missing :
             missingFrom(readerText.value(QStringLiteral("title")).toString(), planned.titleTexts))
            unseen << where + QLatin1String(": the reader's title does not hold ") + missing;

        // The exact page the reader was given, with JavaScript on and the hook in.
        const FormattedArticle &formatted = reader.formatted();
        const QStringList constructs = executableConstructs(formatted.html.toUtf8());
        if (!constructs.isEmpty())
            ran << where + QLatin1String(": the page holds ") + constructs.join(QLatin1String(", "));
        // Then once more without its Content-Security-Policy: the sanitizer and the escaping alone hold.
        FormattedArticle withoutCsp = formatted;
        static const QRegularExpression csp(
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\"[^>]*>"));
        withoutCsp.html.remove(csp);
        if (withoutCsp.html.size() == formatted.html.size())
            ran << where + QLatin1String(": the page has no Content-Security-Policy");
        using Pass = std::pair<const FormattedArticle *, const char *>;
        for (const auto &[page, how] : {Pass{&formatted, "as given"}, Pass{&withoutCsp, "without its CSP"}}) {
            const PageRecord record = harness.show(planned.id, *page);
            elements += record.elements;
            if (record.hooked < 1)
                ran << where + QLatin1String(": the hook was not installed");
            if (!record.findings.isEmpty())
                ran << where + QLatin1String(", ") + QLatin1String(how) + QLatin1String(":\n    ") +
                           explain(record.findings, m_vectors);
        }
    }
    qInfo("reader: %d articles shown and watched (%d elements fired at) in %lld ms", int(m_articles.size()),
          elements, clock.elapsed());
    QVERIFY2(ran.isEmpty() && unseen.isEmpty(), qPrintable(listed(ran + unseen)));
}

void TestXssCorpus::chromiumHarnessSeesAVectorThatRuns()
{
    if (HeadlessChromium::executable().isEmpty())
        QSKIP("chromium is not installed (Debian package chromium)");
    QVERIFY(startChromium());
    ChromiumHarness &chromium = *m_chromium;
    QTemporaryDir controlPages;
    const QString folder = controlPages.path();
    const QList<std::pair<Vector, QString>> controls{
        {vector(26), QStringLiteral("ran: xss(26)")},
        {vector(86), QStringLiteral("ran: xss(86)")},
        {vector(108), QStringLiteral("ran: xss(108)")},
        {vector(68), QStringLiteral("ran: xss(68)")},
        {vector(179), QStringLiteral("remote request: https://attacker.example/pixel.gif?xss179")},
        {Vector{0, QStringLiteral("<img src=x onerror=alert(1)>")}, QStringLiteral("alert: 1")},
    };
    const auto write = [&](const QString &name, const QString &html) {
        const QString path = QDir(folder).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
            return QString();
        return path;
    };
    for (const auto &[raw, expected] : controls) {
        const QString path = write(QStringLiteral("control-%1.html").arg(raw.number), control(raw));
        QVERIFY(!path.isEmpty());
        const PageRecord record = chromium.show(path, folder, false);
        QVERIFY2(record.hooked >= 1, qPrintable(raw.text));
        QVERIFY2(record.findings.contains(expected),
                 qPrintable(raw.text + QLatin1String(" not detected; saw:\n    ") +
                            record.findings.join(QLatin1String("\n    "))));
    }
    // Under the export's CSP the vector does not run and the violation is seen; with the CSP bypassed it
    // runs.
    const QString guarded =
        write(QStringLiteral("guarded.html"),
              control(vector(26),
                      QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                          .arg(BundleHtml::contentSecurityPolicy(ExportFormat::HtmlSingle).toHtmlEscaped())));
    PageRecord record = chromium.show(guarded, folder, false);
    QVERIFY(record.hooked >= 1);
    QVERIFY2(!record.findings.contains(QStringLiteral("ran: xss(26)")),
             qPrintable(record.findings.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(record.findings.cbegin(), record.findings.cend(),
                         [](const QString &finding) { return finding.startsWith(QLatin1String("csp: ")); }),
             qPrintable(record.findings.join(QLatin1Char('\n'))));
    record = chromium.show(guarded, folder, true);
    QVERIFY2(record.findings.contains(QStringLiteral("ran: xss(26)")),
             qPrintable(record.findings.join(QLatin1Char('\n'))));
}

void TestXssCorpus::exportsRunNoVectorAndShowTheText_data()
{
    QTest::addColumn<bool>("bypassCsp");
    QTest::newRow("as exported") << false;
    QTest::newRow("CSP bypassed") << true;
}

void TestXssCorpus::exportsRunNoVectorAndShowTheText()
{
    QFETCH(bool, bypassCsp);
    if (HeadlessChromium::executable().isEmpty())
        QSKIP("chromium is not installed (Debian package chromium)");
    QElapsedTimer clock;
    clock.start();
    QVERIFY(startChromium());
    ChromiumHarness &chromium = *m_chromium;

    // Which page shows what: the single file everything; the site's index the bundle and its contents;
    // each article page its article, blurb and the bundle's title.
    struct Expected
    {
        QString file;
        QString folder;
        QStringList texts;
        QStringList titleTexts;
    };
    QList<Expected> pages;
    Expected single{m_single, QFileInfo(m_single).absolutePath(), m_bundleTexts, m_bundleTitleTexts};
    Expected index{QDir(m_site).filePath(QStringLiteral("index.html")), m_site, m_bundleTexts,
                   m_bundleTitleTexts};
    const QStringList sitePages = QDir(m_site).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QCOMPARE(sitePages.size(), m_articles.size() + 1);
    for (const Planned &planned : std::as_const(m_articles)) {
        single.texts << planned.texts << planned.bundleTexts;
        index.texts << planned.titleTexts << planned.bundleTexts;
    }
    pages << single << index;
    // An article page is recognised by the marker before its body's first vector.
    for (const QString &name : sitePages) {
        if (name == QLatin1String("index.html"))
            continue;
        Expected page{QDir(m_site).filePath(name), m_site, {}, m_bundleTitleTexts};
        QFile file(page.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        const Planned *owner = nullptr;
        for (const Planned &planned : std::as_const(m_articles))
            if (written.contains(
                    marker(planned.imported ? QStringLiteral("imported body") : QStringLiteral("stored body"),
                           planned.vectors.first(), "before")))
                owner = &planned;
        QVERIFY2(owner, qPrintable(name));
        page.texts << owner->texts << owner->bundleTexts.filter(QLatin1String("[blurb "))
                   << m_bundleTitleTexts;
        page.titleTexts << owner->titleTexts;
        pages << page;
    }

    QStringList ran;    // what ran or could run: listed first
    QStringList unseen; // text that does not show
    int elements = 0;
    for (const Expected &page : std::as_const(pages)) {
        QFile file(page.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList constructs = executableConstructs(file.readAll());
        const QString name = QDir(m_dir.path()).relativeFilePath(page.file);
        if (!constructs.isEmpty())
            ran << name + QLatin1String(" holds ") + constructs.join(QLatin1String(", "));
        const PageRecord record = chromium.show(page.file, page.folder, bypassCsp);
        elements += record.elements;
        if (record.hooked < 1)
            ran << name + QLatin1String(": the hook was not installed");
        if (!record.findings.isEmpty())
            ran << name + QLatin1String(":\n    ") + explain(record.findings, m_vectors);
        for (const QString &missing : missingFrom(record.text, page.texts))
            unseen << name + QLatin1String(" does not show ") + missing;
        for (const QString &missing : missingFrom(record.title, page.titleTexts))
            unseen << name + QLatin1String("'s title does not hold ") + missing;
    }
    qInfo("chromium (%s): %d pages opened and watched (%d elements fired at) in %lld ms",
          bypassCsp ? "CSP bypassed" : "as exported", int(pages.size()), elements, clock.elapsed());
    QVERIFY2(ran.isEmpty() && unseen.isEmpty(), qPrintable(listed(ran + unseen)));
}

void TestXssCorpus::cleanupTestCase()
{
    m_chromium.reset();
    qInfo("whole test: %lld ms", m_clock.elapsed());
}

int main(int argc, char *argv[])
{
    ReaderView::prepareApplication(); // before the application, as main() does
    QApplication app(argc, argv);
    TestXssCorpus test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_xsscorpus.moc"
