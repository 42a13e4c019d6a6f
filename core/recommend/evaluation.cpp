#include "evaluation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <new>
#include <random>

#include "core/util/parallel.h"

namespace kinsight::core {

const MethodMetrics* AutoChoice::of(Method m) const
{
    for (const MethodMetrics& mm : validation) {
        if (mm.method == m)
            return &mm;
    }
    return nullptr;
}

const MethodMetrics* AutoChoice::chosen() const
{
    return of(method);
}

double AutoChoice::weightedNdcgOf(Method m) const
{
    for (size_t i = 0; i < validation.size() && i < weightedNdcg.size(); ++i) {
        if (validation[i].method == m)
            return weightedNdcg[i];
    }
    return 0.0;
}

Result<std::unique_ptr<OfflineEvaluation>> OfflineEvaluation::create(CommunityPtr community,
    const FeedbackOptions& feedback, const ModelOptions& models, const EvaluationOptions& options)
{
    try {
        return createFrom(community, buildFeedback(*community, feedback), models, options);
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory for the evaluation split", { "evaluation.out_of_memory", {} } };
    }
}

Result<std::unique_ptr<OfflineEvaluation>> OfflineEvaluation::createFrom(CommunityPtr community, const Feedback& all,
    const ModelOptions& models, const EvaluationOptions& options, const std::function<bool(Index)>& holdOut)
{
    try {
        std::unique_ptr<OfflineEvaluation> e(new OfflineEvaluation());
        e->m_community = community;
        e->m_options = options;
        e->m_split = splitLeaveLatestOut(all, holdOut);
        auto training = std::make_shared<const Feedback>(e->m_split.training);
        e->m_meanPopularity = training->productCount > 0
            ? static_cast<double>(training->pairCount()) / static_cast<double>(training->productCount)
            : 0.0;
        e->m_recommender = std::make_unique<Recommender>(community, training, models);
        const std::vector<Index>& order = e->m_recommender->byPopularity();
        e->m_popularityRank.assign(order.size(), 0);
        for (size_t i = 0; i < order.size(); ++i)
            e->m_popularityRank[static_cast<size_t>(order[i])] = static_cast<std::int32_t>(i + 1);
        return e;
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory for the evaluation split", { "evaluation.out_of_memory", {} } };
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
    if (m_options.diversity && !m_diversitySimilarity) {
        try {
            m_diversitySimilarity = ItemSimilarity::build(m_split.training, control);
        } catch (const Cancelled&) {
            return Error::cancelled();
        } catch (const std::bad_alloc&) {
            return Error { "not enough memory for the diversity similarities", { "evaluation.out_of_memory", {} } };
        }
    }
    const ItemSimilarity* similarity = m_options.diversity ? m_diversitySimilarity.get() : nullptr;
    MethodEvaluation result;
    result.members = members;
    result.hitRank.assign(members.size(), 0);
    const Index productCount = m_split.training.productCount;
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<std::vector<std::uint8_t>> recommended(
        static_cast<size_t>(workers), std::vector<std::uint8_t>(static_cast<size_t>(productCount), 0));
    std::vector<std::int64_t> rankSum(members.size(), 0);
    std::vector<std::int32_t> listed(members.size(), 0);
    std::vector<double> listPopularity(members.size(), 0.0);
    std::vector<double> listDiversity(members.size(), 0.0);
    std::vector<std::uint8_t> hasDiversity(members.size(), 0);
    std::vector<std::vector<std::uint8_t>> inList(static_cast<size_t>(workers));
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
                    if (s.ranked.empty())
                        continue;
                    double popularity = 0.0;
                    for (const RankedProduct& r : s.ranked)
                        popularity += m_split.training.popularity(r.product);
                    listPopularity[static_cast<size_t>(i)] = popularity / static_cast<double>(s.ranked.size());
                    if (similarity && s.ranked.size() >= 2) {
                        // Each unordered pair of the list once: from p, only neighbours q > p.
                        std::vector<std::uint8_t>& mark = inList[static_cast<size_t>(worker)];
                        mark.resize(static_cast<size_t>(productCount), 0);
                        for (const RankedProduct& r : s.ranked)
                            mark[static_cast<size_t>(r.product)] = 1;
                        double sum = 0.0;
                        for (const RankedProduct& r : s.ranked) {
                            for (const ItemSimilarity::Neighbour& n : similarity->neighboursOf(r.product)) {
                                if (n.product > r.product && mark[static_cast<size_t>(n.product)])
                                    sum += n.similarity;
                            }
                        }
                        for (const RankedProduct& r : s.ranked)
                            mark[static_cast<size_t>(r.product)] = 0;
                        const auto len = static_cast<double>(s.ranked.size());
                        listDiversity[static_cast<size_t>(i)] = 1.0 - 2.0 * sum / (len * (len - 1.0));
                        hasDiversity[static_cast<size_t>(i)] = 1;
                    }
                }
                const std::int64_t finished = done.fetch_add(e - b) + (e - b);
                if (worker == 0)
                    control.progress(static_cast<double>(finished) / static_cast<double>(members.size()));
            });
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to evaluate " + std::string(methodName(method)),
            { "evaluation.out_of_memory_method", { std::string(methodName(method)) } } };
    }

    // Sums in member order, so the figures do not depend on how the threads split the work.
    MethodMetrics& mm = result.metrics;
    mm.method = method;
    mm.k = rank.k;
    mm.members = static_cast<Index>(members.size());
    mm.sampled = sampled;
    double hits = 0.0, ndcg = 0.0;
    std::int64_t ranks = 0, count = 0;
    double popularity = 0.0, diversity = 0.0;
    Index listedMembers = 0, diverseMembers = 0;
    std::vector<std::int64_t> atRank(static_cast<size_t>(std::max(0, rank.k)) + 1, 0);
    for (size_t i = 0; i < members.size(); ++i) {
        const std::int32_t r = result.hitRank[i];
        if (r > 0) {
            hits += 1.0;
            ndcg += 1.0 / std::log2(static_cast<double>(r) + 1.0);
        }
        if (static_cast<size_t>(r) < atRank.size())
            ++atRank[static_cast<size_t>(r)];
        ranks += rankSum[i];
        count += listed[i];
        if (listed[i] > 0) {
            popularity += listPopularity[i];
            ++listedMembers;
        }
        if (hasDiversity[i]) {
            diversity += listDiversity[i];
            ++diverseMembers;
        }
    }
    if (!members.empty()) {
        const auto n = static_cast<double>(members.size());
        mm.hitRate = hits / n;
        mm.precision = rank.k > 0 ? hits / (n * rank.k) : 0.0;
        mm.recall = hits / n; // one held-out product per member
        mm.ndcg = ndcg / n;
    }
    mm.hitRateLow = mm.hitRateHigh = mm.hitRate;
    mm.ndcgLow = mm.ndcgHigh = mm.ndcg;
    if (m_options.bootstrapSamples > 0 && !members.empty()) {
        // Resampling members with replacement only changes how many of them land on each hit rank
        // (0 = missed, 1..k): a multinomial draw over those counts, the same distribution as
        // drawing members one by one, at O(k) per resample.
        const auto n = static_cast<std::int64_t>(members.size());
        std::mt19937_64 random(m_options.bootstrapSeed);
        std::vector<double> hitSamples, ndcgSamples;
        hitSamples.reserve(static_cast<size_t>(m_options.bootstrapSamples));
        ndcgSamples.reserve(static_cast<size_t>(m_options.bootstrapSamples));
        for (int b = 0; b < m_options.bootstrapSamples; ++b) {
            std::int64_t left = n, remaining = n, drawnHits = 0;
            double drawnGain = 0.0;
            for (size_t r = atRank.size(); r-- > 1;) {
                std::int64_t draws = 0;
                if (left > 0 && atRank[r] > 0) {
                    std::binomial_distribution<std::int64_t> pick(
                        left, static_cast<double>(atRank[r]) / static_cast<double>(remaining));
                    draws = pick(random);
                }
                remaining -= atRank[r];
                left -= draws;
                drawnHits += draws;
                drawnGain += static_cast<double>(draws) / std::log2(static_cast<double>(r) + 1.0);
            }
            hitSamples.push_back(static_cast<double>(drawnHits) / static_cast<double>(n));
            ndcgSamples.push_back(drawnGain / static_cast<double>(n));
        }
        const auto percentile = [](std::vector<double>& v, double q) {
            std::sort(v.begin(), v.end());
            const double at = q * static_cast<double>(v.size() - 1);
            const auto lo = static_cast<size_t>(std::floor(at));
            const auto hi = std::min(v.size() - 1, lo + 1);
            return v[lo] + (at - static_cast<double>(lo)) * (v[hi] - v[lo]);
        };
        const double tail = (1.0 - m_options.bootstrapConfidence) / 2.0;
        mm.hitRateLow = percentile(hitSamples, tail);
        mm.hitRateHigh = percentile(hitSamples, 1.0 - tail);
        mm.ndcgLow = percentile(ndcgSamples, tail);
        mm.ndcgHigh = percentile(ndcgSamples, 1.0 - tail);
    }
    if (listedMembers > 0 && m_meanPopularity > 0.0)
        mm.popularityBias = popularity / static_cast<double>(listedMembers) / m_meanPopularity;
    if (diverseMembers > 0)
        mm.diversity = diversity / static_cast<double>(diverseMembers);
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

    const std::vector<double> va = memberValues(*ra, metric), vb = memberValues(*rb, metric);
    AbComparison out;
    out.a = ra->metrics;
    out.b = rb->metrics;
    out.metric = metric;
    out.test = pairedTTest(va, vb, confidence);
    return out;
}

