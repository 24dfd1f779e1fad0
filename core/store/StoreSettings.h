#pragma once

#include "settings/Settings.h"
#include "store/Database.h"

#include <QTimeZone>

namespace flywheel {

/// The settings that belong to one store, kept in its store_settings table so they travel with
/// the store file. Each is declared in settings/Settings.h; read them with the typed accessors:
///
///     const Result<int> weeks = StoreSettings::get(db, settings::overstockWeeksOfCover);
///
/// A setting never set, or one whose stored text is unreadable (edited by hand), reads as its
/// default. Errors are only the database's. Same thread rules as the Database passed in.
class StoreSettings {
public:
    explicit StoreSettings(Database& db)
        : m_db(db)
    {
    }

    template <typename T> [[nodiscard]] static Result<T> get(Database& db, const settings::SettingDef<T>& def)
    {
        auto value = get(db, def.info);
        if (!value)
            return std::unexpected(value.error());
        return value->template value<T>();
    }
    /// Refused (ErrorCode::InvalidArgument, nothing written) when `value` is out of the setting's
    /// range or not one of its choices.
    template <typename T>
    [[nodiscard]] static Result<void> set(Database& db, const settings::SettingDef<T>& def, const T& value)
    {
        return set(db, def.info, QVariant::fromValue(value));
    }

    /// Untyped forms for code that walks the registry (the settings dialog).
    [[nodiscard]] static Result<QVariant> get(Database& db, const settings::SettingInfo& info);
    [[nodiscard]] static Result<void> set(Database& db, const settings::SettingInfo& info, const QVariant& value);

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
    /// The value, or the default when the store cannot be read (callers that cannot report errors).
    template <typename T> [[nodiscard]] T valueOr(const settings::SettingDef<T>& def) const
    {
        return get(m_db, def).value_or(def.info.defaultValue().template value<T>());
    }

    Database& m_db;
};

} // namespace flywheel
