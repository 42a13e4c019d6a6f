// kinsight engagement --db DB

#include "core/metrics/engagement.h"

#include "app/cli.h"
#include "app/command.h"
#include "core/metrics/activity.h"
#include "core/metrics/metrictables.h"

namespace kinsight::app {
namespace {

int runEngagement(CommandLine& cli, const QStringList& arguments)
{
    return cli.printCommunityTable(arguments, [](const core::Community& community) {
        return core::engagementTable(core::computeDailyActivity(core::computeActivityDays(community)));
    });
}

} // namespace

KINSIGHT_COMMAND("engagement", "Print DAU, WAU, MAU and stickiness per day", Needs::Core, runEngagement,
    "Daily, weekly and monthly active members and stickiness: one row per day from the first to the last day holding "
    "an activity (an event or a counted order), calendar days of the community time zone. Columns: day, dau, wau, mau, "
    "stickiness (mean DAU of the last 30 days / MAU).");

} // namespace kinsight::app
