#include "money.h"

#include <cstdio>
#include <limits>

namespace kinsight::core {

std::optional<Cents> parseMoney(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    constexpr Cents limit = std::numeric_limits<Cents>::max() / 1000;
    Cents whole = 0;
    size_t pos = 0;
    size_t wholeDigits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        whole = whole * 10 + (s[pos] - '0');
        if (whole > limit)
            return std::nullopt;
        ++pos;
        ++wholeDigits;
    }
    Cents fraction = 0;
    size_t fractionDigits = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + (s[pos] - '0');
            ++pos;
        }
        if (fractionDigits == 0 && wholeDigits == 0)
            return std::nullopt;
    }
    if (pos != s.size() || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    return whole * 100 + fraction;
}

std::string formatMoney(Cents cents)
{
    char buf[32];
    const bool negative = cents < 0;
    const unsigned long long a
        = negative ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", a / 100, a % 100);
    return buf;
}

} // namespace kinsight::core
