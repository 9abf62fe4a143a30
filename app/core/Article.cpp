#include "Article.h"

#include <QRegularExpression>

#include <array>

namespace Newsdesk {

namespace {

struct FieldName
{
    ArticleField field;
    const char *key;
    const char *label;
};

// Keys are what the CLI accepts and what the audit log records; labels are shown.
constexpr std::array fieldNames{
    FieldName{ArticleField::Url, "url", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "URL")},
    FieldName{ArticleField::CanonicalUrl, "canonical_url",
              QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Canonical URL")},
    FieldName{ArticleField::Title, "title", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Title")},
    FieldName{ArticleField::Dek, "dek", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Dek")},
    FieldName{ArticleField::Byline, "byline", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Byline")},
    FieldName{ArticleField::Dateline, "dateline", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Dateline")},
    FieldName{ArticleField::Agency, "agency", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Agency")},
    FieldName{ArticleField::Source, "source", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Source")},
    FieldName{ArticleField::PublishedAt, "published",
              QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Published")},
    FieldName{ArticleField::Language, "language", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Language")},
    FieldName{ArticleField::ImageUrl, "image_url", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Image URL")},
    FieldName{ArticleField::ImageCaption, "image_caption",
              QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Image caption")},
    FieldName{ArticleField::ImageCredit, "image_credit",
              QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Image credit")},
    FieldName{ArticleField::Body, "body", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Body")},
    FieldName{ArticleField::Status, "status", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Status")},
    FieldName{ArticleField::Note, "note", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Curator note")},
};

struct StatusName
{
    ArticleStatus status;
    const char *key;
    const char *label;
};

constexpr std::array statusNames{
    StatusName{ArticleStatus::New, "new", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "New")},
    StatusName{ArticleStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Reviewed")},
    StatusName{ArticleStatus::Selected, "selected", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Selected")},
    StatusName{ArticleStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Newsdesk::ArticleText", "Rejected")},
};

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QVariant Article::field(ArticleField which) const
{
    switch (which) {
    case ArticleField::Url:
        return url;
    case ArticleField::CanonicalUrl:
        return canonicalUrl;
    case ArticleField::Title:
        return title;
    case ArticleField::Dek:
        return dek;
    case ArticleField::Byline:
        return byline;
    case ArticleField::Dateline:
        return dateline;
    case ArticleField::Agency:
        return agency;
    case ArticleField::Source:
        return source;
    case ArticleField::PublishedAt:
        return publishedAt;
    case ArticleField::Language:
        return language;
    case ArticleField::ImageUrl:
        return imageUrl;
    case ArticleField::ImageCaption:
        return imageCaption;
    case ArticleField::ImageCredit:
        return imageCredit;
    case ArticleField::Body:
        return bodyText;
    case ArticleField::Status:
        return QVariant::fromValue(status);
    case ArticleField::Note:
        return note;
    }
    return {};
}

void Article::setField(ArticleField which, const QVariant &value)
{
    switch (which) {
    case ArticleField::Url:
        url = value.toString();
        break;
    case ArticleField::CanonicalUrl:
        canonicalUrl = value.toString();
        break;
    case ArticleField::Title:
        title = value.toString();
        break;
    case ArticleField::Dek:
        dek = value.toString();
        break;
    case ArticleField::Byline:
        byline = value.toString();
        break;
    case ArticleField::Dateline:
        dateline = value.toString();
        break;
    case ArticleField::Agency:
        agency = value.toString();
        break;
    case ArticleField::Source:
        source = value.toString();
        break;
    case ArticleField::PublishedAt:
        publishedAt = value.toDateTime();
        break;
    case ArticleField::Language:
        language = value.toString();
        break;
    case ArticleField::ImageUrl:
        imageUrl = value.toString();
        break;
    case ArticleField::ImageCaption:
        imageCaption = value.toString();
        break;
    case ArticleField::ImageCredit:
        imageCredit = value.toString();
        break;
    case ArticleField::Body: {
        bodyText = value.toString();
        QStringList paragraphs;
        for (const QString &paragraph : bodyText.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
            const QString trimmed = paragraph.trimmed();
            if (!trimmed.isEmpty())
                paragraphs << QStringLiteral("<p>") + escapeHtml(trimmed) + QStringLiteral("</p>");
        }
        bodyHtml = paragraphs.join(QLatin1Char('\n'));
        wordCount = countWords(bodyText);
        break;
    }
    case ArticleField::Status:
        status = value.value<ArticleStatus>();
        break;
    case ArticleField::Note:
        note = value.toString();
        break;
    }
}

QString ArticleText::statusKey(ArticleStatus status)
{
    for (const auto &name : statusNames)
        if (name.status == status)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<ArticleStatus> ArticleText::statusFromKey(QStringView key)
{
    for (const auto &name : statusNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.status;
    return std::nullopt;
}

QString ArticleText::statusLabel(ArticleStatus status)
{
    for (const auto &name : statusNames)
        if (name.status == status)
            return tr(name.label);
    return {};
}

QList<ArticleStatus> ArticleText::allStatuses()
{
    QList<ArticleStatus> statuses;
    for (const auto &name : statusNames)
        statuses << name.status;
    return statuses;
}

QString ArticleText::fieldKey(ArticleField field)
{
    for (const auto &name : fieldNames)
        if (name.field == field)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<ArticleField> ArticleText::fieldFromKey(QStringView key)
{
    for (const auto &name : fieldNames)
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.field;
    return std::nullopt;
}

QString ArticleText::fieldLabel(ArticleField field)
{
    for (const auto &name : fieldNames)
        if (name.field == field)
            return tr(name.label);
    return {};
}

QList<ArticleField> ArticleText::allFields()
{
    QList<ArticleField> fields;
    for (const auto &name : fieldNames)
        fields << name.field;
    return fields;
}

QString plainTextFromHtml(const QString &html)
{
    // A stop-gap until the import pipeline's HTML parser: block ends become paragraph breaks,
    // other tags go, and the common entities are decoded.
    static const QRegularExpression blockEnd(
        QStringLiteral("</(p|h[1-6]|blockquote|li|div|figcaption)\\s*>|<br\\s*/?>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numericEntity(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = html;
    text.replace(blockEnd, QStringLiteral("\n\n"));
    text.remove(anyTag);
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numericEntity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && QChar::isPrint(code))
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    decoded.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    decoded.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    decoded.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    decoded.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    decoded.replace(QStringLiteral("&amp;"), QStringLiteral("&"));

    QStringList paragraphs;
    for (const QString &paragraph : decoded.split(QStringLiteral("\n\n"))) {
        const QString simplified = paragraph.simplified();
        if (!simplified.isEmpty())
            paragraphs << simplified;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

int countWords(const QString &text)
{
    // Scripts written without spaces (Han, kana) count one word per character, which is how
    // Japanese and Chinese word counts are usually quoted; elsewhere a word is a run of letters or digits.
    int words = 0;
    bool inWord = false;
    for (const QChar ch : text) {
        const auto script = ch.script();
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana) {
            ++words;
            inWord = false;
        } else if (ch.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (ch != QLatin1Char('\'') && ch != QChar(0x2019) && ch != QLatin1Char('-')) {
            inWord = false;
        }
    }
    return words;
}

} // namespace Newsdesk
