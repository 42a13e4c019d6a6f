#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// A vertex of an InteractionGraph: dense 0..n-1, in member order (vertex a < vertex b iff their
/// member indices are, so vertex order is member-id order).
using Vertex = std::uint32_t;
constexpr Vertex noVertex = std::numeric_limits<Vertex>::max();

/// A set of interaction types: bit i stands for `InteractionType(i)`.
using InteractionTypeMask = std::uint8_t;
constexpr InteractionTypeMask allInteractionTypes = (1u << interactionTypeCount) - 1;
constexpr InteractionTypeMask typeBit(InteractionType type)
{
    return static_cast<InteractionTypeMask>(1u << static_cast<unsigned>(type));
}
/// Parses a comma-separated list of contract type names ("reply,like"; case-insensitive; "all"
/// for every type). nullopt on an unknown name or an empty list.
std::optional<InteractionTypeMask> parseInteractionTypes(std::string_view list);
/// The names of a mask, comma-separated, in enum order ("all" for every type).
std::string formatInteractionTypes(InteractionTypeMask types);

/// A half-open time range [begin, end) in UTC seconds; noTimestamp leaves that side open.
struct TimeWindow {
    Timestamp begin = noTimestamp;
    Timestamp end = noTimestamp;

    bool contains(Timestamp t) const { return (begin == noTimestamp || t >= begin) && (end == noTimestamp || t < end); }
    bool isAll() const { return begin == noTimestamp && end == noTimestamp; }
    bool operator==(const TimeWindow&) const = default;
};

/// The reference "now" of the network: the latest of the community's end of the data
/// (docs/metrics.md) and its latest interaction, or noTimestamp when there is neither.
Timestamp networkEnd(const Community& community);

/// The last `days` calendar days of the community time zone, the day of networkEnd() included: [end day - days + 1,
/// end day]. `days <= 0`, or a community without timestamps, gives the whole history.
TimeWindow lastDays(const Community& community, int days);

/// Which interactions make the graph.
struct GraphFilter {
    TimeWindow window;
    InteractionTypeMask types = allInteractionTypes;
    bool operator==(const GraphFilter&) const = default;
};

namespace detail {
struct BglGraphs;
}

/// The member-to-member interaction network of one community, as docs/network.md defines it:
///
/// - vertices: the members that take part in at least one kept interaction with another member
///   (self-interactions are dropped);
/// - the undirected simple graph: a and b are adjacent when any kept interaction goes either
///   way; the edge weight is the sum of the weights both ways;
/// - the directed graph (for PageRank): one arc u→v per ordered pair with an interaction from u
///   to v, weighted with the sum of those interactions' weights.
///
/// Both are stored as Boost.Graph `compressed_sparse_row_graph`s (the undirected one with both
/// directions of each edge), so a million members with millions of edges fit in a few hundred
/// bytes per member. Neighbour lists are sorted by vertex. Immutable after construction;
/// concurrent reads from any number of threads are safe. Move-only.
class InteractionGraph {
public:
    InteractionGraph();
    ~InteractionGraph();
    InteractionGraph(InteractionGraph&&) noexcept;
    InteractionGraph& operator=(InteractionGraph&&) noexcept;
    InteractionGraph(const InteractionGraph&) = delete;
    InteractionGraph& operator=(const InteractionGraph&) = delete;

    const GraphFilter& filter() const { return m_filter; }

    Vertex vertexCount() const { return static_cast<Vertex>(m_member.size()); }
    /// Undirected edges.
    std::uint64_t edgeCount() const { return m_edgeCount; }
    /// Directed arcs (distinct ordered pairs).
    std::uint64_t arcCount() const { return m_arcWeight.size(); }
    /// Interactions that made the graph (kept by the filter, self-interactions excluded).
    std::uint64_t interactionCount() const { return m_interactionCount; }
    /// Sum of all edge weights (each undirected edge once).
    double totalWeight() const { return m_totalWeight; }

    /// Member index of a vertex.
    Index member(Vertex v) const { return m_member[v]; }
    /// Member indices of all vertices, ascending.
    std::span<const Index> members() const { return m_member; }
    /// Vertex of a member, or noVertex when the member is not in the graph. O(log n).
    Vertex vertexOf(Index member) const;

    /// Undirected neighbours of v, ascending, and the matching edge weights.
    std::span<const Vertex> neighbours(Vertex v) const;
    std::span<const double> weights(Vertex v) const;
    std::uint32_t degree(Vertex v) const { return static_cast<std::uint32_t>(neighbours(v).size()); }
    /// Weighted degree.
    double strength(Vertex v) const;

    /// Members with an arc to v (who interacted with v), ascending; the arc weights; the
    /// interaction types seen on each arc.
    std::span<const Vertex> sources(Vertex v) const;
    std::span<const double> sourceWeights(Vertex v) const;
    std::span<const InteractionTypeMask> sourceTypes(Vertex v) const;
    /// All incoming arcs as one CSR, for loops over every vertex's sources: the sources of v are
    /// allSources()[sourceRowStarts()[v], sourceRowStarts()[v + 1]), their weights in
    /// allSourceWeights() at the same places (n + 1 row starts).
    std::span<const std::uint32_t> sourceRowStarts() const;
    std::span<const Vertex> allSources() const;
    std::span<const double> allSourceWeights() const { return m_arcWeight; }
    std::uint32_t inDegree(Vertex v) const { return static_cast<std::uint32_t>(sources(v).size()); }
    std::uint32_t outDegree(Vertex v) const { return m_outDegree[v]; }
    /// Sum of the weights of v's outgoing arcs (0 for a dangling vertex).
    double outStrength(Vertex v) const { return m_outStrength[v]; }

    /// The Boost.Graph form, for the algorithms in this folder (see bglgraph.h).
    const detail::BglGraphs& bgl() const { return *m_bgl; }

private:
    friend class InteractionGraphBuilder;

    GraphFilter m_filter;
    std::vector<Index> m_member;
    std::unique_ptr<detail::BglGraphs> m_bgl;
    std::vector<double> m_weight; ///< by edge index of the undirected CSR
    std::vector<double> m_arcWeight; ///< by edge index of the incoming CSR
    std::vector<InteractionTypeMask> m_arcTypes; ///< by edge index of the incoming CSR
    std::vector<std::uint32_t> m_outDegree;
    std::vector<double> m_outStrength;
    const Vertex* m_neighbourBase = nullptr;
    const Vertex* m_sourceBase = nullptr;
    std::uint64_t m_edgeCount = 0;
    std::uint64_t m_interactionCount = 0;
    double m_totalWeight = 0;
};

/// Builds the interaction graph of the interactions that `filter` keeps. O(I log d) for I
/// interactions and d the largest number of interactions sent by one member. Errors: cancelled
/// through `control`, or a graph too large for 32-bit edge indices.
[[nodiscard]] Result<InteractionGraph> buildInteractionGraph(
    const Community& community, const GraphFilter& filter, const TaskControl& control = {});

} // namespace kinsight::core
