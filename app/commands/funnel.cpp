// kinsight funnel --db DB [--window DAYS] [--breakdown channel|month|week]

#include "core/metrics/funnel.h"

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/metrics/activity.h"
#include "core/metrics/metrictables.h"

namespace kinsight::app {
namespace {

int runFunnel(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("funnel"),
        QStringLiteral(
            "The conversion funnel: joined, activated (an activity), paying (a paid order), repeat (two paid "
            "orders), then trial (a trial order) and trial_to_paid (a paid order after the first trial)."));
    cli.addDatabaseOption();
    cli.addFormatOption();
    cli.parser().addOption({ QStringLiteral("window"),
        QStringLiteral("Count a step only within DAYS days of joining (trial_to_paid: of the first trial)."),
        QStringLiteral("DAYS") });
    cli.parser().addOption({ QStringLiteral("breakdown"),
        QStringLiteral("Also print the funnel per channel, month or week (cohort of joining), with a group column."),
        QStringLiteral("BY") });
    int status = exitSuccess;
    const auto db = cli.parseWithDatabase(arguments, status);
    if (!db)
        return status;
    const auto window = cli.intOption(QStringLiteral("window"), 0, 1, 36500, status);
    if (!window)
        return status;
    core::FunnelOptions options;
    options.windowDays = *window;
    const auto breakdown = cli.choice<core::FunnelBreakdown>(QStringLiteral("breakdown"), options.breakdown,
        { { QStringLiteral("channel"), core::FunnelBreakdown::Channel },
            { QStringLiteral("month"), core::FunnelBreakdown::CohortMonth },
            { QStringLiteral("week"), core::FunnelBreakdown::CohortWeek } },
        status, [](const QString& by) {
            return QCoreApplication::translate("Cli", "--breakdown must be channel, month or week, not '%1'").arg(by);
        });
    if (!breakdown)
        return status;
    options.breakdown = *breakdown;
    const core::CommunityPtr community = loadCommunityOrFail(*db);
    if (!community)
        return exitFailure;
    const core::ActivityDays activity = core::computeActivityDays(*community);
    return cli.print(core::funnelTable(core::computeFunnel(*community, activity, options)));
}

} // namespace

KINSIGHT_COMMAND("funnel", "Print the conversion funnel and trial-to-paid conversion", Needs::Core, runFunnel);

} // namespace kinsight::app
