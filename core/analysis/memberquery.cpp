#include "memberquery.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/util/enumnames.h"

namespace kinsight::core {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

char lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
}

/// Case-insensitive (ASCII) substring test; other bytes (UTF-8 of Chinese names) compare exactly.
bool containsFolded(std::string_view haystack, std::string_view lowerNeedle)
{
    if (lowerNeedle.size() > haystack.size())
        return false;
    for (size_t i = 0; i + lowerNeedle.size() <= haystack.size(); ++i) {
        size_t j = 0;
        while (j < lowerNeedle.size() && lower(haystack[i + j]) == lowerNeedle[j])
            ++j;
        if (j == lowerNeedle.size())
            return true;
    }
    return false;
}

double scoreOf(const AnalysisResults& r, Index m)
{
    if (!r.scores)
        return missing;
    const auto& v = r.thresholds.levels.view == ScoreView::Max ? r.scores->max : r.scores->sum;
    return v[static_cast<size_t>(m)];
}

Day lastActiveDay(const AnalysisResults& r, Index m)
{
    if (!r.activity)
        return std::numeric_limits<Day>::min();
    const auto days = r.activity->of(m);
    return days.empty() ? std::numeric_limits<Day>::min() : days.back();
}

/// The numeric sort key of a column (enums by their order, missing as NaN).
double sortKey(const AnalysisResults& r, Index m, MemberColumn column)
{
    const auto i = static_cast<size_t>(m);
    const Community& c = *r.community;
    switch (column) {
    case MemberColumn::Id:
    case MemberColumn::Name:
    case MemberColumn::Channel:
        return static_cast<double>(m);
    case MemberColumn::Joined:
        return static_cast<double>(c.members.joinedAt[i]);
    case MemberColumn::Level:
        return r.levels ? static_cast<double>(r.levels->level[i]) : missing;
    case MemberColumn::Score:
        return scoreOf(r, m);
    case MemberColumn::Segment:
        return r.segments ? static_cast<double>(r.segments->segment[i]) : missing;
    case MemberColumn::Lifecycle:
        return r.memberStatus ? static_cast<double>((*r.memberStatus)[i]) : missing;
    case MemberColumn::PaidOrders:
        return r.rfm ? static_cast<double>(r.rfm->frequency[i]) : missing;
    case MemberColumn::Revenue:
        return r.rfm ? static_cast<double>(r.rfm->monetary[i]) : missing;
    case MemberColumn::LastActive: {
        const Day d = lastActiveDay(r, m);
        return d == std::numeric_limits<Day>::min() ? missing : static_cast<double>(d);
    }
    case MemberColumn::ChurnRisk:
        return r.churn ? static_cast<double>(r.churn->reasons[i]) : missing;
    case MemberColumn::MoneyAtRisk: {
        const Cents v = moneyAtRisk(r, m);
        return v < 0 ? missing : static_cast<double>(v);
    }
    case MemberColumn::LeaderScore:
        return r.leaderScore(m);
    }
    return missing;
}

std::string churnText(std::uint8_t reasons)
{
    std::string out;
    for (int b = 0; b < churnReasonCount; ++b) {
        const auto reason = static_cast<ChurnReason>(1 << b);
        if (reasons & reason) {
            if (!out.empty())
                out += ';';
            out += toString(reason);
        }
    }
    return out;
}

} // namespace

constexpr auto memberColumnNames = enumNames<MemberColumn>(
    { { MemberColumn::Id, "member_id" }, { MemberColumn::Name, "name" }, { MemberColumn::Channel, "channel" },
        { MemberColumn::Joined, "joined_at" }, { MemberColumn::Level, "level" }, { MemberColumn::Score, "score" },
        { MemberColumn::Segment, "rfm_segment" }, { MemberColumn::Lifecycle, "lifecycle" },
        { MemberColumn::PaidOrders, "paid_orders" }, { MemberColumn::Revenue, "revenue" },
        { MemberColumn::LastActive, "last_active" }, { MemberColumn::ChurnRisk, "churn_risk" },
        { MemberColumn::MoneyAtRisk, "money_at_risk" }, { MemberColumn::LeaderScore, "leader_score" } });
static_assert(memberColumnNames.size() == memberColumnCount, "every column has a name");

std::string_view columnName(MemberColumn column)
{
    return memberColumnNames.nameOf(column, "");
}

Cents moneyAtRisk(const AnalysisResults& r, Index m)
{
    if (!r.churn || !r.rfm || m < 0 || m >= r.community->memberCount())
        return -1;
    const auto i = static_cast<size_t>(m);
    return r.churn->reasons[i] != 0 ? r.rfm->monetary[i] : -1;
}

