#include "social.h"

#include <algorithm>

namespace kinsight::core {

std::atomic<long> SocialModel::s_builds { 0 };

std::shared_ptr<const SocialModel> SocialModel::build(const Community& c, const TaskControl& control)
{
    auto model = std::make_shared<SocialModel>();
    const InteractionTable& in = c.interactions;
    struct Half {
        Index a, b;
        double w;
    };
    std::vector<Half> halves;
    halves.reserve(static_cast<size_t>(in.size()) * 2);
    for (Index i = 0; i < in.size(); ++i) {
        if ((i & 0xffff) == 0 && control.stopRequested())
            throw Cancelled {};
        const Index a = in.from[static_cast<size_t>(i)];
        const Index b = in.to[static_cast<size_t>(i)];
        if (a == b || a == noIndex || b == noIndex)
            continue;
        const double w = in.weight[static_cast<size_t>(i)];
        halves.push_back({ a, b, w });
        halves.push_back({ b, a, w });
    }
    std::sort(
        halves.begin(), halves.end(), [](const Half& x, const Half& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    model->m_begin.assign(static_cast<size_t>(c.memberCount()) + 1, 0);
    for (size_t i = 0; i < halves.size();) {
        size_t j = i;
        double strength = 0.0;
        while (j < halves.size() && halves[j].a == halves[i].a && halves[j].b == halves[i].b)
            strength += halves[j++].w;
        model->m_ties.push_back({ halves[i].b, strength });
        ++model->m_begin[static_cast<size_t>(halves[i].a) + 1];
        i = j;
    }
    for (size_t m = 0; m < static_cast<size_t>(c.memberCount()); ++m)
        model->m_begin[m + 1] += model->m_begin[m];
    ++s_builds;
    return model;
}

void SocialModel::addScores(const Feedback& training, Index m, std::span<double> scores) const
{
    for (const Tie& tie : tiesOf(m)) {
        for (Index p : training.productsOf(tie.member))
            scores[static_cast<size_t>(p)] += tie.strength;
    }
}

Index SocialModel::holders(const Feedback& training, Index m, Index p) const
{
    Index n = 0;
    for (const Tie& tie : tiesOf(m)) {
        if (training.has(tie.member, p))
            ++n;
    }
    return n;
}

} // namespace kinsight::core
