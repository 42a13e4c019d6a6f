#pragma once

#include <atomic>
#include <vector>

#include <QObject>
#include <QString>

#include "core/import/importer.h"
#include "ui/jobrunner.h"

namespace kinsight::ui {

/// Runs one import on a worker thread: opens its own connection to the database there (SQLite
/// connections belong to one thread), calls core::importFiles() and hands the report back on the
/// GUI thread through finished(), through a JobRunner. cancel() asks the importer to stop, which
/// rolls the whole import back and reports it. Destroying a running job stops it: the worker
/// rolls back on its own thread and its report is dropped.
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
    JobRunner* m_runner;
    bool m_running = false;
    core::ImportReport m_report;
};

} // namespace kinsight::ui
