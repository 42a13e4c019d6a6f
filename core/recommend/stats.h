#pragma once

#include <span>

namespace kinsight::core {

/// Regularised incomplete beta function I_x(a, b), by its continued fraction (modified Lentz).
double incompleteBeta(double a, double b, double x);

/// P(T ≤ t) for Student's t distribution with `df` degrees of freedom (df > 0).
double studentTCdf(double t, double df);

/// The t with P(T ≤ t) = probability (0 < probability < 1), by bisection on studentTCdf.
double studentTQuantile(double probability, double df);

/// A paired two-sided t-test of the per-member differences a[i] − b[i].
struct PairedTest {
    long n = 0;
    double meanA = 0.0;
    double meanB = 0.0;
    double meanDifference = 0.0; ///< mean of a − b
    double standardDeviation = 0.0; ///< of the differences (n − 1 denominator)
    double t = 0.0; ///< meanDifference / (sd / √n); 0 when the differences do not vary
    double pValue = 1.0; ///< two-sided
    double ciLow = 0.0; ///< confidence interval of the mean difference
    double ciHigh = 0.0;
};

/// Paired t-test at the given confidence (e.g. 0.95). a and b must have the same length.
/// With fewer than two pairs, or differences that never vary, the interval collapses onto the
/// mean difference and p is 1 when it is zero, 0 otherwise.
PairedTest pairedTTest(std::span<const double> a, std::span<const double> b, double confidence = 0.95);

} // namespace kinsight::core
