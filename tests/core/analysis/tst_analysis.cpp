#include <atomic>
#include <cmath>

#include <QTest>

#include "core/analysis/analysis.h"
#include "core/analysis/derive.h"
#include "core/analysis/memberprofile.h"
#include "core/analysis/networkview.h"
#include "core/demo/demo.h"
#include "core/graph/graphmetrics.h"
#include "core/metrics/lifecycle.h"
#include "fixture.h"

using namespace kinsight::core;
using kinsight::test::at;
using kinsight::test::tinyCommunity;

Q_DECLARE_METATYPE(kinsight::core::Thresholds)

namespace {

Day day(const char* text)
{
    return dayOf(at(text));
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overviewByHand()
    {
        const CommunityPtr c = tinyCommunity();
        const ActivityDays activity = computeActivityDays(*c);
        const OverviewKpis o = computeOverview(*c, activity, 30, 12);
        QCOMPARE(o.endDay, day("2026-03-10"));
        // The previous period is 30 days earlier: 2026-03-10 − 30 days = 2026-02-08.
        QCOMPARE(o.members.trendDays[10], day("2026-02-08"));
        QCOMPARE(o.members.trendDays.size(), size_t(12));
        // Members: all 4 by 03-10; u1 and u2 by 02-08 (u3 joined 02-10).
        QCOMPARE(o.members.value, 4.0);
        QCOMPARE(o.members.previous, 2.0);
        // Paying (first paid order): u1 01-02, u2 02-25; u3's only priced order was refunded.
        QCOMPARE(o.paying.value, 2.0);
        QCOMPARE(o.paying.previous, 1.0);
        // Revenue in [02-09, 03-10]: o4 99.00 + o2 299.00 = 398.00; in [01-10, 02-08]: nothing.
        QCOMPARE(o.revenue.value, 39800.0);
        QCOMPARE(o.revenue.previous, 0.0);
        // Trial-to-paid: trial members u2 (01-20) and u3 (03-10); u2 paid after (02-25): 1 / 2.
        // As of 02-08: u2 only, not yet converted: 0 / 1.
        QCOMPARE(o.trialMembers, 2);
        QCOMPARE(o.trialToPaid.value, 0.5);
        QCOMPARE(o.trialToPaid.previous, 0.0);
        // Active in [02-09, 03-10]: u1 (03-01, 03-08), u2 (02-25), u3 (03-09, 03-10), u4 (03-06).
        // In [01-10, 02-08]: u2 (01-20) only.
        QCOMPARE(o.active.value, 4.0);
        QCOMPARE(o.active.previous, 1.0);
        // Stickiness = mean DAU over 30 days / MAU: 6 member-days / 30 / 4 = 0.05;
        // as of 02-08: 1 / 30 / 1.
        QCOMPARE(o.stickiness.value, 0.05);
        QVERIFY(std::abs(o.stickiness.previous - 1.0 / 30.0) < 1e-12);
        // Before anybody joined (the first sample, 330 days before the end) the rate is undefined.
        QVERIFY(std::isnan(o.trialToPaid.trend.front()));
        QVERIFY(o.hasOrders);
        QVERIFY(o.hasInteractions);
    }

    void overviewMatchesFunnel()
    {
        const CommunityPtr c = tinyCommunity();
        Analysis a(c);
        QVERIFY(a.update({}).ok());
        const auto r = a.results();
        const Funnel& f = *r->funnel;
        QCOMPARE(r->overview->trialToPaid.value, rateFromPrevious(f.total, FunnelStep::TrialToPaid));
        QCOMPARE(r->overview->paying.value, double(f.total.members[static_cast<int>(FunnelStep::Paying)]));
    }

    void memberLifecycleByHand()
    {
        const CommunityPtr c = tinyCommunity();
        const auto status = memberLifecycle(*c, computeActivityDays(*c), Granularity::Month);
        // March is the last month, February the one before.
        QCOMPARE(int(status[0]), int(MemberLifecycle::Resurrecting)); // u1: March yes, February no, joined January
        QCOMPARE(int(status[1]), int(MemberLifecycle::Dormant)); // u2: February (02-25) only
        QCOMPARE(int(status[2]),
            int(MemberLifecycle::Resurrecting)); // u3: March; the refunded February order is no activity
        QCOMPARE(int(status[3]), int(MemberLifecycle::New)); // u4: joined and active in March
    }

    void firstUpdateComputesEverythingOnce()
    {
        Analysis a(tinyCommunity());
        const auto done = a.update({});
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().c_str());
        QCOMPARE(*done, allParts);
        QCOMPARE(a.staleParts(), Parts(0));
        for (int i = 0; i < partCount; ++i)
            QCOMPARE(a.computations(static_cast<Part>(1u << i)), std::uint64_t(1));
        // Nothing changed: nothing recomputed.
        const auto again = a.update({});
        QVERIFY(again.ok());
        QCOMPARE(*again, Parts(0));
    }

