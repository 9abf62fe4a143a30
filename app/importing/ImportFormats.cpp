#include "ImportFormats.h"

#include "FeedImporter.h"
#include "HtmlDocument.h"
#include "HtmlImporter.h"
#include "HtmlSanitizer.h"
#include "LanguageGuess.h"
#include "OpmlImporter.h"
#include "PlainTextImporter.h"
#include "TextDecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Newsdesk {

namespace {

const QStringList &importableSuffixes()
{
    static const QStringList suffixes{QStringLiteral("html"),  QStringLiteral("htm"), QStringLiteral("xhtml"),
                                      QStringLiteral("mhtml"), QStringLiteral("mht"), QStringLiteral("txt"),
                                      QStringLiteral("text"),  QStringLiteral("xml"), QStringLiteral("rss"),
                                      QStringLiteral("atom"),  QStringLiteral("rdf"), QStringLiteral("json"),
                                      QStringLiteral("opml")};
    return suffixes;
}

} // namespace

const std::vector<std::unique_ptr<Importer>> &ImportFormats::importers()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> list;
        list.push_back(std::make_unique<OpmlImporter>());
        list.push_back(std::make_unique<RssImporter>());
        list.push_back(std::make_unique<RdfImporter>());
        list.push_back(std::make_unique<AtomImporter>());
        list.push_back(std::make_unique<JsonFeedImporter>());
        list.push_back(std::make_unique<HtmlImporter>());
        list.push_back(std::make_unique<PlainTextImporter>());
        return list;
    }();
    return all;
}

Result<ImportSource> ImportFormats::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("“%1” does not exist.").arg(name)};
    if (info.isDir())
        return Error{Error::Code::InvalidArgument, tr("“%1” is a folder.").arg(name)};
    if (info.size() > MaxSourceBytes)
        return Error{Error::Code::InvalidArgument, tr("“%1” is %2 MB; Newsdesk imports files of up to %3 MB.")
                                                       .arg(name)
                                                       .arg(info.size() / (1024 * 1024))
                                                       .arg(MaxSourceBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Failed, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    ImportSource source;
    source.name = name;
    source.data = file.readAll();
    source.url = QUrl::fromLocalFile(info.absoluteFilePath());
    static const QMimeDatabase mimeDatabase;
    source.contentType = mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    if (source.data.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("“%1” is empty.").arg(name)};
    return source;
}

QStringList ImportFormats::filesIn(const QString &folder, bool recursive)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable,
                    recursive ? QDirIterator::Subdirectories | QDirIterator::FollowSymlinks
                              : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        // A saved page's "_files" folder holds its images and scripts, not articles.
        if (path.contains(QLatin1String("_files/")))
            continue;
        if (importableSuffixes().contains(QFileInfo(path).suffix().toLower()))
            files << path;
    }
    files.sort();
    return files;
}

void ImportFormats::finish(ExtractedArticle &extracted, const QUrl &baseUrl)
{
    Article &article = extracted.article;
    // The one gate every body passes before storage; an importer that sanitised already said so.
    if (!extracted.bodySanitized) {
        article.bodyHtml = HtmlSanitizer::sanitize(article.bodyHtml, baseUrl);
        article.bodyText = HtmlSanitizer::plainText(article.bodyHtml);
        article.wordCount = countWords(article.bodyText);
        extracted.bodySanitized = true;
    }
    article.title = article.title.simplified();
    if (article.language.isEmpty())
        article.language = guessLanguage(article.title + QLatin1Char('\n') + article.bodyText);
}

Result<ImportOutcome> ImportFormats::read(const ImportSource &source)
{
    HtmlDocument::initialiseParser();
    if (source.data.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("“%1” is empty.").arg(source.name)};
    if (source.data.size() > MaxSourceBytes)
        return Error{Error::Code::InvalidArgument, tr("“%1” is larger than the %2 MB Newsdesk imports.")
                                                       .arg(source.name)
                                                       .arg(MaxSourceBytes / (1024 * 1024))};
    for (const auto &importer : importers()) {
        if (!importer->canRead(source))
            continue;
        auto outcome = importer->read(source);
        if (!outcome)
            return outcome.error();
        for (ExtractedArticle &article : outcome->articles) {
            const QUrl base = article.article.url.isEmpty() ? source.url : QUrl(article.article.url);
            finish(article, base);
        }
        return outcome;
    }
    if (TextDecoder::looksBinary(source.data))
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” looks like a binary file, not a page, feed or text.").arg(source.name)};
    // Unknown name and type: read it as text, which never claims more than it finds.
    PlainTextImporter text;
    auto outcome = text.read(source);
    if (outcome)
        for (ExtractedArticle &article : outcome->articles)
            finish(article, source.url);
    return outcome;
}

} // namespace Newsdesk
