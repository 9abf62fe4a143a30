#pragma once

#include <QStyledItemDelegate>

namespace Newsdesk {

/// Edits text in place and keeps what the curator has typed while the row changes underneath (another
/// program's change to it, a status set while typing): a view puts the model's value back into the editor
/// open on every row it is told has changed.
class KeepTypedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace Newsdesk
