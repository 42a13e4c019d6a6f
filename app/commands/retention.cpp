// kinsight retention --db DB [--period month|week] [--mode on|on-or-after]
//   [--metric members|revenue|revenue-per-member] [--reference p0|previous]
//   [--breakdown channel|first-tier|first-product] [--mean weighted|simple]

#include "core/metrics/retention.h"

#include <optional>
#include <utility>
#include <vector>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/metrics/activity.h"
#include "core/metrics/metrictables.h"

namespace kinsight::app {
namespace {

int printRetention(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    using namespace core;
    const auto period = cli.choice<Granularity>(QStringLiteral("period"), Granularity::Month,
        { { QStringLiteral("month"), Granularity::Month }, { QStringLiteral("week"), Granularity::Week } }, status);
    const auto mode = cli.choice<RetentionMode>(QStringLiteral("mode"), RetentionMode::On,
        { { QStringLiteral("on"), RetentionMode::On }, { QStringLiteral("on-or-after"), RetentionMode::OnOrAfter } },
        status);
    const auto metric = cli.choice<RetentionMetric>(QStringLiteral("metric"), RetentionMetric::Members,
        { { QStringLiteral("members"), RetentionMetric::Members },
            { QStringLiteral("revenue"), RetentionMetric::RevenueRetained },
            { QStringLiteral("revenue-per-member"), RetentionMetric::RevenuePerMember } },
        status);
    const auto reference = cli.choice<RetentionReference>(QStringLiteral("reference"), RetentionReference::PeriodZero,
        { { QStringLiteral("p0"), RetentionReference::PeriodZero },
            { QStringLiteral("previous"), RetentionReference::PreviousPeriod } },
        status);
    const auto breakdown = cli.choice<CohortBreakdown>(QStringLiteral("breakdown"), CohortBreakdown::None,
        { { QStringLiteral("none"), CohortBreakdown::None }, { QStringLiteral("channel"), CohortBreakdown::Channel },
            { QStringLiteral("first-tier"), CohortBreakdown::FirstTier },
            { QStringLiteral("first-product"), CohortBreakdown::FirstProduct } },
        status);
    const auto mean = cli.choice<MeanKind>(QStringLiteral("mean"), MeanKind::Weighted,
        { { QStringLiteral("weighted"), MeanKind::Weighted }, { QStringLiteral("simple"), MeanKind::Simple } }, status);
    if (!period || !mode || !metric || !reference || !breakdown || !mean)
        return status;

    const CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const ActivityDays activity = computeActivityDays(*community);
    const CohortCounts counts = computeCohortCounts(*community, activity, *period, *breakdown);
    const RetentionMatrix matrix = retentionMatrix(counts, { *mode, *reference, *mean, *metric });
    return cli.print(retentionTable(matrix, cli.isSet(QStringLiteral("mean"))));
}

int runRetention(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "period", "Cohort period: month (default) or week.", "PERIOD" },
        { "mode", "on (default): active in period k; on-or-after: in k or later.", "MODE" },
        { "metric", "members (default), revenue (revenue retained) or revenue-per-member (currency units).", "METRIC" },
        { "reference", "p0 (default): relative to the cohort (or its period-0 revenue); previous: to period k-1.",
            "REF" },
        { "breakdown", "Split cohorts by channel, first-tier or first-product (adds a group column).", "BY" },
        { "mean", "Add a mean row: weighted or simple.", "KIND" } });
    return cli.runWithDatabase(arguments, printRetention);
}

} // namespace

KINSIGHT_COMMAND("retention", "Print the cohort retention matrix by month or ISO week", Needs::Core, runRetention,
    "Cohort retention: one row per cohort (calendar month or ISO week of joining) in time order; p0, p1, … is the "
    "fraction of the cohort active in the k-th period after joining. Periods after the end of the data are empty. The "
    "other options switch to the variants in docs/metrics.md.");

} // namespace kinsight::app
