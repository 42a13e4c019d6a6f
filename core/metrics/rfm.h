#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/metrics/activity.h"
#include "core/util/reason.h"

namespace kinsight::core {

// ---------------------------------------------------------------------------------------------
// RFM

struct RfmOptions {
    /// Recency is measured to this moment's local day; noTimestamp: the end of the data. Paid
    /// orders after it are ignored.
    Timestamp reference = noTimestamp;
};

/// Recency, frequency and monetary value over paid orders (status paid, amount > 0), and their
/// quintile scores 1..5 (5 best). Vectors indexed by member; members without a paid order have
/// scores 0 and are not ranked.
///
/// Score of a value v among the B buyers: 1 + floor(5 * worse(v) / B), at most 5, where worse(v)
/// counts buyers with a strictly worse value (recency: more days; frequency, monetary: less).
/// Equal values always get equal scores.
struct RfmScores {
    Timestamp reference = noTimestamp;
    int buyers = 0;
    std::vector<std::int32_t> recencyDays; ///< whole days from the last paid order to the reference; -1: none
    std::vector<std::int32_t> frequency; ///< paid orders
    std::vector<Cents> monetary; ///< sum of paid amounts
    std::vector<std::uint8_t> r, f, m; ///< 1..5, 0 without a paid order
};

RfmScores computeRfm(const Community& community, const RfmOptions& options = {});

enum class RfmSegment : std::uint8_t {
    Champions,
    Loyal,
    PotentialLoyalist,
    Promising,
    New,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Lost,
    NoPurchase, ///< members without a paid order
};
constexpr int rfmSegmentCount = 11;
std::string_view toString(RfmSegment segment); ///< champions, loyal, potential_loyalist, …

/// One rule: a member whose scores fall in all three inclusive ranges is in `segment`.
struct RfmRule {
    RfmSegment segment;
    std::uint8_t rMin, rMax, fMin, fMax, mMin, mMax;
    bool matches(int r, int f, int m) const
    {
        return r >= rMin && r <= rMax && f >= fMin && f <= fMax && m >= mMin && m <= mMax;
    }
};

/// The usual segment table (ranges overlap), in precedence order: the first matching rule wins,
/// and a last group of catch-all rules makes every score combination land somewhere. See
/// docs/metrics.md for the table.
const std::vector<RfmRule>& defaultRfmRules();

struct RfmSegments {
    std::vector<RfmSegment> segment; ///< per member
    std::array<int, rfmSegmentCount> counts {};
};

/// Cheap: O(n), no order scan.
RfmSegments segmentRfm(const RfmScores& scores, const std::vector<RfmRule>& rules = defaultRfmRules());
std::vector<Index> membersInSegment(const RfmSegments& segments, RfmSegment segment);

// ---------------------------------------------------------------------------------------------
// Churn risk

/// Why a member is flagged; a member may have several reasons (bits).
enum ChurnReason : std::uint8_t {
    ChurnSilent = 1, ///< was active (>= minActiveDays days), nothing for >= silentDays, not yet lost
    ChurnFalling = 2, ///< active days in the last window < fallingRatio x the window before
    ChurnLapsed = 4, ///< latest plan term (subscription) ended without a renewal
};
constexpr int churnReasonCount = 3;
std::string_view toString(ChurnReason reason); ///< silent, falling, lapsed

struct ChurnOptions {
    int silentDays = 30; ///< N: silent for at least this many days (to the end of the data)
    int lostAfterDays = 180; ///< silent this long: lost, no longer flagged as a risk
    int minActiveDays = 3; ///< "was active": at least this many active days ever
    int windowDays = 30; ///< falling: compare the last window with the one before
    double fallingRatio = 0.5;
    int minPreviousActiveDays = 4; ///< falling needs at least this many days in the earlier window
    int lapseGraceDays = 7; ///< a plan term is lapsed this many days after it ended unrenewed
    bool operator==(const ChurnOptions&) const = default;
};

struct ChurnRisk {
    std::vector<std::uint8_t> reasons; ///< per member: ChurnReason bits, 0 = not flagged
    int flagged = 0;
    std::array<int, churnReasonCount> byReason {}; ///< members per reason (silent, falling, lapsed)
};

/// Reads the activity days and the orders (for plan terms); no event scan. O(active days + orders).
ChurnRisk computeChurnRisk(const Community& community, const ActivityDays& activity, const ChurnOptions& options = {});
/// A member's ChurnReason bits as Reason values, in bit order: `churn.silent` {silentDays},
/// `churn.falling` {windowDays}, `churn.lapsed` {} (rendered by core/text reasonText()).
std::vector<Reason> churnReasons(std::uint8_t reasons, const ChurnOptions& options = {});
/// Drill-down: flagged members (reason 0: all flagged; else those with that reason bit).
std::vector<Index> churnRiskMembers(const ChurnRisk& risk, std::uint8_t reason = 0);

} // namespace kinsight::core
