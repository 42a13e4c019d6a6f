#include "networkview.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace kinsight::core {

namespace {

/// Four floats as one value: the compiler maps it to the machine's vector registers (SSE on
/// x86-64, NEON on ARM) or to plain scalars where there are none.
typedef float Float4 __attribute__((vector_size(16)));

/// Fruchterman–Reingold repulsion, k²/d along each pair's direction (d² kept off zero by a
/// millionth), summed into (dx, dy) for
/// every node against every other. Each node's sum runs over all nodes four at a time (the
/// node itself adds nothing: its offset is zero); the drawing's positions need no more than
/// float precision. Most of a re-layout's time is here: n² pairs for each of its iterations.
void repel(const std::vector<double>& x, const std::vector<double>& y, double kk, std::vector<double>& dx,
    std::vector<double>& dy)
{
    const size_t n = x.size();
    const size_t blocks = n / 4;
    std::vector<Float4> xs(blocks), ys(blocks);
    for (size_t b = 0; b < blocks; ++b) {
        for (size_t l = 0; l < 4; ++l) {
            xs[b][l] = static_cast<float>(x[b * 4 + l]);
            ys[b][l] = static_cast<float>(y[b * 4 + l]);
        }
    }
    const float k2 = static_cast<float>(kk);
    const Float4 floor = { 1e-6f, 1e-6f, 1e-6f, 1e-6f };
    const Float4 k2s = { k2, k2, k2, k2 };
    for (size_t i = 0; i < n; ++i) {
        const auto xi = static_cast<float>(x[i]), yi = static_cast<float>(y[i]);
        const Float4 xi4 = { xi, xi, xi, xi }, yi4 = { yi, yi, yi, yi };
        Float4 ax = {}, ay = {};
        for (size_t b = 0; b < blocks; ++b) {
            const Float4 ddx = xi4 - xs[b], ddy = yi4 - ys[b];
            const Float4 f = k2s / (ddx * ddx + ddy * ddy + floor);
            ax += ddx * f;
            ay += ddy * f;
        }
        float sx = ax[0] + ax[1] + ax[2] + ax[3], sy = ay[0] + ay[1] + ay[2] + ay[3];
        for (size_t j = blocks * 4; j < n; ++j) {
            const float ddx = xi - static_cast<float>(x[j]), ddy = yi - static_cast<float>(y[j]);
            const float f = k2 / (ddx * ddx + ddy * ddy + 1e-6f);
            sx += ddx * f;
            sy += ddy * f;
        }
        dx[i] += sx;
        dy[i] += sy;
    }
}

} // namespace

