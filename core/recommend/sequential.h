#pragma once

#include <atomic>
#include <memory>
#include <span>
#include <vector>

#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// Settings of the `sequential` method.
struct SequentialOptions {
    /// How many of the member's latest purchase moments count (products bought at the same
    /// second are one moment, as in a bundle).
    int window = 5;
    /// The weight of the j-th latest moment is decay^j (the latest is 1).
    double decay = 0.5;

    bool operator==(const SequentialOptions&) const = default;
};

/// Item-to-item transitions: how often members bought b at the purchase moment right after one
/// at which they bought a (pairs in time order; products of one moment are bought together, not
/// one after the other). Immutable after build(); safe to share between threads.
class SequentialModel {
public:
    struct Transition {
        Index product = noIndex;
        Index count = 0; ///< members who bought `product` next after the source product
    };

    [[nodiscard]] static std::shared_ptr<const SequentialModel> build(
        const Feedback& training, const SequentialOptions& options, const TaskControl& control);

    /// What members bought next after p, most often first (ties by product index).
    std::span<const Transition> nextAfter(Index p) const
    {
        const auto b = static_cast<size_t>(m_begin[static_cast<size_t>(p)]);
        const auto e = static_cast<size_t>(m_begin[static_cast<size_t>(p) + 1]);
        return { m_transitions.data() + b, e - b };
    }
    /// Σ of the counts of nextAfter(p).
    Index outgoing(Index p) const { return m_outgoing[static_cast<size_t>(p)]; }
    const SequentialOptions& options() const { return m_options; }

    /// The member's products grouped into purchase moments, latest first, at most `window` of
    /// them: (product, moment number 0 = latest).
    void recentProducts(const Feedback& training, Index m, std::vector<std::pair<Index, int>>& out) const;

    /// scores[b] += decay^j · count(a → b) / outgoing(a) for every product a of the member's j-th
    /// latest moment.
    void addScores(const Feedback& training, Index m, std::span<double> scores) const;

    /// The member's product that contributes most to p's score (noIndex when none does), with
    /// the transition count, and whether p is what members most often bought next after it.
    struct Source {
        Index product = noIndex;
        Index count = 0;
        bool mostOften = false;
    };
    Source sourceOf(const Feedback& training, Index m, Index p) const;

    static long buildCount() { return s_builds.load(); }

private:
    SequentialOptions m_options;
    std::vector<Index> m_begin;
    std::vector<Transition> m_transitions;
    std::vector<Index> m_outgoing;
    static std::atomic<long> s_builds;
};

} // namespace kinsight::core
