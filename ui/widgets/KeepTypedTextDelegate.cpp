#include "KeepTypedTextDelegate.h"

#include <QLineEdit>

namespace Newsdesk {

void KeepTypedTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Typing sets isModified(), filling the editor does not: the first call still fills it.
    if (const auto *line = qobject_cast<QLineEdit *>(editor); line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace Newsdesk
