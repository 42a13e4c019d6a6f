#include "core/graph/centrality.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <span>

#include "core/util/parallel.h"

namespace kinsight::core {

namespace {

// Fixed block counts: results combine per-block partial sums in block order, so they are the
// same bit for bit whatever the number of threads.
size_t blockCountFor(size_t n)
{
    return std::clamp<size_t>(n / 4096, 1, 64);
}

void checkStop(const TaskControl& control)
{
    if (control.stopRequested())
        throw Cancelled {};
}

// SplitMix64 (Steele, Lea, Flood 2014): tiny, seedable, identical on every platform, unlike
// the standard distributions whose algorithms differ between library implementations.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound); the modulo bias is below bound / 2^64, negligible here.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

private:
    std::uint64_t m_state;
};

struct BrandesGraph {
    const std::vector<std::uint32_t>& rowStart;
    const std::vector<Vertex>& column;
};

/// Brandes' accumulation from each of `sources` (one lane's share of the pivots): the sum over
/// the sources of every vertex's dependency. One record per vertex keeps everything a visit
/// touches in one cache line.
template <typename Delta, typename Progress>
std::vector<double> brandesLane(const BrandesGraph& g, const std::vector<Vertex>& sources, Progress&& progress)
{
    struct Visit {
        double sigma = 0; ///< shortest paths from the source
        double total = 0; ///< dependencies summed over this lane's sources
        Delta delta = 0; ///< dependency of the current source on this vertex
        std::int32_t dist = -1;
    };
    const size_t n = g.rowStart.size() - 1;
    std::vector<double> result(n, 0.0);
    if (sources.empty())
        return result;
    std::vector<Visit> visit(n);
    std::vector<Vertex> order;
    order.reserve(n);
    const std::uint32_t* rowStart = g.rowStart.data();
    const Vertex* column = g.column.data();
    for (const Vertex s : sources) {
        order.clear();
        order.push_back(s);
        visit[s].dist = 0;
        visit[s].sigma = 1;
        for (size_t head = 0; head < order.size(); ++head) {
            const Vertex v = order[head];
            const std::int32_t dv = visit[v].dist;
            const double sv = visit[v].sigma;
            for (std::uint32_t e = rowStart[v]; e < rowStart[v + 1]; ++e) {
                Visit& w = visit[column[e]];
                if (w.dist < 0) {
                    w.dist = dv + 1;
                    order.push_back(column[e]);
                }
                if (w.dist == dv + 1)
                    w.sigma += sv;
            }
        }
        // Dependencies, farthest first. Predecessors are found again among the neighbours
        // (distance one less) instead of being stored: half the memory traffic of predecessor
        // lists on a million vertices.
        for (size_t i = order.size(); i-- > 1;) {
            Visit& vw = visit[order[i]];
            const double coefficient = (1.0 + static_cast<double>(vw.delta)) / vw.sigma;
            const std::int32_t dw = vw.dist;
            for (std::uint32_t e = rowStart[order[i]]; e < rowStart[order[i] + 1]; ++e) {
                Visit& v = visit[column[e]];
                if (v.dist == dw - 1)
                    v.delta = static_cast<Delta>(static_cast<double>(v.delta) + v.sigma * coefficient);
            }
            vw.total += static_cast<double>(vw.delta);
        }
        for (const Vertex v : order) {
            visit[v].sigma = 0;
            visit[v].delta = 0;
            visit[v].dist = -1;
        }
        progress();
    }
    for (size_t v = 0; v < n; ++v)
        result[v] = visit[v].total;
    return result;
}

} // namespace

