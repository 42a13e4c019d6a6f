#include "lifecycle.h"

#include "core/util/enumnames.h"

namespace kinsight::core {

constexpr auto memberLifecycleNames = enumNames<MemberLifecycle>({ { MemberLifecycle::New, "new" },
    { MemberLifecycle::Returning, "returning" }, { MemberLifecycle::Resurrecting, "resurrecting" },
    { MemberLifecycle::Dormant, "dormant" }, { MemberLifecycle::Inactive, "inactive" } });

std::string_view toString(MemberLifecycle status)
{
    return memberLifecycleNames.nameOf(status, "inactive");
}

std::vector<MemberLifecycle> memberLifecycle(const Community& c, const ActivityDays& activity, Granularity period)
{
    const Index n = c.memberCount();
    std::vector<MemberLifecycle> out(static_cast<size_t>(n), MemberLifecycle::Inactive);
    if (n == 0)
        return out;
    const PeriodKey last = periodOfDay(period, endDayOf(c));
    const Day lastFrom = firstDayOfPeriod(period, last);
    const Day lastTo = firstDayOfPeriod(period, last + 1) - 1;
    const Day prevFrom = firstDayOfPeriod(period, last - 1);
    for (Index m = 0; m < n; ++m) {
        const bool now = activity.activeBetween(m, lastFrom, lastTo);
        const bool before = activity.activeBetween(m, prevFrom, lastFrom - 1);
        const bool joinedNow = periodOf(c.timeZone, period, c.members.joinedAt[static_cast<size_t>(m)]) == last;
        MemberLifecycle s = MemberLifecycle::Inactive;
        if (now && joinedNow)
            s = MemberLifecycle::New;
        else if (now && before)
            s = MemberLifecycle::Returning;
        else if (now)
            s = MemberLifecycle::Resurrecting;
        else if (before)
            s = MemberLifecycle::Dormant;
        out[static_cast<size_t>(m)] = s;
    }
    return out;
}

} // namespace kinsight::core
