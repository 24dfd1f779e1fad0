#include "ImportRunner.h"

#include "SharedProgress.h"
#include "WorkerPool.h"
#include "store/Schema.h"

#include <QtConcurrentRun>

namespace flywheel {

namespace {
struct RunnerText {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
};

ImportReport refusedReport(const QString& file, Error error)
{
    ImportReport report;
    report.file = file;
    report.error = std::move(error);
    return report;
}

QList<ImportReport> importFiles(const QString& storePath, const QStringList& files, const QList<ImportOptions>& options,
    const std::shared_ptr<SharedProgress>& progress)
{
    QList<ImportReport> reports;
    // A connection of its own: a Database is never shared across threads.
    auto db = openStore(storePath);
    for (int i = 0; i < files.size(); ++i) {
        if (!db) {
            reports.append(refusedReport(files[i], db.error()));
        } else if (progress->cancelled()) {
            reports.append(refusedReport(files[i],
                Error {
                    ErrorCode::Cancelled, RunnerText::tr("The import was cancelled before this file."), {}, 0, {} }));
        } else {
            progress->startStep(i);
            reports.append(importFile(*db, files[i], options.value(i), progress.get()));
        }
    }
    return reports;
}
} // namespace

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(SharedProgress::kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ImportRunner::pollProgress);
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, &ImportRunner::onWorkerFinished);
}

ImportRunner::~ImportRunner()
{
    cancel();
}

void ImportRunner::start(const QString& storePath, const QStringList& files, const QList<ImportOptions>& options)
{
    if (isRunning())
        return;
    m_files = files;
    m_shownFile = -1;
    m_progress = std::make_shared<SharedProgress>();
    // The worker gets its own reference: it may outlive this object when the window closes.
    std::shared_ptr<SharedProgress> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run(storeWorkers(),
        [storePath, files, options, progress] { return importFiles(storePath, files, options, progress); }));
    m_poll.start();
    pollProgress();
}

void ImportRunner::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void ImportRunner::pollProgress()
{
    if (!m_progress)
        return;
    const int file = m_progress->step();
    // After a cancel the worker only skips files; announcing them would read as if it went on.
    if (file != m_shownFile && !m_progress->cancelled()) {
        m_shownFile = file;
        emit fileStarted(file, static_cast<int>(m_files.size()), m_files.value(file));
    }
    emit progressChanged(m_progress->done(), m_progress->total());
}

void ImportRunner::onWorkerFinished()
{
    m_poll.stop();
    m_progress.reset();
    emit finished(m_watcher.result());
}

} // namespace flywheel
