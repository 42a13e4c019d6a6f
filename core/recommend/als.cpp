#include "als.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <Eigen/Cholesky>

#include "core/util/parallel.h"

namespace kinsight::core {

std::atomic<long> AlsModel::s_builds { 0 };

namespace {

using Matrix = AlsModel::Matrix;
using Vector = Eigen::VectorXd;

/// One side's rows in compressed form: row r's entries are [begin[r], begin[r + 1]) of index/weight.
struct Rows {
    std::span<const Index> begin;
    std::span<const Index> index;
    std::span<const double> weight;
    Index count() const { return static_cast<Index>(begin.size()) - 1; }
};

/// Woodbury pays off when G⁻¹ y can be precomputed for the whole other side cheaply.
constexpr Index woodburyOtherSideLimit = 200000;

/// YᵀY over the non-zero rows of y, in parallel blocks. Members without pairs keep zero factors,
/// and in a real community they are most members, so skipping them saves most of the work.
Eigen::MatrixXd gram(const Matrix& y, const TaskControl& control)
{
    const Eigen::Index f = y.cols();
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<Eigen::MatrixXd> partial(static_cast<size_t>(workers), Eigen::MatrixXd::Zero(f, f));
    constexpr std::int64_t block = 2048;
    detail::parallelFor(y.rows(), block, [&](std::int64_t b, std::int64_t e, int worker) {
        if (control.stopRequested())
            throw Cancelled {};
        Eigen::MatrixXd rows(block, f);
        Eigen::Index n = 0;
        for (std::int64_t r = b; r < e; ++r) {
            if (!y.row(r).isZero(0.0))
                rows.row(n++) = y.row(r);
        }
        if (n > 0)
            partial[static_cast<size_t>(worker)].selfadjointView<Eigen::Lower>().rankUpdate(
                rows.topRows(n).transpose());
    });
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(f, f);
    for (const Eigen::MatrixXd& p : partial)
        g += p;
    // Partial sums were accumulated in the lower triangle only.
    return g.selfadjointView<Eigen::Lower>();
}

/// Solves every row of `target` given `other` (one ALS half-step).
void solveSide(Matrix& target, const Matrix& other, const Rows& rows, const AlsOptions& o, const TaskControl& control)
{
    const auto f = static_cast<Eigen::Index>(o.factors);
    Eigen::MatrixXd g = gram(other, control);
    g.diagonal().array() += o.regularization;
    const Eigen::LLT<Eigen::MatrixXd> gFactor(g);

    const bool woodbury = o.woodbury && other.rows() <= woodburyOtherSideLimit;
    Matrix z; // z.row(i) = (G⁻¹ y_i)ᵀ
    if (woodbury) {
        const Eigen::MatrixXd zt = gFactor.solve(other.transpose());
        z = zt.transpose();
    }

    const Index n = rows.count();
    detail::parallelFor(n, 512, [&](std::int64_t b, std::int64_t e, int) {
        if (control.stopRequested())
            throw Cancelled {};
        Eigen::MatrixXd a(f, f), weighted;
        Vector rhs(f), x(f), r(f), p(f), ap(f);
        for (auto row = static_cast<Index>(b); row < static_cast<Index>(e); ++row) {
            const Index first = rows.begin[static_cast<size_t>(row)];
            const Index last = rows.begin[static_cast<size_t>(row) + 1];
            const Index count = last - first;
            auto out = target.row(row);
            if (count == 0) {
                // No pairs: the right-hand side is zero, and so is the exact solution.
                out.setZero();
                continue;
            }
            const auto idx = [&](Index k) { return rows.index[static_cast<size_t>(first + k)]; };
            const auto conf = [&](Index k) { return 1.0 + o.alpha * rows.weight[static_cast<size_t>(first + k)]; };

            bool allPositive = o.alpha > 0.0;
            for (Index k = 0; k < count && allPositive; ++k)
                allPositive = rows.weight[static_cast<size_t>(first + k)] > 0.0;

            if (woodbury && allPositive && count <= o.factors / 2) {
                // A = G + Yᵤᵀ D Yᵤ with D = diag(c − 1). By Woodbury,
                // x = A⁻¹ Yᵤᵀ c = Σ_i (c_i − s_i) G⁻¹ y_i with (D⁻¹ + Yᵤ G⁻¹ Yᵤᵀ) s = Yᵤ G⁻¹ Yᵤᵀ c.
                Eigen::MatrixXd s(count, count);
                Vector c(count);
                for (Index i = 0; i < count; ++i) {
                    c(i) = conf(i);
                    for (Index j = 0; j <= i; ++j) {
                        const double m = other.row(idx(i)).dot(z.row(idx(j)));
                        s(i, j) = m;
                        s(j, i) = m;
                    }
                }
                const Vector t = s * c;
                s.diagonal() += (c.array() - 1.0).inverse().matrix();
                const Vector sol = s.ldlt().solve(t);
                out.setZero();
                for (Index i = 0; i < count; ++i)
                    out += (c(i) - sol(i)) * z.row(idx(i));
                continue;
            }

            rhs.setZero();
            for (Index k = 0; k < count; ++k)
                rhs += conf(k) * other.row(idx(k)).transpose();

            if (o.solver == AlsSolver::Cholesky) {
                // A = G + Bᵀ B with rows of B = √(c − 1) y: one blocked symmetric rank-k update.
                a = g;
                weighted.resize(count, f);
                for (Index k = 0; k < count; ++k)
                    weighted.row(k) = std::sqrt(std::max(0.0, conf(k) - 1.0)) * other.row(idx(k));
                a.selfadjointView<Eigen::Lower>().rankUpdate(weighted.transpose());
                out = a.selfadjointView<Eigen::Lower>().llt().solve(rhs).transpose();
                continue;
            }

            // Conjugate gradient on A x = b from the previous x; A v = G v + Σ (c − 1)(y · v) y.
            const auto multiply = [&](const Vector& v, Vector& result) {
                result.noalias() = g * v;
                for (Index k = 0; k < count; ++k) {
                    const auto y = other.row(idx(k));
                    result += ((conf(k) - 1.0) * y.dot(v)) * y.transpose();
                }
            };
            x = out.transpose();
            multiply(x, ap);
            r = rhs - ap;
            p = r;
            double rs = r.squaredNorm();
            for (int step = 0; step < o.cgSteps && rs > 1e-20; ++step) {
                multiply(p, ap);
                const double pap = p.dot(ap);
                if (!(pap > 0.0))
                    break;
                const double step_ = rs / pap;
                x += step_ * p;
                r -= step_ * ap;
                const double rsNew = r.squaredNorm();
                p = r + (rsNew / rs) * p;
                rs = rsNew;
            }
            out = x.transpose();
        }
    });
}

} // namespace

std::shared_ptr<const AlsModel> AlsModel::train(
    const Feedback& t, const AlsOptions& options, const TaskControl& control, bool recordObjective)
{
    auto model = std::make_shared<AlsModel>();
    model->m_options = options;
    const Eigen::Index f = std::max(1, options.factors);
    model->m_options.factors = static_cast<int>(f);

    // Weights aligned with the by-product index, filled in the same order indexByProduct uses.
    std::vector<double> productWeight(t.byProduct.size());
    {
        std::vector<Index> next(t.productBegin.begin(), t.productBegin.end() - 1);
        for (Index m = 0; m < t.memberCount; ++m) {
            for (Index i = t.memberBegin[static_cast<size_t>(m)]; i < t.memberBegin[static_cast<size_t>(m) + 1]; ++i)
                productWeight[static_cast<size_t>(next[static_cast<size_t>(t.product[static_cast<size_t>(i)])]++)]
                    = t.weight[static_cast<size_t>(i)];
        }
    }
    const Rows memberRows { t.memberBegin, t.product, t.weight };
    const Rows productRows { t.productBegin, t.byProduct, productWeight };

    model->m_x = Matrix::Zero(t.memberCount, f);
    model->m_y = Matrix(t.productCount, f);
    std::mt19937_64 random(options.seed);
    std::uniform_real_distribution<double> uniform(0.0, 0.01);
    for (Eigen::Index i = 0; i < model->m_y.size(); ++i)
        model->m_y.data()[i] = uniform(random);

    if (recordObjective)
        model->m_initialObjective = objective(t, model->m_x, model->m_y, model->m_options);
    const int iterations = std::max(0, options.iterations);
    for (int it = 0; it < iterations; ++it) {
        solveSide(model->m_x, model->m_y, memberRows, model->m_options, control);
        control.progress((it + 0.5) / iterations);
        solveSide(model->m_y, model->m_x, productRows, model->m_options, control);
        control.progress((it + 1.0) / iterations);
        if (recordObjective)
            model->m_trace.push_back(objective(t, model->m_x, model->m_y, model->m_options));
    }
    ++s_builds;
    return model;
}

void AlsModel::addScores(Index m, std::span<double> scores) const
{
    Eigen::Map<Eigen::VectorXd> out(scores.data(), static_cast<Eigen::Index>(scores.size()));
    out.noalias() += m_y * m_x.row(m).transpose();
}

double AlsModel::productCosine(Index p, Index q) const
{
    const double np = m_y.row(p).norm(), nq = m_y.row(q).norm();
    return np > 0.0 && nq > 0.0 ? m_y.row(p).dot(m_y.row(q)) / (np * nq) : 0.0;
}

double AlsModel::objective(const Feedback& t, const Matrix& x, const Matrix& y, const AlsOptions& o)
{
    // Σ over all cells of s² in closed form, then correct the observed cells:
    // c (1 − s)² replaces the s² (c = 1, p = 0) counted for them.
    const Eigen::MatrixXd xtx = x.transpose() * x;
    const Eigen::MatrixXd yty = y.transpose() * y;
    double total = xtx.cwiseProduct(yty).sum();
    for (Index m = 0; m < t.memberCount; ++m) {
        for (Index i = t.memberBegin[static_cast<size_t>(m)]; i < t.memberBegin[static_cast<size_t>(m) + 1]; ++i) {
            const double s = x.row(m).dot(y.row(t.product[static_cast<size_t>(i)]));
            const double c = 1.0 + o.alpha * t.weight[static_cast<size_t>(i)];
            total += c * (1.0 - s) * (1.0 - s) - s * s;
        }
    }
    return total + o.regularization * (x.squaredNorm() + y.squaredNorm());
}

} // namespace kinsight::core
