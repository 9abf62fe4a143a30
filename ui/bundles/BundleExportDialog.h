#pragma once

#include "exporting/BundleExport.h"

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Newsdesk {

/// What a bundle is exported as and where: the format, the output file (or folder, for a site),
/// embedded images, a template folder and, for PDF, the page size. Accepting asks before replacing
/// existing output, and the options then say overwrite.
class BundleExportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleExportDialog(const QString &bundleName, QWidget *parent = nullptr);

    ExportOptions options() const;
    QPageSize::PageSizeId pageSize() const;

    void setFormat(ExportFormat format);
    void setOutPath(const QString &path);
    /// Whether existing output is replaced without asking (tests answer the question themselves).
    void setConfirmOverwrite(bool confirm) { m_confirmOverwrite = confirm; }

    /// Whether output exists at path for format: a file, or a folder that is not empty.
    static bool outputExists(const QString &path, ExportFormat format);

public slots:
    void accept() override;

private:
    ExportFormat format() const;
    void formatChanged();
    void browse();
    void browseTemplate();

    QString m_bundleName;
    QString m_folder; ///< where files are offered, kept across format changes
    bool m_overwrite = false;
    bool m_confirmOverwrite = true;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_embedImages;
    QLineEdit *m_template;
    QComboBox *m_pageSize;
    QLabel *m_problem;
};

} // namespace Newsdesk
