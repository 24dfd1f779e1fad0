#pragma once

#include "Error.h"
#include "flywheel/Stage.h"

#include <QHash>

namespace flywheel {

/// A digest of everything a stage run reads besides its own signals: the import batches that
/// touched its tables (and whether they were undone), the store's settings, the owner's decisions on
/// actions and synonyms, its upstream stages' latest runs, the seed and the program's version. Equal
/// digests mean a new run would compute what the last one did.
[[nodiscard]] Result<QString> stageInputs(
    Database& db, const Stage& stage, const QHash<QString, std::int64_t>& upstreamRuns, quint64 seed);

/// The stage's latest successful run: its id and input digest; empty when it never ran.
struct LatestRun {
    std::int64_t id = 0;
    QString inputs;
};
[[nodiscard]] Result<std::optional<LatestRun>> latestRun(Database& db, const QString& stage);

} // namespace flywheel
