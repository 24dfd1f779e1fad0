#pragma once

#include "store/Database.h"

#include <QTimeZone>

namespace flywheel {

/// The settings that belong to one store (kept inside its database, so they travel with it):
/// currency for prices that carry none, the time zone for daily and weekly buckets, and the
/// language its customers write in.
class StoreSettings {
public:
    explicit StoreSettings(Database& db) : m_db(db) {}

    /// ISO 4217 code; "USD" until an import or the owner sets one.
    [[nodiscard]] QString currency() const;
    [[nodiscard]] Result<void> setCurrency(const QString& code);

    /// IANA id; the machine's zone until set.
    [[nodiscard]] QTimeZone timeZone() const;
    [[nodiscard]] Result<void> setTimeZone(const QTimeZone& zone);

    /// Two-letter language code of the store's customers ("en" until set).
    [[nodiscard]] QString language() const;
    [[nodiscard]] Result<void> setLanguage(const QString& code);

private:
    [[nodiscard]] QString value(std::string_view key, const QString& fallback) const;
    [[nodiscard]] Result<void> setValue(std::string_view key, const QString& value);
    Database& m_db;
};

} // namespace flywheel
