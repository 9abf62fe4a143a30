#include "LanguageGuess.h"

#include <cld2/public/compact_lang_det.h>

namespace Newsdesk {

QString guessLanguage(const QString &text)
{
    // A few KB decide as well as the whole text does.
    const QByteArray utf8 = text.left(16 * 1024).toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};
    bool reliable = false;
    int validPrefix = 0;
    const CLD2::Language language =
        CLD2::DetectLanguageCheckUTF8(utf8.constData(), int(utf8.size()), true, &reliable, &validPrefix);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE)
        return {};
    return QString::fromLatin1(CLD2::LanguageCode(language));
}

} // namespace Newsdesk
