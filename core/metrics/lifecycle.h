#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/metrics/activity.h"

namespace kinsight::core {

/// A member's lifecycle status in the period holding the end of the data (PostHog's
/// definitions, as computeLifecycle() counts them), plus `Inactive` for members active in
/// neither that period nor the one before.
enum class MemberLifecycle : std::uint8_t { New, Returning, Resurrecting, Dormant, Inactive };
constexpr int memberLifecycleCount = 5;
std::string_view toString(MemberLifecycle status); ///< new, returning, resurrecting, dormant, inactive

/// Each member's status in the last period (see MemberLifecycle). O(n log d).
std::vector<MemberLifecycle> memberLifecycle(
    const Community& community, const ActivityDays& activity, Granularity period);

} // namespace kinsight::core
