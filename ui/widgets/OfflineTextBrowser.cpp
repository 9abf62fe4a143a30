#include "OfflineTextBrowser.h"

namespace Newsdesk {

OfflineTextBrowser::OfflineTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant OfflineTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace Newsdesk
