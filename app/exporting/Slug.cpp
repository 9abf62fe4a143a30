#include "Slug.h"

namespace Newsdesk {

QString Slug::make(const QString &title, const QString &fallback)
{
    // Decomposed, accented letters become a base letter and a mark; the marks are dropped.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(qMin(decomposed.size(), qsizetype(MaxLength)));
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep) {
            gap = !slug.isEmpty();
            continue;
        }
        if (gap)
            slug += QLatin1Char('-');
        gap = false;
        slug += c;
        if (slug.size() >= MaxLength)
            break;
    }
    if (slug.size() > MaxLength)
        slug.truncate(MaxLength);
    // Cut at a word boundary when a long title was shortened, and never end on a hyphen.
    if (slug.size() == MaxLength) {
        const qsizetype hyphen = slug.lastIndexOf(QLatin1Char('-'));
        if (hyphen > MaxLength / 2)
            slug.truncate(hyphen);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        return fallback;
    if (isReserved(slug))
        slug += QLatin1String("-1");
    return slug;
}

QString Slug::unique(const QString &slug, QSet<QString> &taken)
{
    QString candidate = slug;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = slug + QLatin1Char('-') + QString::number(n);
    taken.insert(candidate.toLower());
    return candidate;
}

bool Slug::isReserved(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toLower();
    static const QSet<QString> devices{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                       QStringLiteral("nul")};
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(QLatin1String("com")) || stem.startsWith(QLatin1String("lpt")))
           && stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
}

} // namespace Newsdesk
