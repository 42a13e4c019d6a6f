#include "evaluation.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <random>

#include "core/util/parallel.h"

namespace kinsight::core {

Result<std::unique_ptr<OfflineEvaluation>> OfflineEvaluation::create(CommunityPtr community,
    const FeedbackOptions& feedback, const ModelOptions& models, const EvaluationOptions& options)
{
    try {
        std::unique_ptr<OfflineEvaluation> e(new OfflineEvaluation());
        e->m_community = community;
        e->m_options = options;
        e->m_split = splitLeaveLatestOut(buildFeedback(*community, feedback));
        auto training = std::make_shared<const Feedback>(e->m_split.training);
        e->m_recommender = std::make_unique<Recommender>(community, training, models);
        const std::vector<Index>& order = e->m_recommender->byPopularity();
        e->m_popularityRank.assign(order.size(), 0);
        for (size_t i = 0; i < order.size(); ++i)
            e->m_popularityRank[static_cast<size_t>(order[i])] = static_cast<std::int32_t>(i + 1);
        return e;
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory for the evaluation split" };
    }
}

std::vector<Index> OfflineEvaluation::membersFor(Method method, const RankOptions& rank, bool& sampled) const
{
    const bool needsOwnNeighbours
        = (method == Method::UserKnn || method == Method::Hybrid) && (rank.neighbours > 0 || rank.floor > 0.0);
    const std::vector<Index>& all = m_split.evaluated;
    sampled = needsOwnNeighbours && static_cast<Index>(all.size()) > m_options.neighbourSampleLimit;
    if (!sampled)
        return all;
    // Seeded partial Fisher–Yates: the same members for the same data and seed.
    std::vector<Index> pool = all;
    std::mt19937_64 random(m_options.sampleSeed);
    const auto want = static_cast<size_t>(m_options.neighbourSampleLimit);
    for (size_t i = 0; i < want; ++i) {
        std::uniform_int_distribution<size_t> pick(i, pool.size() - 1);
        std::swap(pool[i], pool[pick(random)]);
    }
    pool.resize(want);
    std::sort(pool.begin(), pool.end());
    return pool;
}

Result<MethodEvaluation> OfflineEvaluation::run(Method method, const RankOptions& rank, const TaskControl& control)
{
    bool sampled = false;
    const std::vector<Index> members = membersFor(method, rank, sampled);
    return runOn(method, rank, members, sampled, control);
}

Result<MethodEvaluation> OfflineEvaluation::runOn(
    Method method, const RankOptions& rank, const std::vector<Index>& members, bool sampled, const TaskControl& control)
{
    if (Status s = m_recommender->prepare(method, control); !s.ok())
        return s.failure();
    MethodEvaluation result;
    result.members = members;
    result.hitRank.assign(members.size(), 0);
    const Index productCount = m_split.training.productCount;
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<std::vector<std::uint8_t>> recommended(
        static_cast<size_t>(workers), std::vector<std::uint8_t>(static_cast<size_t>(productCount), 0));
    std::vector<std::int64_t> rankSum(members.size(), 0);
    std::vector<std::int32_t> listed(members.size(), 0);
    std::vector<RecommendScratch> scratch(static_cast<size_t>(workers));
    std::atomic<std::int64_t> done { 0 };
    const Recommender& recommender = *m_recommender;
    try {
        detail::parallelFor(
            static_cast<std::int64_t>(members.size()), 256, [&](std::int64_t b, std::int64_t e, int worker) {
                if (control.stopRequested())
                    throw Cancelled {};
                RecommendScratch& s = scratch[static_cast<size_t>(worker)];
                std::vector<std::uint8_t>& seen = recommended[static_cast<size_t>(worker)];
                for (std::int64_t i = b; i < e; ++i) {
                    const Index m = members[static_cast<size_t>(i)];
                    recommender.topK(method, m, rank, s);
                    const Index target = m_split.heldOut[static_cast<size_t>(m)];
                    for (size_t r = 0; r < s.ranked.size(); ++r) {
                        const Index p = s.ranked[r].product;
                        seen[static_cast<size_t>(p)] = 1;
                        rankSum[static_cast<size_t>(i)] += m_popularityRank[static_cast<size_t>(p)];
                        if (p == target)
                            result.hitRank[static_cast<size_t>(i)] = static_cast<std::int32_t>(r + 1);
                    }
                    listed[static_cast<size_t>(i)] = static_cast<std::int32_t>(s.ranked.size());
                }
                const std::int64_t finished = done.fetch_add(e - b) + (e - b);
                if (worker == 0)
                    control.progress(static_cast<double>(finished) / static_cast<double>(members.size()));
            });
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to evaluate " + std::string(methodName(method)) };
    }

    // Sums in member order, so the figures do not depend on how the threads split the work.
    MethodMetrics& mm = result.metrics;
    mm.method = method;
    mm.k = rank.k;
    mm.members = static_cast<Index>(members.size());
    mm.sampled = sampled;
    double hits = 0.0, ndcg = 0.0;
    std::int64_t ranks = 0, count = 0;
    for (size_t i = 0; i < members.size(); ++i) {
        const std::int32_t r = result.hitRank[i];
        if (r > 0) {
            hits += 1.0;
            ndcg += 1.0 / std::log2(static_cast<double>(r) + 1.0);
        }
        ranks += rankSum[i];
        count += listed[i];
    }
    if (!members.empty()) {
        const auto n = static_cast<double>(members.size());
        mm.hitRate = hits / n;
        mm.precision = rank.k > 0 ? hits / (n * rank.k) : 0.0;
        mm.recall = hits / n; // one held-out product per member
        mm.ndcg = ndcg / n;
    }
    Index covered = 0;
    for (Index p = 0; p < productCount; ++p) {
        for (const auto& seen : recommended) {
            if (seen[static_cast<size_t>(p)]) {
                ++covered;
                break;
            }
        }
    }
    mm.coverage = productCount > 0 ? static_cast<double>(covered) / productCount : 0.0;
    mm.novelty = count > 0 ? static_cast<double>(ranks) / static_cast<double>(count) : 0.0;
    return result;
}

Result<AbComparison> OfflineEvaluation::compare(
    const Configuration& a, const Configuration& b, AbMetric metric, double confidence, const TaskControl& control)
{
    bool sampledA = false, sampledB = false;
    std::vector<Index> members = membersFor(a.method, a.rank, sampledA);
    const std::vector<Index> membersB = membersFor(b.method, b.rank, sampledB);
    if (membersB.size() < members.size())
        members = membersB;
    const bool sampled = members.size() < m_split.evaluated.size();

    const AlsOptions original = m_recommender->modelOptions().als;
    auto arm = [&](const Configuration& c) -> Result<MethodEvaluation> {
        m_recommender->setAlsOptions(c.als.value_or(original));
        return runOn(c.method, c.rank, members, sampled, control);
    };
    Result<MethodEvaluation> ra = arm(a);
    if (!ra.ok())
        return ra.failure();
    Result<MethodEvaluation> rb = arm(b);
    if (!rb.ok())
        return rb.failure();
    m_recommender->setAlsOptions(original);

    const auto values = [metric](const MethodEvaluation& e) {
        std::vector<double> v(e.hitRank.size());
        for (size_t i = 0; i < v.size(); ++i) {
            const std::int32_t r = e.hitRank[i];
            v[i] = r == 0 ? 0.0 : metric == AbMetric::HitRate ? 1.0 : 1.0 / std::log2(r + 1.0);
        }
        return v;
    };
    const std::vector<double> va = values(*ra), vb = values(*rb);
    AbComparison out;
    out.a = ra->metrics;
    out.b = rb->metrics;
    out.metric = metric;
    out.test = pairedTTest(va, vb, confidence);
    return out;
}

Result<std::vector<MethodMetrics>> evaluateMethods(CommunityPtr community, const std::vector<Method>& methods,
    const RankOptions& rank, const ModelOptions& models, const TaskControl& control)
{
    Result<std::unique_ptr<OfflineEvaluation>> e = OfflineEvaluation::create(community, {}, models);
    if (!e.ok())
        return e.failure();
    std::vector<MethodMetrics> out;
    for (Method m : methods) {
        Result<MethodEvaluation> r = (*e)->run(m, rank, control);
        if (!r.ok())
            return r.failure();
        out.push_back(r->metrics);
    }
    return out;
}

} // namespace kinsight::core
