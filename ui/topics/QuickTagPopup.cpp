#include "QuickTagPopup.h"

#include "TopicTreeModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Newsdesk {

QuickTagPopup::QuickTagPopup(const TopicTreeModel &topics, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_topics(topics)
{
    setObjectName(QStringLiteral("quickTag"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quickTagSearch"));
    m_search->setPlaceholderText(tr("Tag with… (type a topic, Enter to apply)"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("quickTagList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(460, 320);
    connect(m_search, &QLineEdit::textChanged, this, &QuickTagPopup::filter);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit topicChosen(item->data(Qt::UserRole).toLongLong());
        accept();
    });
    // Arrow keys move through the list while typing goes on in the field.
    m_search->installEventFilter(this);
    filter({});
}

void QuickTagPopup::filter(const QString &text)
{
    m_list->clear();
    const QString wanted = text.trimmed();
    QList<std::pair<int, QListWidgetItem *>> ranked;
    for (const Topic &topic : m_topics.topics()) {
        const QString path = m_topics.pathOf(topic.id);
        int rank = 0;
        if (wanted.isEmpty())
            rank = 3;
        else if (topic.name.startsWith(wanted, Qt::CaseInsensitive))
            rank = 0; // the name begins with what was typed: the likeliest
        else if (topic.name.contains(wanted, Qt::CaseInsensitive))
            rank = 1;
        else if (path.contains(wanted, Qt::CaseInsensitive))
            rank = 2;
        else
            continue;
        const QModelIndex index = m_topics.indexOf(topic.id);
        auto *item = new QListWidgetItem(path);
        item->setData(Qt::UserRole, topic.id);
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            item->setText(tr("%1 ✓").arg(path));
        ranked.append({rank, item});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rank, item] : ranked)
        m_list->addItem(item);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool QuickTagPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (QListWidgetItem *item = m_list->currentItem()) {
                emit topicChosen(item->data(Qt::UserRole).toLongLong());
                accept();
            }
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Newsdesk
