// The interaction network on the demo community: graph build, degree, clustering, PageRank,
// k-cores, components and Louvain communities (the contract's "together < 10 s" set), sampled
// betweenness, and leader re-ranking after a threshold change. Optionally the same steps in
// python3-igraph on the same edges, and the error of sampled betweenness against the exact one.
//
//   bench_graph [--members N] [--seed S] [--samples K] [--threads T] [--igraph]
//               [--error-members M] [--error-epsilons E,E,...] [--epsilon E]
//   (defaults: 1000000 members, seed 42, samples from epsilon 0.01 / delta 0.1, all threads, no igraph, no error run)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "benchmarkutil.h"
#include "core/analysis/networkview.h"
#include "core/demo/demo.h"
#include "core/graph/clustering.h"
#include "core/graph/leaders.h"

using namespace kinsight;
using namespace kinsight::core;

namespace {

struct Args {
    int members = 1'000'000;
    std::uint64_t seed = 42;
    std::int64_t samples = 0; ///< 0: from the bound (epsilon, delta)
    double epsilon = 0.01;
    int threads = 0;
    bool igraph = false;
    int errorMembers = 0;
    std::vector<double> errorEpsilons = { 0.02, 0.01, 0.005 };
};

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* v = argv[i + 1];
        if (key == "--members")
            a.members = std::atoi(v);
        else if (key == "--seed")
            a.seed = std::strtoull(v, nullptr, 10);
        else if (key == "--samples")
            a.samples = std::atoll(v);
        else if (key == "--epsilon")
            a.epsilon = std::atof(v);
        else if (key == "--threads")
            a.threads = std::atoi(v);
        else if (key == "--igraph")
            a.igraph = std::string(v) != "0";
        else if (key == "--error-members")
            a.errorMembers = std::atoi(v);
        else if (key == "--error-epsilons") {
            a.errorEpsilons.clear();
            std::string list = v;
            for (size_t start = 0; start < list.size();) {
                const size_t comma = std::min(list.find(',', start), list.size());
                a.errorEpsilons.push_back(std::atof(list.substr(start, comma - start).c_str()));
                start = comma + 1;
            }
        }
    }
    return a;
}

/// CPU seconds of the whole process (all threads): on a shared, loaded machine the wall clock
/// says little, so every step reports both.
double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

/// Wall and CPU time of one step.
class Step {
public:
    double wall() const { return m_wall.seconds(); }
    double cpu() const { return cpuSeconds() - m_cpu; }
    void restart()
    {
        m_wall.restart();
        m_cpu = cpuSeconds();
    }
    std::string cpuText() const
    {
        char text[48];
        std::snprintf(text, sizeof text, "cpu %7.3f s  ", cpu());
        return text;
    }

private:
    bench::Stopwatch m_wall;
    double m_cpu = cpuSeconds();
};

