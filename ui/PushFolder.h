#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"

#include <QString>

#include <functional>

class QWidget;

namespace flywheel {

class Database;

/// Where pushed files go: a folder beside the store named after it ("shop.flywheel" ->
/// "shop-push"), so the owner finds the files where the store lives.
[[nodiscard]] QString pushFolderFor(const QString& storePath);

/// Writes files for the store at `storePath` on a worker: `push(db, folder)` with the store's push
/// folder, recorded in the folder's manifest. Then tells the owner, in a dialog titled `title` on `parent`, which files were written
/// and where, `nextStep` (what to do with them) and what was left out and why, or why nothing could
/// be written; and calls `done` with that message.
void pushAndReport(QWidget* parent, const QString& storePath, const QString& title, const QString& nextStep,
    std::function<Result<PushReport>(Database&, const QString&)> push, std::function<void(const QString&)> done);

} // namespace flywheel
