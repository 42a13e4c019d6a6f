#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include <Eigen/Core>

#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

enum class AlsSolver {
    /// Each row takes `cgSteps` conjugate-gradient steps from its previous value (Takács, Pilászy
    /// & Tikk 2011, as in the `implicit` library); cheap for long rows.
    ConjugateGradient,
    /// Each row is solved exactly by a Cholesky factorisation.
    Cholesky,
};

/// Implicit-feedback ALS settings (Hu, Koren & Volinsky 2008). Changing any of them retrains.
struct AlsOptions {
    int factors = 64;
    double regularization = 10.0; ///< λ, on both factor matrices (see docs/recommendations.md)
    double alpha = 40.0; ///< confidence c = 1 + alpha · pair weight (the paper's value)
    int iterations = 15;
    AlsSolver solver = AlsSolver::Cholesky;
    int cgSteps = 3;
    std::uint64_t seed = 42;
    /// Solve short rows through the Woodbury identity: the same solution as Cholesky, much
    /// cheaper. Turning it off only serves to check that claim.
    bool woodbury = true;

    bool operator==(const AlsOptions&) const = default;
};

/// Member and product factor matrices from implicit ALS.
///
/// Minimises Σ over all (member u, product i) of c_ui (p_ui − x_u · y_i)² + λ (Σ |x_u|² + Σ |y_i|²)
/// where p_ui = 1 for a feedback pair and 0 otherwise, and c_ui = 1 + alpha · weight for a pair,
/// 1 otherwise. Each iteration solves all member rows given the products, then all product rows
/// given the members. Rows with at most factors / 2 pairs whose other side is small enough to
/// precompute G⁻¹ y (in practice: member rows) are solved exactly through the Woodbury identity
/// whatever the solver, which costs O(n² f) instead of O(f³). Member rows with no pairs are zero.
/// Deterministic for a given seed (rows are independent, so the thread count does not matter).
/// Immutable after train(); safe to share between threads.
class AlsModel {
public:
    using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    /// Trains; throws Cancelled when asked to stop. Progress is reported per half-iteration.
    /// With `recordObjective` the objective is computed before and after every iteration (costs
    /// about one extra member half-step each time).
    [[nodiscard]] static std::shared_ptr<const AlsModel> train(
        const Feedback& training, const AlsOptions& options, const TaskControl& control, bool recordObjective = false);

    const Matrix& memberFactors() const { return m_x; }
    const Matrix& productFactors() const { return m_y; }
    const AlsOptions& options() const { return m_options; }
    /// With recordObjective: the objective after each iteration, and before the first.
    const std::vector<double>& objectiveTrace() const { return m_trace; }
    double initialObjective() const { return m_initialObjective; }

    double score(Index m, Index p) const { return m_x.row(m).dot(m_y.row(p)); }
    /// scores[p] += x_m · y_p for every product.
    void addScores(Index m, std::span<double> scores) const;
    /// Cosine between two products' factor vectors (0 when either is zero).
    double productCosine(Index p, Index q) const;

    /// The HKV objective of factors X, Y on `training` (O(pairs · f + (members + products) f²)).
    static double objective(const Feedback& training, const Matrix& x, const Matrix& y, const AlsOptions& options);

    size_t memoryBytes() const { return static_cast<size_t>(m_x.size() + m_y.size()) * sizeof(double); }
    static long buildCount() { return s_builds.load(); }

private:
    AlsOptions m_options;
    Matrix m_x;
    Matrix m_y;
    std::vector<double> m_trace;
    double m_initialObjective = 0.0;
    static std::atomic<long> s_builds;
};

} // namespace kinsight::core
