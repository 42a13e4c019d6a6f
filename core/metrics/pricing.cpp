#include "pricing.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace kinsight::core {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

int planSlot(Plan p)
{
    return static_cast<int>(p) - 1;
} // Monthly 0, Quarterly 1, Annual 2

/// Tier rows by name, "(none)" last when some product has no tier; rowOfProduct maps products.
struct TierLayout {
    std::vector<TierRow> rows;
    std::vector<std::int32_t> rowOfProduct;
};

TierLayout layTiers(const Community& c)
{
    TierLayout out;
    const Index count = c.tiers.size();
    std::vector<Index> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](Index a, Index b) { return c.tiers.name(a) < c.tiers.name(b); });
    std::vector<std::int32_t> rowOfTier(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < order.size(); ++i) {
        rowOfTier[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        TierRow row;
        row.tier = std::string(c.tiers.name(order[i]));
        row.tierIndex = order[i];
        out.rows.push_back(std::move(row));
    }
    const auto noneRow = static_cast<std::int32_t>(count);
    out.rowOfProduct.resize(static_cast<std::size_t>(c.productCount()));
    bool anyNone = false;
    for (Index p = 0; p < c.productCount(); ++p) {
        const Index t = c.products.tier[static_cast<std::size_t>(p)];
        anyNone = anyNone || t == noIndex;
        out.rowOfProduct[static_cast<std::size_t>(p)] = t == noIndex ? noneRow : rowOfTier[static_cast<std::size_t>(t)];
    }
    if (anyNone) {
        TierRow row;
        row.tier = std::string(noGroupLabel);
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace

Pricing computePricing(const Community& c, const PricingOptions& options)
{
    Pricing out;
    TierLayout layout = layTiers(c);
    out.tiers = std::move(layout.rows);
    const auto& rowOfProduct = layout.rowOfProduct;
    const std::size_t tierRows = out.tiers.size();
    for (Index p = 0; p < c.productCount(); ++p)
        ++out.tiers[static_cast<std::size_t>(rowOfProduct[static_cast<std::size_t>(p)])].products;
    for (int s = 0; s < 3; ++s)
        out.plans[static_cast<std::size_t>(s)].plan = static_cast<Plan>(s + 1);

    const auto& ord = c.orders;
    const TimeZone& zone = c.timeZone;
    const Day endDay = endDayOf(c);
    const PeriodKey endMonth = periodOfDay(Granularity::Month, endDay);
    PeriodKey firstMonth = std::numeric_limits<PeriodKey>::max();
    for (Index o = 0; o < ord.size(); ++o) {
        if (ord.isPaid(o))
            firstMonth
                = std::min(firstMonth, periodOf(zone, Granularity::Month, ord.paidAt[static_cast<std::size_t>(o)]));
    }
    const bool anyPaid = firstMonth != std::numeric_limits<PeriodKey>::max();
    const std::size_t monthCount = anyPaid ? static_cast<std::size_t>(std::max(0, endMonth - firstMonth + 1)) : 0;
    for (std::size_t i = 0; i < monthCount; ++i)
        out.months.push_back(firstMonth + static_cast<PeriodKey>(i));
    out.revenueByTierMonth.assign(tierRows, std::vector<Cents>(monthCount, 0));
    out.mrr.assign(monthCount, 0.0);
    // Distinct buyers per tier and month, and those of them who buy again the next month.
    std::vector<std::vector<int>> monthBuyers(tierRows, std::vector<int>(monthCount, 0));
    std::vector<std::vector<int>> monthStayers(tierRows, std::vector<int>(monthCount, 0));

    struct Bought {
        std::int32_t row;
        std::int32_t month;
    };
    std::vector<std::pair<std::int32_t, int>> perTier; // (tier row, paid orders) of one member
    std::vector<Bought> bought; // distinct (tier row, month) of one member
    std::vector<std::int32_t> enrolled; // tier rows of one member's free enrolments
    std::vector<Index> planOrders;
    std::vector<std::pair<std::int32_t, Cents>> lineRows; // (tier row, amount) of one order
    for (Index m = 0; m < c.memberCount(); ++m) {
        perTier.clear();
        bought.clear();
        enrolled.clear();
        planOrders.clear();
        std::array<bool, 3> subscribed {};
        for (Index o : c.ordersOf(m)) {
            const auto oi = static_cast<std::size_t>(o);
            // The tiers of the order's lines, with the amount of its lines in each: an order of
            // several lines counts once in every tier it touches, with that tier's share.
            lineRows.clear();
            c.forEachLine(o, [&](Index product, Cents lineAmount) {
                const std::int32_t row = rowOfProduct[static_cast<std::size_t>(product)];
                auto it = std::find_if(lineRows.begin(), lineRows.end(), [&](const auto& e) { return e.first == row; });
                if (it == lineRows.end())
                    lineRows.emplace_back(row, lineAmount);
                else
                    it->second += lineAmount;
            });
            const bool paid = ord.isPaid(o);
            // A free enrolment: a counted order of nothing that is not a trial (a free course, a
            // free tier's membership).
            const bool free = ord.isCounted(o) && ord.amount[oi] == 0 && ord.type[oi] != OrderType::Trial;
            const auto month
                = static_cast<std::int32_t>(periodOf(zone, Granularity::Month, ord.paidAt[oi]) - firstMonth);
            for (const auto& [row, tierAmount] : lineRows) {
                TierRow& tier = out.tiers[static_cast<std::size_t>(row)];
                ++tier.orders;
                if (ord.status[oi] == OrderStatus::Refunded)
                    ++tier.refundedOrders;
                if (free && std::find(enrolled.begin(), enrolled.end(), row) == enrolled.end())
                    enrolled.push_back(row);
                if (!paid)
                    continue;
                ++tier.paidOrders;
                tier.revenue += tierAmount;
                auto it = std::find_if(perTier.begin(), perTier.end(), [&](const auto& e) { return e.first == row; });
                if (it == perTier.end())
                    perTier.emplace_back(row, 1);
                else
                    ++it->second;
                out.revenueByTierMonth[static_cast<std::size_t>(row)][static_cast<std::size_t>(month)] += tierAmount;
                if (std::none_of(bought.begin(), bought.end(),
                        [&](const Bought& b) { return b.row == row && b.month == month; }))
                    bought.push_back({ row, month });
            }
            if (!paid)
                continue;
            const Cents amount = ord.amount[oi];

            const Plan plan = ord.plan[oi];
            if (plan == Plan::None)
                continue;
            PlanRow& p = out.plans[static_cast<std::size_t>(planSlot(plan))];
            ++p.paidOrders;
            p.revenue += amount;
            if (ord.type[oi] == OrderType::Renewal)
                ++p.renewalOrders;
            subscribed[static_cast<std::size_t>(planSlot(plan))] = true;
            planOrders.push_back(o);
            // MRR: spread the amount over the calendar months of the term.
            const int months = planMonths(plan);
            const double perMonth = static_cast<double>(amount) / 100.0 / months;
            for (int k = 0; k < months; ++k) {
                const std::size_t idx = static_cast<std::size_t>(month + k);
                if (idx < monthCount)
                    out.mrr[idx] += perMonth;
            }
        }
        for (const auto& [row, count] : perTier) {
            TierRow& tier = out.tiers[static_cast<std::size_t>(row)];
            ++tier.buyers;
            if (count >= 2)
                ++tier.repeatBuyers;
        }
        for (const std::int32_t row : enrolled)
            ++out.tiers[static_cast<std::size_t>(row)].freeMembers;
        for (const Bought& b : bought) {
            ++monthBuyers[static_cast<std::size_t>(b.row)][static_cast<std::size_t>(b.month)];
            const bool next = std::any_of(bought.begin(), bought.end(),
                [&](const Bought& x) { return x.row == b.row && x.month == b.month + 1; });
            if (next)
                ++monthStayers[static_cast<std::size_t>(b.row)][static_cast<std::size_t>(b.month)];
        }
        for (int s = 0; s < 3; ++s) {
            if (subscribed[static_cast<std::size_t>(s)])
                ++out.plans[static_cast<std::size_t>(s)].subscribers;
        }
        // Renewals: each term against the member's next plan order.
        for (std::size_t i = 0; i < planOrders.size(); ++i) {
            const auto oi = static_cast<std::size_t>(planOrders[i]);
            const Day due = planTermEnd(zone, ord.paidAt[oi], ord.plan[oi]) + options.renewalGraceDays;
            if (due > endDay)
                continue;
            PlanRow& p = out.plans[static_cast<std::size_t>(planSlot(ord.plan[oi]))];
            ++p.dueTerms;
            if (i + 1 < planOrders.size() && zone.dayOf(ord.paidAt[static_cast<std::size_t>(planOrders[i + 1])]) <= due)
                ++p.renewedTerms;
        }
    }

    for (PlanRow& p : out.plans)
        p.renewalRate = p.dueTerms > 0 ? static_cast<double>(p.renewedTerms) / p.dueTerms : nan;

    // Window of complete months: [endMonth - W, endMonth - 1], within the data.
    const int windowEnd = static_cast<int>(monthCount) - 2; // index of endMonth - 1
    const int windowStart = std::max(0, windowEnd - options.ltvWindowMonths + 1);
    for (std::size_t r = 0; r < tierRows; ++r) {
        TierRow& t = out.tiers[r];
        t.arppu = t.buyers > 0 ? static_cast<double>(t.revenue) / 100.0 / t.buyers : nan;
        t.refundRate = t.orders > 0 ? static_cast<double>(t.refundedOrders) / t.orders : nan;
        t.repeatRate = t.buyers > 0 ? static_cast<double>(t.repeatBuyers) / t.buyers : nan;
        t.ltvObserved = t.arppu;
        double arppuSum = 0, churnSum = 0;
        int arppuMonths = 0, churnMonths = 0;
        for (int i = windowStart; i <= windowEnd; ++i) {
            const auto mi = static_cast<std::size_t>(i);
            if (monthBuyers[r][mi] > 0) {
                arppuSum += static_cast<double>(out.revenueByTierMonth[r][mi]) / 100.0 / monthBuyers[r][mi];
                ++arppuMonths;
            }
            if (i > 0 && monthBuyers[r][mi - 1] > 0) {
                churnSum += 1.0 - static_cast<double>(monthStayers[r][mi - 1]) / monthBuyers[r][mi - 1];
                ++churnMonths;
            }
        }
        t.monthlyArppu = arppuMonths > 0 ? arppuSum / arppuMonths : nan;
        t.monthlyChurn = churnMonths > 0 ? churnSum / churnMonths : nan;
        t.ltvProjected
            = arppuMonths > 0 && churnMonths > 0 ? t.monthlyArppu / std::max(t.monthlyChurn, options.churnFloor) : nan;
    }
    return out;
}

std::vector<Index> tierBuyers(const Community& c, const Pricing& pricing, int tierRow)
{
    const TierRow& row = pricing.tiers[static_cast<std::size_t>(tierRow)];
    return membersWhere(c.memberCount(), [&](Index m) {
        bool found = false;
        for (Index o : c.ordersOf(m)) {
            if (c.orders.isPaid(o)) {
                c.forEachLine(o, [&](Index product, Cents) {
                    found = found || c.products.tier[static_cast<std::size_t>(product)] == row.tierIndex;
                });
            }
        }
        return found;
    });
}

std::vector<Index> planSubscribers(const Community& c, Plan plan)
{
    return membersWhere(c.memberCount(), [&](Index m) {
        for (Index o : c.ordersOf(m)) {
            if (c.orders.isPaid(o) && c.orders.plan[static_cast<std::size_t>(o)] == plan)
                return true;
        }
        return false;
    });
}

} // namespace kinsight::core
