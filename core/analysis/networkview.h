#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/graph/graphmetrics.h"
#include "core/graph/leaders.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

struct NetworkViewOptions {
    /// The drawing shows this many top leaders (or, when fewer are leaders, the top scores).
    int leaders = 12;
    /// ... each with at most this many neighbours, the strongest ties first.
    int neighboursPerLeader = 24;
    /// At most this many centres from one community, so the picture spans the communities.
    int centresPerCommunity = 2;
    /// Fruchterman–Reingold iterations.
    int iterations = 250;
    std::uint64_t seed = 7;
};

/// A small picture of the community around its leaders: the nodes, the graph's edges among them
/// and a force-directed layout in [-1, 1]². Plain value; safe to share.
struct NetworkView {
    struct Node {
        Index member = noIndex;
        Vertex vertex = noVertex;
        double score = 0; ///< leader score
        std::uint32_t community = 0;
        bool leader = false;
        bool centre = false; ///< one of the top leaders the drawing is built around
        float x = 0;
        float y = 0;
    };
    std::vector<Node> nodes; ///< centres first, by score descending
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges; ///< node positions, first < second
};

/// Picks the nodes, collects the edges among them and lays them out (Fruchterman & Reingold
/// 1991, O(iterations × nodes²) on a few hundred nodes). Deterministic for a seed. Throws
/// Cancelled when asked to stop.
NetworkView layoutNetwork(const GraphMetrics& metrics, const LeaderRanking& ranking,
    const NetworkViewOptions& options = {}, const TaskControl& control = {});

} // namespace kinsight::core
