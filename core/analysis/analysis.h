#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/analysis/networkview.h"
#include "core/analysis/overview.h"
#include "core/analysis/thresholds.h"
#include "core/data/community.h"
#include "core/graph/graphmetrics.h"
#include "core/graph/leaders.h"
#include "core/metrics/activity.h"
#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/lifecycle.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/metrics/rfm.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommender.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// An immutable snapshot of everything an Analysis has computed, as shared pointers: pages hold
/// one while the next update computes. A null pointer means "not computed (yet)"; `ready` says
/// which parts are up to date with `thresholds`.
struct AnalysisResults {
    CommunityPtr community;
    Thresholds thresholds;
    Parts ready = 0;
    std::uint64_t generation = 0; ///< increases with every snapshot an Analysis hands out

    std::shared_ptr<const ActivityDays> activity;
    std::shared_ptr<const DailyActivity> daily;
    std::shared_ptr<const OverviewKpis> overview;
    std::shared_ptr<const EngagementScores> scores;
    std::shared_ptr<const EngagementLevels> levels;
    std::shared_ptr<const RfmScores> rfm;
    std::shared_ptr<const RfmSegments> segments;
    std::shared_ptr<const ChurnRisk> churn;
    std::shared_ptr<const Lifecycle> lifecycle;
    std::shared_ptr<const std::vector<MemberLifecycle>> memberStatus;
    std::shared_ptr<const CohortCounts> cohorts;
    std::shared_ptr<const RetentionMatrix> retention;
    std::shared_ptr<const std::vector<DayNPoint>> dayN;
    std::shared_ptr<const Funnel> funnel;
    std::shared_ptr<const Pricing> pricing;
    std::shared_ptr<const GraphMetrics> graph;
    std::shared_ptr<const std::vector<Vertex>> memberVertex; ///< per member: its graph vertex or noVertex
    std::shared_ptr<const LeaderRanking> leaders;
    std::shared_ptr<const NetworkView> network;
    /// The live recommender, immutable once handed out: an update that needs another method
    /// publishes a new one (sharing the models already built) and leaves this one as it is. Its
    /// const functions may run on any thread, during later updates too, for the methods it has
    /// prepared (`thresholds.method` once Part::Recommender is ready).
    std::shared_ptr<const Recommender> recommender;
    std::shared_ptr<const std::vector<MethodMetrics>> evaluation; ///< from Analysis::evaluate()
    std::shared_ptr<const AbComparison> abTest; ///< from Analysis::compare()

    /// Each part's version: a number, new in the process, given whenever the part is computed or
    /// derived (0: never). Pages tell whether what they show changed by comparing versions.
    std::array<std::uint64_t, partCount> versions {};

    bool isReady(Part p) const { return has(ready, p); }
    std::uint64_t version(Part p) const { return versions[static_cast<size_t>(std::countr_zero(bit(p)))]; }
    void setVersion(Part p, std::uint64_t v) { versions[static_cast<size_t>(std::countr_zero(bit(p)))] = v; }
    /// Member m's leader score, or NaN when the member is not in the graph or it is not ranked.
    double leaderScore(Index m) const;
    bool isLeader(Index m) const;
};

/// Runs every analysis of one community, caches the results and recomputes only what a change
/// of thresholds needs.
///
/// Plain C++ (no QObject): the window runs it on a worker thread, the report writer and tests run
/// it directly. Heavy results (activity days, engagement scores, cohort counts, graph metrics,
/// recommendation models) are computed once per snapshot and the inputs they depend on; cheap
/// ones (level cut-offs, retention switches, leader weights, recommendation knobs) are derived
/// from them. update() is observable: it returns the parts it recomputed, and computations()
/// counts them.
///
/// Not thread-safe: one thread at a time calls update(), evaluate(), compare() and
/// recommendFor(). The snapshots from results() may be read from any thread.
class Analysis {
public:
    explicit Analysis(CommunityPtr community);
    ~Analysis();
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    const Community& community() const { return *m_community; }
    const CommunityPtr& communityPtr() const { return m_community; }
    const Thresholds& thresholds() const { return m_thresholds; }

    /// Called on the computing thread after each group of parts lands, with all parts done so
    /// far in this update: a caller can publish results() progressively.
    using PartsReady = std::function<void(Parts done)>;

    /// Brings every part up to date with `thresholds` (cheap parts first, the graph and the
    /// recommender last) and returns the parts it recomputed. On cancellation or error returns
    /// the error; the parts finished so far stay cached and the next update carries on.
    [[nodiscard]] Result<Parts> update(
        const Thresholds& thresholds, const TaskControl& control = {}, const PartsReady& partsReady = {});

    /// The parts a change from the current thresholds to `next` makes stale, dependents
    /// included (e.g. a new cohort period: cohorts, retention and lifecycle).
    Parts affectedParts(const Thresholds& next) const;
    /// Parts that are not up to date.
    Parts staleParts() const { return allParts & ~m_ready; }

    /// A snapshot of the current results (cheap: shared pointers).
    std::shared_ptr<const AnalysisResults> results() const;

    /// How many times a part has been computed by this Analysis.
    std::uint64_t computations(Part part) const;

    /// Offline evaluation (docs/recommendations.md) of every method at `thresholds().rank`, cached in the
    /// results. Heavy on the first call (the split and each model), cheap afterwards.
    [[nodiscard]] Result<std::shared_ptr<const std::vector<MethodMetrics>>> evaluate(const TaskControl& control = {});
    /// A/B comparison of two configurations on the same split (paired t-test per member).
    [[nodiscard]] Result<std::shared_ptr<const AbComparison>> compare(
        const Configuration& a, const Configuration& b, AbMetric metric, const TaskControl& control = {});

    /// What `auto` chooses for this community at `thresholds().rank` (OfflineEvaluation::
    /// chooseAuto()), through the cache file `cachePath` (RecommendCache; empty: no file). Heavy on
    /// the first call for a content and options, cheap afterwards.
    [[nodiscard]] Result<std::shared_ptr<const AutoChoice>> chooseAuto(
        const std::string& cachePath, const TaskControl& control = {});

    /// Member m's recommendations with reasons, by the thresholds' method and knobs. Empty
    /// when the recommender is not ready.
    std::vector<Recommendation> recommendFor(Index member) const;

private:
    void compute(Part part, const TaskControl& control);
    bool ready(Part p) const { return has(m_ready, p); }

    CommunityPtr m_community;
    Thresholds m_thresholds;
    Parts m_ready = 0;
    std::array<std::uint64_t, partCount> m_computations {};
    mutable std::uint64_t m_generation = 0;
    AnalysisResults m_results;
    std::shared_ptr<const Recommender> m_recommender; ///< the one last published; never changed
    std::unique_ptr<OfflineEvaluation> m_evaluation;
};

/// Parts that depend on `parts`, `parts` included (closure over the dependency graph).
Parts withDependents(Parts parts);
/// The parts a part is computed from (e.g. levels from the scores).
Parts partInputs(Part part);

} // namespace kinsight::core
