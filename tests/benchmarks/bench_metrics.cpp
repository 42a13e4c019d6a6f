// Engagement, RFM, retention (every switch), funnel and tiers on the in-memory demo community.
//
//   bench_metrics [--members N]   (default 1,000,000)
//
// Prints one line per step (wall time, peak memory so far) and the sum of the steps; then the
// same work on two threads, as core/analysis schedules it (the activity days first, then
// retention on one thread and everything else on the other): the wall time on 2 cores. Last,
// the cheap re-computations a threshold change triggers (level cut-offs, RFM segments, churn
// days, a retention switch).

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <future>
#include <string>

#include <QCoreApplication>

#include "benchmarkutil.h"
#include "core/demo/demo.h"
#include "core/metrics/activity.h"
#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/metrics/rfm.h"

using namespace kinsight;
using namespace kinsight::core;

namespace {

/// CPU seconds of the calling thread: unlike wall time, not inflated when other processes
/// share the cores.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Runs `f`, reports its wall and CPU time, adds the CPU time to `total`, returns its result.
template <typename F> auto timed(const char* what, double& total, F f)
{
    bench::Stopwatch watch;
    const double cpu0 = threadCpuSeconds();
    auto result = f();
    const double cpu = threadCpuSeconds() - cpu0;
    total += cpu;
    char extra[64];
    std::snprintf(extra, sizeof extra, "cpu %.3f s", cpu);
    bench::report(what, watch.seconds(), extra);
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int members = 1'000'000;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--members" && i + 1 < argc)
            members = std::atoi(argv[++i]);
    }

    bench::Stopwatch watch;
    const CommunityPtr community = makeDemoCommunity({ members, 42 });
    const Community& c = *community;
    char extra[200];
    std::snprintf(extra, sizeof extra, "%d members, %d events, %d orders, %d interactions; snapshot %.0f MiB",
        c.memberCount(), c.events.size(), c.orders.size(), c.interactions.size(),
        static_cast<double>(c.memoryBytes()) / (1 << 20));
    bench::report("demo community (not counted)", watch.seconds(), extra);
    const double before = bench::currentMemoryMiB();

    double total = 0;
    const ActivityDays activity
        = timed("activity days (the one event scan)", total, [&] { return computeActivityDays(c); });
    std::snprintf(extra, sizeof extra, "%zu member-days", activity.days.size());
    bench::report("  ", 0, extra);

    // Everything but retention.
    auto others = [&](double& t) {
        const DailyActivity daily
            = timed("DAU / WAU / MAU / stickiness", t, [&] { return computeDailyActivity(activity); });
        timed("stickiness histogram", t, [&] { return computeStickinessHistogram(activity); });
        const EngagementScores scores = timed("engagement scores", t, [&] { return computeEngagementScores(c); });
        timed("levels", t, [&] { return bucketLevels(scores, {}); });
        timed("lifecycle by month and week", t, [&] {
            return computeLifecycle(c, activity, Granularity::Month).size()
                + computeLifecycle(c, activity, Granularity::Week).size();
        });
        const RfmScores rfm = timed("RFM scores", t, [&] { return computeRfm(c); });
        timed("RFM segments", t, [&] { return segmentRfm(rfm); });
        timed("churn risk", t, [&] { return computeChurnRisk(c, activity); });
        timed("day-N curve (on, on or after)", t, [&] {
            return dayNRetention(c, activity, RetentionMode::On).size()
                + dayNRetention(c, activity, RetentionMode::OnOrAfter).size();
        });
        timed("funnel: plain, 30-day window, by channel, by month", t, [&] {
            FunnelOptions o;
            std::size_t n = computeFunnel(c, activity, o).flags.size();
            o.windowDays = 30;
            n += computeFunnel(c, activity, o).flags.size();
            o.windowDays = 0;
            o.breakdown = FunnelBreakdown::Channel;
            n += computeFunnel(c, activity, o).groups.size();
            o.breakdown = FunnelBreakdown::CohortMonth;
            return n + computeFunnel(c, activity, o).groups.size();
        });
        timed("tiers, plans, MRR, LTV", t, [&] { return computePricing(c).tiers.size(); });
        return daily.size();
    };
    // Retention: month and week, every breakdown, every combination of the switches.
    auto retention = [&](double& t) {
        return timed("retention: 2 periods x 4 breakdowns x 24 views", t, [&] {
            std::size_t cells = 0;
            for (Granularity g : { Granularity::Month, Granularity::Week }) {
                for (CohortBreakdown b : { CohortBreakdown::None, CohortBreakdown::Channel, CohortBreakdown::FirstTier,
                         CohortBreakdown::FirstProduct }) {
                    const CohortCounts counts = computeCohortCounts(c, activity, g, b);
                    for (RetentionMode mode : { RetentionMode::On, RetentionMode::OnOrAfter })
                        for (RetentionReference ref :
                            { RetentionReference::PeriodZero, RetentionReference::PreviousPeriod })
                            for (MeanKind mean : { MeanKind::Weighted, MeanKind::Simple })
                                for (RetentionMetric metric : { RetentionMetric::Members,
                                         RetentionMetric::RevenueRetained, RetentionMetric::RevenuePerMember })
                                    cells += retentionMatrix(counts, { mode, ref, mean, metric }).rows.size();
                }
            }
            return cells;
        });
    };
    const std::size_t days = others(total);
    retention(total);
    std::snprintf(
        extra, sizeof extra, "%.0f MiB more than the snapshot; %zu days", bench::currentMemoryMiB() - before, days);
    bench::report("SUM of the steps' CPU time (one thread)", total, extra);

    std::printf("\n-- the same on two threads (steps' CPU time summed per thread) --\n");
    bench::Stopwatch wall;
    double t0 = 0, t1 = 0, t2 = 0;
    timed("activity days", t0, [&] { return computeActivityDays(c); });
    auto background = std::async(std::launch::async, [&] { return retention(t1); });
    others(t2);
    background.get();
    std::snprintf(extra, sizeof extra, "critical path by CPU time: %.3f s + max(%.3f, %.3f) = %.3f s", t0, t1, t2,
        t0 + std::max(t1, t2));
    bench::report("WALL TIME on two threads", wall.seconds(), extra);
    std::printf("load average while running: ");
    std::fflush(stdout);
    std::system("cut -d' ' -f1-3 /proc/loadavg");

    const EngagementScores scores = computeEngagementScores(c);
    const RfmScores rfm = computeRfm(c);
    std::printf("\n");
    // Threshold changes: what core/analysis reruns.
    double cheap = 0;
    LevelCutoffs cut;
    cut.casual = 5;
    timed("change: a level cut-off (re-bucket)", cheap, [&] { return bucketLevels(scores, cut); });
    cut = {};
    cut.mode = CutoffMode::Share;
    cut.core = 0.05;
    cut.active = 0.2;
    cut.casual = 0.5;
    timed("change: level cut-offs as shares", cheap, [&] { return bucketLevels(scores, cut); });
    timed("change: RFM segment rules", cheap, [&] { return segmentRfm(rfm); });
    ChurnOptions churn;
    churn.silentDays = 14;
    timed("change: churn silent days", cheap, [&] { return computeChurnRisk(c, activity, churn); });
    const CohortCounts counts = computeCohortCounts(c, activity);
    timed("change: a retention switch (month)", cheap, [&] {
        return retentionMatrix(counts, { RetentionMode::OnOrAfter, RetentionReference::PreviousPeriod }).rows.size();
    });
    return 0;
}
