#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace Newsdesk {

// JSON numbers arrive as doubles. Casting one outside qint64's range to qint64 is undefined behaviour
// (the JSON fuzz target found 1e300 in a bundle), so the range is checked before the cast.
inline std::optional<qint64> exactInteger(double number)
{
    // 2^63 is exactly representable; every double below it in magnitude fits qint64.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(number) || number < -limit || number >= limit || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

} // namespace Newsdesk
