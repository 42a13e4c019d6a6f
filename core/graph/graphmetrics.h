#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/data/community.h"
#include "core/graph/centrality.h"
#include "core/graph/communities.h"
#include "core/graph/interactiongraph.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// What computeGraphMetrics() builds and computes.
struct GraphOptions {
    GraphFilter filter;
    PageRankOptions pageRank;
    BetweennessOptions betweenness;
    LouvainOptions louvain;
    /// Betweenness is the most expensive metric; the per-month timeline leaves it out.
    bool computeBetweenness = true;
    bool computeCommunities = true;
    /// Triangles and local clustering (and the summary's triangles, average clustering and
    /// transitivity); left empty (zero) when off.
    bool computeClustering = true;
    /// Paid orders and revenue of each vertex and of its neighbourhood (a leader's network
    /// value); left empty when off.
    bool computeNetworkValue = true;
    /// Threads for the parallel steps (0: all hardware threads). Results do not depend on it.
    int threads = 0;
    /// Equal options give equal metrics: what a cache of GraphMetrics may key on.
    bool operator==(const GraphOptions&) const = default;
};

/// One community found by detectCommunities().
struct CommunitySummary {
    std::uint32_t id = 0;
    Vertex size = 0;
    std::uint64_t internalEdges = 0;
    double internalWeight = 0;
    /// internal edges / (size (size − 1) / 2); 0 for a single vertex.
    double internalDensity = 0;
    /// Edges from its members to other communities.
    std::uint64_t externalEdges = 0;
};

/// Whole-graph figures.
struct GraphSummary {
    Index communityMembers = 0; ///< all members of the community, in the graph or not
    Vertex vertices = 0;
    std::uint64_t edges = 0;
    std::uint64_t arcs = 0;
    std::uint64_t interactions = 0;
    double totalWeight = 0;
    double density = 0; ///< 2m / (n (n − 1)); 0 below two vertices
    std::uint32_t components = 0;
    Vertex largestComponent = 0;
    double largestComponentShare = 0; ///< of the graph's vertices
    std::uint64_t triangles = 0;
    double averageClustering = 0;
    double transitivity = 0;
    std::uint32_t maxCoreNumber = 0;
    std::uint32_t communities = 0; ///< 0 when not computed
    double modularity = 0;
    int pageRankIterations = 0;
    bool betweennessComputed = false;
    bool betweennessExact = false;
    Vertex betweennessPivots = 0; ///< exact: Brandes sources (n); sampled: 0
    std::int64_t betweennessSamples = 0; ///< sampled shortest paths (0 when exact)
    double betweennessEpsilon = 0; ///< sampled: every value within this of the exact one …
    double betweennessDelta = 0; ///< … with probability at least 1 − this
    Vertex betweennessVertexDiameterBound = 0;
};

/// Where each vertex stands among all vertices for one metric: the share of the other vertices
/// with a strictly smaller value, in [0, 1] (the maximum gets 1 unless tied, a value shared by
/// everybody gets 0). Heavy-tailed metrics become comparable this way, and the leader score can
/// weigh them without recomputing anything.
struct MetricPercentiles {
    std::vector<float> degree;
    std::vector<float> inDegree;
    std::vector<float> strength;
    std::vector<float> pageRank;
    std::vector<float> betweenness; ///< empty when betweenness was not computed
    std::vector<float> coreNumber;
};

/// Every metric of one interaction graph: computed once per snapshot, filter and window (the
/// expensive part), then re-ranked by rankLeaders() as often as the operator likes. A plain
/// value: per-vertex vectors indexed by Vertex (see graph->member(v) for the member). Copies
/// share the immutable graph. Safe to read from any number of threads.
struct GraphMetrics {
    std::shared_ptr<const InteractionGraph> graph;
    GraphOptions options;
    GraphSummary summary;

    std::vector<std::uint32_t> degree; ///< distinct neighbours
    std::vector<std::uint32_t> inDegree; ///< distinct members who interacted with the vertex
    std::vector<std::uint32_t> outDegree; ///< distinct members the vertex interacted with
    std::vector<std::uint32_t> repliedBy; ///< distinct members who replied to the vertex
    std::vector<double> strength; ///< weighted degree
    std::vector<std::uint64_t> triangles; ///< empty when clustering was not computed
    std::vector<double> clustering; ///< empty when clustering was not computed
    std::vector<double> pageRank;
    std::vector<double> betweenness; ///< all zero when not computed (see summary)
    std::vector<std::uint32_t> coreNumber;
    std::vector<std::uint32_t> component; ///< 0 = the largest
    std::vector<std::uint32_t> community; ///< 0 = the largest; all 0 when not computed
    std::vector<CommunitySummary> communities; ///< by id
    MetricPercentiles percentile;

    // What a member's network is worth: paid orders (docs/metrics.md) and their revenue, of the
    // member and summed over the member's direct neighbours; empty when not computed
    // (GraphOptions::computeNetworkValue).
    std::vector<std::uint32_t> paidOrders;
    std::vector<Cents> revenue;
    std::vector<std::uint64_t> neighbourPaidOrders;
    std::vector<Cents> neighbourRevenue;
    /// Community-wide means over all members (not only the graph's).
    double paidOrdersPerMember = 0;
    double revenuePerMember = 0; ///< in cents

    Vertex vertexCount() const { return summary.vertices; }
    /// Degree centrality (core::degreeCentrality()), worked out when asked rather than stored (a
    /// vector of doubles less per graph).
    double degreeCentrality(Vertex v) const { return core::degreeCentrality(degree[v], vertexCount()); }
};

/// Builds the graph and computes every metric. Progress goes to `control` in [0, 1]; a stop
/// request returns the error "cancelled" soon after. O(I log d + iterations·m + m^1.5 + pivots·m).
/// Thread-safe: any number of calls may run at once on the same community.
[[nodiscard]] Result<GraphMetrics> computeGraphMetrics(
    const Community& community, const GraphOptions& options = {}, const TaskControl& control = {});

/// How many times computeGraphMetrics() has computed metrics in this process: lets tests and
/// the analysis cache observe that re-ranking does not recompute.
std::uint64_t graphMetricsComputations();

} // namespace kinsight::core
