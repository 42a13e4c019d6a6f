// kinsight funnel --db DB [--window DAYS] [--breakdown channel|month|week]

#include "core/metrics/funnel.h"

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/metrics/activity.h"
#include "core/metrics/metrictables.h"

namespace kinsight::app {
namespace {

int printFunnel(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    const auto window = cli.intOption(QStringLiteral("window"), 0, 1, 36500, status);
    if (!window)
        return status;
    core::FunnelOptions options;
    options.windowDays = *window;
    const auto breakdown = cli.choice<core::FunnelBreakdown>(QStringLiteral("breakdown"), options.breakdown,
        { { QStringLiteral("channel"), core::FunnelBreakdown::Channel },
            { QStringLiteral("month"), core::FunnelBreakdown::CohortMonth },
            { QStringLiteral("week"), core::FunnelBreakdown::CohortWeek } },
        status, QT_TRANSLATE_NOOP("Cli", "--breakdown must be channel, month or week, not '%1'"));
    if (!breakdown)
        return status;
    options.breakdown = *breakdown;
    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const core::ActivityDays activity = core::computeActivityDays(*community);
    return cli.print(core::funnelTable(core::computeFunnel(*community, activity, options)));
}

int runFunnel(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions(
        { { "window", "Count a step only within DAYS days of joining (trial_to_paid: of the first trial).", "DAYS" },
            { "breakdown", "Also print the funnel per channel, month or week (cohort of joining), with a group column.",
                "BY" } });
    return cli.runWithDatabase(arguments, printFunnel);
}

} // namespace

KINSIGHT_COMMAND("funnel", "Print the conversion funnel and trial-to-paid conversion", Needs::Core, runFunnel,
    "The conversion funnel: joined, activated (an activity), paying (a paid order), repeat (two paid orders), then "
    "trial (a trial order) and trial_to_paid (a paid order after the first trial).");

} // namespace kinsight::app
