#pragma once

#include <QString>

namespace Newsdesk {

/// The language of a text as a BCP 47 tag ("en", "ja", "zh-Hant"), or empty when it cannot be told
/// reliably. Backed by CLD2 (Debian's libcld2), which is fast (a few µs per KB) and covers 80+ languages.
QString guessLanguage(const QString &text);

} // namespace Newsdesk
