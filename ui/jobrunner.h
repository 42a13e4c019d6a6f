#pragma once

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "core/util/taskcontrol.h"

namespace kinsight::ui {

/// The pool that runs the window's background jobs by default: its own threads, not Qt's global
/// pool. Qt's raster paint engine splits large fills across the global pool's threads and waits
/// for them on the GUI thread, so a long job there (a layout, the leaders over time) would hold
/// up every such paint until it ended.
QThreadPool* backgroundJobPool();

/// The one way the window runs work off the GUI thread.
///
/// `start(work, done)` runs `work(const core::TaskControl&)` on a thread pool and calls
/// `done(result)` back on the runner's thread. A runner follows one kind of job for its owner
/// (the owner is its QObject parent, so the runner and its callbacks end with the owner):
/// - LatestOnly (the default): starting a job stops the one running (its TaskControl reports a
///   stop) and drops its result, so only the latest job's `done` runs — a query typed again, a
///   drill-down clicked again, a threshold dragged on;
/// - Every: jobs run side by side and each one's `done` runs — writes that must all land (a
///   saved segment).
/// cancel() asks the running jobs to stop (their TaskControl reports it) and still hands over
/// what they return, so a caller learns that its job was cancelled; stop() also drops their
/// results. Each job has a generation number; `generation()` is the latest one started. Progress
/// (0..1) reported by the latest job reaches progressChanged() on the runner's thread;
/// busyChanged() tells when the first job starts and the last one ends (after its `done`).
/// A job superseded or stopped before a thread took it is skipped (its work never runs).
/// startWithPartials() also hands over what a job posts on the way (an analysis update's
/// snapshots as its parts land), under the same rules as `done`.
class JobRunner : public QObject {
    Q_OBJECT
public:
    enum class Policy { LatestOnly, Every };

    explicit JobRunner(QObject* owner, Policy policy = Policy::LatestOnly, QThreadPool* pool = nullptr)
        : QObject(owner)
        , m_policy(policy)
        , m_pool(pool ? pool : backgroundJobPool())
    { }
    ~JobRunner() override { stop(); }

    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    /// Runs work(control) on the pool, then done(result) on this thread unless the job was stopped
    /// or (LatestOnly) superseded meanwhile. Returns the job's generation.
    template <typename Work, typename Done> quint64 start(Work work, Done done)
    {
        return startWithPartials(
            [work = std::move(work)](const core::TaskControl& control, const auto&) mutable { return work(control); },
            [](int) {}, std::move(done));
    }

    /// Like start(), for a job that hands over partial results as it goes: work(control, post)
    /// may call post(value) any number of times, and each value reaches partial(value) on this
    /// thread, in order and before done(result), while the job is neither stopped nor
    /// superseded.
    template <typename Work, typename Partial, typename Done>
    quint64 startWithPartials(Work work, Partial partial, Done done)
    {
        if (m_policy == Policy::LatestOnly && m_stop)
            *m_stop = true;
        if (m_policy == Policy::LatestOnly && m_dropped)
            *m_dropped = true;
        auto stop = (m_policy == Policy::LatestOnly || !m_stop) ? std::make_shared<std::atomic<bool>>(false) : m_stop;
        m_stop = stop;
        auto dropped
            = (m_policy == Policy::LatestOnly || !m_dropped) ? std::make_shared<std::atomic<bool>>(false) : m_dropped;
        m_dropped = dropped;
        const quint64 generation = ++m_generation;
        const quint64 epoch = m_epoch;
        if (m_running++ == 0)
            Q_EMIT busyChanged(true);
        QPointer<JobRunner> self(this);
        // Throttled: at most one queued call per percent.
        auto lastPercent = std::make_shared<std::atomic<int>>(-1);
        auto progress = [self, generation, lastPercent](double fraction) {
            if (static_cast<int>(fraction * 100) == lastPercent->exchange(static_cast<int>(fraction * 100)))
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, fraction] {
                    if (self && generation == self->m_generation)
                        Q_EMIT self->progressChanged(fraction);
                },
                Qt::QueuedConnection);
        };
        // Called on this thread only; shared by every value the job posts.
        auto onPartial = std::make_shared<Partial>(std::move(partial));
        auto post = [self, generation, epoch, onPartial](auto value) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, epoch, onPartial, value = std::move(value)]() mutable {
                    if (self && self->isCurrent(generation, epoch))
                        (*onPartial)(std::move(value));
                },
                Qt::QueuedConnection);
        };
        m_pool->start([self, stop, dropped, progress, post, epoch, generation, work = std::move(work),
                          done = std::move(done)]() mutable {
            if (*dropped) {
                // Superseded or stopped while it waited for a thread: nobody wants its result,
                // so it does not run (and what it holds, a results snapshot, goes now).
                QMetaObject::invokeMethod(
                    self.data(),
                    [self] {
                        if (self)
                            self->finished();
                    },
                    Qt::QueuedConnection);
                return;
            }
            using R = std::decay_t<decltype(work(std::declval<const core::TaskControl&>(), post))>;
            auto result = std::make_shared<R>(work(core::TaskControl(stop.get(), progress), post));
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, epoch, result, done = std::move(done)]() mutable {
                    if (!self)
                        return;
                    if (self->isCurrent(generation, epoch))
                        done(std::move(*result));
                    if (self)
                        self->finished();
                },
                Qt::QueuedConnection);
        });
        return generation;
    }

    /// Asks every running job to stop; their `done` callbacks still run (with what the work
    /// returned on seeing the stop, e.g. a cancelled outcome).
    void cancel()
    {
        if (m_stop)
            *m_stop = true;
        m_stop.reset();
    }
    /// Stops every running job; none of their `done` callbacks will run.
    void stop()
    {
        cancel();
        if (m_dropped)
            *m_dropped = true;
        m_dropped.reset();
        ++m_epoch;
    }

    bool isBusy() const { return m_running > 0; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void progressChanged(double fraction);
    void busyChanged(bool busy);

private:
    /// Whether a job's callbacks still run: not stopped, and (LatestOnly) not superseded.
    bool isCurrent(quint64 generation, quint64 epoch) const
    {
        return epoch == m_epoch && (m_policy == Policy::Every || generation == m_generation);
    }
    void finished()
    {
        if (--m_running == 0)
            Q_EMIT busyChanged(false);
    }

    Policy m_policy;
    QThreadPool* m_pool;
    std::shared_ptr<std::atomic<bool>> m_stop; ///< the running jobs' flag (LatestOnly: the latest's)
    /// Set for jobs whose `done` will not run (superseded, stopped): one that has not begun yet
    /// is skipped when a thread takes it.
    std::shared_ptr<std::atomic<bool>> m_dropped;
    quint64 m_generation = 0;
    quint64 m_epoch = 0; ///< bumped by stop(): jobs of an earlier epoch are dropped
    int m_running = 0;
};

} // namespace kinsight::ui
