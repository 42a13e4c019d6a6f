#include "core/graph/clustering.h"

#include "core/util/parallel.h"

namespace kinsight::core {

// Why not boost::clustering_coefficient: it tests every pair of a vertex's neighbours with an
// edge lookup, Θ(d²) per vertex, and a community hub with 50,000 followers alone costs 1.25e9
// lookups. Orienting each edge from the lower- to the higher-ranked end (rank = degree, then
// vertex) bounds every out-list by √(2m) and lists each triangle exactly once (Chiba &
// Nishizeki 1985; Latapy 2008, "compact-forward").
ClusteringResult computeClustering(const InteractionGraph& graph, int threads, const TaskControl& control)
{
    ClusteringResult result;
    const Vertex n = graph.vertexCount();
    result.triangles.assign(n, 0);
    result.local.assign(n, 0.0);
    if (n == 0)
        return result;

    auto ranksBelow = [&graph](Vertex a, Vertex b) {
        const std::uint32_t da = graph.degree(a), db = graph.degree(b);
        return da < db || (da == db && a < b);
    };
    std::vector<std::uint32_t> forwardStart(static_cast<size_t>(n) + 1, 0);
    for (Vertex v = 0; v < n; ++v) {
        std::uint32_t count = 0;
        for (const Vertex u : graph.neighbours(v))
            count += ranksBelow(v, u);
        forwardStart[v + 1] = forwardStart[v] + count;
    }
    std::vector<Vertex> forward(forwardStart[n]);
    for (Vertex v = 0; v < n; ++v) {
        std::uint32_t pos = forwardStart[v];
        for (const Vertex u : graph.neighbours(v)) {
            if (ranksBelow(v, u))
                forward[pos++] = u;
        }
    }
    if (control.stopRequested())
        throw Cancelled {};

    const unsigned workers = detail::threadCount(threads);
    const size_t blocks = std::clamp<size_t>(n / 2048, 1, 512);
    std::vector<std::vector<std::uint64_t>> counts(workers);
    std::vector<std::vector<Vertex>> marks(workers);
    std::atomic<size_t> blocksDone { 0 };
    detail::parallelWorkers(workers, blocks, [&](unsigned worker, size_t block) {
        std::vector<std::uint64_t>& t = counts[worker];
        std::vector<Vertex>& mark = marks[worker];
        if (t.empty()) {
            t.assign(n, 0);
            mark.assign(n, noVertex);
        }
        const auto [begin, end] = detail::blockRange(n, blocks, block);
        for (size_t i = begin; i < end; ++i) {
            const auto u = static_cast<Vertex>(i);
            for (std::uint32_t a = forwardStart[u]; a < forwardStart[u + 1]; ++a)
                mark[forward[a]] = u;
            for (std::uint32_t a = forwardStart[u]; a < forwardStart[u + 1]; ++a) {
                const Vertex v = forward[a];
                for (std::uint32_t b = forwardStart[v]; b < forwardStart[v + 1]; ++b) {
                    const Vertex w = forward[b];
                    if (mark[w] == u) {
                        ++t[u];
                        ++t[v];
                        ++t[w];
                    }
                }
            }
        }
        const size_t finished = ++blocksDone;
        if (control.stopRequested())
            throw Cancelled {};
        if (worker == 0)
            control.progress(static_cast<double>(finished) / static_cast<double>(blocks));
    });

    std::uint64_t tripleTwice = 0, triangleTwice = 0;
    double sum = 0;
    for (Vertex v = 0; v < n; ++v) {
        std::uint64_t t = 0;
        for (const auto& c : counts) {
            if (!c.empty())
                t += c[v];
        }
        result.triangles[v] = t;
        const std::uint64_t d = graph.degree(v);
        // The same integer numerator and denominator as NetworkX (2T and d(d − 1)), so the one
        // rounding of the division gives the identical double.
        if (t > 0)
            result.local[v] = static_cast<double>(2 * t) / static_cast<double>(d * (d - 1));
        sum += result.local[v];
        triangleTwice += 2 * t;
        tripleTwice += d * (d - 1);
    }
    result.average = sum / static_cast<double>(n);
    result.triangleCount = triangleTwice / 6;
    result.connectedTriples = tripleTwice / 2;
    result.transitivity
        = triangleTwice == 0 ? 0.0 : static_cast<double>(triangleTwice) / static_cast<double>(tripleTwice);
    return result;
}

} // namespace kinsight::core
