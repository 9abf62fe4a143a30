#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Newsdesk {

class TopicTreeModel;

/// Tagging at the speed of reading: T opens it, typing narrows the topics by name or path, Enter tags
/// the selected articles with the highlighted one (or removes it when they all have it), Esc closes.
class QuickTagPopup : public QDialog
{
    Q_OBJECT

public:
    QuickTagPopup(const TopicTreeModel &topics, QWidget *parent = nullptr);

signals:
    void topicChosen(qint64 topicId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    const TopicTreeModel &m_topics;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace Newsdesk
