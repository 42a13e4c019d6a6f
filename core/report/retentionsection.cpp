#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

namespace {

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

} // namespace

ReportSection SectionBuilder::retention()
{
    ReportSection s = newSection("retention", tr("Retention"));
    if (!r.retention || !r.dayN)
        return notComputedSection(std::move(s));
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
    ReportChart chart = tableChart(ChartKind::Bar, tr("Day-N retention"), tr("Days since joining"), tr("Rate"), { 3 });
    chart.valueFormat = CellFormat::Percent;
    s.addChartedTable(std::move(dayN), std::move(chart));
    return s;
}

} // namespace kinsight::core::reportsection
