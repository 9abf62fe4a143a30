#include "ReaderFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Newsdesk {

ReaderFindBar::ReaderFindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readerFindBar"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("readerFindField"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { emit findRequested(text, false); });

    const auto button = [this](const char *theme, const QString &text, const QString &toolTip) {
        auto *b = new QToolButton(this);
        b->setIcon(QIcon::fromTheme(QString::fromLatin1(theme)));
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous = button("go-up", tr("Previous"), tr("Previous match (Shift+Enter)"));
    QToolButton *next = button("go-down", tr("Next"), tr("Next match (Enter)"));
    QToolButton *closeButton = button("window-close", tr("Close"), tr("Close (Escape)"));
    if (closeButton->icon().isNull())
        closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(previous, &QToolButton::clicked, this, [this]() { emit findRequested(m_field->text(), true); });
    connect(next, &QToolButton::clicked, this, [this]() { emit findRequested(m_field->text(), false); });
    connect(closeButton, &QToolButton::clicked, this, &ReaderFindBar::dismiss);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("readerFindResult"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result);
    layout->addWidget(closeButton);
}

QString ReaderFindBar::text() const
{
    return m_field->text();
}

void ReaderFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        emit findRequested(m_field->text(), false);
}

void ReaderFindBar::setResult(const QString &result)
{
    m_result->setText(result);
}

void ReaderFindBar::dismiss()
{
    hide();
    m_result->clear();
    emit closed();
}

bool ReaderFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit findRequested(m_field->text(), key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Newsdesk
