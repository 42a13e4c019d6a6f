// Engagement, RFM, retention (every switch), funnel and tiers on the in-memory demo community.
//
//   bench_metrics [--members N] [--zones Z1,Z2,...] [--repeat R]
//                 (default 1,000,000 members; zones UTC,Europe/Berlin,Asia/Shanghai; 3 repeats)
//
// Prints one line per step (wall time, peak memory so far) and the sum of the steps; then the
// same work on two threads, as core/analysis schedules it (the activity days first, then
// retention on one thread and everything else on the other): the wall time on 2 cores. Last,
// the cheap re-computations a threshold change triggers (level cut-offs, RFM segments, churn
// days, a retention switch).
//
// Then the community time zone: the same snapshot read in each zone of --zones (the same
// instants; only where days begin moves), every metric step R times per zone, interleaved, the
// least CPU time of each kept; each zone's time against the first zone's (UTC): the contract of
// the time zone is that no metric is more than 10 % slower in a zone other than UTC.

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <future>
#include <string>
#include <vector>

#include <QCoreApplication>

#include "benchmarkutil.h"
#include "core/demo/demo.h"
#include "core/metrics/activity.h"
#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/metrics/rfm.h"
#include "core/util/timezone.h"

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
    int repeat = 3;
    std::vector<std::string> zones = { "UTC", "Europe/Berlin", "Asia/Shanghai" };
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--members" && i + 1 < argc)
            members = std::atoi(argv[++i]);
        else if (a == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == "--zones" && i + 1 < argc) {
            zones.clear();
            std::string list = argv[++i];
            for (std::size_t at = 0; at <= list.size();) {
                const std::size_t comma = std::min(list.find(',', at), list.size());
                if (comma > at)
                    zones.push_back(list.substr(at, comma - at));
                at = comma + 1;
            }
        }
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

    // ------------------------------------------------------------------------------------------
    // The community time zone.
    std::vector<CommunityPtr> zoned;
    for (const std::string& id : zones) {
        auto zone = TimeZone::fromId(id);
        if (!zone) {
            std::fprintf(stderr, "bench_metrics: %s\n", zone.error().c_str());
            return 1;
        }
        auto copy = std::make_shared<Community>(c);
        copy->timeZone = zone.value();
        zoned.push_back(std::move(copy));
    }
    using Step = std::pair<const char*, std::function<std::size_t(const Community&, const ActivityDays&)>>;
    const std::vector<Step> steps = {
        { "activity days", [](const Community& z, const ActivityDays&) { return computeActivityDays(z).days.size(); } },
        { "DAU / WAU / MAU / stickiness",
            [](const Community&, const ActivityDays& a) { return computeDailyActivity(a).size(); } },
        { "engagement scores (decay)",
            [](const Community& z, const ActivityDays&) { return computeEngagementScores(z).sum.size(); } },
        { "lifecycle by month and week",
            [](const Community& z, const ActivityDays& a) {
                return computeLifecycle(z, a, Granularity::Month).size()
                    + computeLifecycle(z, a, Granularity::Week).size();
            } },
        { "RFM scores (recency)", [](const Community& z, const ActivityDays&) { return computeRfm(z).r.size(); } },
        { "churn risk",
            [](const Community& z, const ActivityDays& a) { return computeChurnRisk(z, a).reasons.size(); } },
        { "day-N curve",
            [](const Community& z, const ActivityDays& a) { return dayNRetention(z, a, RetentionMode::On).size(); } },
        { "funnel: plain, 30-day window, by month",
            [](const Community& z, const ActivityDays& a) {
                FunnelOptions o;
                std::size_t n = computeFunnel(z, a, o).flags.size();
                o.windowDays = 30;
                n += computeFunnel(z, a, o).flags.size();
                o.windowDays = 0;
                o.breakdown = FunnelBreakdown::CohortMonth;
                return n + computeFunnel(z, a, o).groups.size();
            } },
        { "retention cohorts: month and week",
            [](const Community& z, const ActivityDays& a) {
                return computeCohortCounts(z, a, Granularity::Month).rows.size()
                    + computeCohortCounts(z, a, Granularity::Week).rows.size();
            } },
        { "tiers, plans, MRR by month",
            [](const Community& z, const ActivityDays&) { return computePricing(z).months.size(); } },
    };
    std::vector<ActivityDays> zoneActivity;
    for (const CommunityPtr& z : zoned)
        zoneActivity.push_back(computeActivityDays(*z));
    // best[zone][step]: the least CPU time over the repeats.
    std::vector<std::vector<double>> best(zoned.size(), std::vector<double>(steps.size(), 1e300));
    std::size_t sink = 0;
    for (int r = 0; r < repeat; ++r) {
        for (std::size_t s = 0; s < steps.size(); ++s) {
            for (std::size_t z = 0; z < zoned.size(); ++z) {
                const double cpu0 = threadCpuSeconds();
                sink += steps[s].second(*zoned[z], zoneActivity[z]);
                best[z][s] = std::min(best[z][s], threadCpuSeconds() - cpu0);
            }
        }
    }
    std::printf("\n-- the community time zone: least CPU time of %d runs, each zone against %s (%zu) --\n", repeat,
        zones.front().c_str(), sink % 10);
    std::printf("%-40s", "step");
    for (const std::string& z : zones)
        std::printf(" %16s", z.c_str());
    std::printf("\n");
    std::vector<double> sums(zoned.size(), 0.0);
    double worst = 0;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        std::printf("%-40s", steps[s].first);
        for (std::size_t z = 0; z < zoned.size(); ++z) {
            sums[z] += best[z][s];
            const double ratio = best[z][s] / std::max(best[0][s], 1e-9);
            if (z > 0)
                worst = std::max(worst, ratio);
            char cell[40];
            std::snprintf(cell, sizeof cell, z == 0 ? "%.3f s" : "%.3f s %+4.0f%%", best[z][s], (ratio - 1) * 100);
            std::printf(" %16s", cell);
        }
        std::printf("\n");
    }
    std::printf("%-40s", "SUM");
    for (std::size_t z = 0; z < zoned.size(); ++z) {
        char cell[40];
        std::snprintf(cell, sizeof cell, z == 0 ? "%.3f s" : "%.3f s %+4.0f%%", sums[z], (sums[z] / sums[0] - 1) * 100);
        std::printf(" %16s", cell);
    }
    std::printf("\nworst step against %s: %+.1f%%\n", zones.front().c_str(), (worst - 1) * 100);
    return 0;
}
