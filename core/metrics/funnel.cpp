#include "funnel.h"

#include <algorithm>
#include <limits>

namespace kinsight::core {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double median(std::vector<double>& v)
{
    if (v.empty())
        return nan;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double hi = v[mid];
    if (v.size() % 2 == 1)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lo + hi) / 2;
}

} // namespace

std::string_view toString(FunnelStep step)
{
    static constexpr std::string_view names[] = { "joined", "activated", "paying", "repeat", "trial", "trial_to_paid" };
    return names[static_cast<int>(step)];
}

Funnel computeFunnel(const Community& c, const ActivityDays& a, const FunnelOptions& options)
{
    Funnel out;
    out.options = options;
    const Index n = c.memberCount();
    out.flags.assign(static_cast<std::size_t>(n), 0);
    out.memberGroup.assign(static_cast<std::size_t>(n), -1);
    const bool windowed = options.windowDays > 0;
    const Timestamp window = static_cast<Timestamp>(options.windowDays) * secondsPerDay;

    // Breakdown groups.
    if (options.breakdown == FunnelBreakdown::Channel) {
        MemberGroups channels = channelGroups(c);
        for (std::string& label : channels.labels)
            out.groups.push_back({ std::move(label), {} });
        out.memberGroup = std::move(channels.group);
        // Drop the "(none)" row when every member has a channel.
        const auto none = static_cast<std::int32_t>(out.groups.size() - 1);
        if (std::none_of(out.memberGroup.begin(), out.memberGroup.end(), [&](std::int32_t g) { return g == none; }))
            out.groups.pop_back();
    } else if (options.breakdown == FunnelBreakdown::CohortMonth || options.breakdown == FunnelBreakdown::CohortWeek) {
        const Granularity g
            = options.breakdown == FunnelBreakdown::CohortMonth ? Granularity::Month : Granularity::Week;
        std::vector<PeriodKey> cohorts;
        for (Timestamp t : c.members.joinedAt)
            cohorts.push_back(periodOf(g, t));
        std::vector<PeriodKey> keys = cohorts;
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (PeriodKey k : keys)
            out.groups.push_back({ periodLabel(g, k), {} });
        for (Index m = 0; m < n; ++m) {
            out.memberGroup[static_cast<std::size_t>(m)] = static_cast<std::int32_t>(
                std::lower_bound(keys.begin(), keys.end(), cohorts[static_cast<std::size_t>(m)]) - keys.begin());
        }
    }

    std::vector<double> trialToPaidDays, joinToPaidDays;
    for (Index m = 0; m < n; ++m) {
        const auto mi = static_cast<std::size_t>(m);
        const Timestamp joined = c.members.joinedAt[mi];
        const Timestamp deadline = windowed ? joined + window : std::numeric_limits<Timestamp>::max();
        auto inWindow = [&](Timestamp t) { return !windowed || (t >= joined && t <= deadline); };

        bool activated = false;
        if (windowed) {
            activated = a.activeBetween(m, dayOf(joined), dayOf(deadline));
            // Days are whole: confirm against the exact timestamps at the two edge days.
            if (activated) {
                activated = false;
                for (Index e : c.eventsOf(m)) {
                    if (inWindow(c.events.occurredAt[static_cast<std::size_t>(e)])) {
                        activated = true;
                        break;
                    }
                }
                for (Index o : c.ordersOf(m)) {
                    if (!activated && c.orders.isCounted(o) && inWindow(c.orders.paidAt[static_cast<std::size_t>(o)]))
                        activated = true;
                }
            }
        } else {
            activated = !a.of(m).empty();
        }

        int paid = 0;
        Timestamp firstPaid = noTimestamp, firstTrial = noTimestamp, convertedAt = noTimestamp;
        for (Index o : c.ordersOf(m)) {
            const auto oi = static_cast<std::size_t>(o);
            if (!c.orders.isCounted(o))
                continue;
            const Timestamp t = c.orders.paidAt[oi];
            if (c.orders.type[oi] == OrderType::Trial && firstTrial == noTimestamp && inWindow(t))
                firstTrial = t;
            if (!c.orders.isPaid(o))
                continue;
            if (inWindow(t)) {
                ++paid;
                if (firstPaid == noTimestamp)
                    firstPaid = t;
            }
            if (firstTrial != noTimestamp && convertedAt == noTimestamp && t > firstTrial
                && (!windowed || t <= firstTrial + window))
                convertedAt = t;
        }

        std::uint8_t f = 1 << static_cast<int>(FunnelStep::Joined);
        if (activated) {
            f |= 1 << static_cast<int>(FunnelStep::Activated);
            if (paid >= 1)
                f |= 1 << static_cast<int>(FunnelStep::Paying);
            if (paid >= 2)
                f |= 1 << static_cast<int>(FunnelStep::Repeat);
        }
        if (firstTrial != noTimestamp)
            f |= 1 << static_cast<int>(FunnelStep::Trial);
        if (convertedAt != noTimestamp) {
            f |= 1 << static_cast<int>(FunnelStep::TrialToPaid);
            trialToPaidDays.push_back(static_cast<double>(convertedAt - firstTrial) / secondsPerDay);
        }
        if (paid >= 1 && activated)
            joinToPaidDays.push_back(std::max<double>(0, static_cast<double>(firstPaid - joined) / secondsPerDay));
        out.flags[mi] = f;
        const std::int32_t g = out.memberGroup[mi];
        for (int s = 0; s < funnelStepCount; ++s) {
            if (f & (1 << s)) {
                ++out.total.members[static_cast<std::size_t>(s)];
                if (g >= 0)
                    ++out.groups[static_cast<std::size_t>(g)].members[static_cast<std::size_t>(s)];
            }
        }
    }
    out.medianDaysTrialToPaid = median(trialToPaidDays);
    out.medianDaysJoinToPaid = median(joinToPaidDays);
    return out;
}

std::vector<Index> funnelMembers(const Funnel& funnel, FunnelStep step, int group)
{
    const std::uint8_t bit = static_cast<std::uint8_t>(1 << static_cast<int>(step));
    return membersWhere(static_cast<Index>(funnel.flags.size()), [&](Index m) {
        const auto i = static_cast<std::size_t>(m);
        return (funnel.flags[i] & bit) != 0 && (group < 0 || funnel.memberGroup[i] == group);
    });
}

double rateFromStart(const FunnelGroup& g, FunnelStep step)
{
    const int joined = g.members[0];
    return joined > 0 ? static_cast<double>(g.members[static_cast<std::size_t>(step)]) / joined : nan;
}

double rateFromPrevious(const FunnelGroup& g, FunnelStep step)
{
    auto ratio = [&](FunnelStep num, FunnelStep den) {
        const int d = g.members[static_cast<std::size_t>(den)];
        return d > 0 ? static_cast<double>(g.members[static_cast<std::size_t>(num)]) / d : nan;
    };
    switch (step) {
    case FunnelStep::Joined:
        return 1.0;
    case FunnelStep::Activated:
        return ratio(step, FunnelStep::Joined);
    case FunnelStep::Paying:
        return ratio(step, FunnelStep::Activated);
    case FunnelStep::Repeat:
        return ratio(step, FunnelStep::Paying);
    case FunnelStep::Trial:
        return nan;
    case FunnelStep::TrialToPaid:
        return ratio(step, FunnelStep::Trial);
    }
    return nan;
}

} // namespace kinsight::core
