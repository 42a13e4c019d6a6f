// EASE, sequential, social, weighted item-kNN, auto and the evaluation's intervals.

#include <QFile>
#include <QTest>

#include "core/recommend/evaluation.h"
#include "core/recommend/recommender.h"
#include "core/text/reasontext.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::day;
using kinsight::test::purchases;

namespace {

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance;
}

Feedback pairsOf(Index members, Index products, const std::vector<std::pair<int, int>>& pairs)
{
    std::vector<FeedbackPair> list;
    for (const auto& [m, p] : pairs)
        list.push_back({ m, p, day(1), 1.0, false });
    return feedbackFromPairs(members, products, list);
}

/// Members who take a chain of courses c1 → c2 → … in order, each a run of consecutive courses,
/// one course a day. Nothing else links the courses, so what comes next is only known from order.
CommunityPtr courseChain(int members, int courses)
{
    std::vector<std::tuple<int, int, int>> orders;
    for (int m = 1; m <= members; ++m) {
        const int start = 1 + (m * 7) % (courses - 4);
        const int length = 3 + m % 3;
        for (int i = 0; i < length && start + i <= courses; ++i)
            orders.emplace_back(m, start + i, 10 * m + i);
    }
    return purchases(members, courses, orders);
}

/// Courses on a ring c1 → c2 → … → cN → c1: for every start and every run length 3, 4 or 5,
/// `copies` members take the run in order, one course a day. Every course is taken with its
/// predecessor exactly as often as with its successor, so a method that only sees which courses
/// go together (item-kNN, user-kNN, EASE, ALS, …) cannot tell the next course from the previous
/// one; only the order tells, so sequential is clearly best.
CommunityPtr courseRing(int courses, int copies)
{
    std::vector<std::tuple<int, int, int>> orders;
    int m = 0;
    for (int start = 0; start < courses; ++start) {
        for (int length = 3; length <= 5; ++length) {
            for (int c = 0; c < copies; ++c) {
                ++m;
                for (int i = 0; i < length; ++i)
                    orders.emplace_back(m, 1 + (start + i) % courses, 10 * m + i);
            }
        }
    }
    return purchases(m, courses, orders);
}

} // namespace

