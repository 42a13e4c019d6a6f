#include "analysis.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/analysis/derive.h"
#include "core/recommend/recommendcache.h"

namespace kinsight::core {

namespace {

constexpr std::array<Part, partCount> computeOrder {
    // Cheap derivations of heavy parts that are already cached come first (a cut-off or a leader
    // weight repaints at once even while something heavy is queued behind it)…
    Part::Levels,
    Part::Retention,
    Part::Leaders,
    Part::NetworkView,
    Part::Ranking,
    // … then the scans, the lighter ones first, the graph and the models last.
    Part::Activity,
    Part::Overview,
    Part::Daily,
    Part::Rfm,
    Part::Funnel,
    Part::Pricing,
    Part::Churn,
    Part::Lifecycle,
    Part::DayN,
    Part::Cohorts,
    Part::Scores,
    Part::Graph,
    Part::Recommender,
};

Parts partInputsOf(Part p)
{
    switch (p) {
    case Part::Daily:
    case Part::Overview:
    case Part::Churn:
    case Part::Lifecycle:
    case Part::Cohorts:
    case Part::DayN:
    case Part::Funnel:
        return bit(Part::Activity);
    case Part::Levels:
        return bit(Part::Scores);
    case Part::Retention:
        return bit(Part::Cohorts);
    case Part::Leaders:
        return bit(Part::Graph);
    case Part::NetworkView:
        return bit(Part::Leaders);
    case Part::Ranking:
        return bit(Part::Recommender);
    default:
        return 0;
    }
}

int partIndex(Part p)
{
    return std::countr_zero(static_cast<std::uint32_t>(p));
}

} // namespace

double AnalysisResults::leaderScore(Index m) const
{
    if (!memberVertex || !leaders || m < 0 || static_cast<size_t>(m) >= memberVertex->size())
        return std::numeric_limits<double>::quiet_NaN();
    const Vertex v = (*memberVertex)[static_cast<size_t>(m)];
    return v == noVertex || v >= leaders->score.size() ? std::numeric_limits<double>::quiet_NaN() : leaders->score[v];
}

bool AnalysisResults::isLeader(Index m) const
{
    if (!memberVertex || !leaders || m < 0 || static_cast<size_t>(m) >= memberVertex->size())
        return false;
    const Vertex v = (*memberVertex)[static_cast<size_t>(m)];
    return v != noVertex && v < leaders->isLeader.size() && leaders->isLeader[v] != 0;
}

Parts partInputs(Part part)
{
    return partInputsOf(part);
}

Parts withDependents(Parts parts)
{
    for (bool grew = true; grew;) {
        grew = false;
        for (Part p : computeOrder) {
            if (!has(parts, p) && (partInputsOf(p) & parts) != 0) {
                parts |= bit(p);
                grew = true;
            }
        }
    }
    return parts;
}

Analysis::Analysis(CommunityPtr community)
    : m_community(std::move(community))
{
    m_results.community = m_community;
}

Analysis::~Analysis() = default;

Parts Analysis::affectedParts(const Thresholds& next) const
{
    return withDependents(changedInputs(m_thresholds, next));
}

std::uint64_t Analysis::computations(Part part) const
{
    return m_computations[static_cast<size_t>(partIndex(part))];
}

std::shared_ptr<const AnalysisResults> Analysis::results() const
{
    auto r = std::make_shared<AnalysisResults>(m_results);
    r->thresholds = m_thresholds;
    r->ready = m_ready;
    r->generation = ++m_generation;
    return r;
}

Result<Parts> Analysis::update(const Thresholds& thresholds, const TaskControl& control, const PartsReady& partsReady)
{
    m_ready &= ~affectedParts(thresholds);
    m_thresholds = thresholds;
    Parts done = 0;
    // Rough weights of each part's cost, so that progress moves evenly.
    auto weight = [](Part p) {
        switch (p) {
        case Part::Graph:
            return 8.0;
        case Part::Recommender:
            return 4.0;
        case Part::Activity:
        case Part::Scores:
            return 2.0;
        default:
            return 0.25;
        }
    };
    double total = 0;
    for (Part p : computeOrder) {
        if (!ready(p))
            total += weight(p);
    }
    double finished = 0;
    try {
        for (Part p : computeOrder) {
            if (ready(p) || (partInputsOf(p) & ~m_ready) != 0)
                continue; // up to date, or waits for an input later in the order
            if (control.stopRequested())
                throw Cancelled {};
            const double w = weight(p);
            compute(p, control.slice(finished / total, (finished + w) / total));
            finished += w;
            m_ready |= bit(p);
            ++m_computations[static_cast<size_t>(partIndex(p))];
            done |= bit(p);
            control.progress(finished / total);
            if (partsReady)
                partsReady(done);
        }
        // Cheap parts placed before their (stale) inputs in the order run once those land.
        for (Part p : computeOrder) {
            if (ready(p))
                continue;
            if (control.stopRequested())
                throw Cancelled {};
            compute(p, control.slice(finished / total, std::min(1.0, (finished + weight(p)) / total)));
            m_ready |= bit(p);
            ++m_computations[static_cast<size_t>(partIndex(p))];
            done |= bit(p);
            if (partsReady)
                partsReady(done);
        }
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "out of memory", { "task.out_of_memory", {} } };
    } catch (const std::exception& e) {
        return Error { e.what() };
    }
    control.progress(1.0);
    return done;
}