PageRankResult computePageRank(
    const InteractionGraph& graph, const PageRankOptions& options, const TaskControl& control)
{
    PageRankResult result;
    const Vertex n = graph.vertexCount();
    if (n == 0)
        return result;
    const double alpha = options.damping;
    const double dn = static_cast<double>(n);
    std::vector<double> x(n, 1.0 / dn), next(n, 0.0), contribution(n, 0.0);
    const size_t blocks = blockCountFor(n);
    const unsigned threads = detail::threadCount(options.threads);
    std::vector<double> danglingPart(blocks), changePart(blocks);
    // The sources of every vertex from the graph's one incoming CSR, rather than through two
    // calls per vertex and iteration.
    const std::span<const std::uint32_t> sourceStart = graph.sourceRowStarts();
    const Vertex* sourceBase = graph.allSources().data();
    const double* weightBase = graph.allSourceWeights().data();
    double smallestChange = std::numeric_limits<double>::infinity();
    int sinceSmallest = 0;

    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        checkStop(control);
        // Phase 1: what each vertex sends along each unit of out weight; dangling mass.
        detail::parallelBlocks(threads, blocks, [&](size_t b) {
            const auto [begin, end] = detail::blockRange(n, blocks, b);
            double dangling = 0;
            for (size_t u = begin; u < end; ++u) {
                const double s = graph.outStrength(static_cast<Vertex>(u));
                if (s > 0)
                    contribution[u] = x[u] / s;
                else {
                    contribution[u] = 0;
                    dangling += x[u];
                }
            }
            danglingPart[b] = dangling;
        });
        const double dangling = std::accumulate(danglingPart.begin(), danglingPart.end(), 0.0);
        const double base = (1.0 - alpha) / dn + alpha * dangling / dn;
        // Phase 2: pull along incoming arcs.
        detail::parallelBlocks(threads, blocks, [&](size_t b) {
            const auto [begin, end] = detail::blockRange(n, blocks, b);
            double change = 0;
            for (size_t v = begin; v < end; ++v) {
                const std::span<const Vertex> src(sourceBase + sourceStart[v], sourceBase + sourceStart[v + 1]);
                const double* w = weightBase + sourceStart[v];
                double sum = 0;
                if (src.size() < 32) {
                    for (size_t i = 0; i < src.size(); ++i)
                        sum += contribution[src[i]] * w[i];
                } else {
                    // A hub adds up hundreds of thousands of terms: compensated (Neumaier)
                    // summation keeps its rounding error at one ulp instead of ~n ulps, which
                    // would otherwise leave the iteration circling above the tolerance.
                    double compensation = 0;
                    for (size_t i = 0; i < src.size(); ++i) {
                        const double term = contribution[src[i]] * w[i];
                        const double t = sum + term;
                        compensation += std::abs(sum) >= std::abs(term) ? (sum - t) + term : (term - t) + sum;
                        sum = t;
                    }
                    sum += compensation;
                }
                next[v] = base + alpha * sum;
                change += std::abs(next[v] - x[v]);
            }
            changePart[b] = change;
        });
        x.swap(next);
        result.iterations = iteration;
        result.lastChange = std::accumulate(changePart.begin(), changePart.end(), 0.0);
        // Progress on a log scale: the change shrinks geometrically from ~1 to the tolerance.
        if (result.lastChange > 0 && options.tolerance > 0)
            control.progress(std::clamp(std::log(result.lastChange) / std::log(options.tolerance), 0.0, 1.0));
        if (result.lastChange < options.tolerance)
            break;
        // Rounding can leave the iteration circling a few ulps around the fixed point with a
        // change just above a very tight tolerance. Once the change is small enough for the
        // contract (distance ≤ change · α / (1 − α) ≤ 1e-10) and has not set a new low for 20
        // iterations, the floor is reached: stop there.
        if (result.lastChange < smallestChange) {
            smallestChange = result.lastChange;
            sinceSmallest = 0;
        } else if (++sinceSmallest >= 20 && result.lastChange * alpha / (1.0 - alpha) <= 1e-10) {
            break;
        }
    }
    const double sum = std::accumulate(x.begin(), x.end(), 0.0);
    for (double& v : x)
        v /= sum;
    result.rank = std::move(x);
    return result;
}

std::int64_t betweennessSampleSize(double epsilon, double delta, Vertex vertexDiameter)
{
    // Riondato & Kornaropoulos (2016), Theorem 1 with c = 0.5 and the VC dimension bound
    // ⌊log₂(VD − 2)⌋ + 1 of their Lemma 2.
    const double vcBound = vertexDiameter > 2 ? std::floor(std::log2(static_cast<double>(vertexDiameter - 2))) + 1 : 1;
    const double r = std::ceil(0.5 / (epsilon * epsilon) * (vcBound + std::log(1.0 / delta)));
    return static_cast<std::int64_t>(std::min(r, 2e9));
}

namespace {

/// One side of the bidirectional BFS.
struct Side {
    std::vector<std::int32_t> dist;
    std::vector<double> sigma;
    std::vector<Vertex> visited, frontier, next;
    std::uint64_t frontierDegree = 0;
    std::int32_t level = 0;

