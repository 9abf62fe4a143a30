#pragma once

#include "importing/ImportJob.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace Newsdesk {

/// What an import did with each input: failures with their reason, duplicates, copies of stories
/// already in the library, and problems that did not stop an input.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(QWidget *parent = nullptr);
    void setReport(const ImportReport &report);

private:
    void fill();

    ImportReport m_report;
    QLabel *m_summary;
    QCheckBox *m_showAll;
    QTreeWidget *m_entries;
};

} // namespace Newsdesk
