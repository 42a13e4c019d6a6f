#include "engagement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace kinsight::core {

// ---------------------------------------------------------------------------------------------
// DAU / WAU / MAU

namespace {

/// Adds, for every member, +1 on each day of [x, x + span - 1] for any active day x (a member is
/// counted once per day however many of its windows cover it) into `counts` (index 0 = first).
void addWindowCounts(const ActivityDays& a, int span, std::vector<int>& counts)
{
    const Day first = a.firstDay;
    const Day last = a.lastDay;
    std::vector<int> diff(counts.size() + 1, 0);
    auto flush = [&](Day s, Day e) {
        diff[static_cast<std::size_t>(s - first)] += 1;
        diff[static_cast<std::size_t>(std::min(e, last) - first + 1)] -= 1;
    };
    for (Index m = 0; m < a.memberCount(); ++m) {
        const std::span<const Day> days = a.of(m);
        if (days.empty())
            continue;
        Day s = days.front(), e = days.front() + span - 1;
        for (std::size_t i = 1; i < days.size(); ++i) {
            const Day x = days[i];
            if (x <= e + 1) {
                e = x + span - 1;
            } else {
                flush(s, e);
                s = x;
                e = x + span - 1;
            }
        }
        flush(s, e);
    }
    int running = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        running += diff[i];
        counts[i] = running;
    }
}

} // namespace

DailyActivity computeDailyActivity(const ActivityDays& a)
{
    DailyActivity out;
    if (a.empty())
        return out;
    const auto len = static_cast<std::size_t>(a.lastDay - a.firstDay + 1);
    out.day.resize(len);
    for (std::size_t i = 0; i < len; ++i)
        out.day[i] = a.firstDay + static_cast<Day>(i);
    out.dau.assign(len, 0);
    for (Day d : a.days)
        ++out.dau[static_cast<std::size_t>(d - a.firstDay)];
    out.wau.assign(len, 0);
    out.mau.assign(len, 0);
    addWindowCounts(a, 7, out.wau);
    addWindowCounts(a, 30, out.mau);

    // Stickiness: the 30-day mean of DAU (days before the first activity are zeros) over MAU.
    out.stickiness.resize(len);
    long long window = 0;
    for (std::size_t i = 0; i < len; ++i) {
        window += out.dau[i];
        if (i >= 30)
            window -= out.dau[i - 30];
        out.stickiness[i] = out.mau[i] == 0 ? std::numeric_limits<double>::quiet_NaN()
                                            : static_cast<double>(window) / 30.0 / out.mau[i];
    }
    return out;
}

std::vector<Index> membersActiveBetween(const ActivityDays& a, Day from, Day to)
{
    return membersWhere(a.memberCount(), [&](Index m) { return a.activeBetween(m, from, to); });
}

StickinessHistogram computeStickinessHistogram(const ActivityDays& a)
{
    StickinessHistogram h;
    h.endDay = a.endDay;
    const Index n = a.memberCount();
    h.daysIn7.resize(static_cast<std::size_t>(n));
    h.daysIn30.resize(static_cast<std::size_t>(n));
    for (Index m = 0; m < n; ++m) {
        const std::span<const Day> days = a.of(m);
        int in7 = 0, in30 = 0;
        // Days are sorted: walk back from the latest.
        for (auto it = days.rbegin(); it != days.rend() && *it > a.endDay - 30; ++it) {
            if (*it > a.endDay)
                continue;
            ++in30;
            if (*it > a.endDay - 7)
                ++in7;
        }
        h.daysIn7[static_cast<std::size_t>(m)] = static_cast<std::uint8_t>(in7);
        h.daysIn30[static_cast<std::size_t>(m)] = static_cast<std::uint8_t>(in30);
        ++h.last7[static_cast<std::size_t>(in7)];
        ++h.last30[static_cast<std::size_t>(in30)];
    }
    return h;
}

std::vector<Index> membersInStickinessBin(const StickinessHistogram& h, int window, int days)
{
    const std::vector<std::uint8_t>& v = window == 7 ? h.daysIn7 : h.daysIn30;
    return membersWhere(static_cast<Index>(v.size()), [&](Index m) { return v[static_cast<std::size_t>(m)] == days; });
}

// ---------------------------------------------------------------------------------------------
// Scores

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& ch : out) {
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
}

} // namespace

