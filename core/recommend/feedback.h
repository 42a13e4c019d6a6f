#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include <Eigen/SparseCore>

#include "core/data/community.h"
#include "core/util/result.h"

namespace kinsight::core {

/// How strongly each implicit pair counts. The defaults give every pair weight 1, which is what
/// the data contract's evaluation uses; the other settings are the operator's own choice and only
/// change the member side of the scores (item-kNN sums, content profiles, ALS confidence), never
/// the binary cosine similarities the contract defines.
struct FeedbackOptions {
    /// When on, weight = 1 + viewWeight · views + completionWeight · completions, counting the
    /// member's events that name the product. Event types are matched case-insensitively:
    /// view, views, play, open, visit count as views; complete, completed, completion, finish,
    /// finished count as completions.
    bool weightByEvents = false;
    double viewWeight = 0.1;
    double completionWeight = 1.0;
    /// When > 0, weight is multiplied by 0.5^(age / half-life), age = end of the data − the
    /// pair's time, in days. 0 turns recency weighting off.
    double recencyHalfLifeDays = 0.0;
};

/// The implicit feedback of a community (docs/recommendations.md): the distinct
/// (member, product) pairs where the member has a paid order of the product or rated it ≥ 4,
/// each timed at its earliest occurrence.
///
/// Stored twice, as compressed rows: by member (products ascending) and by product (members
/// ascending). A plain value: copyable, immutable once built, safe to read from many threads.
struct Feedback {
    Index memberCount = 0;
    Index productCount = 0;

    // By member: member m's pairs are [memberBegin[m], memberBegin[m + 1]).
    std::vector<Index> memberBegin; ///< size memberCount + 1
    std::vector<Index> product; ///< product of each pair, ascending within a member
    std::vector<Timestamp> at; ///< earliest occurrence of each pair
    std::vector<double> weight; ///< 1 unless FeedbackOptions say otherwise
    std::vector<std::uint8_t> completed; ///< 1 when the member has a completion event naming the product

    // By product: product p's members are byProduct[productBegin[p] .. productBegin[p + 1]).
    std::vector<Index> productBegin; ///< size productCount + 1
    std::vector<Index> byProduct; ///< member of each pair, ascending within a product

    Index pairCount() const { return static_cast<Index>(product.size()); }
    std::span<const Index> productsOf(Index m) const
    {
        const auto b = static_cast<size_t>(memberBegin[static_cast<size_t>(m)]);
        const auto e = static_cast<size_t>(memberBegin[static_cast<size_t>(m) + 1]);
        return { product.data() + b, e - b };
    }
    std::span<const double> weightsOf(Index m) const
    {
        const auto b = static_cast<size_t>(memberBegin[static_cast<size_t>(m)]);
        const auto e = static_cast<size_t>(memberBegin[static_cast<size_t>(m) + 1]);
        return { weight.data() + b, e - b };
    }
    std::span<const Index> membersOf(Index p) const
    {
        const auto b = static_cast<size_t>(productBegin[static_cast<size_t>(p)]);
        const auto e = static_cast<size_t>(productBegin[static_cast<size_t>(p) + 1]);
        return { byProduct.data() + b, e - b };
    }
    Index countOf(Index m) const
    {
        return memberBegin[static_cast<size_t>(m) + 1] - memberBegin[static_cast<size_t>(m)];
    }
    /// Members holding product p (its popularity: the number of pairs).
    Index popularity(Index p) const
    {
        return productBegin[static_cast<size_t>(p) + 1] - productBegin[static_cast<size_t>(p)];
    }
    /// True when member m has product p. O(log pairs of m).
    bool has(Index m, Index p) const;

    /// The members × products feedback matrix with the pair weights as values.
    Eigen::SparseMatrix<double, Eigen::RowMajor> matrix() const;
};

/// Collects the implicit pairs of a snapshot. Never fails; O(orders + ratings + events).
[[nodiscard]] Feedback buildFeedback(const Community& community, const FeedbackOptions& options = {});

/// Builds a Feedback from explicit pairs (member, product, time, weight); duplicates keep the
/// earliest time and the largest weight. For tests and for the evaluation split.
struct FeedbackPair {
    Index member = noIndex;
    Index product = noIndex;
    Timestamp at = 0;
    double weight = 1.0;
    bool completed = false;
};
[[nodiscard]] Feedback feedbackFromPairs(Index memberCount, Index productCount, std::vector<FeedbackPair> pairs);

/// The contract's leave-latest-out split: for each member with ≥ 2 pairs, the latest pair is held
/// out (ties: the greatest product_id, i.e. the greatest product index); training holds all other
/// pairs, including every pair of members with a single one.
struct LeaveLatestOutSplit {
    Feedback training;
    std::vector<Index> heldOut; ///< per member: the held-out product, or noIndex
    std::vector<Index> evaluated; ///< members with a held-out pair, ascending
};

[[nodiscard]] LeaveLatestOutSplit splitLeaveLatestOut(const Feedback& all);

/// The same split for only the members `holdOut` accepts: every other member keeps all their pairs
/// in training and is not evaluated (one fold of a cross-validated split). `holdOut` is called once
/// per member with at least two pairs, in ascending member order.
[[nodiscard]] LeaveLatestOutSplit splitLeaveLatestOut(const Feedback& all, const std::function<bool(Index)>& holdOut);

} // namespace kinsight::core
