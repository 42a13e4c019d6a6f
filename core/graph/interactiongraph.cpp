#include "core/graph/interactiongraph.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <new>
#include <utility>

#include "core/graph/bglgraph.h"

namespace kinsight::core {

std::optional<InteractionTypeMask> parseInteractionTypes(std::string_view list)
{
    InteractionTypeMask mask = 0;
    while (!list.empty()) {
        const size_t comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
            item.remove_prefix(1);
        while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back())))
            item.remove_suffix(1);
        std::string lower(item);
        std::transform(lower.begin(), lower.end(), lower.begin(),
            [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        if (lower == "all") {
            mask = allInteractionTypes;
            continue;
        }
        const std::optional<InteractionType> type = parseInteractionType(lower);
        if (!type)
            return std::nullopt;
        mask |= typeBit(*type);
    }
    if (mask == 0)
        return std::nullopt;
    return mask;
}

std::string formatInteractionTypes(InteractionTypeMask types)
{
    if ((types & allInteractionTypes) == allInteractionTypes)
        return "all";
    std::string text;
    for (int i = 0; i < interactionTypeCount; ++i) {
        const auto type = static_cast<InteractionType>(i);
        if (types & typeBit(type)) {
            if (!text.empty())
                text += ',';
            text += toString(type);
        }
    }
    return text;
}

Timestamp networkEnd(const Community& community)
{
    Timestamp end = community.dataEnd;
    for (const Timestamp t : community.interactions.occurredAt)
        end = std::max(end, t);
    return end;
}

TimeWindow lastDays(const Community& community, int days)
{
    const Timestamp end = networkEnd(community);
    if (days <= 0 || end == noTimestamp)
        return {};
    const TimeZone& zone = community.timeZone;
    const Day endDay = zone.dayOf(end);
    return { zone.startOfDay(endDay - days + 1), zone.startOfDay(endDay + 1) };
}

InteractionGraph::InteractionGraph() = default;
InteractionGraph::~InteractionGraph() = default;
InteractionGraph::InteractionGraph(InteractionGraph&&) noexcept = default;
InteractionGraph& InteractionGraph::operator=(InteractionGraph&&) noexcept = default;

Vertex InteractionGraph::vertexOf(Index member) const
{
    const auto it = std::lower_bound(m_member.begin(), m_member.end(), member);
    if (it == m_member.end() || *it != member)
        return noVertex;
    return static_cast<Vertex>(it - m_member.begin());
}

std::span<const Vertex> InteractionGraph::neighbours(Vertex v) const
{
    const auto [begin, end] = boost::adjacent_vertices(v, m_bgl->undirected);
    return { std::to_address(begin), static_cast<size_t>(end - begin) };
}

std::span<const double> InteractionGraph::weights(Vertex v) const
{
    const std::span<const Vertex> n = neighbours(v);
    return { m_weight.data() + (n.data() - m_neighbourBase), n.size() };
}

double InteractionGraph::strength(Vertex v) const
{
    double sum = 0;
    for (const double w : weights(v))
        sum += w;
    return sum;
}

std::span<const Vertex> InteractionGraph::sources(Vertex v) const
{
    const auto [begin, end] = boost::adjacent_vertices(v, m_bgl->incoming);
    return { std::to_address(begin), static_cast<size_t>(end - begin) };
}

std::span<const double> InteractionGraph::sourceWeights(Vertex v) const
{
    const std::span<const Vertex> s = sources(v);
    return { m_arcWeight.data() + (s.data() - m_sourceBase), s.size() };
}

std::span<const std::uint32_t> InteractionGraph::sourceRowStarts() const
{
    return m_bgl->incoming.m_forward.m_rowstart;
}

std::span<const Vertex> InteractionGraph::allSources() const
{
    return m_bgl->incoming.m_forward.m_column;
}

std::span<const InteractionTypeMask> InteractionGraph::sourceTypes(Vertex v) const
{
    const std::span<const Vertex> s = sources(v);
    return { m_arcTypes.data() + (s.data() - m_sourceBase), s.size() };
}

namespace {

// Walks CSR arrays (row starts, columns) as the (source, target) pairs that Boost's
// edges_are_sorted constructor reads, so no pair vector of the whole graph is materialised.
class CsrPairIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::pair<Vertex, Vertex>;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = const value_type&;

