#include "core/graph/communities.h"

#include <algorithm>
#include <numeric>

#include <boost/graph/connected_components.hpp>

#include "core/graph/bglgraph.h"

namespace kinsight::core {

namespace {

/// Renumbers labels 0..count-1 by group size (largest first), ties by the smallest member.
std::uint32_t renumberBySize(std::vector<std::uint32_t>& label, std::uint32_t count)
{
    std::vector<Vertex> size(count, 0), first(count, noVertex);
    for (Vertex v = 0; v < label.size(); ++v) {
        ++size[label[v]];
        first[label[v]] = std::min(first[label[v]], v);
    }
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
        [&](std::uint32_t a, std::uint32_t b) { return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b]; });
    std::vector<std::uint32_t> newLabel(count);
    std::uint32_t used = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (size[order[i]] > 0)
            newLabel[order[i]] = used++;
    }
    for (std::uint32_t& l : label)
        l = newLabel[l];
    return used;
}

/// One level of the Louvain hierarchy: a weighted graph whose self-loops are kept apart.
struct LevelGraph {
    std::vector<std::uint32_t> start; ///< n + 1
    std::vector<std::uint32_t> neighbour;
    std::vector<double> weight;
    std::vector<double> selfLoop; ///< weight inside the node, both orders counted (Σ_{i,j∈node} A_ij)
    std::vector<double> strength; ///< Σ_j A_ij, self-loop included

    std::uint32_t size() const { return static_cast<std::uint32_t>(selfLoop.size()); }
};

LevelGraph levelFromGraph(const InteractionGraph& graph)
{
    const Vertex n = graph.vertexCount();
    LevelGraph g;
    g.start.resize(static_cast<size_t>(n) + 1, 0);
    for (Vertex v = 0; v < n; ++v)
        g.start[v + 1] = g.start[v] + graph.degree(v);
    g.neighbour.reserve(g.start[n]);
    g.weight.reserve(g.start[n]);
    g.selfLoop.assign(n, 0.0);
    g.strength.assign(n, 0.0);
    for (Vertex v = 0; v < n; ++v) {
        const auto nb = graph.neighbours(v);
        const auto w = graph.weights(v);
        g.neighbour.insert(g.neighbour.end(), nb.begin(), nb.end());
        g.weight.insert(g.weight.end(), w.begin(), w.end());
        g.strength[v] = std::accumulate(w.begin(), w.end(), 0.0);
    }
    return g;
}

} // namespace

ComponentsResult computeComponents(const InteractionGraph& graph)
{
    ComponentsResult result;
    const Vertex n = graph.vertexCount();
    result.component.assign(n, 0);
    if (n == 0)
        return result;
    // The CSR graph is formally directed (each undirected edge stored both ways), which is why
    // the overload without named parameters is used: it does not insist on undirected_tag, and a
    // depth-first search over a symmetric adjacency finds exactly the undirected components.
    const auto count = boost::connected_components(graph.bgl().undirected,
        boost::make_iterator_property_map(
            result.component.begin(), boost::get(boost::vertex_index, graph.bgl().undirected)));
    result.count = renumberBySize(result.component, static_cast<std::uint32_t>(count));
    for (const std::uint32_t c : result.component)
        result.largestSize += c == 0;
    return result;
}

