#pragma once

#include "store/Database.h"

#include <QList>

namespace flywheel {

/// One import as the store remembers it.
struct ImportBatch {
    std::int64_t id = 0;
    QString fileName;
    QString fileHash;
    QString format;
    QString platform;
    QString startedAt;
    QString finishedAt;
    std::int64_t rowsRead = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t rejected = 0;
    QString rejectsFile;
    QString undoneAt; ///< empty while the batch's rows are in the store
};

/// Every import batch, oldest first.
[[nodiscard]] Result<QList<ImportBatch>> listBatches(Database& db);

/// Takes a whole import back out of the store in one transaction: rows it added are deleted and
/// rows it changed get their earlier values back. Refused (ErrorCode::Conflict) while a later,
/// still-present import changed the same rows or added rows beneath them; undo that one first.
[[nodiscard]] Result<void> undoBatch(Database& db, std::int64_t batchId);

/// Records that import batch `batchId` wrote or linked rows of `table`, so the stages that read the
/// table know it changed.
[[nodiscard]] Result<void> noteBatchTable(Database& db, std::int64_t batchId, std::string_view table);

/// Row counts of the store's main tables; tables a later store format adds count 0 until then.
[[nodiscard]] Result<QList<std::pair<QString, std::int64_t>>> tableCounts(Database& db);

} // namespace flywheel
