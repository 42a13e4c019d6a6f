#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"
#include "core/util/timestamp.h"

namespace kinsight::core {

/// A community's time zone (docs/data-format.md): an IANA zone such as `Asia/Shanghai`, and where every
/// day, ISO week and month of every metric begins and ends.
///
/// Built from Qt's time zone database (QTimeZone, the system's tzdata) once, into a table of UTC
/// offsets by transition and a bucket index over it (one bucket per 2^16 s), so that the offset
/// of an instant is a table look-up and a comparison (none at all for a fixed-offset zone, or
/// after the zone's last change): metrics call it per event without slowing down.
/// Copies share the table; a TimeZone is immutable and may be read from any number of threads.
///
/// "Local seconds" are seconds since 1970-01-01T00:00:00 *wall-clock* time in the zone, so that
/// `core::dayOf(toLocal(t))` is the local calendar day of the instant t.
class TimeZone {
public:
    /// UTC.
    TimeZone();

    /// The zone of an IANA id (`Asia/Shanghai`, `Europe/Berlin`, `UTC`); an error naming the id
    /// when the system's time zone database does not know it.
    [[nodiscard]] static Result<TimeZone> fromId(std::string_view ianaId);
    static TimeZone utc() { return {}; }
    /// The machine's zone id (`TZ`, else /etc/localtime), `UTC` when it cannot be told.
    static std::string systemId();
    /// True when the id names a zone the system knows.
    static bool isKnown(std::string_view ianaId);

    const std::string& id() const;
    bool isUtc() const;

    /// Seconds east of UTC in force at the instant t.
    int offsetAt(Timestamp t) const { return m_table->offsets[intervalOf(t)]; }
    /// Wall-clock ("local") seconds of the instant t.
    Timestamp toLocal(Timestamp t) const { return t + offsetAt(t); }

    /// Local calendar day of the instant t.
    Day dayOf(Timestamp t) const { return core::dayOf(toLocal(t)); }
    /// Month index (year * 12 + month - 1) of t's local date.
    int monthIndexOf(Timestamp t) const;
    /// The first instant of local day d (later than local midnight where midnight falls in a
    /// daylight-saving gap).
    Timestamp startOfDay(Day d) const;
    /// The first instant of a month (index year * 12 + month - 1) in this zone.
    Timestamp startOfMonth(int monthIndex) const;
    /// The instant `days` calendar days after t at the same wall-clock time (t + days × 86400 s
    /// except across a daylight-saving change, where the day of 23 or 25 hours counts as one).
    Timestamp addDays(Timestamp t, int days) const { return fromLocal(toLocal(t) + days * secondsPerDay); }

    /// A run of instants [begin, end) that holds t and lies on one local day with one offset:
    /// loops over sorted instants test `t < end` instead of converting each one.
    struct DaySpan {
        Day day;
        Timestamp begin;
        Timestamp end;
    };
    DaySpan daySpanOf(Timestamp t) const;

    /// The instant of a wall-clock time in this zone. A time that occurs twice (the hour repeated
    /// when daylight saving ends) is its first occurrence; a time that does not occur (the hour
    /// skipped when it starts) is read with the offset before the change, i.e. moved forward by
    /// the gap, as a clock that was not yet put forward would show it.
    Timestamp fromLocal(Timestamp localSeconds) const;

    /// `YYYY-MM-DD HH:MM:SS` in this zone.
    std::string formatLocal(Timestamp t) const;
    /// `YYYY-MM-DD` of t in this zone.
    std::string formatLocalDay(Timestamp t) const { return formatDay(dayOf(t)); }

    bool operator==(const TimeZone& other) const { return id() == other.id(); }

private:
    static constexpr int bucketShift = 16; ///< 18.2 hours: changes are further apart than that
    struct Table {
        std::string id;
        /// offsets[i] holds from transitions[i - 1] (or the beginning of time) to transitions[i].
        std::vector<Timestamp> transitions;
        std::vector<int> offsets; ///< size transitions.size() + 1
        /// bucket[b]: the interval in force at bucketBase + (b << bucketShift); empty when the
        /// zone has no transition or too many for 16 bits.
        Timestamp bucketBase = 0;
        std::vector<std::uint16_t> bucket;
    };
    /// Index into offsets of the interval holding t.
    std::size_t intervalOf(Timestamp t) const
    {
        const Table& z = *m_table;
        const std::size_t n = z.transitions.size();
        if (n == 0 || t >= z.transitions[n - 1])
            return n; // the zone's last (or only) offset
        const auto b = static_cast<std::uint64_t>(t - z.bucketBase) >> bucketShift;
        if (t >= z.bucketBase && b < z.bucket.size()) {
            std::size_t k = z.bucket[b];
            while (t >= z.transitions[k]) // k < n: t is before the last transition
                ++k;
            return k;
        }
        return intervalBySearch(t);
    }
    std::size_t intervalBySearch(Timestamp t) const;
    explicit TimeZone(std::shared_ptr<const Table> table)
        : m_table(std::move(table))
    { }
    std::shared_ptr<const Table> m_table;
};

} // namespace kinsight::core
