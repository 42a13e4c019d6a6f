#include "retention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kinsight::core {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Per-member group of a breakdown, as a rank (so rows sort by rank) with its label.
struct Groups {
    std::vector<std::int32_t> rankOfMember;
    std::vector<std::string> labelOfRank;
};

Index firstCountedOrder(const Community& c, Index m)
{
    for (Index o : c.ordersOf(m)) {
        if (c.orders.isCounted(o))
            return o;
    }
    return noIndex;
}

/// Ranks names in code-point order; `extra` labels follow in the given order.
Groups rankVocabulary(const Community& c, Index count, auto nameOf, std::vector<std::string> extra, auto groupOfMember)
{
    std::vector<Index> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](Index a, Index b) { return nameOf(a) < nameOf(b); });
    std::vector<std::int32_t> rank(static_cast<std::size_t>(count));
    Groups g;
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        g.labelOfRank.emplace_back(nameOf(order[i]));
    }
    for (std::string& e : extra)
        g.labelOfRank.push_back(std::move(e));
    const Index n = c.memberCount();
    g.rankOfMember.resize(static_cast<std::size_t>(n));
    for (Index m = 0; m < n; ++m) {
        const Index group = groupOfMember(m); // a vocabulary index, or count + j for extra label j
        g.rankOfMember[static_cast<std::size_t>(m)] = group < count ? rank[static_cast<std::size_t>(group)] : group;
    }
    return g;
}

Groups groupsOf(const Community& c, CohortBreakdown breakdown)
{
    const Index n = c.memberCount();
    switch (breakdown) {
    case CohortBreakdown::None: {
        Groups g;
        g.rankOfMember.assign(static_cast<std::size_t>(n), 0);
        g.labelOfRank.emplace_back();
        return g;
    }
    case CohortBreakdown::Channel: {
        MemberGroups channels = channelGroups(c);
        return { std::move(channels.group), std::move(channels.labels) };
    }
    case CohortBreakdown::FirstTier: {
        const Index count = c.tiers.size();
        return rankVocabulary(
            c, count, [&](Index i) { return c.tiers.name(i); },
            { std::string(noGroupLabel), std::string(noOrderLabel) },
            [&](Index m) {
                const Index o = firstCountedOrder(c, m);
                if (o == noIndex)
                    return count + 1;
                const Index tier
                    = c.products.tier[static_cast<std::size_t>(c.orders.product[static_cast<std::size_t>(o)])];
                return tier == noIndex ? count : tier;
            });
    }
    case CohortBreakdown::FirstProduct: {
        // Products are indexed in id order already.
        const Index count = c.productCount();
        return rankVocabulary(
            c, count, [&](Index i) { return c.products.ids.view(i); }, { std::string(noOrderLabel) },
            [&](Index m) {
                const Index o = firstCountedOrder(c, m);
                return o == noIndex ? count : c.orders.product[static_cast<std::size_t>(o)];
            });
    }
    }
    return {};
}

} // namespace

