#include "store/StoreSettings.h"

namespace flywheel {

Result<QVariant> StoreSettings::get(Database& db, const settings::SettingInfo& info)
{
    Q_ASSERT(info.scope == settings::Scope::Store);
    auto stmt = db.cached("SELECT value FROM store_settings WHERE key = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, info.key);
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    // A cached statement left on a row keeps its read open: the connection would go on seeing the
    // store as it was and hold back WAL checkpoints. Copy the value, then let the statement go.
    const std::optional<QString> stored = *row ? std::optional((*stmt)->text(0)) : std::nullopt;
    (*stmt)->reset();
    if (!stored)
        return info.defaultValue();
    return info.fromStored(*stored).value_or(info.defaultValue());
}

Result<void> StoreSettings::set(Database& db, const settings::SettingInfo& info, const QVariant& value)
{
    Q_ASSERT(info.scope == settings::Scope::Store);
    auto checked = info.check(value);
    if (!checked)
        return std::unexpected(checked.error());
    auto stmt = db.cached("INSERT INTO store_settings(key, value) VALUES (?1, ?2) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(info.key, info.toStored(*checked));
    return (*stmt)->run();
}

QString StoreSettings::currency() const
{
    return valueOr(settings::currency);
}

Result<void> StoreSettings::setCurrency(const QString& code)
{
    return set(m_db, settings::currency, code);
}

QTimeZone StoreSettings::timeZone() const
{
    const QTimeZone zone(valueOr(settings::timeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

Result<void> StoreSettings::setTimeZone(const QTimeZone& zone)
{
    return set(m_db, settings::timeZone, QString::fromUtf8(zone.id()));
}

QString StoreSettings::language() const
{
    return valueOr(settings::storeLanguage);
}

Result<void> StoreSettings::setLanguage(const QString& code)
{
    return set(m_db, settings::storeLanguage, code.trimmed().toLower());
}

} // namespace flywheel
