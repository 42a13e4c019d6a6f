#include <random>

#include <QTest>

#include "core/recommend/als.h"

using namespace kinsight::core;

Q_DECLARE_METATYPE(kinsight::core::AlsSolver)

namespace {

/// 60 members, 12 products, about a third of the cells filled at random (seeded), weights 1..3.
Feedback randomFeedback()
{
    std::mt19937_64 random(7);
    std::vector<FeedbackPair> pairs;
    for (Index m = 0; m < 60; ++m) {
        for (Index p = 0; p < 12; ++p) {
            if (random() % 3 == 0)
                pairs.push_back({ m, p, 0, 1.0 + static_cast<double>(random() % 3), false });
        }
    }
    return feedbackFromPairs(60, 12, pairs);
}

/// The planted structure: members 0–19 hold products 0–4, members 20–39 products 5–9, each
/// missing exactly one product of their own block (member m misses product m % 5 of it).
Feedback plantedFeedback()
{
    std::vector<FeedbackPair> pairs;
    for (Index m = 0; m < 40; ++m) {
        const Index block = m < 20 ? 0 : 5;
        for (Index k = 0; k < 5; ++k) {
            if (k != m % 5)
                pairs.push_back({ m, block + k });
        }
    }
    return feedbackFromPairs(40, 10, pairs);
}

} // namespace

class TestAls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void objectiveDecreases_data()
    {
        QTest::addColumn<AlsSolver>("solver");
        QTest::addColumn<int>("factors");
        QTest::newRow("cholesky, Woodbury rows") << AlsSolver::Cholesky << 16; // rows of ≤ 8 pairs take Woodbury
        QTest::newRow("cholesky, dense rows") << AlsSolver::Cholesky << 3;
        QTest::newRow("conjugate gradient") << AlsSolver::ConjugateGradient << 3;
        QTest::newRow("conjugate gradient, Woodbury rows") << AlsSolver::ConjugateGradient << 16;
    }

    void objectiveDecreases()
    {
        QFETCH(AlsSolver, solver);
        QFETCH(int, factors);
        const Feedback f = randomFeedback();
        AlsOptions o;
        o.factors = factors;
        o.iterations = 10;
        o.regularization = 0.5;
        o.alpha = 5.0;
        o.solver = solver;
        const auto model = AlsModel::train(f, o, {}, true);
        const std::vector<double>& trace = model->objectiveTrace();
        QCOMPARE(trace.size(), size_t(10));
        double previous = model->initialObjective();
        for (double value : trace) {
            // Each half-step minimises (exactly, or by CG steps from the previous point) a convex
            // quadratic in one factor matrix, so the objective can only go down.
            QVERIFY2(value <= previous * (1 + 1e-12), qPrintable(QStringLiteral("%1 > %2").arg(value).arg(previous)));
            previous = value;
        }
        QVERIFY(trace.back() < 0.9 * model->initialObjective());
        // The stored objective matches a recomputation from the factors.
        QCOMPARE(AlsModel::objective(f, model->memberFactors(), model->productFactors(), o), trace.back());
    }

    void solversAgreeOnExactSolve()
    {
        // Woodbury and dense Cholesky solve the same linear systems: same factors.
        const Feedback f = randomFeedback();
        AlsOptions o;
        // One iteration: both paths solve identical systems, so they agree to rounding. (Over
        // more iterations with 16 factors on 12 products the systems are ill-conditioned and
        // rounding differences grow to ~1e-9 relative, which says nothing about either path; even
        // after one iteration the product step amplifies the members' 1e-14 differences.)
        o.iterations = 1;
        o.solver = AlsSolver::Cholesky;
        o.factors = 16; // rows of ≤ 8 pairs use Woodbury
        const auto a = AlsModel::train(f, o, {});
        o.woodbury = false;
        const auto b = AlsModel::train(f, o, {});
        QVERIFY(a->memberFactors().cwiseAbs().maxCoeff() > 0.01);
        QVERIFY((a->memberFactors() - b->memberFactors()).cwiseAbs().maxCoeff() < 1e-9);
        QVERIFY((a->productFactors() - b->productFactors()).cwiseAbs().maxCoeff() < 1e-9);
    }

    void recoversPlantedStructure_data()
    {
        QTest::addColumn<AlsSolver>("solver");
        QTest::newRow("cholesky") << AlsSolver::Cholesky;
        QTest::newRow("conjugate gradient") << AlsSolver::ConjugateGradient;
    }

    void recoversPlantedStructure()
    {
        QFETCH(AlsSolver, solver);
        const Feedback f = plantedFeedback();
        AlsOptions o;
        // As many factors as the planted rank (2 blocks). With more, ALS may fit the systematic
        // gaps themselves: the four members missing the same product are identical rows.
        o.factors = 2;
        o.iterations = 15;
        o.regularization = 0.1;
        o.alpha = 10.0;
        o.solver = solver;
        const auto model = AlsModel::train(f, o, {});
        for (Index m = 0; m < 40; ++m) {
            // The product a member misses scores about 1, the other block about 0.
            const Index block = m < 20 ? 0 : 5;
            const Index missing = block + m % 5;
            // The missing product of the member's own block outranks all five of the other block.
            const double own = model->score(m, missing);
            for (Index k = 0; k < 5; ++k) {
                const Index other = (block == 0 ? 5 : 0) + k;
                QVERIFY2(own > model->score(m, other) + 0.5,
                    qPrintable(QStringLiteral("member %1: %2 vs %3").arg(m).arg(own).arg(model->score(m, other))));
            }
        }
    }

    void deterministic()
    {
        const Feedback f = randomFeedback();
        AlsOptions o;
        o.factors = 5;
        o.iterations = 3;
        const auto a = AlsModel::train(f, o, {});
        const auto b = AlsModel::train(f, o, {});
        QVERIFY(a->productFactors() == b->productFactors());
        o.seed = 43;
        const auto c = AlsModel::train(f, o, {});
        QVERIFY(a->productFactors() != c->productFactors());
    }
};

QTEST_GUILESS_MAIN(TestAls)
#include "tst_als.moc"
