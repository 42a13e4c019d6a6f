#pragma once

#include <atomic>
#include <functional>

namespace kinsight::core {

/// Cooperative cancellation and progress reporting for long computations.
///
/// Core algorithms take a `const TaskControl&`, poll `stopRequested()` at convenient points and
/// report progress as a fraction in [0, 1]. A default-constructed TaskControl never stops and
/// reports nowhere, so tests and the command line pass `{}`. Thread-safe: the flag may be set from
/// any thread; the progress callback is invoked on the computing thread.
class TaskControl {
public:
    TaskControl() = default;
    explicit TaskControl(const std::atomic<bool>* stopFlag, std::function<void(double)> progress = {})
        : m_stop(stopFlag)
        , m_progress(std::move(progress))
    { }

    bool stopRequested() const { return m_stop && m_stop->load(std::memory_order_relaxed); }
    void progress(double fraction) const
    {
        if (m_progress)
            m_progress(fraction);
    }

    /// The same stop flag, reporting progress to `progress` instead.
    TaskControl withProgress(std::function<void(double)> progress) const
    {
        return TaskControl(m_stop, std::move(progress));
    }

    /// A control for one step of this task that covers [begin, end] of its progress: the same
    /// stop flag, the step's own 0..1 progress mapped into the range.
    TaskControl slice(double begin, double end) const
    {
        TaskControl step(m_stop);
        if (m_progress)
            step.m_progress = [progress = m_progress, begin, end](double f) { progress(begin + f * (end - begin)); };
        return step;
    }

private:
    const std::atomic<bool>* m_stop = nullptr;
    std::function<void(double)> m_progress;
};

/// Thrown (and caught at the core boundary) when a computation is cancelled.
struct Cancelled { };

} // namespace kinsight::core