CohortCounts computeCohortCounts(const Community& c, const ActivityDays& a, Granularity g, CohortBreakdown breakdown)
{
    CohortCounts out;
    out.granularity = g;
    out.breakdown = breakdown;
    const Index n = c.memberCount();
    out.endPeriod = periodOfDay(g, a.endDay);
    out.memberRow.assign(static_cast<std::size_t>(n), -1);
    if (n == 0)
        return out;

    const Groups groups = groupsOf(c, breakdown);
    const auto groupCount = static_cast<std::int64_t>(groups.labelOfRank.size());
    const TimeZone& zone = c.timeZone;
    const PeriodTable periodOfDay(g, firstDayOf(c, a), a.endDay);
    std::vector<PeriodKey> joined(static_cast<std::size_t>(n));
    PeriodKey minCohort = std::numeric_limits<PeriodKey>::max();
    for (Index m = 0; m < n; ++m) {
        joined[static_cast<std::size_t>(m)] = periodOfDay(zone.dayOf(c.members.joinedAt[static_cast<std::size_t>(m)]));
        minCohort = std::min(minCohort, joined[static_cast<std::size_t>(m)]);
    }
    // Row key = (cohort - first cohort) * groups + group rank: ordering keys orders rows.
    std::vector<std::int64_t> keys(static_cast<std::size_t>(n));
    std::int64_t maxKey = 0;
    for (Index m = 0; m < n; ++m) {
        const auto i = static_cast<std::size_t>(m);
        keys[i] = static_cast<std::int64_t>(joined[i] - minCohort) * groupCount + groups.rankOfMember[i];
        maxKey = std::max(maxKey, keys[i]);
    }
    // Keys to rows: a dense table while cohorts x groups is small (the usual case), else a sort.
    std::vector<std::int64_t> rowKeys;
    std::vector<std::int32_t> rowOfKey;
    if (maxKey < std::int64_t { 1 } << 24) {
        rowOfKey.assign(static_cast<std::size_t>(maxKey) + 1, -1);
        for (std::int64_t k : keys)
            rowOfKey[static_cast<std::size_t>(k)] = 0;
        for (std::size_t k = 0; k < rowOfKey.size(); ++k) {
            if (rowOfKey[k] == 0) {
                rowOfKey[k] = static_cast<std::int32_t>(rowKeys.size());
                rowKeys.push_back(static_cast<std::int64_t>(k));
            }
        }
    } else {
        rowKeys = keys;
        std::sort(rowKeys.begin(), rowKeys.end());
        rowKeys.erase(std::unique(rowKeys.begin(), rowKeys.end()), rowKeys.end());
    }
    auto rowOf = [&](std::int64_t key) {
        if (!rowOfKey.empty())
            return static_cast<std::size_t>(rowOfKey[static_cast<std::size_t>(key)]);
        return static_cast<std::size_t>(std::lower_bound(rowKeys.begin(), rowKeys.end(), key) - rowKeys.begin());
    };
    out.rows.resize(rowKeys.size());
    for (std::size_t r = 0; r < rowKeys.size(); ++r) {
        CohortCounts::Row& row = out.rows[r];
        row.cohort = minCohort + static_cast<PeriodKey>(rowKeys[r] / groupCount);
        if (breakdown != CohortBreakdown::None)
            row.group = groups.labelOfRank[static_cast<std::size_t>(rowKeys[r] % groupCount)];
        const auto len = static_cast<std::size_t>(std::max(0, out.endPeriod - row.cohort + 1));
        row.activeOn.assign(len, 0);
        row.activeOnOrAfter.assign(len, 0);
        row.revenueOn.assign(len, 0);
        out.periods = std::max(out.periods, static_cast<int>(len));
    }

    for (Index m = 0; m < n; ++m) {
        const auto i = static_cast<std::size_t>(m);
        const std::size_t r = rowOf(keys[i]);
        out.memberRow[i] = static_cast<std::int32_t>(r);
        CohortCounts::Row& row = out.rows[r];
        ++row.size;
        const PeriodKey j = joined[i];
        int lastK = -1;
        for (Day d : a.of(m)) {
            const int k = periodOfDay(d) - j;
            if (k < 0 || k == lastK)
                continue; // before joining: ignored here (documented data error)
            ++row.activeOn[static_cast<std::size_t>(k)];
            lastK = k;
        }
        if (lastK >= 0)
            ++row.activeOnOrAfter[static_cast<std::size_t>(lastK)]; // suffix-summed below
        for (Index o : c.ordersOf(m)) {
            if (!c.orders.isPaid(o))
                continue;
            const int k = periodOfDay(zone.dayOf(c.orders.paidAt[static_cast<std::size_t>(o)])) - j;
            if (k >= 0)
                row.revenueOn[static_cast<std::size_t>(k)] += c.orders.amount[static_cast<std::size_t>(o)];
        }
    }
    for (CohortCounts::Row& row : out.rows) {
        // activeOnOrAfter[k] = members whose last active period is >= k.
        for (std::size_t k = row.activeOnOrAfter.size(); k-- > 1;)
            row.activeOnOrAfter[k - 1] += row.activeOnOrAfter[k];
    }
    return out;
}

RetentionMatrix retentionMatrix(const CohortCounts& counts, const RetentionView& view)
{
    RetentionMatrix out;
    out.granularity = counts.granularity;
    out.view = view;
    out.periods = counts.periods;
    const auto periods = static_cast<std::size_t>(counts.periods);
    std::vector<double> meanNum(periods, 0), meanDen(periods, 0), meanSum(periods, 0);
    out.meanCohorts.assign(periods, 0);
    const bool revenue = view.metric != RetentionMetric::Members;
    out.rows.reserve(counts.rows.size());
    // Rows are in cohort order: format each cohort's label once, not once per group.
    std::string label;
    PeriodKey labelled = 0;

    for (const CohortCounts::Row& src : counts.rows) {
        RetentionMatrix::Row row;
        row.cohort = src.cohort;
        if (label.empty() || labelled != src.cohort) {
            label = periodLabel(counts.granularity, src.cohort);
            labelled = src.cohort;
        }
        row.label = label;
        row.group = src.group;
        row.size = src.size;
        const std::size_t len = src.activeOn.size();
        row.raw.resize(len);
        if (!revenue) {
            const std::vector<int>& v = view.mode == RetentionMode::On ? src.activeOn : src.activeOnOrAfter;
            for (std::size_t k = 0; k < len; ++k)
                row.raw[k] = v[k];
        } else {
            double suffix = 0;
            for (std::size_t k = len; k-- > 0;) {
                const double cents = static_cast<double>(src.revenueOn[k]);
                suffix += cents;
                row.raw[k] = (view.mode == RetentionMode::On ? cents : suffix) / 100.0;
            }
        }
        row.value.resize(len);
        for (std::size_t k = 0; k < len; ++k) {
            double num = row.raw[k], den = 0;
            switch (view.metric) {
            case RetentionMetric::Members:
                den = view.reference == RetentionReference::PreviousPeriod && k > 0 ? row.raw[k - 1] : row.size;
                break;
            case RetentionMetric::RevenueRetained:
                den = view.reference == RetentionReference::PreviousPeriod && k > 0 ? row.raw[k - 1] : row.raw[0];
                break;
            case RetentionMetric::RevenuePerMember:
                den = row.size;
                break;
            }
            row.value[k] = den > 0 ? num / den : nan;
            if (den > 0) {
                meanNum[k] += num;
                meanDen[k] += den;
                meanSum[k] += row.value[k];
                ++out.meanCohorts[k];
            }
        }
        out.rows.push_back(std::move(row));
    }
    out.mean.resize(periods);
    for (std::size_t k = 0; k < periods; ++k) {
        if (out.meanCohorts[k] == 0)
            out.mean[k] = nan;
        else if (view.mean == MeanKind::Weighted)
            out.mean[k] = meanNum[k] / meanDen[k];
        else
            out.mean[k] = meanSum[k] / out.meanCohorts[k];
    }
    return out;
}

