#include "core/graph/timeline.h"

namespace kinsight::core {

Result<LeaderTimeline> computeLeaderTimeline(const Community& community, const GraphOptions& options,
    const LeaderOptions& leaderOptions, std::span<const Index> members, int months, const TaskControl& control)
{
    LeaderTimeline timeline;
    timeline.members.assign(members.begin(), members.end());
    const Timestamp end = networkEnd(community);
    if (end == noTimestamp || months <= 0)
        return timeline;
    const TimeZone& zone = community.timeZone;
    const int last = zone.monthIndexOf(end);
    for (int m = last - months + 1; m <= last; ++m)
        timeline.months.push_back(m);
    timeline.points.resize(members.size() * timeline.months.size());

    // A month's point needs the leader score's metrics only: no communities, clustering or
    // network value (each month's graph then costs less time and memory), and no reasons.
    GraphOptions monthOptions = options;
    monthOptions.computeCommunities = false;
    monthOptions.computeClustering = false;
    monthOptions.computeNetworkValue = false;
    LeaderOptions scoring = leaderOptions;
    scoring.explain = 0;
    for (size_t i = 0; i < timeline.months.size(); ++i) {
        const double share = 1.0 / static_cast<double>(timeline.months.size());
        monthOptions.filter.window
            = { zone.startOfMonth(timeline.months[i]), zone.startOfMonth(timeline.months[i] + 1) };
        Result<GraphMetrics> metrics = computeGraphMetrics(
            community, monthOptions, control.slice(static_cast<double>(i) * share, static_cast<double>(i + 1) * share));
        if (!metrics.ok())
            return metrics.failure();
        const LeaderRanking ranking = rankLeaders(*metrics, scoring);
        timeline.summaries.push_back(metrics->summary);
        for (size_t k = 0; k < members.size(); ++k) {
            const Vertex v = metrics->graph->vertexOf(members[k]);
            if (v == noVertex)
                continue;
            TimelinePoint& point = timeline.points[k * timeline.months.size() + i];
            point.present = true;
            point.degree = metrics->degree[v];
            point.inDegree = metrics->inDegree[v];
            point.strength = metrics->strength[v];
            point.pageRank = metrics->pageRank[v];
            point.score = ranking.score[v];
            point.isLeader = ranking.isLeader[v] != 0;
        }
    }
    return timeline;
}

} // namespace kinsight::core
