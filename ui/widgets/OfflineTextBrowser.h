#pragma once

#include <QTextBrowser>

namespace Newsdesk {

/// A read-only rich-text view for text from outside (reader comments): it loads no resource at all, not
/// an image, not a style sheet, from the network or from disk, so what a stranger wrote can neither call
/// home nor show a curator's local files. Links are reported by anchorClicked(), never followed.
class OfflineTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Newsdesk
