#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/metrics/activity.h"

namespace kinsight::core {

// ---------------------------------------------------------------------------------------------
// DAU / WAU / MAU and stickiness (docs/metrics.md, Engagement)

/// One row per day from the first to the last day holding an activity (the table
/// `kinsight engagement` prints). All columns have the same length.
struct DailyActivity {
    std::vector<Day> day;
    std::vector<int> dau; ///< members with an activity on the day
    std::vector<int> wau; ///< ... in [day - 6, day]
    std::vector<int> mau; ///< ... in [day - 29, day]
    std::vector<double> stickiness; ///< mean DAU over [day - 29, day] / MAU; NaN when MAU is 0

    std::size_t size() const { return day.size(); }
};

/// O(active member-days). Days before the first activity count as DAU 0 in the 30-day mean.
DailyActivity computeDailyActivity(const ActivityDays& activity);

/// Drill-down: members with an activity in [from, to] (DAU: from = to = d; WAU: d - 6;
/// MAU: d - 29). The list's size is the count it explains.
std::vector<Index> membersActiveBetween(const ActivityDays& activity, Day from, Day to);

/// Members by number of active days in the last 7 and the last 30 days up to the end of the
/// data (inclusive). Every member is in exactly one bin of each histogram (bin 0 included).
struct StickinessHistogram {
    Day endDay = 0;
    std::array<int, 8> last7 {}; ///< last7[k]: members with k active days in [end - 6, end]
    std::array<int, 31> last30 {}; ///< last30[k]: ... in [end - 29, end]
    std::vector<std::uint8_t> daysIn7; ///< per member
    std::vector<std::uint8_t> daysIn30; ///< per member
};

StickinessHistogram computeStickinessHistogram(const ActivityDays& activity);
/// Drill-down: members with exactly `days` active days in the last `window` (7 or 30) days.
std::vector<Index> membersInStickinessBin(const StickinessHistogram& histogram, int window, int days);

// ---------------------------------------------------------------------------------------------
// Engagement score and levels

/// What an activity is worth. Event types are mapped by name (see activityKindOfEventType);
/// counted orders and interactions have kinds of their own.
enum class ActivityKind : std::uint8_t {
    View,
    Play,
    Complete,
    Comment,
    Post,
    Like,
    CheckIn,
    Attend,
    Order,
    InteractionGiven,
    InteractionReceived,
    Other,
};
constexpr int activityKindCount = 12;

/// Maps an event type to its kind, case-insensitively, with common aliases: view/open/read,
/// play/listen/watch, complete/finish, comment/reply, post/publish/share, like/upvote,
/// check-in/checkin/check_in/打卡, attend/join_live/live; anything else is Other.
ActivityKind activityKindOfEventType(std::string_view type);
std::string_view toString(ActivityKind kind);

/// Tunables of the score. Changing any of them needs a rescan (computeEngagementScores).
struct EngagementOptions {
    /// Weight per ActivityKind, in enum order.
    std::array<double, activityKindCount> weights { 1, 1, 3, 4, 5, 1, 2, 3, 8, 2, 1, 1 };
    /// An activity's weight halves every halfLifeDays days of age (whole calendar days of the
    /// community time zone before the reference day). 0 switches decay off.
    double halfLifeDays = 30;
    /// The score is computed as of this moment: later activities are ignored. noTimestamp:
    /// the end of the data.
    Timestamp reference = noTimestamp;
    bool operator==(const EngagementOptions&) const = default;
};

/// Per-member scores, both views of the Orbit model's "love" debate: the sum of decayed weights
/// (how much a member does) and the largest single decayed weight (the best thing they did
/// lately). Vectors indexed by member.
struct EngagementScores {
    Timestamp reference = noTimestamp;
    std::vector<double> sum;
    std::vector<double> max;
    std::vector<std::int32_t> activities; ///< activities up to the reference (any weight)
};

/// Scans events, counted orders and interactions (self-interactions skipped; an interaction's
/// weight multiplies its kind's weight). O(events + orders + interactions).
EngagementScores computeEngagementScores(
    const Community& community, const EngagementOptions& options = {}, const TaskControl& control = {});

enum class EngagementLevel : std::uint8_t { Core, Active, Casual, Dormant };
constexpr int engagementLevelCount = 4;
std::string_view toString(EngagementLevel level); ///< core, active, casual, dormant
std::string_view chineseName(EngagementLevel level); ///< 核心, 活跃, 一般, 沉睡

enum class ScoreView : std::uint8_t { Sum, Max };
enum class CutoffMode : std::uint8_t {
    Score, ///< core, active, casual are score thresholds (score >= threshold)
    Share, ///< core, active, casual are cumulative shares of the scored members (0.05 = top 5 %)
};

/// Level cut-offs: cheap to change (bucketLevels re-buckets scores, no rescan).
struct LevelCutoffs {
    ScoreView view = ScoreView::Sum;
    CutoffMode mode = CutoffMode::Score;
    double core = 40;
    double active = 10;
    double casual = 2;

    /// Sensible score thresholds for a view (the two views live on different scales).
    static LevelCutoffs defaultsFor(ScoreView view);
    /// These cut-offs with the levels' order kept, as bucketLevels() applies them: in Score mode
    /// core ≥ active ≥ casual ≥ 0 (a lower level's threshold above a higher one's is lowered to
    /// it: Active from 10 under Core from 5 reads as Active from 5, so nobody is Active); in Share
    /// mode 0 ≤ core ≤ active ≤ casual ≤ 1 (a higher level's share is the larger one's floor the
    /// same way). The core cut-off is never moved (but for the range).
    LevelCutoffs ordered() const;
    bool operator==(const LevelCutoffs&) const = default;
};

struct EngagementLevels {
    std::vector<EngagementLevel> level; ///< per member
    std::array<int, engagementLevelCount> counts {}; ///< members per level, in enum order
    /// The score thresholds actually applied (equal to the cut-offs in Score mode).
    double coreThreshold = 0, activeThreshold = 0, casualThreshold = 0;
};

/// O(n) (Share mode: O(n) selection). A member with score 0 is always dormant. Applies
/// `cutoffs.ordered()`: EngagementLevels' thresholds say what was applied.
EngagementLevels bucketLevels(const EngagementScores& scores, const LevelCutoffs& cutoffs);
std::vector<Index> membersAtLevel(const EngagementLevels& levels, EngagementLevel level);

// ---------------------------------------------------------------------------------------------
// Lifecycle (PostHog's definitions)

enum class LifecycleStatus : std::uint8_t { New, Returning, Resurrecting, Dormant };
std::string_view toString(LifecycleStatus status);

/// Per period from the first period holding a join or an activity to the period holding the end
/// of the data:
/// - new: joined in the period and active in it;
/// - returning: active in the period and the one before (and not new);
/// - resurrecting: active in the period, not in the one before (and not new);
/// - dormant: active in the period before, not in this one.
struct Lifecycle {
    Granularity granularity = Granularity::Month;
    std::vector<PeriodKey> period;
    std::vector<int> newMembers, returning, resurrecting, dormant;
    std::size_t size() const { return period.size(); }
};

Lifecycle computeLifecycle(const Community& community, const ActivityDays& activity, Granularity granularity);
/// Drill-down of one lifecycle cell.
std::vector<Index> lifecycleMembers(const Community& community, const ActivityDays& activity, Granularity granularity,
    PeriodKey period, LifecycleStatus status);

} // namespace kinsight::core
