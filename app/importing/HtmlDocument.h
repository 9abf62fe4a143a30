#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace Newsdesk {

/// A parsed HTML page (libxml2's HTML parser, chosen for speed: see CMakeLists.txt). Owns the tree;
/// the extractors in app/importing work on it through HtmlDom_p.h.
class HtmlDocument
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::HtmlDocument)

public:
    /// Sets libxml2 up once, before threads use it (parse() and the importers call it; it is cheap after).
    static void initialiseParser();

    /// Parses UTF-8 HTML; url is where the page came from, for resolving its links.
    static Result<HtmlDocument> parse(const QByteArray &utf8Html, const QUrl &url);

    HtmlDocument(HtmlDocument &&) noexcept;
    HtmlDocument &operator=(HtmlDocument &&) noexcept;
    ~HtmlDocument();

    QUrl url() const { return m_url; }
    /// The page's base for relative links: <base href> resolved against url().
    QUrl baseUrl() const;

    /// The libxml2 document (an xmlDoc*), for the extractors' .cpp files.
    void *handle() const { return m_document; }

private:
    HtmlDocument(void *document, const QUrl &url);
    void *m_document = nullptr;
    QUrl m_url;
};

} // namespace Newsdesk
