#include "ModerationLogDialog.h"

#include "ModerationLogModel.h"
#include "core/Comment.h"
#include "core/SaveFile.h"
#include "library/Library.h"
#include "moderation/ModerationLog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Newsdesk {

ModerationLogDialog::ModerationLogDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_model(new ModerationLogModel(library, this))
{
    setObjectName(QStringLiteral("moderationLogDialog"));
    setWindowTitle(tr("Moderation Log"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("logSummary"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("moderationLog"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    // The widest of the labels the columns show, in whatever language they are translated to.
    int status = 0;
    for (CommentStatus value : CommentText::allStatuses())
        status = std::max(status, metrics.horizontalAdvance(CommentText::statusLabel(value)) + padding);
    int who = 0;
    for (QLatin1StringView actor :
         {DecidedBy::Curator, DecidedBy::Rules, DecidedBy::Filter, DecidedBy::Import})
        who = std::max(who, metrics.horizontalAdvance(ModerationLogModel::actorLabel(actor)) + padding);
    header->resizeSection(ModerationLogModel::When,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + padding);
    header->resizeSection(ModerationLogModel::Who, who);
    header->resizeSection(ModerationLogModel::Comment, 40 * metrics.horizontalAdvance(QLatin1Char('n')));
    header->resizeSection(ModerationLogModel::From, status);
    header->resizeSection(ModerationLogModel::To, status);
    header->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(exportButton, &QPushButton::clicked, this, &ModerationLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 520);

    // Decisions made while the log is open appear in it; a burst of them is read once.
    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);
    connect(m_reloadDelay, &QTimer::timeout, this, [this]() {
        m_model->reload();
        updateSummary();
    });
    connect(&m_library, &Library::commentsModerated, m_reloadDelay, qOverload<>(&QTimer::start));
    updateSummary();
}

void ModerationLogDialog::updateSummary()
{
    m_summary->setText(m_model->errorString().isEmpty()
                           ? tr("Decisions: %L1, newest first.").arg(m_model->rowCount())
                           : m_model->errorString());
}

Status ModerationLogDialog::exportCsv(const QString &path) const
{
    // Read again rather than the table's copy: the file holds the log as it is when written.
    const auto entries = m_library.comments().log();
    if (!entries)
        return entries.error();
    return SaveFile::write(path, moderationLogCsv(*entries));
}

void ModerationLogDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Moderation Log"), QDir(folder).filePath(QStringLiteral("moderation-log.csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportCsv(path); !written)
        QMessageBox::warning(this, tr("Export Moderation Log"), written.errorString());
}

} // namespace Newsdesk
