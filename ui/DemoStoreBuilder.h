#pragma once

#include "Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace flywheel {

class SharedProgress;

/// Creates the demo store in the background: writes the demo export files and imports them into
/// a new store, on a pool thread with its own connection. The store is built under a temporary
/// name and renamed when complete, so a cancelled or failed run never leaves a half store behind
/// that a later start would mistake for the real one. UI thread only.
class DemoStoreBuilder : public QObject {
    Q_OBJECT

public:
    explicit DemoStoreBuilder(QObject* parent = nullptr);
    /// Cancels a running build; the worker stops at its next progress check and cleans up alone.
    ~DemoStoreBuilder() override;

    /// <AppDataLocation>/demo/demo-store.flywheel; the demo export files go in the same folder.
    [[nodiscard]] static QString defaultStorePath();

    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    /// Builds the demo store at `storePath`, which must not exist yet.
    void start(const QString& storePath);
    void cancel();

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const QString& storePath);
    /// Also when cancelled (ErrorCode::Cancelled).
    void failed(const flywheel::Error& error);

private:
    void onWorkerFinished();
    void pollProgress();

    std::shared_ptr<SharedProgress> m_progress;
    QFutureWatcher<Result<void>> m_watcher;
    QTimer m_poll;
    QString m_storePath;
};

} // namespace flywheel
