#pragma once

#include "Error.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QVariant>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace flywheel {

class SettingEditor;

/// Every setting of settings/Settings.h on one page per group (Store, Analysis, Inventory, App),
/// generated from the registry: label, control with the allowed range or choices, and a line of
/// help. The store's settings are read and written on a worker thread (with its own connection).
/// OK checks every value first; nothing is written while one is refused. Without a store only the
/// App page is shown.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const QString& storePath, QWidget* parent = nullptr);

    /// The control of a setting, or null when its page is not shown.
    [[nodiscard]] SettingEditor* editor(const settings::SettingInfo& info) const;
    /// True once the store's current values are shown (always true without a store).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    /// The message shown for the value OK refused last; empty when none.
    [[nodiscard]] QString errorText() const;

    /// Checks, then saves: app settings at once, store settings on a worker; closes when saved.
    void accept() override;

signals:
    /// The owner chose another language for the app (code as in settings::uiLanguage).
    void uiLanguageChanged(const QString& code);
    /// Store settings were saved; figures that use them may be out of date.
    void storeSettingsChanged();

private:
    using Values = QHash<QString, QVariant>;
    struct Loaded {
        Values values;
        std::optional<Error> error;
    };

    void buildPages();
    void startLoading();
    void onLoaded();
    void onSaved();
    void showError(const QString& message, SettingEditor* editor);
    /// Applies the app settings that changed and reports a language switch.
    [[nodiscard]] bool saveAppSettings();
    void setBusy(bool busy);

    QString m_storePath;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_errorRow = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<SettingEditor*> m_editors;
    Values m_storeValues; ///< as loaded, to write only what changed
    bool m_loaded = false;
    QFutureWatcher<Loaded> m_loading;
    QFutureWatcher<std::optional<Error>> m_saving;
};

} // namespace flywheel
