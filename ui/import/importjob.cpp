#include "importjob.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include "core/store/database.h"

namespace kinsight::ui {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(m_progress.load()); });
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::finished, this, &ImportJob::onFinished);
}

ImportJob::~ImportJob()
{
    if (m_running) {
        m_stop = true;
        m_watcher.waitForFinished();
    }
}

bool ImportJob::start(const QString& databasePath, std::vector<std::string> paths, core::ImportOptions options)
{
    if (m_running)
        return false;
    m_running = true;
    m_stop = false;
    m_progress = 0.0;
    m_report = {};
    const std::string db = QFile::encodeName(databasePath).toStdString();
    m_watcher.setFuture(QtConcurrent::run([this, db, paths = std::move(paths), options = std::move(options)] {
        core::ImportReport report;
        try {
            // Opened here: the connection must live on the thread that uses it.
            auto opened = core::Database::open(db, core::OpenMode::Create);
            if (!opened) {
                report.fatal = opened.error();
                report.fatalReason = opened.failure().reason;
                return report;
            }
            const core::TaskControl control(&m_stop, [this](double f) { m_progress.store(f); });
            report = core::importFiles(**opened, paths, options, control);
        } catch (const std::exception& e) {
            report.fatal = e.what();
        }
        return report;
    }));
    m_progressTimer.start();
    return true;
}

void ImportJob::cancel()
{
    if (m_running)
        m_stop = true;
}

void ImportJob::onFinished()
{
    m_progressTimer.stop();
    m_report = m_watcher.result();
    m_running = false;
    Q_EMIT progressChanged(m_report.ok ? 1.0 : m_progress.load());
    Q_EMIT finished();
}

} // namespace kinsight::ui
