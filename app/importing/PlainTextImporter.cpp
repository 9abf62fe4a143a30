#include "PlainTextImporter.h"

#include "LanguageGuess.h"
#include "TextDecoder.h"
#include "TextPatterns.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Newsdesk {

namespace {

constexpr int MinimumHeadlineWords = 4;

int words(const QString &line)
{
    return int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

/// The text's paragraphs. A line continues the one before when that one stops mid-sentence and this one
/// starts in lower case (a wrapped paragraph); otherwise every line stands alone, which is how a copied
/// page arrives ("12 Points" and "Upvote Downvote" on lines of their own) and how furniture is told apart.
QStringList blocksOf(const QString &text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;\"”’»)]$"));
    QStringList blocks;
    bool lastEndedParagraph = true;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.simplified();
        if (line.isEmpty()) {
            lastEndedParagraph = true;
            continue;
        }
        const bool continues = !lastEndedParagraph && !blocks.isEmpty() && line.at(0).isLower() &&
                               !sentenceEnd.match(blocks.last()).hasMatch();
        if (continues)
            blocks.last() += QLatin1Char(' ') + line;
        else
            blocks << line;
        lastEndedParagraph = false;
    }
    return blocks;
}

} // namespace

QString PlainTextImporter::formatName() const
{
    return tr("plain text");
}

bool PlainTextImporter::canRead(const ImportSource &source) const
{
    if (source.contentType == QLatin1String("text/plain"))
        return true;
    const QString suffix = QFileInfo(source.url.path()).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("text");
}

Result<ImportOutcome> PlainTextImporter::read(const ImportSource &source) const
{
    auto decoded = TextDecoder::decode(source.data, TextKind::PlainText, source.declaredCharset);
    if (!decoded)
        return decoded.error();
    ExtractedArticle extracted = extract(decoded->text);
    if (extracted.article.title.isEmpty() && extracted.article.bodyText.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("“%1” holds no text to import.").arg(source.name)};
    if (extracted.article.title.isEmpty())
        extracted.article.title = QFileInfo(source.url.path()).completeBaseName();
    if (source.url.scheme() == QLatin1String("http") || source.url.scheme() == QLatin1String("https"))
        extracted.article.url = source.url.toString();
    extracted.issues << decoded->issues;
    ImportOutcome outcome;
    outcome.format = formatName();
    outcome.articles << extracted;
    return outcome;
}

ExtractedArticle PlainTextImporter::extract(const QString &text)
{
    ExtractedArticle extracted;
    Article &article = extracted.article;
    const QStringList blocks = blocksOf(text);

    qsizetype index = 0;
    // What comes before the headline is left over from the page around it.
    for (; index < blocks.size(); ++index) {
        const QString &block = blocks.at(index);
        if (words(block) >= MinimumHeadlineWords && !TextPatterns::isPageFurniture(block) &&
            TextPatterns::labelled(block, TextPatterns::imageCreditLabels()).isNull()) {
            article.title = block;
            ++index;
            break;
        }
    }

    QStringList body;
    bool creditsSeen = false;
    for (; index < blocks.size(); ++index) {
        const QString &block = blocks.at(index);
        if (const QString credit = TextPatterns::labelled(block, TextPatterns::imageCreditLabels());
            !credit.isNull()) {
            if (article.imageCredit.isEmpty())
                article.imageCredit = credit;
            continue;
        }
        if (const QString source = TextPatterns::labelled(block, TextPatterns::sourceLabels());
            !source.isNull()) {
            article.source = source;
            break; // the story's last line
        }
        if (TextPatterns::isPageFurniture(block)) {
            if (body.isEmpty())
                continue;
            break; // widgets, forms and teasers follow the story
        }
        if (creditsSeen)
            break; // after the credits only a "Source:" line still belongs to the story
        if (body.isEmpty() && article.byline.isEmpty()) {
            if (const QString names = TextPatterns::byline(block); !names.isEmpty()) {
                article.byline = names;
                continue;
            }
        }
        if (TextPatterns::parseCredits(block, &extracted.credits))
            creditsSeen = true;
        body << block;
    }

    if (!body.isEmpty())
        TextPatterns::parseDateline(body.first(), &article.dateline, &article.agency);
    if (article.source.isEmpty())
        article.source = article.agency;
    extracted.siteName = article.source;
    article.setField(ArticleField::Body, body.join(QStringLiteral("\n\n")));
    article.language = guessLanguage(article.title + QLatin1Char('\n') + article.bodyText);
    return extracted;
}

} // namespace Newsdesk
