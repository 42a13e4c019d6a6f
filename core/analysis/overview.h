#pragma once

#include <vector>

#include "core/data/community.h"
#include "core/metrics/activity.h"

namespace kinsight::core {

/// One KPI card: its value at the end of the data, the value one period earlier, and a trend of
/// values sampled one period apart (oldest first, the last point is `value`). NaN where the
/// figure is undefined (a rate without a denominator, a period before the data).
struct Kpi {
    double value = 0;
    double previous = 0;
    std::vector<Day> trendDays;
    std::vector<double> trend;
};

/// The Overview page's figures, each computed "as of" a day d so that the change against the
/// previous period compares like with like:
/// - members: members joined on or before d;
/// - active: members with an activity in [d − period + 1, d] (with a 30-day period: MAU(d));
/// - stickiness: mean DAU over the last 30 days to d / MAU(d) (docs/metrics.md);
/// - paying: members with a paid order on or before d (the funnel's "paying" as of d);
/// - revenue: sum of paid-order amounts in [d − period + 1, d], in cents;
/// - trial-to-paid: of the members whose first trial came on or before d, those with a paid
///   order strictly after their first trial and on or before d (the funnel's trial_to_paid as
///   of d; at the end of the data they are equal).
struct OverviewKpis {
    Day endDay = 0;
    int periodDays = 30;
    Kpi members;
    Kpi active;
    Kpi stickiness;
    Kpi paying;
    Kpi revenue; ///< cents
    Kpi trialToPaid;
    Index trialMembers = 0; ///< at the end of the data
    bool hasOrders = false; ///< any counted order at all
    bool hasActivity = false;
    bool hasInteractions = false; ///< any interaction between two different members
};

/// O(members + orders + active member-days). `trendPoints` ≥ 2 samples, `periodDays` apart,
/// ending at the end of the data. Thread-safe (reads only).
OverviewKpis computeOverview(
    const Community& community, const ActivityDays& activity, int periodDays = 30, int trendPoints = 12);

} // namespace kinsight::core
