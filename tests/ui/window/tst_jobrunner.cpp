// The window's one job runner: which jobs run, whose `done` is called, and when it is idle again.
// Each case holds the pool's only thread with a job that waits on a semaphore, queues more jobs
// behind it, changes its mind (a newer job, stop(), cancel()), then lets the first one go.

#include <atomic>
#include <memory>

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include "ui/jobrunner.h"

using namespace kinsight;
using namespace kinsight::ui;

namespace {

/// What the jobs of one case did.
struct Log {
    std::atomic<int> worked[4] {};
    std::atomic<int> sawStop[4] {};
    int done[4] {};
};

/// A runner on a pool of one thread, and the gate that holds that thread.
struct OneThread {
    explicit OneThread(JobRunner::Policy policy)
        : runner(&owner, policy, &pool)
    {
        pool.setMaxThreadCount(1);
    }
    Log log;
    QSemaphore gate;
    QObject owner;
    QThreadPool pool; // after what its jobs use, so that it is gone (and they are done) first
    JobRunner runner;

    /// Job i: notes that it ran and whether it was told to stop. A gated job waits on `gate`,
    /// and start() returns once it has begun (it then holds the thread).
    void start(int i, bool gated = false)
    {
        auto begun = std::make_shared<QSemaphore>();
        QSemaphore* wait = gated ? &gate : nullptr;
        runner.start(
            [this, i, wait, begun](const core::TaskControl& control) {
                begun->release();
                if (wait)
                    wait->acquire();
                ++log.worked[i];
                log.sawStop[i] += control.stopRequested() ? 1 : 0;
                return i;
            },
            [this](int i) { ++log.done[i]; });
        if (gated)
            begun->acquire();
    }
};

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latestOnlySkipsJobsSupersededBeforeTheyBegan()
    {
        OneThread t(JobRunner::Policy::LatestOnly);
        JobRunner& runner = t.runner;
        Log& log = t.log;
        QSignalSpy busy(&runner, &JobRunner::busyChanged);
        t.start(0, true); // takes the thread and waits
        t.start(1); // queued, then superseded by 2: never runs
        t.start(2);
        t.gate.release();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(log.worked[0].load(), 1); // it had begun: it runs on, told to stop
        QCOMPARE(log.sawStop[0].load(), 1);
        QCOMPARE(log.worked[1].load(), 0);
        QCOMPARE(log.worked[2].load(), 1);
        QCOMPARE(log.sawStop[2].load(), 0);
        QCOMPARE(log.done[0], 0);
        QCOMPARE(log.done[1], 0);
        QCOMPARE(log.done[2], 1);
        // Busy once, idle once, whatever was skipped.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void stopSkipsEveryQueuedJob()
    {
        OneThread t(JobRunner::Policy::Every);
        JobRunner& runner = t.runner;
        Log& log = t.log;
        t.start(0, true);
        t.start(1);
        t.start(2);
        runner.stop();
        t.start(3); // after the stop: runs, and its done is called
        t.gate.release();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(log.worked[0].load(), 1);
        QCOMPARE(log.worked[1].load(), 0);
        QCOMPARE(log.worked[2].load(), 0);
        QCOMPARE(log.worked[3].load(), 1);
        QCOMPARE(log.done[0] + log.done[1] + log.done[2], 0);
        QCOMPARE(log.done[3], 1);
    }

    void cancelledJobsStillRunAndReport()
    {
        // cancel() asks for a stop but keeps the outcome: a queued job runs, sees the stop,
        // and its done is called with what it returned.
        OneThread t(JobRunner::Policy::Every);
        JobRunner& runner = t.runner;
        Log& log = t.log;
        t.start(0, true);
        t.start(1);
        runner.cancel();
        t.gate.release();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(log.worked[1].load(), 1);
        QCOMPARE(log.sawStop[1].load(), 1);
        QCOMPARE(log.done[0], 1);
        QCOMPARE(log.done[1], 1);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