    void changeRecomputesOnlyWhatDependsOnIt_data()
    {
        QTest::addColumn<Thresholds>("next");
        QTest::addColumn<Parts>("expected");
        QTest::addColumn<bool>("graphRecomputed");

        Thresholds t;
        t.levels.core = 5;
        QTest::newRow("level cut-off") << t << bit(Part::Levels) << false;
        t = {};
        t.engagement.halfLifeDays = 10;
        QTest::newRow("half-life") << t << (bit(Part::Scores) | bit(Part::Levels)) << false;
        t = {};
        t.leaders.threshold = 0.5;
        QTest::newRow("leader threshold") << t << (bit(Part::Leaders) | bit(Part::NetworkView)) << false;
        t = {};
        t.leaders.weights.pageRank = 1.0;
        QTest::newRow("leader weight") << t << (bit(Part::Leaders) | bit(Part::NetworkView)) << false;
        t = {};
        t.cohortPeriod = Granularity::Week;
        QTest::newRow("cohort period") << t << (bit(Part::Cohorts) | bit(Part::Retention) | bit(Part::Lifecycle))
                                       << false;
        t = {};
        t.retentionView.metric = RetentionMetric::RevenueRetained;
        QTest::newRow("retention metric") << t << bit(Part::Retention) << false;
        t = {};
        t.retentionView.mode = RetentionMode::OnOrAfter;
        QTest::newRow("retention mode") << t << (bit(Part::Retention) | bit(Part::DayN)) << false;
        t = {};
        t.funnel.windowDays = 7;
        QTest::newRow("funnel window") << t << bit(Part::Funnel) << false;
        t = {};
        t.churn.silentDays = 10;
        QTest::newRow("churn days") << t << bit(Part::Churn) << false;
        t = {};
        t.rank.floor = 0.1;
        QTest::newRow("similarity floor") << t << bit(Part::Ranking) << false;
        t = {};
        t.rank.alpha = 0.8;
        QTest::newRow("hybrid alpha") << t << bit(Part::Ranking) << false;
        t = {};
        t.method = Method::ItemKnn;
        QTest::newRow("method") << t << (bit(Part::Recommender) | bit(Part::Ranking)) << false;
        t = {};
        t.graphWindowDays = 30;
        QTest::newRow("graph window") << t << (bit(Part::Graph) | bit(Part::Leaders) | bit(Part::NetworkView)) << true;
    }

