#pragma once

#include <cstdint>
#include <vector>

#include "core/graph/interactiongraph.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

// Vertex centralities of an InteractionGraph. Each function is a pure function of the graph:
// safe to run concurrently on the same graph. They throw Cancelled when `control` asks to stop
// (computeGraphMetrics() turns that into an error result) and report progress in [0, 1].

struct PageRankOptions {
    double damping = 0.85;
    /// Stop when the L1 change of one iteration is below this. PageRank's iteration is a
    /// damping-contraction in L1, so the distance to the exact stationary vector is then at most
    /// tolerance × damping / (1 − damping): 5.7e-12 with the defaults, far inside the contract's
    /// 1e-9 per value. Should rounding keep the change above the tolerance, the iteration also
    /// stops once the change has not decreased for 20 iterations and already bounds the
    /// distance by 1e-10.
    double tolerance = 1e-12;
    int maxIterations = 10000;
    /// 0: all hardware threads.
    int threads = 0;
    bool operator==(const PageRankOptions&) const = default;
};

struct PageRankResult {
    std::vector<double> rank; ///< by vertex; sums to 1
    int iterations = 0;
    double lastChange = 0; ///< L1 change of the last iteration
};

/// PageRank on the directed weighted graph with NetworkX `pagerank` semantics: teleport and
/// dangling mass spread uniformly over all vertices, arc weights normalised by the source's out
/// strength. Power iteration from the uniform vector; O(iterations × (n + arcs)), parallel over
/// vertices. Deterministic: the result does not depend on the number of threads.
PageRankResult computePageRank(
    const InteractionGraph& graph, const PageRankOptions& options = {}, const TaskControl& control = {});

struct BetweennessOptions {
    /// Exact (every vertex a source) up to this many vertices; above, `samples` pivots.
    Vertex exactLimit = 5000;
    /// Pivots of the sampled estimate (see docs/network.md for its measured error).
    Vertex samples = 256;
    /// Seed of the pivot sample: the same seed gives the same values.
    std::uint64_t seed = 1;
    /// 0: all hardware threads.
    int threads = 0;
    bool operator==(const BetweennessOptions&) const = default;
};

struct BetweennessResult {
    std::vector<double> centrality; ///< by vertex
    bool exact = true;
    Vertex pivots = 0; ///< sources used (n when exact)
};

/// Betweenness centrality, unweighted, undirected, normalised as NetworkX
/// `betweenness_centrality(G, normalized=True)` does (pair dependencies summed over ordered
/// source-target pairs, divided by (n − 1)(n − 2)). Brandes' algorithm, O(n·m) when exact.
/// Sampled: k pivots drawn uniformly without replacement with a SplitMix64 generator seeded with
/// `seed`, dependencies scaled by n / k (NetworkX's `k=` estimator). Deterministic for a seed,
/// whatever the number of threads.
BetweennessResult computeBetweenness(
    const InteractionGraph& graph, const BetweennessOptions& options = {}, const TaskControl& control = {});

/// k-core number of every vertex (the largest k such that the vertex is in a subgraph where
/// every vertex has degree ≥ k), unweighted. Batagelj–Zaversnik bucket algorithm, O(n + m).
std::vector<std::uint32_t> computeCoreNumbers(const InteractionGraph& graph);

/// degree / (n − 1) for every vertex (NetworkX `degree_centrality`; 1 for the single vertex of
/// a one-vertex graph, which an interaction graph never has).
std::vector<double> computeDegreeCentrality(const InteractionGraph& graph);

} // namespace kinsight::core
