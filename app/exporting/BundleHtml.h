#pragma once

#include "core/Result.h"
#include "exporting/BundleExport.h"
#include "exporting/ExportOutput.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk {

struct BundleContent;

/// The bundle as HTML through a template folder (the built-in one unless ExportOptions names another):
/// one self-contained file, or a folder site with an index, a page per article and assets/. Articles
/// are formatted by ArticleFormatter, as the reader shows them; the pages carry no script, a
/// Content-Security-Policy that forbids it, and a schema.org NewsArticle JSON-LD block per article.
/// Nothing in the output depends on when it was made.
class BundleHtml
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleHtml)

public:
    BundleHtml() = delete;

    static Result<QString> single(const BundleContent &content, const ExportOptions &options);
    /// The files of the folder site, index.html first; article pages are named by safe slugs.
    static Result<QList<OutputFile>> site(const BundleContent &content, const ExportOptions &options);

    /// The policy of the single file (images as data: only) or of a site page (its own assets only).
    static QString contentSecurityPolicy(ExportFormat format);
    /// JSON for a <script type="application/ld+json"> block: '<' and '>' escaped, so no "</script>"
    /// or "<!--" inside a string can end the block.
    static QString scriptSafeJson(const QByteArray &json);
    /// Plain text's paragraphs (a blank line between them), trimmed: how intros are shown.
    static QStringList paragraphs(const QString &text);
};

} // namespace Newsdesk
