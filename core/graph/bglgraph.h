#pragma once

// The Boost.Graph types behind InteractionGraph. Internal to core/graph: public headers only
// forward-declare detail::BglGraphs so that users of the graph API do not compile Boost.Graph.

#include <cstdint>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "core/graph/interactiongraph.h"

namespace kinsight::core::detail {

/// Directed CSR with 32-bit vertices and 32-bit edge indices and no bundled properties: weights
/// live in InteractionGraph's own arrays, indexed by the CSR edge index.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
    boost::no_property, Vertex, std::uint32_t>;

struct BglGraphs {
    /// The undirected simple graph, each edge stored in both directions.
    CsrGraph undirected;
    /// The directed graph reversed: row v lists the sources of the arcs into v.
    CsrGraph incoming;
};

} // namespace kinsight::core::detail
