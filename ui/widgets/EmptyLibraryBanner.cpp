#include "EmptyLibraryBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Newsdesk {

EmptyLibraryBanner::EmptyLibraryBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("emptyLibraryBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::AlternateBase));
    setPalette(tinted);

    auto *label = new QLabel(tr("This library is empty. Import articles, write one (Ctrl+N), or start with a "
                                "dozen fictional sample articles to try Newsdesk out."),
                             this);
    label->setWordWrap(true);
    auto *load = new QPushButton(tr("Load &Sample Articles"), this);
    load->setObjectName(QStringLiteral("loadSamplesButton"));
    load->setDefault(true);
    auto *dismiss = new QPushButton(tr("No, Thanks"), this);
    connect(load, &QPushButton::clicked, this, &EmptyLibraryBanner::loadSamplesRequested);
    connect(dismiss, &QPushButton::clicked, this, &EmptyLibraryBanner::dismissed);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(label, 1);
    layout->addWidget(load);
    layout->addWidget(dismiss);
}

} // namespace Newsdesk