std::string figure(const char* format, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

/// Runs python3-igraph on the same arcs: graph construction and the same metric set.
void runIgraph(const InteractionGraph& g, double ourSeconds)
{
    QTemporaryDir dir;
    const std::string edges = dir.path().toStdString() + "/arcs.txt";
    {
        std::ofstream out(edges);
        for (Vertex v = 0; v < g.vertexCount(); ++v) {
            const auto src = g.sources(v);
            const auto w = g.sourceWeights(v);
            for (size_t i = 0; i < src.size(); ++i)
                out << src[i] << ' ' << v << ' ' << w[i] << '\n';
        }
    }
    const std::string script = dir.path().toStdString() + "/run.py";
    {
        std::ofstream py(script);
        py << "import sys, time, numpy as np, igraph as ig\n"
              "t0 = time.time()\n"
              "a = np.loadtxt(sys.argv[1], dtype=np.float64, ndmin=2)\n"
              "n = int(sys.argv[2])\n"
              "D = ig.Graph(n=n, edges=a[:, :2].astype(np.int64).tolist(), directed=True)\n"
              "D.es['weight'] = a[:, 2].tolist()\n"
              "U = D.as_undirected(mode='collapse', combine_edges='sum')\n"
              "t1 = time.time(); print('igraph build %.3f' % (t1 - t0), flush=True)\n"
              "U.degree(); t2 = time.time()\n"
              "U.transitivity_local_undirected(mode='zero'); U.transitivity_undirected(); t3 = time.time()\n"
              "D.pagerank(damping=0.85, weights='weight', directed=True); t4 = time.time()\n"
              "U.coreness(); U.connected_components(); t5 = time.time()\n"
              "c = U.community_multilevel(weights='weight'); t6 = time.time()\n"
              "print('igraph degree %.3f' % (t2 - t1))\n"
              "print('igraph clustering %.3f' % (t3 - t2))\n"
              "print('igraph pagerank %.3f' % (t4 - t3))\n"
              "print('igraph cores+components %.3f' % (t5 - t4))\n"
              "print('igraph communities %.3f (modularity %.4f)' % (t6 - t5, c.modularity))\n"
              "print('igraph algorithms %.3f' % (t6 - t1))\n";
    }
    const std::string command = "/usr/bin/python3 " + script + " " + edges + " " + std::to_string(g.vertexCount())
        + " > " + dir.path().toStdString() + "/out.txt";
    if (std::system(command.c_str()) != 0) {
        std::printf("igraph run failed\n");
        return;
    }
    std::ifstream in(dir.path().toStdString() + "/out.txt");
    std::string line;
    double igraphAlgorithms = 0;
    while (std::getline(in, line)) {
        std::printf("  %s\n", line.c_str());
        if (line.rfind("igraph algorithms ", 0) == 0)
            igraphAlgorithms = std::atof(line.c_str() + 18);
    }
    if (igraphAlgorithms > 0)
        std::printf("  ratio igraph / kinsight on the same algorithms (excluding graph build): %.2f\n",
            igraphAlgorithms / ourSeconds);
}

void betweennessError(const Args& args)
{
    DemoOptions demo;
    demo.members = args.errorMembers;
    demo.seed = args.seed;
    const CommunityPtr c = makeDemoCommunity(demo);
    auto g = buildInteractionGraph(*c, {});
    if (!g.ok())
        return;
    BetweennessOptions exactOptions;
    exactOptions.exactLimit = g->vertexCount();
    exactOptions.threads = args.threads;
    bench::Stopwatch watch;
    const BetweennessResult exact = computeBetweenness(*g, exactOptions);
    const double exactSeconds = watch.seconds();
    std::printf("\nSampled betweenness vs exact on the %d-member demo (%u vertices, %llu edges; exact %.2f s)\n",
        args.errorMembers, g->vertexCount(), static_cast<unsigned long long>(g->edgeCount()), exactSeconds);
    const Vertex n = g->vertexCount();
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex(0));
    std::sort(
        order.begin(), order.end(), [&](Vertex a, Vertex b) { return exact.centrality[a] > exact.centrality[b]; });
    const Vertex top = std::max<Vertex>(1, n / 100);
    for (const double epsilon : args.errorEpsilons) {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            BetweennessOptions o = exactOptions;
            o.exactLimit = 0;
            o.epsilon = epsilon;
            o.seed = seed;
            bench::Stopwatch sampledWatch;
            const BetweennessResult s = computeBetweenness(*g, o);
            double maxAbs = 0, topRel = 0;
            for (Vertex v = 0; v < n; ++v)
                maxAbs = std::max(maxAbs, std::abs(s.centrality[v] - exact.centrality[v]));
            for (Vertex i = 0; i < top; ++i) {
                const Vertex v = order[i];
                topRel += std::abs(s.centrality[v] - exact.centrality[v]) / exact.centrality[v];
            }
            // Overlap of the top 1% by estimate with the true top 1%.
            std::vector<Vertex> est(n);
            std::iota(est.begin(), est.end(), Vertex(0));
            std::partial_sort(est.begin(), est.begin() + top, est.end(),
                [&](Vertex a, Vertex b) { return s.centrality[a] > s.centrality[b]; });
            std::vector<Vertex> truth(order.begin(), order.begin() + top), guess(est.begin(), est.begin() + top);
            std::sort(truth.begin(), truth.end());
            std::sort(guess.begin(), guess.end());
            std::vector<Vertex> common;
            std::set_intersection(truth.begin(), truth.end(), guess.begin(), guess.end(), std::back_inserter(common));
            std::printf("  eps=%.3f (%lld paths, %.2f s) seed=%llu  max abs error %.2e (bound %.2e, %s; largest value "
                        "%.2e)  mean rel. error top 1%% %.1f%%  top-1%% overlap %.0f%%\n",
                epsilon, static_cast<long long>(s.samples), sampledWatch.seconds(),
                static_cast<unsigned long long>(seed), maxAbs, s.epsilon, maxAbs <= s.epsilon ? "inside" : "OUTSIDE",
                exact.centrality[order[0]], 100.0 * topRel / top, 100.0 * static_cast<double>(common.size()) / top);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args args = parse(argc, argv);

    Step watch;
    DemoOptions demo;
    demo.members = args.members;
    demo.seed = args.seed;
    const CommunityPtr community = makeDemoCommunity(demo);
    bench::report("demo community (not timed below)", watch.wall(),
        std::to_string(community->memberCount()) + " members, " + std::to_string(community->interactions.size())
            + " interactions");
    const double baseMiB = bench::currentMemoryMiB();

    watch.restart();
    auto built = buildInteractionGraph(*community, {});
    const double buildSeconds = watch.wall();
    if (!built.ok()) {
        std::printf("build failed: %s\n", built.error().c_str());
        return 1;
    }
    const InteractionGraph& g = *built;
    bench::report("graph build", buildSeconds,
        watch.cpuText() + std::to_string(g.vertexCount()) + " vertices, " + std::to_string(g.edgeCount()) + " edges, "
            + std::to_string(g.arcCount()) + " arcs");

    watch.restart();
    const std::vector<double> degreeCentrality = computeDegreeCentrality(g);
    const double degreeSeconds = watch.wall();
    bench::report("degree centrality", degreeSeconds, watch.cpuText());

    watch.restart();
    const ClusteringResult clustering = computeClustering(g, args.threads);
    const double clusteringSeconds = watch.wall();
    bench::report("clustering (triangles)", clusteringSeconds,
        watch.cpuText() + std::to_string(clustering.triangleCount) + " triangles, transitivity "
            + figure("%.4f", clustering.transitivity));

    watch.restart();
    PageRankOptions pageRankOptions;
    pageRankOptions.threads = args.threads;
    const PageRankResult pageRank = computePageRank(g, pageRankOptions);
    const double pageRankSeconds = watch.wall();
    bench::report("pagerank", pageRankSeconds, watch.cpuText() + std::to_string(pageRank.iterations) + " iterations");

    watch.restart();
    const std::vector<std::uint32_t> cores = computeCoreNumbers(g);
    const ComponentsResult components = computeComponents(g);
    const double coreSeconds = watch.wall();
    bench::report(
        "k-cores + components", coreSeconds, watch.cpuText() + std::to_string(components.count) + " components");

    watch.restart();
    const CommunitiesResult communities = detectCommunities(g);
    const double louvainSeconds = watch.wall();
    bench::report("communities (Louvain)", louvainSeconds,
        watch.cpuText() + std::to_string(communities.count) + " communities, modularity "
            + figure("%.4f", communities.modularity));

    // As computeGraphMetrics runs them: the cores and components on a second thread beside the
    // communities.
    watch.restart();
    {
        std::vector<std::uint32_t> sideCores;
        ComponentsResult sideComponents;
        std::thread side([&] {
            sideCores = computeCoreNumbers(g);
            sideComponents = computeComponents(g);
        });
        const CommunitiesResult again = detectCommunities(g);
        side.join();
        if (again.count != communities.count || sideComponents.count != components.count)
            std::printf("the concurrent run differs\n");
    }
    const double besideSeconds = watch.wall();
    bench::report("k-cores + components beside communities", besideSeconds, watch.cpuText());

    const double together = buildSeconds + degreeSeconds + clusteringSeconds + pageRankSeconds + besideSeconds;
    bench::report("TOGETHER build+degree+clustering+pagerank+cores+communities", together,
        figure("%.0f MiB above the snapshot (cores and components beside communities, as computeGraphMetrics runs "
               "them)",
            bench::peakMemoryMiB() - baseMiB));

    watch.restart();
    BetweennessOptions betweennessOptions;
    betweennessOptions.samples = args.samples;
    betweennessOptions.epsilon = args.epsilon;
    betweennessOptions.threads = args.threads;
    const BetweennessResult betweenness = computeBetweenness(g, betweennessOptions);
    bench::report("betweenness", watch.wall(),
        watch.cpuText()
            + (betweenness.exact ? std::string("exact")
                                 : "sampled, " + std::to_string(betweenness.samples) + " paths, bound "
                        + figure("%.4f", betweenness.epsilon) + " with probability "
                        + figure("%.2f", 1 - betweenness.delta)
                        + ", VD <= " + std::to_string(betweenness.vertexDiameterBound)));

    // The whole analysis as the dashboard and the CLI run it (percentiles and network value too).
    watch.restart();
    GraphOptions options;
    options.betweenness.samples = args.samples;
    options.betweenness.epsilon = args.epsilon;
    options.threads = args.threads;
    auto metrics = computeGraphMetrics(*community, options);
    bench::report("computeGraphMetrics (all of the above, once)", watch.wall(), watch.cpuText());
    if (!metrics.ok())
        return 1;

    // Leader threshold changes: re-ranking only.
    std::vector<double> times;
    size_t leaders = 0;
    for (int i = 0; i < 21; ++i) {
        LeaderOptions lo;
        lo.threshold = 0.80 + 0.01 * (i % 20);
        watch.restart();
        const LeaderRanking r = rankLeaders(*metrics, lo);
        times.push_back(watch.wall() * 1000);
        if (i == 10)
            leaders = r.leaders.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("%-48s %10.2f ms median, %.2f ms max   (%zu leaders at threshold 0.90)\n", "leader threshold change",
        times[times.size() / 2], times.back(), leaders);
    // ... and the network drawing the window derives from the new leaders.
    {
        std::vector<double> layout;
        for (int i = 0; i < 7; ++i) {
            LeaderOptions lo;
            lo.threshold = 0.90 + 0.01 * i;
            const LeaderRanking ranking = rankLeaders(*metrics, lo);
            watch.restart();
            const NetworkView view = layoutNetwork(*metrics, ranking, {});
            layout.push_back(watch.wall() * 1000);
        }
        std::sort(layout.begin(), layout.end());
        std::printf("%-48s %10.2f ms median, %.2f ms max\n", "network drawing after a leader change",
            layout[layout.size() / 2], layout.back());
    }
    {
        LeaderOptions lo;
        for (const double t : { 0.9, 0.95, 0.97, 0.98, 0.99 }) {
            lo.threshold = t;
            std::printf("  threshold %.2f: %zu leaders\n", t, rankLeaders(*metrics, lo).leaders.size());
        }
    }
    std::printf("peak memory %.0f MiB (snapshot alone %.0f MiB)\n", bench::peakMemoryMiB(), baseMiB);

    if (args.igraph) {
        std::printf("\npython3-igraph on the same arcs:\n");
        runIgraph(g, together - buildSeconds);
    }
    if (args.errorMembers > 0)
        betweennessError(args);
    return 0;
}
