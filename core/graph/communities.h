#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/graph/interactiongraph.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

struct ComponentsResult {
    std::vector<std::uint32_t> component; ///< by vertex; 0 is the largest component
    std::uint32_t count = 0;
    Vertex largestSize = 0;
};

/// Connected components of the undirected graph (Boost.Graph `connected_components`, O(n + m)).
/// Components are numbered by size, largest first; ties by their smallest vertex.
ComponentsResult computeComponents(const InteractionGraph& graph);

struct LouvainOptions {
    /// Modularity resolution γ: above 1 favours smaller communities.
    double resolution = 1.0;
    /// A level stops moving vertices when one sweep gains less modularity than this.
    double minGain = 1e-7;
    int maxSweeps = 64;
    int maxLevels = 32;
    bool operator==(const LouvainOptions&) const = default;
};

struct CommunitiesResult {
    std::vector<std::uint32_t> community; ///< by vertex; 0 is the largest community
    std::uint32_t count = 0;
    double modularity = 0; ///< of `community` on the weighted graph, at `resolution`
    int levels = 0;
};

/// Communities by the Louvain method (Blondel et al. 2008) on the weighted undirected graph:
/// local moving of vertices in vertex order to the neighbouring community with the largest
/// modularity gain, then aggregation, until a level changes nothing. Deterministic (no random
/// order). Communities are numbered by size, largest first; ties by their smallest vertex.
/// Throws Cancelled when asked to stop.
CommunitiesResult detectCommunities(
    const InteractionGraph& graph, const LouvainOptions& options = {}, const TaskControl& control = {});

/// Weighted modularity of a partition (NetworkX `community.modularity` with weight and
/// resolution): Σ_c [ L_c / m − γ (d_c / 2m)² ] with L_c the weight inside c, d_c its total
/// strength and m the total weight. 0 for a graph without edges.
double modularity(const InteractionGraph& graph, std::span<const std::uint32_t> community, double resolution = 1.0);

} // namespace kinsight::core
