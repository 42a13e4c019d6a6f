#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/util/taskcontrol.h"
#include "core/util/timestamp.h"

namespace kinsight::core {

/// Calendar periods the metrics group by. Weeks are ISO weeks (Monday start). Days are calendar
/// days of the community time zone (Community::timeZone): a Day is a local date, and every
/// instant becomes one through TimeZone::dayOf (never the UTC core::dayOf).
enum class Granularity : std::uint8_t { Day, Week, Month };

/// A period key: a day number (Day), a week number counted from the Monday 1970-01-05
/// (Week), or year * 12 + month - 1 (Month). Consecutive periods have consecutive keys, so
/// "k periods after" is plain subtraction.
using PeriodKey = int;

PeriodKey periodOfDay(Granularity g, Day day);
/// The period of an instant, in the zone.
inline PeriodKey periodOf(const TimeZone& zone, Granularity g, Timestamp t)
{
    return periodOfDay(g, zone.dayOf(t));
}
/// First day of a period.
Day firstDayOfPeriod(Granularity g, PeriodKey key);
/// `YYYY-MM-DD`, ISO `YYYY-Www`, or `YYYY-MM`.
std::string periodLabel(Granularity g, PeriodKey key);

/// periodOfDay() for a range of days by table look-up: for the hot loops (a month needs calendar
/// arithmetic, a week a modulo). Days outside the range fall back to periodOfDay().
class PeriodTable {
public:
    PeriodTable(Granularity g, Day first, Day last);
    PeriodKey operator()(Day d) const
    {
        const auto i = static_cast<std::size_t>(d - m_first);
        return i < m_keys.size() ? m_keys[i] : periodOfDay(m_granularity, d);
    }

private:
    Granularity m_granularity;
    Day m_first;
    std::vector<PeriodKey> m_keys;
};

/// Each member's distinct activity days, sorted: the contract's activities (events and counted
/// orders, trials included), on calendar days of the community time zone.
///
/// This is the one place the metrics scan events: engagement curves, lifecycle, retention, the
/// funnel and churn risk all read these days. A plain value; safe to share between threads.
struct ActivityDays {
    std::vector<std::size_t> begin; ///< size n + 1: member m's days are days[begin[m], begin[m + 1])
    std::vector<Day> days;
    Day firstDay = 0; ///< first day holding an activity (meaningless when empty())
    Day lastDay = -1; ///< last day holding an activity
    Day endDay = 0; ///< day of the end of the data (latest joined_at, event or order)

    bool empty() const { return days.empty(); }
    Index memberCount() const { return begin.empty() ? 0 : static_cast<Index>(begin.size() - 1); }
    std::span<const Day> of(Index m) const
    {
        const auto i = static_cast<std::size_t>(m);
        return { days.data() + begin[i], begin[i + 1] - begin[i] };
    }
    /// Whether member m has an activity on a day in [from, to].
    bool activeBetween(Index m, Day from, Day to) const;
    /// Number of m's active days in [from, to].
    int activeDaysBetween(Index m, Day from, Day to) const;
};

/// Builds every member's activity days in one pass over events and orders (both are stored
/// sorted by member and time). O(events + orders). Throws Cancelled when `control` asks to stop.
ActivityDays computeActivityDays(const Community& community, const TaskControl& control = {});

/// Local day (community time zone) of the end of the data (0 for an empty community).
Day endDayOf(const Community& community);
/// The first local day of the community: the earliest day a member joined or an activity holds,
/// never after `activity.endDay`. The periods of cohorts and lifecycles start with it.
Day firstDayOf(const Community& community, const ActivityDays& activity);

/// Group labels of breakdowns besides real names.
inline constexpr std::string_view noGroupLabel = "(none)"; ///< no channel; a product without tier
inline constexpr std::string_view noOrderLabel = "(no order)"; ///< a member without a counted order

/// Members split into groups shown in a fixed order: group[m] indexes labels.
struct MemberGroups {
    std::vector<std::int32_t> group;
    std::vector<std::string> labels;
};
/// By acquisition channel: channels in code-point order, then "(none)" (always present).
MemberGroups channelGroups(const Community& community);

/// Calendar months of a plan's term: 1, 3, 12 (0 for Plan::None).
int planMonths(Plan plan);
/// The local day a plan term that starts on `paidAt`'s local day ends (31 January + 1 month = 28
/// or 29 February; 29 February + 1 year = 28 February).
Day planTermEnd(const TimeZone& zone, Timestamp paidAt, Plan plan);

/// Members m (ascending) for which `keep(m)` holds: the shape of every drill-down list.
template <typename Pred> std::vector<Index> membersWhere(Index memberCount, Pred keep)
{
    std::vector<Index> out;
    for (Index m = 0; m < memberCount; ++m) {
        if (keep(m))
            out.push_back(m);
    }
    return out;
}

} // namespace kinsight::core
