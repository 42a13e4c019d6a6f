#include "values.h"

#include <limits>

namespace kinsight::core {

namespace {

__extension__ typedef __int128 Int128;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view s)
{
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.empty();
}

// Reads 1..maxDigits digits at pos.
bool number(std::string_view s, size_t& pos, int minDigits, int maxDigits, int& out)
{
    int n = 0;
    int v = 0;
    while (pos < s.size() && isDigit(s[pos]) && n < maxDigits) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    out = v;
    return n >= minDigits && (pos >= s.size() || !isDigit(s[pos]));
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, int m)
{
    static constexpr unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

/// `YYYY/M/D[ H:MM[:SS]]` as local seconds.
std::optional<Timestamp> parseSlashed(std::string_view s)
{
    size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!number(s, pos, 4, 4, y) || pos >= s.size() || s[pos++] != '/' || !number(s, pos, 1, 2, mo) || pos >= s.size()
        || s[pos++] != '/' || !number(s, pos, 1, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, mo))
        return std::nullopt;
    if (pos < s.size()) {
        if (s[pos++] != ' ')
            return std::nullopt;
        if (!number(s, pos, 1, 2, h) || pos >= s.size() || s[pos++] != ':' || !number(s, pos, 2, 2, mi))
            return std::nullopt;
        if (pos < s.size()) {
            if (s[pos++] != ':' || !number(s, pos, 2, 2, sec))
                return std::nullopt;
        }
        if (pos != s.size() || h > 23 || mi > 59 || sec > 59)
            return std::nullopt;
    }
    return startOfDay(daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) + h * 3600L + mi * 60L
        + sec;
}

bool hasOffset(std::string_view s)
{
    return s.size() > 10 && s[10] == 'T' && (s.back() == 'Z' || s.find_first_of("+-", 11) != std::string_view::npos);
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

/// Drops a currency sign or code before or after the number, and spaces around it.
std::string_view stripCurrency(std::string_view s)
{
    s = trimSpaces(s);
    static constexpr std::string_view signs[] = { "\xC2\xA5", "\xEF\xBF\xA5", "$", "\xE2\x82\xAC", "\xC2\xA3", "US$" };
    for (std::string_view sign : signs) {
        if (s.substr(0, sign.size()) == sign)
            s = trimSpaces(s.substr(sign.size()));
        else if (s.size() >= sign.size() && s.substr(s.size() - sign.size()) == sign)
            s = trimSpaces(s.substr(0, s.size() - sign.size()));
    }
    const auto isCode = [](std::string_view c) {
        return c.size() == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' && c[2] <= 'Z';
    };
    if (s.size() > 4 && isCode(s.substr(0, 3)) && s[3] == ' ')
        s = trimSpaces(s.substr(4));
    else if (s.size() > 4 && isCode(s.substr(s.size() - 3)) && s[s.size() - 4] == ' ')
        s = trimSpaces(s.substr(0, s.size() - 4));
    return s;
}

/// Sign, digits without thousands separators, fraction: the canonical text of a number, or
/// nullopt when the separators are not in groups of three.
std::optional<std::string> canonicalNumber(std::string_view text)
{
    std::string_view s = stripCurrency(text);
    std::string out;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        if (s.front() == '-')
            out += '-';
        s.remove_prefix(1);
        s = stripCurrency(s); // "-¥12.00"
    }
    const size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    if (whole.find(',') != std::string_view::npos) {
        // 1,234,567: the first group 1–3 digits, every later one exactly 3.
        size_t start = 0;
        bool first = true;
        for (;;) {
            const size_t comma = whole.find(',', start);
            const std::string_view group = whole.substr(start, comma == std::string_view::npos ? comma : comma - start);
            if (!allDigits(group) || (first ? group.size() > 3 : group.size() != 3))
                return std::nullopt;
            out += group;
            first = false;
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
    } else {
        out += whole;
    }
    if (dot != std::string_view::npos)
        out += s.substr(dot);
    return out;
}

} // namespace

std::optional<Timestamp> parseImportTime(std::string_view text, const TimeZone& zone, Reason& why)
{
    if (allDigits(text) && (text.size() == 10 || text.size() == 13)) {
        std::int64_t v = 0;
        for (char c : text)
            v = v * 10 + (c - '0');
        const Timestamp t = text.size() == 13 ? v / 1000 : v;
        const Timestamp limit = startOfDay(daysFromCivil(2101, 1, 1));
        if (t >= limit) {
            why = { "import.epoch_out_of_range", { std::string(text) } };
            return std::nullopt;
        }
        return t;
    }
    std::optional<Timestamp> t;
    if (text.find('/') != std::string_view::npos) {
        t = parseSlashed(text);
        if (t)
            t = zone.fromLocal(*t);
    } else {
        t = parseTimestamp(text);
        if (t && !hasOffset(text))
            t = zone.fromLocal(*t); // parseTimestamp reads a naive time as UTC: it is local seconds
    }
    if (!t)
        why = { "import.time_invalid", { std::string(text) } };
    return t;
}

std::optional<Cents> parseMoneyText(std::string_view text, bool allowNegative)
{
    const auto canonical = canonicalNumber(text);
    if (!canonical)
        return std::nullopt;
    std::string_view s = *canonical;
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) {
        if (!allowNegative)
            return std::nullopt;
        s.remove_prefix(1);
    }
    const auto cents = parseMoney(s);
    if (!cents)
        return std::nullopt;
    return negative ? -*cents : *cents;
}

std::optional<Decimal> parseDecimal(std::string_view text)
{
    const auto canonical = canonicalNumber(text);
    if (!canonical)
        return std::nullopt;
    std::string_view s = *canonical;
    const bool negative = !s.empty() && s.front() == '-';
    if (negative)
        s.remove_prefix(1);
    Decimal d;
    bool dot = false;
    int digits = 0;
    for (char c : s) {
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (!isDigit(c))
            return std::nullopt;
        if (d.mantissa > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
            return std::nullopt;
        d.mantissa = d.mantissa * 10 + (c - '0');
        ++digits;
        if (dot && ++d.scale > 9)
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    if (negative)
        d.mantissa = -d.mantissa;
    return d;
}

std::optional<Cents> lineAmount(Decimal quantity, Decimal unitPrice)
{
    // The product has scale q.scale + p.scale (≤ 18); cents have scale 2.
    const Int128 product = static_cast<Int128>(quantity.mantissa) * unitPrice.mantissa;
    const int scale = quantity.scale + unitPrice.scale;
    Int128 cents = product;
    if (scale < 2) {
        for (int i = scale; i < 2; ++i)
            cents *= 10;
    } else if (scale > 2) {
        Int128 divisor = 1;
        for (int i = 2; i < scale; ++i)
            divisor *= 10;
        const bool negative = product < 0;
        const Int128 magnitude = negative ? -product : product;
        Int128 q = magnitude / divisor;
        if ((magnitude % divisor) * 2 >= divisor)
            ++q; // half away from zero
        cents = negative ? -q : q;
    }
    if (cents > std::numeric_limits<std::int64_t>::max() / 1000
        || cents < -std::numeric_limits<std::int64_t>::max() / 1000)
        return std::nullopt;
    return static_cast<Cents>(cents);
}

} // namespace kinsight::core
