#include <QTest>

#include "core/demo/demo.h"
#include "core/recommend/evaluation.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::purchases;

Q_DECLARE_METATYPE(kinsight::core::Method)

namespace {

// Orders (member, product, day):
//   m1: p1 d1, p2 d2, p3 d3 → held out p3, trains on p1, p2
//   m2: p1 d1, p2 d2        → held out p2, trains on p1
//   m3: p2 d1, p3 d2        → held out p3, trains on p2
//   m4: p4 d1               → one pair: not evaluated, trains on p4
// Training popularity: p1 2, p2 2, p4 1, p3 0 → fill order p1, p2, p4, p3.
// m1's held-out p3 appears in no training pair (m3's p3 is held out too).
CommunityPtr fixture()
{
    return purchases(4, 4,
        { { 1, 1, 1 }, { 1, 2, 2 }, { 1, 3, 3 }, { 2, 1, 1 }, { 2, 2, 2 }, { 3, 2, 1 }, { 3, 3, 2 }, { 4, 4, 1 } });
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metrics_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("hitRate");
        QTest::addColumn<double>("precision");
        QTest::addColumn<double>("ndcg");
        QTest::addColumn<double>("coverage");
        QTest::addColumn<double>("novelty");

        // popular, k = 1:  m1 [p4] miss; m2 [p2] hit@1; m3 [p1] miss.
        //   hit rate 1/3, precision 1/(3·1), ndcg (1/log2 2)/3 = 1/3, coverage {p4,p2,p1} = 3/4,
        //   novelty: popularity ranks p4 3, p2 2, p1 1 → 2.
        QTest::newRow("popular@1") << Method::Popular << 1 << 1.0 / 3 << 1.0 / 3 << 1.0 / 3 << 0.75 << 2.0;
        // popular, k = 2:  m1 [p4, p3 (fill, popularity 0)] hit@2; m2 [p2, p4] hit@1; m3 [p1, p4] miss.
        //   hit rate 2/3, precision 2/(3·2) = 1/3, ndcg (1/log2 3 + 1)/3 = (0.630930 + 1)/3 = 0.543643,
        //   coverage 4/4, novelty (3+4 + 2+3 + 1+3)/6 = 16/6.
        QTest::newRow("popular@2") << Method::Popular << 2 << 2.0 / 3 << 1.0 / 3 << (1 / std::log2(3.0) + 1) / 3 << 1.0
                                   << 16.0 / 6;
        // item-knn, k = 1: the only training co-purchase is p1–p2 (m1): cos = 1/√(2·2) = 0.5.
        //   m1 {p1,p2}: nothing scores → fill [p4] miss; m2 {p1}: p2 0.5 → hit; m3 {p2}: p1 0.5 → miss.
        QTest::newRow("item-knn@1") << Method::ItemKnn << 1 << 1.0 / 3 << 1.0 / 3 << 1.0 / 3 << 0.75 << 2.0;
        // user-knn, k = 1: m2 {p1} ~ m1 {p1,p2} (cos 1/√2) → p2 hit; m3 {p2} ~ m1 → p1 miss;
        //   m1's neighbours m2, m3 hold nothing new → fill [p4] miss.
        QTest::newRow("user-knn@1") << Method::UserKnn << 1 << 1.0 / 3 << 1.0 / 3 << 1.0 / 3 << 0.75 << 2.0;
    }

    void metrics()
    {
        QFETCH(Method, method);
        QFETCH(int, k);
        QFETCH(double, hitRate);
        QFETCH(double, precision);
        QFETCH(double, ndcg);
        QFETCH(double, coverage);
        QFETCH(double, novelty);
        auto e = OfflineEvaluation::create(fixture());
        QVERIFY(e.ok());
        RankOptions rank;
        rank.k = k;
        const auto r = (*e)->run(method, rank);
        QVERIFY(r.ok());
        const MethodMetrics& mm = r->metrics;
        QCOMPARE(mm.members, 3);
        QCOMPARE(mm.k, k);
        QCOMPARE(mm.hitRate, hitRate);
        QCOMPARE(mm.precision, precision);
        QCOMPARE(mm.recall, hitRate);
        QCOMPARE(mm.ndcg, ndcg);
        QCOMPARE(mm.coverage, coverage);
        QCOMPARE(mm.novelty, novelty);
        QVERIFY(!mm.sampled);
    }

    void pairedTest()
    {
        // Per-member hits of two configurations on ten members:
        //   a = 1 1 1 0 1 0 1 1 0 1, b = 0 1 0 0 1 0 0 1 0 0 → d = 1 0 1 0 0 0 1 0 0 1
        //   mean 0.4; Σ(d − 0.4)² = 4·0.36 + 6·0.16 = 2.4; sd = √(2.4/9) = 0.516398;
        //   se = sd/√10 = 0.163299; t = 0.4/0.163299 = √6 = 2.449490 with 9 degrees of freedom.
        //   Two-sided p = 0.036787 (Student t, df 9; tables put t = 2.449 between p = 0.05 at 2.262
        //   and p = 0.02 at 2.821); t(0.975, 9) = 2.262157 (published table value 2.262), so the
        //   95% interval is 0.4 ± 2.262157 · 0.163299 = [0.030591, 0.769409].
        const std::vector<double> a { 1, 1, 1, 0, 1, 0, 1, 1, 0, 1 }, b { 0, 1, 0, 0, 1, 0, 0, 1, 0, 0 };
        const PairedTest t = pairedTTest(a, b, 0.95);
        QCOMPARE(t.n, 10L);
        QCOMPARE(t.meanDifference, 0.4);
        QVERIFY(std::abs(t.t - std::sqrt(6.0)) < 1e-12);
        QVERIFY(std::abs(t.pValue - 0.036787) < 1e-6);
        QVERIFY(std::abs(t.ciLow - 0.030591) < 1e-6);
        QVERIFY(std::abs(t.ciHigh - 0.769409) < 1e-6);
        QVERIFY(std::abs(studentTQuantile(0.975, 9) - 2.262157) < 1e-6);
        // Published: t(0.975, ∞-ish) → 1.960; t(0.995, 30) = 2.750.
        QVERIFY(std::abs(studentTQuantile(0.975, 1e6) - 1.959966) < 1e-5);
        QVERIFY(std::abs(studentTQuantile(0.995, 30) - 2.750) < 1e-3);

        const PairedTest same = pairedTTest(a, a);
        QCOMPARE(same.pValue, 1.0);
        QCOMPARE(same.ciLow, 0.0);
    }

