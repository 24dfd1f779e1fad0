#pragma once

#include "io/Import.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace flywheel {

class SharedProgress;

/// Imports a list of export files into a store in the background: one pool thread, with a
/// connection of its own, imports them in order, each file as one batch. Cancelling rolls back
/// the file being imported and skips the rest; files already imported stay. UI thread only.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    /// Cancels a running import; the worker stops at its next progress check and closes alone.
    ~ImportRunner() override;

    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    /// Imports `files` into the store at `storePath`, each with the options of the same index in
    /// `options` (defaults when absent); ignored while an import runs.
    void start(const QString& storePath, const QStringList& files, const QList<ImportOptions>& options = {});
    void cancel();

signals:
    /// The worker moved on to `files[index]` (0-based) of `count`.
    void fileStarted(int index, int count, const QString& file);
    /// Bytes of the current file read so far; total 0 means unknown.
    void progressChanged(qint64 done, qint64 total);
    /// One report per file asked for, in order: refused ones carry the reason, including the
    /// files a cancel skipped (ErrorCode::Cancelled).
    void finished(const QList<flywheel::ImportReport>& reports);

private:
    void pollProgress();
    void onWorkerFinished();

    std::shared_ptr<SharedProgress> m_progress;
    QFutureWatcher<QList<ImportReport>> m_watcher;
    QTimer m_poll;
    QStringList m_files;
    int m_shownFile = -1;
};

} // namespace flywheel