ActivityKind activityKindOfEventType(std::string_view type)
{
    struct Alias {
        std::string_view name;
        ActivityKind kind;
    };
    static constexpr Alias aliases[] = {
        { "view", ActivityKind::View },
        { "open", ActivityKind::View },
        { "read", ActivityKind::View },
        { "visit", ActivityKind::View },
        { "浏览", ActivityKind::View },
        { "play", ActivityKind::Play },
        { "listen", ActivityKind::Play },
        { "watch", ActivityKind::Play },
        { "播放", ActivityKind::Play },
        { "complete", ActivityKind::Complete },
        { "completed", ActivityKind::Complete },
        { "finish", ActivityKind::Complete },
        { "完成", ActivityKind::Complete },
        { "comment", ActivityKind::Comment },
        { "reply", ActivityKind::Comment },
        { "评论", ActivityKind::Comment },
        { "post", ActivityKind::Post },
        { "publish", ActivityKind::Post },
        { "share", ActivityKind::Post },
        { "发帖", ActivityKind::Post },
        { "like", ActivityKind::Like },
        { "upvote", ActivityKind::Like },
        { "点赞", ActivityKind::Like },
        { "check-in", ActivityKind::CheckIn },
        { "checkin", ActivityKind::CheckIn },
        { "check_in", ActivityKind::CheckIn },
        { "打卡", ActivityKind::CheckIn },
        { "attend", ActivityKind::Attend },
        { "live", ActivityKind::Attend },
        { "join_live", ActivityKind::Attend },
        { "参加", ActivityKind::Attend },
    };
    const std::string lower = lowerAscii(type);
    for (const Alias& a : aliases) {
        if (a.name == lower)
            return a.kind;
    }
    return ActivityKind::Other;
}

std::string_view toString(ActivityKind kind)
{
    static constexpr std::string_view names[] = { "view", "play", "complete", "comment", "post", "like", "check-in",
        "attend", "order", "interaction_given", "interaction_received", "other" };
    return names[static_cast<int>(kind)];
}

namespace {

/// Local days of instants by a table of UTC offsets per UTC hour over [from, to]: one look-up
/// per instant on the hot path. An hour that holds a change of the clocks, an instant outside
/// the range, and a span too long for a small table go to TimeZone::dayOf.
class HourlyLocalDays {
public:
    HourlyLocalDays(const TimeZone& zone, Timestamp from, Timestamp to)
        : m_zone(zone)
        , m_base(from)
    {
        if (zone.isUtc() || from == noTimestamp || to < from || to - from > Timestamp { 50 } * 366 * secondsPerDay)
            return;
        const auto hours = static_cast<std::size_t>((to - from) / 3600) + 1;
        m_offset.resize(hours);
        for (std::size_t h = 0; h < hours; ++h) {
            const Timestamp start = from + static_cast<Timestamp>(h) * 3600;
            const int first = zone.offsetAt(start);
            m_offset[h] = first == zone.offsetAt(start + 3599) ? first : mixed;
        }
    }
    Day operator()(Timestamp t) const
    {
        const auto h = static_cast<std::uint64_t>(t - m_base) / 3600;
        if (t >= m_base && h < m_offset.size() && m_offset[h] != mixed)
            return dayOf(t + m_offset[h]);
        return m_zone.dayOf(t);
    }

private:
    static constexpr int mixed = std::numeric_limits<int>::min();
    const TimeZone& m_zone;
    Timestamp m_base;
    std::vector<int> m_offset;
};

} // namespace

