#include "ease.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <random>

#include <Eigen/Cholesky>

#include "core/recommend/ranking.h"
#include "core/util/parallel.h"

namespace kinsight::core {

std::atomic<long> EaseModel::s_builds { 0 };

namespace {

/// The products taking part: every product with a pair, most-bought first, at most `limit`.
std::vector<Index> chooseProducts(const Feedback& t, Index limit)
{
    std::vector<Index> order = popularityOrder(t);
    std::vector<Index> out;
    for (Index p : order) {
        if (static_cast<Index>(out.size()) >= limit || t.popularity(p) == 0)
            break;
        out.push_back(p);
    }
    return out;
}

/// G = XᵀX over the binary matrix restricted to the model's products (slot indices).
Eigen::MatrixXd gram(const Feedback& t, const std::vector<Index>& slot, Index n, const TaskControl& control)
{
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(n, n);
    std::vector<Index> mine;
    for (Index m = 0; m < t.memberCount; ++m) {
        if ((m & 0xffff) == 0 && control.stopRequested())
            throw Cancelled {};
        mine.clear();
        for (Index p : t.productsOf(m)) {
            if (slot[static_cast<size_t>(p)] != noIndex)
                mine.push_back(slot[static_cast<size_t>(p)]);
        }
        for (Index a : mine) {
            for (Index b : mine)
                g(a, b) += 1.0;
        }
    }
    return g;
}

/// Columns = rows of B for G + λI.
Eigen::MatrixXd solve(const Eigen::MatrixXd& g, double lambda)
{
    const Index n = static_cast<Index>(g.rows());
    Eigen::MatrixXd a = g;
    a.diagonal().array() += lambda;
    // G + λI is symmetric positive definite for λ > 0, so P is symmetric: row i of P is column i.
    Eigen::MatrixXd p = a.llt().solve(Eigen::MatrixXd::Identity(n, n));
    const Eigen::VectorXd d = p.diagonal();
    for (Index i = 0; i < n; ++i) {
        // Row i of B: B[i][j] = −P[i][j] / P[j][j].
        p.col(i).array() = -p.col(i).array() / d.array();
        p(i, i) = 0.0;
    }
    return p;
}

/// NDCG@k of the model columns `rows` on the validation split, over the given members.
double ndcgOnValidation(const Eigen::MatrixXd& rows, const std::vector<Index>& slot, const std::vector<Index>& products,
    const LeaveLatestOutSplit& split, const std::vector<Index>& members, int k, const std::vector<Index>& byPopularity)
{
    const Feedback& t = split.training;
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<double> gains(members.size(), 0.0);
    struct Scratch {
        std::vector<double> scores;
        std::vector<std::uint8_t> excluded;
        std::vector<RankedProduct> ranked;
        Eigen::VectorXd sum;
    };
    std::vector<Scratch> scratch(static_cast<size_t>(workers));
    detail::parallelFor(static_cast<std::int64_t>(members.size()), 256, [&](std::int64_t b, std::int64_t e, int w) {
        Scratch& s = scratch[static_cast<size_t>(w)];
        for (std::int64_t i = b; i < e; ++i) {
            const Index m = members[static_cast<size_t>(i)];
            s.scores.assign(static_cast<size_t>(t.productCount), 0.0);
            s.excluded.assign(static_cast<size_t>(t.productCount), 0);
            s.sum.setZero(rows.rows());
            for (Index p : t.productsOf(m)) {
                s.excluded[static_cast<size_t>(p)] = 1;
                if (slot[static_cast<size_t>(p)] != noIndex)
                    s.sum += rows.col(slot[static_cast<size_t>(p)]);
            }
            for (size_t j = 0; j < products.size(); ++j)
                s.scores[static_cast<size_t>(products[j])] = s.sum[static_cast<Eigen::Index>(j)];
            rankTopK(s.scores, s.excluded, byPopularity, k, s.ranked);
            const Index target = split.heldOut[static_cast<size_t>(m)];
            for (size_t r = 0; r < s.ranked.size(); ++r) {
                if (s.ranked[r].product == target)
                    gains[static_cast<size_t>(i)] = 1.0 / std::log2(static_cast<double>(r) + 2.0);
            }
        }
    });
    double sum = 0.0;
    for (double g : gains)
        sum += g;
    return members.empty() ? 0.0 : sum / static_cast<double>(members.size());
}

} // namespace

std::shared_ptr<const EaseModel> EaseModel::train(
    const Feedback& training, const EaseOptions& options, const TaskControl& control)
{
    auto model = std::make_shared<EaseModel>();
    model->m_lambda = options.lambda > 0.0 ? options.lambda : options.defaultLambda;

    if (options.lambda <= 0.0 && !options.lambdaGrid.empty()) {
        // λ is chosen on pairs the final model also trains on, never on the evaluation's held-out
        // pairs: each member's latest training pair is held out once more.
        const LeaveLatestOutSplit validation = splitLeaveLatestOut(training);
        std::vector<Index> members = validation.evaluated;
        if (static_cast<Index>(members.size()) > options.validationMembers) {
            std::mt19937_64 random(options.seed);
            for (size_t i = 0; i < static_cast<size_t>(options.validationMembers); ++i) {
                std::uniform_int_distribution<size_t> pick(i, members.size() - 1);
                std::swap(members[i], members[pick(random)]);
            }
            members.resize(static_cast<size_t>(options.validationMembers));
            std::sort(members.begin(), members.end());
        }
        if (!members.empty()) {
            const std::vector<Index> products = chooseProducts(validation.training, options.maxProducts);
            std::vector<Index> slot(static_cast<size_t>(training.productCount), noIndex);
            for (size_t i = 0; i < products.size(); ++i)
                slot[static_cast<size_t>(products[i])] = static_cast<Index>(i);
            const auto n = static_cast<Index>(products.size());
            const Eigen::MatrixXd g = gram(validation.training, slot, n, control);
            const std::vector<Index> byPopularity = popularityOrder(validation.training);
            double best = -1.0;
            for (double lambda : options.lambdaGrid) {
                if (control.stopRequested())
                    throw Cancelled {};
                const double ndcg = ndcgOnValidation(
                    solve(g, lambda), slot, products, validation, members, options.validationK, byPopularity);
                model->m_validationNdcg.push_back(ndcg);
                // Strictly better only: on a tie the smaller λ (earlier in the grid) stays.
                if (ndcg > best) {
                    best = ndcg;
                    model->m_lambda = lambda;
                }
            }
        }
    }

    model->m_products = chooseProducts(training, options.maxProducts);
    model->m_slot.assign(static_cast<size_t>(training.productCount), noIndex);
    for (size_t i = 0; i < model->m_products.size(); ++i)
        model->m_slot[static_cast<size_t>(model->m_products[i])] = static_cast<Index>(i);
    const auto n = static_cast<Index>(model->m_products.size());
    model->m_rows = solve(gram(training, model->m_slot, n, control), model->m_lambda);
    ++s_builds;
    return model;
}

double EaseModel::weight(Index i, Index j) const
{
    const Index a = m_slot[static_cast<size_t>(i)];
    const Index b = m_slot[static_cast<size_t>(j)];
    if (a == noIndex || b == noIndex)
        return 0.0;
    return m_rows(b, a);
}

void EaseModel::addScores(
    std::span<const Index> products, std::span<const double> weights, std::span<double> scores) const
{
    for (size_t k = 0; k < products.size(); ++k) {
        const Index a = m_slot[static_cast<size_t>(products[k])];
        if (a == noIndex)
            continue;
        const double w = weights.empty() ? 1.0 : weights[k];
        const auto column = m_rows.col(a);
        for (size_t j = 0; j < m_products.size(); ++j)
            scores[static_cast<size_t>(m_products[j])] += w * column[static_cast<Eigen::Index>(j)];
    }
}

} // namespace kinsight::core
