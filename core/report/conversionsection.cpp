#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

namespace {

QString stepName(std::string_view key)
{
    for (int s = 0; s < funnelStepCount; ++s) {
        if (toString(static_cast<FunnelStep>(s)) == key)
            return label::funnelStep(static_cast<FunnelStep>(s));
    }
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace

ReportSection SectionBuilder::conversion()
{
    ReportSection s = newSection("conversion", tr("Conversion"));
    if (!r.funnel)
        return notComputedSection(std::move(s));
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
    ReportChart chart = tableChart(ChartKind::Funnel, tr("Conversion funnel"), QString(), QString(), { 1 });
    chart.rowCount = 4; // joined, activated, paying, repeat
    s.addChartedTable(std::move(table), std::move(chart));

    auto days = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 1) : undefinedText(); };
    s.addParagraph(tr("Median time from joining to the first paid order: %1 days. Median time from the first trial "
                      "to the first paid order after it: %2 days.")
                       .arg(days(f.medianDaysJoinToPaid), days(f.medianDaysTrialToPaid)));
    return s;
}

} // namespace kinsight::core::reportsection
