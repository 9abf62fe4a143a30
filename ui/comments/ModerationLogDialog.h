#pragma once

#include "core/Result.h"

#include <QDialog>

class QLabel;
class QTableView;
class QTimer;

namespace Newsdesk {

class Library;
class ModerationLogModel;

/// The moderation log: every decision with when, who, which comment, from, to and why, newest first,
/// and an export of it as CSV (the same file `newsdesk-cli moderation log --csv` writes).
class ModerationLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModerationLogDialog(Library &library, QWidget *parent = nullptr);

    ModerationLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Writes the whole log as CSV to path, replacing the file only once it is complete.
    Status exportCsv(const QString &path) const;

private:
    void chooseExportFile();
    void updateSummary();

    Library &m_library;
    ModerationLogModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QTimer *m_reloadDelay;
};

} // namespace Newsdesk
