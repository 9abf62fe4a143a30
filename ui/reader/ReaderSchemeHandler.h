#pragma once

#include "rendering/ArticleFormatter.h"

#include <QWebEngineUrlSchemeHandler>

namespace Newsdesk {

/// Serves the reader's page and the images kept with its article under newsdesk-asset://article/…,
/// from memory: reading needs no network and no file, and the page is not bound by setHtml()'s 2 MB
/// limit however many pictures the article keeps.
class ReaderSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ReaderSchemeHandler(QObject *parent = nullptr);

    /// Registers the scheme with Qt WebEngine; must run before Qt WebEngine starts (in main(), before
    /// the QApplication). Safe to call more than once.
    static void registerScheme();
    static bool isRegistered();

    /// Makes formatted the page of article articleId and returns its address; each call gives a new
    /// address, so a view always loads the latest version.
    QUrl setDocument(qint64 articleId, const FormattedArticle &formatted);
    void clear();

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    qint64 m_articleId = 0;
    quint64 m_revision = 0;
    QByteArray m_html;
    QList<EmbeddedImage> m_images;
};

} // namespace Newsdesk
