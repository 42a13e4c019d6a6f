#include "core/actions/actions.h"
#include "core/report/sectionbuilder.h"
#include "core/text/format.h"

namespace kinsight::core::reportsection {

namespace {

QString actionTitle(ActionKind kind)
{
    // The words of the window's Today list (ui/widgets/todaylist.cpp), in the report's language.
    switch (kind) {
    case ActionKind::TrialNotConverted:
        return tr("Trials not converted");
    case ActionKind::PayingAtRisk:
        return tr("Paying members at risk");
    case ActionKind::RenewalDue:
        return tr("Renewals due in 7 days");
    case ActionKind::NewNotActivated:
        return tr("New members not yet active");
    case ActionKind::LeaderQuiet:
        return tr("Opinion leaders gone quiet");
    }
    return {};
}

/// One line of "what changed" for a figure that is a level (members, revenue): the relative
/// change; for a rate (stickiness, trial to paid): the change in percentage points.
QString changeSentence(const KpiLine& line, double value, double previous, std::string_view currency)
{
    const QString now = formatValue(value, line.format, currency);
    const QString before = formatValue(previous, line.format, currency);
    if (!std::isfinite(value))
        return tr("%1: no figure yet.").arg(line.label);
    if (!std::isfinite(previous))
        return tr("%1: %2 (no figure for the previous period).").arg(line.label, now);
    if (roundHalfAway(value, 9) == roundHalfAway(previous, 9))
        return tr("%1: unchanged at %2.").arg(line.label, now);
    if (previous == 0 && line.format != CellFormat::Percent)
        return tr("%1 rose to %2, from none in the previous period.").arg(line.label, now);
    // Rates change in percentage points, counts and money relative to the previous value.
    const QString change = line.format == CellFormat::Percent
        ? formatPoints(std::abs(value - previous)).remove(QLatin1Char('+'))
        : formatPercent(std::abs(value - previous) / std::abs(previous));
    const QString none
        = line.format == CellFormat::Percent ? formatPoints(0.0).remove(QLatin1Char('+')) : formatPercent(0.0);
    // A change that rounds to nothing is not a rise or a fall worth a line of its own.
    if (change == none)
        return tr("%1 about the same at %2 (previous period: %3).").arg(line.label, now, before);
    return (value > previous ? tr("%1 rose by %2 to %3 (previous period: %4).")
                             : tr("%1 fell by %2 to %3 (previous period: %4)."))
        .arg(line.label, change, now, before);
}

/// How much a cumulative figure (members joined, members who have paid) grew in the last period
/// and in the one before, from its samples one period apart.
std::pair<double, double> growth(const Kpi& kpi)
{
    const size_t n = kpi.trend.size();
    const double last = kpi.value - kpi.previous;
    const double before = n >= 3 ? kpi.trend[n - 2] - kpi.trend[n - 3] : nan;
    return { last, before };
}

} // namespace

ReportSection SectionBuilder::summary()
{
    ReportSection s = newSection("summary", tr("Summary"));

    // What to do today: the five lists of core/actions at the analysis' thresholds, as the
    // Overview's Today list shows them.
    std::vector<ActionLeader> leaders;
    if (r.graph && r.leaders)
        leaders = actionLeaders(*r.graph, *r.leaders);
    const ActionLists lists = computeActions(c, actionOptions(r.thresholds), leaders);
    checkStop();
    const int periodDays = r.overview ? r.overview->periodDays : 30;
    if (!lists.hasDay) {
        s.addParagraph(tr("Nothing to do yet: the database holds no data."));
        return s;
    }
    s.addParagraph(tr("As of %1, the end of the data: what to do today, the key figures and what changed in the "
                      "last %2 days.")
                       .arg(QString::fromStdString(formatDay(lists.asOf)))
                       .arg(periodDays));

    ReportTable today;
    today.key = "summary_today";
    today.title = tr("Today");
    today.columns
        = { column("action", tr("To do"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
              column("money_at_stake", tr("Money at stake"), CellFormat::Money) };
    for (const ActionKind kind : allActionKinds) {
        const ActionList& list = lists.list(kind);
        Row row { text(actionTitle(kind)), integer(static_cast<std::int64_t>(list.items.size())) };
        row.push_back(list.moneyAtStake ? money(*list.moneyAtStake) : Cell {});
        today.rows.push_back(std::move(row));
    }
    today.note = tr("Money at stake: what the members at risk have paid in total; the amounts of the renewals due. "
                    "The members of each list, with the reason, are in the window's Today list.");
    s.addTable(std::move(today));

    if (!r.overview) {
        s.addParagraph(notComputed());
        return s;
    }
    // The key figures as cards on paper; as a table (not shown on paper) for the spreadsheet.
    const std::vector<KpiLine> lines = kpiLines();
    ReportTable figures = keyFiguresTable(s, lines, "summary_kpis");
    s.addTable(std::move(figures), false);
    s.blocks.push_back({ ReportBlock::Kind::Kpis, 0, tr("Key figures") });

    ReportTable changes;
    changes.key = "summary_changes";
    changes.title = tr("What changed");
    changes.columns = { column("change", tr("Compared with the previous %1 days").arg(periodDays), CellFormat::Text) };
    for (const KpiLine& line : lines) {
        const std::string_view key = line.key;
        if (key == "members" || key == "paying") {
            const auto [last, before] = growth(*line.kpi);
            const QString sentence = key == "members"
                ? tr("New members in the last %1 days: %2 (the %1 days before: %3).")
                : tr("Members who paid for the first time in the last %1 days: %2 (the %1 days before: %3).");
            changes.rows.push_back({ text(sentence.arg(periodDays)
                                              .arg(formatValue(last, CellFormat::Integer, c.currency),
                                                  formatValue(before, CellFormat::Integer, c.currency))) });
            continue;
        }
        changes.rows.push_back(
            { text(changeSentence(line, line.kpi->value * line.scale, line.kpi->previous * line.scale, c.currency)) });
    }
    s.addTable(std::move(changes));
    return s;
}

} // namespace kinsight::core::reportsection
