#include "ArticleStatusDelegate.h"

#include "core/Article.h"

#include <QComboBox>

namespace Newsdesk {

QWidget *ArticleStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (ArticleStatus status : ArticleText::allStatuses())
        combo->addItem(ArticleText::statusLabel(status), QVariant::fromValue(status));
    connect(combo, &QComboBox::activated, this, [this, combo]() {
        emit const_cast<ArticleStatusDelegate *>(this)->commitData(combo);
        emit const_cast<ArticleStatusDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void ArticleStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void ArticleStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Newsdesk
