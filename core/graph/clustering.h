#pragma once

#include <cstdint>
#include <vector>

#include "core/graph/interactiongraph.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

struct ClusteringResult {
    std::vector<std::uint64_t> triangles; ///< by vertex: triangles through it
    std::vector<double> local; ///< by vertex: local clustering coefficient (0 below degree 2)
    double average = 0; ///< mean of `local`, zeros included (NetworkX `average_clustering`)
    double transitivity = 0; ///< 3 × triangles / connected triples (NetworkX `transitivity`)
    std::uint64_t triangleCount = 0; ///< distinct triangles of the graph
    std::uint64_t connectedTriples = 0; ///< Σ d(d − 1) / 2
};

/// Triangles, local and average clustering and transitivity of the undirected graph,
/// unweighted, with NetworkX's definitions (`clustering`, `average_clustering`,
/// `transitivity`). Degree-ordered forward triangle listing, O(m^1.5) in the worst case and
/// near-linear on community graphs, parallel over vertices; exact integer counts, so the
/// result does not depend on the number of threads. Throws Cancelled when asked to stop.
ClusteringResult computeClustering(const InteractionGraph& graph, int threads = 0, const TaskControl& control = {});

} // namespace kinsight::core
