#include "ranking.h"

#include <algorithm>
#include <numeric>

namespace kinsight::core {

std::vector<Index> popularityOrder(const Feedback& training)
{
    std::vector<Index> order(static_cast<size_t>(training.productCount));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](Index a, Index b) { return training.popularity(a) > training.popularity(b); });
    return order;
}

void rankTopK(std::span<const double> scores, std::span<const std::uint8_t> excluded,
    std::span<const Index> byPopularity, int k, std::vector<RankedProduct>& out)
{
    out.clear();
    if (k <= 0)
        return;
    struct Candidate {
        std::int64_t key;
        Index product;
    };
    // A small sorted buffer of the best k seen so far: k is tiny next to the catalogue, so an
    // insertion into it is cheaper than collecting and sorting every candidate.
    thread_local std::vector<Candidate> best;
    best.clear();
    const auto better
        = [](const Candidate& a, const Candidate& b) { return a.key != b.key ? a.key > b.key : a.product < b.product; };
    const auto n = static_cast<Index>(scores.size());
    const auto limit = static_cast<size_t>(k);
    for (Index p = 0; p < n; ++p) {
        const double s = scores[static_cast<size_t>(p)];
        if (!(s > 0.0) || excluded[static_cast<size_t>(p)])
            continue;
        const Candidate c { scoreKey(s), p };
        if (c.key <= 0)
            continue;
        if (best.size() == limit && !better(c, best.back()))
            continue;
        const auto at = std::upper_bound(best.begin(), best.end(), c, better);
        best.insert(at, c);
        if (best.size() > limit)
            best.pop_back();
    }
    for (const Candidate& c : best)
        out.push_back({ c.product, scores[static_cast<size_t>(c.product)], false });
    if (out.size() == limit)
        return;
    for (Index p : byPopularity) {
        if (excluded[static_cast<size_t>(p)])
            continue;
        const bool listed = std::any_of(best.begin(), best.end(), [p](const Candidate& c) { return c.product == p; });
        if (listed)
            continue;
        out.push_back({ p, scores[static_cast<size_t>(p)], true });
        if (out.size() == limit)
            break;
    }
}

} // namespace kinsight::core
