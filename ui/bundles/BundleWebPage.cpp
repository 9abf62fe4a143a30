#include "BundleWebPage.h"

#include "core/SaveFile.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderSchemeHandler.h"

#include <QPageLayout>
#include <QPointer>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

namespace Newsdesk {

BundleWebPage::BundleWebPage(QObject *parent)
    : QObject(parent)
{
    // Published bundles carry their images inside (data: URIs); nothing remote is fetched here.
    const ReaderPage::Profile profile = ReaderPage::createProfile(this);
    m_profile = profile.profile;
    m_scheme = profile.scheme;
    m_page = new ReaderPage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        // Only the end of the document asked for last: one replaced while loading ends too, as stopped.
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus ||
            info.url().adjusted(QUrl::RemoveFragment) != m_page->documentUrl())
            return;
        m_loading = false;
        emit loaded(info.status() == QWebEngineLoadingInfo::LoadSucceededStatus);
    });
}

BundleWebPage::~BundleWebPage()
{
    // The page must go before its profile, or Qt WebEngine warns and may crash on exit.
    delete m_page;
    delete m_profile;
}

void BundleWebPage::setHtml(const QString &html)
{
    FormattedArticle document;
    document.html = html;
    const QUrl url = m_scheme->setDocument(DocumentId, document);
    m_page->setDocumentUrl(url);
    m_loading = true;
    m_page->load(url);
}

QPageLayout BundleWebPage::pageLayout(QPageSize::PageSizeId size)
{
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

void BundleWebPage::printToPdf(QPageSize::PageSizeId size, std::function<void(const QByteArray &)> done)
{
    QPointer<BundleWebPage> self(this);
    m_page->printToPdf(
        [self, done = std::move(done)](const QByteArray &pdf) {
            if (self)
                done(pdf);
        },
        pageLayout(size));
}

BundlePdfPrinter::BundlePdfPrinter(QObject *parent)
    : QObject(parent)
{
}

void BundlePdfPrinter::print(const QString &html, QPageSize::PageSizeId size, const QString &filePath)
{
    delete m_page; // one job at a time; a new one replaces the last
    m_page = new BundleWebPage(this);
    BundleWebPage *page = m_page;
    connect(page, &BundleWebPage::loaded, this, [this, page, size, filePath](bool ok) {
        if (!ok) {
            emit finished(filePath, tr("The bundle's page could not be loaded for printing."));
            return;
        }
        // Printed only once loaded: printing a page still loading gives a blank document.
        page->printToPdf(size, [this, filePath](const QByteArray &pdf) {
            const Status saved =
                pdf.isEmpty() ? Status(Error{Error::Code::Failed, tr("The page could not be laid out.")})
                              : SaveFile::write(filePath, pdf);
            emit finished(filePath, saved.errorString());
        });
    });
    page->setHtml(html);
}

} // namespace Newsdesk
