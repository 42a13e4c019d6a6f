#include "activity.h"

#include <algorithm>
#include <limits>

namespace kinsight::core {

namespace {

constexpr Day firstMonday = 4; // 1970-01-05

int daysInMonth(int y, unsigned month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

MemberGroups channelGroups(const Community& c)
{
    MemberGroups out;
    const Index count = c.channels.size();
    std::vector<Index> order(static_cast<std::size_t>(count));
    for (Index i = 0; i < count; ++i)
        order[static_cast<std::size_t>(i)] = i;
    std::sort(order.begin(), order.end(), [&](Index a, Index b) { return c.channels.name(a) < c.channels.name(b); });
    std::vector<std::int32_t> rank(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        out.labels.emplace_back(c.channels.name(order[i]));
    }
    out.labels.emplace_back(noGroupLabel);
    out.group.resize(static_cast<std::size_t>(c.memberCount()));
    for (Index m = 0; m < c.memberCount(); ++m) {
        const Index ch = c.members.channel[static_cast<std::size_t>(m)];
        out.group[static_cast<std::size_t>(m)] = ch == noIndex ? count : rank[static_cast<std::size_t>(ch)];
    }
    return out;
}

int planMonths(Plan plan)
{
    switch (plan) {
    case Plan::Monthly:
        return 1;
    case Plan::Quarterly:
        return 3;
    case Plan::Annual:
        return 12;
    case Plan::None:
        return 0;
    }
    return 0;
}

Day planTermEnd(const TimeZone& zone, Timestamp paidAt, Plan plan)
{
    const CivilDate d = civilFromDays(zone.dayOf(paidAt));
    const int monthIndex = d.year * 12 + static_cast<int>(d.month) - 1 + planMonths(plan);
    const int y = monthIndex / 12;
    const auto mo = static_cast<unsigned>(monthIndex % 12 + 1);
    const auto day = static_cast<unsigned>(std::min(static_cast<int>(d.day), daysInMonth(y, mo)));
    return daysFromCivil(y, mo, day);
}

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

PeriodTable::PeriodTable(Granularity g, Day first, Day last)
    : m_granularity(g)
    , m_first(first)
{
    if (last >= first) {
        m_keys.resize(static_cast<std::size_t>(last - first) + 1);
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            m_keys[i] = periodOfDay(g, first + static_cast<Day>(i));
    }
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

Day firstDayOf(const Community& community, const ActivityDays& activity)
{
    Day firstDay = activity.endDay;
    for (Timestamp t : community.members.joinedAt)
        firstDay = std::min(firstDay, community.timeZone.dayOf(t));
    if (!activity.empty())
        firstDay = std::min(firstDay, activity.firstDay);
    return firstDay;
}

Day endDayOf(const Community& community)
{
    return community.dataEnd == noTimestamp ? 0 : community.timeZone.dayOf(community.dataEnd);
}

ActivityDays computeActivityDays(const Community& c, const TaskControl& control)
{
    ActivityDays out;
    const Index n = c.memberCount();
    out.begin.assign(static_cast<std::size_t>(n) + 1, 0);
    out.endDay = endDayOf(c);
    // Distinct days are at most the rows; most members repeat days, so reserve a fraction and grow.
    out.days.reserve(static_cast<std::size_t>(c.events.size() + c.orders.size()) / 2 + 16);

    const TimeZone& zone = c.timeZone;
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
        // The last day pushed holds the span [dayStart, dayEnd) (one local day, one offset): a
        // later timestamp inside it is the same day (both runs are sorted), so most rows need no
        // conversion at all.
        Timestamp dayStart = 0, dayEnd = std::numeric_limits<Timestamp>::min();
        Day last = 0;
        auto push = [&](Timestamp t) {
            if (t < dayEnd && t >= dayStart)
                return;
            const TimeZone::DaySpan span = zone.daySpanOf(t);
            if (out.days.size() == out.begin[static_cast<std::size_t>(m)] || span.day != last) {
                out.days.push_back(span.day);
                last = span.day;
            }
            dayStart = span.begin;
            dayEnd = span.end;
        };
        // Both runs are sorted by time: merge them.
        while (e < ev.stop || o < ord.stop) {
            const bool takeEvent = o >= ord.stop
                || (e < ev.stop && evAt[static_cast<std::size_t>(e)] <= orAt[static_cast<std::size_t>(o)]);
            if (takeEvent) {
                push(evAt[static_cast<std::size_t>(e)]);
                ++e;
            } else {
                push(orAt[static_cast<std::size_t>(o)]);
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
