// Recommendation benchmark on the demo community.
//   bench_recommend [--members N] [--seed S] [--factors F] [--iterations I] [--phase all|evaluate|als|live]
// Prints model build times, evaluation times and hit rate@10 of every method, ALS training time,
// live recommendation latency and re-ranking latency, each with the process's peak memory.
// Run one phase per process to read each phase's own peak memory.

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

#include "core/demo/demo.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommender.h"
#include "tests/benchmarks/benchmarkutil.h"

using namespace kinsight::core;
using kinsight::bench::report;
using kinsight::bench::Stopwatch;

namespace {

struct Args {
    int members = 1000000;
    std::uint64_t seed = 42;
    int factors = 64;
    int iterations = 15;
    std::string phase = "all";
    bool cg = false;
};

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--members"))
            a.members = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed"))
            a.seed = static_cast<std::uint64_t>(std::atoll(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--factors"))
            a.factors = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--iterations"))
            a.iterations = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--solver"))
            a.cg = !std::strcmp(argv[i + 1], "cg");
        else if (!std::strcmp(argv[i], "--phase"))
            a.phase = argv[i + 1];
    }
    return a;
}

std::string fmt(const char* format, double a, double b = 0, double c = 0)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return buf;
}

void evaluatePhase(const CommunityPtr& community, const Args& args)
{
    Stopwatch total;
    Stopwatch t;
    ModelOptions models;
    models.als.factors = args.factors;
    models.als.iterations = args.iterations;
    auto created = OfflineEvaluation::create(community, {}, models);
    if (!created.ok()) {
        std::printf("error: %s\n", created.error().c_str());
        return;
    }
    OfflineEvaluation& e = **created;
    report("feedback + leave-latest-out split", t.seconds(),
        fmt("%.0f pairs in training, %.0f evaluated members", e.split().training.pairCount(),
            e.split().evaluated.size()));

    RankOptions rank; // the contract's defaults: k 10, all neighbours, no floor
    double popularHit = 0.0, popularNdcg = 0.0, bestNdcg = 0.0;
    double itemKnnTotal = 0.0;
    std::vector<double> ndcgOf(allMethods.size(), 0.0);
    for (Method m : allMethods) {
        t.restart();
        if (!e.recommender().prepare(m).ok())
            return;
        const double build = t.seconds();
        t.restart();
        const auto r = e.run(m, rank);
        const double run = t.seconds();
        if (!r.ok())
            return;
        if (m == Method::Popular) {
            popularHit = r->metrics.hitRate;
            popularNdcg = r->metrics.ndcg;
        }
        ndcgOf[static_cast<size_t>(m)] = r->metrics.ndcg;
        bestNdcg = std::max(bestNdcg, r->metrics.ndcg);
        if (m == Method::ItemKnn)
            itemKnnTotal = build + run;
        const std::string name = "evaluate " + std::string(methodName(m)) + " (model build + scoring)";
        report(name.c_str(), build + run,
            fmt("build %.2f s, evaluate %.2f s, ", build, run)
                + fmt("hit@10 %.4f (popular %.4f), ndcg %.4f, ", r->metrics.hitRate, popularHit, r->metrics.ndcg)
                + fmt("coverage %.3f, ", r->metrics.coverage)
                + fmt("hit 95%% interval [%.4f, %.4f]", r->metrics.hitRateLow, r->metrics.hitRateHigh));
    }
    report("item-kNN similarities + item-kNN evaluation", itemKnnTotal);
    report("all nine methods, total", total.seconds());

    // auto: validation split of the training pairs, every method trained and evaluated on it.
    t.restart();
    const auto choice = e.chooseAuto(rank);
    if (!choice.ok())
        std::printf("auto: error: %s\n", choice.error().c_str());
    if (choice.ok()) {
        const double chosen = ndcgOf[static_cast<size_t>(choice->method)];
        report(("auto (validation of all nine methods) chose " + std::string(methodName(choice->method))).c_str(),
            t.seconds(),
            fmt("test ndcg@10 %.4f: %.2f%% of the best, ", chosen, bestNdcg > 0 ? 100.0 * chosen / bestNdcg : 0.0)
                + fmt("%+.1f%% vs popular; validation members %.0f",
                    popularNdcg > 0 ? 100.0 * (chosen / popularNdcg - 1.0) : 0.0,
                    static_cast<double>(choice->validationMembers)));
        for (size_t i = 0; i < choice->validation.size(); ++i) {
            const MethodMetrics& v = choice->validation[i];
            report(("  validation " + std::string(methodName(v.method))).c_str(), 0.0,
                fmt("ndcg %.4f, weighted by history length %.4f, test ndcg %.4f", v.ndcg, choice->weightedNdcg[i],
                    ndcgOf[static_cast<size_t>(v.method)]));
        }
    }

    // A tuned neighbourhood re-ranks from the cached similarities.
    const long builds = ItemSimilarity::buildCount();
    t.restart();
    const auto tuned = e.run(Method::ItemKnn, { 10, 20, 0.1, 0.5 });
    report("item-knn re-evaluated with neighbours 20, floor 0.1", t.seconds(),
        fmt("hit@10 %.4f, similarity rebuilds %.0f", tuned.ok() ? tuned->metrics.hitRate : -1.0,
            static_cast<double>(ItemSimilarity::buildCount() - builds)));
    t.restart();
    const auto ab = e.compare({ Method::Hybrid, rank, {} }, { Method::Popular, rank, {} });
    if (ab.ok()) {
        report("A/B hybrid vs popular (paired t-test on hits)", t.seconds(),
            fmt("diff %.4f, 95%% CI [%.4f, ", ab->test.meanDifference, ab->test.ciLow)
                + fmt("%.4f], p %.3g", ab->test.ciHigh, ab->test.pValue));
    }
}