    explicit Side(size_t n)
        : dist(n, -1)
        , sigma(n, 0.0)
    { }
    void start(Vertex root, std::uint64_t degree)
    {
        dist[root] = 0;
        sigma[root] = 1;
        visited.push_back(root);
        frontier.assign(1, root);
        frontierDegree = degree;
        level = 0;
    }
    void clear()
    {
        for (const Vertex v : visited)
            dist[v] = -1;
        visited.clear();
    }
};

double uniform01(SplitMix64& random)
{
    return static_cast<double>(random.next() >> 11) * 0x1.0p-53;
}

/// Samples one shortest path between two vertices of one component uniformly among all of them
/// and counts each of its inner vertices once.
void samplePath(
    const BrandesGraph& g, Vertex u, Vertex v, SplitMix64& random, Side& a, Side& b, std::vector<std::uint32_t>& count)
{
    const std::uint32_t* rowStart = g.rowStart.data();
    const Vertex* column = g.column.data();
    auto degree = [&](Vertex x) { return static_cast<std::uint64_t>(rowStart[x + 1] - rowStart[x]); };
    a.start(u, degree(u));
    b.start(v, degree(v));
    struct Crossing {
        Vertex x, w; ///< x on the expanding side, w on the other
        double paths;
    };
    std::vector<Crossing> crossings;
    Side* expanded = nullptr;
    while (true) {
        // Expand the side whose frontier has fewer edges to look at.
        Side& x = a.frontierDegree <= b.frontierDegree ? a : b;
        Side& y = &x == &a ? b : a;
        x.next.clear();
        std::uint64_t nextDegree = 0;
        const std::int32_t nextLevel = x.level + 1;
        for (const Vertex f : x.frontier) {
            const double sigma = x.sigma[f];
            for (std::uint32_t e = rowStart[f]; e < rowStart[f + 1]; ++e) {
                const Vertex w = column[e];
                if (y.dist[w] >= 0) {
                    crossings.push_back({ f, w, sigma * y.sigma[w] });
                } else if (x.dist[w] < 0) {
                    x.dist[w] = nextLevel;
                    x.sigma[w] = sigma;
                    x.visited.push_back(w);
                    x.next.push_back(w);
                    nextDegree += degree(w);
                } else if (x.dist[w] == nextLevel) {
                    x.sigma[w] += sigma;
                }
            }
        }
        if (!crossings.empty()) {
            expanded = &x;
            break;
        }
        if (x.next.empty())
            break; // no path (the caller checks components first)
        x.frontier.swap(x.next);
        x.frontierDegree = nextDegree;
        x.level = nextLevel;
    }
    if (expanded) {
        Side& x = *expanded;
        Side& y = &x == &a ? b : a;
        // Every shortest path crosses exactly one of these edges, σ_x(f)·σ_y(w) of them each.
        double total = 0;
        for (const Crossing& c : crossings)
            total += c.paths;
        double pick = uniform01(random) * total;
        const Crossing* chosen = &crossings.back();
        for (const Crossing& c : crossings) {
            if (pick < c.paths) {
                chosen = &c;
                break;
            }
            pick -= c.paths;
        }
        // Walk back to each root, choosing a predecessor with probability σ(p) / σ(current).
        auto walk = [&](Side& side, Vertex from) {
            Vertex current = from;
            while (side.dist[current] > 0) {
                ++count[current];
                const std::int32_t want = side.dist[current] - 1;
                double t = uniform01(random) * side.sigma[current];
                Vertex predecessor = noVertex;
                for (std::uint32_t e = rowStart[current]; e < rowStart[current + 1]; ++e) {
                    const Vertex p = column[e];
                    if (side.dist[p] != want)
                        continue;
                    predecessor = p;
                    if (t < side.sigma[p])
                        break;
                    t -= side.sigma[p];
                }
                current = predecessor;
            }
        };
        walk(x, chosen->x);
        walk(y, chosen->w);
    }
    crossings.clear();
    a.clear();
    b.clear();
}

} // namespace

