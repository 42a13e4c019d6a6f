#include "rfm.h"

#include <algorithm>

#include "core/util/enumnames.h"

namespace kinsight::core {

namespace {

/// scores[i] = 1 + floor(5 * worse(values[i]) / B), capped at 5, for the buyers listed in
/// `buyers`; `better(a, b)` says a is better than b.
template <typename T, typename Better>
void quintiles(
    const std::vector<Index>& buyers, const std::vector<T>& values, Better better, std::vector<std::uint8_t>& out)
{
    std::vector<T> sorted;
    sorted.reserve(buyers.size());
    for (Index m : buyers)
        sorted.push_back(values[static_cast<std::size_t>(m)]);
    // Worst first: worse(v) = number of elements strictly before v's first occurrence.
    std::sort(sorted.begin(), sorted.end(), [&](const T& a, const T& b) { return better(b, a); });
    const auto total = static_cast<long long>(sorted.size());
    for (Index m : buyers) {
        const T v = values[static_cast<std::size_t>(m)];
        const auto first
            = std::lower_bound(sorted.begin(), sorted.end(), v, [&](const T& a, const T& b) { return better(b, a); });
        const long long worse = first - sorted.begin();
        out[static_cast<std::size_t>(m)] = static_cast<std::uint8_t>(std::min<long long>(5, 1 + 5 * worse / total));
    }
}

} // namespace

RfmScores computeRfm(const Community& c, const RfmOptions& options)
{
    RfmScores out;
    const Index n = c.memberCount();
    out.reference = options.reference != noTimestamp ? options.reference : c.dataEnd;
    out.recencyDays.assign(static_cast<std::size_t>(n), -1);
    out.frequency.assign(static_cast<std::size_t>(n), 0);
    out.monetary.assign(static_cast<std::size_t>(n), 0);
    out.r.assign(static_cast<std::size_t>(n), 0);
    out.f.assign(static_cast<std::size_t>(n), 0);
    out.m.assign(static_cast<std::size_t>(n), 0);
    if (out.reference == noTimestamp)
        return out;
    const TimeZone& zone = c.timeZone;
    const Day refDay = zone.dayOf(out.reference);
    std::vector<Index> buyers;
    for (Index m = 0; m < n; ++m) {
        Timestamp last = noTimestamp;
        int count = 0;
        Cents total = 0;
        for (Index o : c.ordersOf(m)) {
            const auto i = static_cast<std::size_t>(o);
            if (c.orders.paidAt[i] > out.reference)
                break;
            if (!c.orders.isPaid(o))
                continue;
            last = c.orders.paidAt[i];
            ++count;
            total += c.orders.amount[i];
        }
        if (count == 0)
            continue;
        const auto mi = static_cast<std::size_t>(m);
        out.recencyDays[mi] = refDay - zone.dayOf(last);
        out.frequency[mi] = count;
        out.monetary[mi] = total;
        buyers.push_back(m);
    }
    out.buyers = static_cast<int>(buyers.size());
    if (buyers.empty())
        return out;
    quintiles(
        buyers, out.recencyDays, [](std::int32_t a, std::int32_t b) { return a < b; }, out.r);
    quintiles(
        buyers, out.frequency, [](std::int32_t a, std::int32_t b) { return a > b; }, out.f);
    quintiles(
        buyers, out.monetary, [](Cents a, Cents b) { return a > b; }, out.m);
    return out;
}

std::string_view toString(RfmSegment segment)
{
    static constexpr std::string_view names[] = { "champions", "loyal", "potential_loyalist", "promising", "new",
        "need_attention", "about_to_sleep", "at_risk", "cant_lose_them", "lost", "no_purchase" };
    return names[static_cast<int>(segment)];
}

const std::vector<RfmRule>& defaultRfmRules()
{
    using S = RfmSegment;
    // Precedence: first match wins. Overlaps of the usual table are resolved towards the more
    // actionable segment (e.g. R 2, F 4, M 4 is "at risk", not "loyal"). Documented in
    // docs/metrics.md; a unit test checks that all 125 combinations are covered.
    static const std::vector<RfmRule> rules = {
        { S::Champions, 4, 5, 4, 5, 4, 5 },
        { S::CantLoseThem, 1, 1, 4, 5, 4, 5 },
        { S::Lost, 1, 2, 1, 2, 1, 2 },
        { S::AtRisk, 1, 2, 2, 5, 2, 5 },
        { S::NeedAttention, 2, 3, 2, 3, 2, 3 },
        { S::Loyal, 2, 5, 3, 5, 3, 5 },
        { S::New, 4, 5, 1, 1, 1, 1 },
        { S::Promising, 3, 4, 1, 1, 1, 1 },
        { S::AboutToSleep, 2, 3, 1, 2, 1, 2 },
        { S::PotentialLoyalist, 3, 5, 1, 3, 1, 3 },
        // Catch-alls for the gaps of the usual table, by recency alone.
        { S::PotentialLoyalist, 4, 5, 1, 5, 1, 5 },
        { S::NeedAttention, 3, 3, 1, 5, 1, 5 },
        { S::AtRisk, 1, 2, 1, 5, 1, 5 },
    };
    return rules;
}

RfmSegments segmentRfm(const RfmScores& scores, const std::vector<RfmRule>& rules)
{
    RfmSegments out;
    const std::size_t n = scores.r.size();
    out.segment.assign(n, RfmSegment::NoPurchase);
    // 125 combinations: look each up once.
    std::array<RfmSegment, 216> table {};
    table.fill(RfmSegment::NoPurchase);
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            for (int m = 1; m <= 5; ++m) {
                for (const RfmRule& rule : rules) {
                    if (rule.matches(r, f, m)) {
                        table[static_cast<std::size_t>(r * 36 + f * 6 + m)] = rule.segment;
                        break;
                    }
                }
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const RfmSegment s = scores.r[i] == 0
            ? RfmSegment::NoPurchase
            : table[static_cast<std::size_t>(scores.r[i] * 36 + scores.f[i] * 6 + scores.m[i])];
        out.segment[i] = s;
        ++out.counts[static_cast<std::size_t>(s)];
    }
    return out;
}

std::vector<Index> membersInSegment(const RfmSegments& segments, RfmSegment segment)
{
    return membersWhere(static_cast<Index>(segments.segment.size()),
        [&](Index m) { return segments.segment[static_cast<std::size_t>(m)] == segment; });
}

// ---------------------------------------------------------------------------------------------
// Churn risk

constexpr auto churnReasonNames
    = enumNames<ChurnReason>({ { ChurnSilent, "silent" }, { ChurnFalling, "falling" }, { ChurnLapsed, "lapsed" } });

std::string_view toString(ChurnReason reason)
{
    return churnReasonNames.nameOf(reason);
}

std::vector<Reason> churnReasons(std::uint8_t reasons, const ChurnOptions& o)
{
    std::vector<Reason> out;
    if (reasons & ChurnSilent)
        out.push_back({ "churn.silent", { std::int64_t { o.silentDays } } });
    if (reasons & ChurnFalling)
        out.push_back({ "churn.falling", { std::int64_t { o.windowDays } } });
    if (reasons & ChurnLapsed)
        out.push_back({ "churn.lapsed", {} });
    return out;
}

ChurnRisk computeChurnRisk(const Community& c, const ActivityDays& a, const ChurnOptions& o)
{
    ChurnRisk out;
    const Index n = c.memberCount();
    out.reasons.assign(static_cast<std::size_t>(n), 0);
    const Day end = a.endDay;
    for (Index m = 0; m < n; ++m) {
        std::uint8_t reasons = 0;
        const std::span<const Day> days = a.of(m);
        if (!days.empty()) {
            const int silentFor = end - days.back();
            if (static_cast<int>(days.size()) >= o.minActiveDays && silentFor >= o.silentDays
                && silentFor < o.lostAfterDays)
                reasons |= ChurnSilent;
            const int recent = a.activeDaysBetween(m, end - o.windowDays + 1, end);
            const int previous = a.activeDaysBetween(m, end - 2 * o.windowDays + 1, end - o.windowDays);
            if (previous >= o.minPreviousActiveDays && recent < o.fallingRatio * previous)
                reasons |= ChurnFalling;
        }
        // Latest paid plan term.
        const IndexRange orders = c.ordersOf(m);
        for (Index i = orders.stop - 1; i >= orders.start; --i) {
            const auto oi = static_cast<std::size_t>(i);
            if (!c.orders.isPaid(i) || c.orders.plan[oi] == Plan::None)
                continue;
            const Day termEnd = planTermEnd(c.timeZone, c.orders.paidAt[oi], c.orders.plan[oi]);
            if (termEnd + o.lapseGraceDays <= end && end - termEnd < o.lostAfterDays)
                reasons |= ChurnLapsed;
            break;
        }
        out.reasons[static_cast<std::size_t>(m)] = reasons;
        if (reasons != 0)
            ++out.flagged;
        for (int r = 0; r < churnReasonCount; ++r) {
            if (reasons & (1 << r))
                ++out.byReason[static_cast<std::size_t>(r)];
        }
    }
    return out;
}

std::vector<Index> churnRiskMembers(const ChurnRisk& risk, std::uint8_t reason)
{
    return membersWhere(static_cast<Index>(risk.reasons.size()), [&](Index m) {
        const std::uint8_t r = risk.reasons[static_cast<std::size_t>(m)];
        return reason == 0 ? r != 0 : (r & reason) != 0;
    });
}

} // namespace kinsight::core