EngagementScores computeEngagementScores(
    const Community& c, const EngagementOptions& options, const TaskControl& control)
{
    EngagementScores out;
    const Index n = c.memberCount();
    out.sum.assign(static_cast<std::size_t>(n), 0.0);
    out.max.assign(static_cast<std::size_t>(n), 0.0);
    out.activities.assign(static_cast<std::size_t>(n), 0);
    out.reference = options.reference != noTimestamp ? options.reference : c.dataEnd;
    if (n == 0 || out.reference == noTimestamp)
        return out;
    const Timestamp ref = out.reference;
    const TimeZone& zone = c.timeZone;
    const Day refDay = zone.dayOf(ref);

    // Decay by whole days of age, tabulated over the data's span (older ages computed directly).
    const bool decays = options.halfLifeDays > 0 && std::isfinite(options.halfLifeDays);
    const Day span = c.dataBegin == noTimestamp ? 0 : std::max<Day>(0, refDay - zone.dayOf(c.dataBegin));
    std::vector<double> table(static_cast<std::size_t>(span) + 1, 1.0);
    if (decays) {
        for (std::size_t age = 0; age < table.size(); ++age)
            table[age] = std::exp2(-static_cast<double>(age) / options.halfLifeDays);
    }
    const HourlyLocalDays localDay(zone, c.dataBegin, ref);
    auto decay = [&](Timestamp t) {
        const Day age = std::max<Day>(0, refDay - localDay(t));
        if (static_cast<std::size_t>(age) < table.size())
            return table[static_cast<std::size_t>(age)];
        return decays ? std::exp2(-static_cast<double>(age) / options.halfLifeDays) : 1.0;
    };
    auto weight = [&](ActivityKind k) { return options.weights[static_cast<std::size_t>(k)]; };

    std::vector<double> typeWeight(static_cast<std::size_t>(c.eventTypes.size()));
    for (Index t = 0; t < c.eventTypes.size(); ++t)
        typeWeight[static_cast<std::size_t>(t)] = weight(activityKindOfEventType(c.eventTypes.name(t)));

    const double orderWeight = weight(ActivityKind::Order);
    const double givenWeight = weight(ActivityKind::InteractionGiven);
    const double receivedWeight = weight(ActivityKind::InteractionReceived);
    const auto& ev = c.events;
    const auto& it = c.interactions;
    for (Index m = 0; m < n; ++m) {
        if ((m & 0xffff) == 0) {
            if (control.stopRequested())
                throw Cancelled {};
            control.progress(static_cast<double>(m) / n);
        }
        double sum = 0, best = 0;
        int count = 0;
        auto add = [&](double w, Timestamp t) {
            const double v = w * decay(t);
            sum += v;
            best = std::max(best, v);
            ++count;
        };
        for (Index e : c.eventsOf(m)) {
            const auto i = static_cast<std::size_t>(e);
            if (ev.occurredAt[i] > ref)
                break; // sorted by time
            add(typeWeight[static_cast<std::size_t>(ev.type[i])], ev.occurredAt[i]);
        }
        for (Index o : c.ordersOf(m)) {
            const auto i = static_cast<std::size_t>(o);
            if (c.orders.paidAt[i] > ref)
                break;
            if (c.orders.isCounted(o))
                add(orderWeight, c.orders.paidAt[i]);
        }
        for (Index r : c.interactionsFrom(m)) {
            const auto i = static_cast<std::size_t>(r);
            if (it.occurredAt[i] > ref)
                break;
            if (it.to[i] != m)
                add(givenWeight * it.weight[i], it.occurredAt[i]);
        }
        for (Index pos : c.interactionsTo(m)) {
            const auto i = static_cast<std::size_t>(it.byTarget[static_cast<std::size_t>(pos)]);
            if (it.occurredAt[i] > ref)
                break;
            if (it.from[i] != m)
                add(receivedWeight * it.weight[i], it.occurredAt[i]);
        }
        out.sum[static_cast<std::size_t>(m)] = sum;
        out.max[static_cast<std::size_t>(m)] = best;
        out.activities[static_cast<std::size_t>(m)] = count;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Levels

std::string_view toString(EngagementLevel level)
{
    static constexpr std::string_view names[] = { "core", "active", "casual", "dormant" };
    return names[static_cast<int>(level)];
}

std::string_view chineseName(EngagementLevel level)
{
    static constexpr std::string_view names[] = { "核心", "活跃", "一般", "沉睡" };
    return names[static_cast<int>(level)];
}

LevelCutoffs LevelCutoffs::defaultsFor(ScoreView view)
{
    LevelCutoffs c;
    c.view = view;
    if (view == ScoreView::Max) {
        c.core = 4;
        c.active = 2;
        c.casual = 0.5;
    }
    return c;
}

LevelCutoffs LevelCutoffs::ordered() const
{
    LevelCutoffs c = *this;
    if (mode == CutoffMode::Share) {
        c.core = std::clamp(core, 0.0, 1.0);
        c.active = std::clamp(active, c.core, 1.0);
        c.casual = std::clamp(casual, c.active, 1.0);
    } else {
        c.core = std::max(core, 0.0);
        c.active = std::clamp(active, 0.0, c.core);
        c.casual = std::clamp(casual, 0.0, c.active);
    }
    return c;
}

EngagementLevels bucketLevels(const EngagementScores& scores, const LevelCutoffs& requested)
{
    const LevelCutoffs cutoffs = requested.ordered();
    const std::vector<double>& s = cutoffs.view == ScoreView::Sum ? scores.sum : scores.max;
    EngagementLevels out;
    out.coreThreshold = cutoffs.core;
    out.activeThreshold = cutoffs.active;
    out.casualThreshold = cutoffs.casual;
    if (cutoffs.mode == CutoffMode::Share) {
        // The k-th largest positive score, k = ceil(share * scored members); ties at the
        // threshold all go up.
        std::vector<double> positive;
        positive.reserve(s.size());
        for (double v : s) {
            if (v > 0)
                positive.push_back(v);
        }
        auto threshold = [&](double share) {
            const auto k = static_cast<std::size_t>(std::ceil(std::clamp(share, 0.0, 1.0) * positive.size() - 1e-9));
            if (k == 0)
                return std::numeric_limits<double>::infinity();
            std::nth_element(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(k - 1), positive.end(),
                std::greater<double>());
            return positive[k - 1];
        };
        out.coreThreshold = threshold(cutoffs.core);
        out.activeThreshold = threshold(cutoffs.active);
        out.casualThreshold = threshold(cutoffs.casual);
    }
    out.level.resize(s.size());
    for (std::size_t m = 0; m < s.size(); ++m) {
        const double v = s[m];
        EngagementLevel l = EngagementLevel::Dormant;
        if (v > 0) {
            if (v >= out.coreThreshold)
                l = EngagementLevel::Core;
            else if (v >= out.activeThreshold)
                l = EngagementLevel::Active;
            else if (v >= out.casualThreshold)
                l = EngagementLevel::Casual;
        }
        out.level[m] = l;
        ++out.counts[static_cast<std::size_t>(l)];
    }
    return out;
}

std::vector<Index> membersAtLevel(const EngagementLevels& levels, EngagementLevel level)
{
    return membersWhere(static_cast<Index>(levels.level.size()),
        [&](Index m) { return levels.level[static_cast<std::size_t>(m)] == level; });
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

std::string_view toString(LifecycleStatus status)
{
    static constexpr std::string_view names[] = { "new", "returning", "resurrecting", "dormant" };
    return names[static_cast<int>(status)];
}

Lifecycle computeLifecycle(const Community& c, const ActivityDays& a, Granularity g)
{
    Lifecycle out;
    out.granularity = g;
    const Index n = c.memberCount();
    if (n == 0)
        return out;
    const TimeZone& zone = c.timeZone;
    const Day firstDay = firstDayOf(c, a);
    const PeriodTable periodOfDay(g, firstDay, a.endDay);
    const PeriodKey endPeriod = periodOfDay(a.endDay);
    const PeriodKey startPeriod = periodOfDay(firstDay);
    const auto len = static_cast<std::size_t>(endPeriod - startPeriod + 1);
    out.period.resize(len);
    for (std::size_t i = 0; i < len; ++i)
        out.period[i] = startPeriod + static_cast<PeriodKey>(i);
    out.newMembers.assign(len, 0);
    out.returning.assign(len, 0);
    out.resurrecting.assign(len, 0);
    out.dormant.assign(len, 0);

    for (Index m = 0; m < n; ++m) {
        const PeriodKey joined = periodOfDay(zone.dayOf(c.members.joinedAt[static_cast<std::size_t>(m)]));
        bool any = false;
        PeriodKey prev = 0;
        auto close = [&](PeriodKey p) {
            // p was an active period; if the next is not active, the member is dormant in it.
            if (p + 1 <= endPeriod)
                ++out.dormant[static_cast<std::size_t>(p + 1 - startPeriod)];
        };
        for (Day d : a.of(m)) {
            const PeriodKey p = periodOfDay(d);
            if (any && p == prev)
                continue;
            const auto i = static_cast<std::size_t>(p - startPeriod);
            if (p == joined)
                ++out.newMembers[i];
            else if (any && prev == p - 1)
                ++out.returning[i];
            else
                ++out.resurrecting[i];
            if (any && prev != p - 1)
                close(prev);
            prev = p;
            any = true;
        }
        if (any)
            close(prev);
    }
    return out;
}

std::vector<Index> lifecycleMembers(
    const Community& c, const ActivityDays& a, Granularity g, PeriodKey period, LifecycleStatus status)
{
    const Day from = firstDayOfPeriod(g, period);
    const Day to = firstDayOfPeriod(g, period + 1) - 1;
    const Day prevFrom = firstDayOfPeriod(g, period - 1);
    return membersWhere(c.memberCount(), [&](Index m) {
        const bool now = a.activeBetween(m, from, to);
        const bool before = a.activeBetween(m, prevFrom, from - 1);
        const bool joinedNow = periodOf(c.timeZone, g, c.members.joinedAt[static_cast<std::size_t>(m)]) == period;
        switch (status) {
        case LifecycleStatus::New:
            return now && joinedNow;
        case LifecycleStatus::Returning:
            return now && !joinedNow && before;
        case LifecycleStatus::Resurrecting:
            return now && !joinedNow && !before;
        case LifecycleStatus::Dormant:
            return !now && before;
        }
        return false;
    });
}

} // namespace kinsight::core
