#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Newsdesk {

/// Find in the article: a field, next and previous, how many matches, and Escape to close.
class ReaderFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderFindBar(QWidget *parent = nullptr);

    QString text() const;
    /// Shows the bar with its field focused and selected.
    void open();
    /// "2 of 7", "No matches", or nothing.
    void setResult(const QString &result);

signals:
    void findRequested(const QString &text, bool backward);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dismiss();

    QLineEdit *m_field;
    QLabel *m_result;
};

} // namespace Newsdesk
