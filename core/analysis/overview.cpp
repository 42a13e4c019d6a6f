#include "overview.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinsight::core {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Number of sorted values ≤ d.
double countUpTo(const std::vector<Day>& sorted, Day d)
{
    return static_cast<double>(std::upper_bound(sorted.begin(), sorted.end(), d) - sorted.begin());
}

} // namespace

OverviewKpis computeOverview(const Community& c, const ActivityDays& activity, int periodDays, int trendPoints)
{
    OverviewKpis out;
    periodDays = std::max(1, periodDays);
    trendPoints = std::max(2, trendPoints);
    out.periodDays = periodDays;
    out.endDay = endDayOf(c);
    const Index n = c.memberCount();

    std::vector<Day> samples(static_cast<size_t>(trendPoints));
    for (int k = 0; k < trendPoints; ++k)
        samples[static_cast<size_t>(k)] = out.endDay - periodDays * (trendPoints - 1 - k);

    // Joins, first paid orders, first trials and their conversions as sorted day lists: every
    // "as of d" count is then one binary search.
    std::vector<Day> joined, firstPaid, firstTrial, converted;
    joined.reserve(static_cast<size_t>(n));
    // Paid revenue per day over the data's day range, for the rolling sums.
    const TimeZone& zone = c.timeZone;
    const Day firstDay = c.dataBegin == noTimestamp ? 0 : zone.dayOf(c.dataBegin);
    std::vector<double> revenueByDay(static_cast<size_t>(std::max(0, out.endDay - firstDay + 1)), 0.0);
    for (Index m = 0; m < n; ++m) {
        joined.push_back(zone.dayOf(c.members.joinedAt[static_cast<size_t>(m)]));
        Timestamp trialAt = noTimestamp;
        bool paid = false, conv = false;
        for (Index o : c.ordersOf(m)) {
            const auto i = static_cast<size_t>(o);
            if (!c.orders.isCounted(o))
                continue;
            out.hasOrders = true;
            const Timestamp t = c.orders.paidAt[i];
            if (c.orders.type[i] == OrderType::Trial && trialAt == noTimestamp) {
                trialAt = t;
                firstTrial.push_back(zone.dayOf(t));
            }
            if (!c.orders.isPaid(o))
                continue;
            const Day d = zone.dayOf(t);
            if (d >= firstDay && d <= out.endDay)
                revenueByDay[static_cast<size_t>(d - firstDay)] += static_cast<double>(c.orders.amount[i]);
            if (!paid) {
                paid = true;
                firstPaid.push_back(d);
            }
            if (!conv && trialAt != noTimestamp && t > trialAt) {
                conv = true;
                converted.push_back(d);
            }
        }
    }
    std::sort(joined.begin(), joined.end());
    std::sort(firstPaid.begin(), firstPaid.end());
    std::sort(firstTrial.begin(), firstTrial.end());
    std::sort(converted.begin(), converted.end());
    out.trialMembers = static_cast<Index>(firstTrial.size());
    out.hasActivity = !activity.empty();
    for (Index i = 0; i < c.interactions.size() && !out.hasInteractions; ++i)
        out.hasInteractions = c.interactions.from[static_cast<size_t>(i)] != c.interactions.to[static_cast<size_t>(i)];

    // DAU per day (for stickiness) over the 30 days before the first sample up to the end.
    const Day dauFrom = samples.front() - 29;
    std::vector<double> dau(static_cast<size_t>(out.endDay - dauFrom + 1), 0.0);
    for (Day d : activity.days) {
        if (d >= dauFrom && d <= out.endDay)
            dau[static_cast<size_t>(d - dauFrom)] += 1;
    }

    auto fill = [&](Kpi& kpi, auto valueAt) {
        kpi.trendDays = samples;
        kpi.trend.clear();
        for (Day d : samples)
            kpi.trend.push_back(valueAt(d));
        kpi.value = kpi.trend.back();
        kpi.previous = kpi.trend[kpi.trend.size() - 2];
    };

    fill(out.members, [&](Day d) { return countUpTo(joined, d); });
    fill(out.paying, [&](Day d) { return countUpTo(firstPaid, d); });
    fill(out.trialToPaid, [&](Day d) {
        const double trials = countUpTo(firstTrial, d);
        return trials > 0 ? countUpTo(converted, d) / trials : nan;
    });
    fill(out.revenue, [&](Day d) {
        double sum = 0;
        for (Day x = std::max(firstDay, d - periodDays + 1); x <= d && x <= out.endDay; ++x)
            sum += revenueByDay[static_cast<size_t>(x - firstDay)];
        return sum;
    });
    // One pass per sample over the members' day lists (12 × n binary searches at most).
    std::vector<double> activeAt(samples.size(), 0.0), mauAt(samples.size(), 0.0);
    for (Index m = 0; m < n; ++m) {
        for (size_t k = 0; k < samples.size(); ++k) {
            if (activity.activeBetween(m, samples[k] - periodDays + 1, samples[k]))
                activeAt[k] += 1;
            if (periodDays == 30 ? false : activity.activeBetween(m, samples[k] - 29, samples[k]))
                mauAt[k] += 1;
        }
    }
    if (periodDays == 30)
        mauAt = activeAt;
    size_t k = 0;
    fill(out.active, [&](Day) { return activeAt[k++]; });
    k = 0;
    fill(out.stickiness, [&](Day d) {
        const double mau = mauAt[k++];
        if (mau == 0)
            return nan;
        double sum = 0;
        for (Day x = d - 29; x <= d; ++x)
            sum += dau[static_cast<size_t>(x - dauFrom)];
        return sum / 30.0 / mau;
    });
    return out;
}

} // namespace kinsight::core
