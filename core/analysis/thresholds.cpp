#include "thresholds.h"

namespace kinsight::core {

std::string_view partName(Part part)
{
    switch (part) {
    case Part::Activity:
        return "activity";
    case Part::Daily:
        return "daily";
    case Part::Overview:
        return "overview";
    case Part::Scores:
        return "scores";
    case Part::Levels:
        return "levels";
    case Part::Rfm:
        return "rfm";
    case Part::Churn:
        return "churn";
    case Part::Lifecycle:
        return "lifecycle";
    case Part::Cohorts:
        return "cohorts";
    case Part::Retention:
        return "retention";
    case Part::DayN:
        return "day-n";
    case Part::Funnel:
        return "funnel";
    case Part::Pricing:
        return "pricing";
    case Part::Graph:
        return "graph";
    case Part::Leaders:
        return "leaders";
    case Part::NetworkView:
        return "network-view";
    case Part::Recommender:
        return "recommender";
    case Part::Ranking:
        return "ranking";
    }
    return "?";
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
