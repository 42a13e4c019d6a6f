#pragma once

#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/util/table.h"

namespace kinsight::core {

// The metrics as tables, exactly as the commands print them (column names
// and order, row order, empty cells). The CLI prints these; reports reuse them.

/// day, dau, wau, mau, stickiness: one row per day from the first to the last day holding an
/// activity; stickiness empty when MAU is 0.
Table engagementTable(const DailyActivity& daily);

/// cohort, size, p0, p1, … (p-columns up to the largest period any cohort can have; cells after
/// the end of the data are empty). With a breakdown a `group` column follows `cohort`. With
/// `withMean`, a last row `mean` (size = all members of the rows) holds the mean row.
Table retentionTable(const RetentionMatrix& matrix, bool withMean = false);

/// step, members, rate_from_previous, rate_from_start: joined, activated, paying, repeat, trial,
/// trial_to_paid. With a breakdown a leading `group` column, the rows of every group after
/// those of all members (group empty).
Table funnelTable(const Funnel& funnel);

/// tier, products, buyers, paid_orders, revenue, arppu, refund_rate, repeat_rate (money as
/// 12.30; ARPPU rounded half up to the cent; rates empty when their denominator is 0).
Table tiersTable(const Pricing& pricing);

} // namespace kinsight::core
