#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

ReportSection SectionBuilder::members()
{
    ReportSection s = newSection("members", tr("Members"));
    if (!r.rfm || !r.segments || !r.scores || !r.levels)
        return notComputedSection(std::move(s));
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
        ReportChart chart
            = tableChart(ChartKind::HorizontalBar, tr("Buyers by RFM segment"), tr("Members"), QString(), { 1 });
        chart.rowCount = rfmSegmentCount - 1;
        s.addChartedTable(std::move(segments), std::move(chart));
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
        ReportChart chart = tableChart(
            ChartKind::StackedBar, tr("Active members by lifecycle status"), tr("Period"), tr("Members"), { 1, 2, 3 });
        s.addChartedTable(std::move(table), std::move(chart));
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

} // namespace kinsight::core::reportsection