    CsrPairIterator(const std::vector<std::uint32_t>& rowStart, const std::vector<Vertex>& column, std::uint32_t edge)
        : m_rowStart(&rowStart)
        , m_column(&column)
        , m_edge(edge)
    { }
    reference operator*() const
    {
        settle();
        return m_pair;
    }
    pointer operator->() const
    {
        settle();
        return &m_pair;
    }
    CsrPairIterator& operator++()
    {
        ++m_edge;
        return *this;
    }
    CsrPairIterator operator++(int)
    {
        CsrPairIterator old = *this;
        ++m_edge;
        return old;
    }
    bool operator==(const CsrPairIterator& other) const { return m_edge == other.m_edge; }
    bool operator!=(const CsrPairIterator& other) const { return m_edge != other.m_edge; }

private:
    void settle() const
    {
        while ((*m_rowStart)[m_row + 1] <= m_edge)
            ++m_row;
        m_pair = { m_row, (*m_column)[m_edge] };
    }

    const std::vector<std::uint32_t>* m_rowStart;
    const std::vector<Vertex>* m_column;
    std::uint32_t m_edge;
    mutable Vertex m_row = 0;
    mutable value_type m_pair;
};

detail::CsrGraph makeCsr(const std::vector<std::uint32_t>& rowStart, const std::vector<Vertex>& column)
{
    const auto vertices = static_cast<Vertex>(rowStart.size() - 1);
    const auto edges = static_cast<std::uint32_t>(column.size());
    return detail::CsrGraph(boost::edges_are_sorted, CsrPairIterator(rowStart, column, 0),
        CsrPairIterator(rowStart, column, edges), vertices, edges);
}

constexpr std::uint64_t maxEdgeEntries = std::numeric_limits<std::uint32_t>::max() - 1;

} // namespace

class InteractionGraphBuilder {
public:
    InteractionGraphBuilder(const Community& community, const GraphFilter& filter, const TaskControl& control)
        : m_c(community)
        , m_filter(filter)
        , m_control(control)
    { }

