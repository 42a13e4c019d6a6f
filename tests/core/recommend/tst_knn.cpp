#include <QTest>

#include "core/recommend/recommender.h"
#include "core/text/reasontext.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::purchases;

Q_DECLARE_METATYPE(kinsight::core::Method)

namespace {

// Members × products (1 = a paid order):
//        p1 p2 p3 p4 p5
//   m1    1  1  .  .  .
//   m2    1  1  1  .  .
//   m3    .  1  1  1  .
//   m4    1  .  .  .  1
// Popularity: p1 3, p2 3, p3 2, p4 1, p5 1.
// Item cosines c(p,q) = together / sqrt(n_p n_q):
//   c(1,2) = 2/√9 = 0.666667   c(1,3) = 1/√6 = 0.408248   c(1,5) = 1/√3 = 0.577350
//   c(2,3) = 2/√6 = 0.816497   c(2,4) = 1/√3 = 0.577350   c(3,4) = 1/√2 = 0.707107   others 0
// Member cosines from m1 (|I| = 2): m2 = 2/√6 = 0.816497, m3 = 1/√6 = 0.408248, m4 = 1/√4 = 0.5
CommunityPtr fixture()
{
    return purchases(4, 5,
        { { 1, 1, 1 }, { 1, 2, 2 }, { 2, 1, 1 }, { 2, 2, 2 }, { 2, 3, 3 }, { 3, 2, 1 }, { 3, 3, 2 }, { 3, 4, 3 },
            { 4, 1, 1 }, { 4, 5, 2 } },
        { "Python 入门", "数据分析", "机器学习", "深度学习", "写作课" });
}

struct Expected {
    std::vector<int> products; // product numbers, best first
    std::vector<double> scores;
};

} // namespace

