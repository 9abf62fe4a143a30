#include "BundleExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {

QWidget *withButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

BundleExportDialog::BundleExportDialog(const QString &bundleName, QWidget *parent)
    : QDialog(parent)
    , m_bundleName(bundleName)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(QStringLiteral("bundleExportDialog"));
    setWindowTitle(tr("Export Bundle “%1”").arg(bundleName));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat format : {ExportFormat::HtmlSite, ExportFormat::HtmlSingle, ExportFormat::Json,
                                ExportFormat::Atom, ExportFormat::Rss, ExportFormat::Pdf})
        m_format->addItem(BundleExport::formatLabel(format), int(format));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, &BundleExportDialog::browse);

    m_embedImages = new QCheckBox(tr("Embed images in the file"), this);
    m_embedImages->setObjectName(QStringLiteral("exportEmbedImages"));
    m_embedImages->setChecked(true);

    m_template = new QLineEdit(this);
    m_template->setObjectName(QStringLiteral("exportTemplate"));
    m_template->setPlaceholderText(tr("Built-in"));
    m_template->setClearButtonEnabled(true);
    auto *browseTemplate = new QPushButton(tr("Choose…"), this);
    connect(browseTemplate, &QPushButton::clicked, this, &BundleExportDialog::browseTemplate);

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save to:"), withButton(m_path, browse));
    form->addRow(QString(), m_embedImages);
    form->addRow(tr("&Template folder:"), withButton(m_template, browseTemplate));
    form->addRow(tr("&Page size:"), m_pageSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &BundleExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    formatChanged();
    resize(560, sizeHint().height());
}

ExportFormat BundleExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void BundleExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void BundleExportDialog::setOutPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

ExportOptions BundleExportDialog::options() const
{
    ExportOptions options;
    options.format = format();
    options.outPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    options.overwrite = m_overwrite;
    options.embedImages = m_embedImages->isChecked();
    options.templateDirectory = QDir::fromNativeSeparators(m_template->text().trimmed());
    return options;
}

QPageSize::PageSizeId BundleExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

void BundleExportDialog::formatChanged()
{
    const ExportFormat chosen = format();
    const bool html = chosen == ExportFormat::HtmlSite || chosen == ExportFormat::HtmlSingle;
    m_embedImages->setEnabled(chosen == ExportFormat::HtmlSingle || chosen == ExportFormat::HtmlSite ||
                              chosen == ExportFormat::Pdf);
    m_embedImages->setText(chosen == ExportFormat::HtmlSite ? tr("Copy images into the site")
                                                            : tr("Embed images in the file"));
    m_template->setEnabled(html || chosen == ExportFormat::Pdf);
    m_pageSize->setEnabled(chosen == ExportFormat::Pdf);
    // The offered name follows the format, in the folder already chosen.
    const QString current = m_path->text().trimmed();
    if (!current.isEmpty())
        m_folder = QFileInfo(QDir::fromNativeSeparators(current)).absolutePath();
    setOutPath(QDir(m_folder).filePath(BundleExport::defaultFileName(m_bundleName, chosen)));
}

void BundleExportDialog::browse()
{
    const QString current = options().outPath;
    QString path;
    if (format() == ExportFormat::HtmlSite) {
        const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder for the Site"), m_folder);
        if (!parent.isEmpty())
            path = QDir(parent).filePath(BundleExport::defaultFileName(m_bundleName, ExportFormat::HtmlSite));
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export Bundle"), current, QString(), nullptr,
                                            QFileDialog::DontConfirmOverwrite); // accept() asks
    }
    if (!path.isEmpty())
        setOutPath(path);
}

void BundleExportDialog::browseTemplate()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Template Folder"), m_template->text());
    if (!folder.isEmpty())
        m_template->setText(QDir::toNativeSeparators(folder));
}

bool BundleExportDialog::outputExists(const QString &path, ExportFormat format)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    if (format == ExportFormat::HtmlSite && info.isDir())
        return !QDir(path).isEmpty();
    return true;
}

void BundleExportDialog::accept()
{
    const ExportOptions chosen = options();
    if (chosen.outPath.isEmpty()) {
        m_problem->setText(tr("Choose where to save the export."));
        return;
    }
    if (!chosen.templateDirectory.isEmpty() && !QFileInfo(chosen.templateDirectory).isDir()) {
        m_problem->setText(tr("The template folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(chosen.templateDirectory)));
        return;
    }
    m_overwrite = false;
    if (outputExists(chosen.outPath, chosen.format)) {
        if (m_confirmOverwrite) {
            const auto answer = QMessageBox::question(this, tr("Replace Existing Export?"),
                                                      tr("%1 already exists. Replace it with this export?")
                                                          .arg(QDir::toNativeSeparators(chosen.outPath)),
                                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
        m_overwrite = true;
    }
    QDialog::accept();
}

} // namespace Newsdesk
