#include "WorkerPool.h"

#include <QThread>

#include <algorithm>

namespace flywheel {

QThreadPool* storeWorkers()
{
    static QThreadPool* pool = [] {
        auto* threads = new QThreadPool;
        // A page read must not wait behind a long pipeline run or import.
        threads->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return threads;
    }();
    return pool;
}

} // namespace flywheel
