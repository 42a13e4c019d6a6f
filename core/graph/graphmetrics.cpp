#include "core/graph/graphmetrics.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <new>
#include <numeric>
#include <stdexcept>
#include <thread>

#include "core/graph/clustering.h"
#include "core/util/parallel.h"

namespace kinsight::core {

namespace {

std::atomic<std::uint64_t> computations { 0 };

/// `options` with the graph's thread count where they leave theirs at 0 (automatic).
template <typename Options> Options withThreads(Options options, int threads)
{
    if (options.threads == 0)
        options.threads = threads;
    return options;
}

float shareBelow(size_t below, size_t n)
{
    return n < 2 ? 0.0f : static_cast<float>(static_cast<double>(below) / static_cast<double>(n - 1));
}

/// Percentiles of an integer metric by counting, O(n + max).
std::vector<float> countPercentiles(const std::vector<std::uint32_t>& values)
{
    const size_t n = values.size();
    std::vector<float> result(n);
    if (n == 0)
        return result;
    const std::uint32_t max = *std::max_element(values.begin(), values.end());
    std::vector<std::uint64_t> below(static_cast<size_t>(max) + 2, 0);
    for (const std::uint32_t v : values)
        ++below[v + 1];
    for (size_t i = 1; i < below.size(); ++i)
        below[i] += below[i - 1];
    for (size_t i = 0; i < n; ++i)
        result[i] = shareBelow(below[values[i]], n);
    return result;
}

/// Percentiles of a real metric by sorting, O(n log n).
std::vector<float> sortPercentiles(const std::vector<double>& values)
{
    const size_t n = values.size();
    std::vector<float> result(n);
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex(0));
    std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return values[a] < values[b]; });
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        for (size_t k = i; k < j; ++k)
            result[order[k]] = shareBelow(i, n);
        i = j;
    }
    return result;
}

void checkStop(const TaskControl& control)
{
    if (control.stopRequested())
        throw Cancelled {};
}

/// The worth of each network: paid orders and revenue of each vertex's member (from the
/// member's own orders, no member-sized buffer), then summed over its neighbours; the
/// community-wide means over all members.
void computeNetworkValue(const Community& community, const InteractionGraph& g, GraphMetrics& m)
{
    std::uint64_t allPaid = 0;
    Cents allRevenue = 0;
    for (Index o = 0; o < community.orders.size(); ++o) {
        if (community.orders.isPaid(o)) {
            ++allPaid;
            allRevenue += community.orders.amount[static_cast<size_t>(o)];
        }
    }
    if (community.memberCount() > 0) {
        m.paidOrdersPerMember = static_cast<double>(allPaid) / static_cast<double>(community.memberCount());
        m.revenuePerMember = static_cast<double>(allRevenue) / static_cast<double>(community.memberCount());
    }
    const Vertex n = g.vertexCount();
    m.paidOrders.assign(n, 0);
    m.revenue.assign(n, 0);
    for (Vertex v = 0; v < n; ++v) {
        for (const Index o : community.ordersOf(g.member(v))) {
            if (community.orders.isPaid(o)) {
                ++m.paidOrders[v];
                m.revenue[v] += community.orders.amount[static_cast<size_t>(o)];
            }
        }
    }
    m.neighbourPaidOrders.assign(n, 0);
    m.neighbourRevenue.assign(n, 0);
    for (Vertex v = 0; v < n; ++v) {
        for (const Vertex u : g.neighbours(v)) {
            m.neighbourPaidOrders[v] += m.paidOrders[u];
            m.neighbourRevenue[v] += m.revenue[u];
        }
    }
}

