#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/graph/graphmetrics.h"
#include "core/graph/interactiongraph.h"
#include "core/graph/leaders.h"
#include "core/metrics/activity.h"
#include "core/metrics/rfm.h"
#include "core/util/reason.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

struct Thresholds;

/// The five lists of contract §2 "Actions", in the contract's order (the CLI's row order).
enum class ActionKind : std::uint8_t { TrialNotConverted, PayingAtRisk, RenewalDue, NewNotActivated, LeaderQuiet };
constexpr int actionKindCount = 5;
constexpr std::array<ActionKind, actionKindCount> allActionKinds { ActionKind::TrialNotConverted,
    ActionKind::PayingAtRisk, ActionKind::RenewalDue, ActionKind::NewNotActivated, ActionKind::LeaderQuiet };

/// Contract names: trial_not_converted, paying_at_risk, renewal_due, new_not_activated, leader_quiet.
std::string_view actionName(ActionKind kind);
std::optional<ActionKind> parseActionKind(std::string_view name);

/// What an action's value measures.
enum class ActionValueKind : std::uint8_t {
    Money, ///< cents (paying_at_risk: paid in total; renewal_due: the order's amount)
    Days, ///< whole calendar days (trial_not_converted, new_not_activated)
    Score, ///< the leader score in [0, 1] (leader_quiet)
};
ActionValueKind actionValueKind(ActionKind kind);

// The windows the contract fixes, in calendar days of the community time zone.
constexpr int actionRecentDays = 14; ///< "in the last 14 days": 0 ≤ days ago < 14
constexpr int actionNewMinDays = 3; ///< new_not_activated: joined 3 …
constexpr int actionNewMaxDays = 14; ///< … to 14 days ago, both inclusive
constexpr int actionRenewalAheadDays = 7; ///< renewal_due: 0 ≤ days to the period's end ≤ 7

/// The operator's dials the lists depend on. Build it from the analysis thresholds with
/// actionOptions(), so that the lists follow the thresholds panel.
struct ActionOptions {
    /// The day the lists are made for, in the community time zone; nullopt: the day of the end of
    /// the data. Everything timed after this day is left out, as if the data ended on it.
    std::optional<Day> asOf;
    /// paying_at_risk: silent for at least `silentDays` and fewer than `lostAfterDays` days.
    ChurnOptions churn;
    /// leader_quiet: who leads at the current threshold.
    LeaderOptions leaders;
    /// The leader graph's window and interaction types (as the network page builds it).
    int graphWindowDays = 0;
    InteractionTypeMask graphTypes = allInteractionTypes;
};

/// The churn-risk thresholds, the leader options and the graph filter of `thresholds`.
ActionOptions actionOptions(const Thresholds& thresholds, std::optional<Day> asOf = std::nullopt);

/// One member of one list.
struct ActionItem {
    Index member = noIndex;
    /// Cents (Money) or days (Days); 0 for Score.
    std::int64_t value = 0;
    /// The leader score (Score); 0 otherwise.
    double score = 0;
    /// Why the member is on the list (codes `action.*`, rendered by reasonText()).
    Reason reason;
};

struct ActionList {
    ActionKind kind = ActionKind::TrialNotConverted;
    /// By value descending, then member id ascending.
    std::vector<ActionItem> items;
    /// The sum of the values of a Money list (the money at stake); nullopt for lists whose value is
    /// not money (days, scores).
    std::optional<Cents> moneyAtStake;
};

struct ActionLists {
    /// The day they are made for, in the community time zone. hasDay is false when the community
    /// holds no timestamps and no as-of day was given; then every list is empty.
    Day asOf = 0;
    bool hasDay = false;
    std::array<ActionList, actionKindCount> lists;

    const ActionList& list(ActionKind kind) const { return lists[static_cast<size_t>(kind)]; }
    size_t total() const;
};

/// A leader at the current threshold: its member and score.
struct ActionLeader {
    Index member = noIndex;
    double score = 0;
};
/// The leaders of a ranking, as computeActions() takes them.
std::vector<ActionLeader> actionLeaders(const GraphMetrics& metrics, const LeaderRanking& ranking);

/// The lists from the snapshot and the given leaders (who lead is decided by the caller: the
/// window passes its Analysis' ranking). O(members + orders + events + interactions). Thread-safe.
ActionLists computeActions(
    const Community& community, const ActionOptions& options, const std::vector<ActionLeader>& leaders);

/// The lists with the leaders computed here: the interaction graph of `options` (up to the as-of
/// day) and rankLeaders() at `options.leaders`. Errors: cancelled, out of memory.
[[nodiscard]] Result<ActionLists> computeActions(
    const Community& community, const ActionOptions& options, const TaskControl& control = {});

/// The local calendar date `months` months after the local date of t, the day clamped to the
/// length of the target month (31 January + 1 month = 28 or 29 February).
Day addCalendarMonths(const TimeZone& zone, Timestamp t, int months);

} // namespace kinsight::core
