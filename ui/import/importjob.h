#pragma once

#include <atomic>
#include <vector>

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/import/importer.h"

namespace kinsight::ui {

/// Runs one import on a worker thread: opens its own connection to the database there (SQLite
/// connections belong to one thread), calls core::importFiles() and hands the report back on the
/// GUI thread through finished(). Progress is sampled every 50 ms; cancel() asks the importer to
/// stop, which rolls the whole import back. Destroying a running job cancels it and waits for the
/// worker (the importer polls the stop flag every few thousand rows, so this is short).
class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    /// Starts the import; returns false (and does nothing) when one is already running.
    bool start(const QString& databasePath, std::vector<std::string> paths, core::ImportOptions options);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The report of the last finished run.
    const core::ImportReport& report() const { return m_report; }

Q_SIGNALS:
    /// Fraction done, 0..1.
    void progressChanged(double fraction);
    void finished();

private:
    void onFinished();

    QFutureWatcher<core::ImportReport> m_watcher;
    QTimer m_progressTimer;
    std::atomic<bool> m_stop { false };
    std::atomic<double> m_progress { 0.0 };
    bool m_running = false;
    core::ImportReport m_report;
};

} // namespace kinsight::ui
