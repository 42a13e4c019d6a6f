#include <QTest>

#include "core/recommend/feedback.h"
#include "core/recommend/ranking.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::day;

class TestFeedback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairsFollowTheContract()
    {
        CommunityBuilder b;
        const Index x = b.addMember({ "x", day(0), "", "", "", "", "", "" });
        const Index y = b.addMember({ "y", day(0), "", "", "", "", "", "" });
        const Index p1 = b.addProduct({ "p1", "A", ProductKind::Course, "", 990, "", "", noTimestamp });
        const Index p2 = b.addProduct({ "p2", "B", ProductKind::Course, "", 990, "", "", noTimestamp });
        const Index p3 = b.addProduct({ "p3", "C", ProductKind::Course, "", 990, "", "", noTimestamp });
        const Index p4 = b.addProduct({ "p4", "D", ProductKind::Course, "", 990, "", "", noTimestamp });
        // Code points: "abc" < "p1" < "课程" (U+8BFE is above every ASCII letter).
        const Index zh = b.addProduct({ "课程", "E", ProductKind::Course, "", 990, "", "", noTimestamp });
        const Index abc = b.addProduct({ "abc", "F", ProductKind::Course, "", 990, "", "", noTimestamp });
        b.addOrder({ "o1", x, p1, day(5), 990, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o2", x, p1, day(9), 990, OrderType::Renewal, Plan::None, OrderStatus::Paid }); // same pair
        b.addOrder({ "o3", x, p2, day(2), 0, OrderType::Trial, Plan::None, OrderStatus::Paid }); // free: no pair
        b.addOrder({ "o4", x, p3, day(3), 990, OrderType::Purchase, Plan::None, OrderStatus::Refunded }); // no pair
        b.addRating({ x, p1, 4, day(1), "" }); // earlier than the orders: p1's time is day 1
        b.addRating({ x, p2, 5, day(7), "" }); // the trial does not count, the 5-star rating does
        b.addRating({ x, p4, 3, day(8), "" }); // below 4: no pair
        // y: two pairs at the same time; the greatest product_id ("课程") is held out.
        b.addOrder({ "o5", y, zh, day(4), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o6", y, abc, day(4), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        const CommunityPtr c = b.build();
        const Index cx = c->findMember("x"), cy = c->findMember("y");
        const Index cp1 = c->findProduct("p1"), cp2 = c->findProduct("p2");

        const Feedback f = buildFeedback(*c);
        QCOMPARE(f.pairCount(), 4);
        QCOMPARE(f.countOf(cx), 2);
        QVERIFY(f.has(cx, cp1));
        QVERIFY(f.has(cx, cp2));
        QVERIFY(!f.has(cx, c->findProduct("p3")));
        QVERIFY(!f.has(cx, c->findProduct("p4")));
        const Index i1 = f.memberBegin[static_cast<size_t>(cx)];
        QCOMPARE(f.product[static_cast<size_t>(i1)], cp1);
        QCOMPARE(f.at[static_cast<size_t>(i1)], day(1));
        QCOMPARE(f.at[static_cast<size_t>(i1) + 1], day(7));
        QCOMPARE(f.popularity(cp1), 1);
        QCOMPARE(f.membersOf(cp2).size(), size_t(1));

        const LeaveLatestOutSplit split = splitLeaveLatestOut(f);
        QCOMPARE(split.evaluated, (std::vector<Index> { cx, cy }));
        QCOMPARE(split.heldOut[static_cast<size_t>(cx)], cp2); // day 7 beats day 1
        QCOMPARE(split.heldOut[static_cast<size_t>(cy)], c->findProduct("课程"));
        QCOMPARE(split.training.pairCount(), 2);
        QVERIFY(split.training.has(cy, c->findProduct("abc")));
        QVERIFY(split.training.has(cx, cp1));

        // One fold: only y is held out; x keeps both pairs and is not evaluated.
        const LeaveLatestOutSplit fold = splitLeaveLatestOut(f, [cy](Index m) { return m == cy; });
        QCOMPARE(fold.evaluated, (std::vector<Index> { cy }));
        QCOMPARE(fold.heldOut[static_cast<size_t>(cx)], noIndex);
        QCOMPARE(fold.heldOut[static_cast<size_t>(cy)], c->findProduct("课程"));
        QCOMPARE(fold.training.pairCount(), 3);
        QVERIFY(fold.training.has(cx, cp2));

        const auto matrix = f.matrix();
        QCOMPARE(matrix.nonZeros(), Eigen::Index(4));
        QCOMPARE(matrix.coeff(cx, cp2), 1.0);
    }

    void eventAndRecencyWeights()
    {
        CommunityBuilder b;
        const Index x = b.addMember({ "x", day(0), "", "", "", "", "", "" });
        const Index p1 = b.addProduct({ "p1", "A", ProductKind::Course, "", 990, "", "", noTimestamp });
        const Index p2 = b.addProduct({ "p2", "B", ProductKind::Course, "", 990, "", "", noTimestamp });
        b.addOrder({ "o1", x, p1, day(10), 990, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o2", x, p2, day(40), 990, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addEvent({ x, p1, day(11), "view" });
        b.addEvent({ x, p1, day(12), "View" });
        b.addEvent({ x, p1, day(13), "complete" });
        b.addEvent({ x, p2, day(40), "comment" });
        const CommunityPtr c = b.build(); // end of the data: day 40

        const Feedback plain = buildFeedback(*c);
        QCOMPARE(plain.weight, (std::vector<double> { 1.0, 1.0 }));
        QCOMPARE(plain.completed, (std::vector<std::uint8_t> { 1, 0 }));

        FeedbackOptions o;
        o.weightByEvents = true;
        o.viewWeight = 0.1;
        o.completionWeight = 1.0;
        o.recencyHalfLifeDays = 30;
        const Feedback weighted = buildFeedback(*c, o);
        // p1: (1 + 0.1·2 views + 1·1 completion) · 0.5^(30 days / 30) = 2.2 · 0.5 = 1.1
        // p2: 1 ("comment" is neither) · 0.5^0 = 1
        QCOMPARE(weighted.weight[0], 1.1);
        QCOMPARE(weighted.weight[1], 1.0);
    }

    void rankingRules()
    {
        // Training popularity: p0 2, p1 3, p2 3, p3 0, p4 1 → order p1, p2, p0, p4, p3.
        const Feedback f = feedbackFromPairs(
            4, 5, { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 0, 2 }, { 1, 2 }, { 3, 2 }, { 0, 0 }, { 2, 0 }, { 3, 4 } });
        const std::vector<Index> order = popularityOrder(f);
        QCOMPARE(order, (std::vector<Index> { 1, 2, 0, 4, 3 }));

        // Scores equal to 9 decimals tie (1.0000000001 vs 1.0000000004 → both 1.000000000), so the
        // lower product index wins; 3e-10 rounds to 0 and does not count as above zero.
        const std::vector<double> scores { 0.0, 1.0000000004, 3e-10, 1.0000000001, 0.5 };
        const std::vector<std::uint8_t> excluded { 0, 0, 0, 0, 1 };
        std::vector<RankedProduct> out;
        rankTopK(scores, excluded, order, 4, out);
        QCOMPARE(out.size(), size_t(4));
        QCOMPARE(out[0].product, 1);
        QCOMPARE(out[1].product, 3);
        QVERIFY(!out[1].filled);
        // Fill by popularity, skipping what is listed (1) and excluded (4): p2, then p0.
        QCOMPARE(out[2].product, 2);
        QVERIFY(out[2].filled);
        QCOMPARE(out[3].product, 0);
        rankTopK(scores, excluded, order, 1, out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].product, 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
