#include "memberprofile.h"

#include <algorithm>
#include <cmath>

namespace kinsight::core {

std::vector<double> memberScoreHistory(const Community& c, const EngagementOptions& options, ScoreView view, Index m,
    std::span<const Timestamp> references)
{
    std::vector<double> out;
    out.reserve(references.size());
    const bool decays = options.halfLifeDays > 0 && std::isfinite(options.halfLifeDays);
    auto weight = [&](ActivityKind k) { return options.weights[static_cast<size_t>(k)]; };
    const TimeZone& zone = c.timeZone;
    for (const Timestamp ref : references) {
        const Day refDay = zone.dayOf(ref);
        double sum = 0, best = 0;
        auto add = [&](double w, Timestamp t) {
            const Day age = std::max<Day>(0, refDay - zone.dayOf(t));
            const double v = w * (decays ? std::exp2(-static_cast<double>(age) / options.halfLifeDays) : 1.0);
            sum += v;
            best = std::max(best, v);
        };
        for (Index e : c.eventsOf(m)) {
            const auto i = static_cast<size_t>(e);
            if (c.events.occurredAt[i] > ref)
                break;
            add(weight(activityKindOfEventType(c.eventTypes.name(c.events.type[i]))), c.events.occurredAt[i]);
        }
        for (Index o : c.ordersOf(m)) {
            const auto i = static_cast<size_t>(o);
            if (c.orders.paidAt[i] > ref)
                break;
            if (c.orders.isCounted(o))
                add(weight(ActivityKind::Order), c.orders.paidAt[i]);
        }
        const auto& it = c.interactions;
        for (Index r : c.interactionsFrom(m)) {
            const auto i = static_cast<size_t>(r);
            if (it.occurredAt[i] > ref)
                break;
            if (it.to[i] != m)
                add(weight(ActivityKind::InteractionGiven) * it.weight[i], it.occurredAt[i]);
        }
        for (Index pos : c.interactionsTo(m)) {
            const auto i = static_cast<size_t>(it.byTarget[static_cast<size_t>(pos)]);
            if (it.occurredAt[i] > ref)
                break;
            if (it.from[i] != m)
                add(weight(ActivityKind::InteractionReceived) * it.weight[i], it.occurredAt[i]);
        }
        out.push_back(view == ScoreView::Max ? best : sum);
    }
    return out;
}

EngagementLevel levelOfScore(double score, const EngagementLevels& applied)
{
    if (!(score > 0))
        return EngagementLevel::Dormant;
    if (score >= applied.coreThreshold)
        return EngagementLevel::Core;
    if (score >= applied.activeThreshold)
        return EngagementLevel::Active;
    if (score >= applied.casualThreshold)
        return EngagementLevel::Casual;
    return EngagementLevel::Dormant;
}

std::vector<int> memberActivityByMonth(const Community& c, Index m, Timestamp end, int months)
{
    std::vector<int> out(static_cast<size_t>(std::max(0, months)), 0);
    if (months <= 0 || end == noTimestamp)
        return out;
    const TimeZone& zone = c.timeZone;
    const int last = zone.monthIndexOf(end);
    auto count = [&](Timestamp t) {
        const int k = zone.monthIndexOf(t) - (last - months + 1);
        if (k >= 0 && k < months)
            ++out[static_cast<size_t>(k)];
    };
    for (Index e : c.eventsOf(m))
        count(c.events.occurredAt[static_cast<size_t>(e)]);
    for (Index o : c.ordersOf(m)) {
        if (c.orders.isCounted(o))
            count(c.orders.paidAt[static_cast<size_t>(o)]);
    }
    return out;
}

} // namespace kinsight::core
