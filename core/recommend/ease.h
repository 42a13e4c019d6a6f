#pragma once

#include <atomic>
#include <memory>
#include <span>
#include <vector>

#include <Eigen/Core>

#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// EASE settings (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data").
struct EaseOptions {
    /// L2 regularisation λ. 0 = choose it from `lambdaGrid` by NDCG@`validationK` on a
    /// leave-latest-out validation split carved from the training pairs.
    double lambda = 0.0;
    std::vector<double> lambdaGrid { 1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0 };
    /// λ when there is nothing to validate on (no member has two training pairs).
    double defaultLambda = 64.0;
    int validationK = 10;
    /// At most this many validation members are scored per λ (a seeded sample above it).
    Index validationMembers = 20000;
    std::uint64_t seed = 42;
    /// Catalogue restriction: only the `maxProducts` most-bought products (pairs descending, ties
    /// by product index) take part; the others score 0. Dense matrices of n × n doubles: at 2,000
    /// products the model is 32 MB, and training holds at most four such matrices (128 MB).
    Index maxProducts = 2000;

    bool operator==(const EaseOptions&) const = default;
};

/// The EASE item–item model: B = I − P · diag(1 / diag(P)), P = (XᵀX + λI)⁻¹, with X the binary
/// members × products training matrix; that is B[i][j] = −P[i][j] / P[j][j] off the diagonal and
/// 0 on it. A member's score of j is Σ over their products i of w_i · B[i][j].
/// Immutable after train(); safe to share between threads.
class EaseModel {
public:
    /// Trains on `training` (choosing λ first when options.lambda is 0). Throws Cancelled when
    /// `control` asks to stop, std::bad_alloc when memory runs out.
    [[nodiscard]] static std::shared_ptr<const EaseModel> train(
        const Feedback& training, const EaseOptions& options, const TaskControl& control);

    double lambda() const { return m_lambda; }
    /// NDCG@k on the validation split for each λ of the grid (empty when λ was given or there was
    /// nothing to validate on).
    const std::vector<double>& validationNdcg() const { return m_validationNdcg; }
    /// Products taking part (most-bought first when the catalogue was restricted).
    const std::vector<Index>& products() const { return m_products; }
    /// B[i][j] for products i and j (0 when either does not take part).
    double weight(Index i, Index j) const;
    /// scores[j] += Σ w_i · B[i][j] over the given products (weights empty = all 1).
    void addScores(std::span<const Index> products, std::span<const double> weights, std::span<double> scores) const;

    static long buildCount() { return s_builds.load(); }

private:
    double m_lambda = 0.0;
    std::vector<double> m_validationNdcg;
    std::vector<Index> m_products; ///< model slot → product
    std::vector<Index> m_slot; ///< product → model slot, or noIndex
    /// Column i holds row i of B (B is not symmetric), so a member's score is a sum of columns.
    Eigen::MatrixXd m_rows;
    static std::atomic<long> s_builds;
};

} // namespace kinsight::core
