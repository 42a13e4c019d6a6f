#include "sequential.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kinsight::core {

std::atomic<long> SequentialModel::s_builds { 0 };

namespace {

/// The member's pairs as (time, product), in time order (ties by product index).
void timeline(const Feedback& t, Index m, std::vector<std::pair<Timestamp, Index>>& out)
{
    out.clear();
    for (Index i = t.memberBegin[static_cast<size_t>(m)]; i < t.memberBegin[static_cast<size_t>(m) + 1]; ++i)
        out.emplace_back(t.at[static_cast<size_t>(i)], t.product[static_cast<size_t>(i)]);
    std::sort(out.begin(), out.end());
}

} // namespace

std::shared_ptr<const SequentialModel> SequentialModel::build(
    const Feedback& t, const SequentialOptions& options, const TaskControl& control)
{
    auto model = std::make_shared<SequentialModel>();
    model->m_options = options;
    std::vector<std::pair<Index, Index>> steps; // (from, to), one per member and step
    std::vector<std::pair<Timestamp, Index>> line;
    for (Index m = 0; m < t.memberCount; ++m) {
        if ((m & 0xffff) == 0 && control.stopRequested())
            throw Cancelled {};
        timeline(t, m, line);
        // Moments: runs of equal time. Every product of one moment leads to every product of the next.
        size_t previous = 0, current = 0;
        bool havePrevious = false;
        while (current < line.size()) {
            size_t end = current;
            while (end < line.size() && line[end].first == line[current].first)
                ++end;
            if (havePrevious) {
                for (size_t a = previous; a < current; ++a) {
                    for (size_t b = current; b < end; ++b)
                        steps.emplace_back(line[a].second, line[b].second);
                }
            }
            previous = current;
            current = end;
            havePrevious = true;
        }
    }
    std::sort(steps.begin(), steps.end());
    model->m_begin.assign(static_cast<size_t>(t.productCount) + 1, 0);
    model->m_outgoing.assign(static_cast<size_t>(t.productCount), 0);
    for (size_t i = 0; i < steps.size();) {
        size_t j = i;
        while (j < steps.size() && steps[j] == steps[i])
            ++j;
        const Index from = steps[i].first;
        model->m_transitions.push_back({ steps[i].second, static_cast<Index>(j - i) });
        ++model->m_begin[static_cast<size_t>(from) + 1];
        model->m_outgoing[static_cast<size_t>(from)] += static_cast<Index>(j - i);
        i = j;
    }
    for (size_t p = 0; p < static_cast<size_t>(t.productCount); ++p)
        model->m_begin[p + 1] += model->m_begin[p];
    for (Index p = 0; p < t.productCount; ++p) {
        auto b = model->m_transitions.begin() + model->m_begin[static_cast<size_t>(p)];
        auto e = model->m_transitions.begin() + model->m_begin[static_cast<size_t>(p) + 1];
        std::sort(b, e, [](const Transition& x, const Transition& y) {
            return x.count != y.count ? x.count > y.count : x.product < y.product;
        });
    }
    ++s_builds;
    return model;
}

void SequentialModel::recentProducts(const Feedback& t, Index m, std::vector<std::pair<Index, int>>& out) const
{
    out.clear();
    thread_local std::vector<std::pair<Timestamp, Index>> line;
    timeline(t, m, line);
    int moment = -1;
    for (size_t i = line.size(); i-- > 0;) {
        if (i + 1 == line.size() || line[i].first != line[i + 1].first)
            ++moment;
        if (moment >= m_options.window)
            break;
        out.emplace_back(line[i].second, moment);
    }
}

void SequentialModel::addScores(const Feedback& t, Index m, std::span<double> scores) const
{
    thread_local std::vector<std::pair<Index, int>> recent;
    recentProducts(t, m, recent);
    for (const auto& [a, moment] : recent) {
        const Index out = outgoing(a);
        if (out == 0)
            continue;
        const double w = std::pow(m_options.decay, moment) / static_cast<double>(out);
        for (const Transition& next : nextAfter(a))
            scores[static_cast<size_t>(next.product)] += w * static_cast<double>(next.count);
    }
}

SequentialModel::Source SequentialModel::sourceOf(const Feedback& t, Index m, Index p) const
{
    std::vector<std::pair<Index, int>> recent;
    recentProducts(t, m, recent);
    Source best;
    double bestValue = 0.0;
    for (const auto& [a, moment] : recent) {
        const Index out = outgoing(a);
        if (out == 0)
            continue;
        const std::span<const Transition> list = nextAfter(a);
        for (const Transition& next : list) {
            if (next.product != p)
                continue;
            const double v = std::pow(m_options.decay, moment) * static_cast<double>(next.count) / out;
            if (v > bestValue) {
                bestValue = v;
                best = { a, next.count, next.count == list.front().count };
            }
        }
    }
    return best;
}

} // namespace kinsight::core
