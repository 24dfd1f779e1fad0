#include "flywheel/StageMemory.h"

namespace flywheel {

StageMemory::StageMemory(Database& db, QString stage)
    : m_db(db)
    , m_stage(std::move(stage))
{
}

Result<QString> StageMemory::recall(const QString& name) const
{
    auto select = m_db.prepare("SELECT value FROM stage_memory WHERE stage = ?1 AND name = ?2");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(m_stage, name);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    return *found ? select->text(0) : QString();
}

Result<void> StageMemory::keep(const QString& name, const QString& value)
{
    auto upsert = m_db.prepare("INSERT INTO stage_memory (stage, name, value) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (stage, name) DO UPDATE SET value = excluded.value");
    if (!upsert)
        return std::unexpected(upsert.error());
    return upsert->bindAll(m_stage, name, value).run();
}

} // namespace flywheel