BetweennessResult computeBetweenness(
    const InteractionGraph& graph, const BetweennessOptions& options, const TaskControl& control)
{
    BetweennessResult result;
    const Vertex n = graph.vertexCount();
    result.centrality.assign(n, 0.0);
    if (n == 0)
        return result;
    result.exact = n <= options.exactLimit;

    // Brandes' BFS jumps between neighbours; with vertices in member-id order every step is a
    // cache miss on a million-vertex graph. Relabelling vertices in breadth-first order (from the
    // highest-degree vertex of each component) puts neighbours close together in memory, and
    // packing distance, path count and dependency into one record makes each visit one miss
    // instead of three. The same BFS gives each vertex's component and each root's eccentricity.
    std::vector<Vertex> label(n, noVertex), original;
    std::vector<Vertex> componentOf(n);
    std::int32_t largestEccentricity = 0;
    original.reserve(n);
    {
        std::vector<std::int32_t> depth(n, 0);
        std::vector<Vertex> byDegree(n);
        std::iota(byDegree.begin(), byDegree.end(), Vertex(0));
        std::stable_sort(
            byDegree.begin(), byDegree.end(), [&](Vertex a, Vertex b) { return graph.degree(a) > graph.degree(b); });
        Vertex components = 0;
        for (const Vertex root : byDegree) {
            if (label[root] != noVertex)
                continue;
            label[root] = static_cast<Vertex>(original.size());
            componentOf[label[root]] = components;
            original.push_back(root);
            for (size_t head = original.size() - 1; head < original.size(); ++head) {
                for (const Vertex w : graph.neighbours(original[head])) {
                    if (label[w] == noVertex) {
                        label[w] = static_cast<Vertex>(original.size());
                        componentOf[label[w]] = components;
                        depth[label[w]] = depth[head] + 1;
                        largestEccentricity = std::max(largestEccentricity, depth[label[w]]);
                        original.push_back(w);
                    }
                }
            }
            ++components;
        }
    }
    std::vector<std::uint32_t> rowStart(static_cast<size_t>(n) + 1, 0);
    for (Vertex i = 0; i < n; ++i)
        rowStart[i + 1] = rowStart[i] + graph.degree(original[i]);
    std::vector<Vertex> column(rowStart[n]);
    for (Vertex i = 0; i < n; ++i) {
        std::uint32_t pos = rowStart[i];
        for (const Vertex w : graph.neighbours(original[i]))
            column[pos++] = label[w];
        std::sort(column.begin() + rowStart[i], column.begin() + rowStart[i + 1]);
    }
    checkStop(control);
    const unsigned threads = detail::threadCount(options.threads);
    const BrandesGraph csr { rowStart, column };

    if (!result.exact) {
        const double nd = static_cast<double>(n);
        // The contract's value is the estimate of Riondato–Kornaropoulos times n / (n − 2).
        const double toContract = n > 2 ? nd / (nd - 2.0) : 0.0;
        result.vertexDiameterBound = 2 * largestEccentricity + 1;
        result.delta = std::clamp(options.delta, 1e-12, 0.999);
        const double vcBound = result.vertexDiameterBound > 2
            ? std::floor(std::log2(static_cast<double>(result.vertexDiameterBound - 2))) + 1
            : 1;
        if (options.samples > 0) {
            result.samples = options.samples;
        } else {
            const double epsilon = std::clamp(options.epsilon, 1e-6, 1.0) / std::max(toContract, 1.0);
            result.samples = betweennessSampleSize(epsilon, result.delta, result.vertexDiameterBound);
        }
        result.epsilon = std::sqrt(0.5 * (vcBound + std::log(1.0 / result.delta)) / static_cast<double>(result.samples))
            * std::max(toContract, 1.0);

        // Fixed blocks of samples; each sample's stream depends on (seed, index) only, and the
        // counts are integers, so the sum is the same whatever thread took which block.
        const auto samples = static_cast<std::uint64_t>(result.samples);
        const size_t blocks = static_cast<size_t>(std::min<std::uint64_t>(samples, 512));
        std::vector<std::vector<std::uint32_t>> counts(threads);
        std::vector<std::unique_ptr<Side>> sideA(threads), sideB(threads);
        std::atomic<size_t> done { 0 };
        detail::parallelWorkers(threads, blocks, [&](unsigned worker, size_t block) {
            if (!sideA[worker]) {
                sideA[worker] = std::make_unique<Side>(n);
                sideB[worker] = std::make_unique<Side>(n);
            }
            Side& a = *sideA[worker];
            Side& b = *sideB[worker];
            std::vector<std::uint32_t>& count = counts[worker];
            if (count.empty())
                count.assign(n, 0);
            const auto [first, last] = detail::blockRange(samples, blocks, block);
            for (std::uint64_t i = first; i < last; ++i) {
                SplitMix64 random(options.seed * 0x9e3779b97f4a7c15ULL + i);
                random.next();
                const auto u = static_cast<Vertex>(random.below(n));
                auto v = static_cast<Vertex>(random.below(n - 1));
                if (v >= u)
                    ++v;
                if (componentOf[u] == componentOf[v])
                    samplePath(csr, u, v, random, a, b, count);
            }
            checkStop(control);
            const size_t finished = ++done;
            if (worker == 0)
                control.progress(static_cast<double>(finished) / static_cast<double>(blocks));
        });
        const double scale = toContract / static_cast<double>(samples);
        for (Vertex i = 0; i < n; ++i) {
            std::uint64_t total = 0;
            for (const auto& count : counts) {
                if (!count.empty())
                    total += count[i];
            }
            result.centrality[original[i]] = static_cast<double>(total) * scale;
        }
        return result;
    }

    std::vector<Vertex> pivots(n);
    std::iota(pivots.begin(), pivots.end(), Vertex(0));
    result.pivots = n;

    // Four fixed lanes, each with its own accumulator and a contiguous share of the sources,
    // summed in lane order at the end: deterministic on any number of threads.
    constexpr size_t lanes = 4;
    std::vector<std::vector<double>> accumulators(lanes);
    std::atomic<Vertex> done { 0 };
    detail::parallelWorkers(threads, lanes, [&](unsigned worker, size_t lane) {
        const auto [first, last] = detail::blockRange(pivots.size(), lanes, lane);
        std::vector<Vertex> sources;
        for (size_t p = first; p < last; ++p)
            sources.push_back(label[pivots[p]]);
        auto progress = [&] {
            const Vertex finished = ++done;
            checkStop(control);
            // The progress callback runs on the calling thread only (TaskControl's promise).
            if (worker == 0 && (finished & 7) == 0)
                control.progress(static_cast<double>(finished) / static_cast<double>(pivots.size()));
        };
        // Exact results must match NetworkX to the last digits: double dependencies.
        accumulators[lane] = brandesLane<double>(csr, sources, progress);
    });

    double scale = 0;
    if (n > 2)
        scale = 1.0 / ((static_cast<double>(n) - 1.0) * (static_cast<double>(n) - 2.0));
    for (Vertex i = 0; i < n; ++i) {
        double sum = 0;
        for (const auto& acc : accumulators)
            sum += acc[i];
        result.centrality[original[i]] = sum * scale;
    }
    return result;
}

