#include "ImportReportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Newsdesk {

ImportReportDialog::ImportReportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import Report"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_showAll = new QCheckBox(tr("Show inputs that were imported without problems"), this);
    connect(m_showAll, &QCheckBox::toggled, this, &ImportReportDialog::fill);
    m_entries = new QTreeWidget(this);
    m_entries->setHeaderLabels({tr("Input"), tr("Result")});
    m_entries->setRootIsDecorated(true);
    m_entries->setUniformRowHeights(true);
    m_entries->header()->setStretchLastSection(true);
    m_entries->setColumnWidth(0, 380);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_showAll);
    layout->addWidget(m_entries, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ImportReportDialog::setReport(const ImportReport &report)
{
    m_report = report;
    m_summary->setText(ImportText::summary(report));
    fill();
}

void ImportReportDialog::fill()
{
    m_entries->clear();
    for (const ImportReportEntry &entry : std::as_const(m_report.entries)) {
        bool noteworthy = entry.outcome != ImportReportEntry::Outcome::Imported || !entry.issues.isEmpty();
        for (const ImportedItem &item : entry.items)
            noteworthy = noteworthy || item.kind != ImportedItem::Kind::Imported;
        if (!noteworthy && !m_showAll->isChecked())
            continue;
        auto *row = new QTreeWidgetItem(m_entries, {entry.input, ImportText::outcome(entry)});
        row->setToolTip(0, entry.input);
        row->setToolTip(1, ImportText::outcome(entry));
        for (const QString &issue : entry.issues)
            new QTreeWidgetItem(row, {QString(), issue});
        for (const ImportedItem &item : entry.items) {
            if (item.kind == ImportedItem::Kind::Copy)
                new QTreeWidgetItem(
                    row, {item.title, tr("another site's copy of article %1").arg(item.relatedId)});
            else if (item.kind == ImportedItem::Kind::Duplicate)
                new QTreeWidgetItem(
                    row, {item.title, tr("already in the library as article %1").arg(item.articleId)});
        }
        row->setExpanded(entry.outcome != ImportReportEntry::Outcome::Imported);
    }
}

} // namespace Newsdesk
