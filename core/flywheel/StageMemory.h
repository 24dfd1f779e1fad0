#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QString>

namespace flywheel {

/// What a stage keeps between its runs (the stage_memory table), so that a run can tell what changed
/// since the last one and redo only that. Values are written in the stage's own transaction.
class StageMemory {
public:
    StageMemory(Database& db, QString stage);

    /// The value the stage's last run kept under `name`, or an empty text.
    [[nodiscard]] Result<QString> recall(const QString& name) const;
    [[nodiscard]] Result<void> keep(const QString& name, const QString& value);

private:
    Database& m_db;
    QString m_stage;
};

} // namespace flywheel
