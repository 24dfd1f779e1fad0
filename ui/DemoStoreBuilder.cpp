#include "DemoStoreBuilder.h"

#include "SharedProgress.h"
#include "WorkerPool.h"
#include "demo/DemoStore.h"
#include "store/Schema.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrentRun>

namespace flywheel {

namespace {
struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoStoreBuilder)
};

void removeStoreFiles(const QString& storePath)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(storePath + suffix);
}

Result<void> importDemo(const QString& storePath, Progress* progress)
{
    auto db = openStore(storePath);
    if (!db)
        return std::unexpected(db.error());
    demo::DemoOptions options;
    options.outDir = QFileInfo(storePath).absolutePath();
    auto reports = demo::createDemoStore(*db, options, progress);
    if (!reports)
        return std::unexpected(reports.error());
    // The store is usable without a file its importers refused; the log tells the developer.
    for (const ImportReport& report : *reports) {
        if (report.refused())
            qWarning().noquote() << "Demo file not imported:" << report.error->describe();
    }
    return {};
}

Result<void> buildDemoStore(const QString& storePath, const std::shared_ptr<Progress>& progress)
{
    const QString folder = QFileInfo(storePath).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(
            ErrorCode::Io, DemoText::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));

    const QString partial = storePath + QStringLiteral(".partial");
    removeStoreFiles(partial);
    // importDemo closes its connection before returning, which folds the WAL into the file.
    if (auto ok = importDemo(partial, progress.get()); !ok) {
        removeStoreFiles(partial);
        return ok;
    }
    removeStoreFiles(storePath);
    if (!QFile::rename(partial, storePath)) {
        removeStoreFiles(partial);
        return fail(ErrorCode::Io,
            DemoText::tr("Could not save the demo store as %1.").arg(QDir::toNativeSeparators(storePath)));
    }
    return {};
}
} // namespace

DemoStoreBuilder::DemoStoreBuilder(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(SharedProgress::kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &DemoStoreBuilder::pollProgress);
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, &DemoStoreBuilder::onWorkerFinished);
}

DemoStoreBuilder::~DemoStoreBuilder()
{
    cancel();
}

QString DemoStoreBuilder::defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo/demo-store.flywheel");
}

void DemoStoreBuilder::start(const QString& storePath)
{
    if (isRunning())
        return;
    m_storePath = storePath;
    m_progress = std::make_shared<SharedProgress>();
    // The worker gets its own reference: it may outlive this object when the window closes.
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher.setFuture(
        QtConcurrent::run(storeWorkers(), [storePath, progress] { return buildDemoStore(storePath, progress); }));
    m_poll.start();
}

void DemoStoreBuilder::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void DemoStoreBuilder::pollProgress()
{
    if (m_progress)
        emit progressChanged(m_progress->done(), m_progress->total());
}

void DemoStoreBuilder::onWorkerFinished()
{
    m_poll.stop();
    const bool cancelled = m_progress && m_progress->cancelled();
    m_progress.reset();
    const Result<void> result = m_watcher.result();
    if (result)
        emit finished(m_storePath);
    else if (cancelled)
        emit failed(Error { ErrorCode::Cancelled, tr("Creating the demo store was cancelled."), {}, 0, {} });
    else
        emit failed(result.error());
}

} // namespace flywheel
