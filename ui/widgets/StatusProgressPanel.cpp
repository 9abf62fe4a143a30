#include "StatusProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Newsdesk {

StatusProgressPanel::StatusProgressPanel(QStatusBar *statusBar, const QString &objectName,
                                         const QString &cancelObjectName, const QString &cancelToolTip)
    : QWidget(statusBar)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(cancelObjectName);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(cancelToolTip);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    statusBar->addWidget(this);
    hide();
}

} // namespace Newsdesk
