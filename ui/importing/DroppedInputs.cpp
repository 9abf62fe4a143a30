#include "DroppedInputs.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QUrl>

namespace Newsdesk {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

/// Text that is nothing but web addresses, one per line.
QList<QUrl> urlsInText(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QUrl url(line.trimmed(), QUrl::StrictMode);
        if (!isWebUrl(url))
            return {};
        urls << url;
    }
    return urls;
}

} // namespace

bool canImportFrom(const QMimeData *mime)
{
    return mime &&
           (mime->hasUrls() || mime->hasHtml() || (mime->hasText() && !mime->text().trimmed().isEmpty()));
}

QList<ImportInput> importInputsFrom(const QMimeData *mime)
{
    QList<ImportInput> inputs;
    if (!mime)
        return inputs;
    // A browser drag carries the page address too; it becomes the base for the selection's links.
    QUrl pageUrl;
    if (mime->hasUrls()) {
        bool onlyPageUrl = mime->hasHtml();
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                inputs << ImportInput::file(url.toLocalFile());
                onlyPageUrl = false;
            } else if (isWebUrl(url)) {
                pageUrl = url;
                if (!mime->hasHtml())
                    inputs << ImportInput::fromUrl(url);
            }
        }
        if (!onlyPageUrl || !inputs.isEmpty())
            return inputs;
    }
    if (mime->hasHtml()) {
        ImportSource source;
        source.name = pageUrl.isValid()
                          ? pageUrl.toString()
                          : QCoreApplication::translate("Newsdesk::DroppedInputs", "dropped HTML");
        source.data = mime->html().toUtf8();
        source.contentType = QStringLiteral("text/html");
        source.declaredCharset = QStringLiteral("UTF-8");
        source.url = pageUrl;
        inputs << ImportInput::data(source);
        return inputs;
    }
    if (mime->hasText()) {
        const QString text = mime->text();
        const QList<QUrl> urls = urlsInText(text);
        if (!urls.isEmpty()) {
            for (const QUrl &url : urls)
                inputs << ImportInput::fromUrl(url);
            return inputs;
        }
        if (!text.trimmed().isEmpty()) {
            ImportSource source;
            source.name = QCoreApplication::translate("Newsdesk::DroppedInputs", "dropped text");
            source.data = text.toUtf8();
            source.contentType = QStringLiteral("text/plain");
            source.declaredCharset = QStringLiteral("UTF-8");
            inputs << ImportInput::data(source);
        }
    }
    return inputs;
}

} // namespace Newsdesk
