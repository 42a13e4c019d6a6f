#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/analysis.h"
#include "core/util/table.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The columns of the member list (the Members page's table and its CSV export), in order.
enum class MemberColumn : std::uint8_t {
    Id,
    Name,
    MoneyAtRisk,
    ChurnRisk,
    Channel,
    Joined,
    Level,
    Score,
    Segment,
    Lifecycle,
    PaidOrders,
    Revenue,
    LastActive,
    LeaderScore,
};
constexpr int memberColumnCount = 14;
/// CSV header names: member_id, name, money_at_risk, churn_risk, channel, joined_at, level, score,
/// rfm_segment, lifecycle, paid_orders, revenue, last_active, leader_score.
std::string_view columnName(MemberColumn column);

/// Which members a list shows. Every criterion left at its default lets all members through;
/// set criteria combine with AND.
struct MemberFilter {
    static constexpr int any = -1;
    /// `channel` value that lets every member through (noIndex means "no channel").
    static constexpr Index anyChannel = -2;
    /// Case-insensitive (ASCII) substring of the member id or name; empty: everyone.
    std::string text;
    int level = any; ///< EngagementLevel
    int segment = any; ///< RfmSegment
    int lifecycle = any; ///< MemberLifecycle
    /// Index into Community::channels, noIndex for members without a channel, or anyChannel.
    Index channel = anyChannel;
    enum class Leaders : std::uint8_t { Any, Only, None } leaders = Leaders::Any;
    /// ChurnReason bits: a member passes with any of them; 0xff: any flagged member; 0: no filter.
    std::uint8_t churn = 0;
    /// A drill-down's member list (ascending member indices); null: all members.
    std::shared_ptr<const std::vector<Index>> subset;

    bool isEmpty() const
    {
        return text.empty() && level == any && segment == any && lifecycle == any && channel == anyChannel
            && leaders == Leaders::Any && churn == 0 && !subset;
    }
};

struct MemberSort {
    MemberColumn column = MemberColumn::Id;
    bool descending = false;
};

/// The operator's default order of the member list: by money at risk, most first.
constexpr MemberSort byMoneyAtRisk { MemberColumn::MoneyAtRisk, true };

/// What a member flagged at churn risk (any ChurnReason, at the current churn thresholds) has
/// paid: the sum of their paid orders' amounts (RFM's monetary value; 0 for a flagged member who
/// never paid). -1 for a member who is not flagged, or while the churn flags or RFM are not
/// computed yet. O(1); thread-safe: reads `results` only.
Cents moneyAtRisk(const AnalysisResults& results, Index member);

/// The members that pass `filter`, ordered by `sort` (ties by member index, so the order is
/// total and stable). Missing values (a part not computed yet, a member outside the graph) sort
/// last in either direction. O(n log n); polls `control` and throws Cancelled when asked to stop.
/// Thread-safe: reads `results` only.
std::vector<Index> queryMembers(const AnalysisResults& results, const MemberFilter& filter, const MemberSort& sort,
    const TaskControl& control = {});

/// The raw value of one cell: numbers for numeric columns (NaN when missing), and a text for
/// the others. Display formatting is the window's business.
Cell memberCell(const AnalysisResults& results, Index member, MemberColumn column);

/// A member list as a table with the columns of MemberColumn (what "Export CSV" writes).
/// (Saving a list as a segment: core/store/segments.h with memberIds().)
Table memberListTable(const AnalysisResults& results, const std::vector<Index>& members);

/// The external ids of a member list, in its order.
std::vector<std::string> memberIds(const Community& community, const std::vector<Index>& members);

} // namespace kinsight::core
