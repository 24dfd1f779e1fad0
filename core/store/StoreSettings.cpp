#include "store/StoreSettings.h"

namespace flywheel {

QString StoreSettings::value(std::string_view key, const QString& fallback) const
{
    auto stmt = m_db.cached("SELECT value FROM store_settings WHERE key = ?1");
    if (!stmt)
        return fallback;
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row || !*row)
        return fallback;
    return (*stmt)->text(0);
}

Result<void> StoreSettings::setValue(std::string_view key, const QString& value)
{
    auto stmt = m_db.cached("INSERT INTO store_settings(key, value) VALUES (?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(key, value);
    return (*stmt)->run();
}

QString StoreSettings::currency() const
{
    return value("currency", QStringLiteral("USD"));
}

Result<void> StoreSettings::setCurrency(const QString& code)
{
    return setValue("currency", code.trimmed().toUpper());
}

QTimeZone StoreSettings::timeZone() const
{
    const QString id = value("time_zone", {});
    QTimeZone zone(id.toUtf8());
    return id.isEmpty() || !zone.isValid() ? QTimeZone::systemTimeZone() : zone;
}

Result<void> StoreSettings::setTimeZone(const QTimeZone& zone)
{
    return setValue("time_zone", QString::fromUtf8(zone.id()));
}

QString StoreSettings::language() const
{
    return value("language", QStringLiteral("en"));
}

Result<void> StoreSettings::setLanguage(const QString& code)
{
    return setValue("language", code.trimmed().toLower());
}

} // namespace flywheel
