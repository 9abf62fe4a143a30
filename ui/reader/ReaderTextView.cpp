#include "ReaderTextView.h"

#include <QImage>
#include <QTextDocument>

namespace Newsdesk {

ReaderTextView::ReaderTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void ReaderTextView::setFormatted(qint64 articleId, const FormattedArticle &formatted)
{
    m_articleId = articleId;
    m_images = formatted.images;
    setHtml(formatted.html);
}

QVariant ReaderTextView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    for (int i = 0; i < m_images.size(); ++i) {
        if (name == ArticleFormatter::imageUrl(m_articleId, i))
            return QImage::fromData(m_images.at(i).data);
    }
    return {};
}

} // namespace Newsdesk
