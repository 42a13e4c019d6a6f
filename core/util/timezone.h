#pragma once

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
/// offsets by transition, so that the local day of a timestamp is one binary search (none for a
/// zone without transitions) and an addition: metrics call it per event without slowing down.
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
    int offsetAt(Timestamp t) const;
    /// Wall-clock ("local") seconds of the instant t.
    Timestamp toLocal(Timestamp t) const { return t + offsetAt(t); }

    /// Local calendar day of the instant t.
    Day dayOf(Timestamp t) const { return core::dayOf(toLocal(t)); }
    /// Month index (year * 12 + month - 1) of t's local date.
    int monthIndexOf(Timestamp t) const;
    /// The first instant of local day d (later than local midnight where midnight falls in a
    /// daylight-saving gap).
    Timestamp startOfDay(Day d) const;

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
    struct Table {
        std::string id;
        /// offsets[i] holds from transitions[i - 1] (or the beginning of time) to transitions[i].
        std::vector<Timestamp> transitions;
        std::vector<int> offsets; ///< size transitions.size() + 1
    };
    explicit TimeZone(std::shared_ptr<const Table> table)
        : m_table(std::move(table))
    { }
    std::shared_ptr<const Table> m_table;
};

} // namespace kinsight::core
