#include <QTest>

#include "core/metrics/rfm.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

class TestRfm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scores()
    {
        const CommunityPtr c = fixtureCommunity();
        const RfmScores s = computeRfm(*c);
        // Paid orders (status paid, amount > 0), as of the end of the data, 2026-03-31:
        //   a: o1 10.00, o2 10.00, o3 99.00 (03-15)  R = 16 days, F = 3, M = 119.00
        //   b: o6 99.00 (02-01)                        R = 27 + 31 = 58, F = 1, M = 99.00
        //   d: o8 5.00 (03-02)                         R = 29, F = 1, M = 5.00
        //   c has only a free trial, e nothing: no RFM.
        QCOMPARE(s.buyers, 3);
        QCOMPARE(s.recencyDays[A], 16);
        QCOMPARE(s.recencyDays[B], 58);
        QCOMPARE(s.recencyDays[D], 29);
        QCOMPARE(s.recencyDays[C], -1);
        QCOMPARE(s.frequency[A], 3);
        QCOMPARE(s.monetary[A], Cents(11900));
        // Score = 1 + floor(5 x worse / 3):
        //   R: a has 2 worse (29, 58) -> 1 + 3 = 4; d has 1 -> 1 + 1 = 2; b has 0 -> 1.
        //   F: a has 2 worse -> 4; b and d tie at 1 with 0 worse -> 1.
        //   M: a 2 worse -> 4; b (99.00) 1 worse -> 2; d 0 -> 1.
        QCOMPARE((std::array<int, 3> { s.r[A], s.f[A], s.m[A] }), (std::array<int, 3> { 4, 4, 4 }));
        QCOMPARE((std::array<int, 3> { s.r[B], s.f[B], s.m[B] }), (std::array<int, 3> { 1, 1, 2 }));
        QCOMPARE((std::array<int, 3> { s.r[D], s.f[D], s.m[D] }), (std::array<int, 3> { 2, 1, 1 }));
        QCOMPARE(int(s.r[C]), 0);

        const RfmSegments seg = segmentRfm(s);
        QVERIFY(seg.segment[A] == RfmSegment::Champions);
        QVERIFY(seg.segment[B] == RfmSegment::Lost); // 1-1-2
        QVERIFY(seg.segment[D] == RfmSegment::Lost); // 2-1-1
        QVERIFY(seg.segment[C] == RfmSegment::NoPurchase);
        QCOMPARE(seg.counts[static_cast<int>(RfmSegment::Lost)], 2);
        QCOMPARE(membersInSegment(seg, RfmSegment::NoPurchase), (std::vector<Index> { C, E }));
    }
    void quintilesOfTen()
    {
        // Ten buyers with 1..10 paid orders of 1.00 each, all on the last day: F and M scores go
        // 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 (worse = 0..9, 1 + floor(5 x worse / 10)); everyone
        // ties on recency (R = 1 + floor(0) = 1).
        CommunityBuilder b;
        const Index p = b.addProduct({ "p", "P", ProductKind::Course, "", noCents, "", "", noTimestamp });
        for (int i = 0; i < 10; ++i) {
            const Index m = b.addMember({ "m" + std::to_string(i), at("2026-01-01"), "", "", "", "", "", "" });
            for (int k = 0; k <= i; ++k)
                b.addOrder({ "o" + std::to_string(i) + "_" + std::to_string(k), m, p, at("2026-01-10"), 100,
                    OrderType::Purchase, Plan::None, OrderStatus::Paid });
        }
        const RfmScores s = computeRfm(*b.build());
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(int(s.f[static_cast<std::size_t>(i)]), 1 + i / 2);
            QCOMPARE(int(s.m[static_cast<std::size_t>(i)]), 1 + i / 2);
            QCOMPARE(int(s.r[static_cast<std::size_t>(i)]), 1);
        }
    }
    void rulesCoverEveryCombination()
    {
        RfmScores s;
        for (int r = 1; r <= 5; ++r) {
            for (int f = 1; f <= 5; ++f) {
                for (int m = 1; m <= 5; ++m) {
                    s.r.push_back(static_cast<std::uint8_t>(r));
                    s.f.push_back(static_cast<std::uint8_t>(f));
                    s.m.push_back(static_cast<std::uint8_t>(m));
                }
            }
        }
        const RfmSegments seg = segmentRfm(s);
        QCOMPARE(seg.counts[static_cast<int>(RfmSegment::NoPurchase)], 0); // every combination lands
        auto at = [&](int r, int f, int m) {
            return seg.segment[static_cast<std::size_t>((r - 1) * 25 + (f - 1) * 5 + (m - 1))];
        };
        // Precedence where the usual ranges overlap:
        QVERIFY(at(5, 5, 5) == RfmSegment::Champions);
        QVERIFY(at(1, 5, 5) == RfmSegment::CantLoseThem); // also "at risk"
        QVERIFY(at(2, 4, 4) == RfmSegment::AtRisk); // also "loyal"
        QVERIFY(at(2, 2, 2) == RfmSegment::Lost); // also "at risk", "need attention", "about to sleep"
        QVERIFY(at(3, 4, 4) == RfmSegment::Loyal);
        QVERIFY(at(4, 1, 1) == RfmSegment::New); // also "promising", "potential loyalist"
        QVERIFY(at(3, 1, 1) == RfmSegment::Promising);
        QVERIFY(at(3, 3, 3) == RfmSegment::NeedAttention); // also "loyal"
        QVERIFY(at(4, 3, 3) == RfmSegment::Loyal);
        QVERIFY(at(3, 2, 2) == RfmSegment::NeedAttention); // also "about to sleep"
        QVERIFY(at(3, 2, 1) == RfmSegment::AboutToSleep);
        QVERIFY(at(5, 2, 3) == RfmSegment::PotentialLoyalist);
        // Gaps of the usual table fall back by recency.
        QVERIFY(at(5, 1, 5) == RfmSegment::PotentialLoyalist);
        QVERIFY(at(3, 1, 5) == RfmSegment::NeedAttention);
        QVERIFY(at(1, 1, 5) == RfmSegment::AtRisk);
    }
    void planTerms()
    {
        QCOMPARE(planTermEnd(TimeZone::utc(), at("2026-01-31 10:00"), Plan::Monthly), day("2026-02-28"));
        QCOMPARE(planTermEnd(TimeZone::utc(), at("2028-01-31"), Plan::Monthly), day("2028-02-29"));
        QCOMPARE(planTermEnd(TimeZone::utc(), at("2028-02-29"), Plan::Annual), day("2029-02-28"));
        QCOMPARE(planTermEnd(TimeZone::utc(), at("2026-11-30"), Plan::Quarterly), day("2027-02-28"));
        QCOMPARE(planTermEnd(TimeZone::utc(), at("2026-12-15"), Plan::Monthly), day("2027-01-15"));
    }
    void churnRisk()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        // Defaults: silent >= 30 days after >= 3 active days; falling needs >= 4 days in the
        // earlier 30-day window. End 03-31.
        //   b: last active 02-28, 31 days ago, 4 active days -> silent.
        //   c: silent 49 days but only 2 active days -> not "was active".
        //   a: active 03-31; d: active 03-02 -> not silent.
        ChurnRisk r = computeChurnRisk(*c, a);
        QCOMPARE(r.flagged, 1);
        QCOMPARE(int(r.reasons[B]), int(ChurnSilent));
        QCOMPARE(r.byReason, (std::array<int, 3> { 1, 0, 0 }));
        // Falling with at least 2 days in the earlier window [01-31, 03-01] and < half as many in
        // the last [03-02, 03-31]:
        //   b: 2 (02-01, 02-28) then 0 -> falling;  c: 2 (01-31, 02-10) then 0 -> falling;
        //   a: 0 then 2 -> no;  d: 1 (02-28) < 2 -> no.
        ChurnOptions o;
        o.minPreviousActiveDays = 2;
        r = computeChurnRisk(*c, a, o);
        QCOMPARE(r.flagged, 2);
        QCOMPARE(int(r.reasons[B]), ChurnSilent | ChurnFalling);
        QCOMPARE(int(r.reasons[C]), int(ChurnFalling));
        QCOMPARE(r.byReason, (std::array<int, 3> { 1, 2, 0 }));
        QCOMPARE(churnRiskMembers(r), (std::vector<Index> { B, C }));
        QCOMPARE(churnRiskMembers(r, ChurnSilent), std::vector<Index> { B });
        // N = 32: b (31 days) is no longer silent.
        o.silentDays = 32;
        QCOMPARE(int(computeChurnRisk(*c, a, o).reasons[B]), int(ChurnFalling));
    }
    void lapsedPlans()
    {
        // x: monthly plan 2026-01-10 (term ends 02-10), renewed 02-12, term ends 03-12: with 7
        //    days' grace lapsed from 03-19. y: annual plan 2025-03-01 renewed as monthly on
        //    2026-03-05, term ends 04-05, lapsed from 04-12. z: monthly 2026-04-20, still running.
        //    End of the data 2026-04-30.
        CommunityBuilder b;
        const Index p = addPlanRenewals(b).product;
        const Index z = b.addMember({ "z", at("2025-01-01"), "", "", "", "", "", "" });
        b.addOrder({ "z1", z, p, at("2026-04-20"), 3000, OrderType::Subscription, Plan::Monthly, OrderStatus::Paid });
        b.addEvent({ z, noIndex, at("2026-04-30"), "view" });
        const CommunityPtr c = b.build();
        const ChurnRisk r = computeChurnRisk(*c, computeActivityDays(*c));
        QCOMPARE(churnRiskMembers(r, ChurnLapsed), (std::vector<Index> { 0, 1 }));
    }
    void emptyCommunity()
    {
        const CommunityPtr c = kinsight::test::emptyCommunity();
        const RfmScores s = computeRfm(*c);
        QCOMPARE(s.buyers, 0);
        QVERIFY(segmentRfm(s).segment.empty());
        QCOMPARE(computeChurnRisk(*c, computeActivityDays(*c)).flagged, 0);
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