GraphMetrics compute(const Community& community, const GraphOptions& options, const TaskControl& control)
{
    GraphMetrics m;
    m.options = options;
    auto built = buildInteractionGraph(community, options.filter, control.slice(0.0, 0.12));
    if (!built.ok()) {
        if (built.cancelled())
            throw Cancelled {};
        throw std::runtime_error(built.error());
    }
    m.graph = std::make_shared<const InteractionGraph>(std::move(built).value());
    const InteractionGraph& g = *m.graph;
    const Vertex n = g.vertexCount();
    GraphSummary& s = m.summary;
    s.communityMembers = community.memberCount();
    s.vertices = n;
    s.edges = g.edgeCount();
    s.arcs = g.arcCount();
    s.interactions = g.interactionCount();
    s.totalWeight = g.totalWeight();
    if (n >= 2)
        s.density = 2.0 * static_cast<double>(s.edges) / (static_cast<double>(n) * (static_cast<double>(n) - 1.0));

    m.degree.resize(n);
    m.inDegree.resize(n);
    m.outDegree.resize(n);
    m.repliedBy.resize(n);
    m.strength.resize(n);
    for (Vertex v = 0; v < n; ++v) {
        m.degree[v] = g.degree(v);
        m.inDegree[v] = g.inDegree(v);
        m.outDegree[v] = g.outDegree(v);
        m.strength[v] = g.strength(v);
        std::uint32_t replied = 0;
        for (const InteractionTypeMask types : g.sourceTypes(v))
            replied += (types & typeBit(InteractionType::Reply)) != 0;
        m.repliedBy[v] = replied;
    }
    checkStop(control);

    const int threads = options.threads;
    if (options.computeClustering) {
        ClusteringResult clustering = computeClustering(g, threads, control.slice(0.12, 0.25));
        m.triangles = std::move(clustering.triangles);
        m.clustering = std::move(clustering.local);
        s.triangles = clustering.triangleCount;
        s.averageClustering = clustering.average;
        s.transitivity = clustering.transitivity;
    }

    PageRankResult pageRank = computePageRank(g, withThreads(options.pageRank, threads), control.slice(0.25, 0.45));
    m.pageRank = std::move(pageRank.rank);
    s.pageRankIterations = pageRank.iterations;

    // The cores and the components (single-threaded, without progress or stop requests of their
    // own) are worked out on another thread beside the communities (one thread): at a million
    // members 0.12 s and 0.47 s that used to follow each other.
    ComponentsResult components;
    std::exception_ptr sideFailure;
    std::jthread side([&] { // joined however the communities end (also when cancelled)
        try {
            m.coreNumber = computeCoreNumbers(g);
            components = computeComponents(g);
        } catch (...) {
            sideFailure = std::current_exception();
        }
    });
    CommunitiesResult communities;
    control.progress(0.5);
    if (options.computeCommunities)
        communities = detectCommunities(g, options.louvain, control.slice(0.5, 0.6));
    side.join();
    if (sideFailure)
        std::rethrow_exception(sideFailure);
    s.maxCoreNumber = n == 0 ? 0 : *std::max_element(m.coreNumber.begin(), m.coreNumber.end());
    m.component = std::move(components.component);
    s.components = components.count;
    s.largestComponent = components.largestSize;
    s.largestComponentShare = n == 0 ? 0.0 : static_cast<double>(components.largestSize) / static_cast<double>(n);
    checkStop(control);

    if (options.computeCommunities) {
        m.community = std::move(communities.community);
        s.communities = communities.count;
        s.modularity = communities.modularity;
        m.communities.resize(communities.count);
        for (std::uint32_t c = 0; c < communities.count; ++c)
            m.communities[c].id = c;
        for (Vertex v = 0; v < n; ++v) {
            CommunitySummary& cs = m.communities[m.community[v]];
            ++cs.size;
            const auto nb = g.neighbours(v);
            const auto w = g.weights(v);
            for (size_t i = 0; i < nb.size(); ++i) {
                if (m.community[nb[i]] == m.community[v]) {
                    // Each internal edge is seen from both ends: count it from the smaller one.
                    if (v < nb[i]) {
                        ++cs.internalEdges;
                        cs.internalWeight += w[i];
                    }
                } else {
                    ++cs.externalEdges;
                }
            }
        }
        for (CommunitySummary& cs : m.communities) {
            if (cs.size >= 2)
                cs.internalDensity = static_cast<double>(cs.internalEdges)
                    / (static_cast<double>(cs.size) * (static_cast<double>(cs.size) - 1.0) / 2.0);
        }
    } else {
        m.community.assign(n, 0);
    }
    checkStop(control);
    control.progress(0.6);

    s.betweennessComputed = options.computeBetweenness;
    if (options.computeBetweenness) {
        BetweennessResult betweenness
            = computeBetweenness(g, withThreads(options.betweenness, threads), control.slice(0.6, 0.95));
        m.betweenness = std::move(betweenness.centrality);
        s.betweennessExact = betweenness.exact;
        s.betweennessPivots = betweenness.pivots;
        s.betweennessSamples = betweenness.samples;
        s.betweennessEpsilon = betweenness.epsilon;
        s.betweennessDelta = betweenness.delta;
        s.betweennessVertexDiameterBound = betweenness.vertexDiameterBound;
    } else {
        m.betweenness.assign(n, 0.0);
    }

    if (options.computeNetworkValue)
        computeNetworkValue(community, g, m);
    checkStop(control);

    // Percentiles for the leader score, the sorts two at a time.
    MetricPercentiles& p = m.percentile;
    p.degree = countPercentiles(m.degree);
    p.inDegree = countPercentiles(m.inDegree);
    p.coreNumber = countPercentiles(m.coreNumber);
    const std::vector<std::pair<const std::vector<double>*, std::vector<float>*>> sorts = {
        { &m.strength, &p.strength },
        { &m.pageRank, &p.pageRank },
        { options.computeBetweenness ? &m.betweenness : nullptr, &p.betweenness },
    };
    detail::parallelBlocks(detail::threadCount(threads), sorts.size(), [&](size_t i) {
        if (sorts[i].first)
            *sorts[i].second = sortPercentiles(*sorts[i].first);
    });
    control.progress(1.0);
    ++computations;
    return m;
}

} // namespace

Result<GraphMetrics> computeGraphMetrics(
    const Community& community, const GraphOptions& options, const TaskControl& control)
{
    try {
        return compute(community, options, control);
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to analyse the interaction network", { "graph.out_of_memory", {} } };
    } catch (const std::exception& e) {
        return Error { std::string("interaction network: ") + e.what() };
    }
}

std::uint64_t graphMetricsComputations()
{
    return computations.load();
}

} // namespace kinsight::core
