#include "activity.h"

#include <algorithm>

namespace kinsight::core {

namespace {

constexpr Day firstMonday = 4; // 1970-01-05

} // namespace

PeriodKey periodOfDay(Granularity g, Day day)
{
    switch (g) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return (mondayOf(day) - firstMonday) / 7; // exact: the difference is a multiple of 7
    case Granularity::Month: {
        const CivilDate c = civilFromDays(day);
        return c.year * 12 + static_cast<int>(c.month) - 1;
    }
    }
    return day;
}

Day firstDayOfPeriod(Granularity g, PeriodKey key)
{
    switch (g) {
    case Granularity::Day:
        return key;
    case Granularity::Week:
        return firstMonday + key * 7;
    case Granularity::Month: {
        const int y = key >= 0 ? key / 12 : -((-key + 11) / 12);
        return daysFromCivil(y, static_cast<unsigned>(key - y * 12 + 1), 1);
    }
    }
    return key;
}

std::string periodLabel(Granularity g, PeriodKey key)
{
    switch (g) {
    case Granularity::Day:
        return formatDay(key);
    case Granularity::Week:
        return formatIsoWeek(firstDayOfPeriod(g, key));
    case Granularity::Month:
        return formatMonthIndex(key);
    }
    return {};
}

bool ActivityDays::activeBetween(Index m, Day from, Day to) const
{
    const std::span<const Day> d = of(m);
    const auto it = std::lower_bound(d.begin(), d.end(), from);
    return it != d.end() && *it <= to;
}

int ActivityDays::activeDaysBetween(Index m, Day from, Day to) const
{
    const std::span<const Day> d = of(m);
    const auto lo = std::lower_bound(d.begin(), d.end(), from);
    const auto hi = std::upper_bound(lo, d.end(), to);
    return static_cast<int>(hi - lo);
}

Day endDayOf(const Community& community)
{
    return community.dataEnd == noTimestamp ? 0 : dayOf(community.dataEnd);
}

ActivityDays computeActivityDays(const Community& c, const TaskControl& control)
{
    ActivityDays out;
    const Index n = c.memberCount();
    out.begin.assign(static_cast<std::size_t>(n) + 1, 0);
    out.endDay = endDayOf(c);
    // Distinct days are at most the rows; most members repeat days, so reserve a fraction and grow.
    out.days.reserve(static_cast<std::size_t>(c.events.size() + c.orders.size()) / 2 + 16);

    const auto& evAt = c.events.occurredAt;
    const auto& orAt = c.orders.paidAt;
    for (Index m = 0; m < n; ++m) {
        if ((m & 0xffff) == 0) {
            if (control.stopRequested())
                throw Cancelled {};
            control.progress(static_cast<double>(m) / std::max<Index>(n, 1));
        }
        const IndexRange ev = c.eventsOf(m);
        const IndexRange ord = c.ordersOf(m);
        Index e = ev.start, o = ord.start;
        // Skip refunded orders: they are no activity.
        auto nextOrder = [&] {
            while (o < ord.stop && !c.orders.isCounted(o))
                ++o;
        };
        nextOrder();
        Day last = 0;
        bool any = false;
        auto push = [&](Day d) {
            if (!any || d != last) {
                out.days.push_back(d);
                last = d;
                any = true;
            }
        };
        // Both runs are sorted by time: merge them.
        while (e < ev.stop || o < ord.stop) {
            const bool takeEvent = o >= ord.stop
                || (e < ev.stop && evAt[static_cast<std::size_t>(e)] <= orAt[static_cast<std::size_t>(o)]);
            if (takeEvent) {
                push(dayOf(evAt[static_cast<std::size_t>(e)]));
                ++e;
            } else {
                push(dayOf(orAt[static_cast<std::size_t>(o)]));
                ++o;
                nextOrder();
            }
        }
        out.begin[static_cast<std::size_t>(m) + 1] = out.days.size();
    }
    out.days.shrink_to_fit();
    if (!out.days.empty()) {
        out.firstDay = *std::min_element(out.days.begin(), out.days.end());
        out.lastDay = *std::max_element(out.days.begin(), out.days.end());
    }
    return out;
}

} // namespace kinsight::core
