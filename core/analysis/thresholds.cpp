#include "thresholds.h"

#include "core/util/enumnames.h"

namespace kinsight::core {

constexpr auto partNames = enumNames<Part>({ { Part::Activity, "activity" }, { Part::Daily, "daily" },
    { Part::Overview, "overview" }, { Part::Scores, "scores" }, { Part::Levels, "levels" }, { Part::Rfm, "rfm" },
    { Part::Churn, "churn" }, { Part::Lifecycle, "lifecycle" }, { Part::Cohorts, "cohorts" },
    { Part::Retention, "retention" }, { Part::DayN, "day-n" }, { Part::Funnel, "funnel" }, { Part::Pricing, "pricing" },
    { Part::Graph, "graph" }, { Part::Leaders, "leaders" }, { Part::NetworkView, "network-view" },
    { Part::Recommender, "recommender" }, { Part::Ranking, "ranking" } });
static_assert(partNames.size() == partCount, "every part has a name");

std::string_view partName(Part part)
{
    return partNames.nameOf(part, "?");
}

Parts changedInputs(const Thresholds& a, const Thresholds& b)
{
    Parts parts = 0;
    if (a.engagement != b.engagement)
        parts |= bit(Part::Scores);
    if (a.levels != b.levels)
        parts |= bit(Part::Levels);
    if (a.churn != b.churn)
        parts |= bit(Part::Churn);
    if (a.cohortPeriod != b.cohortPeriod)
        parts |= bit(Part::Cohorts) | bit(Part::Lifecycle);
    if (a.cohortBreakdown != b.cohortBreakdown)
        parts |= bit(Part::Cohorts);
    if (a.retentionView != b.retentionView)
        parts |= bit(Part::Retention);
    if (a.retentionView.mode != b.retentionView.mode)
        parts |= bit(Part::DayN);
    if (a.funnel != b.funnel)
        parts |= bit(Part::Funnel);
    if (a.pricing != b.pricing)
        parts |= bit(Part::Pricing);
    if (a.graphWindowDays != b.graphWindowDays || a.graphTypes != b.graphTypes)
        parts |= bit(Part::Graph);
    if (a.leaders != b.leaders)
        parts |= bit(Part::Leaders);
    if (a.method != b.method)
        parts |= bit(Part::Recommender) | bit(Part::Ranking);
    if (a.rank != b.rank)
        parts |= bit(Part::Ranking);
    return parts;
}

} // namespace kinsight::core
