#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Newsdesk {

/// A background job's place in the status bar: what it is doing, a bar, and Cancel. Hidden until shown.
class StatusProgressPanel : public QWidget
{
    Q_OBJECT

public:
    StatusProgressPanel(QStatusBar *statusBar, const QString &objectName, const QString &cancelObjectName,
                        const QString &cancelToolTip);

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Newsdesk
