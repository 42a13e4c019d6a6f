#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

std::vector<KpiLine> SectionBuilder::kpiLines() const
{
    const OverviewKpis& k = *r.overview;
    return {
        { "members", tr("Members"), &k.members, CellFormat::Integer, 1 },
        { "active", tr("Active members (%1 days)").arg(k.periodDays), &k.active, CellFormat::Integer, 1 },
        { "stickiness", tr("Stickiness (DAU / MAU)"), &k.stickiness, CellFormat::Percent, 1 },
        { "paying", tr("Paying members"), &k.paying, CellFormat::Integer, 1 },
        // Revenue is kept in cents by the analysis; the report shows currency units.
        { "revenue", tr("Revenue (%1 days)").arg(k.periodDays), &k.revenue, CellFormat::Money, 0.01 },
        { "trial_to_paid", tr("Trial to paid"), &k.trialToPaid, CellFormat::Percent, 1 },
    };
}

ReportTable SectionBuilder::keyFiguresTable(ReportSection& s, const std::vector<KpiLine>& lines, std::string key) const
{
    ReportTable table;
    table.key = std::move(key);
    table.title = tr("Key figures");
    table.columns = { column("metric", tr("Metric"), CellFormat::Text),
        column("value", tr("Value"), CellFormat::PerRow), column("previous", tr("Previous period"), CellFormat::PerRow),
        column("change", tr("Change"), CellFormat::Percent) };
    for (const KpiLine& line : lines) {
        const double value = line.kpi->value * line.scale;
        const double previous = line.kpi->previous * line.scale;
        s.kpis.push_back({ line.label, value, previous, line.format });
        const double change = std::isfinite(value) && std::isfinite(previous) && previous != 0
            ? (value - previous) / std::abs(previous)
            : nan;
        table.rows.push_back({ text(line.label), real(value), real(previous), real(change) });
        table.rowFormats.push_back(line.format);
    }
    return table;
}

ReportSection SectionBuilder::overview()
{
    ReportSection s = newSection("overview", tr("Overview"));
    if (!r.overview || !r.daily)
        return notComputedSection(std::move(s));
    const OverviewKpis& k = *r.overview;
    s.addParagraph(tr("Key figures at the end of the data, compared with %1 days earlier.").arg(k.periodDays));

    const std::vector<KpiLine> kpis = kpiLines();
    ReportTable table = keyFiguresTable(s, kpis, "overview_kpis");
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
        ReportChart chart = tableChart(ChartKind::Line,
            days > o.chartDays ? tr("Active members per day (last %1 days)").arg(o.chartDays)
                               : tr("Active members per day"),
            tr("Day"), tr("Members"), { 1, 2, 3 });
        chart.categoryColumn = 0;
        chart.firstRow = std::max(0, days - o.chartDays);
        s.addChartedTable(std::move(daily), std::move(chart));
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
        ReportChart chart
            = tableChart(ChartKind::Bar, tr("Members by engagement level"), tr("Level"), tr("Members"), { 1 });
        s.addChartedTable(std::move(levels), std::move(chart));
    }
    return s;
}

} // namespace kinsight::core::reportsection
