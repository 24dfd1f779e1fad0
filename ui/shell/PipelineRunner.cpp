#include "shell/PipelineRunner.h"

#include "SharedProgress.h"
#include "WorkerPool.h"
#include "store/Schema.h"

#include <QtConcurrentRun>

namespace flywheel {

PipelineRunner::PipelineRunner(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(SharedProgress::kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &PipelineRunner::pollProgress);
    connect(&m_watcher, &QFutureWatcher<Result<QList<StageRun>>>::finished, this, &PipelineRunner::onWorkerFinished);
}

PipelineRunner::~PipelineRunner()
{
    cancel();
}

QStringList PipelineRunner::stageNames()
{
    return Pipeline(createStages()).order().value_or(QStringList());
}

void PipelineRunner::start(const QString& storePath)
{
    if (isRunning())
        return;
    m_progress = std::make_shared<SharedProgress>();
    // The worker gets its own reference: it may outlive this object when the window closes.
    std::shared_ptr<SharedProgress> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run(storeWorkers(), [storePath, progress]() -> Result<QList<StageRun>> {
        auto db = openStore(storePath);
        if (!db)
            return std::unexpected(db.error());
        Pipeline pipeline(createStages());
        return pipeline.run(*db, {}, progress.get());
    }));
    m_poll.start();
}

void PipelineRunner::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void PipelineRunner::pollProgress()
{
    if (m_progress)
        emit progressChanged(m_progress->done(), m_progress->total());
}

void PipelineRunner::onWorkerFinished()
{
    m_poll.stop();
    m_progress.reset();
    emit finished();
}

} // namespace flywheel
