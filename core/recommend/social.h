#pragma once

#include <atomic>
#include <memory>
#include <span>
#include <vector>

#include "core/data/community.h"
#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The `social` method's ties: the contract's undirected interaction graph (self-interactions
/// dropped; a tie's strength is the sum of the weights of the interactions either way, once per
/// copy). Immutable after build(); safe to share between threads.
class SocialModel {
public:
    struct Tie {
        Index member = noIndex;
        double strength = 0.0;
    };

    [[nodiscard]] static std::shared_ptr<const SocialModel> build(
        const Community& community, const TaskControl& control);

    /// The people member m interacts with, member index ascending.
    std::span<const Tie> tiesOf(Index m) const
    {
        const auto b = static_cast<size_t>(m_begin[static_cast<size_t>(m)]);
        const auto e = static_cast<size_t>(m_begin[static_cast<size_t>(m) + 1]);
        return { m_ties.data() + b, e - b };
    }

    /// scores[p] += strength(m, v) for every person v member m interacts with and every training
    /// product p of v.
    void addScores(const Feedback& training, Index m, std::span<double> scores) const;

    /// How many of the people member m interacts with hold p in `training`.
    Index holders(const Feedback& training, Index m, Index p) const;

    static long buildCount() { return s_builds.load(); }

private:
    std::vector<Index> m_begin;
    std::vector<Tie> m_ties;
    static std::atomic<long> s_builds;
};

} // namespace kinsight::core
