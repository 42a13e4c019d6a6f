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
    /// Exact (Brandes, every vertex a source) up to this many vertices; above, sampled shortest
    /// paths (Riondato & Kornaropoulos 2016).
    Vertex exactLimit = 5000;
    /// Sampled mode: every estimate is within `epsilon` of its exact value (absolute, in the
    /// contract's normalisation, see BetweennessResult::epsilon) for all vertices at once, with
    /// probability at least 1 − `delta`. The number of samples follows from these and the graph's
    /// vertex-diameter bound.
    double epsilon = 0.01;
    double delta = 0.1;
    /// > 0: take this many samples instead (the bound then follows from them).
    std::int64_t samples = 0;
    /// Seed of the sample: the same seed gives the same values.
    std::uint64_t seed = 1;
    /// 0: all hardware threads.
    int threads = 0;
    bool operator==(const BetweennessOptions&) const = default;
};

struct BetweennessResult {
    std::vector<double> centrality; ///< by vertex
    bool exact = true;
    Vertex pivots = 0; ///< Brandes sources (n when exact, 0 when sampled)
    std::int64_t samples = 0; ///< shortest paths sampled (0 when exact)
    /// Sampled: with probability ≥ 1 − delta, |estimate − exact| ≤ epsilon for every vertex at
    /// once. 0 when exact.
    double epsilon = 0;
    double delta = 0;
    /// Upper bound of the vertex diameter (vertices on a longest shortest path) used for the
    /// sample size: 2 × (largest eccentricity of one BFS root per component) + 1.
    Vertex vertexDiameterBound = 0;
};

/// Betweenness centrality, unweighted, undirected, normalised as NetworkX
/// `betweenness_centrality(G, normalized=True)` does (pair dependencies summed over ordered
/// source-target pairs, divided by (n − 1)(n − 2)).
///
/// Up to `exactLimit` vertices: Brandes' algorithm, O(n·m), exact.
///
/// Above: Riondato & Kornaropoulos (2016), "Fast approximation of betweenness centrality through
/// sampling". r ordered pairs (u, v), u ≠ v, are drawn uniformly; for each, one shortest u–v path
/// is drawn uniformly among all of them (a balanced bidirectional BFS counts the paths, the path
/// is then walked back by path counts) and each of its inner vertices gains 1/r. That estimates
/// b̃(w) = Σ σ_st(w)/σ_st / (n(n − 1)); the contract's value is b̃ · n / (n − 2). With
/// r = ⌈(c / ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, c = 0.5, ε' = ε (n − 2) / n and VD the vertex
/// diameter, every estimate is within ε of its exact value with probability ≥ 1 − δ (their
/// Theorem 1 with the VC-dimension bound of their Lemma 2). VD is bounded above by 2e + 1, e the
/// largest eccentricity of one BFS root per component. Pairs in different components contribute
/// nothing, as in the exact sum. Each sample's random stream is seeded by (seed, sample index)
/// and counts are integers: the same values for a seed, whatever the number of threads. Runs on
/// every thread; cost per sample is that of the bidirectional BFS, typically a few thousand
/// edges on a small-world graph of a million vertices.
BetweennessResult computeBetweenness(
    const InteractionGraph& graph, const BetweennessOptions& options = {}, const TaskControl& control = {});

/// The sample size of the sampled betweenness for a bound: see computeBetweenness().
std::int64_t betweennessSampleSize(double epsilon, double delta, Vertex vertexDiameter);

/// k-core number of every vertex (the largest k such that the vertex is in a subgraph where
/// every vertex has degree ≥ k), unweighted. Batagelj–Zaversnik bucket algorithm, O(n + m).
std::vector<std::uint32_t> computeCoreNumbers(const InteractionGraph& graph);

/// degree / (n − 1) for a vertex of `degree` neighbours among n vertices (NetworkX
/// `degree_centrality`; 1 for the single vertex of a one-vertex graph, which an interaction graph
/// never has).
inline double degreeCentrality(std::uint32_t degree, Vertex n)
{
    return n > 1 ? static_cast<double>(degree) * (1.0 / (static_cast<double>(n) - 1.0)) : 1.0;
}

/// degreeCentrality() of every vertex.
std::vector<double> computeDegreeCentrality(const InteractionGraph& graph);

} // namespace kinsight::core
