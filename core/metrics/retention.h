#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/activity.h"

namespace kinsight::core {

/// "On": active in period k. "On or after" (unbounded): active in period k or any later one.
enum class RetentionMode : std::uint8_t { On, OnOrAfter };
/// Period 0: cell k is divided by the cohort's size (members) or its period-0 revenue.
/// Previous period: cell k (k >= 1) is divided by cell k - 1.
enum class RetentionReference : std::uint8_t { PeriodZero, PreviousPeriod };
/// Weighted: sum of numerators / sum of denominators over the cohorts that report the period.
/// Simple: the plain mean of those cohorts' values.
enum class MeanKind : std::uint8_t { Weighted, Simple };
enum class RetentionMetric : std::uint8_t {
    Members, ///< members retained (the contract's retention)
    RevenueRetained, ///< paid revenue in the period / the reference period's revenue
    RevenuePerMember, ///< paid revenue in the period / cohort size, in currency units
};
enum class CohortBreakdown : std::uint8_t {
    None,
    Channel, ///< acquisition channel of the member
    FirstTier, ///< tier of the product of the member's first counted order
    FirstProduct, ///< product id of the member's first counted order
};

/// The heavy part of retention: for every cohort (and breakdown group), its size and the
/// counts and revenue per period after joining. Computed once per granularity and breakdown;
/// every switch of RetentionView is then cheap.
///
/// Activities and paid orders before the member's joining period are ignored here (a data
/// error: the member is in its cohort, but those periods are "before period 0").
struct CohortCounts {
    struct Row {
        PeriodKey cohort = 0;
        std::string group; ///< empty without breakdown
        int size = 0;
        // Index k = periods after joining, 0 .. end period - cohort (the reported periods).
        std::vector<int> activeOn;
        std::vector<int> activeOnOrAfter;
        std::vector<Cents> revenueOn; ///< paid orders' amounts in period k
    };
    Granularity granularity = Granularity::Month;
    CohortBreakdown breakdown = CohortBreakdown::None;
    PeriodKey endPeriod = 0;
    std::vector<Row> rows; ///< by cohort, then group (code-point order, "(none)" and "(no order)" last)
    std::vector<std::int32_t> memberRow; ///< per member: its row
    int periods = 0; ///< columns: the most periods any cohort reports (p0 .. p{periods-1})
};

CohortCounts computeCohortCounts(const Community& community, const ActivityDays& activity,
    Granularity granularity = Granularity::Month, CohortBreakdown breakdown = CohortBreakdown::None);

/// The cheap switches of a retention matrix.
struct RetentionView {
    RetentionMode mode = RetentionMode::On;
    RetentionReference reference = RetentionReference::PeriodZero;
    MeanKind mean = MeanKind::Weighted;
    RetentionMetric metric = RetentionMetric::Members;
    bool operator==(const RetentionView&) const = default;
};

struct RetentionMatrix {
    struct Row {
        PeriodKey cohort = 0;
        std::string label; ///< `YYYY-MM` or `YYYY-Www` (or a day)
        std::string group;
        int size = 0;
        /// Per reported period k: the cell's own amount (members, or revenue in currency units)
        /// and its value (fraction, or currency units per member). value is NaN where the
        /// reference is 0. Both stop at the end of the data: later periods are absent, not zero.
        std::vector<double> raw;
        std::vector<double> value;
    };
    Granularity granularity = Granularity::Month;
    RetentionView view;
    int periods = 0;
    std::vector<Row> rows;
    std::vector<double> mean; ///< per period: the mean row (NaN where no cohort reports a value)
    std::vector<int> meanCohorts; ///< per period: rows that went into the mean
};

/// O(rows x periods); no activity scan.
RetentionMatrix retentionMatrix(const CohortCounts& counts, const RetentionView& view = {});

/// One interval's value across cohorts (e.g. month-1 retention of every cohort), in row order;
/// cohorts that do not report period k yet are left out.
struct RetentionTrendPoint {
    std::string label;
    std::string group;
    double value = 0;
};
std::vector<RetentionTrendPoint> retentionTrend(const RetentionMatrix& matrix, int period);

/// Day-N retention: of the members who joined at least N days before the end of the data,
/// those with an activity on local day joined + N (On) or on any day from joined + N (On or after).
struct DayNPoint {
    int day = 0;
    int eligible = 0;
    int retained = 0;
    double rate = 0; ///< NaN when nobody is eligible
};
const std::vector<int>& defaultDayN(); ///< 1, 7, 14, 30, 60, 90
std::vector<DayNPoint> dayNRetention(const Community& community, const ActivityDays& activity,
    RetentionMode mode = RetentionMode::On, const std::vector<int>& days = defaultDayN());

// Drill-down: each list's size is the count it explains.

/// Members of one cohort row.
std::vector<Index> cohortMembers(const CohortCounts& counts, int row);
/// Members behind cell (row, k): active (Members metric) or with a paid order (revenue metrics)
/// in period k after joining, or in any period from k on (On or after).
std::vector<Index> retentionCellMembers(const Community& community, const ActivityDays& activity,
    const CohortCounts& counts, int row, int period, RetentionMode mode = RetentionMode::On,
    RetentionMetric metric = RetentionMetric::Members);
/// Members retained at day N (the eligible ones who count in `retained`).
std::vector<Index> dayNMembers(
    const Community& community, const ActivityDays& activity, int day, RetentionMode mode = RetentionMode::On);

} // namespace kinsight::core
