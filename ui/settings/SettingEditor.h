#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace flywheel {

/// The control that edits one setting, chosen by its kind: a spin box with the setting's range
/// and unit for numbers, a line edit for text (a combo box with completion when the setting
/// suggests values), a drop-down for choices.
class SettingEditor : public QWidget {
    Q_OBJECT

public:
    explicit SettingEditor(const settings::SettingInfo& info, QWidget* parent = nullptr);

    [[nodiscard]] const settings::SettingInfo& info() const { return m_info; }
    /// What the control shows, not yet checked (int, double or QString by kind).
    [[nodiscard]] QVariant value() const;
    void setValue(const QVariant& value);
    /// Text shown in an empty text field (e.g. what an unset store name falls back to).
    void setPlaceholder(const QString& text);
    /// The inner control, for buddies, focus and tests.
    [[nodiscard]] QWidget* control() const { return m_control; }

private:
    const settings::SettingInfo& m_info;
    QWidget* m_control = nullptr;
    QSpinBox* m_integer = nullptr;
    QDoubleSpinBox* m_decimal = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_combo = nullptr;
};

} // namespace flywheel