class TestKnn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void similarities()
    {
        const CommunityPtr c = fixture();
        const Feedback f = buildFeedback(*c);
        const auto item = ItemSimilarity::build(f, {});
        QCOMPARE(item->similarity(0, 1), 2.0 / 3.0);
        QCOMPARE(item->similarity(1, 2), 2.0 / std::sqrt(6.0));
        QCOMPARE(item->similarity(2, 4), 0.0);
        QCOMPARE(item->together(0, 1), 2);
        // p2's neighbours, best first: p3 (0.816), p1 (0.667), p4 (0.577).
        const auto n = item->neighboursOf(1);
        QCOMPARE(n.size(), size_t(3));
        QCOMPARE(n[0].product, 2);
        QCOMPARE(n[1].product, 0);
        QCOMPARE(n[2].product, 3);
    }

    void topK_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<int>("neighbours");
        QTest::addColumn<double>("floor");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::addColumn<std::vector<double>>("scores");
        QTest::addColumn<int>("scored"); // how many entries are scored (the rest are popularity fill)

        // m1 holds p1, p2; candidates p3, p4, p5.
        // popular: p3 (2), p4 (1), p5 (1; tie with p4, product id ascending).
        QTest::newRow("popular") << Method::Popular << 0 << 0.0 << 0.5 << std::vector<int> { 3, 4, 5 }
                                 << std::vector<double> { 2, 1, 1 } << 3;
        // item-knn: p3 = c(3,1) + c(3,2) = 0.408248 + 0.816497 = 1.224745; p4 = c(4,2) = 0.577350;
        // p5 = c(5,1) = 0.577350, a tie with p4 broken by product id.
        QTest::newRow("item-knn") << Method::ItemKnn << 0 << 0.0 << 0.5 << std::vector<int> { 3, 4, 5 }
                                  << std::vector<double> { 3.0 / std::sqrt(6.0), 1 / std::sqrt(3.0),
                                         1 / std::sqrt(3.0) }
                                  << 3;
        // Floor 0.6 keeps c(1,2) and c(2,3) only: p3 = 0.816497; p4 and p5 come from the fill.
        QTest::newRow("item-knn floor 0.6") << Method::ItemKnn << 0 << 0.6 << 0.5 << std::vector<int> { 3, 4, 5 }
                                            << std::vector<double> { 2.0 / std::sqrt(6.0), 0, 0 } << 1;
        // One neighbour each: p1 → p2, p2 → p3; only p3 scores (0.816497).
        QTest::newRow("item-knn 1 neighbour") << Method::ItemKnn << 1 << 0.0 << 0.5 << std::vector<int> { 3, 4, 5 }
                                              << std::vector<double> { 2.0 / std::sqrt(6.0), 0, 0 } << 1;
        // user-knn: p3 = cos(m1,m2) + cos(m1,m3) = 0.816497 + 0.408248 = 1.224745;
        // p5 = cos(m1,m4) = 0.5; p4 = cos(m1,m3) = 0.408248.
        QTest::newRow("user-knn") << Method::UserKnn << 0 << 0.0 << 0.5 << std::vector<int> { 3, 5, 4 }
                                  << std::vector<double> { 3.0 / std::sqrt(6.0), 0.5, 1.0 / std::sqrt(6.0) } << 3;
        // One neighbour (m2, 0.816497): p3 only; fill p4, p5.
        QTest::newRow("user-knn 1 neighbour") << Method::UserKnn << 1 << 0.0 << 0.5 << std::vector<int> { 3, 4, 5 }
                                              << std::vector<double> { 2.0 / std::sqrt(6.0), 0, 0 } << 1;
        // Floor 0.45 drops m3 (0.408): p3 = 0.816497 (m2), p5 = 0.5 (m4); fill p4.
        QTest::newRow("user-knn floor 0.45") << Method::UserKnn << 0 << 0.45 << 0.5 << std::vector<int> { 3, 5, 4 }
                                             << std::vector<double> { 2.0 / std::sqrt(6.0), 0.5, 0 } << 2;
        // hybrid α = 0.5, each half divided by its best candidate (1.224745 in both):
        //   item: p3 1, p4 0.471405, p5 0.471405; user: p3 1, p4 0.333333, p5 0.408248
        //   p3 = 1; p5 = (0.471405 + 0.408248) / 2 = 0.439826; p4 = (0.471405 + 0.333333) / 2 = 0.402369
        QTest::newRow("hybrid 0.5") << Method::Hybrid << 0 << 0.0 << 0.5 << std::vector<int> { 3, 5, 4 }
                                    << std::vector<double> { 1.0, 0.5 * (std::sqrt(2.0) / 3 + std::sqrt(6.0) / 6),
                                           0.5 * (std::sqrt(2.0) / 3 + 1.0 / 3) }
                                    << 3;
        // α = 1 is item-knn normalised: p3 1, p4 = p5 = 0.471405 (tie → p4 first).
        QTest::newRow("hybrid 1") << Method::Hybrid << 0 << 0.0 << 1.0 << std::vector<int> { 3, 4, 5 }
                                  << std::vector<double> { 1.0, std::sqrt(2.0) / 3, std::sqrt(2.0) / 3 } << 3;
    }

    void topK()
    {
        QFETCH(Method, method);
        QFETCH(int, neighbours);
        QFETCH(double, floor);
        QFETCH(double, alpha);
        QFETCH(std::vector<int>, expected);
        QFETCH(std::vector<double>, scores);
        QFETCH(int, scored);
        auto r = Recommender::forCommunity(fixture());
        QVERIFY(r->prepare(method).ok());
        const RankOptions rank { 3, neighbours, floor, alpha };
        const std::vector<Recommendation> list = r->recommend(0, method, rank);
        QCOMPARE(list.size(), expected.size());
        for (size_t i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].product, expected[i] - 1);
            QVERIFY2(std::abs(list[i].score - scores[i]) < 1e-6,
                qPrintable(QStringLiteral("rank %1: %2 vs %3").arg(i + 1).arg(list[i].score).arg(scores[i])));
            QCOMPARE(list[i].kind == RecommendationKind::Scored, static_cast<int>(i) < scored);
            QVERIFY(hasReasonText(list[i].reason));
        }
    }

    void reasons()
    {
        auto r = Recommender::forCommunity(fixture());
        QVERIFY(r->prepare(Method::ItemKnn).ok());
        QVERIFY(r->prepare(Method::UserKnn).ok());
        // p3 for m1: the biggest contribution is c(3,2) = 0.816 from p2 《数据分析》, bought together by m2, m3.
        const auto item = r->recommend(0, Method::ItemKnn, { 3, 0, 0.0, 0.5 });
        QCOMPARE(item[0].reason,
            (Reason { "recommend.item_knn", { std::int64_t { 2 }, std::string("数据分析"), std::int64_t { 1 } } }));
        QCOMPARE(reasonText(item[0].reason),
            QStringLiteral(
                "bought by 2 members who also bought 《数据分析》 (and linked to 1 more of their products)"));
        // p3 is held by m2 and m3, both similar to m1.
        const auto user = r->recommend(0, Method::UserKnn, { 3, 0, 0.0, 0.5 });
        QCOMPARE(reasonText(user[0].reason), QStringLiteral("bought by 2 members with purchases like theirs"));
        const auto filled = r->recommend(0, Method::ItemKnn, { 3, 0, 0.6, 0.5 });
        QCOMPARE(reasonText(filled[1].reason), QStringLiteral("popular: bought by 1 member (few personal matches)"));
    }

    void userKnnMatrixMatchesDirectSum()
    {
        // The W shortcut must equal Σ_v cos(m, v) summed member by member, for every member.
        const CommunityPtr c = fixture();
        const Feedback f = buildFeedback(*c);
        const auto model = UserSimilarity::build(f, {});
        UserKnnScratch scratch;
        for (Index m = 0; m < f.memberCount; ++m) {
            std::vector<double> viaMatrix(5, 0.0), direct(5, 0.0);
            addUserKnnScores(*model, f, m, 0, 0.0, scratch, viaMatrix);
            userKnnNeighbours(f, m, 0, 0.0, scratch);
            for (const MemberNeighbour& n : scratch.neighbours) {
                for (Index p : f.productsOf(n.member))
                    direct[static_cast<size_t>(p)] += n.similarity;
            }
            for (Index p = 0; p < 5; ++p) {
                if (!f.has(m, p))
                    QVERIFY(std::abs(viaMatrix[static_cast<size_t>(p)] - direct[static_cast<size_t>(p)]) < 1e-12);
            }
        }
    }

    void reRankingReusesModels()
    {
        auto r = Recommender::forCommunity(fixture());
        QVERIFY(r->prepare(Method::Hybrid).ok());
        const long items = ItemSimilarity::buildCount(), users = UserSimilarity::buildCount();
        for (double floor : { 0.0, 0.3, 0.7 }) {
            for (double alpha : { 0.0, 0.5, 1.0 }) {
                for (int n : { 0, 1, 2 }) {
                    QVERIFY(r->prepare(Method::Hybrid).ok());
                    QVERIFY(!r->recommend(1, Method::Hybrid, { 3, n, floor, alpha }).empty());
                }
            }
        }
        QCOMPARE(ItemSimilarity::buildCount(), items);
        QCOMPARE(UserSimilarity::buildCount(), users);

        // ALS trains again only when its own settings change.
        AlsOptions als;
        als.factors = 2;
        als.iterations = 3;
        r->setAlsOptions(als);
        QVERIFY(r->prepare(Method::Als).ok());
        const long trained = AlsModel::buildCount();
        r->setAlsOptions(als);
        QVERIFY(r->prepare(Method::Als).ok());
        QVERIFY(!r->recommend(0, Method::Als, { 2, 5, 0.9, 0.1 }).empty());
        QCOMPARE(AlsModel::buildCount(), trained);
        als.regularization = 0.5;
        r->setAlsOptions(als);
        QVERIFY(!r->isPrepared(Method::Als));
        QVERIFY(r->prepare(Method::Als).ok());
        QCOMPARE(AlsModel::buildCount(), trained + 1);
        QCOMPARE(ItemSimilarity::buildCount(), items);
    }

    void coldStart()
    {
        CommunityBuilder b;
        const Index a = b.addMember({ "a", kinsight::test::day(0), "", "", "", "抖音", "", "" });
        const Index bb = b.addMember({ "b", kinsight::test::day(0), "", "", "", "抖音", "", "" });
        const Index w = b.addMember({ "c", kinsight::test::day(0), "", "", "", "微信", "", "" });
        const Index fresh = b.addMember({ "d", kinsight::test::day(5), "", "", "", "抖音", "", "" });
        const Index p1 = b.addProduct({ "p1", "训练营", ProductKind::Course, "", 100, "", "", noTimestamp });
        const Index p2 = b.addProduct({ "p2", "专栏", ProductKind::Column, "", 100, "", "", noTimestamp });
        const Index p3 = b.addProduct({ "p3", "音频", ProductKind::Audio, "", 100, "", "", noTimestamp });
        // 抖音 members a and b both start with p2; p1 is the most popular overall (a, b, c).
        int n = 0;
        auto order = [&](Index m, Index p, int d) {
            b.addOrder({ "o" + std::to_string(++n), m, p, kinsight::test::day(d), 100, OrderType::Purchase, Plan::None,
                OrderStatus::Paid });
        };
        order(a, p2, 1);
        order(a, p1, 2);
        order(bb, p2, 1);
        order(bb, p1, 3);
        order(w, p1, 1);
        order(w, p3, 2);
        auto r = Recommender::forCommunity(b.build());
        const auto list = r->recommend(fresh, Method::Hybrid, { 3, 0, 0.0, 0.5 });
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].product, p2);
        QCOMPARE(list[0].kind, RecommendationKind::ColdStart);
        QCOMPARE(reasonText(list[0].reason),
            QStringLiteral("new member: popular with new members from 抖音 (2 started with it)"));
        QCOMPARE(list[1].product, p1); // then the overall popularity order: p1 (3), p3 (1)
        QCOMPARE(reasonText(list[1].reason),
            QStringLiteral("new member: popular across the community (bought by 3 members)"));
        QCOMPARE(list[2].product, p3);
    }

    void neverOffersWhatWasBought()
    {
        // m1 also has a refunded order of p3 and a 2-star rating of p4: neither is a pair, but
        // neither may be offered again live.
        CommunityBuilder b;
        std::vector<Index> m, p;
        for (int i = 1; i <= 3; ++i)
            m.push_back(b.addMember({ "m" + std::to_string(i), kinsight::test::day(0), "", "", "", "", "", "" }));
        for (int i = 1; i <= 5; ++i)
            p.push_back(
                b.addProduct({ "p" + std::to_string(i), "t", ProductKind::Course, "", 100, "", "", noTimestamp }));
        b.addOrder(
            { "o1", m[0], p[0], kinsight::test::day(1), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder(
            { "o2", m[0], p[2], kinsight::test::day(2), 100, OrderType::Purchase, Plan::None, OrderStatus::Refunded });
        b.addRating({ m[0], p[3], 2, kinsight::test::day(3), "" });
        b.addOrder(
            { "o3", m[1], p[0], kinsight::test::day(1), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder(
            { "o4", m[1], p[2], kinsight::test::day(1), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder(
            { "o5", m[1], p[3], kinsight::test::day(1), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder(
            { "o6", m[2], p[1], kinsight::test::day(1), 100, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        auto r = Recommender::forCommunity(b.build());
        for (Method method : allMethods) {
            QVERIFY(r->prepare(method).ok());
            const auto list = r->recommend(m[0], method, { 5, 0, 0.0, 0.5 });
            // Five products minus p1 (bought), p3 (refunded) and p4 (rated): p2 and p5 remain.
            QCOMPARE(list.size(), size_t(2));
            for (const Recommendation& rec : list)
                QVERIFY(rec.product == p[1] || rec.product == p[4]);
        }
    }
};

QTEST_GUILESS_MAIN(TestKnn)
#include "tst_knn.moc"