class TestMethods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void easeByHand()
    {
        // X (members × products):     G = XᵀX:        G + λI, λ = 1:
        //   m1  1 1 0                  3 2 1           4 2 1
        //   m2  1 1 0                  2 2 0           2 3 0
        //   m3  1 0 1                  1 0 2           1 0 3
        //   m4  0 0 1
        // det(G + I) = 4·9 − 2·6 + 1·(0 − 3) = 21; cofactors (symmetric): C00 = 9, C01 = −6,
        // C02 = −3, C11 = 11, C12 = 2, C22 = 8, so P = (1/21)[[9, −6, −3], [−6, 11, 2], [−3, 2, 8]]
        // (check: row 1 of G + I times column 1 of 21P = 2·(−6) + 3·11 = 21).
        // B[i][j] = −P[i][j] / P[j][j] (the 1/21 cancels), B[j][j] = 0:
        //   B = [[0, 6/11, 3/8], [2/3, 0, −1/4], [1/3, −2/11, 0]]
        // Scores: m4 (p3 only) = row 3 = (1/3, −2/11, 0); m1 (p1, p2) = row 1 + row 2 = (2/3, 6/11, 1/8).
        const Feedback f = pairsOf(4, 3, { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 0 }, { 2, 2 }, { 3, 2 } });
        EaseOptions o;
        o.lambda = 1.0;
        const auto model = EaseModel::train(f, o, {});
        QCOMPARE(model->lambda(), 1.0);
        const double b[3][3] = { { 0, 6.0 / 11, 3.0 / 8 }, { 2.0 / 3, 0, -1.0 / 4 }, { 1.0 / 3, -2.0 / 11, 0 } };
        for (Index i = 0; i < 3; ++i) {
            for (Index j = 0; j < 3; ++j)
                QVERIFY2(near(model->weight(i, j), b[i][j]), qPrintable(QStringLiteral("B[%1][%2]").arg(i).arg(j)));
        }
        std::vector<double> scores(3, 0.0);
        model->addScores(f.productsOf(0), f.weightsOf(0), scores);
        QVERIFY(near(scores[2], 1.0 / 8));
        scores.assign(3, 0.0);
        model->addScores(f.productsOf(3), {}, scores);
        QVERIFY(near(scores[0], 1.0 / 3));
        QVERIFY(near(scores[1], -2.0 / 11));
    }

    void easeMatchesReference()
    {
        // tests/data/recommend/ease_reference.py computes B and the scores with exact fractions
        // from the paper's formula; same pairs, λ = 2.
        const Feedback f = pairsOf(8, 6,
            { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 1, 0 }, { 1, 1 }, { 2, 1 }, { 2, 2 }, { 2, 3 }, { 3, 3 }, { 3, 4 },
                { 4, 0 }, { 4, 4 }, { 4, 5 }, { 5, 2 }, { 5, 5 }, { 6, 0 }, { 6, 1 }, { 6, 3 }, { 6, 5 }, { 7, 4 } });
        EaseOptions o;
        o.lambda = 2.0;
        const auto model = EaseModel::train(f, o, {});
        QFile file(QFINDTESTDATA("../../data/recommend/ease_reference.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        int rows = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> cells = file.readLine().trimmed().split(',');
            QCOMPARE(cells.size(), 4);
            const int r = cells[1].toInt(), c = cells[2].toInt();
            const double expected = cells[3].toDouble();
            double actual = 0.0;
            if (cells[0] == "b") {
                actual = model->weight(r, c);
            } else {
                std::vector<double> scores(6, 0.0);
                model->addScores(f.productsOf(r), {}, scores);
                actual = scores[static_cast<size_t>(c)];
            }
            QVERIFY2(near(actual, expected, 1e-12),
                qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5")
                               .arg(QString::fromLatin1(cells[0]))
                               .arg(r)
                               .arg(c)
                               .arg(actual, 0, 'g', 17)
                               .arg(expected, 0, 'g', 17)));
            ++rows;
        }
        QCOMPARE(rows, 6 * 6 + 8 * 6);
    }

    void easeTunesOnTrainingOnly()
    {
        // λ comes from a split of the training pairs: training on the evaluation's training pairs
        // alone gives the model the evaluation uses, whatever the held-out pairs were.
        const CommunityPtr c = courseChain(120, 12);
        auto e = OfflineEvaluation::create(c);
        QVERIFY(e.ok());
        QVERIFY((*e)->recommender().prepare(Method::Ease).ok());
        const EaseModel* inEvaluation = (*e)->recommender().easeModel();
        const auto alone = EaseModel::train((*e)->split().training, {}, {});
        QCOMPARE(inEvaluation->lambda(), alone->lambda());
        QCOMPARE(alone->validationNdcg().size(), EaseOptions {}.lambdaGrid.size());
        // The chosen λ is the grid's best on the validation split.
        const auto& ndcg = alone->validationNdcg();
        const auto best = std::max_element(ndcg.begin(), ndcg.end()) - ndcg.begin();
        QCOMPARE(alone->lambda(), EaseOptions {}.lambdaGrid[static_cast<size_t>(best)]);
    }

    void easeRestrictsLargeCatalogues()
    {
        // With room for two products, the two most bought (p1: 3 buyers, p2: 2) take part; p3 scores 0.
        const Feedback f = pairsOf(4, 3, { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 0 }, { 2, 2 }, { 3, 2 } });
        EaseOptions o;
        o.lambda = 1.0;
        o.maxProducts = 2;
        const auto model = EaseModel::train(f, o, {});
        QCOMPARE(model->products(), (std::vector<Index> { 0, 1 }));
        QCOMPARE(model->weight(0, 2), 0.0);
        // Two products: G + I = [[4, 2], [2, 3]], P = (1/8)[[3, −2], [−2, 4]];
        // B[0][1] = 2/4 = 1/2, B[1][0] = 2/3.
        QVERIFY(near(model->weight(0, 1), 0.5));
        QVERIFY(near(model->weight(1, 0), 2.0 / 3));
    }

    void sequentialTransitions()
    {
        // Courses in a known order: 1 Python 入门 → 2 数据分析 → 3 机器学习.
        //   m1, m2, m3: 1 → 2 → 3;  m4: 1 → 2;  m5: 1 → 3;  m6: 1 (only)
        // Transitions: 1→2 ×4, 2→3 ×3, 1→3 ×1; outgoing(1) = 5, outgoing(2) = 3.
        const CommunityPtr c = purchases(7, 3,
            { { 1, 1, 1 }, { 1, 2, 2 }, { 1, 3, 3 }, { 2, 1, 1 }, { 2, 2, 3 }, { 2, 3, 5 }, { 3, 1, 2 }, { 3, 2, 4 },
                { 3, 3, 6 }, { 4, 1, 1 }, { 4, 2, 2 }, { 5, 1, 1 }, { 5, 3, 9 }, { 6, 1, 4 } },
            { "Python 入门", "数据分析", "机器学习" });
        auto r = Recommender::forCommunity(c);
        QVERIFY(r->prepare(Method::Sequential).ok());
        const SequentialModel& model = *r->sequentialModel();
        QCOMPARE(model.outgoing(0), 5);
        QCOMPARE(model.outgoing(1), 3);
        QCOMPARE(model.outgoing(2), 0);
        QCOMPARE(model.nextAfter(0).size(), size_t(2));
        QCOMPARE(model.nextAfter(0)[0].product, 1);
        QCOMPARE(model.nextAfter(0)[0].count, 4);
        QCOMPARE(model.nextAfter(0)[1].product, 2);

        // m6 holds course 1: scores 2 = 4/5, 3 = 1/5.
        RecommendScratch s;
        r->score(Method::Sequential, 5, { 10, 0, 0.0, 0.5 }, s);
        QVERIFY(near(s.scores[1], 0.8));
        QVERIFY(near(s.scores[2], 0.2));
        const auto list = r->recommend(5, Method::Sequential, { 2, 0, 0.0, 0.5 });
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(list[0].product, 1);
        QCOMPARE(list[0].reason.code, std::string("recommend.sequential_most_often"));
        QCOMPARE(list[0].reason.arguments,
            (std::vector<ReasonArgument> { std::int64_t(4), std::string("Python 入门"), std::string("数据分析") }));
        QVERIFY(reasonText(list[0].reason).contains(QStringLiteral("most often took 《数据分析》 next")));
        QCOMPARE(list[1].reason.code, std::string("recommend.sequential_next"));
        QCOMPARE(list[1].reason.arguments,
            (std::vector<ReasonArgument> { std::int64_t(1), std::string("Python 入门"), std::string("机器学习") }));

        // Recency: a member who took 1 (day 1) and then nothing but 2 (day 2) — m4 — weighs 2's
        // transitions by 1 and 1's by 0.5: score of 3 = 1 · 3/3 + 0.5 · 1/5 = 1.1.
        r->score(Method::Sequential, 3, { 10, 0, 0.0, 0.5 }, s);
        QVERIFY(near(s.scores[2], 1.1));
        QCOMPARE(s.excluded[0], std::uint8_t(1));
        QCOMPARE(s.excluded[1], std::uint8_t(1));
    }

    void sequentialMomentsBoughtTogether()
    {
        // m1 buys 1 and 2 on the same day, then 3: both lead to 3, and 1 does not lead to 2.
        const CommunityPtr c = purchases(1, 3, { { 1, 1, 1 }, { 1, 2, 1 }, { 1, 3, 2 } });
        auto r = Recommender::forCommunity(c);
        QVERIFY(r->prepare(Method::Sequential).ok());
        QCOMPARE(r->sequentialModel()->outgoing(0), 1);
        QCOMPARE(r->sequentialModel()->nextAfter(0)[0].product, 2);
        QCOMPARE(r->sequentialModel()->outgoing(1), 1);
    }

    void socialTriangle()
    {
        // A triangle a–b–c (a→b weight 2 and b→a weight 1: strength 3; a–c 1; b–c 1) and d alone.
        // b bought P, c bought Q, both bought R; a and d bought S.
        // a's scores: P = 3 (b), Q = 1 (c), R = 3 + 1 = 4 → R, P, Q.
        CommunityBuilder builder;
        std::vector<Index> m;
        for (const char* id : { "a", "b", "c", "d" })
            m.push_back(builder.addMember({ id, day(0), "", "", "", "", "", "" }));
        std::vector<Index> p;
        for (const char* id : { "P", "Q", "R", "S" })
            p.push_back(builder.addProduct(
                { id, std::string("Course ") + id, ProductKind::Course, "", 100, "", "", noTimestamp }));
        int n = 0;
        const auto buy = [&](Index who, Index what) {
            builder.addOrder({ "o" + std::to_string(++n), who, what, day(n), 100, OrderType::Purchase, Plan::None,
                OrderStatus::Paid });
        };
        buy(m[1], p[0]);
        buy(m[2], p[1]);
        buy(m[1], p[2]);
        buy(m[2], p[2]);
        buy(m[0], p[3]);
        buy(m[3], p[3]);
        builder.addInteraction({ m[0], m[1], day(1), InteractionType::Reply, 2.0 });
        builder.addInteraction({ m[1], m[0], day(2), InteractionType::Like, 1.0 });
        builder.addInteraction({ m[0], m[2], day(3), InteractionType::Reply, 1.0 });
        builder.addInteraction({ m[2], m[1], day(4), InteractionType::Mention, 1.0 });
        builder.addInteraction({ m[3], m[3], day(4), InteractionType::Reply, 5.0 }); // self: dropped
        const CommunityPtr c = builder.build();
        const Index a = c->findMember("a"), d = c->findMember("d");
        auto r = Recommender::forCommunity(c);
        QVERIFY(r->prepare(Method::Social).ok());
        QCOMPARE(r->socialModel()->tiesOf(a).size(), size_t(2));
        QCOMPARE(r->socialModel()->tiesOf(a)[0].strength, 3.0);
        QVERIFY(r->socialModel()->tiesOf(d).empty());

        const auto list = r->recommend(a, Method::Social, { 3, 0, 0.0, 0.5 });
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(std::string(c->products.ids.view(list[0].product)), std::string("R"));
        QCOMPARE(list[0].score, 4.0);
        QCOMPARE(std::string(c->products.ids.view(list[1].product)), std::string("P"));
        QCOMPARE(list[1].score, 3.0);
        QCOMPARE(std::string(c->products.ids.view(list[2].product)), std::string("Q"));
        // R: both of the two people a interacts with took it.
        QCOMPARE(list[0].reason.code, std::string("recommend.social_ties"));
        QCOMPARE(list[0].reason.arguments, (std::vector<ReasonArgument> { std::int64_t(2), std::int64_t(2) }));
        QCOMPARE(list[1].reason.arguments, (std::vector<ReasonArgument> { std::int64_t(1), std::int64_t(2) }));
        QVERIFY(reasonText(list[0].reason).contains(QStringLiteral("2 of the 2 people they interact with")));

        // d has no ties: popular instead (R: 2 buyers, then P, Q: 1 each by product_id), and it says so.
        const auto alone = r->recommend(d, Method::Social, { 2, 0, 0.0, 0.5 });
        QCOMPARE(alone.size(), size_t(2));
        QCOMPARE(std::string(c->products.ids.view(alone[0].product)), std::string("R"));
        QCOMPARE(std::string(c->products.ids.view(alone[1].product)), std::string("P"));
        for (const Recommendation& rec : alone) {
            QCOMPARE(rec.kind, RecommendationKind::Filled);
            QCOMPARE(rec.reason.code, std::string("recommend.social_no_ties"));
        }
    }

    void weightedItemKnn()
    {
        // tst_knn's matrix: m1 {p1, p2}, m2 {p1, p2, p3}, m3 {p2, p3, p4}, m4 {p1, p5}; 5 products.
        // idf(member) = ln 5 − ln(1 + |I|): m1, m4 ln(5/3); m2, m3 ln(5/4).
        const Feedback f = pairsOf(4, 5,
            { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 1, 2 }, { 2, 1 }, { 2, 2 }, { 2, 3 }, { 3, 0 }, { 3, 4 } });
        const double a = std::pow(std::log(5.0 / 3), 2), b = std::pow(std::log(5.0 / 4), 2);
        // TF-IDF cosine(p1, p2) = (a + b) / √((a + b + a) · (a + b + b)), shared members m1, m2.
        ItemKnnOptions tfidf;
        tfidf.weighting = ItemWeighting::TfIdf;
        const auto t = ItemSimilarity::build(f, {}, tfidf);
        QVERIFY(near(t->similarity(0, 1), (a + b) / std::sqrt((2 * a + b) * (a + 2 * b))));
        // BM25 (K1 100, B 0.8): mean buyers 10 / 5 = 2; p1 and p2 have 3: length 0.2 + 0.8 · 1.5 = 1.4,
        // factor 101 / 141; similarity = (101/141)² · (a + b), a plain dot product.
        ItemKnnOptions bm25;
        bm25.weighting = ItemWeighting::Bm25;
        const auto m = ItemSimilarity::build(f, {}, bm25);
        QVERIFY(near(m->similarity(0, 1), std::pow(101.0 / 141, 2) * (a + b)));
        // Shrinkage 2: cos(p1, p2) = 2/3 with 2 shared members → 2/3 · 2/4 = 1/3; cos(p1, p5) =
        // 1/√3 with 1 → 1/√3 · 1/3.
        ItemKnnOptions shrunk;
        shrunk.shrinkage = 2.0;
        const auto s = ItemSimilarity::build(f, {}, shrunk);
        QVERIFY(near(s->similarity(0, 1), 1.0 / 3));
        QVERIFY(near(s->similarity(0, 4), 1.0 / std::sqrt(3.0) / 3));
        // The default stays the contract's cosine.
        QVERIFY(near(ItemSimilarity::build(f, {})->similarity(0, 1), 2.0 / 3));
    }

    void autoPicksTheClearlyBestMethod()
    {
        // On the ring only the order says what comes next: sequential hits at rank 1 (its only
        // transition out of a member's latest course is the next one), while for every other method
        // the next course and the previous one are alike. E.g. item-kNN on history {c5, c6}:
        // cos(c4, c5) + cos(c4, c6) = cos(c7, c6) + cos(c7, c5) by the ring's symmetry, and the tie
        // goes to c4 (the smaller id), putting the target c7 second (NDCG 1/log2 3 = 0.63).
        const CommunityPtr c = courseRing(12, 6);
        auto e = OfflineEvaluation::create(c);
        QVERIFY(e.ok());
        const auto choice = (*e)->chooseAuto({ 10, 0, 0.0, 0.5 });
        QVERIFY(choice.ok());
        QCOMPARE(choice->method, Method::Sequential);
        QCOMPARE(choice->folds, 3);
        QVERIFY(near(choice->of(Method::Sequential)->ndcg, 1.0));
        for (const MethodMetrics& v : choice->validation) {
            if (v.method != Method::Sequential)
                QVERIFY2(v.ndcg < 0.85, methodName(v.method).data());
        }
        QCOMPARE(choice->validation.size(), allMethods.size());
        QVERIFY(choice->validationMembers > 100);
        const MethodMetrics* chosen = choice->chosen();
        QVERIFY(chosen);
        QCOMPARE(choice->weightedNdcg.size(), allMethods.size());
        for (double ndcg : choice->weightedNdcg)
            QVERIFY(ndcg <= choice->weightedNdcgOf(Method::Sequential));
        QVERIFY(choice->weightedNdcgOf(Method::Sequential) > 1.3 * choice->weightedNdcgOf(Method::Popular));
        QVERIFY(chosen->ndcg > 1.3 * choice->of(Method::Popular)->ndcg);
        // Validation members are those with a held-out pair in the training pairs: fewer than the
        // evaluation's, never the same held-out pairs.
        QVERIFY(static_cast<size_t>(choice->validationMembers) <= (*e)->split().evaluated.size());
        // Cached: asking again returns the same choice without evaluating again.
        const long builds = SequentialModel::buildCount();
        QCOMPARE((*e)->chooseAuto({ 10, 0, 0.0, 0.5 })->method, Method::Sequential);
        QCOMPARE(SequentialModel::buildCount(), builds);
        // The free function agrees.
        QCOMPARE(chooseMethod(c, { 10, 0, 0.0, 0.5 })->method, Method::Sequential);
    }

    void bootstrapIntervals()
    {
        // 400 members, every other one with its held-out course at rank 1 of popular (hit rate 0.5):
        // the bootstrap interval is close to the normal one, 0.5 ± 1.96 · √(0.25 / 400) = 0.5 ± 0.049.
        std::vector<std::tuple<int, int, int>> orders;
        for (int m = 1; m <= 400; ++m) {
            orders.emplace_back(m, 1 + m % 2, 1); // training: p1 or p2
            orders.emplace_back(m, m % 2 == 0 ? 3 : 4, 2); // held out: p3 (popular's top, 200) or p4
        }
        // p3 is the most popular in training too: 300 extra members bought it once.
        for (int m = 401; m <= 700; ++m)
            orders.emplace_back(m, 3, 1);
        const CommunityPtr c = purchases(700, 4, orders);
        auto e = OfflineEvaluation::create(c);
        QVERIFY(e.ok());
        const auto r = (*e)->run(Method::Popular, { 1, 0, 0.0, 0.5 });
        QVERIFY(r.ok());
        const MethodMetrics& mm = r->metrics;
        QCOMPARE(mm.members, 400);
        QCOMPARE(mm.hitRate, 0.5);
        QVERIFY2(near(mm.hitRateLow, 0.451, 0.01), qPrintable(QString::number(mm.hitRateLow)));
        QVERIFY2(near(mm.hitRateHigh, 0.549, 0.01), qPrintable(QString::number(mm.hitRateHigh)));
        // At k = 1 a hit has gain 1, so the NDCG interval is the hit-rate interval.
        QCOMPARE(mm.ndcgLow, mm.hitRateLow);
        QCOMPARE(mm.ndcgHigh, mm.hitRateHigh);
        // Seeded: the same figures again.
        auto again = OfflineEvaluation::create(c);
        QCOMPARE((*again)->run(Method::Popular, { 1, 0, 0.0, 0.5 })->metrics.hitRateLow, mm.hitRateLow);
        // Popularity bias: popular lists p3 (300 + 200 training pairs... see below) to everyone.
        // Training pairs: p1 200, p2 200, p3 300 (members 401–700); held-out p3/p4 are not training.
        // Mean per product = 700 / 4 = 175. Even members hold p1 … every list is [p3] except for
        // members holding p3 in training (none of 1–400), so bias = 300 / 175.
        QVERIFY(near(mm.popularityBias, 300.0 / 175));
    }

    void diversityByHand()
    {
        // m1, m2: p1 (day 1), p2 (day 2), p4 (day 3) → training {p1, p2}, p4 held out.
        // m3: p1 only (training, not evaluated). m4: p3 (day 1), p4 (day 2) → training {p3}.
        // Training popularity: p1 3, p2 2, p3 1, p4 0; cos(p1, p2) = 2 / √(3 · 2) = 2/√6.
        // Popular at k = 2: m1, m2 → [p3, p4] (cosine 0: diversity 1); m4 → [p1, p2]
        // (diversity 1 − 2/√6). Mean over the three evaluated members: 1 − 2 / (3√6).
        const CommunityPtr c = purchases(4, 4,
            { { 1, 1, 1 }, { 1, 2, 2 }, { 1, 4, 3 }, { 2, 1, 1 }, { 2, 2, 2 }, { 2, 4, 3 }, { 3, 1, 1 }, { 4, 3, 1 },
                { 4, 4, 2 } });
        EvaluationOptions options;
        options.diversity = true;
        auto e = OfflineEvaluation::create(c, {}, {}, options);
        QVERIFY(e.ok());
        const auto r = (*e)->run(Method::Popular, { 2, 0, 0.0, 0.5 });
        QVERIFY(r.ok());
        QCOMPARE(r->metrics.members, 3);
        QVERIFY(near(r->metrics.diversity, 1.0 - 2.0 / (3.0 * std::sqrt(6.0))));
        // Popularity bias: mean pairs per product 6 / 4 = 1.5; lists average (1 + 0) / 2 = 0.5 for
        // m1, m2 and (3 + 2) / 2 = 2.5 for m4 → (0.5 + 0.5 + 2.5) / 3 / 1.5 = 7/9.
        QVERIFY(near(r->metrics.popularityBias, 7.0 / 9));
        // Off unless asked for.
        auto plain = OfflineEvaluation::create(c);
        QCOMPARE((*plain)->run(Method::Popular, { 2, 0, 0.0, 0.5 })->metrics.diversity, 0.0);
    }

    void liveListsSkipFreeEnrolmentsNotTrials()
    {
        // m1 bought p1; enrolled in p2 for free (a counted purchase of 0.00); took a free trial of p3.
        // Live lists never offer p1 or p2 (the member has them); p3 may be offered after the trial.
        CommunityBuilder b;
        const Index m1 = b.addMember({ "m1", day(0), "", "", "", "", "", "" });
        const Index m2 = b.addMember({ "m2", day(0), "", "", "", "", "", "" });
        std::vector<Index> p;
        for (const char* id : { "p1", "p2", "p3" })
            p.push_back(b.addProduct({ id, id, ProductKind::Course, "", 100, "", "", noTimestamp }));
        b.addOrder({ "o1", m1, p[0], day(1), 1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o2", m1, p[1], day(2), 0, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o3", m1, p[2], day(3), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
        for (int i = 0; i < 3; ++i)
            b.addOrder({ "x" + std::to_string(i), m2, p[static_cast<size_t>(i)], day(4), 1000, OrderType::Purchase,
                Plan::None, OrderStatus::Paid });
        const CommunityPtr c = b.build();
        auto r = Recommender::forCommunity(c);
        for (Method method : allMethods) {
            QVERIFY(r->prepare(method).ok());
            const auto list = r->recommend(c->findMember("m1"), method, { 10, 0, 0.0, 0.5 });
            QCOMPARE(list.size(), size_t(1));
            QCOMPARE(std::string(c->products.ids.view(list[0].product)), std::string("p3"));
        }
    }

    void reasonsRender()
    {
        // Every reason code of these methods has a rendering (not the fallback "code (args)").
        for (const char* code :
            { "recommend.ease_because", "recommend.sequential_most_often", "recommend.sequential_next",
                "recommend.social_ties", "recommend.social_no_ties", "recommend.popular_fill" }) {
            const Reason r { code, { std::int64_t(2), std::string("A"), std::string("B") } };
            const QString text = reasonText(r);
            QVERIFY2(!text.startsWith(QLatin1String("recommend.")), code);
        }
        QCOMPARE(reasonText({ "recommend.sequential_next", { std::int64_t(3), std::string("X"), std::string("Y") } }),
            QStringLiteral("3 members who took 《X》 took 《Y》 next"));
    }
};

QTEST_GUILESS_MAIN(TestMethods)
#include "tst_methods.moc"
