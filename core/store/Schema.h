#pragma once

#include "store/Database.h"

namespace flywheel {

/// The schema version this build writes; stored in PRAGMA user_version.
[[nodiscard]] int latestSchemaVersion();

/// Brings the store up to latestSchemaVersion(), one migration step per transaction.
/// Refuses (ErrorCode::SchemaTooNew) a store written by a newer Flywheel and leaves it untouched.
[[nodiscard]] Result<void> migrate(Database& db);

/// Opens a store file (creating it when missing) and migrates it. The usual way in.
[[nodiscard]] Result<Database> openStore(const QString& path);

} // namespace flywheel
