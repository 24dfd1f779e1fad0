#pragma once

#include "Error.h"
#include "WorkerPool.h"
#include "store/Schema.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrentRun>

#include <type_traits>

namespace flywheel {

/// Runs `work(Database&)` on a storeWorkers() thread with a connection of its own to the store at `storePath`,
/// then calls `done(Result<T>)` on `context`'s thread. When `context` is destroyed first, `done` is
/// never called (the work still finishes on its own connection). The way widgets read or change a
/// store without blocking the window.
template <typename Work, typename Done>
void runOnStore(QObject* context, const QString& storePath, Work work, Done done)
{
    using Outcome = std::invoke_result_t<Work, Database&>;
    auto* watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(storeWorkers(), [storePath, work = std::move(work)]() -> Outcome {
        auto db = openStore(storePath);
        if (!db)
            return std::unexpected(db.error());
        return work(*db);
    }));
}

} // namespace flywheel