void Analysis::compute(Part part, const TaskControl& control)
{
    const Community& c = *m_community;
    AnalysisResults& r = m_results;
    const Thresholds& t = m_thresholds;
    if (has(derivableParts, part)) {
        derivePart(r, part, t, control); // the same derivation the window's threshold changes use
        return;
    }
    r.setVersion(part, nextPartVersion());
    switch (part) {
    case Part::Activity:
        r.activity = std::make_shared<const ActivityDays>(computeActivityDays(c, control));
        break;
    case Part::Daily:
        r.daily = std::make_shared<const DailyActivity>(computeDailyActivity(*r.activity));
        break;
    case Part::Overview:
        r.overview = std::make_shared<const OverviewKpis>(computeOverview(c, *r.activity));
        break;
    case Part::Scores:
        r.scores = std::make_shared<const EngagementScores>(computeEngagementScores(c, t.engagement, control));
        break;
    case Part::Rfm: {
        auto scores = std::make_shared<const RfmScores>(computeRfm(c));
        r.segments = std::make_shared<const RfmSegments>(segmentRfm(*scores));
        r.rfm = std::move(scores);
        break;
    }
    case Part::Churn:
        r.churn = std::make_shared<const ChurnRisk>(computeChurnRisk(c, *r.activity, t.churn));
        break;
    case Part::Lifecycle:
        r.lifecycle = std::make_shared<const Lifecycle>(computeLifecycle(c, *r.activity, t.cohortPeriod));
        r.memberStatus
            = std::make_shared<const std::vector<MemberLifecycle>>(memberLifecycle(c, *r.activity, t.cohortPeriod));
        break;
    case Part::Cohorts:
        r.cohorts = std::make_shared<const CohortCounts>(
            computeCohortCounts(c, *r.activity, t.cohortPeriod, t.cohortBreakdown));
        break;
    case Part::DayN:
        r.dayN = std::make_shared<const std::vector<DayNPoint>>(dayNRetention(c, *r.activity, t.retentionView.mode));
        break;
    case Part::Funnel:
        r.funnel = std::make_shared<const Funnel>(computeFunnel(c, *r.activity, t.funnel));
        break;
    case Part::Pricing:
        r.pricing = std::make_shared<const Pricing>(computePricing(c, t.pricing));
        break;
    case Part::Graph: {
        GraphOptions options;
        options.filter.window = lastDays(c, t.graphWindowDays);
        options.filter.types = t.graphTypes;
        auto metrics = computeGraphMetrics(c, options, control);
        if (!metrics) {
            if (control.stopRequested())
                throw Cancelled {};
            throw std::runtime_error(metrics.error());
        }
        auto graph = std::make_shared<const GraphMetrics>(std::move(*metrics));
        auto vertexOf = std::make_shared<std::vector<Vertex>>(static_cast<size_t>(c.memberCount()), noVertex);
        if (graph->graph) {
            const auto members = graph->graph->members();
            for (size_t v = 0; v < members.size(); ++v)
                (*vertexOf)[static_cast<size_t>(members[v])] = static_cast<Vertex>(v);
        }
        r.graph = std::move(graph);
        r.memberVertex = std::move(vertexOf);
        break;
    }
    case Part::Recommender: {
        // A published recommender never changes: a method it lacks is prepared on a new one
        // that shares its models, and the old one stays valid for whoever still holds it.
        std::shared_ptr<const Recommender> base = m_recommender;
        if (!base)
            base = Recommender::forCommunity(m_community);
        auto next = Recommender::withMethod(base, t.method, control);
        if (!next) {
            if (control.stopRequested())
                throw Cancelled {};
            throw std::runtime_error(next.error());
        }
        m_recommender = std::move(*next);
        r.recommender = m_recommender;
        break;
    }
    case Part::Levels:
    case Part::Retention:
    case Part::Leaders:
    case Part::NetworkView:
        break; // derived above
    case Part::Ranking:
        // Nothing to compute: lists are ranked on demand (recommendFor) from the cached models.
        break;
    }
}

