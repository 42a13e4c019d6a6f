#include <cmath>

#include <QTest>

#include "core/metrics/engagement.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

std::size_t rowOf(const DailyActivity& d, const char* date)
{
    return static_cast<std::size_t>(day(date) - d.day.front());
}

int sum(const auto& v)
{
    int s = 0;
    for (int x : v)
        s += x;
    return s;
}

} // namespace

class TestEngagement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dailyActiveMembers()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const DailyActivity d = computeDailyActivity(a);
        // One row per day from 2026-01-05 to 2026-03-31: 27 + 28 + 31 = 86.
        QCOMPARE(d.size(), size_t(86));
        QCOMPARE(d.day.front(), day("2026-01-05"));
        QCOMPARE(d.day.back(), day("2026-03-31"));

        std::size_t i = rowOf(d, "2026-01-06");
        QCOMPARE(d.dau[i], 1); // a
        QCOMPARE(d.wau[i], 1);
        QCOMPARE(d.mau[i], 1);

        QCOMPARE(d.dau[rowOf(d, "2026-02-28")], 2); // b and d
        QCOMPARE(d.dau[rowOf(d, "2026-01-07")], 0);

        // 2026-02-01: WAU window [01-26, 02-01] holds a (01-26), b (02-01), c (01-31) = 3.
        // MAU window [01-03, 02-01]: a, b, c = 3. Sum of DAU in that window:
        // a 01-05, 01-06, 01-25, 01-26 (4) + b 01-20, 01-21, 02-01 (3) + c 01-31 (1) = 8,
        // so stickiness = (8 / 30) / 3 = 8 / 90.
        i = rowOf(d, "2026-02-01");
        QCOMPARE(d.wau[i], 3);
        QCOMPARE(d.mau[i], 3);
        QCOMPARE(d.stickiness[i], 8.0 / 90.0);

        // 2026-03-02: WAU window [02-24, 03-02]: b (02-28), d (02-28, 03-02) = 2.
        QCOMPARE(d.wau[rowOf(d, "2026-03-02")], 2);

        // 2026-03-31: MAU window [03-02, 03-31]: a (03-15, 03-31), d (03-02) = 2; b's 02-28 is
        // just outside. DAU sum 3 (03-02, 03-15, 03-31): stickiness = (3 / 30) / 2 = 0.05.
        i = rowOf(d, "2026-03-31");
        QCOMPARE(d.dau[i], 1);
        QCOMPARE(d.wau[i], 1);
        QCOMPARE(d.mau[i], 2);
        QCOMPARE(d.stickiness[i], 3.0 / 30.0 / 2.0);

        // Drill-down: the lists are the counts.
        for (const char* date : { "2026-02-01", "2026-02-28", "2026-03-31" }) {
            i = rowOf(d, date);
            const Day x = day(date);
            QCOMPARE(int(membersActiveBetween(a, x, x).size()), d.dau[i]);
            QCOMPARE(int(membersActiveBetween(a, x - 6, x).size()), d.wau[i]);
            QCOMPARE(int(membersActiveBetween(a, x - 29, x).size()), d.mau[i]);
        }
        QCOMPARE(membersActiveBetween(a, day("2026-03-02"), day("2026-03-31")), (std::vector<Index> { A, D }));
    }
    void stickinessWhenNobodyIsActive()
    {
        // One member active on 2026-01-01 and 2026-03-01: between, MAU drops to 0 and
        // stickiness is empty (NaN), not 0.
        CommunityBuilder b;
        const Index m = b.addMember({ "m", at("2026-01-01"), "", "", "", "", "", "" });
        b.addEvent({ m, noIndex, at("2026-01-01"), "view" });
        b.addEvent({ m, noIndex, at("2026-03-01"), "view" });
        const CommunityPtr c = b.build();
        const DailyActivity d = computeDailyActivity(computeActivityDays(*c));
        QCOMPARE(d.size(), size_t(60)); // 31 + 28 + 1
        QCOMPARE(d.mau[29], 1); // 01-30: still within 30 days
        QCOMPARE(d.mau[30], 0); // 01-31
        QVERIFY(std::isnan(d.stickiness[30]));
        QCOMPARE(d.stickiness[0], 1.0 / 30.0);
    }
    void emptyCommunity()
    {
        const CommunityPtr c = kinsight::test::emptyCommunity();
        const ActivityDays a = computeActivityDays(*c);
        QCOMPARE(computeDailyActivity(a).size(), size_t(0));
        const StickinessHistogram h = computeStickinessHistogram(a);
        QCOMPARE(sum(h.last7), 0);
        const EngagementScores s = computeEngagementScores(*c);
        QVERIFY(s.sum.empty());
        const EngagementLevels l = bucketLevels(s, {});
        QCOMPARE(sum(l.counts), 0);
        QCOMPARE(computeLifecycle(*c, a, Granularity::Month).size(), size_t(0));
    }
    void histogram()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const StickinessHistogram h = computeStickinessHistogram(a);
        // Last 7 days [03-25, 03-31]: a once; b, c, d, e never.
        QCOMPARE(h.last7[0], 4);
        QCOMPARE(h.last7[1], 1);
        // Last 30 days [03-02, 03-31]: a twice (03-15, 03-31), d once (03-02), others 0.
        QCOMPARE(h.last30[0], 3);
        QCOMPARE(h.last30[1], 1);
        QCOMPARE(h.last30[2], 1);
        QCOMPARE(sum(h.last30), 5);
        QCOMPARE(membersInStickinessBin(h, 30, 2), std::vector<Index> { A });
        QCOMPARE(membersInStickinessBin(h, 30, 0), (std::vector<Index> { B, C, E }));
        QCOMPARE(membersInStickinessBin(h, 7, 1), std::vector<Index> { A });
    }
    void eventTypeKinds()
    {
        QVERIFY(activityKindOfEventType("View") == ActivityKind::View);
        QVERIFY(activityKindOfEventType("check-in") == ActivityKind::CheckIn);
        QVERIFY(activityKindOfEventType("CHECKIN") == ActivityKind::CheckIn);
        QVERIFY(activityKindOfEventType("打卡") == ActivityKind::CheckIn);
        QVERIFY(activityKindOfEventType("attend") == ActivityKind::Attend);
        QVERIFY(activityKindOfEventType("download") == ActivityKind::Other);
    }
    void scoresWithoutDecay()
    {
        const CommunityPtr c = fixtureCommunity();
        EngagementOptions o;
        o.halfLifeDays = 0; // no decay: the scores are plain sums of weights
        const EngagementScores s = computeEngagementScores(*c, o);
        // Weights: view 1, play 1, comment 4, post 5, like 1, order 8, given 2, received 1.
        // a: views 1 + 1, comment 4, post 5 = 11; orders o1, o2, o3 = 24; gave a->b (w1) 2 x 1 = 2;
        //    received b->a (w2) 1 x 2 = 2.  Sum 39, max 8 (an order), 9 activities.
        QCOMPARE(s.sum[A], 39.0);
        QCOMPARE(s.max[A], 8.0);
        QCOMPARE(s.activities[A], 9);
        // b: view 1 + play 1 = 2; o4 (trial, counted) 8 + o6 8 = 16, refunded o5 none;
        //    gave b->a 2 x 2 = 4; received a->b 1 x 1 = 1.  Sum 23.
        QCOMPARE(s.sum[B], 23.0);
        QCOMPARE(s.max[B], 8.0);
        // c: view 1 + trial 8; the self-like counts neither way. d: like 1 + order 8.
        QCOMPARE(s.sum[C], 9.0);
        QCOMPARE(s.sum[D], 9.0);
        QCOMPARE(s.sum[E], 0.0);
        QCOMPARE(s.max[E], 0.0);
    }
    void scoresWithDecayAndReference()
    {
        const CommunityPtr c = fixtureCommunity();
        const EngagementScores s = computeEngagementScores(*c); // half-life 30 days, as of 03-31
        // d: like on 02-28 is 31 days old, the order on 03-02 29 days old.
        QCOMPARE(s.sum[D], std::exp2(-31.0 / 30.0) + 8 * std::exp2(-29.0 / 30.0));
        QCOMPARE(s.max[D], 8 * std::exp2(-29.0 / 30.0));

        // As of 2026-02-01 23:59:59, without decay, a has: views/comment/post of January 10
        // (the 03-31 view is later), o1 + o2 = 16, gave a->b (02-01 12:00) 2; b->a (02-02) is
        // later.  10 + 16 + 2 = 28.
        EngagementOptions o;
        o.halfLifeDays = 0;
        o.reference = at("2026-02-01 23:59:59");
        QCOMPARE(computeEngagementScores(*c, o).sum[A], 28.0);
    }
    void levels()
    {
        const CommunityPtr c = fixtureCommunity();
        EngagementOptions o;
        o.halfLifeDays = 0;
        const EngagementScores s = computeEngagementScores(*c, o);
        // Sums: a 39, b 23, c 9, d 9, e 0. Cut-offs 40 / 10 / 2 (the defaults) put a and b in
        // "active", c and d in "casual", e in "dormant".
        EngagementLevels l = bucketLevels(s, LevelCutoffs {});
        QCOMPARE(l.counts, (std::array<int, 4> { 0, 2, 2, 1 }));
        // Cut-offs 30 / 10 / 2: a core (39), b active (23), c and d casual (9), e dormant.
        LevelCutoffs cut;
        cut.core = 30;
        l = bucketLevels(s, cut);
        QCOMPARE(l.counts, (std::array<int, 4> { 1, 1, 2, 1 }));
        QVERIFY(l.level[A] == EngagementLevel::Core);
        QCOMPARE(membersAtLevel(l, EngagementLevel::Casual), (std::vector<Index> { C, D }));
        // Raising "casual" to 10 re-buckets c and d as dormant: no rescan needed.
        cut.casual = 10;
        l = bucketLevels(s, cut);
        QCOMPARE(l.counts, (std::array<int, 4> { 1, 1, 0, 3 }));
        QCOMPARE(membersAtLevel(l, EngagementLevel::Dormant), (std::vector<Index> { C, D, E }));
        // The max view: every member's best activity is an order (8) >= 4: core; e dormant.
        l = bucketLevels(s, LevelCutoffs::defaultsFor(ScoreView::Max));
        QCOMPARE(l.counts, (std::array<int, 4> { 4, 0, 0, 1 }));
        // Shares of the 4 members with a positive score: top 25 % = 1 member (39), top 50 % =
        // 2 (>= 23), all = 4 (>= 9).
        LevelCutoffs share;
        share.mode = CutoffMode::Share;
        share.core = 0.25;
        share.active = 0.5;
        share.casual = 1.0;
        l = bucketLevels(s, share);
        QCOMPARE(l.counts, (std::array<int, 4> { 1, 1, 2, 1 }));
        QCOMPARE(l.coreThreshold, 39.0);
        QCOMPARE(l.activeThreshold, 23.0);
        QCOMPARE(l.casualThreshold, 9.0);
        // Level lists add up to all members.
        size_t total = 0;
        for (int k = 0; k < engagementLevelCount; ++k)
            total += membersAtLevel(l, static_cast<EngagementLevel>(k)).size();
        QCOMPARE(total, size_t(5));
        QCOMPARE(chineseName(EngagementLevel::Dormant), std::string_view("沉睡"));
    }
    void levelOrderIsKept_data()
    {
        // Sums a 39, b 23, c 9, d 9, e 0 (levels() above). Counts: core, active, casual, dormant.
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("core");
        QTest::addColumn<double>("active");
        QTest::addColumn<double>("casual");
        QTest::addColumn<QList<double>>("applied"); // core, active, casual as bucketLevels applies them
        QTest::addColumn<QList<int>>("counts");
        const int score = static_cast<int>(CutoffMode::Score), share = static_cast<int>(CutoffMode::Share);
        // Core from 5 under Active from 10: active and casual come down to 5, so a, b, c, d (all >= 5)
        // are core and nobody is active; without the clamp 9 would be "active" below a core of 5.
        QTest::newRow("score: core below active")
            << score << 5.0 << 10.0 << 2.0 << QList<double> { 5, 5, 2 } << QList<int> { 4, 0, 0, 1 };
        // Casual from 30 above Active from 20: casual comes down to 20; nobody reaches 40, a and b
        // (>= 20) are active, c and d (9) dormant.
        QTest::newRow("score: casual above active")
            << score << 40.0 << 20.0 << 30.0 << QList<double> { 40, 20, 20 } << QList<int> { 0, 2, 0, 3 };
        QTest::newRow("score: negative") << score << -1.0 << -2.0 << -3.0 << QList<double> { 0, 0, 0 }
                                         << QList<int> { 4, 0, 0, 1 };
        // Shares of the 4 scored members: core 50 % (2 members: from 23), active 25 % raised to 50 %,
        // casual 100 % (from 9): a, b core; c, d casual.
        QTest::newRow("share: active below core")
            << share << 0.5 << 0.25 << 1.0 << QList<double> { 23, 23, 9 } << QList<int> { 2, 0, 2, 1 };
        // Casual 25 % under active 75 % (3 members: >= 9, ties go up: c and d) raised to 75 %.
        QTest::newRow("share: casual below active")
            << share << 0.25 << 0.75 << 0.25 << QList<double> { 39, 9, 9 } << QList<int> { 1, 3, 0, 1 };
        QTest::newRow("share: above 100 %")
            << share << 2.0 << 3.0 << 4.0 << QList<double> { 9, 9, 9 } << QList<int> { 4, 0, 0, 1 };
    }
    void levelOrderIsKept()
    {
        QFETCH(int, mode);
        QFETCH(double, core);
        QFETCH(double, active);
        QFETCH(double, casual);
        QFETCH(QList<double>, applied);
        QFETCH(QList<int>, counts);
        const CommunityPtr c = fixtureCommunity();
        EngagementOptions o;
        o.halfLifeDays = 0;
        const EngagementScores s = computeEngagementScores(*c, o);
        LevelCutoffs cut;
        cut.mode = static_cast<CutoffMode>(mode);
        cut.core = core;
        cut.active = active;
        cut.casual = casual;
        const LevelCutoffs ordered = cut.ordered();
        if (cut.mode == CutoffMode::Score)
            QVERIFY(ordered.core >= ordered.active && ordered.active >= ordered.casual && ordered.casual >= 0);
        else
            QVERIFY(0 <= ordered.core && ordered.core <= ordered.active && ordered.active <= ordered.casual
                && ordered.casual <= 1);
        const EngagementLevels l = bucketLevels(s, cut);
        QCOMPARE((QList<double> { l.coreThreshold, l.activeThreshold, l.casualThreshold }), applied);
        QCOMPARE((QList<int> { l.counts[0], l.counts[1], l.counts[2], l.counts[3] }), counts);
        // Ordered cut-offs are their own order.
        QVERIFY(ordered.ordered() == ordered);
    }
    void lifecycleByMonth()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const Lifecycle l = computeLifecycle(*c, a, Granularity::Month);
        // a: joined Jan, active Jan, Mar  -> Jan new, Feb dormant, Mar resurrecting
        // b: joined Jan, active Jan, Feb  -> Jan new, Feb returning, Mar dormant
        // c: joined Feb, active Jan, Feb  -> Jan resurrecting (before joining), Feb new, Mar dormant
        // d: joined Feb, active Feb, Mar  -> Feb new, Mar returning
        // e: joined Mar, never active     -> nothing
        QCOMPARE(l.size(), size_t(3));
        QCOMPARE(periodLabel(Granularity::Month, l.period[0]), std::string("2026-01"));
        QCOMPARE(l.newMembers, (std::vector<int> { 2, 2, 0 }));
        QCOMPARE(l.returning, (std::vector<int> { 0, 1, 1 }));
        QCOMPARE(l.resurrecting, (std::vector<int> { 1, 0, 1 }));
        QCOMPARE(l.dormant, (std::vector<int> { 0, 1, 2 }));
        // Drill-down lists explain every cell.
        const std::vector<int>* columns[] = { &l.newMembers, &l.returning, &l.resurrecting, &l.dormant };
        for (std::size_t p = 0; p < l.size(); ++p) {
            for (int s = 0; s < 4; ++s) {
                const auto members
                    = lifecycleMembers(*c, a, Granularity::Month, l.period[p], static_cast<LifecycleStatus>(s));
                QCOMPARE(int(members.size()), (*columns[s])[p]);
            }
        }
        QCOMPARE(lifecycleMembers(*c, a, Granularity::Month, l.period[2], LifecycleStatus::Dormant),
            (std::vector<Index> { B, C }));
    }
    void lifecycleOfMemberActiveOnlyBeforeJoining()
    {
        // Joined in February, active only in January (a data error): January resurrecting (a
        // period before joining is never "new"), February dormant; never new.
        CommunityBuilder b;
        const Index m = b.addMember({ "m", at("2026-02-01"), "", "", "", "", "", "" });
        b.addEvent({ m, noIndex, at("2026-01-15"), "view" });
        const CommunityPtr c = b.build();
        const Lifecycle l = computeLifecycle(*c, computeActivityDays(*c), Granularity::Month);
        QCOMPARE(l.size(), size_t(2)); // January (the activity) .. February (the join, the end of the data)
        QCOMPARE(l.newMembers, (std::vector<int> { 0, 0 }));
        QCOMPARE(l.resurrecting, (std::vector<int> { 1, 0 }));
        QCOMPARE(l.dormant, (std::vector<int> { 0, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
