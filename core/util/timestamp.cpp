#include "timestamp.h"

#include <cstdio>

namespace kinsight::core {

namespace {

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads exactly `n` digits at `pos`; advances pos.
bool digits(std::string_view s, size_t& pos, int n, int& out)
{
    if (pos + static_cast<size_t>(n) > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[pos + static_cast<size_t>(i)];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    pos += static_cast<size_t>(n);
    out = v;
    return true;
}

bool expect(std::string_view s, size_t& pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::optional<Timestamp> parseTimestamp(std::string_view s)
{
    size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, pos, 4, y) || !expect(s, pos, '-') || !digits(s, pos, 2, mo) || !expect(s, pos, '-')
        || !digits(s, pos, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(mo)))
        return std::nullopt;
    long offsetSeconds = 0;
    if (pos < s.size()) {
        const bool isoT = s[pos] == 'T';
        if (!isoT && s[pos] != ' ')
            return std::nullopt;
        ++pos;
        if (!digits(s, pos, 2, h) || !expect(s, pos, ':') || !digits(s, pos, 2, mi))
            return std::nullopt;
        if (expect(s, pos, ':')) {
            if (!digits(s, pos, 2, sec))
                return std::nullopt;
            if (isoT && expect(s, pos, '.')) {
                size_t start = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                    ++pos;
                if (pos == start || pos - start > 9)
                    return std::nullopt;
            }
        }
        if (h > 23 || mi > 59 || sec > 59)
            return std::nullopt;
        if (isoT && pos < s.size()) {
            if (s[pos] == 'Z') {
                ++pos;
            } else if (s[pos] == '+' || s[pos] == '-') {
                const int sign = s[pos] == '-' ? -1 : 1;
                ++pos;
                int oh = 0, om = 0;
                if (!digits(s, pos, 2, oh) || !expect(s, pos, ':') || !digits(s, pos, 2, om) || oh > 23 || om > 59)
                    return std::nullopt;
                offsetSeconds = sign * (oh * 3600L + om * 60L);
            } else {
                return std::nullopt;
            }
        }
        if (pos != s.size())
            return std::nullopt;
    }
    const Day day = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const Timestamp t = startOfDay(day) + h * 3600L + mi * 60L + sec - offsetSeconds;
    // Years 0001 to 9999 in UTC: what a four-digit year can say, and what formats back the same.
    if (t < startOfDay(daysFromCivil(1, 1, 1)) || t >= startOfDay(daysFromCivil(10000, 1, 1)))
        return std::nullopt;
    return t;
}

int monthIndexOf(Timestamp t)
{
    const CivilDate c = civilFromDays(dayOf(t));
    return c.year * 12 + static_cast<int>(c.month) - 1;
}

std::string formatMonthIndex(int monthIndex)
{
    char buf[48];
    const int y = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, monthIndex - y * 12 + 1);
    return buf;
}

Day mondayOf(Day day)
{
    // 1970-01-01 was a Thursday: weekday index with Monday = 0 is (day + 3) mod 7.
    const int wd = ((day + 3) % 7 + 7) % 7;
    return day - wd;
}

IsoWeek isoWeekOf(Day day)
{
    // The ISO year is the year of the Thursday of the week.
    const Day thursday = mondayOf(day) + 3;
    const int isoYear = civilFromDays(thursday).year;
    const Day jan4 = daysFromCivil(isoYear, 1, 4);
    const Day week1Monday = mondayOf(jan4);
    return { isoYear, (mondayOf(day) - week1Monday) / 7 + 1 };
}

std::string formatIsoWeek(Day day)
{
    const IsoWeek w = isoWeekOf(day);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
    return buf;
}

std::string formatDay(Day day)
{
    const CivilDate c = civilFromDays(day);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buf;
}

std::string formatTimestamp(Timestamp t)
{
    const Day d = dayOf(t);
    const Timestamp rest = t - startOfDay(d);
    char buf[80];
    const CivilDate c = civilFromDays(d);
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", c.year, c.month, c.day,
        static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return buf;
}

} // namespace kinsight::core