std::vector<std::uint32_t> computeCoreNumbers(const InteractionGraph& graph)
{
    // Batagelj & Zaversnik (2003), "An O(m) Algorithm for Cores Decomposition of Networks":
    // vertices bucket-sorted by current degree; peeling the lowest keeps the order sorted with
    // O(1) swaps per edge.
    const Vertex n = graph.vertexCount();
    std::vector<std::uint32_t> degree(n);
    std::uint32_t maxDegree = 0;
    for (Vertex v = 0; v < n; ++v) {
        degree[v] = graph.degree(v);
        maxDegree = std::max(maxDegree, degree[v]);
    }
    std::vector<std::uint32_t> binStart(static_cast<size_t>(maxDegree) + 1, 0);
    for (Vertex v = 0; v < n; ++v)
        ++binStart[degree[v]];
    std::uint32_t start = 0;
    for (std::uint32_t d = 0; d <= maxDegree; ++d) {
        const std::uint32_t count = binStart[d];
        binStart[d] = start;
        start += count;
    }
    std::vector<Vertex> sorted(n);
    std::vector<std::uint32_t> position(n);
    for (Vertex v = 0; v < n; ++v) {
        position[v] = binStart[degree[v]]++;
        sorted[position[v]] = v;
    }
    for (std::uint32_t d = maxDegree; d > 0; --d)
        binStart[d] = binStart[d - 1];
    if (!binStart.empty())
        binStart[0] = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        const Vertex v = sorted[i];
        for (const Vertex u : graph.neighbours(v)) {
            if (degree[u] > degree[v]) {
                // Move u to the front of its bin, then shrink the bin past it.
                const std::uint32_t du = degree[u];
                const std::uint32_t pu = position[u];
                const std::uint32_t pw = binStart[du];
                const Vertex w = sorted[pw];
                if (u != w) {
                    sorted[pu] = w;
                    position[w] = pu;
                    sorted[pw] = u;
                    position[u] = pw;
                }
                ++binStart[du];
                --degree[u];
            }
        }
    }
    return degree;
}

std::vector<double> computeDegreeCentrality(const InteractionGraph& graph)
{
    const Vertex n = graph.vertexCount();
    std::vector<double> centrality(n);
    for (Vertex v = 0; v < n; ++v)
        centrality[v] = degreeCentrality(graph.degree(v), n);
    return centrality;
}

} // namespace kinsight::core
