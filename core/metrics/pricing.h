#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/metrics/activity.h"

namespace kinsight::core {

struct PricingOptions {
    /// A plan term is renewed when the member's next paid plan order (any plan) comes before the
    /// term's end + this grace; a term is "due" once end + grace is within the data.
    int renewalGraceDays = 7;
    /// Projected LTV = monthly ARPPU / monthly churn, with churn at least this floor
    /// (so 1 / floor caps the projected lifetime in months).
    double churnFloor = 0.02;
    /// Months (complete ones, before the end of the data's month) that the projection averages.
    int ltvWindowMonths = 12;
    bool operator==(const PricingOptions&) const = default;
};

/// One product tier (docs/metrics.md, Pricing), plus LTV.
struct TierRow {
    std::string tier; ///< tier name, or "(none)" for products without a tier
    Index tierIndex = noIndex; ///< into Community::tiers; noIndex for "(none)"
    int products = 0; ///< catalogue products in the tier, sold or not
    int buyers = 0; ///< distinct members with a paid order in the tier
    /// Distinct members with a free enrolment in the tier: a counted order of amount 0 that is not
    /// a trial (a free course, a free tier), which `buyers` does not count.
    int freeMembers = 0;
    int paidOrders = 0;
    Cents revenue = 0;
    int orders = 0; ///< all orders of the tier (paid, refunded, trials)
    int refundedOrders = 0;
    int repeatBuyers = 0; ///< buyers with >= 2 paid orders in the tier
    double arppu = 0; ///< revenue / buyers in currency units; NaN without buyers
    double refundRate = 0; ///< refunded / orders; NaN without orders
    double repeatRate = 0; ///< repeatBuyers / buyers; NaN without buyers
    double ltvObserved = 0; ///< revenue so far per buyer (= arppu), currency units
    double monthlyArppu = 0; ///< mean over the window months of revenue / buyers in the month
    double monthlyChurn = 0; ///< mean over window months of buyers of month m-1 not buying in m / buyers of m-1
    double ltvProjected = 0; ///< monthlyArppu / max(monthlyChurn, floor); NaN without window data
};

/// Per subscription plan (monthly, quarterly, annual): paid orders carrying that plan.
struct PlanRow {
    Plan plan = Plan::Monthly;
    int subscribers = 0; ///< distinct members with a paid order of the plan
    int paidOrders = 0;
    int renewalOrders = 0; ///< paid orders of type renewal
    Cents revenue = 0;
    int dueTerms = 0; ///< terms whose end + grace is within the data
    int renewedTerms = 0;
    double renewalRate = 0; ///< renewedTerms / dueTerms; NaN without due terms
};

struct Pricing {
    std::vector<TierRow> tiers; ///< by tier name (code-point order), "(none)" last (only if such products exist)
    std::array<PlanRow, 3> plans {}; ///< monthly, quarterly, annual
    /// Months from the first to the last month holding a paid order.
    std::vector<PeriodKey> months;
    std::vector<std::vector<Cents>> revenueByTierMonth; ///< [tier row][month]
    /// Monthly recurring revenue per month (currency units): each paid plan order spreads
    /// amount / plan months over the months its term covers.
    std::vector<double> mrr;
};

/// One pass over the orders. O(orders + products).
Pricing computePricing(const Community& community, const PricingOptions& options = {});

/// Drill-down: buyers of a tier row (members with a paid order in it), subscribers of a plan.
std::vector<Index> tierBuyers(const Community& community, const Pricing& pricing, int tierRow);
std::vector<Index> planSubscribers(const Community& community, Plan plan);

} // namespace kinsight::core
