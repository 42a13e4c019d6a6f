#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinsight::core {

/// Seconds since 1970-01-01T00:00:00Z. Every timestamp in Kinsight is UTC.
using Timestamp = std::int64_t;

/// Days since 1970-01-01 (UTC calendar day of a timestamp).
using Day = std::int32_t;

constexpr Timestamp secondsPerDay = 86400;

/// Parses the contract's formats: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`,
/// `YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]`. An offset is converted to UTC; no offset means UTC.
/// Fractions of a second are accepted and dropped. Returns nullopt for anything else, including
/// impossible dates (2026-02-30) and times (24:00), and instants outside the years 0001–9999 UTC.
std::optional<Timestamp> parseTimestamp(std::string_view text);

/// Days from the civil date (proleptic Gregorian), as in H. Hinnant's `days_from_civil`.
constexpr Day daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct CivilDate {
    int year;
    unsigned month;
    unsigned day;
};

/// The civil date of a day number.
constexpr CivilDate civilFromDays(Day z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return { y + (m <= 2), m, d };
}

/// UTC calendar day of a timestamp (floor division, correct before 1970 too).
constexpr Day dayOf(Timestamp t)
{
    return static_cast<Day>(t >= 0 ? t / secondsPerDay : -((-t + secondsPerDay - 1) / secondsPerDay));
}

constexpr Timestamp startOfDay(Day d)
{
    return static_cast<Timestamp>(d) * secondsPerDay;
}

/// Month index (year * 12 + month - 1) of a timestamp's UTC date.
int monthIndexOf(Timestamp t);
/// `YYYY-MM` for a month index.
std::string formatMonthIndex(int monthIndex);

/// ISO 8601 week (Monday start) of a day: ISO year and week number 1..53.
struct IsoWeek {
    int year;
    int week;
};
IsoWeek isoWeekOf(Day day);
/// The Monday of the ISO week holding `day`.
Day mondayOf(Day day);
/// `YYYY-Www` for the ISO week holding `day`.
std::string formatIsoWeek(Day day);

/// `YYYY-MM-DD` of a day.
std::string formatDay(Day day);
/// `YYYY-MM-DD HH:MM:SS` (UTC) of a timestamp.
std::string formatTimestamp(Timestamp t);

} // namespace kinsight::core
