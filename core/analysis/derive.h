#pragma once

#include <memory>

#include "core/analysis/analysis.h"
#include "core/analysis/thresholds.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The cheap parts of an analysis: each is derived from a heavier part and the thresholds alone
/// (level cut-offs re-bucket the scores, the retention view re-reads the cohort counts, leader
/// weights re-rank the graph percentiles, and the network drawing follows the leaders).
/// Analysis::update() computes them with derivePart(); the window shows a threshold change at
/// once with deriveResults(), before the update that follows lands. One definition of each.
constexpr Parts derivableParts = bit(Part::Levels) | bit(Part::Retention) | bit(Part::Leaders) | bit(Part::NetworkView);

/// Computes one derivable part of `results` for `thresholds` from the parts it derives from
/// (which must be there) and gives it a new version. Other parts are left alone.
void derivePart(AnalysisResults& results, Part part, const Thresholds& thresholds, const TaskControl& control = {});

/// The results for `next`, derived from `current`: every derivable part whose inputs changed
/// (and whose source is there) is recomputed; every other part is shared with `current`. Parts
/// that a change makes stale and that only a full update can compute (engagement weights, the
/// graph's time window, the recommendation method) keep their current values but lose their
/// `ready` bit. O(the derived parts): milliseconds, fit for every step of a slider.
std::shared_ptr<const AnalysisResults> deriveResults(
    const AnalysisResults& current, const Thresholds& next, const TaskControl& control = {});

/// A new part version, unique in the process (results compare versions, not addresses).
std::uint64_t nextPartVersion();

} // namespace kinsight::core
