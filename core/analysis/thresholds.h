#pragma once

#include <cstdint>
#include <string_view>

#include "core/graph/interactiongraph.h"
#include "core/graph/leaders.h"
#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/metrics/rfm.h"
#include "core/recommend/recommender.h"

namespace kinsight::core {

/// One piece of an Analysis: a result (or a set of results computed together) that a page shows.
/// Values are bits so that a set of parts fits in one `Parts` word.
enum class Part : std::uint32_t {
    Activity = 1u << 0, ///< ActivityDays: every member's activity days (the one event scan)
    Daily = 1u << 1, ///< DAU / WAU / MAU / stickiness per day
    Overview = 1u << 2, ///< KPI cards: values, previous period, trends
    Scores = 1u << 3, ///< engagement scores (a rescan of events, orders and interactions)
    Levels = 1u << 4, ///< engagement levels: a re-bucketing of the scores
    Rfm = 1u << 5, ///< RFM scores and segments
    Churn = 1u << 6, ///< churn-risk flags
    Lifecycle = 1u << 7, ///< lifecycle per period and each member's status in the last period
    Cohorts = 1u << 8, ///< cohort counts (heavy part of retention)
    Retention = 1u << 9, ///< the retention matrix for the view switches (cheap)
    DayN = 1u << 10, ///< day-N retention curve
    Funnel = 1u << 11, ///< conversion funnel
    Pricing = 1u << 12, ///< tiers, plans, LTV, revenue over time
    Graph = 1u << 13, ///< interaction graph and every metric of it (the heaviest part)
    Leaders = 1u << 14, ///< opinion-leader ranking: a re-weighting of graph percentiles (cheap)
    NetworkView = 1u << 15, ///< the drawing around the top leaders (force-directed layout)
    Recommender = 1u << 16, ///< the recommendation models of the chosen method
    Ranking = 1u << 17, ///< recommendation list knobs (k, neighbours, floor, α, method): re-rank only
};
constexpr int partCount = 18;

/// A set of parts.
using Parts = std::uint32_t;
constexpr Parts allParts = (1u << partCount) - 1;
constexpr Parts bit(Part p)
{
    return static_cast<Parts>(p);
}
constexpr bool has(Parts parts, Part p)
{
    return (parts & bit(p)) != 0;
}

/// Stable lower-case name of a part ("activity", "levels", …), for logs and tests.
std::string_view partName(Part part);

/// Every tunable of the analysis in one value: what the thresholds panel edits and what an
/// Analysis is brought up to date with.
///
/// The fields are the options structs of the core areas, grouped by the result they feed, so
/// that Analysis::affectedParts() can tell a cheap change (level cut-offs, leader weights, the
/// similarity floor) from an expensive one (engagement weights, the graph's time window). A plain
/// value: copy it freely.
struct Thresholds {
    // Engagement: weights and half-life need a rescan; cut-offs only re-bucket.
    EngagementOptions engagement;
    LevelCutoffs levels;
    ChurnOptions churn;

    // Retention: period and breakdown need new cohort counts; the view switches are cheap.
    Granularity cohortPeriod = Granularity::Month;
    CohortBreakdown cohortBreakdown = CohortBreakdown::None;
    RetentionView retentionView;

    FunnelOptions funnel;
    PricingOptions pricing;

    /// Graph time window: the last N days up to the end of the network's data; 0 = all history.
    int graphWindowDays = 0;
    InteractionTypeMask graphTypes = allInteractionTypes;
    LeaderOptions leaders;

    Method method = Method::Hybrid;
    RankOptions rank;
    bool operator==(const Thresholds&) const = default;
};

/// The parts whose inputs differ between two sets of thresholds (not yet closed over
/// dependencies; see Analysis::affectedParts()).
Parts changedInputs(const Thresholds& a, const Thresholds& b);

} // namespace kinsight::core
