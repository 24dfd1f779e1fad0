#pragma once

#include "settings/Settings.h"

#include <QString>
#include <QStringList>

namespace flywheel {

/// The desktop app's own settings (per user, not per store), kept with QSettings. Preferences
/// the owner changes are declared in settings/Settings.h (Scope::App) and read through the typed
/// accessors; what the app remembers by itself (last store, last folder) is declared here, in
/// AppSettings.cpp. Nothing else reads QSettings by key.
class AppSettings {
public:
    AppSettings() = delete;

    /// The preference's value; its default when unset or unreadable.
    template <typename T>
    [[nodiscard]] static T get(const settings::SettingDef<T>& def)
    {
        return value(def.info).template value<T>();
    }
    /// Refused (nothing written) when `value` is out of range or not one of the choices.
    template <typename T>
    [[nodiscard]] static Result<void> set(const settings::SettingDef<T>& def, const T& value)
    {
        return setValue(def.info, QVariant::fromValue(value));
    }
    /// Untyped forms for code that walks the registry (the settings dialog).
    [[nodiscard]] static QVariant value(const settings::SettingInfo& info);
    [[nodiscard]] static Result<void> setValue(const settings::SettingInfo& info, const QVariant& value);

    /// The store shown when the app starts without arguments; empty when none was opened yet.
    [[nodiscard]] static QString lastStore();
    /// Remembers `path` as the last store and puts it first among the recent stores.
    static void setLastStore(const QString& path);
    /// Stores opened lately, the latest first, at most kRecentStores; files may have moved since.
    [[nodiscard]] static QStringList recentStores();
    static constexpr qsizetype kRecentStores = 6;
    /// Where the owner last picked files to import (exports pile up in one downloads folder);
    /// empty when they never did.
    [[nodiscard]] static QString lastImportFolder();
    static void setLastImportFolder(const QString& folder);
};

} // namespace flywheel
