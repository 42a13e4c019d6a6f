#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/graph/graphmetrics.h"

namespace kinsight::core {

struct LayoutOptions {
    /// Neighbours kept per centre, the strongest ties first (ties by vertex).
    std::uint32_t neighboursPerCentre = 30;
    int iterations = 200;
    std::uint64_t seed = 1;
    bool operator==(const LayoutOptions&) const = default;
};

struct LayoutNode {
    Vertex vertex = noVertex;
    double x = 0; ///< in [-1, 1]
    double y = 0; ///< in [-1, 1]
    bool centre = false;
};

struct LayoutEdge {
    std::uint32_t a = 0; ///< index into NeighbourhoodLayout::nodes
    std::uint32_t b = 0;
    double weight = 0;
};

/// A drawing of a few members and their strongest ties, for the dashboard's network page.
struct NeighbourhoodLayout {
    std::vector<LayoutNode> nodes; ///< the centres first, in the order given, then neighbours
    std::vector<LayoutEdge> edges; ///< every edge of the graph among the nodes, a < b
};

/// Force-directed (Fruchterman & Reingold 1991) positions of `centres` and their strongest
/// neighbours, computed off the GUI thread: O(iterations × k²) for k nodes, meant for a few
/// hundred. Deterministic for a seed. Duplicate centres count once. Throws Cancelled when asked
/// to stop.
NeighbourhoodLayout layoutNeighbourhood(const GraphMetrics& metrics, std::span<const Vertex> centres,
    const LayoutOptions& options = {}, const TaskControl& control = {});

} // namespace kinsight::core
