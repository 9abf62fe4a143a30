#pragma once

#include "rendering/ArticleFormatter.h"

#include <QTextBrowser>

namespace Newsdesk {

/// The reader's stand-in when Qt WebEngine cannot run: the same HTML in a QTextBrowser, with the
/// article's kept images served from memory and nothing else loaded (QTextBrowser runs no script and
/// fetches nothing remote by itself). Links are reported, never followed.
class ReaderTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderTextView(QWidget *parent = nullptr);

    /// Shows formatted, the page of article articleId.
    void setFormatted(qint64 articleId, const FormattedArticle &formatted);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    qint64 m_articleId = 0;
    QList<EmbeddedImage> m_images;
};

} // namespace Newsdesk
