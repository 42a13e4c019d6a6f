#include "importjob.h"

#include <QFile>

#include "core/store/database.h"

namespace kinsight::ui {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
    , m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::progressChanged, this, &ImportJob::progressChanged);
}

ImportJob::~ImportJob() = default;

bool ImportJob::start(const QString& databasePath, std::vector<std::string> paths, core::ImportOptions options)
{
    if (m_running)
        return false;
    m_running = true;
    m_report = {};
    const std::string db = QFile::encodeName(databasePath).toStdString();
    m_runner->start(
        [db, paths = std::move(paths), options = std::move(options)](const core::TaskControl& control) {
            core::ImportReport report;
            try {
                // Opened here: the connection must live on the thread that uses it.
                auto opened = core::Database::open(db, core::OpenMode::Create);
                if (!opened) {
                    report.fatal = opened.error();
                    report.fatalReason = opened.failure().reason;
                    return report;
                }
                report = core::importFiles(**opened, paths, options, control);
            } catch (const std::exception& e) {
                report.fatal = e.what();
            }
            return report;
        },
        [this](core::ImportReport report) {
            m_report = std::move(report);
            m_running = false;
            if (m_report.ok)
                Q_EMIT progressChanged(1.0);
            Q_EMIT finished();
        });
    return true;
}

void ImportJob::cancel()
{
    if (m_running)
        m_runner->cancel(); // the importer rolls back and reports that it was cancelled
}

} // namespace kinsight::ui
