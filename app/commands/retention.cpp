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

/// The value of a choice option among `choices` (name, value); the first is the default.
template <typename T>
std::optional<T> choice(
    const CommandLine& cli, const QString& name, const std::vector<std::pair<QString, T>>& choices, int& status)
{
    if (!cli.isSet(name))
        return choices.front().second;
    const QString v = cli.value(name);
    QStringList names;
    for (const auto& [text, value] : choices) {
        if (text == v)
            return value;
        names << text;
    }
    status = usageError(cli.command(),
        QCoreApplication::translate("Cli", "--%1 must be one of %2, not '%3'")
            .arg(name, names.join(QStringLiteral(", ")), v));
    return std::nullopt;
}

int runRetention(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("retention"),
        QStringLiteral("Cohort retention: one row per cohort (calendar month or ISO week of joining) in time order; "
                       "p0, p1, … is the fraction of the cohort active in the k-th period after joining. Periods after "
                       "the end of the data are empty. The other options switch to the variants in docs/metrics.md."));
    cli.addDatabaseOption();
    cli.addFormatOption();
    auto& p = cli.parser();
    p.addOption({ QStringLiteral("period"), QStringLiteral("Cohort period: month (default) or week."),
        QStringLiteral("PERIOD") });
    p.addOption({ QStringLiteral("mode"),
        QStringLiteral("on (default): active in period k; on-or-after: in k or later."), QStringLiteral("MODE") });
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("members (default), revenue (revenue retained) or revenue-per-member (currency units)."),
        QStringLiteral("METRIC") });
    p.addOption({ QStringLiteral("reference"),
        QStringLiteral("p0 (default): relative to the cohort (or its period-0 revenue); previous: to period k-1."),
        QStringLiteral("REF") });
    p.addOption({ QStringLiteral("breakdown"),
        QStringLiteral("Split cohorts by channel, first-tier or first-product (adds a group column)."),
        QStringLiteral("BY") });
    p.addOption(
        { QStringLiteral("mean"), QStringLiteral("Add a mean row: weighted or simple."), QStringLiteral("KIND") });
    int status = exitSuccess;
    const auto db = cli.parseWithDatabase(arguments, status);
    if (!db)
        return status;
    using namespace core;
    const auto period = choice<Granularity>(cli, QStringLiteral("period"),
        { { QStringLiteral("month"), Granularity::Month }, { QStringLiteral("week"), Granularity::Week } }, status);
    const auto mode = choice<RetentionMode>(cli, QStringLiteral("mode"),
        { { QStringLiteral("on"), RetentionMode::On }, { QStringLiteral("on-or-after"), RetentionMode::OnOrAfter } },
        status);
    const auto metric = choice<RetentionMetric>(cli, QStringLiteral("metric"),
        { { QStringLiteral("members"), RetentionMetric::Members },
            { QStringLiteral("revenue"), RetentionMetric::RevenueRetained },
            { QStringLiteral("revenue-per-member"), RetentionMetric::RevenuePerMember } },
        status);
    const auto reference = choice<RetentionReference>(cli, QStringLiteral("reference"),
        { { QStringLiteral("p0"), RetentionReference::PeriodZero },
            { QStringLiteral("previous"), RetentionReference::PreviousPeriod } },
        status);
    const auto breakdown = choice<CohortBreakdown>(cli, QStringLiteral("breakdown"),
        { { QStringLiteral("none"), CohortBreakdown::None }, { QStringLiteral("channel"), CohortBreakdown::Channel },
            { QStringLiteral("first-tier"), CohortBreakdown::FirstTier },
            { QStringLiteral("first-product"), CohortBreakdown::FirstProduct } },
        status);
    const auto mean = choice<MeanKind>(cli, QStringLiteral("mean"),
        { { QStringLiteral("weighted"), MeanKind::Weighted }, { QStringLiteral("simple"), MeanKind::Simple } }, status);
    if (!period || !mode || !metric || !reference || !breakdown || !mean)
        return status;

    const CommunityPtr community = loadCommunityOrFail(*db);
    if (!community)
        return exitFailure;
    const ActivityDays activity = computeActivityDays(*community);
    const CohortCounts counts = computeCohortCounts(*community, activity, *period, *breakdown);
    const RetentionMatrix matrix = retentionMatrix(counts, { *mode, *reference, *mean, *metric });
    return cli.print(retentionTable(matrix, cli.isSet(QStringLiteral("mean"))));
}

} // namespace

KINSIGHT_COMMAND("retention", "Print the cohort retention matrix by month or ISO week", Needs::Core, runRetention);

} // namespace kinsight::app
