#include "actions.h"

#include <algorithm>
#include <limits>
#include <new>

#include "core/analysis/thresholds.h"

namespace kinsight::core {

namespace {

constexpr std::array<std::string_view, actionKindCount> actionNames { "trial_not_converted", "paying_at_risk",
    "renewal_due", "new_not_activated", "leader_quiet" };

std::string title(const Community& c, Index product)
{
    return "《" + std::string(c.products.titles.view(product)) + "》";
}

bool before(const ActionItem& a, const ActionItem& b, ActionValueKind kind)
{
    if (kind == ActionValueKind::Score) {
        if (a.score != b.score)
            return a.score > b.score;
    } else if (a.value != b.value) {
        return a.value > b.value;
    }
    return a.member < b.member; // member indices are in id order
}

} // namespace

std::string_view actionName(ActionKind kind)
{
    return actionNames[static_cast<size_t>(kind)];
}

std::optional<ActionKind> parseActionKind(std::string_view name)
{
    for (const ActionKind k : allActionKinds) {
        if (actionName(k) == name)
            return k;
    }
    return std::nullopt;
}

ActionValueKind actionValueKind(ActionKind kind)
{
    switch (kind) {
    case ActionKind::PayingAtRisk:
    case ActionKind::RenewalDue:
        return ActionValueKind::Money;
    case ActionKind::LeaderQuiet:
        return ActionValueKind::Score;
    case ActionKind::TrialNotConverted:
    case ActionKind::NewNotActivated:
        break;
    }
    return ActionValueKind::Days;
}

ActionOptions actionOptions(const Thresholds& thresholds, std::optional<Day> asOf)
{
    ActionOptions o;
    o.asOf = asOf;
    o.churn = thresholds.churn;
    o.leaders = thresholds.leaders;
    o.graphWindowDays = thresholds.graphWindowDays;
    o.graphTypes = thresholds.graphTypes;
    return o;
}

size_t ActionLists::total() const
{
    size_t n = 0;
    for (const ActionList& l : lists)
        n += l.items.size();
    return n;
}

Day addCalendarMonths(const TimeZone& zone, Timestamp t, int months)
{
    const CivilDate d = civilFromDays(zone.dayOf(t));
    const int index = d.year * 12 + static_cast<int>(d.month) - 1 + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const auto month = static_cast<unsigned>(index - year * 12 + 1);
    const unsigned nextMonth = month == 12 ? 1 : month + 1;
    const int nextYear = month == 12 ? year + 1 : year;
    const auto length = static_cast<unsigned>(daysFromCivil(nextYear, nextMonth, 1) - daysFromCivil(year, month, 1));
    return daysFromCivil(year, month, std::min(d.day, length));
}

std::vector<ActionLeader> actionLeaders(const GraphMetrics& metrics, const LeaderRanking& ranking)
{
    std::vector<ActionLeader> out;
    if (!metrics.graph)
        return out;
    out.reserve(ranking.leaders.size());
    for (const Leader& l : ranking.leaders)
        out.push_back({ l.member != noIndex ? l.member : metrics.graph->member(l.vertex), l.score });
    return out;
}

ActionLists computeActions(const Community& c, const ActionOptions& options, const std::vector<ActionLeader>& leaders)
{
    ActionLists out;
    for (const ActionKind k : allActionKinds) {
        ActionList& list = out.lists[static_cast<size_t>(k)];
        list.kind = k;
        if (actionValueKind(k) == ActionValueKind::Money)
            list.moneyAtStake = 0;
    }
    const TimeZone& zone = c.timeZone;
    if (options.asOf) {
        out.asOf = *options.asOf;
    } else if (c.dataEnd != noTimestamp) {
        out.asOf = zone.dayOf(c.dataEnd);
    } else {
        return out;
    }
    out.hasDay = true;
    const Day asOf = out.asOf;
    // Everything timed before the next local midnight is on or before the as-of day.
    const Timestamp cutoff = zone.startOfDay(asOf + 1);
    const auto daysAgo = [&](Timestamp t) { return static_cast<std::int64_t>(asOf) - zone.dayOf(t); };
    const int silentMin = options.churn.silentDays;
    const int silentMax = options.churn.lostAfterDays;

    std::vector<std::uint8_t> leaderOf(static_cast<size_t>(c.memberCount()), 0);
    std::vector<double> leaderScore(static_cast<size_t>(c.memberCount()), 0.0);
    for (const ActionLeader& l : leaders) {
        if (l.member >= 0 && l.member < c.memberCount()) {
            leaderOf[static_cast<size_t>(l.member)] = 1;
            leaderScore[static_cast<size_t>(l.member)] = l.score;
        }
    }

    auto push
        = [&](ActionKind k, ActionItem item) { out.lists[static_cast<size_t>(k)].items.push_back(std::move(item)); };
    const OrderTable& orders = c.orders;
    for (Index m = 0; m < c.memberCount(); ++m) {
        const auto mi = static_cast<size_t>(m);
        Timestamp lastActivity = noTimestamp;
        Timestamp latestTrial = noTimestamp;
        Index latestTrialOrder = noIndex;
        Index latestPlanOrder = noIndex;
        Cents paidTotal = 0;
        std::int64_t paidOrders = 0;
        for (const Index o : c.ordersOf(m)) {
            const auto oi = static_cast<size_t>(o);
            const Timestamp t = orders.paidAt[oi];
            if (t >= cutoff || !orders.isCounted(o))
                continue;
            lastActivity = std::max(lastActivity, t);
            if (orders.type[oi] == OrderType::Trial && t >= latestTrial) {
                latestTrial = t;
                latestTrialOrder = o;
            }
            if (orders.isPaid(o)) {
                paidTotal += orders.amount[oi];
                ++paidOrders;
                const OrderType type = orders.type[oi];
                if (type == OrderType::Subscription || type == OrderType::Renewal)
                    latestPlanOrder = o; // rows are in (paid_at, order id) order: the last one is the latest
            }
        }
        for (const Index e : c.eventsOf(m)) {
            const Timestamp t = c.events.occurredAt[static_cast<size_t>(e)];
            if (t < cutoff)
                lastActivity = std::max(lastActivity, t);
        }

        // trial_not_converted: the latest trial within the last 14 days, no paid order after it.
        if (latestTrialOrder != noIndex) {
            const std::int64_t ago = daysAgo(latestTrial);
            bool converted = false;
            for (const Index o : c.ordersOf(m)) {
                const Timestamp t = orders.paidAt[static_cast<size_t>(o)];
                if (t > latestTrial && t < cutoff && orders.isPaid(o)) {
                    converted = true;
                    break;
                }
            }
            if (ago >= 0 && ago < actionRecentDays && !converted) {
                push(ActionKind::TrialNotConverted,
                    { m, ago, 0,
                        { "action.trial_not_converted",
                            { ago, title(c, orders.product[static_cast<size_t>(latestTrialOrder)]) } } });
            }
        }

        // paying_at_risk: paid at least once, last activity silentDays ≤ ago < lostAfterDays.
        if (paidOrders > 0 && lastActivity != noTimestamp) {
            const std::int64_t ago = daysAgo(lastActivity);
            if (ago >= silentMin && ago < silentMax)
                push(ActionKind::PayingAtRisk, { m, paidTotal, 0, { "action.paying_at_risk", { ago, paidOrders } } });
        }

        // renewal_due: the latest subscription or renewal's period ends within the next 7 days.
        if (latestPlanOrder != noIndex) {
            const auto oi = static_cast<size_t>(latestPlanOrder);
            const int months = planMonths(orders.plan[oi]);
            if (months > 0) {
                const Day end = addCalendarMonths(zone, orders.paidAt[oi], months);
                const std::int64_t ahead = static_cast<std::int64_t>(end) - asOf;
                if (ahead >= 0 && ahead <= actionRenewalAheadDays) {
                    push(ActionKind::RenewalDue,
                        { m, orders.amount[oi], 0,
                            { "action.renewal_due", { ahead, title(c, orders.product[oi]), formatDay(end) } } });
                }
            }
        }

        // new_not_activated: joined 3 to 14 days ago, no activity.
        const Timestamp joined = c.members.joinedAt[mi];
        if (joined < cutoff && lastActivity == noTimestamp) {
            const std::int64_t ago = daysAgo(joined);
            if (ago >= actionNewMinDays && ago <= actionNewMaxDays)
                push(ActionKind::NewNotActivated, { m, ago, 0, { "action.new_not_activated", { ago } } });
        }

        // leader_quiet: a leader with no activity and no interaction (sent or received) in the last 14 days.
        if (leaderOf[mi]) {
            Timestamp last = lastActivity;
            for (const Index i : c.interactionsFrom(m)) {
                const Timestamp t = c.interactions.occurredAt[static_cast<size_t>(i)];
                if (t < cutoff)
                    last = std::max(last, t);
            }
            for (const Index pos : c.interactionsTo(m)) {
                const Index i = c.interactions.byTarget[static_cast<size_t>(pos)];
                const Timestamp t = c.interactions.occurredAt[static_cast<size_t>(i)];
                if (t < cutoff)
                    last = std::max(last, t);
            }
            const std::int64_t ago = last == noTimestamp ? -1 : daysAgo(last);
            if (ago < 0 || ago >= actionRecentDays)
                push(ActionKind::LeaderQuiet, { m, 0, leaderScore[mi], { "action.leader_quiet", { ago } } });
        }
    }

    for (ActionList& list : out.lists) {
        const ActionValueKind kind = actionValueKind(list.kind);
        std::sort(list.items.begin(), list.items.end(),
            [kind](const ActionItem& a, const ActionItem& b) { return before(a, b, kind); });
        if (list.moneyAtStake) {
            for (const ActionItem& item : list.items)
                *list.moneyAtStake += item.value;
        }
    }
    return out;
}

Result<ActionLists> computeActions(const Community& c, const ActionOptions& options, const TaskControl& control)
{
    try {
        GraphOptions graph;
        // The lists need the leaders' scores only.
        graph.computeCommunities = false;
        graph.computeClustering = false;
        graph.computeNetworkValue = false;
        graph.filter.types = options.graphTypes;
        graph.filter.window = lastDays(c, options.graphWindowDays);
        if (options.asOf) {
            // The network as it stood at the end of the as-of day.
            const Timestamp cutoff = c.timeZone.startOfDay(*options.asOf + 1);
            graph.filter.window.end = cutoff;
            if (options.graphWindowDays > 0)
                graph.filter.window.begin = cutoff - static_cast<Timestamp>(options.graphWindowDays) * secondsPerDay;
        }
        auto metrics = computeGraphMetrics(c, graph, control);
        if (!metrics)
            return metrics.failure();
        const LeaderRanking ranking = rankLeaders(*metrics, options.leaders);
        return computeActions(c, options, actionLeaders(*metrics, ranking));
    } catch (const std::bad_alloc&) {
        return Error { "out of memory while computing the action lists", { "actions.out_of_memory", {} } };
    }
}

} // namespace kinsight::core