std::vector<Index> queryMembers(
    const AnalysisResults& r, const MemberFilter& filter, const MemberSort& sort, const TaskControl& control)
{
    const Community& c = *r.community;
    const Index n = c.memberCount();
    std::string needle;
    for (char ch : filter.text)
        needle += lower(ch);

    auto keep = [&](Index m) {
        const auto i = static_cast<size_t>(m);
        if (filter.level != MemberFilter::any && (!r.levels || static_cast<int>(r.levels->level[i]) != filter.level))
            return false;
        if (filter.segment != MemberFilter::any
            && (!r.segments || static_cast<int>(r.segments->segment[i]) != filter.segment))
            return false;
        if (filter.lifecycle != MemberFilter::any
            && (!r.memberStatus || static_cast<int>((*r.memberStatus)[i]) != filter.lifecycle))
            return false;
        if (filter.channel != MemberFilter::anyChannel && c.members.channel[i] != filter.channel)
            return false;
        if (filter.leaders != MemberFilter::Leaders::Any
            && r.isLeader(m) != (filter.leaders == MemberFilter::Leaders::Only))
            return false;
        if (filter.churn != 0 && (!r.churn || (r.churn->reasons[i] & filter.churn) == 0))
            return false;
        if (!needle.empty() && !containsFolded(c.members.ids.view(m), needle)
            && !containsFolded(c.members.names.view(m), needle))
            return false;
        return true;
    };

    std::vector<Index> rows;
    if (filter.subset) {
        for (Index m : *filter.subset) {
            if (m >= 0 && m < n && keep(m))
                rows.push_back(m);
        }
    } else if (filter.isEmpty()) {
        rows.resize(static_cast<size_t>(n));
        for (Index m = 0; m < n; ++m)
            rows[static_cast<size_t>(m)] = m;
    } else {
        for (Index m = 0; m < n; ++m) {
            if ((m & 0xffff) == 0 && control.stopRequested())
                throw Cancelled {};
            if (keep(m))
                rows.push_back(m);
        }
    }
    if (control.stopRequested())
        throw Cancelled {};
    control.progress(0.3);

    const bool desc = sort.descending;
    if (sort.column == MemberColumn::Id) {
        // Members are in id order already.
        std::sort(rows.begin(), rows.end());
        if (desc)
            std::reverse(rows.begin(), rows.end());
    } else if (sort.column == MemberColumn::Name || sort.column == MemberColumn::Channel) {
        auto text = [&](Index m) -> std::string_view {
            if (sort.column == MemberColumn::Name)
                return c.members.names.view(m);
            const Index ch = c.members.channel[static_cast<size_t>(m)];
            return ch == noIndex ? std::string_view() : c.channels.name(ch);
        };
        // Empty texts last in either direction, like missing numbers.
        std::stable_sort(rows.begin(), rows.end(), [&](Index a, Index b) {
            const std::string_view x = text(a), y = text(b);
            if (x.empty() != y.empty())
                return y.empty();
            if (x != y)
                return desc ? x > y : x < y;
            return a < b;
        });
    } else {
        std::vector<std::pair<double, Index>> keyed(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keyed[i] = { sortKey(r, rows[i], sort.column), rows[i] };
        std::sort(keyed.begin(), keyed.end(), [desc](const auto& a, const auto& b) {
            const bool an = std::isnan(a.first), bn = std::isnan(b.first);
            if (an != bn)
                return bn;
            if (!an && a.first != b.first)
                return desc ? a.first > b.first : a.first < b.first;
            return a.second < b.second;
        });
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = keyed[i].second;
    }
    control.progress(1.0);
    return rows;
}

Cell memberCell(const AnalysisResults& r, Index m, MemberColumn column)
{
    const Community& c = *r.community;
    const auto i = static_cast<size_t>(m);
    auto number = [](double v) -> Cell {
        if (std::isnan(v))
            return std::monostate {};
        return v;
    };
    switch (column) {
    case MemberColumn::Id:
        return std::string(c.members.ids.view(m));
    case MemberColumn::Name:
        return std::string(c.members.names.view(m));
    case MemberColumn::Channel: {
        const Index ch = c.members.channel[i];
        return ch == noIndex ? std::string() : std::string(c.channels.name(ch));
    }
    case MemberColumn::Joined:
        return c.timeZone.formatLocal(c.members.joinedAt[i]);
    case MemberColumn::Level:
        if (!r.levels)
            return std::monostate {};
        return std::string(toString(r.levels->level[i]));
    case MemberColumn::Score:
        return number(scoreOf(r, m));
    case MemberColumn::Segment:
        if (!r.segments)
            return std::monostate {};
        return std::string(toString(r.segments->segment[i]));
    case MemberColumn::Lifecycle:
        if (!r.memberStatus)
            return std::monostate {};
        return std::string(toString((*r.memberStatus)[i]));
    case MemberColumn::PaidOrders:
        if (!r.rfm)
            return std::monostate {};
        return static_cast<std::int64_t>(r.rfm->frequency[i]);
    case MemberColumn::Revenue:
        if (!r.rfm)
            return std::monostate {};
        return MoneyCell { r.rfm->monetary[i] };
    case MemberColumn::LastActive: {
        const Day d = lastActiveDay(r, m);
        if (d == std::numeric_limits<Day>::min())
            return std::monostate {};
        return formatDay(d);
    }
    case MemberColumn::ChurnRisk:
        if (!r.churn)
            return std::monostate {};
        return churnText(r.churn->reasons[i]);
    case MemberColumn::MoneyAtRisk: {
        const Cents v = moneyAtRisk(r, m);
        if (v < 0)
            return std::monostate {};
        return MoneyCell { v };
    }
    case MemberColumn::LeaderScore:
        return number(r.leaderScore(m));
    }
    return std::monostate {};
}

Table memberListTable(const AnalysisResults& r, const std::vector<Index>& members)
{
    Table t;
    for (int col = 0; col < memberColumnCount; ++col)
        t.columns.emplace_back(columnName(static_cast<MemberColumn>(col)));
    t.rows.reserve(members.size());
    for (Index m : members) {
        std::vector<Cell> row;
        row.reserve(memberColumnCount);
        for (int col = 0; col < memberColumnCount; ++col)
            row.push_back(memberCell(r, m, static_cast<MemberColumn>(col)));
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::vector<std::string> memberIds(const Community& community, const std::vector<Index>& members)
{
    std::vector<std::string> ids;
    ids.reserve(members.size());
    for (Index m : members)
        ids.emplace_back(community.members.ids.view(m));
    return ids;
}

} // namespace kinsight::core
