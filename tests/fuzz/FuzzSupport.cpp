#include "FuzzSupport.h"

#include "InertHtml.h"
#include "importing/HtmlDocument.h"
#include "importing/ImportFormats.h"
#include "library/Library.h"
#include "moderation/CommentFormats.h"
#include "moderation/CommentImport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Newsdesk::Fuzz {

namespace {

using namespace Qt::StringLiterals;

void dropQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The parsers warn about the malformed input they are fed on purpose, millions of times a run; only
    // a fatal message says something about Newsdesk (Qt aborts after it, which the fuzzer reports).
    if (type == QtFatalMsg)
        std::fprintf(stderr, "Qt fatal: %s\n", qUtf8Printable(message));
}

/// A checker that lets everything through would make every fuzz run pass: prove it still sees.
void checkTheChecker()
{
    for (const QString &executable : InertHtml::knownExecutable())
        if (InertHtml::executableConstruct(executable).isEmpty())
            fail(u"the inertness checker works"_s, u"it finds nothing that runs in “%1”"_s.arg(executable));
    for (const QString &malformed : InertHtml::knownMalformed())
        if (InertHtml::xmlError(malformed).isEmpty())
            fail(u"the inertness checker works"_s, u"it finds “%1” well-formed"_s.arg(malformed));
    for (const QString &inert : InertHtml::knownInert())
        if (const QString found = InertHtml::executableConstruct(inert) + InertHtml::xmlError(inert);
            !found.isEmpty())
            fail(u"the inertness checker works"_s, u"it finds %1 in “%2”"_s.arg(found, inert));
}

/// The text with control characters (a NUL would end the message early) written as \uXXXX.
QString printable(const QString &text)
{
    QString shown;
    for (const QChar c : text)
        shown += (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f
                     ? u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'))
                     : QString(c);
    return shown;
}

void requireMessage(const Error &error, const QString &who)
{
    if (error.message.trimmed().isEmpty())
        fail(u"every error says why"_s, u"%1 failed without a message"_s.arg(who));
}

void requireInertComments(const QList<ExtractedComment> &comments, const QString &where)
{
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const QString place = u"%1.comments[%2]"_s.arg(where).arg(i);
        requireInert(comments.at(i).html, place + u".html"_s);
        requireInertComments(comments.at(i).replies, place);
    }
}

} // namespace

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void fail(const QString &property, const QString &detail)
{
    std::fprintf(stderr, "\n==newsdesk-fuzz== property broken: %s\n==newsdesk-fuzz== %s\n",
                 qUtf8Printable(property), qUtf8Printable(printable(detail)));
    std::fflush(stderr);
    std::abort();
}

void requireInert(const QString &html, const QString &where)
{
    if (const QString found = InertHtml::executableConstruct(html); !found.isEmpty())
        fail(u"stored HTML runs nothing"_s, u"%1 holds %2:\n%3"_s.arg(where, found, html.left(2000)));
}

void requireSanitised(const QString &html, const QString &where)
{
    requireInert(html, where);
    if (const QString error = InertHtml::xmlError(html); !error.isEmpty())
        fail(u"sanitised HTML is well-formed XML"_s, u"%1 is %2:\n%3"_s.arg(where, error, html.left(2000)));
}

void requireSafe(const ImportOutcome &outcome)
{
    for (qsizetype i = 0; i < outcome.articles.size(); ++i) {
        const ExtractedArticle &article = outcome.articles.at(i);
        const QString where = u"articles[%1]"_s.arg(i);
        requireSanitised(article.article.bodyHtml, where + u".bodyHtml"_s);
        requireInertComments(article.comments, where);
    }
}

ImportSource source(const std::uint8_t *data, std::size_t size, const QString &contentType, const QUrl &url)
{
    ImportSource source;
    source.name = url.fileName();
    source.data = bytes(data, size);
    source.url = url;
    source.contentType = contentType;
    return source;
}

std::optional<ImportOutcome> readWith(const Importer &importer, const ImportSource &source)
{
    HtmlDocument::initialiseParser();
    (void)importer.canRead(source);
    auto outcome = importer.read(source);
    if (!outcome) {
        requireMessage(outcome.error(), importer.formatName());
        return std::nullopt;
    }
    // What ImportFormats::read does with the outcome of the importer it chose.
    for (ExtractedArticle &article : outcome->articles) {
        const QUrl base = article.article.url.isEmpty() ? source.url : QUrl(article.article.url);
        ImportFormats::finish(article, base);
    }
    requireSafe(*outcome);
    return std::move(outcome).value();
}

void readComments(const QString &formatKey, const std::uint8_t *data, std::size_t size,
                  const QString &fileName)
{
    const QByteArray input = bytes(data, size);
    (void)CommentFormats::detect(input, fileName);
    CommentImportOptions options;
    options.format = formatKey;
    options.labelsAsStatus = size % 2 == 1;
    options.articleId = size % 4 < 2 ? 0 : 7;
    const auto file = CommentImport::read(input, fileName, options);
    if (!file) {
        requireMessage(file.error(), formatKey);
        return;
    }
    for (qsizetype i = 0; i < file->comments.size(); ++i)
        requireInert(file->comments.at(i).comment.body, u"comments[%1].body"_s.arg(i));
}

Library &library()
{
    // Declared in this order so that the library closes before its folder goes, at exit.
    static QTemporaryDir folder;
    static const std::unique_ptr<Library> opened = [] {
        auto library = Library::open(folder.filePath(u"fuzz.sqlite"_s));
        if (!library)
            fail(u"a library opens"_s, library.errorString());
        return std::move(library).value();
    }();
    return *opened;
}

} // namespace Newsdesk::Fuzz

/// libFuzzer calls this once before the first input.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(Newsdesk::Fuzz::dropQtMessages);
    QStandardPaths::setTestModeEnabled(true);
    // Never deleted: libFuzzer ends the process with exit() while Qt's statics still refer to it.
    static auto *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application)
    Newsdesk::Fuzz::checkTheChecker();
    return 0;
}