    void changeRecomputesOnlyWhatDependsOnIt()
    {
        QFETCH(Thresholds, next);
        QFETCH(Parts, expected);
        QFETCH(bool, graphRecomputed);
        Analysis a(tinyCommunity());
        QVERIFY(a.update({}).ok());
        QCOMPARE(a.affectedParts(next), expected);
        const std::uint64_t graphsBefore = graphMetricsComputations();
        const auto done = a.update(next);
        QVERIFY(done.ok());
        QCOMPARE(*done, expected);
        QCOMPARE(graphMetricsComputations() != graphsBefore, graphRecomputed);
        for (int i = 0; i < partCount; ++i) {
            const auto p = static_cast<Part>(1u << i);
            QCOMPARE(a.computations(p), std::uint64_t(has(expected, p) ? 2 : 1));
        }
    }

    void levelCutoffChangesTheLevels()
    {
        Analysis a(tinyCommunity());
        QVERIFY(a.update({}).ok());
        Thresholds t;
        t.levels.mode = CutoffMode::Score;
        // Everybody with a score above zero is at least casual at a casual cut-off of 0.
        t.levels.core = 1e9;
        t.levels.active = 1e9;
        t.levels.casual = 1e-9;
        QVERIFY(a.update(t).ok());
        const auto r = a.results();
        QCOMPARE(r->levels->counts[static_cast<int>(EngagementLevel::Casual)], 4);
        t.levels.casual = 1e9;
        QVERIFY(a.update(t).ok());
        QCOMPARE(a.results()->levels->counts[static_cast<int>(EngagementLevel::Dormant)], 4);
        // The earlier snapshot is untouched: pages may hold it while the next update computes.
        QCOMPARE(r->levels->counts[static_cast<int>(EngagementLevel::Casual)], 4);
    }

    void derivedChangeMatchesAFullUpdate()
    {
        Analysis a(tinyCommunity());
        QVERIFY(a.update({}).ok());
        const auto before = a.results();
        // A cheap change (level cut-offs) and an expensive one (engagement half-life) at once.
        Thresholds t;
        t.levels.mode = CutoffMode::Score;
        t.levels.core = 1e9;
        t.levels.active = 1e9;
        t.levels.casual = 1e-9; // every member with a score above zero is casual: all 4
        t.engagement.halfLifeDays = 7;
        const auto derived = deriveResults(*before, t);
        QCOMPARE(derived->levels->counts[static_cast<int>(EngagementLevel::Casual)], 4);
        QCOMPARE(derived->thresholds, t);
        // The levels are new, with a new version; the scores are shared and no longer ready
        // (their half-life changed), so the levels derived from them are not ready either.
        QVERIFY(derived->version(Part::Levels) > before->version(Part::Levels));
        QCOMPARE(derived->version(Part::Scores), before->version(Part::Scores));
        QCOMPARE(derived->scores, before->scores);
        QVERIFY(!derived->isReady(Part::Scores));
        QVERIFY(!derived->isReady(Part::Levels));
        QVERIFY(derived->isReady(Part::Funnel)); // untouched by the change
        // A cut-off change alone: the levels are ready at once.
        Thresholds cheap = before->thresholds;
        cheap.levels = t.levels;
        const auto quick = deriveResults(*before, cheap);
        QVERIFY(quick->isReady(Part::Levels));
        // The full update reaches the same levels (the tiny community's scores are all > 0 at
        // either half-life).
        QVERIFY(a.update(cheap).ok());
        QCOMPARE(a.results()->levels->counts, quick->levels->counts);
        QCOMPARE(a.results()->levels->level, quick->levels->level);
        // The source snapshot is untouched.
        QCOMPARE(before->thresholds, Thresholds {});
    }

    void everyOptionFieldCountsAsAChange()
    {
        // Options compare with a defaulted operator==: a field added later cannot escape.
        Thresholds a, b;
        b.rank.floor = 0.25;
        QVERIFY(has(changedInputs(a, b), Part::Ranking));
        b = a;
        b.leaders.explain = 7;
        QVERIFY(has(changedInputs(a, b), Part::Leaders));
        b = a;
        b.churn.lapseGraceDays += 1;
        QVERIFY(has(changedInputs(a, b), Part::Churn));
        b = a;
        b.retentionView.metric = RetentionMetric::RevenueRetained;
        QVERIFY(has(changedInputs(a, b), Part::Retention));
        QCOMPARE(changedInputs(a, a), Parts { 0 });
    }

