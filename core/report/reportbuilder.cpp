#include "reportbuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include <QtGlobal>

#include "core/analysis/memberquery.h"
#include "core/metrics/metrictables.h"
#include "core/report/cellformat.h"
#include "core/text/labels.h"
#include "core/text/reasontext.h"

namespace kinsight::core {

namespace {

using Row = std::vector<Cell>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

QString tr(const char* source)
{
    return reportText(source);
}

Cell real(double v)
{
    return std::isfinite(v) ? Cell { v } : Cell {};
}

Cell integer(std::int64_t v)
{
    return Cell { v };
}

Cell text(const QString& s)
{
    return Cell { s.toStdString() };
}

Cell text(std::string s)
{
    return Cell { std::move(s) };
}

Cell money(Cents cents)
{
    return Cell { MoneyCell { cents } };
}

double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : nan;
}

ReportColumn column(const char* key, const QString& header, CellFormat format)
{
    return { key, header, format };
}

// Display names. QT_TRANSLATE_NOOP marks them for the translation file; reportText() translates.
// Levels, segments, funnel steps and tiers are named by core/text/labels.h (the window's names).

const char* const planNames[3] = { QT_TRANSLATE_NOOP("Report", "Monthly"), QT_TRANSLATE_NOOP("Report", "Quarterly"),
    QT_TRANSLATE_NOOP("Report", "Annual") };

const char* const kindNames[productKindCount] = { QT_TRANSLATE_NOOP("Report", "Course"),
    QT_TRANSLATE_NOOP("Report", "Column"), QT_TRANSLATE_NOOP("Report", "Audio"), QT_TRANSLATE_NOOP("Report", "Video"),
    QT_TRANSLATE_NOOP("Report", "E-book"), QT_TRANSLATE_NOOP("Report", "Live"),
    QT_TRANSLATE_NOOP("Report", "Membership"), QT_TRANSLATE_NOOP("Report", "Bundle"),
    QT_TRANSLATE_NOOP("Report", "Other") };

QString stepName(std::string_view key)
{
    for (int s = 0; s < funnelStepCount; ++s) {
        if (toString(static_cast<FunnelStep>(s)) == key)
            return label::funnelStep(static_cast<FunnelStep>(s));
    }
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString periodWord(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return tr("Days since joining");
    case Granularity::Week:
        return tr("Weeks since joining");
    case Granularity::Month:
        break;
    }
    return tr("Months since joining");
}

QString notComputed()
{
    return tr("This part of the analysis was not computed.");
}

/// Everything the section builders share.
class Builder {
public:
    Builder(const AnalysisResults& results, const ReportOptions& options, const TaskControl& control)
        : r(results)
        , c(*results.community)
        , o(options)
        , m_control(control)
    { }

    Report build();

private:
    void checkStop() const
    {
        if (m_control.stopRequested())
            throw Cancelled {};
    }
    Cell memberCellOf(Index m) const
    {
        const std::string_view id = c.members.ids.view(m);
        if (o.includePersonalData)
            return text(std::string(id));
        return text((*o.pseudonymizer)(id));
    }
    QString memberLabel(Index m) const { return cellString(memberCellOf(m)); }
    /// The member columns of a member table: the pseudonym, or id, name, email and phone.
    void addMemberColumns(ReportTable& table) const
    {
        table.namesMembers = true;
        table.columns.push_back(column("member_id", tr("Member"), CellFormat::Text));
        if (o.includePersonalData) {
            table.columns.push_back(column("name", tr("Name"), CellFormat::Text));
            table.columns.push_back(column("email", tr("Email"), CellFormat::Text));
            table.columns.push_back(column("phone", tr("Phone"), CellFormat::Text));
        }
    }
    void addMemberCells(Row& row, Index m) const
    {
        row.push_back(memberCellOf(m));
        if (o.includePersonalData) {
            const auto i = static_cast<size_t>(m);
            row.push_back(text(std::string(c.members.names.view(static_cast<Index>(i)))));
            row.push_back(text(std::string(c.members.emails.view(static_cast<Index>(i)))));
            row.push_back(text(std::string(c.members.phones.view(static_cast<Index>(i)))));
        }
    }

    ReportSection overview();
    ReportSection members();
    ReportSection network();
    ReportSection retention();
    ReportSection conversion();
    ReportSection pricing();
    ReportSection recommendations();

