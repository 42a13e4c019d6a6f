#include <cmath>

#include <QTest>

#include "core/metrics/funnel.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

std::array<int, 6> counts(int joined, int activated, int paying, int repeat, int trial, int trialToPaid)
{
    return { joined, activated, paying, repeat, trial, trialToPaid };
}

} // namespace

class TestFunnel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contractFunnel()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const Funnel f = computeFunnel(*c, a);
        // joined 5; activated a, b, c, d (c's activity includes the view before joining), not e;
        // paying a, b, d (c only has a free trial); repeat a (3 paid orders);
        // trial b (o4), c (o7); trial-to-paid b (o6 on 02-01 after the 01-20 trial; the
        // refunded o5 does not count).
        QCOMPARE(f.total.members, counts(5, 4, 3, 1, 2, 1));
        QCOMPARE(rateFromStart(f.total, FunnelStep::Activated), 0.8);
        QCOMPARE(rateFromPrevious(f.total, FunnelStep::Paying), 0.75); // 3 / 4
        QCOMPARE(rateFromPrevious(f.total, FunnelStep::Repeat), 1.0 / 3.0);
        QCOMPARE(rateFromStart(f.total, FunnelStep::Repeat), 0.2);
        QCOMPARE(rateFromPrevious(f.total, FunnelStep::Joined), 1.0);
        QVERIFY(std::isnan(rateFromPrevious(f.total, FunnelStep::Trial)));
        QCOMPARE(rateFromStart(f.total, FunnelStep::Trial), 0.4);
        QCOMPARE(rateFromPrevious(f.total, FunnelStep::TrialToPaid), 0.5); // 1 / 2
        QCOMPARE(rateFromStart(f.total, FunnelStep::TrialToPaid), 0.2);
        // Time to convert: b's trial 01-20 10:00 -> o6 02-01 10:00 = 12 days.
        QCOMPARE(f.medianDaysTrialToPaid, 12.0);
        // Joining to first payment: a 2 h, b 12 d 1 h, d 1 d 10 h 0 min 1 s: the median is d's.
        QCOMPARE(f.medianDaysJoinToPaid, (86400.0 + 36001.0) / 86400.0);
        // Drill-down.
        QCOMPARE(funnelMembers(f, FunnelStep::Activated), (std::vector<Index> { A, B, C, D }));
        QCOMPARE(funnelMembers(f, FunnelStep::Paying), (std::vector<Index> { A, B, D }));
        QCOMPARE(funnelMembers(f, FunnelStep::TrialToPaid), std::vector<Index> { B });
        for (int s = 0; s < funnelStepCount; ++s)
            QCOMPARE(
                int(funnelMembers(f, static_cast<FunnelStep>(s)).size()), f.total.members[static_cast<std::size_t>(s)]);
    }
    void conversionWindow()
    {
        const CommunityPtr c = fixtureCommunity();
        FunnelOptions o;
        o.windowDays = 7;
        const Funnel f = computeFunnel(*c, computeActivityDays(*c), o);
        // Within 7 days of joining:
        //   activated: a (o1 2 h later), b (trial 1 h later), c (trial 1 h later; its earlier view
        //   is before joining, so outside), d (like at the very second of joining) -> 4
        //   paying: a (o1), d (o8, 1.4 days); b's o6 is 12 days after joining -> 2
        //   repeat: a's o2 is 20 days after joining -> 0
        //   trial: b, c -> 2; trial-to-paid: b's o6 is 12 days after the trial -> 0
        QCOMPARE(f.total.members, counts(5, 4, 2, 0, 2, 0));
        QVERIFY(std::isnan(f.medianDaysTrialToPaid));
        o.windowDays = 12; // 12 x 86400 s: b's o6 at 02-01 10:00 is 12 d 1 h after joining, 12 d after the trial
        const Funnel g = computeFunnel(*c, computeActivityDays(*c), o);
        QCOMPARE(g.total.members, counts(5, 4, 2, 0, 2, 1));
    }
    void breakdownByChannelAndCohort()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        FunnelOptions o;
        o.breakdown = FunnelBreakdown::Channel;
        Funnel f = computeFunnel(*c, a, o);
        QCOMPARE(f.groups.size(), size_t(3));
        QCOMPARE(f.groups[0].label, std::string("douyin")); // b
        QCOMPARE(f.groups[0].members, counts(1, 1, 1, 0, 1, 1));
        QCOMPARE(f.groups[1].label, std::string("wechat")); // a, d
        QCOMPARE(f.groups[1].members, counts(2, 2, 2, 1, 0, 0));
        QCOMPARE(f.groups[2].label, std::string("(none)")); // c, e
        QCOMPARE(f.groups[2].members, counts(2, 1, 0, 0, 1, 0));
        // Groups add up to the total, and their drill-down lists to their counts.
        for (int s = 0; s < funnelStepCount; ++s) {
            int sum = 0;
            for (int g = 0; g < 3; ++g) {
                sum += f.groups[static_cast<std::size_t>(g)].members[static_cast<std::size_t>(s)];
                QCOMPARE(int(funnelMembers(f, static_cast<FunnelStep>(s), g).size()),
                    f.groups[static_cast<std::size_t>(g)].members[static_cast<std::size_t>(s)]);
            }
            QCOMPARE(sum, f.total.members[static_cast<std::size_t>(s)]);
        }
        o.breakdown = FunnelBreakdown::CohortMonth;
        f = computeFunnel(*c, a, o);
        QCOMPARE(f.groups.size(), size_t(3));
        QCOMPARE(f.groups[1].label, std::string("2026-02")); // c, d
        QCOMPARE(f.groups[1].members, counts(2, 2, 1, 0, 1, 0));
        QCOMPARE(f.groups[2].members, counts(1, 0, 0, 0, 0, 0)); // e
    }
    void activeOnlyBeforeJoining()
    {
        // A data error: the member's only activity (a free trial) is before joined_at. Without a
        // window it counts as activated and as a trial member (the contract's conditions hold);
        // a window counts from joining, so it drops out.
        CommunityBuilder b;
        const Index m = b.addMember({ "m", at("2026-02-01"), "", "", "", "", "", "" });
        const Index p = b.addProduct({ "p", "P", ProductKind::Course, "", noCents, "", "", noTimestamp });
        b.addOrder({ "t", m, p, at("2026-01-15"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
        const CommunityPtr c = b.build();
        const ActivityDays a = computeActivityDays(*c);
        QCOMPARE(computeFunnel(*c, a).total.members, counts(1, 1, 0, 0, 1, 0));
        FunnelOptions o;
        o.windowDays = 30;
        QCOMPARE(computeFunnel(*c, a, o).total.members, counts(1, 0, 0, 0, 0, 0));
    }
    void emptyCommunity()
    {
        const CommunityPtr c = kinsight::test::emptyCommunity();
        const Funnel f = computeFunnel(*c, computeActivityDays(*c));
        QCOMPARE(f.total.members, counts(0, 0, 0, 0, 0, 0));
        QVERIFY(std::isnan(rateFromStart(f.total, FunnelStep::Joined)));
        QCOMPARE(rateFromPrevious(f.total, FunnelStep::Joined), 1.0);
        QVERIFY(std::isnan(f.medianDaysJoinToPaid));
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
