#include "jobrunner.h"

#include <algorithm>

#include <QThread>

// JobRunner itself is a template over its work; this file gives its Q_OBJECT a home for moc.

namespace kinsight::ui {

namespace {

struct BackgroundJobPool : QThreadPool {
    BackgroundJobPool()
    {
        setObjectName(QStringLiteral("kinsight background jobs"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(BackgroundJobPool, jobPool)

} // namespace

QThreadPool* backgroundJobPool()
{
    return jobPool();
}

} // namespace kinsight::ui
