#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph/graphmetrics.h"
#include "core/util/reason.h"

namespace kinsight::core {

/// How much each metric counts in the leader score. Weights are relative (they need not sum to
/// 1) and must be ≥ 0; a metric that was not computed (betweenness, in the timeline) drops out
/// and the others keep their proportions.
struct LeaderWeights {
    double pageRank = 0.30; ///< influence: attention flowing in from attended-to members
    double inDegree = 0.20; ///< reach: distinct members who address them
    double betweenness = 0.20; ///< brokerage: shortest paths between others through them
    double strength = 0.15; ///< intensity: total interaction weight
    double coreNumber = 0.15; ///< embeddedness: depth in the k-core decomposition
    bool operator==(const LeaderWeights&) const = default;
};

/// How the leaders are picked from the ranking (docs/network.md, "Who leads").
enum class LeaderSelection : std::uint8_t {
    Score, ///< every member whose score is at or above `threshold` (at most `topK` when set)
    TopCount, ///< the `topK` highest scores
    TopShare, ///< the highest scores, ceil(`share` × members of the network) of them
};

/// The operator's dials. Changing any of them only needs rankLeaders(), never new metrics.
struct LeaderOptions {
    LeaderWeights weights;
    /// Members with fewer distinct contacts cannot lead: their score is 0, and no selection
    /// (not even "top N") makes them leaders.
    std::uint32_t minDegree = 3;
    LeaderSelection selection = LeaderSelection::Score;
    /// Score: the score at or above which a member is a leader (docs/network.md), in [0, 1]. At
    /// 0.95 about 4% of the demo community's network (2.5% of its members) lead.
    double threshold = 0.95;
    /// Score: at most this many leaders, the highest scores first (0: no cap). TopCount: the
    /// number of leaders (fewer when fewer members can lead).
    std::uint32_t topK = 0;
    /// TopShare: the share of the network's members that lead, in (0, 1].
    double share = 0.02;
    /// How many top-scoring members to name per community.
    std::uint32_t perCommunity = 3;
    /// Reasons and network value are filled in for this many leaders (the rest can ask
    /// leaderReasons() / networkValue() when shown), so a threshold of 0 on a million members
    /// stays fast.
    std::uint32_t explain = 100;
    bool operator==(const LeaderOptions&) const = default;
};

/// What a leader's direct neighbours buy, against the community's average member.
struct NetworkValue {
    std::uint32_t neighbours = 0;
    std::uint64_t paidOrders = 0; ///< paid orders of all neighbours
    Cents revenue = 0; ///< their revenue
    double paidOrdersPerNeighbour = 0;
    double revenuePerNeighbour = 0; ///< cents
    /// per neighbour ÷ per community member (0 when the community average is 0).
    double paidOrdersLift = 0;
    double revenueLift = 0;
};

struct Leader {
    Vertex vertex = noVertex;
    Index member = noIndex;
    double score = 0;
    std::uint32_t rank = 0; ///< 1-based among the leaders
    /// The grounds, as data (see leaderReasons()); empty beyond LeaderOptions::explain.
    std::vector<Reason> reasons;
    NetworkValue network;
};

struct CommunityLeaders {
    std::uint32_t community = 0;
    std::vector<Vertex> top; ///< highest scores first, at most LeaderOptions::perCommunity
    std::uint32_t leaders = 0; ///< its members that are leaders
};

/// The ranking for one set of LeaderOptions over one GraphMetrics.
struct LeaderRanking {
    LeaderOptions options;
    std::vector<double> score; ///< by vertex, in [0, 1]
    std::vector<std::uint8_t> isLeader; ///< by vertex, 1 or 0
    std::vector<Leader> leaders; ///< by score descending, then member id
    std::vector<CommunityLeaders> communities; ///< by community id; empty without communities
};

/// Scores every vertex and picks the leaders. The score is the weighted mean of the vertex's
/// percentiles (MetricPercentiles) of PageRank, in-degree, betweenness, strength and core
/// number: 1 means first in every weighted metric, 0.9 "on average ahead of 90% of the
/// network"; members with fewer than minDegree contacts score 0. Leaders, by
/// LeaderOptions::selection: a score ≥ threshold (and among the topK when a cap is set); the topK
/// highest scores; or the ceil(share × n) highest scores of the n members of the network. Ties at
/// a count's boundary go to the lower member id (the ranking's order), so "top N" is exactly N
/// members unless fewer have minDegree contacts. O(n + L log L) for L leaders (O(n) selection
/// for a count); reads `metrics` only and never recomputes a metric (graphMetricsComputations()
/// does not move). Thread-safe for concurrent calls.
LeaderRanking rankLeaders(const GraphMetrics& metrics, const LeaderOptions& options = {});

/// The grounds for a vertex's score as Reason values (rendered by core/text reasonText()), in a
/// fixed order: who addresses them (`leader.replied_by` {members}, else `leader.addressed_by`
/// {members}: "replied to by 120 distinct members"), influence (`leader.pagerank_top` {percent}:
/// "top 1% PageRank"), brokerage (`leader.bridges` {communities}, `leader.betweenness_top`
/// {percent}), embeddedness (`leader.innermost_core` {k}: "in the innermost 12-core"), and, when
/// their neighbours buy at least 1.5× the average member, `leader.neighbours_spend` {ratio, one
/// decimal}. Counts are integers; percents and ratios doubles.
std::vector<Reason> leaderReasons(const GraphMetrics& metrics, Vertex vertex);

/// What the vertex's direct neighbours buy against the community average.
NetworkValue networkValue(const GraphMetrics& metrics, Vertex vertex);

/// How many leaders a count selection names on a network of `vertices` members: topK for
/// TopCount, ceil(share × vertices) for TopShare (share clamped to [0, 1]); 0 for Score (no count).
std::uint32_t leaderCount(const LeaderOptions& options, Vertex vertices);

/// Stable lower-case name of a selection ("score", "top", "share"), for the CLI and logs.
std::string_view toString(LeaderSelection selection);

/// All vertices by score descending, ties by member id ascending (the CLI's row order).
std::vector<Vertex> verticesByScore(const LeaderRanking& ranking);

/// The top share a percentile falls in, as a percent on the steps 0.1, 0.2, 0.5, 1, 2, 5, 10
/// (share of the network at or above the vertex, rounded up to a step), or 0 when the vertex is
/// not in the top 10%.
double topSharePercent(float percentile, Vertex vertices);
/// topSharePercent() as "top 1%", or "" when it is 0 (English, for logs and tests).
std::string topShareLabel(float percentile, Vertex vertices);

} // namespace kinsight::core
