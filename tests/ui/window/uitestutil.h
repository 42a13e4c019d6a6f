#pragma once

// Shared by the window's tests and the page renderer: waiting for the analysis without a nested
// event loop of our own (QTest's qWait processes events for a bounded time).

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include "ui/analysiscontroller.h"

namespace kinsight::test {

/// Processes events until the controller has nothing running or queued (and the pages had a
/// chance to apply the last results), or until the timeout. Returns whether it went idle.
inline bool waitForIdle(ui::AnalysisController* controller, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        quiet = controller->isBusy() ? 0 : quiet + 1;
        if (quiet >= 5)
            return true;
    }
    return false;
}

} // namespace kinsight::test