std::vector<Recommendation> Analysis::recommendFor(Index member) const
{
    if (!m_recommender || !ready(Part::Recommender) || member < 0 || member >= m_community->memberCount())
        return {};
    return m_recommender->recommend(member, m_thresholds.method, m_thresholds.rank);
}

Result<std::shared_ptr<const std::vector<MethodMetrics>>> Analysis::evaluate(const TaskControl& control)
{
    try {
        if (!m_evaluation) {
            auto created = OfflineEvaluation::create(m_community);
            if (!created)
                return created.failure();
            m_evaluation = std::move(*created);
        }
        auto rows = std::make_shared<std::vector<MethodMetrics>>();
        for (size_t i = 0; i < allMethods.size(); ++i) {
            const double from = static_cast<double>(i) / allMethods.size();
            auto run = m_evaluation->run(
                allMethods[i], m_thresholds.rank, control.slice(from, from + 1.0 / allMethods.size()));
            if (!run)
                return run.failure();
            rows->push_back(run->metrics);
        }
        m_results.evaluation = rows;
        return std::shared_ptr<const std::vector<MethodMetrics>>(rows);
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "out of memory", { "task.out_of_memory", {} } };
    }
}

Result<std::shared_ptr<const AutoChoice>> Analysis::chooseAuto(const std::string& cachePath, const TaskControl& control)
{
    try {
        std::optional<RecommendCache> cache;
        if (!cachePath.empty()) {
            cache = RecommendCache::open(cachePath, RecommendCache::keyFor(*m_community, m_thresholds.rank, {}));
            if (cache->autoChoice())
                return std::make_shared<const AutoChoice>(*cache->autoChoice());
        }
        if (!m_evaluation) {
            auto created = OfflineEvaluation::create(m_community);
            if (!created)
                return created.failure();
            m_evaluation = std::move(*created);
        }
        auto choice = m_evaluation->chooseAuto(m_thresholds.rank, control);
        if (!choice)
            return choice.failure();
        if (cache) {
            cache->setAutoChoice(*choice);
            (void)cache->save(); // a read-only folder only costs the next run its validation
        }
        return std::make_shared<const AutoChoice>(std::move(*choice));
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "out of memory", { "task.out_of_memory", {} } };
    }
}

Result<std::shared_ptr<const AbComparison>> Analysis::compare(
    const Configuration& a, const Configuration& b, AbMetric metric, const TaskControl& control)
{
    try {
        if (!m_evaluation) {
            auto created = OfflineEvaluation::create(m_community);
            if (!created)
                return created.failure();
            m_evaluation = std::move(*created);
        }
        auto ab = m_evaluation->compare(a, b, metric, 0.95, control);
        if (!ab)
            return ab.failure();
        auto out = std::make_shared<const AbComparison>(std::move(*ab));
        m_results.abTest = out;
        return out;
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "out of memory", { "task.out_of_memory", {} } };
    }
}

} // namespace kinsight::core
