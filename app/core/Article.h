#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Newsdesk {

/// Where an article stands in the curator's workflow.
enum class ArticleStatus { New, Reviewed, Selected, Rejected };

/// The fields a curator can edit, one name each for storage, the CLI and undo commands.
enum class ArticleField {
    Url,
    CanonicalUrl,
    Title,
    Dek,
    Byline,
    Dateline,
    Agency,
    Source,
    PublishedAt,
    Language,
    ImageUrl,
    ImageCaption,
    ImageCredit,
    Body, ///< Plain text in, escaped paragraphs stored as HTML: an edit never brings markup in.
    Status,
    Note,
};

/// An article as stored: imported content plus the curator's state kept beside it.
struct Article
{
    qint64 id = 0;
    QString url;
    QString canonicalUrl;
    QString title;
    QString dek;
    QString byline;
    QString dateline;
    QString agency;
    QString source;
    QDateTime publishedAt; ///< Invalid when the page gave no date.
    QDateTime importedAt;
    QString language;
    QString imageUrl;
    QString imageCaption;
    QString imageCredit;
    QString bodyHtml; ///< Sanitised HTML.
    QString bodyText; ///< The same body as plain text, for search and word counts.
    int wordCount = 0;
    QString contentHash;
    QString guid; ///< A feed item's guid/id, empty for pages.

    ArticleStatus status = ArticleStatus::New;
    QString note;
    QDateTime trashedAt; ///< Valid while the article is in the trash.

    QVariant field(ArticleField field) const;
    void setField(ArticleField field, const QVariant &value);
};

/// Names and translated labels for statuses and fields.
class ArticleText
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleText)
public:
    static QString statusKey(ArticleStatus status);
    static std::optional<ArticleStatus> statusFromKey(QStringView key);
    static QString statusLabel(ArticleStatus status);
    static QList<ArticleStatus> allStatuses();

    static QString fieldKey(ArticleField field);
    static std::optional<ArticleField> fieldFromKey(QStringView key);
    static QString fieldLabel(ArticleField field);
    static QList<ArticleField> allFields();
};

/// Plain text from sanitised body HTML, and the word count the store keeps with it.
QString plainTextFromHtml(const QString &html);
int countWords(const QString &text);

} // namespace Newsdesk

Q_DECLARE_METATYPE(Newsdesk::ArticleStatus)
Q_DECLARE_METATYPE(Newsdesk::ArticleField)
