#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

ReportSection SectionBuilder::network()
{
    ReportSection s = newSection("network", tr("Network"));
    if (!r.graph || !r.leaders)
        return notComputedSection(std::move(s));
    const GraphMetrics& g = *r.graph;
    const LeaderRanking& ranking = *r.leaders;
    if (g.summary.vertices == 0) {
        s.addParagraph(tr("No interactions between members: there is no network to show."));
        return s;
    }
    s.addParagraph(tr("Who talks to whom: the interaction graph, its opinion leaders and its communities."));

    const GraphSummary& sum = g.summary;
    ReportTable summary;
    summary.key = "network_summary";
    summary.title = tr("Network summary");
    summary.columns
        = { column("metric", tr("Metric"), CellFormat::Text), column("value", tr("Value"), CellFormat::PerRow) };
    auto add = [&](const QString& label, Cell value, CellFormat format) {
        summary.rows.push_back({ text(label), std::move(value) });
        summary.rowFormats.push_back(format);
    };
    add(tr("Members in the network"), integer(sum.vertices), CellFormat::Integer);
    add(tr("Share of all members"), real(ratio(sum.vertices, sum.communityMembers)), CellFormat::Percent);
    add(tr("Connections"), integer(static_cast<std::int64_t>(sum.edges)), CellFormat::Integer);
    add(tr("Interactions"), integer(static_cast<std::int64_t>(sum.interactions)), CellFormat::Integer);
    add(tr("Density"), real(sum.density), CellFormat::Real);
    add(tr("Connected groups"), integer(sum.components), CellFormat::Integer);
    add(tr("Largest group's share"), real(sum.largestComponentShare), CellFormat::Percent);
    add(tr("Average clustering"), real(sum.averageClustering), CellFormat::Real);
    add(tr("Transitivity"), real(sum.transitivity), CellFormat::Real);
    if (sum.communities > 0) {
        add(tr("Communities"), integer(sum.communities), CellFormat::Integer);
        add(tr("Modularity"), real(sum.modularity), CellFormat::Real);
    }
    add(tr("Opinion leaders"), integer(static_cast<std::int64_t>(ranking.leaders.size())), CellFormat::Integer);
    if (sum.betweennessComputed && !sum.betweennessExact)
        summary.note = tr("Betweenness estimated from %1 sampled shortest paths: each value within %2 of the exact "
                          "one with probability at least %3.")
                           .arg(formatInteger(sum.betweennessSamples))
                           .arg(QString::number(sum.betweennessEpsilon, 'g', 2))
                           .arg(QString::number(1.0 - sum.betweennessDelta, 'g', 3));
    s.addTable(std::move(summary));

    if (r.network && !r.network->nodes.empty()) {
        ReportChart chart;
        chart.kind = ChartKind::Network;
        chart.title = tr("The network around the top leaders");
        for (const NetworkView::Node& n : r.network->nodes) {
            chart.network.nodes.push_back(
                { n.x, n.y, n.community, n.leader, n.centre, n.score, n.centre ? memberLabel(n.member) : QString() });
        }
        chart.network.edges = r.network->edges;
        s.addChart(std::move(chart));
        s.addParagraph(tr("Larger dots are the top leaders the drawing is built around; colours are communities."));
    }

    ReportTable leaders;
    leaders.key = "leaders";
    leaders.title = tr("Opinion leaders");
    leaders.columns.push_back(column("rank", tr("Rank"), CellFormat::Integer));
    addMemberColumns(leaders);
    leaders.columns.push_back(column("leader_score", tr("Score"), CellFormat::Real));
    leaders.columns.push_back(column("degree", tr("Contacts"), CellFormat::Integer));
    leaders.columns.push_back(column("pagerank", tr("PageRank"), CellFormat::Real));
    leaders.columns.push_back(column("betweenness", tr("Betweenness"), CellFormat::Real));
    leaders.columns.push_back(column("community", tr("Community"), CellFormat::Integer));
    leaders.columns.push_back(column("revenue_lift", tr("Neighbours' spend"), CellFormat::Multiple));
    leaders.columns.push_back(column("reasons", tr("Why"), CellFormat::Text));
    const size_t shown = std::min(ranking.leaders.size(), static_cast<size_t>(std::max(0, o.topLeaders)));
    for (size_t i = 0; i < shown; ++i) {
        const Leader& l = ranking.leaders[i];
        const auto v = static_cast<size_t>(l.vertex);
        Row row;
        row.push_back(integer(l.rank));
        addMemberCells(row, l.member);
        row.push_back(real(l.score));
        row.push_back(integer(g.degree[v]));
        row.push_back(real(g.pageRank[v]));
        row.push_back(sum.betweennessComputed ? real(g.betweenness[v]) : Cell {});
        row.push_back(sum.communities > 0 ? integer(g.community[v] + 1) : Cell {});
        const NetworkValue value = l.reasons.empty() ? networkValue(g, l.vertex) : l.network;
        row.push_back(real(value.neighbours > 0 ? value.revenueLift : nan));
        row.push_back(text(reasonsText(l.reasons.empty() ? leaderReasons(g, l.vertex) : l.reasons).toStdString()));
        leaders.rows.push_back(std::move(row));
    }
    // How the leaders were chosen, in the words of the window's panel.
    QString rule;
    switch (ranking.options.selection) {
    case LeaderSelection::Score:
        rule = tr("score at least %1").arg(QString::number(ranking.options.threshold, 'f', 2));
        break;
    case LeaderSelection::TopCount:
        rule = tr("the top %1 members by score").arg(formatInteger(std::int64_t { ranking.options.topK }));
        break;
    case LeaderSelection::TopShare:
        rule = tr("the top %1% of the network by score").arg(QString::number(ranking.options.share * 100.0, 'g', 3));
        break;
    }
    leaders.note = ranking.leaders.size() > shown
        ? tr("The top %1 of %2 leaders (%3, at least %4 contacts). Neighbours' spend: what a "
             "leader's contacts spend against the average member.")
              .arg(shown)
              .arg(formatInteger(static_cast<std::int64_t>(ranking.leaders.size())))
              .arg(rule)
              .arg(ranking.options.minDegree)
        : tr("Every leader (%1, at least %2 contacts). Neighbours' spend: what a leader's contacts "
             "spend against the average member.")
              .arg(rule)
              .arg(ranking.options.minDegree);
    if (shown == 0)
        s.addParagraph(tr("No member reaches the leader threshold."));
    else
        s.addTable(std::move(leaders));

    if (sum.communities > 0) {
        std::vector<const CommunitySummary*> bySize;
        for (const CommunitySummary& cs : g.communities)
            bySize.push_back(&cs);
        std::stable_sort(bySize.begin(), bySize.end(),
            [](const CommunitySummary* a, const CommunitySummary* b) { return a->size > b->size; });
        if (bySize.size() > static_cast<size_t>(std::max(0, o.topCommunities)))
            bySize.resize(static_cast<size_t>(std::max(0, o.topCommunities)));
        ReportTable table;
        table.key = "communities";
        table.title = tr("Largest communities");
        table.namesMembers = true;
        table.columns = { column("community", tr("Community"), CellFormat::Integer),
            column("members", tr("Members"), CellFormat::Integer),
            column("density", tr("Internal density"), CellFormat::Real),
            column("leaders", tr("Leaders"), CellFormat::Integer),
            column("top_members", tr("Top members"), CellFormat::Text) };
        for (const CommunitySummary* cs : bySize) {
            std::int64_t leaderCount = 0;
            QString names;
            if (cs->id < ranking.communities.size()) {
                const CommunityLeaders& cl = ranking.communities[cs->id];
                leaderCount = cl.leaders;
                for (const Vertex v : cl.top) {
                    const Index m = g.graph->member(v);
                    names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + memberLabel(m);
                }
            }
            table.rows.push_back({ integer(cs->id + 1), integer(cs->size), real(cs->internalDensity),
                integer(leaderCount), text(names) });
        }
        table.note = tr("Communities found by the Louvain method; %1 in all.").arg(formatInteger(sum.communities));
        ReportChart chart = tableChart(
            ChartKind::HorizontalBar, tr("Members of the largest communities"), tr("Members"), QString(), { 1 });
        s.addChartedTable(std::move(table), std::move(chart));
    }
    return s;
}

} // namespace kinsight::core::reportsection