    void cancelledUpdateCarriesOnLater()
    {
        Analysis a(tinyCommunity());
        std::atomic<bool> stop { true };
        const auto cancelled = a.update({}, TaskControl(&stop));
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.cancelled()); // a code of its own, not a message to match
        QCOMPARE(cancelled.failure().code, ErrorCode::Cancelled);
        QCOMPARE(a.staleParts(), allParts);

        // Stop after the first part has landed: it stays cached.
        stop = false;
        Parts seen = 0;
        const auto partial = a.update({}, TaskControl(&stop), [&](Parts done) {
            seen = done;
            stop = true;
        });
        QVERIFY(!partial.ok());
        QVERIFY(partial.cancelled());
        QVERIFY(seen != 0);
        QCOMPARE(a.staleParts(), allParts & ~seen);
        stop = false;
        const auto rest = a.update({}, TaskControl(&stop));
        QVERIFY(rest.ok());
        QCOMPARE(*rest, allParts & ~seen);
        QCOMPARE(a.staleParts(), Parts(0));
    }

    void progressIsMonotonic()
    {
        Analysis a(tinyCommunity());
        double last = -1;
        bool monotonic = true;
        const auto done = a.update({}, TaskControl(nullptr, [&](double f) {
            monotonic = monotonic && f >= last - 1e-12 && f <= 1.0 + 1e-12;
            last = f;
        }));
        QVERIFY(done.ok());
        QVERIFY(monotonic);
        QCOMPARE(last, 1.0);
    }

    void leaderAccessors()
    {
        Analysis a(tinyCommunity());
        Thresholds t;
        t.leaders.minDegree = 1;
        t.leaders.threshold = 0.0; // every ranked member is a leader
        QVERIFY(a.update(t).ok());
        const auto r = a.results();
        // All four members interact with somebody, so all are in the graph.
        for (Index m = 0; m < 4; ++m) {
            QVERIFY(!std::isnan(r->leaderScore(m)));
            QVERIFY(r->isLeader(m));
        }
        QVERIFY(std::isnan(r->leaderScore(99)));
        // u1 is addressed by u2, u3 and u4: nobody has a higher score.
        for (Index m = 1; m < 4; ++m)
            QVERIFY(r->leaderScore(0) >= r->leaderScore(m));
        // The drawing holds every graph member, and the four edges u1-u2, u2-u3, u1-u3, u1-u4.
        QCOMPARE(r->network->nodes.size(), size_t(4));
        QCOMPARE(r->network->edges.size(), size_t(4));
        for (const auto& node : r->network->nodes) {
            QVERIFY(node.x >= -1.0001f && node.x <= 1.0001f);
            QVERIFY(node.y >= -1.0001f && node.y <= 1.0001f);
        }
    }

    void withDependentsClosesOverInputs()
    {
        QCOMPARE(withDependents(bit(Part::Activity)),
            bit(Part::Activity) | bit(Part::Daily) | bit(Part::Overview) | bit(Part::Churn) | bit(Part::Lifecycle)
                | bit(Part::Cohorts) | bit(Part::Retention) | bit(Part::DayN) | bit(Part::Funnel));
        QCOMPARE(withDependents(bit(Part::Graph)), bit(Part::Graph) | bit(Part::Leaders) | bit(Part::NetworkView));
    }

    void memberScoreHistoryByHand()
    {
        const CommunityPtr c = tinyCommunity();
        // u1 as of 2026-03-10 with the default weights (order 8, view 1, interaction given 2,
        // received 1) and a 30-day half-life: order o1 is 67 days old, o2 and the four
        // interactions (one given, three received) 9 days, the view 2 days.
        const double expected = 8 * std::exp2(-67.0 / 30) + (8 + 2 + 3) * std::exp2(-9.0 / 30) + std::exp2(-2.0 / 30);
        // As of 2026-02-01 only o1 counts, 30 days old: 8 / 2 = 4.
        const std::vector<Timestamp> refs { at("2026-02-01"), at("2026-03-10") };
        const auto sum = memberScoreHistory(*c, {}, ScoreView::Sum, 0, refs);
        QCOMPARE(sum.size(), size_t(2));
        QVERIFY(std::abs(sum[0] - 4.0) < 1e-12);
        QVERIFY(std::abs(sum[1] - expected) < 1e-12);
        // Max view: the largest single decayed weight, o2's 8 · 2^(−0.3).
        const auto max = memberScoreHistory(*c, {}, ScoreView::Max, 0, refs);
        QVERIFY(std::abs(max[1] - 8 * std::exp2(-0.3)) < 1e-12);
        // The whole-community scan agrees at the end of the data.
        const EngagementScores all = computeEngagementScores(*c);
        QVERIFY(std::abs(all.sum[0] - sum[1]) < 1e-9);

        EngagementLevels applied;
        applied.coreThreshold = 10;
        applied.activeThreshold = 5;
        applied.casualThreshold = 1;
        QCOMPARE(int(levelOfScore(12, applied)), int(EngagementLevel::Core));
        QCOMPARE(int(levelOfScore(5, applied)), int(EngagementLevel::Active));
        QCOMPARE(int(levelOfScore(0.5, applied)), int(EngagementLevel::Dormant));
        QCOMPARE(int(levelOfScore(0, applied)), int(EngagementLevel::Dormant));

        // u1's activities per month, January to March: o1; nothing; o2 and the view.
        QCOMPARE(memberActivityByMonth(*c, 0, at("2026-03-10"), 3), (std::vector<int> { 1, 0, 2 }));
    }

    void emptyCommunity()
    {
        CommunityBuilder b;
        Analysis a(b.build());
        const auto done = a.update({});
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().c_str());
        const auto r = a.results();
        QVERIFY(!r->overview->hasOrders);
        QVERIFY(!r->overview->hasInteractions);
        QCOMPARE(r->overview->members.value, 0.0);
        QVERIFY(r->network->nodes.empty());
        QVERIFY(a.recommendFor(0).empty());
    }

    void networkCentresFilledInByTheBestScores()
    {
        // No member reaches a score of 2, so every centre of the drawing comes from the best
        // scores: in the order of the full ranking (verticesByScore), skipping members without
        // ties and a third member of one community.
        const CommunityPtr c = makeDemoCommunity({ 600, 3 });
        Analysis a(c);
        QVERIFY(a.update({}).ok());
        const auto r = a.results();
        LeaderOptions none = r->thresholds.leaders;
        none.selection = LeaderSelection::Score;
        none.threshold = 2.0;
        const LeaderRanking ranking = rankLeaders(*r->graph, none);
        QVERIFY(ranking.leaders.empty());
        NetworkViewOptions options;
        options.iterations = 1;
        const NetworkView view = layoutNetwork(*r->graph, ranking, options);
        std::vector<Vertex> expected;
        std::vector<int> perCommunity(r->graph->summary.communities + 1, 0);
        for (const Vertex v : verticesByScore(ranking)) {
            if (static_cast<int>(expected.size()) == options.leaders)
                break;
            const std::uint32_t community = r->graph->community[v];
            if (r->graph->graph->degree(v) == 0 || perCommunity[community] >= options.centresPerCommunity)
                continue;
            ++perCommunity[community];
            expected.push_back(v);
        }
        QCOMPARE(static_cast<int>(expected.size()), options.leaders);
        std::vector<Vertex> centres;
        for (const auto& node : view.nodes) {
            if (node.centre)
                centres.push_back(node.vertex);
        }
        QCOMPARE(centres, expected);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
