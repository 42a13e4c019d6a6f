#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/activity.h"

namespace kinsight::core {

/// The contract's default steps, then the two trial rows reported beside them.
enum class FunnelStep : std::uint8_t { Joined, Activated, Paying, Repeat, Trial, TrialToPaid };
constexpr int funnelStepCount = 6;
std::string_view toString(FunnelStep step); ///< joined, activated, paying, repeat, trial, trial_to_paid

enum class FunnelBreakdown : std::uint8_t { None, Channel, CohortMonth, CohortWeek };

struct FunnelOptions {
    /// 0: no window (the contract's funnel). N > 0: a step counts only when its condition is met
    /// within N days of joined_at (activated, paying, repeat, trial), and trial-to-paid only when
    /// the paid order is within N days after the first trial. N days after an instant is the same
    /// wall-clock time N calendar days later in the community time zone (a day of 23 or 25 hours
    /// counts as one day).
    int windowDays = 0;
    FunnelBreakdown breakdown = FunnelBreakdown::None;
    bool operator==(const FunnelOptions&) const = default;
};

/// Counts of one group of members (all members, a channel or a cohort).
struct FunnelGroup {
    std::string label; ///< empty for all members
    std::array<int, funnelStepCount> members {}; ///< per FunnelStep
};

struct Funnel {
    FunnelOptions options;
    FunnelGroup total;
    std::vector<FunnelGroup> groups; ///< breakdown rows (channel: by name, "(none)" last; cohorts: in time order)
    /// Per member: bit (1 << step) set when the member counts in that step (Joined always).
    std::vector<std::uint8_t> flags;
    std::vector<std::int32_t> memberGroup; ///< per member: index into groups (-1 without breakdown)
    /// Median days from the first trial to the first paid order after it (converted trial
    /// members), and from joining to the first paid order (paying members; paid before joining
    /// counts as 0), in wall-clock days of the community time zone (the difference of the local
    /// times / 86400). NaN when nobody converted.
    double medianDaysTrialToPaid = 0;
    double medianDaysJoinToPaid = 0;
};

/// One pass over the members' orders and activity days. O(n + orders).
Funnel computeFunnel(const Community& community, const ActivityDays& activity, const FunnelOptions& options = {});

/// Drill-down: members counted in a step (of one breakdown group, or of all with group -1).
std::vector<Index> funnelMembers(const Funnel& funnel, FunnelStep step, int group = -1);

/// Rates as the CLI prints them: rate_from_start = members / joined; rate_from_previous =
/// members / previous step (joined: 1; trial: NaN; trial_to_paid: converted / trial members).
/// NaN where the denominator is 0.
double rateFromStart(const FunnelGroup& group, FunnelStep step);
double rateFromPrevious(const FunnelGroup& group, FunnelStep step);

} // namespace kinsight::core
