#pragma once

#include "flywheel/Pipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace flywheel {

class SharedProgress;

/// Runs the whole wheel (every stage of createStages(), in dependency order) in the background: one
/// pool thread with a connection of its own. Cancelling stops the running stage at its next check;
/// stages already finished keep their results. UI thread only.
class PipelineRunner : public QObject {
    Q_OBJECT

public:
    explicit PipelineRunner(QObject* parent = nullptr);
    /// Cancels a running pipeline; the worker stops at its next progress check and closes alone.
    ~PipelineRunner() override;

    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    /// Runs every stage on the store at `storePath`; ignored while a run is under way.
    void start(const QString& storePath);
    void cancel();

    /// The last run's outcome: one entry per stage that ran (a failed or cancelled one is the
    /// last), or an error when the pipeline could not start or record its runs. Valid after finished().
    [[nodiscard]] Result<QList<StageRun>> result() const { return m_watcher.result(); }

    /// The names of the stages this build has, in the order they run.
    [[nodiscard]] static QStringList stageNames();

signals:
    void progressChanged(qint64 done, qint64 total);
    /// The run is over; result() says how it went.
    void finished();

private:
    void pollProgress();
    void onWorkerFinished();

    std::shared_ptr<SharedProgress> m_progress;
    QFutureWatcher<Result<QList<StageRun>>> m_watcher;
    QTimer m_poll;
};

} // namespace flywheel