std::vector<double> OfflineEvaluation::memberValues(const MethodEvaluation& e, AbMetric metric)
{
    std::vector<double> v(e.hitRank.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const std::int32_t r = e.hitRank[i];
        v[i] = r == 0 ? 0.0 : metric == AbMetric::HitRate ? 1.0 : 1.0 / std::log2(r + 1.0);
    }
    return v;
}

Result<AutoChoice> OfflineEvaluation::chooseAuto(const RankOptions& rank, const TaskControl& control)
{
    if (m_auto && m_autoRank.k == rank.k && m_autoRank.neighbours == rank.neighbours && m_autoRank.floor == rank.floor
        && m_autoRank.alpha == rank.alpha)
        return *m_auto;
    // The validation members and targets: this split's training pairs split once more the same way
    // (each member with at least two training pairs loses their latest one, the contract's tie rule).
    const LeaveLatestOutSplit whole = splitLeaveLatestOut(m_split.training);
    const std::vector<Index>& validated = whole.evaluated;
    // Held out all at once, those targets would take with them most of the co-purchase signal (a
    // member with three pairs is left with one, which links no products), and methods that learn
    // from co-purchases would look far worse than on the evaluation. So the members are split into
    // folds; each fold's members lose their target while everybody else keeps all their training
    // pairs, and every method is fitted per fold with the same options as for the evaluation.
    const int folds = std::max(1, m_options.validationFolds);
    const auto foldOf = [folds](Index m) {
        const std::uint64_t h = (static_cast<std::uint64_t>(m) + 1) * 0x9E3779B97F4A7C15ULL;
        return static_cast<int>((h >> 33) % static_cast<std::uint64_t>(folds));
    };
    constexpr size_t methodCount = allMethods.size();
    std::vector<std::vector<std::int32_t>> hitRank(methodCount, std::vector<std::int32_t>(validated.size(), 0));
    std::vector<double> coverage(methodCount, 0.0);
    const double steps = static_cast<double>(folds) * static_cast<double>(methodCount);
    for (int f = 0; f < folds; ++f) {
        EvaluationOptions options = m_options;
        options.bootstrapSamples = 0;
        options.diversity = false;
        Result<std::unique_ptr<OfflineEvaluation>> fold = createFrom(m_community, m_split.training,
            m_recommender->modelOptions(), options, [&](Index m) { return foldOf(m) == f; });
        if (!fold.ok())
            return fold.failure();
        for (size_t i = 0; i < methodCount; ++i) {
            const double step = static_cast<double>(f) * static_cast<double>(methodCount) + static_cast<double>(i);
            Result<MethodEvaluation> r
                = (*fold)->run(allMethods[i], rank, control.slice(step / steps, (step + 1.0) / steps));
            if (!r.ok())
                return r.failure();
            for (size_t j = 0; j < r->members.size(); ++j) {
                const auto at = std::lower_bound(validated.begin(), validated.end(), r->members[j]);
                if (at != validated.end() && *at == r->members[j])
                    hitRank[i][static_cast<size_t>(at - validated.begin())] = r->hitRank[j];
            }
            coverage[i] += r->metrics.coverage / static_cast<double>(folds);
        }
    }

    AutoChoice choice;
    choice.k = rank.k;
    choice.folds = folds;
    choice.validationMembers = static_cast<Index>(validated.size());
    // Validation members have one pair more than the evaluation's (they lose two, not one), so they
    // lean to heavier buyers. Each is weighted by how common their history length (1, 2, 3, 4, 5 or
    // more training pairs) is among the evaluated members relative to the validation members.
    constexpr size_t buckets = 6;
    const auto bucketOf = [](Index pairs) { return static_cast<size_t>(std::clamp<Index>(pairs, 0, 5)); };
    std::array<double, buckets> evaluatedCount {}, validationCount {}, weight {};
    for (Index m : m_split.evaluated)
        evaluatedCount[bucketOf(m_split.training.countOf(m))] += 1.0;
    for (Index m : validated)
        validationCount[bucketOf(whole.training.countOf(m))] += 1.0;
    for (size_t b = 0; b < buckets; ++b)
        weight[b] = validationCount[b] > 0.0 ? evaluatedCount[b] / validationCount[b] : 0.0;
    double best = -1.0;
    for (size_t i = 0; i < methodCount; ++i) {
        MethodMetrics mm;
        mm.method = allMethods[i];
        mm.k = rank.k;
        mm.members = static_cast<Index>(validated.size());
        double hits = 0.0, gain = 0.0, weightedGain = 0.0, total = 0.0;
        for (size_t j = 0; j < validated.size(); ++j) {
            const double w = weight[bucketOf(whole.training.countOf(validated[j]))];
            const std::int32_t hit = hitRank[i][j];
            if (hit > 0) {
                hits += 1.0;
                gain += 1.0 / std::log2(static_cast<double>(hit) + 1.0);
                weightedGain += w / std::log2(static_cast<double>(hit) + 1.0);
            }
            total += w;
        }
        if (!validated.empty()) {
            const auto n = static_cast<double>(validated.size());
            mm.hitRate = mm.recall = hits / n;
            mm.precision = rank.k > 0 ? hits / (n * rank.k) : 0.0;
            mm.ndcg = gain / n;
        }
        mm.hitRateLow = mm.hitRateHigh = mm.hitRate;
        mm.ndcgLow = mm.ndcgHigh = mm.ndcg;
        mm.coverage = coverage[i];
        choice.validation.push_back(mm);
        const double ndcg = total > 0.0 ? weightedGain / total : 0.0;
        choice.weightedNdcg.push_back(ndcg);
        if (choice.validationMembers > 0 && ndcg > best) {
            best = ndcg;
            choice.method = allMethods[i];
        }
    }
    m_auto = choice;
    m_autoRank = rank;
    return choice;
}

Result<AutoChoice> chooseMethod(
    CommunityPtr community, const RankOptions& rank, const ModelOptions& models, const TaskControl& control)
{
    EvaluationOptions options;
    options.bootstrapSamples = 0;
    Result<std::unique_ptr<OfflineEvaluation>> e = OfflineEvaluation::create(community, {}, models, options);
    if (!e.ok())
        return e.failure();
    return (*e)->chooseAuto(rank, control);
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
