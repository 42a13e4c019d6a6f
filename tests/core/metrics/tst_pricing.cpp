#include <cmath>

#include <QTest>

#include "core/metrics/pricing.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

class TestPricing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tiers()
    {
        const CommunityPtr c = fixtureCommunity();
        const Pricing p = computePricing(*c);
        // Rows by name, "(none)" last: basic (p1, p4), premium (p2), (none) (p3).
        QCOMPARE(p.tiers.size(), size_t(3));
        const TierRow& basic = p.tiers[0];
        const TierRow& premium = p.tiers[1];
        const TierRow& none = p.tiers[2];
        QCOMPARE(basic.tier, std::string("basic"));
        QCOMPARE(none.tier, std::string("(none)"));
        // basic: products p1 and p4 (unsold, still counted); orders o1, o2 (a), o8 (d), all paid:
        // revenue 10 + 10 + 5 = 25.00, buyers a, d; a bought twice: repeat 1 / 2; ARPPU 12.50.
        QCOMPARE(basic.products, 2);
        QCOMPARE(basic.buyers, 2);
        QCOMPARE(basic.paidOrders, 3);
        QCOMPARE(basic.revenue, Cents(2500));
        QCOMPARE(basic.arppu, 12.5);
        QCOMPARE(basic.refundRate, 0.0);
        QCOMPARE(basic.repeatRate, 0.5);
        // premium: orders o3 (a), o4 (b, free trial), o5 (b, refunded), o6 (b): 4 orders, refund
        // rate 1 / 4; paid o3 and o6: revenue 198.00, buyers a and b (once each): repeat 0.
        QCOMPARE(premium.orders, 4);
        QCOMPARE(premium.refundRate, 0.25);
        QCOMPARE(premium.paidOrders, 2);
        QCOMPARE(premium.revenue, Cents(19800));
        QCOMPARE(premium.buyers, 2);
        QCOMPARE(premium.arppu, 99.0);
        QCOMPARE(premium.repeatRate, 0.0);
        // (none): c's free trial only: no buyers, so no ARPPU or repeat rate; refund rate 0 / 1.
        QCOMPARE(none.products, 1);
        QCOMPARE(none.buyers, 0);
        QVERIFY(std::isnan(none.arppu));
        QVERIFY(std::isnan(none.repeatRate));
        QCOMPARE(none.refundRate, 0.0);
        // Drill-down.
        QCOMPARE(tierBuyers(*c, p, 0), (std::vector<Index> { A, D }));
        QCOMPARE(tierBuyers(*c, p, 1), (std::vector<Index> { A, B }));
        QVERIFY(tierBuyers(*c, p, 2).empty());
    }
    void freeEnrolments()
    {
        // A free tier: a enrols twice (counted once), b once; c's zero-amount trial and d's refunded
        // zero-amount order are not enrolments; e pays for the free course's paid sibling.
        CommunityBuilder b;
        const auto member = [&](const char* id) {
            return b.addMember({ id, at("2026-01-01 09:00:00"), "", "", "", "", "", "" });
        };
        const Index a = member("a"), bb = member("b"), c = member("c"), d = member("d"), e = member("e");
        const Index f1 = b.addProduct({ "f1", "Free course", ProductKind::Course, "free", 0, "", "", noTimestamp });
        const Index f2 = b.addProduct({ "f2", "Paid course", ProductKind::Course, "free", 1900, "", "", noTimestamp });
        using T = OrderType;
        const OrderStatus paid = OrderStatus::Paid;
        b.addOrder({ "o1", a, f1, at("2026-01-02 10:00"), 0, T::Purchase, Plan::None, paid });
        b.addOrder({ "o2", a, f1, at("2026-01-09 10:00"), 0, T::Purchase, Plan::None, paid });
        b.addOrder({ "o3", bb, f1, at("2026-01-03 10:00"), 0, T::Purchase, Plan::None, paid });
        b.addOrder({ "o4", c, f1, at("2026-01-04 10:00"), 0, T::Trial, Plan::None, paid });
        b.addOrder({ "o5", d, f1, at("2026-01-05 10:00"), 0, T::Purchase, Plan::None, OrderStatus::Refunded });
        b.addOrder({ "o6", e, f2, at("2026-01-06 10:00"), 1900, T::Purchase, Plan::None, paid });
        const CommunityPtr community = b.build();
        const Pricing p = computePricing(*community);
        QCOMPARE(p.tiers.size(), size_t(1));
        QCOMPARE(p.tiers[0].freeMembers, 2); // a and b
        QCOMPARE(p.tiers[0].buyers, 1); // e
        QCOMPARE(p.tiers[0].orders, 6);
    }

    void monthsMrrAndLtv()
    {
        const CommunityPtr c = fixtureCommunity();
        const Pricing p = computePricing(*c);
        // Months from the first paid order (January) to the end of the data (March).
        QCOMPARE(p.months.size(), size_t(3));
        QCOMPARE(p.revenueByTierMonth[0], (std::vector<Cents> { 2000, 0, 500 })); // basic
        QCOMPARE(p.revenueByTierMonth[1], (std::vector<Cents> { 0, 9900, 9900 })); // premium
        // MRR: only o3 is a plan order (monthly 99.00 in March).
        QCOMPARE(p.mrr, (std::vector<double> { 0, 0, 99 }));
        const PlanRow& monthly = p.plans[0];
        QCOMPARE(monthly.subscribers, 1);
        QCOMPARE(monthly.revenue, Cents(9900));
        QCOMPARE(monthly.dueTerms, 0); // o3's term ends 04-15
        QVERIFY(std::isnan(monthly.renewalRate));
        // LTV window: the complete months before March: January and February.
        // basic: January a paid 20.00 -> monthly ARPPU 20 (February has no buyer); of January's
        // 1 buyer none bought in February -> churn 1. Projected 20 / 1 = 20; observed 12.50.
        QCOMPARE(p.tiers[0].monthlyArppu, 20.0);
        QCOMPARE(p.tiers[0].monthlyChurn, 1.0);
        QCOMPARE(p.tiers[0].ltvProjected, 20.0);
        QCOMPARE(p.tiers[0].ltvObserved, 12.5);
        // premium: February's ARPPU 99, but no month with buyers before another: no churn data.
        QCOMPARE(p.tiers[1].monthlyArppu, 99.0);
        QVERIFY(std::isnan(p.tiers[1].ltvProjected));
    }
    void churnFloor()
    {
        // One member buying a 10.00 tier every month January..April, end in May: ARPPU 10, churn
        // 0 in every window month -> projected LTV = 10 / floor (0.02) = 500.
        CommunityBuilder b;
        const Index m = b.addMember({ "m", at("2026-01-01"), "", "", "", "", "", "" });
        const Index p = b.addProduct({ "p", "P", ProductKind::Column, "std", noCents, "", "", noTimestamp });
        for (int month = 1; month <= 4; ++month)
            b.addOrder({ "o" + std::to_string(month), m, p, at(("2026-0" + std::to_string(month) + "-05").c_str()),
                1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addEvent({ m, noIndex, at("2026-05-02"), "view" });
        const CommunityPtr c = b.build();
        const Pricing pr = computePricing(*c);
        QCOMPARE(pr.tiers[0].monthlyChurn, 0.0);
        QCOMPARE(pr.tiers[0].ltvProjected, 500.0);
        PricingOptions o;
        o.churnFloor = 0.1; // 10 / 0.1
        QCOMPARE(computePricing(*c, o).tiers[0].ltvProjected, 100.0);
    }
    void plansAndRenewals()
    {
        // x: monthly 2026-01-10 (term ends 02-10), renewal 02-12 (within 7 days' grace: renewed),
        //    term 2 ends 03-12: due, not renewed.
        // y: annual 1200.00 on 2025-03-01 (ends 2026-03-01), renewed by a monthly 30.00 on
        //    2026-03-05 (a plan switch counts), that term ends 04-05: due, not renewed.
        // End of the data 2026-04-30.
        CommunityBuilder b;
        const Index x = addPlanRenewals(b).x;
        b.addEvent({ x, noIndex, at("2026-04-30"), "view" });
        const CommunityPtr c = b.build();
        const Pricing pr = computePricing(*c);
        const PlanRow& monthly = pr.plans[0];
        const PlanRow& annual = pr.plans[2];
        QCOMPARE(monthly.subscribers, 2);
        QCOMPARE(monthly.paidOrders, 3);
        QCOMPARE(monthly.renewalOrders, 2);
        QCOMPARE(monthly.dueTerms, 3); // x1, x2, y2
        QCOMPARE(monthly.renewedTerms, 1); // x1
        QCOMPARE(monthly.renewalRate, 1.0 / 3.0);
        QCOMPARE(annual.dueTerms, 1);
        QCOMPARE(annual.renewalRate, 1.0);
        QCOMPARE(pr.plans[1].subscribers, 0); // quarterly
        // MRR from 2025-03 to 2026-04: the annual plan spreads 100.00 over 2025-03..2026-02;
        // x adds 30.00 in 2026-01 and 2026-02; y's monthly 30.00 in 2026-03.
        QCOMPARE(pr.months.size(), size_t(14));
        QCOMPARE(pr.mrr[0], 100.0);
        QCOMPARE(pr.mrr[10], 130.0); // 2026-01
        QCOMPARE(pr.mrr[11], 130.0);
        QCOMPARE(pr.mrr[12], 30.0);
        QCOMPARE(pr.mrr[13], 0.0);
        QCOMPARE(planSubscribers(*c, Plan::Monthly), (std::vector<Index> { 0, 1 }));
        QCOMPARE(planSubscribers(*c, Plan::Annual), std::vector<Index> { 1 });
    }
    void emptyCommunity()
    {
        const Pricing p = computePricing(*kinsight::test::emptyCommunity());
        QVERIFY(p.tiers.empty());
        QVERIFY(p.months.empty());
        QCOMPARE(p.plans[0].subscribers, 0);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
