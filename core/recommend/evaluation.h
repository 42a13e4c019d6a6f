#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/community.h"
#include "core/recommend/feedback.h"
#include "core/recommend/recommender.h"
#include "core/recommend/stats.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The scores of one method at one k (docs/recommendations.md; `kinsight evaluate` prints them).
struct MethodMetrics {
    Method method = Method::Popular;
    int k = 10;
    Index members = 0; ///< evaluated members (the sample size when sampled)
    double hitRate = 0.0; ///< members whose held-out product is in their top-k / members
    double precision = 0.0; ///< mean of hits / k
    double recall = 0.0; ///< mean of hits / held-out products (one per member)
    double ndcg = 0.0; ///< mean of 1 / log2(rank + 1) for a hit at `rank` (ideal DCG is 1)
    double coverage = 0.0; ///< distinct products recommended to evaluated members / all products
    double novelty = 0.0; ///< mean training-popularity rank (1 = most popular) of recommended products
    bool sampled = false; ///< true when a seeded sample of members was evaluated (see EvaluationOptions)
};

/// One method's evaluation with the per-member outcome the A/B test pairs up.
struct MethodEvaluation {
    MethodMetrics metrics;
    std::vector<Index> members; ///< evaluated members, ascending
    std::vector<std::int32_t> hitRank; ///< per member: 1-based rank of the held-out product, 0 when missed
};

struct EvaluationOptions {
    /// Above this many evaluated members, user-kNN and hybrid with a tuned neighbourhood or floor
    /// (which need every member's own neighbours) are evaluated on a seeded random sample of this
    /// size. The contract's defaults (all neighbours, no floor) are always evaluated exactly on all
    /// members, as are the other methods.
    Index neighbourSampleLimit = 50000;
    std::uint64_t sampleSeed = 42;
};

/// A method and its knobs: one arm of an A/B comparison.
struct Configuration {
    Method method = Method::Hybrid;
    RankOptions rank;
    /// When set, ALS in this arm uses these settings (otherwise the evaluation's).
    std::optional<AlsOptions> als;
};

/// Which per-member value the A/B test compares.
enum class AbMetric { HitRate, Ndcg };

struct AbComparison {
    MethodMetrics a;
    MethodMetrics b;
    AbMetric metric = AbMetric::HitRate;
    PairedTest test; ///< a − b, per member
};

/// Leave-latest-out offline evaluation of one community (docs/recommendations.md).
///
/// create() collects the feedback and makes the split once; run() evaluates a method at a k with
/// the given knobs, building its model on first use and reusing it afterwards (a new floor,
/// neighbourhood, α or k only re-ranks). Members are scored in parallel on all cores.
/// Not thread-safe: use one OfflineEvaluation per thread.
class OfflineEvaluation {
public:
    [[nodiscard]] static Result<std::unique_ptr<OfflineEvaluation>> create(CommunityPtr community,
        const FeedbackOptions& feedback = {}, const ModelOptions& models = {}, const EvaluationOptions& options = {});

    const LeaveLatestOutSplit& split() const { return m_split; }
    Recommender& recommender() { return *m_recommender; }

    /// Evaluates `method` with `rank` (rank.k is K) on all evaluated members (or the documented
    /// sample). Errors: cancelled, out of memory.
    [[nodiscard]] Result<MethodEvaluation> run(Method method, const RankOptions& rank, const TaskControl& control = {});

    /// Evaluates two configurations on the same split and the same members and tests the paired
    /// per-member difference (a − b) of the chosen metric.
    [[nodiscard]] Result<AbComparison> compare(const Configuration& a, const Configuration& b,
        AbMetric metric = AbMetric::HitRate, double confidence = 0.95, const TaskControl& control = {});

private:
    OfflineEvaluation() = default;
    Result<MethodEvaluation> runOn(Method method, const RankOptions& rank, const std::vector<Index>& members,
        bool sampled, const TaskControl& control);
    std::vector<Index> membersFor(Method method, const RankOptions& rank, bool& sampled) const;

    CommunityPtr m_community;
    LeaveLatestOutSplit m_split;
    std::unique_ptr<Recommender> m_recommender;
    EvaluationOptions m_options;
    std::vector<std::int32_t> m_popularityRank; ///< per product, 1-based
};

/// Convenience: evaluates every listed method at k with the same knobs (the `kinsight evaluate`
/// table).
[[nodiscard]] Result<std::vector<MethodMetrics>> evaluateMethods(CommunityPtr community,
    const std::vector<Method>& methods, const RankOptions& rank, const ModelOptions& models = {},
    const TaskControl& control = {});

} // namespace kinsight::core
