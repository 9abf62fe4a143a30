#pragma once

#include <QSet>
#include <QString>

namespace Newsdesk {

/// Safe file names from titles: lower-case ASCII letters, digits and single hyphens, so a title can
/// never reach outside the export folder ("../../etc/passwd" → "etc-passwd"), name a device ("CON") or
/// carry control characters, and the name works on every file system and in every URL.
class Slug
{
public:
    Slug() = delete;

    static constexpr int MaxLength = 60;

    /// The slug of title ("Café crème!" → "cafe-creme"), or fallback when nothing usable is left
    /// (a title in Japanese only, emoji); fallback must itself be a slug.
    static QString make(const QString &title, const QString &fallback);
    /// slug itself, or slug-2, slug-3… whichever taken does not hold yet; the result is added to taken.
    static QString unique(const QString &slug, QSet<QString> &taken);
    /// Whether Windows reserves the name (CON, PRN, AUX, NUL, COM1–9, LPT1–9), whatever follows a dot.
    static bool isReserved(const QString &name);
};

} // namespace Newsdesk
