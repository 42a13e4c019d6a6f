#pragma once

#include <atomic>
#include <memory>
#include <span>
#include <vector>

#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// How member–product cells are weighted before item–item similarities are taken, as the
/// `implicit` library's item–item recommenders do on the products × members matrix.
enum class ItemWeighting {
    None, ///< binary vectors, cosine (the contract's item-kNN)
    TfIdf, ///< cell = idf(member), idf = ln(products) − ln(1 + |I_member|), then cosine
    Bm25, ///< cell = (K1 + 1) / (K1 · ((1 − B) + B · buyers(p) / mean buyers) + 1) · idf(member), dot product
};

/// The item-kNN model's settings; the defaults are the contract's.
struct ItemKnnOptions {
    ItemWeighting weighting = ItemWeighting::None;
    double bm25K1 = 100.0; ///< the `implicit` library's defaults
    double bm25B = 0.8;
    /// Shrinkage h for rare pairs: similarity × together / (together + h); 0 = none.
    double shrinkage = 0.0;

    bool operator==(const ItemKnnOptions&) const = default;
};

/// Item-item cosine similarities over binary training vectors (the contract's definition):
/// cos(p, q) = |members with p and q| / sqrt(|members with p| · |members with q|), or, with
/// ItemKnnOptions, over TF-IDF or BM25 weighted vectors and shrunk for rare pairs.
///
/// Only pairs bought together at least once are stored, each product's neighbours sorted by
/// similarity descending, ties by product index ascending — so a neighbourhood size N or a
/// similarity floor is a prefix of the list and re-ranking never rebuilds anything.
/// Immutable after build(); safe to share between threads.
class ItemSimilarity {
public:
    struct Neighbour {
        Index product = noIndex;
        Index together = 0; ///< members holding both products
        double similarity = 0.0;
    };

    /// Builds from training pairs in O(Σ over members of their pair count squared), in parallel.
    /// Throws Cancelled when `control` asks to stop.
    [[nodiscard]] static std::shared_ptr<const ItemSimilarity> build(
        const Feedback& training, const TaskControl& control, const ItemKnnOptions& options = {});

    Index productCount() const { return static_cast<Index>(m_begin.size()) - 1; }
    /// Neighbours of p (never p itself), best first.
    std::span<const Neighbour> neighboursOf(Index p) const
    {
        const auto b = static_cast<size_t>(m_begin[static_cast<size_t>(p)]);
        const auto e = static_cast<size_t>(m_begin[static_cast<size_t>(p) + 1]);
        return { m_neighbours.data() + b, e - b };
    }
    /// cos(p, q); 0 when never bought together. O(neighbours of p).
    double similarity(Index p, Index q) const;
    /// Members holding both p and q. O(neighbours of p).
    Index together(Index p, Index q) const;
    size_t memoryBytes() const
    {
        return m_neighbours.capacity() * sizeof(Neighbour) + m_begin.capacity() * sizeof(Index);
    }

    /// How many ItemSimilarity objects have been built in this process (lets tests observe that
    /// re-ranking reuses a model).
    static long buildCount() { return s_builds.load(); }

private:
    std::vector<Index> m_begin;
    std::vector<Neighbour> m_neighbours;
    static std::atomic<long> s_builds;
};

/// Adds member scores of item-kNN: for every product q the member holds (with weight w_q),
/// scores[p] += w_q · cos(p, q) for p among q's first `neighbours` neighbours (0 = all) whose
/// similarity is at least `floor`. With weights 1, all neighbours and floor 0 this is the
/// contract's Σ over the member's products q of cos(p, q).
void addItemKnnScores(const ItemSimilarity& model, std::span<const Index> products, std::span<const double> weights,
    int neighbours, double floor, std::span<double> scores);

/// The user-kNN model: what scoring by similar members needs, computed once per training set.
///
/// With all neighbours and no floor, the contract's score Σ over other members v holding p of
/// cos(m, v) equals (1 / sqrt|I_m|) · Σ over m's products q of W[q][p], where
/// W[q][p] = Σ over members v holding q and p of 1 / sqrt|I_v| (expand cos(m, v) =
/// |I_m ∩ I_v| / sqrt(|I_m| |I_v|) and swap the sums; the term v = m only touches m's own
/// products, which are never recommended). W is products × products, so scoring all members is
/// as cheap as item-kNN. With a neighbourhood size or floor the member's own neighbours are
/// found exactly through the product → members index (see userKnnNeighbours()).
/// Immutable after build(); safe to share between threads.
class UserSimilarity {
public:
    struct Entry {
        Index product = noIndex;
        double weight = 0.0;
    };
    [[nodiscard]] static std::shared_ptr<const UserSimilarity> build(
        const Feedback& training, const TaskControl& control);

    /// Row q of W, products ascending.
    std::span<const Entry> rowOf(Index q) const
    {
        const auto b = static_cast<size_t>(m_begin[static_cast<size_t>(q)]);
        const auto e = static_cast<size_t>(m_begin[static_cast<size_t>(q) + 1]);
        return { m_entries.data() + b, e - b };
    }
    size_t memoryBytes() const { return m_entries.capacity() * sizeof(Entry) + m_begin.capacity() * sizeof(Index); }
    static long buildCount() { return s_builds.load(); }

private:
    std::vector<Index> m_begin;
    std::vector<Entry> m_entries;
    static std::atomic<long> s_builds;
};

/// A similar member found for user-kNN.
struct MemberNeighbour {
    Index member = noIndex;
    double similarity = 0.0;
};

/// Reusable per-thread buffers for userKnnNeighbours(); sized lazily.
struct UserKnnScratch {
    std::vector<Index> overlap;
    std::vector<Index> touched;
    std::vector<MemberNeighbour> neighbours;
};

/// Member m's most similar other members (cosine over binary training vectors), best first, ties
/// by member index ascending: the first `neighbours` (0 = all) with similarity at least `floor`
/// and above zero. O(Σ over m's products of their member counts). Result in scratch.neighbours.
/// With `sorted` false and neighbours == 0 the neighbours come unsorted (cheaper when only the set
/// matters, e.g. to count who holds a product).
void userKnnNeighbours(
    const Feedback& training, Index m, int neighbours, double floor, UserKnnScratch& scratch, bool sorted = true);

/// Adds user-kNN scores for member m. With neighbours == 0 and floor <= 0 uses W (exactly the
/// contract's sum); otherwise finds m's neighbours and adds cos(m, v) to every product v holds.
void addUserKnnScores(const UserSimilarity& model, const Feedback& training, Index m, int neighbours, double floor,
    UserKnnScratch& scratch, std::span<double> scores);

} // namespace kinsight::core
