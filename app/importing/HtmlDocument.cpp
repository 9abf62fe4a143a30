#include "HtmlDocument.h"

#include "HtmlDom_p.h"

#include <limits>
#include <mutex>

namespace Newsdesk {

HtmlDocument::HtmlDocument(void *document, const QUrl &url)
    : m_document(document)
    , m_url(url)
{
}

HtmlDocument::HtmlDocument(HtmlDocument &&other) noexcept
    : m_document(std::exchange(other.m_document, nullptr))
    , m_url(std::move(other.m_url))
{
}

HtmlDocument &HtmlDocument::operator=(HtmlDocument &&other) noexcept
{
    std::swap(m_document, other.m_document);
    std::swap(m_url, other.m_url);
    return *this;
}

HtmlDocument::~HtmlDocument()
{
    if (m_document)
        xmlFreeDoc(static_cast<xmlDoc *>(m_document));
}

void HtmlDocument::initialiseParser()
{
    static std::once_flag once;
    std::call_once(once, []() { xmlInitParser(); });
}

Result<HtmlDocument> HtmlDocument::parse(const QByteArray &utf8Html, const QUrl &url)
{
    initialiseParser();
    if (utf8Html.size() > std::numeric_limits<int>::max())
        return Error{Error::Code::InvalidArgument, tr("The page is too large to read.")};
    // RECOVER reads broken pages as browsers do; NONET never fetches anything the page names. Without
    // HUGE, libxml2 caps the tree depth, which is what keeps a page nested 100,000 levels from
    // exhausting the stack.
    htmlDocPtr document = htmlReadMemory(utf8Html.constData(), int(utf8Html.size()),
                                         url.toString().toUtf8().constData(), "UTF-8",
                                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                             HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    if (!document || !xmlDocGetRootElement(document)) {
        if (document)
            xmlFreeDoc(document);
        return Error{Error::Code::InvalidArgument, tr("The page holds no HTML that can be read.")};
    }
    return HtmlDocument(document, url);
}

QUrl HtmlDocument::baseUrl() const
{
    auto *root = xmlDocGetRootElement(static_cast<xmlDoc *>(m_document));
    for (xmlNode *node = root; node; node = Dom::nextNode(node, root)) {
        if (Dom::hasTag(node, "base")) {
            const QString href = Dom::attribute(node, "href").trimmed();
            if (!href.isEmpty())
                return m_url.resolved(QUrl(href));
        }
        if (Dom::hasTag(node, "body"))
            break;
    }
    return m_url;
}

} // namespace Newsdesk
