#include "TriageDialog.h"
#include "core/BackgroundWork.h"

#include "core/Sentences.h"
#include "library/Library.h"
#include "moderation/ModerationRules.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Newsdesk {

/// The dry run as a table: one row a pending comment, what triage proposes for it and why.
class TriageProposalModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TriageProposalModel)

public:
    enum Column { Comment, Proposed, Score, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(TriageRun run)
    {
        beginResetModel();
        QHash<qint64, QString> summaries;
        for (const Newsdesk::Comment &comment : std::as_const(run.comments)) {
            QString text = comment.bodyText.simplified();
            const QString author = comment.author.isEmpty() ? comment.authorEmail : comment.author;
            summaries.insert(comment.id, author.isEmpty() ? text : tr("%1: %2").arg(author, text));
        }
        m_summaries = std::move(summaries);
        m_proposals = std::move(run.proposals);
        // What would change comes first: that is what Apply writes and what the curator checks.
        std::stable_sort(m_proposals.begin(), m_proposals.end(),
                         [](const TriageProposal &a, const TriageProposal &b) {
                             return a.changesStatus() && !b.changesStatus();
                         });
        endResetModel();
    }
    const QList<TriageProposal> &proposals() const { return m_proposals; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_proposals.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const TriageProposal &proposal = m_proposals.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Comment:
                return m_summaries.value(proposal.commentId);
            case Proposed:
                return proposal.changesStatus() ? CommentText::statusLabel(proposal.proposed)
                                                : staysText(proposal.current);
            case Score:
                return proposal.score ? QLocale().toString(*proposal.score, 'f', 2) : QString();
            case Reason:
                return proposal.reason;
            }
        }
        if (role == Qt::FontRole && index.column() == Proposed && proposal.changesStatus()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::TextAlignmentRole && index.column() == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Comment:
            return tr("Comment");
        case Proposed:
            return tr("Proposed");
        case Score:
            return tr("Score");
        case Reason:
            return tr("Reason");
        }
        return {};
    }

private:
    /// One whole phrase per status: a lower-cased label cannot take the form other languages need.
    static QString staysText(CommentStatus status)
    {
        switch (status) {
        case CommentStatus::Pending:
            //: Triage's proposal for a comment it leaves as it is.
            return tr("Stays pending");
        case CommentStatus::Approved:
            return tr("Stays approved");
        case CommentStatus::Spam:
            return tr("Stays spam");
        case CommentStatus::Rejected:
            return tr("Stays rejected");
        }
        return {};
    }

    QList<TriageProposal> m_proposals;
    QHash<qint64, QString> m_summaries;
};

TriageDialog::TriageDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_model(new TriageProposalModel(this))
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Run Rules on Pending Comments"));

    m_summary =
        new QLabel(tr("Running the moderation rules and the spam filter over the pending comments…"), this);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setWordWrap(true);
    m_filterNote = new QLabel(this);
    m_filterNote->setWordWrap(true);
    m_filterNote->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("triageProposals"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(TriageProposalModel::Comment, 46 * metrics.horizontalAdvance(QLatin1Char('n')));
    header->resizeSection(TriageProposalModel::Proposed, 16 * metrics.horizontalAdvance(QLatin1Char('n')));
    header->resizeSection(TriageProposalModel::Score,
                          metrics.horizontalAdvance(TriageProposalModel::tr("Score")) +
                              2 * metrics.horizontalAdvance(QLatin1Char('M')));
    header->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyTriageButton"));
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 560);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TriageDialog::finished);
    m_watcher.setFuture(runInBackground([path = library.path(), cancel = m_cancel]() {
        Outcome outcome;
        // Its own connection, so the window stays responsive while the filter learns; WAL lets both read.
        auto opened = Library::open(path);
        if (!opened) {
            outcome.error = opened.errorString();
            return outcome;
        }
        auto run = Triage::run(**opened, SpamFilterOptions(), [cancel] { return cancel->load(); });
        if (run)
            outcome.run = std::move(run).value();
        else
            outcome.error = run.errorString();
        return outcome;
    }));
}

TriageDialog::~TriageDialog()
{
    // The run holds nothing of the dialog's; it is told to stop and left to finish on its own.
    m_cancel->store(true);
}

const QList<TriageProposal> &TriageDialog::proposals() const
{
    return m_model->proposals();
}

int TriageDialog::decisionCount() const
{
    return int(std::count_if(m_model->proposals().cbegin(), m_model->proposals().cend(),
                             [](const TriageProposal &proposal) { return proposal.changesStatus(); }));
}

QAbstractItemModel *TriageDialog::model() const
{
    return m_model;
}

void TriageDialog::finished()
{
    m_progress->hide();
    Outcome outcome = m_watcher.result();
    if (!outcome.run) {
        m_error = outcome.error;
        m_summary->setText(tr("The rules could not run: %1").arg(m_error));
        emit runFinished();
        return;
    }
    TriageRun run = std::move(*outcome.run);
    m_filterNote->setText(
        run.filterTrained
            ? Sentences::joined(
                  {tr("The spam filter learned from %n approved comment(s).", nullptr, run.hamExamples),
                   //: Follows "The spam filter learned from %n approved comment(s)."
                   tr("It also learned from %n spam comment(s).", nullptr, run.spamExamples)})
            : run.filterMessage);
    m_model->setRun(std::move(run));
    QHash<CommentStatus, int> proposed;
    for (const TriageProposal &proposal : m_model->proposals())
        if (proposal.changesStatus())
            ++proposed[proposal.proposed];
    const int changes = decisionCount();
    m_summary->setText(
        m_model->proposals().isEmpty()
            ? tr("No comment is pending.")
            : tr("Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply "
                 "writes these decisions as one step you can undo.")
                  .arg(m_model->rowCount())
                  .arg(proposed.value(CommentStatus::Approved))
                  .arg(proposed.value(CommentStatus::Spam))
                  .arg(proposed.value(CommentStatus::Rejected))
                  .arg(m_model->rowCount() - changes));
    m_apply->setEnabled(changes > 0);
    m_apply->setDefault(changes > 0);
    emit runFinished();
}

} // namespace Newsdesk
