#pragma once

// Shared by the window's tests and the page renderer: waiting for the analysis on its own
// signals, without a nested event loop of our own (QSignalSpy::wait runs a bounded one).

#include <QApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include "ui/analysiscontroller.h"

namespace kinsight::test {

/// Waits until the controller has nothing running or queued (its idle() signal), then lets the
/// events already posted (the last results on their way to the pages) be delivered. Returns
/// whether it went idle within the timeout.
inline bool waitForIdle(ui::AnalysisController* controller, int timeoutMs = 120000)
{
    QSignalSpy idle(controller, &ui::AnalysisController::idle);
    const QDeadlineTimer deadline(timeoutMs);
    while (controller->isBusy()) {
        if (deadline.hasExpired() || !idle.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
            return !controller->isBusy();
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace kinsight::test