    void abComparison()
    {
        auto e = OfflineEvaluation::create(fixture());
        QVERIFY(e.ok());
        Configuration a { Method::Popular, {}, {} };
        Configuration b { Method::Popular, {}, {} };
        a.rank.k = 2; // hits: m1 yes, m2 yes, m3 no
        b.rank.k = 1; // hits: m1 no,  m2 yes, m3 no → d = 1 0 0
        const auto r = (*e)->compare(a, b, AbMetric::HitRate);
        QVERIFY(r.ok());
        // d = (1, 0, 0): mean 1/3, sd = √((4/9 + 1/9 + 1/9)/2) = √(1/3) = 0.577350, se = 1/3,
        // t = 1 with 2 degrees of freedom. For df 2 the t CDF is F(t) = 1/2 + t / (2√(2 + t²)), so
        // the two-sided p = 2 (1 − F(1)) = 1 − 1/√3 = 0.422650.
        QCOMPARE(r->test.n, 3L);
        QVERIFY(std::abs(r->test.meanDifference - 1.0 / 3) < 1e-12);
        QVERIFY(std::abs(r->test.t - 1.0) < 1e-12);
        QVERIFY(std::abs(r->test.pValue - (1.0 - 1.0 / std::sqrt(3.0))) < 1e-9);
        QCOMPARE(r->a.hitRate, 2.0 / 3);
        QCOMPARE(r->b.hitRate, 1.0 / 3);
    }

    void neverRecommendsTrainingOrBoughtOnDemo()
    {
        // Property over the demo community: no method (all nine) ever lists a product the member
        // already has — neither in the evaluation (training products) nor live (a counted non-trial
        // order, free enrolments included, anything paid for or rated).
        const CommunityPtr c = makeDemoCommunity({ 5000, 11 });
        QVERIFY(c->productCount() > 0);
        auto e = OfflineEvaluation::create(c);
        QVERIFY(e.ok());
        Recommender& ev = (*e)->recommender();
        auto live = Recommender::forCommunity(c);
        RecommendScratch s;
        AlsOptions als;
        als.factors = 8;
        als.iterations = 3;
        ev.setAlsOptions(als);
        live->setAlsOptions(als);
        Index checked = 0;
        for (Method method : allMethods) {
            QVERIFY(ev.prepare(method).ok());
            QVERIFY(live->prepare(method).ok());
            for (Index m = 0; m < c->memberCount(); ++m) {
                // Every member with history, and a sample of those without (cold start).
                if (live->feedback().countOf(m) == 0 && m % 13 != 0)
                    continue;
                ev.topK(method, m, { 10, 0, 0.0, 0.5 }, s);
                QCOMPARE(s.ranked.size(),
                    std::min<size_t>(10, static_cast<size_t>(c->productCount() - ev.feedback().countOf(m))));
                for (const RankedProduct& r : s.ranked)
                    QVERIFY(!ev.feedback().has(m, r.product));
                for (const Recommendation& r : live->recommend(m, method, { 10, 5, 0.1, 0.3 })) {
                    for (Index o : c->ordersOf(m)) {
                        const auto i = static_cast<size_t>(o);
                        // Contract: a counted order that is not a trial, free enrolments included.
                        if (c->orders.isCounted(o) && c->orders.type[i] != OrderType::Trial)
                            QVERIFY(c->orders.product[i] != r.product);
                        if (c->orders.amount[i] > 0)
                            QVERIFY(c->orders.product[i] != r.product);
                    }
                    for (Index i : c->ratingsOf(m))
                        QVERIFY(c->ratings.product[static_cast<size_t>(i)] != r.product);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    void cancelled()
    {
        auto e = OfflineEvaluation::create(fixture());
        QVERIFY(e.ok());
        std::atomic<bool> stop { true };
        const auto r = (*e)->run(Method::ItemKnn, {}, TaskControl(&stop));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), std::string("cancelled"));
        QVERIFY(!(*e)->recommender().isPrepared(Method::ItemKnn));
        QVERIFY((*e)->run(Method::ItemKnn, {}).ok()); // a later run without the stop flag works
    }

    void sampledNeighbourEvaluation()
    {
        const CommunityPtr c = makeDemoCommunity({ 5000, 3 });
        EvaluationOptions options;
        options.neighbourSampleLimit = 100;
        auto e = OfflineEvaluation::create(c, {}, {}, options);
        QVERIFY(e.ok());
        QVERIFY((*e)->split().evaluated.size() > 100);
        const auto exact = (*e)->run(Method::UserKnn, { 10, 0, 0.0, 0.5 });
        QVERIFY(exact.ok());
        QCOMPARE(static_cast<size_t>(exact->metrics.members), (*e)->split().evaluated.size());
        const auto tuned = (*e)->run(Method::UserKnn, { 10, 20, 0.0, 0.5 });
        QVERIFY(tuned.ok());
        QVERIFY(tuned->metrics.sampled);
        QCOMPARE(tuned->metrics.members, 100);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