void alsPhase(const CommunityPtr& community, const Args& args)
{
    const Feedback f = buildFeedback(*community);
    AlsOptions o;
    o.factors = args.factors;
    o.iterations = args.iterations;
    if (args.cg)
        o.solver = AlsSolver::ConjugateGradient;
    Stopwatch t;
    const auto model = AlsModel::train(f, o, {});
    report(o.solver == AlsSolver::Cholesky ? "ALS train (all pairs, Cholesky + Woodbury)" : "ALS train (all pairs, CG)",
        t.seconds(),
        fmt("%.0f factors, %.0f iterations, factors %.0f MiB", o.factors, o.iterations,
            static_cast<double>(model->memoryBytes()) / 1048576.0));
}

void livePhase(const CommunityPtr& community, const Args& args)
{
    Stopwatch t;
    ModelOptions models;
    models.als.factors = args.factors;
    models.als.iterations = args.iterations;
    auto r = Recommender::forCommunity(community, {}, models);
    report("live recommender: feedback and exclusions", t.seconds());
    for (Method m : allMethods) {
        t.restart();
        if (!r->prepare(m).ok())
            return;
        report(("live model " + std::string(methodName(m))).c_str(), t.seconds());
    }
    std::vector<Index> withHistory;
    for (Index m = 0; m < community->memberCount(); ++m) {
        if (r->feedback().countOf(m) > 0)
            withHistory.push_back(m);
    }
    std::mt19937_64 random(args.seed);
    std::shuffle(withHistory.begin(), withHistory.end(), random);
    withHistory.resize(std::min<size_t>(withHistory.size(), 500));
    for (Method m : allMethods) {
        std::vector<double> ms;
        for (Index member : withHistory) {
            Stopwatch one;
            const auto list = r->recommend(member, m, {});
            ms.push_back(one.seconds() * 1000.0);
        }
        std::sort(ms.begin(), ms.end());
        double sum = 0.0;
        for (double v : ms)
            sum += v;
        report(("recommend one member, " + std::string(methodName(m))).c_str(), sum / 1000.0,
            fmt("%.0f members: mean %.3f ms, median %.3f ms, ", static_cast<double>(ms.size()),
                sum / static_cast<double>(ms.size()), ms[ms.size() / 2])
                + fmt("p99 %.3f ms, max %.3f ms", ms[ms.size() * 99 / 100], ms.back()));
    }
    // Floor / α / N changes: re-rank one member and a page of 50 members, no model rebuilds.
    const long items = ItemSimilarity::buildCount(), users = UserSimilarity::buildCount();
    double worst = 0.0, worstPage = 0.0;
    int changes = 0;
    for (double floor : { 0.0, 0.1, 0.3, 0.7 }) {
        for (double alpha : { 0.2, 0.5, 0.8 }) {
            const RankOptions rank { 10, floor > 0.2 ? 50 : 0, floor, alpha };
            Stopwatch one;
            (void)r->recommend(withHistory[static_cast<size_t>(changes) % withHistory.size()], Method::Hybrid, rank);
            worst = std::max(worst, one.seconds() * 1000.0);
            Stopwatch page;
            for (size_t i = 0; i < 50 && i < withHistory.size(); ++i)
                (void)r->recommend(withHistory[i], Method::Hybrid, rank);
            worstPage = std::max(worstPage, page.seconds() * 1000.0);
            ++changes;
        }
    }
    report("floor/alpha change, hybrid re-rank", worst / 1000.0,
        fmt("%.0f changes: one member max %.3f ms, page of 50 max %.1f ms", changes, worst, worstPage)
            + fmt(", rebuilds %.0f",
                static_cast<double>(ItemSimilarity::buildCount() - items + UserSimilarity::buildCount() - users)));
}

} // namespace

int main(int argc, char** argv)
{
    const Args args = parse(argc, argv);
    Stopwatch t;
    const CommunityPtr community = makeDemoCommunity({ args.members, args.seed });
    report("demo community", t.seconds(),
        fmt("%.0f members, %.0f products, ", community->memberCount(), community->productCount())
            + fmt("%.0f orders, %.0f ratings, %.0f events", community->orders.size(), community->ratings.size(),
                community->events.size()));
    if (args.phase == "all" || args.phase == "evaluate")
        evaluatePhase(community, args);
    if (args.phase == "all" || args.phase == "als")
        alsPhase(community, args);
    if (args.phase == "all" || args.phase == "live")
        livePhase(community, args);
    return 0;
}
