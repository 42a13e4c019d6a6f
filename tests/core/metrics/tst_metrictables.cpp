#include <sstream>

#include <QTest>

#include "core/metrics/metrictables.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

std::string csv(const Table& t)
{
    std::ostringstream out;
    writeCsv(t, out);
    return out.str();
}

} // namespace

// The commands' output, byte for byte, as data contract §3 specifies it.
class TestMetricTables : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retention()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        // Cells after the end of the data are empty, not 0.
        QCOMPARE(csv(retentionTable(retentionMatrix(computeCohortCounts(*c, a)))),
            std::string("cohort,size,p0,p1,p2\n"
                        "2026-01,2,1,0.5,0.5\n"
                        "2026-02,2,1,0.5,\n"
                        "2026-03,1,0,,\n"));
        const std::string weekly = csv(retentionTable(retentionMatrix(computeCohortCounts(*c, a, Granularity::Week))));
        QVERIFY(weekly.starts_with(
            "cohort,size,p0,p1,p2,p3,p4,p5,p6,p7,p8,p9,p10,p11,p12\n2026-W02,1,1,0,1,1,0,0,0,0,0,1,0,0,1\n"));
        // 2026-W09 holds d (Saturday 02-28, active then and on Monday 03-02) and e (Sunday 03-01).
        QVERIFY(weekly.ends_with("2026-W09,2,0.5,0.5,0,0,0,0,,,,,,,\n"));
        // With a breakdown and the mean row.
        QCOMPARE(csv(retentionTable(
                     retentionMatrix(computeCohortCounts(*c, a, Granularity::Month, CohortBreakdown::Channel)), true)),
            std::string("cohort,group,size,p0,p1,p2\n"
                        "2026-01,douyin,1,1,1,0\n"
                        "2026-01,wechat,1,1,0,1\n"
                        "2026-02,wechat,1,1,1,\n"
                        "2026-02,(none),1,1,0,\n"
                        "2026-03,(none),1,0,,\n"
                        "mean,,5,0.8,0.5,0.5\n"));
    }
    void funnel()
    {
        const CommunityPtr c = fixtureCommunity();
        QCOMPARE(csv(funnelTable(computeFunnel(*c, computeActivityDays(*c)))),
            std::string("step,members,rate_from_previous,rate_from_start\n"
                        "joined,5,1,1\n"
                        "activated,4,0.8,0.8\n"
                        "paying,3,0.75,0.6\n"
                        "repeat,1,0.3333333333333333,0.2\n"
                        "trial,2,,0.4\n"
                        "trial_to_paid,1,0.5,0.2\n"));
    }
    void tiers()
    {
        const CommunityPtr c = fixtureCommunity();
        QCOMPARE(csv(tiersTable(computePricing(*c))),
            std::string("tier,products,buyers,paid_orders,revenue,arppu,refund_rate,repeat_rate\n"
                        "basic,2,2,3,25.00,12.50,0,0.5\n"
                        "premium,1,2,2,198.00,99.00,0.25,0\n"
                        "(none),1,0,0,0.00,,0,\n"));
    }
    void arppuRoundsHalfUp()
    {
        // 100.00 over 3 buyers = 33.333… -> 33.33; 0.05 over 2 = 0.025 -> 0.03.
        CommunityBuilder b;
        const Index p = b.addProduct({ "p", "P", ProductKind::Course, "t", noCents, "", "", noTimestamp });
        const Index q = b.addProduct({ "q", "Q", ProductKind::Course, "u", noCents, "", "", noTimestamp });
        for (int i = 0; i < 3; ++i) {
            const Index m = b.addMember({ "m" + std::to_string(i), at("2026-01-01"), "", "", "", "", "", "" });
            b.addOrder({ "p" + std::to_string(i), m, p, at("2026-01-02"), i == 0 ? 3334 : 3333, OrderType::Purchase,
                Plan::None, OrderStatus::Paid });
            if (i < 2)
                b.addOrder({ "q" + std::to_string(i), m, q, at("2026-01-02"), i == 0 ? 3 : 2, OrderType::Purchase,
                    Plan::None, OrderStatus::Paid });
        }
        const Table t = tiersTable(computePricing(*b.build()));
        QCOMPARE(cellText(t.rows[0][5]), std::string("33.33"));
        QCOMPARE(cellText(t.rows[1][5]), std::string("0.03"));
    }
    void engagement()
    {
        const CommunityPtr c = fixtureCommunity();
        const Table t = engagementTable(computeDailyActivity(computeActivityDays(*c)));
        QCOMPARE(t.columns, (std::vector<std::string> { "day", "dau", "wau", "mau", "stickiness" }));
        QCOMPARE(t.rows.size(), size_t(86));
        const std::string text = csv(t);
        QVERIFY(text.starts_with("day,dau,wau,mau,stickiness\n2026-01-05,1,1,1,0.03333333333333333\n"));
        QVERIFY(text.ends_with("2026-03-31,1,1,2,0.05\n"));
    }
    void emptyDatabase()
    {
        const CommunityPtr c = emptyCommunity();
        const ActivityDays a = computeActivityDays(*c);
        QCOMPARE(csv(engagementTable(computeDailyActivity(a))), std::string("day,dau,wau,mau,stickiness\n"));
        QCOMPARE(csv(retentionTable(retentionMatrix(computeCohortCounts(*c, a)))), std::string("cohort,size\n"));
        QCOMPARE(csv(tiersTable(computePricing(*c))),
            std::string("tier,products,buyers,paid_orders,revenue,arppu,refund_rate,repeat_rate\n"));
        QCOMPARE(csv(funnelTable(computeFunnel(*c, a))),
            std::string("step,members,rate_from_previous,rate_from_start\n"
                        "joined,0,1,\n"
                        "activated,0,,\n"
                        "paying,0,,\n"
                        "repeat,0,,\n"
                        "trial,0,,\n"
                        "trial_to_paid,0,,\n"));
    }
};

QTEST_GUILESS_MAIN(TestMetricTables)
#include "tst_metrictables.moc"