CommunitiesResult detectCommunities(
    const InteractionGraph& graph, const LouvainOptions& options, const TaskControl& control)
{
    CommunitiesResult result;
    const Vertex n = graph.vertexCount();
    result.community.resize(n);
    std::iota(result.community.begin(), result.community.end(), 0u);
    result.count = n;
    if (n == 0 || graph.totalWeight() <= 0)
        return result;

    LevelGraph g = levelFromGraph(graph);
    const double twoM = 2.0 * graph.totalWeight();
    const double gamma = options.resolution;

    for (int level = 0; level < options.maxLevels; ++level) {
        const std::uint32_t size = g.size();
        std::vector<std::uint32_t> community(size);
        std::iota(community.begin(), community.end(), 0u);
        std::vector<double> total(g.strength);
        std::vector<double> linkTo(size, 0.0);
        std::vector<std::uint32_t> touched;
        // Only a node some neighbour of which moved is looked at again (all of them in the first
        // sweep): a node none of whose neighbours changed community has the same best choice
        // as before (Ozaki, Tezuka and Inaba 2016, "A simple acceleration method for the Louvain
        // algorithm"). At a million members the later sweeps of the first level move a few
        // thousand nodes out of 569,433, and each of them was a full pass.
        std::vector<char> pending(size, 1);
        bool movedAny = false;
        for (int sweep = 0; sweep < options.maxSweeps; ++sweep) {
            std::uint32_t moves = 0;
            double gainSum = 0; // Σ (gain of the new community − gain of staying), over the moves
            for (std::uint32_t i = 0; i < size; ++i) {
                if ((i & 0xffff) == 0 && control.stopRequested())
                    throw Cancelled {};
                if (!pending[i])
                    continue;
                pending[i] = 0;
                const std::uint32_t own = community[i];
                const double ki = g.strength[i];
                touched.clear();
                touched.push_back(own);
                linkTo[own] = 0;
                for (std::uint32_t e = g.start[i]; e < g.start[i + 1]; ++e) {
                    const std::uint32_t c = community[g.neighbour[e]];
                    if (linkTo[c] == 0 && c != own)
                        touched.push_back(c);
                    linkTo[c] += g.weight[e];
                }
                total[own] -= ki;
                // Gain of joining c, relative to staying alone: k_i,c − γ Σ_tot(c) k_i / 2m.
                std::uint32_t best = own;
                const double stayGain = linkTo[own] - gamma * total[own] * ki / twoM;
                double bestGain = stayGain;
                for (const std::uint32_t c : touched) {
                    const double gain = linkTo[c] - gamma * total[c] * ki / twoM;
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = c;
                    }
                }
                for (const std::uint32_t c : touched)
                    linkTo[c] = 0;
                total[best] += ki;
                if (best != own) {
                    community[i] = best;
                    ++moves;
                    gainSum += bestGain - stayGain;
                    for (std::uint32_t e = g.start[i]; e < g.start[i + 1]; ++e) {
                        if (community[g.neighbour[e]] != best)
                            pending[g.neighbour[e]] = 1;
                    }
                }
            }
            if (moves == 0)
                break;
            movedAny = true;
            // The modularity the sweep gained: moving node i from A to B changes it by
            // 2 (gain_B − gain_A) / 2m.
            if (2.0 * gainSum / twoM < options.minGain)
                break;
        }
        result.levels = level + 1;
        if (!movedAny)
            break;

        // Renumber this level's communities densely, compose the vertex mapping, aggregate.
        std::vector<std::uint32_t> dense(size, noVertex);
        std::uint32_t count = 0;
        for (std::uint32_t i = 0; i < size; ++i) {
            if (dense[community[i]] == noVertex)
                dense[community[i]] = count++;
        }
        for (std::uint32_t i = 0; i < size; ++i)
            community[i] = dense[community[i]];
        for (std::uint32_t& c : result.community)
            c = community[c];

        std::vector<std::uint32_t> memberStart(static_cast<size_t>(count) + 1, 0);
        for (const std::uint32_t c : community)
            ++memberStart[c + 1];
        for (std::uint32_t c = 0; c < count; ++c)
            memberStart[c + 1] += memberStart[c];
        std::vector<std::uint32_t> members(size);
        {
            std::vector<std::uint32_t> cursor(memberStart.begin(), memberStart.end() - 1);
            for (std::uint32_t i = 0; i < size; ++i)
                members[cursor[community[i]]++] = i;
        }
        LevelGraph next;
        next.start.assign(static_cast<size_t>(count) + 1, 0);
        next.selfLoop.assign(count, 0.0);
        next.strength.assign(count, 0.0);
        for (std::uint32_t c = 0; c < count; ++c) {
            touched.clear();
            for (std::uint32_t m = memberStart[c]; m < memberStart[c + 1]; ++m) {
                const std::uint32_t i = members[m];
                next.selfLoop[c] += g.selfLoop[i];
                next.strength[c] += g.strength[i];
                for (std::uint32_t e = g.start[i]; e < g.start[i + 1]; ++e) {
                    const std::uint32_t d = community[g.neighbour[e]];
                    if (d == c) {
                        next.selfLoop[c] += g.weight[e];
                        continue;
                    }
                    if (linkTo[d] == 0)
                        touched.push_back(d);
                    linkTo[d] += g.weight[e];
                }
            }
            std::sort(touched.begin(), touched.end());
            for (const std::uint32_t d : touched) {
                next.neighbour.push_back(d);
                next.weight.push_back(linkTo[d]);
                linkTo[d] = 0;
            }
            next.start[c + 1] = static_cast<std::uint32_t>(next.neighbour.size());
        }
        g = std::move(next);
        control.progress(std::min(1.0, 0.5 + 0.1 * level));
        if (count == size)
            break;
    }

    result.count = renumberBySize(result.community, result.count);
    result.modularity = modularity(graph, result.community, gamma);
    return result;
}

double modularity(const InteractionGraph& graph, std::span<const std::uint32_t> community, double resolution)
{
    const Vertex n = graph.vertexCount();
    if (n == 0 || graph.totalWeight() <= 0)
        return 0;
    std::uint32_t count = 0;
    for (const std::uint32_t c : community)
        count = std::max(count, c + 1);
    std::vector<double> inside(count, 0.0), total(count, 0.0);
    for (Vertex v = 0; v < n; ++v) {
        const auto nb = graph.neighbours(v);
        const auto w = graph.weights(v);
        for (size_t i = 0; i < nb.size(); ++i) {
            total[community[v]] += w[i];
            if (community[nb[i]] == community[v])
                inside[community[v]] += w[i];
        }
    }
    const double twoM = 2.0 * graph.totalWeight();
    double q = 0;
    for (std::uint32_t c = 0; c < count; ++c)
        q += inside[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
    return q;
}

} // namespace kinsight::core
