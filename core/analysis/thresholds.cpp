#include "thresholds.h"

namespace kinsight::core {

namespace {

bool same(const EngagementOptions& a, const EngagementOptions& b)
{
    return a.weights == b.weights && a.halfLifeDays == b.halfLifeDays && a.reference == b.reference;
}

bool same(const LevelCutoffs& a, const LevelCutoffs& b)
{
    return a.view == b.view && a.mode == b.mode && a.core == b.core && a.active == b.active && a.casual == b.casual;
}

bool same(const ChurnOptions& a, const ChurnOptions& b)
{
    return a.silentDays == b.silentDays && a.lostAfterDays == b.lostAfterDays && a.minActiveDays == b.minActiveDays
        && a.windowDays == b.windowDays && a.fallingRatio == b.fallingRatio
        && a.minPreviousActiveDays == b.minPreviousActiveDays && a.lapseGraceDays == b.lapseGraceDays;
}

bool same(const RetentionView& a, const RetentionView& b)
{
    return a.mode == b.mode && a.reference == b.reference && a.mean == b.mean && a.metric == b.metric;
}

bool same(const FunnelOptions& a, const FunnelOptions& b)
{
    return a.windowDays == b.windowDays && a.breakdown == b.breakdown;
}

bool same(const PricingOptions& a, const PricingOptions& b)
{
    return a.renewalGraceDays == b.renewalGraceDays && a.churnFloor == b.churnFloor
        && a.ltvWindowMonths == b.ltvWindowMonths;
}

bool same(const LeaderOptions& a, const LeaderOptions& b)
{
    const LeaderWeights& x = a.weights;
    const LeaderWeights& y = b.weights;
    return x.pageRank == y.pageRank && x.inDegree == y.inDegree && x.betweenness == y.betweenness
        && x.strength == y.strength && x.coreNumber == y.coreNumber && a.minDegree == b.minDegree
        && a.threshold == b.threshold && a.topK == b.topK && a.perCommunity == b.perCommunity && a.explain == b.explain;
}

bool same(const RankOptions& a, const RankOptions& b)
{
    return a.k == b.k && a.neighbours == b.neighbours && a.floor == b.floor && a.alpha == b.alpha;
}

} // namespace

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
    if (!same(a.engagement, b.engagement))
        parts |= bit(Part::Scores);
    if (!same(a.levels, b.levels))
        parts |= bit(Part::Levels);
    if (!same(a.churn, b.churn))
        parts |= bit(Part::Churn);
    if (a.cohortPeriod != b.cohortPeriod)
        parts |= bit(Part::Cohorts) | bit(Part::Lifecycle);
    if (a.cohortBreakdown != b.cohortBreakdown)
        parts |= bit(Part::Cohorts);
    if (!same(a.retentionView, b.retentionView))
        parts |= bit(Part::Retention);
    if (a.retentionView.mode != b.retentionView.mode)
        parts |= bit(Part::DayN);
    if (!same(a.funnel, b.funnel))
        parts |= bit(Part::Funnel);
    if (!same(a.pricing, b.pricing))
        parts |= bit(Part::Pricing);
    if (a.graphWindowDays != b.graphWindowDays || a.graphTypes != b.graphTypes)
        parts |= bit(Part::Graph);
    if (!same(a.leaders, b.leaders))
        parts |= bit(Part::Leaders);
    if (a.method != b.method)
        parts |= bit(Part::Recommender) | bit(Part::Ranking);
    if (!same(a.rank, b.rank))
        parts |= bit(Part::Ranking);
    return parts;
}

} // namespace kinsight::core