std::vector<RetentionTrendPoint> retentionTrend(const RetentionMatrix& matrix, int period)
{
    std::vector<RetentionTrendPoint> out;
    if (period < 0)
        return out;
    for (const RetentionMatrix::Row& row : matrix.rows) {
        if (static_cast<std::size_t>(period) < row.value.size()
            && std::isfinite(row.value[static_cast<std::size_t>(period)]))
            out.push_back({ row.label, row.group, row.value[static_cast<std::size_t>(period)] });
    }
    return out;
}

const std::vector<int>& defaultDayN()
{
    static const std::vector<int> days = { 1, 7, 14, 30, 60, 90 };
    return days;
}

namespace {

bool retainedOnDay(const ActivityDays& a, Index m, Day target, RetentionMode mode)
{
    return mode == RetentionMode::On ? a.activeBetween(m, target, target)
                                     : a.activeBetween(m, target, std::numeric_limits<Day>::max());
}

} // namespace

std::vector<DayNPoint> dayNRetention(
    const Community& c, const ActivityDays& a, RetentionMode mode, const std::vector<int>& days)
{
    std::vector<DayNPoint> out;
    for (int d : days)
        out.push_back({ d, 0, 0, nan });
    for (Index m = 0; m < c.memberCount(); ++m) {
        const Day joined = c.timeZone.dayOf(c.members.joinedAt[static_cast<std::size_t>(m)]);
        const std::span<const Day> active = a.of(m);
        for (DayNPoint& p : out) {
            const Day target = joined + p.day;
            if (target > a.endDay)
                continue;
            ++p.eligible;
            if (active.empty() || active.back() < target)
                continue;
            if (mode == RetentionMode::OnOrAfter || std::binary_search(active.begin(), active.end(), target))
                ++p.retained;
        }
    }
    for (DayNPoint& p : out) {
        if (p.eligible > 0)
            p.rate = static_cast<double>(p.retained) / p.eligible;
    }
    return out;
}

std::vector<Index> dayNMembers(const Community& c, const ActivityDays& a, int day, RetentionMode mode)
{
    return membersWhere(c.memberCount(), [&](Index m) {
        const Day joined = c.timeZone.dayOf(c.members.joinedAt[static_cast<std::size_t>(m)]);
        return joined + day <= a.endDay && retainedOnDay(a, m, joined + day, mode);
    });
}

std::vector<Index> cohortMembers(const CohortCounts& counts, int row)
{
    return membersWhere(static_cast<Index>(counts.memberRow.size()),
        [&](Index m) { return counts.memberRow[static_cast<std::size_t>(m)] == row; });
}

std::vector<Index> retentionCellMembers(const Community& c, const ActivityDays& a, const CohortCounts& counts, int row,
    int period, RetentionMode mode, RetentionMetric metric)
{
    const Granularity g = counts.granularity;
    return membersWhere(c.memberCount(), [&](Index m) {
        if (counts.memberRow[static_cast<std::size_t>(m)] != row)
            return false;
        const PeriodKey p = periodOf(c.timeZone, g, c.members.joinedAt[static_cast<std::size_t>(m)]) + period;
        const Day from = firstDayOfPeriod(g, p);
        const Day to = mode == RetentionMode::On ? firstDayOfPeriod(g, p + 1) - 1 : std::numeric_limits<Day>::max();
        if (metric == RetentionMetric::Members)
            return a.activeBetween(m, from, to);
        for (Index o : c.ordersOf(m)) {
            const Day d = c.timeZone.dayOf(c.orders.paidAt[static_cast<std::size_t>(o)]);
            if (c.orders.isPaid(o) && d >= from && d <= to)
                return true;
        }
        return false;
    });
}

} // namespace kinsight::core
