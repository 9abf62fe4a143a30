#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPageSize>

#include <functional>

class QPageLayout;
class QWebEngineProfile;

namespace Newsdesk {

class ReaderPage;
class ReaderSchemeHandler;

/// A bundle's HTML in a Qt WebEngine page locked down as the reader's is (no script, no storage, no
/// remote request, no permission), served from memory so the size of the document does not matter.
/// The preview shows it in a view; PDF printing uses it without one.
class BundleWebPage : public QObject
{
    Q_OBJECT

public:
    explicit BundleWebPage(QObject *parent = nullptr);
    ~BundleWebPage() override;

    /// The reader's scheme handler and text view serve one document under an article id; a bundle is
    /// not an article, so it borrows an id that nothing else in its profile uses.
    static constexpr qint64 DocumentId = 1;

    ReaderPage *page() const { return m_page; }
    /// Loads html; loaded() tells when this document (not an earlier one) has finished.
    void setHtml(const QString &html);
    bool isLoading() const { return m_loading; }

    /// The layout bundles are printed with: portrait, 15 mm margins.
    static QPageLayout pageLayout(QPageSize::PageSizeId size);
    /// Prints the loaded document to PDF and hands the bytes (empty on failure) to done.
    void printToPdf(QPageSize::PageSizeId size, std::function<void(const QByteArray &)> done);

signals:
    void loaded(bool ok);

private:
    QWebEngineProfile *m_profile;
    ReaderSchemeHandler *m_scheme;
    ReaderPage *m_page;
    bool m_loading = false;
};

/// Prints a bundle's HTML to a PDF file, written atomically, and reports once: the export dialog and
/// the headless `newsdesk --export-pdf` both use it.
class BundlePdfPrinter : public QObject
{
    Q_OBJECT

public:
    explicit BundlePdfPrinter(QObject *parent = nullptr);

    /// Loads html, waits for it to finish loading, prints it and writes filePath.
    void print(const QString &html, QPageSize::PageSizeId size, const QString &filePath);

signals:
    /// error is empty on success.
    void finished(const QString &filePath, const QString &error);

private:
    BundleWebPage *m_page = nullptr;
};

} // namespace Newsdesk
