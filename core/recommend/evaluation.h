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
    /// Seeded bootstrap percentile intervals (EvaluationOptions::bootstrapSamples resamples of the
    /// evaluated members); equal to the estimate when bootstrapping is off.
    double hitRateLow = 0.0;
    double hitRateHigh = 0.0;
    double ndcgLow = 0.0;
    double ndcgHigh = 0.0;
    /// Intra-list diversity: mean over members of the mean 1 − cos(p, q) over the pairs of their
    /// list (binary training cosine); only with EvaluationOptions::diversity, else 0.
    double diversity = 0.0;
    /// Popularity bias: mean training pairs of the recommended products / mean pairs per product
    /// of the catalogue (1 = as popular as the average product, higher = leans on bestsellers).
    double popularityBias = 0.0;
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
    /// Bootstrap resamples for the intervals of hit rate and NDCG; 0 = none.
    int bootstrapSamples = 1000;
    double bootstrapConfidence = 0.95;
    std::uint64_t bootstrapSeed = 42;
    /// Compute intra-list diversity (one pass over each list's item similarities).
    bool diversity = false;
    /// `auto`'s validation is cross-validated over this many folds of the validation members: in
    /// each fold only that fold's members lose their latest training pair, everybody else keeps
    /// all of theirs, so the validation models are fitted on nearly as many pairs as the
    /// evaluation's (see docs/recommendations.md, "Auto"). 1 = one fold holding every member out.
    int validationFolds = 3;
};

/// What `auto` chose and why: every method's NDCG@k on a validation split carved from the
/// training pairs (each evaluated member's latest training pair held out once more; the
/// evaluation's held-out pairs are never seen), weighted by history length (see weightedNdcg).
struct AutoChoice {
    Method method = Method::Hybrid;
    int k = 10;
    Index validationMembers = 0;
    int folds = 1; ///< folds of the validation members (EvaluationOptions::validationFolds)
    std::vector<MethodMetrics> validation; ///< one per method, contract order
    /// Per method (same order): the validation NDCG@k with each member weighted so that history
    /// lengths count as often as among the evaluated members; the choice is its maximum.
    std::vector<double> weightedNdcg;
    double weightedNdcgOf(Method m) const;
    /// The chosen method's validation metrics and popular's, for "finds it N× as often".
    const MethodMetrics* chosen() const;
    const MethodMetrics* of(Method m) const;
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

    /// The `auto` method: the best NDCG@rank.k on a validation split carved from this split's
    /// training pairs (ties: the earlier method in contract order; nothing to validate on: hybrid),
    /// cross-validated over EvaluationOptions::validationFolds folds of the validation members.
    /// Computed once per rank settings and cached (the validation models are not kept).
    [[nodiscard]] Result<AutoChoice> chooseAuto(const RankOptions& rank, const TaskControl& control = {});

    /// Evaluates two configurations on the same split and the same members and tests the paired
    /// per-member difference (a − b) of the chosen metric.
    [[nodiscard]] Result<AbComparison> compare(const Configuration& a, const Configuration& b,
        AbMetric metric = AbMetric::HitRate, double confidence = 0.95, const TaskControl& control = {});

    /// Per-member values of a MethodEvaluation (hit 0/1 or the member's NDCG), for paired tests.
    static std::vector<double> memberValues(const MethodEvaluation& e, AbMetric metric);

private:
    OfflineEvaluation() = default;
    static Result<std::unique_ptr<OfflineEvaluation>> createFrom(CommunityPtr community, const Feedback& all,
        const ModelOptions& models, const EvaluationOptions& options, const std::function<bool(Index)>& holdOut = {});
    Result<MethodEvaluation> runOn(Method method, const RankOptions& rank, const std::vector<Index>& members,
        bool sampled, const TaskControl& control);
    std::vector<Index> membersFor(Method method, const RankOptions& rank, bool& sampled) const;

    CommunityPtr m_community;
    LeaveLatestOutSplit m_split;
    std::unique_ptr<Recommender> m_recommender;
    EvaluationOptions m_options;
    std::vector<std::int32_t> m_popularityRank; ///< per product, 1-based
    double m_meanPopularity = 0.0;
    std::shared_ptr<const ItemSimilarity> m_diversitySimilarity;
    std::optional<AutoChoice> m_auto;
    RankOptions m_autoRank;
};

/// `auto` for a community: OfflineEvaluation::create(community) then chooseAuto(rank); what the
/// live `recommend --method auto` uses, so it agrees with `evaluate --method auto`.
[[nodiscard]] Result<AutoChoice> chooseMethod(
    CommunityPtr community, const RankOptions& rank, const ModelOptions& models = {}, const TaskControl& control = {});

/// Convenience: evaluates every listed method at k with the same knobs (the `kinsight evaluate`
/// table).
[[nodiscard]] Result<std::vector<MethodMetrics>> evaluateMethods(CommunityPtr community,
    const std::vector<Method>& methods, const RankOptions& rank, const ModelOptions& models = {},
    const TaskControl& control = {});

} // namespace kinsight::core
