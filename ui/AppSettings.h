#pragma once

#include <QString>

namespace flywheel {

/// The desktop app's own preferences (per user, not per store). Each key is declared once, in
/// AppSettings.cpp, with its type and default; nothing else reads QSettings by key.
class AppSettings {
public:
    AppSettings() = delete;

    /// The store shown when the app starts without arguments; empty when none was opened yet.
    [[nodiscard]] static QString lastStore();
    static void setLastStore(const QString& path);
    /// Where the owner last picked files to import (exports pile up in one downloads folder);
    /// empty when they never did.
    [[nodiscard]] static QString lastImportFolder();
    static void setLastImportFolder(const QString& folder);
};

} // namespace flywheel