    const AnalysisResults& r;
    const Community& c;
    const ReportOptions& o;
    const TaskControl& m_control;
};

Report Builder::build()
{
    Report report;
    report.title = tr("Community report");
    report.community = o.community;
    report.source = o.source;
    report.empty = c.dataEnd == noTimestamp;
    report.dataBegin = report.empty ? 0 : c.timeZone.dayOf(c.dataBegin);
    report.dataEnd = report.empty ? 0 : c.timeZone.dayOf(c.dataEnd);
    report.timeZone = c.timeZone.id();
    report.generatedAt = o.generatedAt.isValid() ? o.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    report.currency = c.currency;
    report.personalData = o.includePersonalData;
    report.language = o.language;
    report.labels = currentReportLabels();

    report.sections.push_back(overview());
    checkStop();
    report.sections.push_back(members());
    checkStop();
    report.sections.push_back(network());
    checkStop();
    report.sections.push_back(retention());
    checkStop();
    report.sections.push_back(conversion());
    checkStop();
    report.sections.push_back(pricing());
    checkStop();
    report.sections.push_back(recommendations());
    return report;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::overview()
{
    ReportSection s;
    s.key = "overview";
    s.title = tr("Overview");
    if (!r.overview || !r.daily) {
        s.addParagraph(notComputed());
        return s;
    }
    const OverviewKpis& k = *r.overview;
    s.addParagraph(tr("Key figures at the end of the data, compared with %1 days earlier.").arg(k.periodDays));

    struct KpiRow {
        const char* key;
        QString label;
        const Kpi* kpi;
        CellFormat format;
        double scale;
    };
    const std::vector<KpiRow> kpis = {
        { "members", tr("Members"), &k.members, CellFormat::Integer, 1 },
        { "active", tr("Active members (%1 days)").arg(k.periodDays), &k.active, CellFormat::Integer, 1 },
        { "stickiness", tr("Stickiness (DAU / MAU)"), &k.stickiness, CellFormat::Percent, 1 },
        { "paying", tr("Paying members"), &k.paying, CellFormat::Integer, 1 },
        // Revenue is kept in cents by the analysis; the report shows currency units.
        { "revenue", tr("Revenue (%1 days)").arg(k.periodDays), &k.revenue, CellFormat::Money, 0.01 },
        { "trial_to_paid", tr("Trial to paid"), &k.trialToPaid, CellFormat::Percent, 1 },
    };
    ReportTable table;
    table.key = "overview_kpis";
    table.title = tr("Key figures");
    table.columns = { column("metric", tr("Metric"), CellFormat::Text),
        column("value", tr("Value"), CellFormat::PerRow), column("previous", tr("Previous period"), CellFormat::PerRow),
        column("change", tr("Change"), CellFormat::Percent) };
    for (const KpiRow& row : kpis) {
        const double value = row.kpi->value * row.scale;
        const double previous = row.kpi->previous * row.scale;
        s.kpis.push_back({ row.label, value, previous, row.format });
        const double change = std::isfinite(value) && std::isfinite(previous) && previous != 0
            ? (value - previous) / std::abs(previous)
            : nan;
        table.rows.push_back({ text(row.label), real(value), real(previous), real(change) });
        table.rowFormats.push_back(row.format);
    }
    table.note = tr("Change: relative to the previous period's value.");
    s.blocks.push_back({ ReportBlock::Kind::Kpis, 0, {} });
    s.addTable(std::move(table));

    // Daily activity: a long table for the spreadsheet, its last year as a chart.
    ReportTable daily;
    daily.key = "daily_activity";
    daily.title = tr("Daily activity");
    daily.role = TableRole::DataOnly;
    daily.columns = { column("day", tr("Day"), CellFormat::Text), column("dau", tr("DAU"), CellFormat::Integer),
        column("wau", tr("WAU"), CellFormat::Integer), column("mau", tr("MAU"), CellFormat::Integer),
        column("stickiness", tr("Stickiness"), CellFormat::Percent) };
    daily.rows = engagementTable(*r.daily).rows;
    const int days = static_cast<int>(daily.rows.size());
    if (days > 0) {
        const int t = s.addTable(std::move(daily), false);
        ReportChart chart;
        chart.kind = ChartKind::Line;
        chart.title = days > o.chartDays ? tr("Active members per day (last %1 days)").arg(o.chartDays)
                                         : tr("Active members per day");
        chart.xTitle = tr("Day");
        chart.yTitle = tr("Members");
        chart.table = t;
        chart.categoryColumn = 0;
        chart.valueColumns = { 1, 2, 3 };
        chart.firstRow = std::max(0, days - o.chartDays);
        s.addChart(std::move(chart));
        s.showTable(t);
    }

    if (r.levels) {
        ReportTable levels;
        levels.key = "engagement_levels";
        levels.title = tr("Engagement levels");
        levels.columns
            = { column("level", tr("Level"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
                  column("share", tr("Share of members"), CellFormat::Percent),
                  column("threshold", tr("Score at least"), CellFormat::Real) };
        const double thresholds[]
            = { r.levels->coreThreshold, r.levels->activeThreshold, r.levels->casualThreshold, nan };
        for (int l = 0; l < engagementLevelCount; ++l) {
            const int n = r.levels->counts[static_cast<size_t>(l)];
            levels.rows.push_back({ text(label::level(static_cast<EngagementLevel>(l))), integer(n),
                real(ratio(n, c.memberCount())), real(thresholds[l]) });
        }
        levels.note = tr("Engagement score: recent activities weighted by kind, halving every %1 days; a member "
                         "without any activity is dormant.")
                          .arg(r.thresholds.engagement.halfLifeDays);
        const int t = s.addTable(std::move(levels), false);
        ReportChart chart;
        chart.kind = ChartKind::Bar;
        chart.title = tr("Members by engagement level");
        chart.xTitle = tr("Level");
        chart.yTitle = tr("Members");
        chart.table = t;
        chart.valueColumns = { 1 };
        s.addChart(std::move(chart));
        s.showTable(t);
    }
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::members()
{
    ReportSection s;
    s.key = "members";
    s.title = tr("Members");
    if (!r.rfm || !r.segments || !r.scores || !r.levels) {
        s.addParagraph(notComputed());
        return s;
    }
    s.addParagraph(tr("Members grouped by recency, frequency and monetary value of their paid orders (RFM), "
                      "their lifecycle, churn risk, and the most engaged members."));

    // RFM segments, with the revenue each holds. "No purchase" last and left out of the chart:
    // it is usually most members and would flatten every other bar.
    ReportTable segments;
    segments.key = "rfm_segments";
    segments.title = tr("RFM segments");
    segments.columns
        = { column("segment", tr("Segment"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
              column("share", tr("Share of members"), CellFormat::Percent),
              column("revenue", tr("Revenue"), CellFormat::Money),
              column("revenue_share", tr("Share of revenue"), CellFormat::Percent) };
    std::array<Cents, rfmSegmentCount> revenue {};
    Cents total = 0;
    for (Index m = 0; m < c.memberCount(); ++m) {
        const auto i = static_cast<size_t>(m);
        revenue[static_cast<size_t>(r.segments->segment[i])] += r.rfm->monetary[i];
        total += r.rfm->monetary[i];
    }
    for (int g = 0; g < rfmSegmentCount; ++g) {
        const auto i = static_cast<size_t>(g);
        segments.rows.push_back({ text(label::segment(static_cast<RfmSegment>(g))), integer(r.segments->counts[i]),
            real(ratio(r.segments->counts[i], c.memberCount())), money(revenue[i]),
            real(ratio(static_cast<double>(revenue[i]), static_cast<double>(total))) });
    }
    segments.note = tr("Scores 1–5 by quintile among the %1 buyers; the members without a paid order are "
                       "\"No purchase\".")
                        .arg(formatInteger(r.rfm->buyers));
    {
        const int t = s.addTable(std::move(segments), false);
        ReportChart chart;
        chart.kind = ChartKind::HorizontalBar;
        chart.title = tr("Buyers by RFM segment");
        chart.xTitle = tr("Members");
        chart.table = t;
        chart.valueColumns = { 1 };
        chart.rowCount = rfmSegmentCount - 1;
        s.addChart(std::move(chart));
        s.showTable(t);
    }

    if (r.lifecycle && r.lifecycle->size() > 0) {
        const Lifecycle& life = *r.lifecycle;
        ReportTable table;
        table.key = "lifecycle";
        table.title = tr("Lifecycle");
        table.columns = { column("period", tr("Period"), CellFormat::Text),
            column("new", tr("New"), CellFormat::Integer), column("returning", tr("Returning"), CellFormat::Integer),
            column("resurrecting", tr("Resurrecting"), CellFormat::Integer),
            column("dormant", tr("Dormant"), CellFormat::Integer) };
        const size_t first = life.size() > 12 ? life.size() - 12 : 0;
        for (size_t p = first; p < life.size(); ++p) {
            table.rows.push_back({ text(periodLabel(life.granularity, life.period[p])), integer(life.newMembers[p]),
                integer(life.returning[p]), integer(life.resurrecting[p]), integer(life.dormant[p]) });
        }
        table.note = tr("New: joined and active in the period; returning: active in it and the one before; "
                        "resurrecting: active again after a gap; dormant: active in the period before, not in this "
                        "one. The last period may be partial.");
        const int t = s.addTable(std::move(table), false);
        ReportChart chart;
        chart.kind = ChartKind::StackedBar;
        chart.title = tr("Active members by lifecycle status");
        chart.xTitle = tr("Period");
        chart.yTitle = tr("Members");
        chart.table = t;
        chart.valueColumns = { 1, 2, 3 };
        s.addChart(std::move(chart));
        s.showTable(t);
    }

    if (r.churn) {
        ReportTable table;
        table.key = "churn_risk";
        table.title = tr("Churn risk");
        table.columns
            = { column("reason", tr("Reason"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
                  column("share", tr("Share of members"), CellFormat::Percent) };
        const ChurnOptions& co = r.thresholds.churn;
        const QString reasons[churnReasonCount] = {
            tr("Silent for %1 days or more").arg(co.silentDays),
            tr("Activity falling (last %1 days under %2 of the %1 before)")
                .arg(co.windowDays)
                .arg(formatPercent(co.fallingRatio, 0)),
            tr("Plan lapsed without renewal"),
        };
        for (int k = 0; k < churnReasonCount; ++k) {
            const int n = r.churn->byReason[static_cast<size_t>(k)];
            table.rows.push_back({ text(reasons[k]), integer(n), real(ratio(n, c.memberCount())) });
        }
        table.rows.push_back(
            { text(tr("Any reason")), integer(r.churn->flagged), real(ratio(r.churn->flagged, c.memberCount())) });
        table.note = tr("A member may have several reasons.");
        s.addTable(std::move(table));
    }

    // The most engaged members, in the member list's own order (score descending).
    checkStop();
    MemberSort sort;
    sort.column = MemberColumn::Score;
    sort.descending = true;
    std::vector<Index> order = queryMembers(r, MemberFilter {}, sort, m_control);
    if (order.size() > static_cast<size_t>(std::max(0, o.topMembers)))
        order.resize(static_cast<size_t>(std::max(0, o.topMembers)));
    ReportTable top;
    top.key = "top_members";
    top.title = tr("Most engaged members");
    addMemberColumns(top);
    top.columns.push_back(column("channel", tr("Channel"), CellFormat::Text));
    top.columns.push_back(column("joined_at", tr("Joined"), CellFormat::Text));
    top.columns.push_back(column("score", tr("Score"), CellFormat::Real));
    top.columns.push_back(column("level", tr("Level"), CellFormat::Text));
    top.columns.push_back(column("rfm_segment", tr("Segment"), CellFormat::Text));
    top.columns.push_back(column("paid_orders", tr("Paid orders"), CellFormat::Integer));
    top.columns.push_back(column("revenue", tr("Revenue"), CellFormat::Money));
    top.columns.push_back(column("leader_score", tr("Leader score"), CellFormat::Real));
    const bool sumView = r.thresholds.levels.view == ScoreView::Sum;
    for (const Index m : order) {
        const auto i = static_cast<size_t>(m);
        Row row;
        addMemberCells(row, m);
        const Index channel = c.members.channel[i];
        row.push_back(channel == noIndex ? Cell {} : text(std::string(c.channels.name(channel))));
        row.push_back(text(c.timeZone.formatLocalDay(c.members.joinedAt[i])));
        row.push_back(real(sumView ? r.scores->sum[i] : r.scores->max[i]));
        row.push_back(text(label::level(r.levels->level[i])));
        row.push_back(text(label::segment(r.segments->segment[i])));
        row.push_back(integer(r.rfm->frequency[i]));
        row.push_back(money(r.rfm->monetary[i]));
        row.push_back(real(r.leaderScore(m)));
        top.rows.push_back(std::move(row));
    }
    top.note = o.includePersonalData
        ? tr("Includes personal data (names, emails, phones), as requested.")
        : tr("Members are shown by pseudonym (a keyed hash of their id, stable for this database).");
    s.addTable(std::move(top));
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::network()
{
    ReportSection s;
    s.key = "network";
    s.title = tr("Network");
    if (!r.graph || !r.leaders) {
        s.addParagraph(notComputed());
        return s;
    }
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
    leaders.note = ranking.leaders.size() > shown
        ? tr("The top %1 of %2 leaders (score at least %3, at least %4 contacts). Neighbours' spend: what a "
             "leader's contacts spend against the average member.")
              .arg(shown)
              .arg(formatInteger(static_cast<std::int64_t>(ranking.leaders.size())))
              .arg(QString::number(ranking.options.threshold, 'f', 2))
              .arg(ranking.options.minDegree)
        : tr("Every leader (score at least %1, at least %2 contacts). Neighbours' spend: what a leader's contacts "
             "spend against the average member.")
              .arg(QString::number(ranking.options.threshold, 'f', 2))
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
        const int t = s.addTable(std::move(table), false);
        ReportChart chart;
        chart.kind = ChartKind::HorizontalBar;
        chart.title = tr("Members of the largest communities");
        chart.xTitle = tr("Members");
        chart.table = t;
        chart.valueColumns = { 1 };
        s.addChart(std::move(chart));
        s.showTable(t);
    }
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::retention()
{
    ReportSection s;
    s.key = "retention";
    s.title = tr("Retention");
    if (!r.retention || !r.dayN) {
        s.addParagraph(notComputed());
        return s;
    }
    const RetentionMatrix& matrix = *r.retention;
    const Granularity g = matrix.granularity;
    s.addParagraph(g == Granularity::Week
            ? tr("Share of each weekly cohort (members who joined in the same ISO week) active k weeks after "
                 "joining. The latest period may be partial; later periods are empty, not zero.")
            : tr("Share of each monthly cohort (members who joined in the same month) active k months after "
                 "joining. The latest period may be partial; later periods are empty, not zero."));

    const Table source = retentionTable(matrix, true);
    ReportTable table;
    table.key = "retention";
    table.title = tr("Retention by cohort");
    table.role = TableRole::DataOnly;
    const CellFormat valueFormat
        = matrix.view.metric == RetentionMetric::RevenuePerMember ? CellFormat::Money : CellFormat::Percent;
    int firstValue = -1;
    for (size_t i = 0; i < source.columns.size(); ++i) {
        const std::string& key = source.columns[i];
        if (key == "cohort")
            table.columns.push_back(column("cohort", tr("Cohort"), CellFormat::Text));
        else if (key == "group")
            table.columns.push_back(column("group", tr("Group"), CellFormat::Text));
        else if (key == "size")
            table.columns.push_back(column("size", tr("Members"), CellFormat::Integer));
        else {
            if (firstValue < 0)
                firstValue = static_cast<int>(i);
            // Column headers are the period number only: a heat map of 24 columns has no room for more.
            table.columns.push_back({ key, QString::fromStdString(key.substr(1)), valueFormat });
        }
    }
    table.rows = source.rows;
    if (!table.rows.empty())
        table.rows.back()[0] = text(tr("Mean")); // retentionTable's `mean` row
    const int rows = static_cast<int>(table.rows.size());
    const int t = s.addTable(std::move(table), false);
    if (firstValue >= 0 && rows > 1) {
        ReportChart chart;
        chart.kind = ChartKind::HeatMap;
        chart.title = tr("Retention by cohort");
        chart.xTitle = periodWord(g);
        chart.yTitle = tr("Cohort");
        chart.table = t;
        chart.valueFormat = valueFormat;
        for (int i = firstValue; i < static_cast<int>(s.tables[static_cast<size_t>(t)].columns.size()); ++i)
            chart.valueColumns.push_back(i);
        // The latest cohorts and the mean row (the last row) fit on a page.
        chart.firstRow = std::max(0, rows - 1 - o.chartCohorts);
        s.addChart(std::move(chart));
    }
    s.showTable(t);

    ReportTable dayN;
    dayN.key = "day_n_retention";
    dayN.title = tr("Day-N retention");
    dayN.columns = { column("day", tr("Day"), CellFormat::Integer),
        column("eligible", tr("Members joined N+ days ago"), CellFormat::Integer),
        column("retained", tr("Active on day N"), CellFormat::Integer),
        column("rate", tr("Rate"), CellFormat::Percent) };
    for (const DayNPoint& p : *r.dayN)
        dayN.rows.push_back({ integer(p.day), integer(p.eligible), integer(p.retained), real(p.rate) });
    const int d = s.addTable(std::move(dayN), false);
    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = tr("Day-N retention");
    chart.xTitle = tr("Days since joining");
    chart.yTitle = tr("Rate");
    chart.table = d;
    chart.valueColumns = { 3 };
    chart.valueFormat = CellFormat::Percent;
    s.addChart(std::move(chart));
    s.showTable(d);
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::conversion()
{
    ReportSection s;
    s.key = "conversion";
    s.title = tr("Conversion");
    if (!r.funnel) {
        s.addParagraph(notComputed());
        return s;
    }
    const Funnel& f = *r.funnel;
    s.addParagraph(f.options.windowDays > 0
            ? tr("From joining to a repeat purchase: each step counts the members who reached it and every "
                 "earlier one, within %1 days of joining. Trials are shown beside the steps.")
                  .arg(f.options.windowDays)
            : tr("From joining to a repeat purchase: each step counts the members who reached it and every "
                 "earlier one. Trials are shown beside the steps."));
    const Table source = funnelTable(f);
    const bool grouped = !source.columns.empty() && source.columns[0] == "group";
    const size_t offset = grouped ? 1 : 0;
    ReportTable table;
    table.key = "funnel";
    table.title = tr("Conversion funnel");
    table.columns
        = { column("step", tr("Step"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
              column("rate_from_previous", tr("From previous step"), CellFormat::Percent),
              column("rate_from_start", tr("From joined"), CellFormat::Percent) };
    for (const Row& row : source.rows) {
        // With a breakdown, the rows of all members come first with an empty group.
        if (grouped && !cellText(row[0]).empty())
            break;
        table.rows.push_back(
            { text(stepName(cellText(row[offset]))), row[offset + 1], row[offset + 2], row[offset + 3] });
    }
    table.note = tr("Trial to paid: trial members with a paid order after their first trial; its rate from the "
                    "previous step is of the trial members.");
    const int t = s.addTable(std::move(table), false);
    ReportChart chart;
    chart.kind = ChartKind::Funnel;
    chart.title = tr("Conversion funnel");
    chart.table = t;
    chart.valueColumns = { 1 };
    chart.rowCount = 4; // joined, activated, paying, repeat
    s.addChart(std::move(chart));
    s.showTable(t);

    auto days = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 1) : undefinedText(); };
    s.addParagraph(tr("Median time from joining to the first paid order: %1 days. Median time from the first trial "
                      "to the first paid order after it: %2 days.")
                       .arg(days(f.medianDaysJoinToPaid), days(f.medianDaysTrialToPaid)));
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::pricing()
{
    ReportSection s;
    s.key = "pricing";
    s.title = tr("Pricing");
    if (!r.pricing) {
        s.addParagraph(notComputed());
        return s;
    }
    const Pricing& p = *r.pricing;
    s.addParagraph(tr("Revenue, buyers and loyalty per product tier, subscription plans and monthly revenue."));

    ReportTable tiers;
    tiers.key = "tiers";
    tiers.title = tr("Pricing tiers");
    tiers.columns = { column("tier", tr("Tier"), CellFormat::Text),
        column("products", tr("Products"), CellFormat::Integer), column("buyers", tr("Buyers"), CellFormat::Integer),
        column("paid_orders", tr("Paid orders"), CellFormat::Integer),
        column("revenue", tr("Revenue"), CellFormat::Money), column("arppu", tr("ARPPU"), CellFormat::Money),
        column("refund_rate", tr("Refund rate"), CellFormat::Percent),
        column("repeat_rate", tr("Repeat rate"), CellFormat::Percent),
        column("ltv_projected", tr("Projected LTV"), CellFormat::Money) };
    const Table source = tiersTable(p);
    for (size_t i = 0; i < source.rows.size() && i < p.tiers.size(); ++i) {
        Row row = source.rows[i];
        row[0] = p.tiers[i].tierIndex == noIndex ? text(tr("(no tier)")) : text(label::tier(p.tiers[i].tier));
        row.push_back(real(p.tiers[i].ltvProjected));
        tiers.rows.push_back(std::move(row));
    }
    tiers.note = tr("ARPPU: revenue per paying member. Projected LTV: monthly ARPPU divided by monthly buyer churn "
                    "(at least %1), over the last %2 complete months.")
                     .arg(formatPercent(r.thresholds.pricing.churnFloor, 0))
                     .arg(r.thresholds.pricing.ltvWindowMonths);
    const int tierCount = static_cast<int>(tiers.rows.size());
    const int t = s.addTable(std::move(tiers), false);
    if (tierCount > 0) {
        ReportChart chart;
        chart.kind = ChartKind::Bar;
        chart.title = tr("Revenue by tier");
        chart.xTitle = tr("Tier");
        chart.yTitle = tr("Revenue");
        chart.table = t;
        chart.valueColumns = { 4 };
        chart.valueFormat = CellFormat::Money;
        s.addChart(std::move(chart));
    }
    s.showTable(t);

    if (!p.months.empty()) {
        ReportTable monthly;
        monthly.key = "revenue_by_month";
        monthly.title = tr("Revenue by month");
        monthly.columns.push_back(column("month", tr("Month"), CellFormat::Text));
        for (const TierRow& tier : p.tiers) {
            monthly.columns.push_back({ "tier:" + tier.tier,
                tier.tierIndex == noIndex ? tr("(no tier)") : label::tier(tier.tier), CellFormat::Money });
        }
        monthly.columns.push_back(column("total", tr("Total"), CellFormat::Money));
        monthly.columns.push_back(column("mrr", tr("MRR"), CellFormat::Money));
        for (size_t m = 0; m < p.months.size(); ++m) {
            Row row { text(periodLabel(Granularity::Month, p.months[m])) };
            Cents sum = 0;
            for (size_t k = 0; k < p.tiers.size(); ++k) {
                const Cents v = k < p.revenueByTierMonth.size() && m < p.revenueByTierMonth[k].size()
                    ? p.revenueByTierMonth[k][m]
                    : 0;
                row.push_back(money(v));
                sum += v;
            }
            row.push_back(money(sum));
            row.push_back(real(m < p.mrr.size() ? p.mrr[m] : nan));
            monthly.rows.push_back(std::move(row));
        }
        monthly.role = monthly.rows.size() > 24 ? TableRole::DataOnly : TableRole::Document;
        monthly.note = tr("MRR: each paid plan order spread evenly over the months of its term.");
        const int tierColumns = static_cast<int>(p.tiers.size());
        const int m = s.addTable(std::move(monthly), false);
        ReportChart stacked;
        stacked.kind = ChartKind::StackedBar;
        stacked.title = tr("Revenue by month and tier");
        stacked.xTitle = tr("Month");
        stacked.yTitle = tr("Revenue");
        stacked.table = m;
        for (int k = 0; k < tierColumns; ++k)
            stacked.valueColumns.push_back(1 + k);
        stacked.valueFormat = CellFormat::Money;
        s.addChart(std::move(stacked));
        ReportChart mrr;
        mrr.kind = ChartKind::Line;
        mrr.title = tr("Monthly recurring revenue");
        mrr.xTitle = tr("Month");
        mrr.yTitle = tr("MRR");
        mrr.table = m;
        mrr.valueColumns = { tierColumns + 2 };
        mrr.valueFormat = CellFormat::Money;
        s.addChart(std::move(mrr));
        s.showTable(m);
    }

    ReportTable plans;
    plans.key = "plans";
    plans.title = tr("Subscription plans");
    plans.columns = { column("plan", tr("Plan"), CellFormat::Text),
        column("subscribers", tr("Subscribers"), CellFormat::Integer),
        column("paid_orders", tr("Paid orders"), CellFormat::Integer),
        column("renewal_orders", tr("Renewals"), CellFormat::Integer),
        column("revenue", tr("Revenue"), CellFormat::Money), column("due_terms", tr("Terms due"), CellFormat::Integer),
        column("renewed_terms", tr("Terms renewed"), CellFormat::Integer),
        column("renewal_rate", tr("Renewal rate"), CellFormat::Percent) };
    for (size_t i = 0; i < p.plans.size(); ++i) {
        const PlanRow& plan = p.plans[i];
        plans.rows.push_back(
            { text(tr(planNames[i])), integer(plan.subscribers), integer(plan.paidOrders), integer(plan.renewalOrders),
                money(plan.revenue), integer(plan.dueTerms), integer(plan.renewedTerms), real(plan.renewalRate) });
    }
    plans.note = tr("A term is renewed when the next paid plan order comes before its end plus %1 days of grace.")
                     .arg(r.thresholds.pricing.renewalGraceDays);
    s.addTable(std::move(plans));
    return s;
}

// ---------------------------------------------------------------------------------------------

ReportSection Builder::recommendations()
{
    ReportSection s;
    s.key = "recommendations";
    s.title = tr("Recommendations");
    if (!r.recommender) {
        s.addParagraph(notComputed());
        return s;
    }
    const Recommender& rec = *r.recommender;
    const Feedback& feedback = rec.feedback();
    const Method method = r.thresholds.method;
    s.addParagraph(tr("What members hold (a paid order or a rating of 4 or 5), and what the \"%1\" method "
                      "recommends next.")
                       .arg(label::method(method)));

    ReportTable popular;
    popular.key = "popular_products";
    popular.title = tr("Most held products");
    popular.columns
        = { column("rank", tr("Rank"), CellFormat::Integer), column("title", tr("Product"), CellFormat::Text),
              column("product_id", tr("Product id"), CellFormat::Text), column("kind", tr("Kind"), CellFormat::Text),
              column("tier", tr("Tier"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
              column("share", tr("Share of members"), CellFormat::Percent) };
    const std::vector<Index>& byPopularity = rec.byPopularity();
    for (size_t i = 0; i < byPopularity.size() && i < static_cast<size_t>(std::max(0, o.topProducts)); ++i) {
        const Index p = byPopularity[i];
        const auto pi = static_cast<size_t>(p);
        const Index held = feedback.popularity(p);
        if (held == 0)
            break;
        const Index tier = c.products.tier[pi];
        popular.rows.push_back({ integer(static_cast<std::int64_t>(i) + 1),
            text(std::string(c.products.titles.view(static_cast<Index>(pi)))),
            text(std::string(c.products.ids.view(static_cast<Index>(pi)))),
            text(tr(kindNames[static_cast<int>(c.products.kind[pi])])),
            tier == noIndex ? Cell {} : text(label::tier(c.tiers.name(tier))), integer(held),
            real(ratio(held, c.memberCount())) });
    }
    if (popular.rows.empty()) {
        s.addParagraph(tr("No member holds a product yet: there is nothing to recommend from."));
    } else {
        const int t = s.addTable(std::move(popular), false);
        ReportChart chart;
        chart.kind = ChartKind::HorizontalBar;
        chart.title = tr("Most held products");
        chart.xTitle = tr("Members");
        chart.table = t;
        chart.categoryColumn = 1;
        chart.valueColumns = { 5 };
        chart.rowCount = 10;
        s.addChart(std::move(chart));
        s.showTable(t);
    }

    // The most engaged members and what they would be offered next.
    if (r.scores && rec.isPrepared(method) && o.recommendedMembers > 0) {
        MemberSort sort;
        sort.column = MemberColumn::Score;
        sort.descending = true;
        std::vector<Index> order = queryMembers(r, MemberFilter {}, sort, m_control);
        ReportTable lists;
        lists.key = "recommendations";
        lists.title = tr("Next products for the most engaged members");
        lists.shortTitle = tr("Next products");
        addMemberColumns(lists);
        lists.columns.push_back(column("rank", tr("Rank"), CellFormat::Integer));
        lists.columns.push_back(column("product", tr("Product"), CellFormat::Text));
        lists.columns.push_back(column("score", tr("Score"), CellFormat::Real));
        lists.columns.push_back(column("reason", tr("Reason"), CellFormat::Text));
        RankOptions rank = r.thresholds.rank;
        rank.k = std::max(1, o.recommendationsPerMember);
        int members = 0;
        for (const Index m : order) {
            if (members >= o.recommendedMembers)
                break;
            checkStop();
            const std::vector<Recommendation> list = rec.recommend(m, method, rank);
            if (list.empty())
                continue;
            ++members;
            for (size_t i = 0; i < list.size(); ++i) {
                Row row;
                addMemberCells(row, m);
                row.push_back(integer(static_cast<std::int64_t>(i) + 1));
                row.push_back(text(std::string(c.products.titles.view(list[i].product))));
                row.push_back(real(list[i].score));
                row.push_back(text(reasonText(list[i].reason).toStdString()));
                lists.rows.push_back(std::move(row));
            }
        }
        if (!lists.rows.empty())
            s.addTable(std::move(lists));
    }

    if (r.evaluation && !r.evaluation->empty()) {
        ReportTable eval;
        eval.key = "evaluation";
        eval.title = tr("Offline evaluation of the methods");
        eval.shortTitle = tr("Method evaluation");
        eval.columns = { column("method", tr("Method"), CellFormat::Text), column("k", tr("K"), CellFormat::Integer),
            column("members", tr("Members"), CellFormat::Integer),
            column("hit_rate", tr("Hit rate"), CellFormat::Percent),
            column("precision", tr("Precision"), CellFormat::Percent),
            column("recall", tr("Recall"), CellFormat::Percent), column("ndcg", tr("NDCG"), CellFormat::Real),
            column("coverage", tr("Coverage"), CellFormat::Percent) };
        for (const MethodMetrics& mm : *r.evaluation) {
            eval.rows.push_back({ text(label::method(mm.method)), integer(mm.k), integer(mm.members), real(mm.hitRate),
                real(mm.precision), real(mm.recall), real(mm.ndcg), real(mm.coverage) });
        }
        eval.note = tr("Each member's latest product is held out; the methods are trained on the rest and scored "
                       "on whether they recommend it in their top K.");
        const int t = s.addTable(std::move(eval), false);
        ReportChart chart;
        chart.kind = ChartKind::Bar;
        chart.title = tr("Hit rate by method");
        chart.xTitle = tr("Method");
        chart.yTitle = tr("Hit rate");
        chart.table = t;
        chart.valueColumns = { 3 };
        chart.valueFormat = CellFormat::Percent;
        s.addChart(std::move(chart));
        s.showTable(t);
    } else {
        s.addParagraph(tr("The offline evaluation of the methods was not run for this report."));
    }
    return s;
}

} // namespace

Result<Report> buildReport(const AnalysisResults& results, const ReportOptions& options, const TaskControl& control)
{
    if (!results.community)
        return Error { "the analysis has no community" };
    if (!options.includePersonalData && !options.pseudonymizer)
        return Error { "a report without personal data needs the database's pseudonym key" };
    try {
        return Builder(results, options, control).build();
    } catch (const Cancelled&) {
        return Error { "cancelled" };
    } catch (const std::exception& e) {
        return Error { e.what() };
    }
}

Result<Report> analyseAndBuildReport(CommunityPtr community, const Thresholds& thresholds, const ReportOptions& options,
    ReportEvaluation evaluation, const TaskControl& control)
{
    Analysis analysis(std::move(community));
    if (auto updated = analysis.update(thresholds, control.slice(0.0, 0.7)); !updated)
        return updated.failure();
    const bool evaluate = evaluation == ReportEvaluation::Always
        || (evaluation == ReportEvaluation::Auto && analysis.community().memberCount() <= autoEvaluationMembers);
    if (evaluate) {
        if (auto evaluated = analysis.evaluate(control.slice(0.7, 0.9)); !evaluated)
            return evaluated.failure();
    }
    const auto results = analysis.results();
    auto report = buildReport(*results, options, control.slice(0.9, 1.0));
    control.progress(1.0);
    return report;
}

} // namespace kinsight::core
