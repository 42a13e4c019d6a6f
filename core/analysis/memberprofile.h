#pragma once

#include <span>
#include <vector>

#include "core/data/community.h"
#include "core/metrics/engagement.h"

namespace kinsight::core {

/// One member's engagement score as of each reference moment, with the same definition as
/// computeEngagementScores() (weights per activity kind, halving every half-life of whole days of
/// age, activities after the reference ignored), for the member 360 panel's history. Only that
/// member's rows are read: O(their events + orders + interactions) per reference.
std::vector<double> memberScoreHistory(const Community& community, const EngagementOptions& options, ScoreView view,
    Index member, std::span<const Timestamp> references);

/// The level a score falls in under the thresholds a bucketing applied (EngagementLevels'
/// core/active/casual thresholds); a score of 0 is dormant.
EngagementLevel levelOfScore(double score, const EngagementLevels& applied);

/// Activities (events and counted orders) of one member per calendar month, for `months` months
/// ending with the month of `end`: oldest first.
std::vector<int> memberActivityByMonth(const Community& community, Index member, Timestamp end, int months);

} // namespace kinsight::core
