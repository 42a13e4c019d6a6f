#pragma once

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

#include "core/recommend/feedback.h"

namespace kinsight::core {

/// A score as the contract compares it: rounded to 9 decimals (scores equal to 9 decimals tie).
inline std::int64_t scoreKey(double score)
{
    return static_cast<std::int64_t>(std::llround(score * 1e9));
}

/// The score rounded to 9 decimals, as printed.
inline double roundedScore(double score)
{
    return static_cast<double>(scoreKey(score)) / 1e9;
}

/// One entry of a ranked list.
struct RankedProduct {
    Index product = noIndex;
    double score = 0.0; ///< the method's score for the product
    bool filled = false; ///< came from the popularity fill, not from a score above zero
};

/// Products in training-popularity order: number of pairs descending, ties by product index
/// (= product_id code-point order) ascending.
[[nodiscard]] std::vector<Index> popularityOrder(const Feedback& training);

/// The contract's top-K rule.
///
/// Candidates are the products whose score, rounded to 9 decimals, is above zero and that are not
/// marked in `excluded`; they are ranked by rounded score descending, ties by product index
/// ascending. When fewer than `k` qualify, the list is filled from `byPopularity` (skipping
/// excluded and already listed products). `excluded` has one byte per product; it is read only.
/// `out` is cleared first. O(products + k log k).
void rankTopK(std::span<const double> scores, std::span<const std::uint8_t> excluded,
    std::span<const Index> byPopularity, int k, std::vector<RankedProduct>& out);

} // namespace kinsight::core