    Result<InteractionGraph> build()
    {
        InteractionGraph g;
        g.m_filter = m_filter;
        const InteractionTable& it = m_c.interactions;
        const auto memberCount = static_cast<size_t>(m_c.memberCount());

        // Pass 1: which members take part, so vertices can be numbered in member order.
        std::vector<Vertex> vertexOfMember(memberCount, noVertex);
        std::uint64_t kept = 0;
        for (size_t row = 0; row < it.from.size(); ++row) {
            if (!keep(row))
                continue;
            vertexOfMember[static_cast<size_t>(it.from[row])] = 0;
            vertexOfMember[static_cast<size_t>(it.to[row])] = 0;
            ++kept;
        }
        g.m_interactionCount = kept;
        for (size_t m = 0; m < memberCount; ++m) {
            if (vertexOfMember[m] != noVertex) {
                vertexOfMember[m] = static_cast<Vertex>(g.m_member.size());
                g.m_member.push_back(static_cast<Index>(m));
            }
        }
        const Vertex n = g.vertexCount();
        checkStop();
        m_control.progress(0.1);

        // Pass 2: arcs, grouped by source. The table is sorted by sender, so each member's sent
        // interactions are one contiguous run: sort that run by target and merge duplicates.
        struct Arc {
            Vertex to;
            double weight;
            InteractionTypeMask types;
        };
        std::vector<std::uint32_t> outStart(static_cast<size_t>(n) + 1, 0);
        std::vector<Vertex> arcTarget;
        std::vector<double> arcWeight;
        std::vector<InteractionTypeMask> arcTypes;
        arcTarget.reserve(kept);
        arcWeight.reserve(kept);
        arcTypes.reserve(kept);
        g.m_outDegree.assign(n, 0);
        g.m_outStrength.assign(n, 0.0);
        std::vector<Arc> run;
        for (Vertex u = 0; u < n; ++u) {
            if ((u & 0xffff) == 0)
                checkStop();
            run.clear();
            for (const Index row : m_c.interactionsFrom(g.m_member[u])) {
                const auto r = static_cast<size_t>(row);
                if (keep(r))
                    run.push_back({ vertexOfMember[static_cast<size_t>(it.to[r])], it.weight[r], typeBit(it.type[r]) });
            }
            std::sort(run.begin(), run.end(), [](const Arc& a, const Arc& b) { return a.to < b.to; });
            double strength = 0;
            for (size_t i = 0; i < run.size();) {
                Arc merged = run[i];
                for (++i; i < run.size() && run[i].to == merged.to; ++i) {
                    merged.weight += run[i].weight;
                    merged.types |= run[i].types;
                }
                arcTarget.push_back(merged.to);
                arcWeight.push_back(merged.weight);
                arcTypes.push_back(merged.types);
                strength += merged.weight;
            }
            outStart[u + 1] = static_cast<std::uint32_t>(arcTarget.size());
            g.m_outDegree[u] = outStart[u + 1] - outStart[u];
            g.m_outStrength[u] = strength;
        }
        if (arcTarget.size() > maxEdgeEntries / 2)
            return Error { "the interaction graph has too many edges for 32-bit edge indices",
                { "graph.too_many_edges", {} } };
        m_control.progress(0.4);

        // The incoming CSR: a counting sort of the arcs by target. Sources are visited in
        // ascending order, so every row comes out sorted.
        std::vector<std::uint32_t> inStart(static_cast<size_t>(n) + 1, 0);
        for (const Vertex v : arcTarget)
            ++inStart[v + 1];
        for (Vertex v = 0; v < n; ++v)
            inStart[v + 1] += inStart[v];
        std::vector<Vertex> inSource(arcTarget.size());
        g.m_arcWeight.resize(arcTarget.size());
        g.m_arcTypes.resize(arcTarget.size());
        {
            std::vector<std::uint32_t> cursor(inStart.begin(), inStart.end() - 1);
            for (Vertex u = 0; u < n; ++u) {
                for (std::uint32_t a = outStart[u]; a < outStart[u + 1]; ++a) {
                    const std::uint32_t pos = cursor[arcTarget[a]]++;
                    inSource[pos] = u;
                    g.m_arcWeight[pos] = arcWeight[a];
                    g.m_arcTypes[pos] = arcTypes[a];
                }
            }
        }
        arcTypes = {};
        checkStop();
        m_control.progress(0.55);

        // The undirected graph: row v is the sorted union of v's targets and v's sources, the
        // weights of a pair present both ways summed.
        std::vector<std::uint32_t> undStart(static_cast<size_t>(n) + 1, 0);
        for (Vertex v = 0; v < n; ++v) {
            std::uint32_t a = outStart[v], b = inStart[v], size = 0;
            while (a < outStart[v + 1] || b < inStart[v + 1]) {
                if (b == inStart[v + 1] || (a < outStart[v + 1] && arcTarget[a] < inSource[b]))
                    ++a;
                else if (a == outStart[v + 1] || inSource[b] < arcTarget[a])
                    ++b;
                else
                    ++a, ++b;
                ++size;
            }
            undStart[v + 1] = undStart[v] + size;
        }
        std::vector<Vertex> undColumn(undStart[n]);
        g.m_weight.resize(undStart[n]);
        double total = 0;
        for (Vertex v = 0; v < n; ++v) {
            std::uint32_t a = outStart[v], b = inStart[v], pos = undStart[v];
            while (a < outStart[v + 1] || b < inStart[v + 1]) {
                if (b == inStart[v + 1] || (a < outStart[v + 1] && arcTarget[a] < inSource[b])) {
                    undColumn[pos] = arcTarget[a];
                    g.m_weight[pos] = arcWeight[a++];
                } else if (a == outStart[v + 1] || inSource[b] < arcTarget[a]) {
                    undColumn[pos] = inSource[b];
                    g.m_weight[pos] = g.m_arcWeight[b++];
                } else {
                    undColumn[pos] = arcTarget[a];
                    g.m_weight[pos] = arcWeight[a++] + g.m_arcWeight[b++];
                }
                total += g.m_weight[pos];
                ++pos;
            }
        }
        g.m_edgeCount = undColumn.size() / 2;
        g.m_totalWeight = total / 2;
        arcTarget = {};
        arcWeight = {};
        outStart = {};
        checkStop();
        m_control.progress(0.8);

        g.m_bgl = std::make_unique<detail::BglGraphs>(
            detail::BglGraphs { makeCsr(undStart, undColumn), makeCsr(inStart, inSource) });
        if (n > 0) {
            g.m_neighbourBase = std::to_address(boost::adjacent_vertices(Vertex(0), g.m_bgl->undirected).first);
            g.m_sourceBase = std::to_address(boost::adjacent_vertices(Vertex(0), g.m_bgl->incoming).first);
        }
        m_control.progress(1.0);
        return g;
    }

private:
    bool keep(size_t row) const
    {
        const InteractionTable& it = m_c.interactions;
        return it.from[row] != it.to[row] && (m_filter.types & typeBit(it.type[row]))
            && m_filter.window.contains(it.occurredAt[row]);
    }
    void checkStop() const
    {
        if (m_control.stopRequested())
            throw Cancelled {};
    }

    const Community& m_c;
    const GraphFilter& m_filter;
    const TaskControl& m_control;
};

Result<InteractionGraph> buildInteractionGraph(
    const Community& community, const GraphFilter& filter, const TaskControl& control)
{
    try {
        return InteractionGraphBuilder(community, filter, control).build();
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory for the interaction graph", { "graph.out_of_memory", {} } };
    }
}

} // namespace kinsight::core
