#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/graph/graphmetrics.h"
#include "core/graph/leaders.h"

namespace kinsight::core {

/// One member in one month.
struct TimelinePoint {
    bool present = false; ///< in that month's graph
    std::uint32_t degree = 0;
    std::uint32_t inDegree = 0;
    double strength = 0;
    double pageRank = 0;
    double score = 0; ///< leader score within that month's network
    bool isLeader = false;
};

/// Leader metrics month by month, for a few members: is a leader rising or fading?
struct LeaderTimeline {
    std::vector<int> months; ///< month indices (TimeZone::monthIndexOf, community zone), oldest first
    std::vector<Index> members;
    std::vector<GraphSummary> summaries; ///< by month (no triangles or communities: not computed)
    std::vector<TimelinePoint> points; ///< members.size() × months.size(), member-major

    const TimelinePoint& at(size_t member, size_t month) const { return points[member * months.size() + month]; }
};

/// Computes the network of each of the last `months` calendar months (community time zone) up to the month of
/// networkEnd() — interactions of that month only, types from `options.filter` — and the given
/// members' metrics and leader score in each. Each month is a computeGraphMetrics() of what the
/// leader score needs (communities, clustering and network value left out, whatever `options`
/// say; options.computeBetweenness as given: the CLI and the dashboard turn it off for speed,
/// and the score then leaves betweenness out). Errors: "cancelled".
[[nodiscard]] Result<LeaderTimeline> computeLeaderTimeline(const Community& community, const GraphOptions& options,
    const LeaderOptions& leaderOptions, std::span<const Index> members, int months, const TaskControl& control = {});

} // namespace kinsight::core
