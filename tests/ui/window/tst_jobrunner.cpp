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

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private:
    /// Job i: waits on `gate` when asked, notes that it ran and whether it was told to stop.
    /// With a gate it also waits until the job has begun (it then holds the thread).
    template <typename Runner> void startJob(Runner& runner, Log& log, int i, QSemaphore* gate = nullptr)
    {
        auto begun = std::make_shared<QSemaphore>();
        runner.start(
            [&log, i, gate, begun](const core::TaskControl& control) {
                begun->release();
                if (gate)
                    gate->acquire();
                ++log.worked[i];
                log.sawStop[i] += control.stopRequested() ? 1 : 0;
                return i;
            },
            [&log](int i) { ++log.done[i]; });
        if (gate)
            begun->acquire();
    }

private Q_SLOTS:
    void latestOnlySkipsJobsSupersededBeforeTheyBegan()
    {
        QObject owner;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        JobRunner runner(&owner, JobRunner::Policy::LatestOnly, &pool);
        QSignalSpy busy(&runner, &JobRunner::busyChanged);
        Log log;
        QSemaphore gate;
        startJob(runner, log, 0, &gate); // takes the thread and waits
        startJob(runner, log, 1); // queued, then superseded by 2: never runs
        startJob(runner, log, 2);
        gate.release();
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
        QObject owner;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        JobRunner runner(&owner, JobRunner::Policy::Every, &pool);
        Log log;
        QSemaphore gate;
        startJob(runner, log, 0, &gate);
        startJob(runner, log, 1);
        startJob(runner, log, 2);
        runner.stop();
        startJob(runner, log, 3); // after the stop: runs, and its done is called
        gate.release();
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
        QObject owner;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        JobRunner runner(&owner, JobRunner::Policy::Every, &pool);
        Log log;
        QSemaphore gate;
        startJob(runner, log, 0, &gate);
        startJob(runner, log, 1);
        runner.cancel();
        gate.release();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(log.worked[1].load(), 1);
        QCOMPARE(log.sawStop[1].load(), 1);
        QCOMPARE(log.done[0], 1);
        QCOMPARE(log.done[1], 1);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
