#include "derive.h"

#include <atomic>

namespace kinsight::core {

std::uint64_t nextPartVersion()
{
    static std::atomic<std::uint64_t> counter { 0 };
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

void derivePart(AnalysisResults& r, Part part, const Thresholds& t, const TaskControl& control)
{
    switch (part) {
    case Part::Levels:
        r.levels = std::make_shared<const EngagementLevels>(bucketLevels(*r.scores, t.levels));
        break;
    case Part::Retention:
        r.retention = std::make_shared<const RetentionMatrix>(retentionMatrix(*r.cohorts, t.retentionView));
        break;
    case Part::Leaders:
        r.leaders = std::make_shared<const LeaderRanking>(rankLeaders(*r.graph, t.leaders));
        break;
    case Part::NetworkView:
        r.network = std::make_shared<const NetworkView>(layoutNetwork(*r.graph, *r.leaders, {}, control));
        break;
    default:
        return; // not a derivable part
    }
    r.setVersion(part, nextPartVersion());
}

std::shared_ptr<const AnalysisResults> deriveResults(
    const AnalysisResults& current, const Thresholds& next, const TaskControl& control)
{
    auto r = std::make_shared<AnalysisResults>(current);
    const Parts changed = changedInputs(current.thresholds, next);
    Parts derived = 0;
    // Up to date for `next`: what the change leaves alone, and each derived part whose inputs are.
    Parts ready = current.ready & ~withDependents(changed);
    const auto source = [&r](Part part) -> bool {
        switch (part) {
        case Part::Levels:
            return r->scores != nullptr;
        case Part::Retention:
            return r->cohorts != nullptr;
        case Part::Leaders:
            return r->graph != nullptr;
        case Part::NetworkView:
            return r->graph != nullptr && r->leaders != nullptr;
        default:
            return false;
        }
    };
    for (Part part : { Part::Levels, Part::Retention, Part::Leaders, Part::NetworkView }) {
        // The network drawing follows the leaders: it is derived whenever they are.
        const bool wanted = has(changed, part) || (part == Part::NetworkView && has(derived, Part::Leaders));
        if (wanted && source(part)) {
            derivePart(*r, part, next, control);
            derived |= bit(part);
            if ((partInputs(part) & ~ready) == 0)
                ready |= bit(part);
        }
    }
    r->thresholds = next;
    r->ready = ready;
    r->generation = current.generation;
    return r;
}

} // namespace kinsight::core
