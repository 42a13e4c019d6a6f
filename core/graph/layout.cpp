#include "core/graph/layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace kinsight::core {

NeighbourhoodLayout layoutNeighbourhood(const GraphMetrics& metrics, std::span<const Vertex> centres,
    const LayoutOptions& options, const TaskControl& control)
{
    NeighbourhoodLayout layout;
    const InteractionGraph& g = *metrics.graph;
    // A few hundred nodes: a hash map from vertex to node index is cheaper than an n-sized array.
    std::unordered_map<Vertex, std::uint32_t> index;
    auto add = [&](Vertex v, bool centre) {
        const auto [it, inserted] = index.emplace(v, static_cast<std::uint32_t>(layout.nodes.size()));
        if (inserted)
            layout.nodes.push_back({ v, 0, 0, centre });
        else if (centre)
            layout.nodes[it->second].centre = true;
    };
    for (const Vertex c : centres) {
        if (c < g.vertexCount())
            add(c, true);
    }
    const size_t centreCount = layout.nodes.size();
    for (size_t i = 0; i < centreCount; ++i) {
        const Vertex c = layout.nodes[i].vertex;
        const auto nb = g.neighbours(c);
        const auto w = g.weights(c);
        std::vector<std::uint32_t> order(nb.size());
        std::iota(order.begin(), order.end(), 0u);
        const size_t keep = std::min<size_t>(order.size(), options.neighboursPerCentre);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return w[a] != w[b] ? w[a] > w[b] : nb[a] < nb[b]; });
        for (size_t k = 0; k < keep; ++k)
            add(nb[order[k]], false);
    }
    for (std::uint32_t a = 0; a < layout.nodes.size(); ++a) {
        const auto nb = g.neighbours(layout.nodes[a].vertex);
        const auto w = g.weights(layout.nodes[a].vertex);
        for (size_t k = 0; k < nb.size(); ++k) {
            const auto it = index.find(nb[k]);
            if (it != index.end() && a < it->second)
                layout.edges.push_back({ a, it->second, w[k] });
        }
    }

    const size_t n = layout.nodes.size();
    if (n == 0)
        return layout;
    // Seeded start on the unit square (SplitMix64-style mixing of seed and node index).
    auto unit = [&](std::uint64_t i) {
        std::uint64_t z = options.seed * 0x9e3779b97f4a7c15ULL + i * 0xbf58476d1ce4e5b9ULL + 0x94d049bb133111ebULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) / 9007199254740992.0 * 2.0 - 1.0;
    };
    std::vector<double> x(n), y(n), dx(n), dy(n);
    for (size_t i = 0; i < n; ++i) {
        x[i] = unit(2 * i);
        y[i] = unit(2 * i + 1);
    }
    const double k = std::sqrt(4.0 / static_cast<double>(n)); // ideal distance on a 2×2 square
    double temperature = 0.2;
    const double cooling = temperature / std::max(1, options.iterations);
    for (int it = 0; it < options.iterations; ++it) {
        if ((it & 15) == 0 && control.stopRequested())
            throw Cancelled {};
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = i + 1; j < n; ++j) {
                const double ddx = x[i] - x[j], ddy = y[i] - y[j];
                const double d2 = std::max(ddx * ddx + ddy * ddy, 1e-12);
                const double f = k * k / d2; // repulsion k²/d, along the unit vector (÷ d)
                dx[i] += ddx * f;
                dy[i] += ddy * f;
                dx[j] -= ddx * f;
                dy[j] -= ddy * f;
            }
        }
        for (const LayoutEdge& e : layout.edges) {
            const double ddx = x[e.a] - x[e.b], ddy = y[e.a] - y[e.b];
            const double d = std::sqrt(ddx * ddx + ddy * ddy);
            const double f = d / k; // attraction d²/k, along the unit vector (÷ d)
            dx[e.a] -= ddx * f;
            dy[e.a] -= ddy * f;
            dx[e.b] += ddx * f;
            dy[e.b] += ddy * f;
        }
        for (size_t i = 0; i < n; ++i) {
            const double len = std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                const double step = std::min(len, temperature) / len;
                x[i] += dx[i] * step;
                y[i] += dy[i] * step;
            }
        }
        temperature = std::max(temperature - cooling, 1e-4);
        control.progress(static_cast<double>(it + 1) / options.iterations);
    }
    // Centre the drawing and scale it into [-1, 1] keeping the aspect ratio.
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    const double cx = (*minX + *maxX) / 2, cy = (*minY + *maxY) / 2;
    const double half = std::max({ (*maxX - *minX) / 2, (*maxY - *minY) / 2, 1e-12 });
    for (size_t i = 0; i < n; ++i) {
        layout.nodes[i].x = n == 1 ? 0.0 : (x[i] - cx) / half;
        layout.nodes[i].y = n == 1 ? 0.0 : (y[i] - cy) / half;
    }
    return layout;
}

} // namespace kinsight::core
