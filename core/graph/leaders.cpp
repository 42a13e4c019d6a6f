#include "core/graph/leaders.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/util/enumnames.h"

namespace kinsight::core {

namespace {

std::string formatShare(double percent)
{
    char text[32];
    if (percent < 1.0)
        std::snprintf(text, sizeof text, "%.1f", percent);
    else
        std::snprintf(text, sizeof text, "%.0f", percent);
    return text;
}

} // namespace

double topSharePercent(float percentile, Vertex vertices)
{
    if (vertices == 0)
        return 0;
    // Vertices at or above this one: n − p (n − 1).
    const double n = vertices;
    const double atOrAbove = std::max(1.0, n - static_cast<double>(percentile) * (n - 1.0));
    const double percent = 100.0 * atOrAbove / n;
    static constexpr double steps[] = { 0.1, 0.2, 0.5, 1, 2, 5, 10 };
    for (const double step : steps) {
        if (percent <= step * (1 + 1e-9))
            return step;
    }
    return 0;
}

std::string topShareLabel(float percentile, Vertex vertices)
{
    const double step = topSharePercent(percentile, vertices);
    return step > 0 ? "top " + formatShare(step) + "%" : std::string();
}

NetworkValue networkValue(const GraphMetrics& metrics, Vertex v)
{
    NetworkValue value;
    value.neighbours = metrics.degree[v];
    if (metrics.neighbourPaidOrders.empty())
        return value; // not computed (GraphOptions::computeNetworkValue)
    value.paidOrders = metrics.neighbourPaidOrders[v];
    value.revenue = metrics.neighbourRevenue[v];
    if (value.neighbours > 0) {
        value.paidOrdersPerNeighbour = static_cast<double>(value.paidOrders) / value.neighbours;
        value.revenuePerNeighbour = static_cast<double>(value.revenue) / value.neighbours;
    }
    if (metrics.paidOrdersPerMember > 0)
        value.paidOrdersLift = value.paidOrdersPerNeighbour / metrics.paidOrdersPerMember;
    if (metrics.revenuePerMember > 0)
        value.revenueLift = value.revenuePerNeighbour / metrics.revenuePerMember;
    return value;
}

std::vector<Reason> leaderReasons(const GraphMetrics& metrics, Vertex v)
{
    std::vector<Reason> reasons;
    const Vertex n = metrics.vertexCount();
    const MetricPercentiles& p = metrics.percentile;
    if (metrics.repliedBy[v] > 0 && 2 * metrics.repliedBy[v] >= metrics.inDegree[v])
        reasons.push_back({ "leader.replied_by", { std::int64_t { metrics.repliedBy[v] } } });
    else if (metrics.inDegree[v] > 0)
        reasons.push_back({ "leader.addressed_by", { std::int64_t { metrics.inDegree[v] } } });
    if (const double top = topSharePercent(p.pageRank[v], n); top > 0)
        reasons.push_back({ "leader.pagerank_top", { top } });
    if (metrics.summary.communities > 1) {
        std::vector<std::uint32_t> seen { metrics.community[v] };
        for (const Vertex u : metrics.graph->neighbours(v))
            seen.push_back(metrics.community[u]);
        std::sort(seen.begin(), seen.end());
        const auto distinct = std::unique(seen.begin(), seen.end()) - seen.begin();
        if (distinct >= 2)
            reasons.push_back({ "leader.bridges", { std::int64_t { distinct } } });
    }
    if (!p.betweenness.empty() && metrics.betweenness[v] > 0) {
        if (const double top = topSharePercent(p.betweenness[v], n); top > 0)
            reasons.push_back({ "leader.betweenness_top", { top } });
    }
    if (metrics.summary.maxCoreNumber >= 2 && metrics.coreNumber[v] == metrics.summary.maxCoreNumber)
        reasons.push_back({ "leader.innermost_core", { std::int64_t { metrics.coreNumber[v] } } });
    const NetworkValue value = networkValue(metrics, v);
    if (value.revenueLift >= 1.5)
        reasons.push_back({ "leader.neighbours_spend", { std::round(value.revenueLift * 10.0) / 10.0 } });
    return reasons;
}

LeaderRanking rankLeaders(const GraphMetrics& metrics, const LeaderOptions& options)
{
    LeaderRanking ranking;
    ranking.options = options;
    const Vertex n = metrics.vertexCount();
    const MetricPercentiles& p = metrics.percentile;
    const LeaderWeights& w = options.weights;

    // Weighted mean of percentiles; a metric that was not computed leaves the mean.
    struct Term {
        double weight;
        const float* values;
    };
    std::vector<Term> terms;
    auto add = [&](double weight, const std::vector<float>& values) {
        if (weight > 0 && values.size() == n && n > 0)
            terms.push_back({ weight, values.data() });
    };
    add(w.pageRank, p.pageRank);
    add(w.inDegree, p.inDegree);
    add(w.betweenness, p.betweenness);
    add(w.strength, p.strength);
    add(w.coreNumber, p.coreNumber);
    double totalWeight = 0;
    for (const Term& t : terms)
        totalWeight += t.weight;
    for (Term& t : terms)
        t.weight /= totalWeight;

    // One pass over the vertices, every term at once: the percentiles are read once, the score
    // written once (a threshold change on a million members is memory-bound).
    // Candidates carry their sort key: scores are ≥ 0, so the bits of the double order like the
    // values, and inverting them sorts by score descending, then vertex (= member id) ascending,
    // without chasing the score array from the comparator.
    struct Candidate {
        std::uint64_t key;
        Vertex vertex;
        bool operator<(const Candidate& o) const { return key != o.key ? key < o.key : vertex < o.vertex; }
    };
    ranking.score.assign(n, 0.0);
    std::vector<Candidate> candidates;
    const bool byScore = options.selection == LeaderSelection::Score;
    for (Vertex v = 0; v < n; ++v) {
        if (metrics.degree[v] < options.minDegree) {
            // Cannot lead: score 0, so "at or above the threshold" stays the whole rule.
            if (byScore && options.threshold <= 0)
                candidates.push_back({ ~std::bit_cast<std::uint64_t>(0.0), v });
            continue;
        }
        double score = 0;
        for (const Term& t : terms)
            score += t.weight * static_cast<double>(t.values[v]);
        ranking.score[v] = score;
        if (!byScore || score >= options.threshold)
            candidates.push_back({ ~std::bit_cast<std::uint64_t>(score), v });
    }
    // A count selection takes the first `count` in ranking order; the score selection's cap too.
    const std::uint32_t count = byScore ? options.topK : leaderCount(options, n);
    if ((!byScore || count > 0) && candidates.size() > count) {
        std::nth_element(candidates.begin(), candidates.begin() + count, candidates.end());
        candidates.resize(count);
    }
    std::sort(candidates.begin(), candidates.end());
    auto higher = [&](Vertex a, Vertex b) {
        return ranking.score[a] != ranking.score[b] ? ranking.score[a] > ranking.score[b] : a < b;
    };
    ranking.isLeader.assign(n, 0);
    ranking.leaders.resize(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
        const Vertex v = candidates[i].vertex;
        ranking.isLeader[v] = 1;
        Leader& leader = ranking.leaders[i];
        leader.vertex = v;
        leader.member = metrics.graph->member(v);
        leader.score = ranking.score[v];
        leader.rank = static_cast<std::uint32_t>(i + 1);
        if (i < options.explain) {
            leader.reasons = leaderReasons(metrics, v);
            leader.network = networkValue(metrics, v);
        }
    }

    if (metrics.summary.communities > 0 && options.perCommunity > 0) {
        const std::uint32_t k = options.perCommunity;
        const std::uint32_t count = metrics.summary.communities;
        ranking.communities.resize(count);
        std::vector<Vertex> top(static_cast<size_t>(count) * k, noVertex);
        for (Vertex v = 0; v < n; ++v) {
            const std::uint32_t c = metrics.community[v];
            ranking.communities[c].leaders += ranking.isLeader[v];
            Vertex* slots = top.data() + static_cast<size_t>(c) * k;
            // Insertion into a short list kept best-first; vertices arrive ascending, so a tie
            // keeps the earlier member.
            if (slots[k - 1] != noVertex && !higher(v, slots[k - 1]))
                continue;
            std::uint32_t i = k - 1;
            while (i > 0 && (slots[i - 1] == noVertex || higher(v, slots[i - 1]))) {
                slots[i] = slots[i - 1];
                --i;
            }
            slots[i] = v;
        }
        for (std::uint32_t c = 0; c < count; ++c) {
            CommunityLeaders& cl = ranking.communities[c];
            cl.community = c;
            for (std::uint32_t i = 0; i < k && top[static_cast<size_t>(c) * k + i] != noVertex; ++i)
                cl.top.push_back(top[static_cast<size_t>(c) * k + i]);
        }
    }
    return ranking;
}

std::uint32_t leaderCount(const LeaderOptions& options, Vertex vertices)
{
    switch (options.selection) {
    case LeaderSelection::Score:
        return 0;
    case LeaderSelection::TopCount:
        return std::min<std::uint32_t>(options.topK, vertices);
    case LeaderSelection::TopShare: {
        // 1e-9 below: a share given as 2 % of 5,000 is 100 members, not 101 by rounding.
        const double exact = std::clamp(options.share, 0.0, 1.0) * static_cast<double>(vertices);
        return std::min<std::uint32_t>(static_cast<std::uint32_t>(std::ceil(exact - 1e-9)), vertices);
    }
    }
    return 0;
}

constexpr auto leaderSelectionNames = enumNames<LeaderSelection>({ { LeaderSelection::Score, "score" },
    { LeaderSelection::TopCount, "top" }, { LeaderSelection::TopShare, "share" } });

std::string_view toString(LeaderSelection selection)
{
    return leaderSelectionNames.nameOf(selection, "?");
}

std::vector<Vertex> verticesByScore(const LeaderRanking& ranking)
{
    std::vector<Vertex> order(ranking.score.size());
    std::iota(order.begin(), order.end(), Vertex(0));
    std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
        return ranking.score[a] != ranking.score[b] ? ranking.score[a] > ranking.score[b] : a < b;
    });
    return order;
}

} // namespace kinsight::core
