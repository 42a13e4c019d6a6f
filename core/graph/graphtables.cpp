#include "graphtables.h"

#include <algorithm>
#include <cmath>

#include "core/text/reasontext.h"

namespace kinsight::core {

namespace {

Cell integer(std::uint64_t v)
{
    return static_cast<std::int64_t>(v);
}
Cell money(double cents)
{
    return MoneyCell { static_cast<Cents>(std::llround(cents)) };
}

std::string memberId(const Community& c, Index member)
{
    return std::string(c.members.ids.view(member));
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string text;
    for (const std::string& p : parts) {
        if (!text.empty())
            text += separator;
        text += p;
    }
    return text;
}

} // namespace

Table graphMembersTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit)
{
    Table t;
    t.columns = { "member_id", "degree", "degree_centrality", "clustering", "pagerank", "betweenness", "leader_score",
        "is_leader" };
    const std::vector<Vertex> order = verticesByScore(r);
    const size_t rows = limit > 0 ? std::min(order.size(), static_cast<size_t>(limit)) : order.size();
    t.rows.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
        const Vertex v = order[i];
        t.rows.push_back({ memberId(c, m.graph->member(v)), integer(m.degree[v]), m.degreeCentrality(v),
            m.clustering[v], m.pageRank[v], m.betweenness[v], r.score[v], integer(r.isLeader[v]) });
    }
    return t;
}

Table graphSummaryTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r)
{
    const GraphSummary& s = m.summary;
    Table t;
    t.columns = { "metric", "value" };
    auto add = [&](const char* name, Cell value) { t.rows.push_back({ std::string(name), std::move(value) }); };
    const TimeWindow& w = m.options.filter.window;
    // The window holds whole local days: [start of the first, start of the day after the last).
    add("window_start", w.begin == noTimestamp ? Cell {} : Cell { formatDay(c.timeZone.dayOf(w.begin)) });
    add("window_end", w.end == noTimestamp ? Cell {} : Cell { formatDay(c.timeZone.dayOf(w.end) - 1) });
    add("types", formatInteractionTypes(m.options.filter.types));
    add("community_members", integer(static_cast<std::uint64_t>(s.communityMembers)));
    add("members_in_graph", integer(s.vertices));
    add("share_in_graph",
        s.communityMembers > 0 ? Cell { static_cast<double>(s.vertices) / s.communityMembers } : Cell {});
    add("interactions", integer(s.interactions));
    add("edges", integer(s.edges));
    add("arcs", integer(s.arcs));
    add("density", s.density);
    add("components", integer(s.components));
    add("largest_component", integer(s.largestComponent));
    add("largest_component_share", s.largestComponentShare);
    add("triangles", integer(s.triangles));
    add("average_clustering", s.averageClustering);
    add("transitivity", s.transitivity);
    add("max_core_number", integer(s.maxCoreNumber));
    add("communities", integer(s.communities));
    add("modularity", s.modularity);
    add("pagerank_iterations", integer(static_cast<std::uint64_t>(s.pageRankIterations)));
    add("betweenness", std::string(s.betweennessExact ? "exact" : "sampled"));
    add("betweenness_pivots", integer(s.betweennessPivots));
    add("betweenness_samples", integer(static_cast<std::uint64_t>(s.betweennessSamples)));
    add("betweenness_error_bound", s.betweennessEpsilon);
    add("betweenness_confidence", s.betweennessExact ? 1.0 : 1.0 - s.betweennessDelta);
    add("betweenness_vertex_diameter_bound", integer(s.betweennessVertexDiameterBound));
    add("leaders", integer(r.leaders.size()));
    add("leader_selection", std::string(toString(r.options.selection)));
    add("leader_threshold", r.options.threshold);
    add("paid_orders_per_member", m.paidOrdersPerMember);
    add("revenue_per_member", money(m.revenuePerMember));
    return t;
}

Table graphCommunitiesTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit)
{
    Table t;
    t.columns
        = { "community", "size", "internal_edges", "internal_density", "external_edges", "leaders", "top_members" };
    const size_t rows = limit > 0 ? std::min(m.communities.size(), static_cast<size_t>(limit)) : m.communities.size();
    for (size_t i = 0; i < rows; ++i) {
        const CommunitySummary& cs = m.communities[i];
        std::vector<std::string> top;
        std::uint32_t leaders = 0;
        if (i < r.communities.size()) {
            for (const Vertex v : r.communities[i].top)
                top.push_back(memberId(c, m.graph->member(v)));
            leaders = r.communities[i].leaders;
        }
        t.rows.push_back({ integer(cs.id), integer(cs.size), integer(cs.internalEdges), cs.internalDensity,
            integer(cs.externalEdges), integer(leaders), joined(top, ";") });
    }
    return t;
}

Table graphLeadersTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit)
{
    Table t;
    t.columns = { "rank", "member_id", "name", "leader_score", "degree", "in_degree", "strength", "pagerank",
        "betweenness", "core_number", "community", "neighbour_paid_orders", "neighbour_revenue",
        "revenue_per_neighbour", "revenue_lift", "reasons" };
    const size_t rows = limit > 0 ? std::min(r.leaders.size(), static_cast<size_t>(limit)) : r.leaders.size();
    for (size_t i = 0; i < rows; ++i) {
        const Leader& l = r.leaders[i];
        const Vertex v = l.vertex;
        const QString reasons = reasonsText(l.reasons.empty() ? leaderReasons(m, v) : l.reasons);
        const NetworkValue value = networkValue(m, v);
        t.rows.push_back({ integer(l.rank), memberId(c, l.member), std::string(c.members.names.view(l.member)), l.score,
            integer(m.degree[v]), integer(m.inDegree[v]), m.strength[v], m.pageRank[v], m.betweenness[v],
            integer(m.coreNumber[v]), m.summary.communities > 0 ? integer(m.community[v]) : Cell {},
            integer(value.paidOrders), money(static_cast<double>(value.revenue)), money(value.revenuePerNeighbour),
            m.revenuePerMember > 0 ? Cell { value.revenueLift } : Cell {}, reasons.toStdString() });
    }
    return t;
}

Table leaderTimelineTable(const Community& c, const LeaderTimeline& tl)
{
    Table t;
    t.columns = { "member_id", "month", "degree", "in_degree", "strength", "pagerank", "leader_score", "is_leader" };
    for (size_t k = 0; k < tl.members.size(); ++k) {
        for (size_t i = 0; i < tl.months.size(); ++i) {
            const TimelinePoint& p = tl.at(k, i);
            // A month in which the member took no part: empty, not zero.
            if (!p.present) {
                t.rows.push_back(
                    { memberId(c, tl.members[k]), formatMonthIndex(tl.months[i]), {}, {}, {}, {}, {}, {} });
                continue;
            }
            t.rows.push_back({ memberId(c, tl.members[k]), formatMonthIndex(tl.months[i]), integer(p.degree),
                integer(p.inDegree), p.strength, p.pageRank, p.score, integer(p.isLeader ? 1 : 0) });
        }
    }
    return t;
}

} // namespace kinsight::core
