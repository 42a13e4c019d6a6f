#include "stats.h"

#include <algorithm>
#include <cmath>

namespace kinsight::core {

namespace {

/// Continued fraction of the incomplete beta function (converges quickly for x < (a + 1) / (a + b + 2)).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-15;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    // One step of the modified Lentz method with coefficient aa: updates d and c, returns the
    // factor h is multiplied by.
    auto step = [&](double aa) {
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        return d * c;
    };
    for (int m = 1; m <= 10000; ++m) {
        const double m2 = 2.0 * m;
        h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)));
        const double delta = step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)));
        h *= delta;
        if (std::fabs(delta - 1.0) < epsilon)
            break;
    }
    return h;
}

} // namespace

double incompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    // P(|T| > |t|) = I_{df / (df + t²)}(df / 2, 1 / 2).
    const double tail = 0.5 * incompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double probability, double df)
{
    double lo = -1e3, hi = 1e3;
    for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (studentTCdf(mid, df) < probability)
            lo = mid;
        else
            hi = mid;
    }
    return 0.5 * (lo + hi);
}

PairedTest pairedTTest(std::span<const double> a, std::span<const double> b, double confidence)
{
    PairedTest r;
    r.n = static_cast<long>(std::min(a.size(), b.size()));
    if (r.n == 0)
        return r;
    double sumA = 0.0, sumB = 0.0;
    for (long i = 0; i < r.n; ++i) {
        sumA += a[static_cast<size_t>(i)];
        sumB += b[static_cast<size_t>(i)];
    }
    r.meanA = sumA / r.n;
    r.meanB = sumB / r.n;
    r.meanDifference = r.meanA - r.meanB;
    double ss = 0.0;
    for (long i = 0; i < r.n; ++i) {
        const double d = a[static_cast<size_t>(i)] - b[static_cast<size_t>(i)] - r.meanDifference;
        ss += d * d;
    }
    r.standardDeviation = r.n > 1 ? std::sqrt(ss / (r.n - 1)) : 0.0;
    const double se = r.standardDeviation / std::sqrt(static_cast<double>(r.n));
    // Differences of 0/1 hits can sum to exactly 0 yet leave rounding noise in the mean.
    if (r.n < 2 || se <= 1e-12 * std::max(1.0, std::fabs(r.meanDifference))) {
        r.pValue = std::fabs(r.meanDifference) < 1e-15 ? 1.0 : 0.0;
        r.ciLow = r.ciHigh = r.meanDifference;
        return r;
    }
    const double df = static_cast<double>(r.n - 1);
    r.t = r.meanDifference / se;
    // Two-sided tail straight from the beta function: no cancellation for tiny p-values.
    r.pValue = std::min(1.0, incompleteBeta(df / 2.0, 0.5, df / (df + r.t * r.t)));
    const double critical = studentTQuantile(0.5 + confidence / 2.0, df);
    r.ciLow = r.meanDifference - critical * se;
    r.ciHigh = r.meanDifference + critical * se;
    return r;
}

} // namespace kinsight::core