NetworkView layoutNetwork(const GraphMetrics& metrics, const LeaderRanking& ranking, const NetworkViewOptions& options,
    const TaskControl& control)
{
    NetworkView view;
    if (!metrics.graph || metrics.graph->vertexCount() == 0 || ranking.score.empty())
        return view;
    const InteractionGraph& g = *metrics.graph;

    // Centres: the top leaders; when there are too few, the best scores fill in.
    std::vector<Vertex> centres;
    std::unordered_map<std::uint32_t, int> perCommunity;
    auto take = [&](Vertex v) {
        if (static_cast<int>(centres.size()) >= options.leaders || g.degree(v) == 0
            || std::find(centres.begin(), centres.end(), v) != centres.end())
            return;
        const std::uint32_t c = metrics.community.empty() ? 0 : metrics.community[v];
        if (options.centresPerCommunity > 0 && perCommunity[c] >= options.centresPerCommunity)
            return;
        ++perCommunity[c];
        centres.push_back(v);
    };
    for (const Leader& l : ranking.leaders)
        take(l.vertex);
    if (static_cast<int>(centres.size()) < options.leaders) {
        // The best scores in ranking order, as verticesByScore() gives them, but only as many as
        // it takes (a full sort of a million vertices cost ~80 ms per threshold change): the top
        // `wanted` by a partial sort, doubled while the centres are still too few.
        const auto higher = [&](Vertex a, Vertex b) {
            return ranking.score[a] != ranking.score[b] ? ranking.score[a] > ranking.score[b] : a < b;
        };
        std::vector<Vertex> order(ranking.score.size());
        std::iota(order.begin(), order.end(), Vertex(0));
        size_t wanted = std::min(order.size(), static_cast<size_t>(std::max(64, 16 * options.leaders)));
        size_t done = 0;
        while (static_cast<int>(centres.size()) < options.leaders && done < order.size()) {
            std::partial_sort(order.begin() + static_cast<std::ptrdiff_t>(done),
                order.begin() + static_cast<std::ptrdiff_t>(wanted), order.end(), higher);
            for (size_t i = done; i < wanted; ++i)
                take(order[i]);
            done = wanted;
            wanted = std::min(order.size(), wanted * 2);
        }
    }

    std::unordered_map<Vertex, std::uint32_t> position;
    auto addNode = [&](Vertex v, bool centre) {
        auto [it, inserted] = position.try_emplace(v, static_cast<std::uint32_t>(view.nodes.size()));
        if (!inserted)
            return;
        NetworkView::Node node;
        node.vertex = v;
        node.member = g.member(v);
        node.score = ranking.score[v];
        node.community = metrics.community.empty() ? 0 : metrics.community[v];
        node.leader = ranking.isLeader[v] != 0;
        node.centre = centre;
        view.nodes.push_back(node);
    };
    for (Vertex v : centres)
        addNode(v, true);
    for (Vertex c : centres) {
        const auto nb = g.neighbours(c);
        const auto w = g.weights(c);
        std::vector<size_t> order(nb.size());
        std::iota(order.begin(), order.end(), size_t { 0 });
        // Strongest ties first; ties by vertex so the picture is stable.
        std::sort(
            order.begin(), order.end(), [&](size_t a, size_t b) { return w[a] != w[b] ? w[a] > w[b] : nb[a] < nb[b]; });
        const size_t keep = std::min(order.size(), static_cast<size_t>(std::max(0, options.neighboursPerLeader)));
        for (size_t i = 0; i < keep; ++i)
            addNode(nb[order[i]], false);
    }
    for (std::uint32_t i = 0; i < view.nodes.size(); ++i) {
        for (Vertex u : g.neighbours(view.nodes[i].vertex)) {
            const auto it = position.find(u);
            if (it != position.end() && it->second > i)
                view.edges.emplace_back(i, it->second);
        }
    }

    // Fruchterman–Reingold in the unit square, cooling linearly. Start positions from a
    // SplitMix64 stream so the same seed gives the same picture.
    const size_t n = view.nodes.size();
    std::uint64_t state = options.seed;
    auto next = [&state]() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return static_cast<double>((z ^ (z >> 31)) >> 11) / static_cast<double>(1ull << 53);
    };
    std::vector<double> x(n), y(n), dx(n), dy(n);
    for (size_t i = 0; i < n; ++i) {
        x[i] = next() * 2 - 1;
        y[i] = next() * 2 - 1;
    }
    // The ideal edge length of the unit-square layout, a little longer than FR's sqrt(area / n)
    // so that dense neighbourhoods stay readable.
    const double k = 1.5 * std::sqrt(4.0 / static_cast<double>(std::max<size_t>(n, 1)));
    double temperature = 0.2;
    const int iterations = std::max(1, options.iterations);
    for (int it = 0; it < iterations; ++it) {
        if (control.stopRequested())
            throw Cancelled {};
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        repel(x, y, k * k, dx, dy);
        for (const auto& [a, b] : view.edges) {
            const double ddx = x[a] - x[b], ddy = y[a] - y[b];
            const double d = std::max(std::sqrt(ddx * ddx + ddy * ddy), 1e-3);
            const double f = d / k;
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        for (size_t i = 0; i < n; ++i) {
            // Gravity of constant strength towards the centre (as ForceAtlas2's), on the scale of
            // the whole picture's repulsion: separate components stay near instead of drifting
            // apart and squeezing everything else when the picture is normalised.
            const double r = std::sqrt(x[i] * x[i] + y[i] * y[i]);
            if (r > 1e-9) {
                const double g = 0.03 * static_cast<double>(n) * k * k;
                dx[i] -= x[i] / r * g;
                dy[i] -= y[i] / r * g;
            }
            const double len = std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                const double step = std::min(len, temperature);
                x[i] += dx[i] / len * step;
                y[i] += dy[i] / len * step;
            }
        }
        temperature = std::max(0.002, 0.2 * (1.0 - static_cast<double>(it + 1) / iterations));
        control.progress(static_cast<double>(it + 1) / iterations);
    }
    // Normalise into [-1, 1]² keeping the aspect.
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    if (n > 0) {
        minX = *std::min_element(x.begin(), x.end());
        maxX = *std::max_element(x.begin(), x.end());
        minY = *std::min_element(y.begin(), y.end());
        maxY = *std::max_element(y.begin(), y.end());
    }
    const double span = std::max({ maxX - minX, maxY - minY, 1e-9 });
    for (size_t i = 0; i < n; ++i) {
        view.nodes[i].x = static_cast<float>((x[i] - (minX + maxX) / 2) * 2 / span);
        view.nodes[i].y = static_cast<float>((y[i] - (minY + maxY) / 2) * 2 / span);
    }
    return view;
}

} // namespace kinsight::core
