#include "SettingEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace flywheel {

namespace {
/// Text settings up to this long (codes) get a field about as wide as their longest value.
constexpr int kShortTextLength = 8;

QString suffixFor(const settings::SettingInfo& info)
{
    const QString unit = info.unitText();
    if (unit.isEmpty())
        return {};
    // "%" sits against the number; words get a space.
    return unit == QStringLiteral("%") ? unit : u' ' + unit;
}
} // namespace

SettingEditor::SettingEditor(const settings::SettingInfo& info, QWidget* parent)
    : QWidget(parent)
    , m_info(info)
{
    switch (info.kind) {
    case settings::Kind::Integer:
        m_integer = new QSpinBox;
        m_integer->setRange(int(info.minimum), int(info.maximum));
        m_integer->setSuffix(suffixFor(info));
        m_control = m_integer;
        break;
    case settings::Kind::Decimal:
        m_decimal = new QDoubleSpinBox;
        m_decimal->setDecimals(info.decimals);
        m_decimal->setRange(info.minimum, info.maximum);
        m_decimal->setSuffix(suffixFor(info));
        m_control = m_decimal;
        break;
    case settings::Kind::Text:
        if (info.choices) {
            // Many suggestions (time zones): type a part of the name to find one.
            m_combo = new QComboBox;
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            for (const settings::Choice& choice : info.choices())
                m_combo->addItem(choice.label, choice.value);
            m_combo->completer()->setFilterMode(Qt::MatchContains);
            m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            m_control = m_combo;
        } else {
            m_text = new QLineEdit;
            if (info.maxLength > 0)
                m_text->setMaxLength(info.maxLength);
            m_control = m_text;
        }
        break;
    case settings::Kind::Choice:
        m_combo = new QComboBox;
        for (const settings::Choice& choice : info.choices())
            m_combo->addItem(choice.label, choice.value);
        m_control = m_combo;
        break;
    }
    m_control->setObjectName(QString::fromLatin1(info.key.data(), qsizetype(info.key.size())));
    m_control->setAccessibleName(info.title());
    m_control->setToolTip(info.helpText());
    setFocusProxy(m_control);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_control);
    // Numbers, choices and codes are short: keep them at their natural width, as native forms do.
    const bool shortText = m_text && info.maxLength > 0 && info.maxLength <= kShortTextLength;
    if (shortText)
        m_text->setMaximumWidth(m_text->fontMetrics().horizontalAdvance(QString(kShortTextLength, u'M')));
    if (m_integer || m_decimal || (m_combo && !m_combo->isEditable()) || shortText)
        layout->addStretch(1);
    setValue(info.defaultValue());
}

QVariant SettingEditor::value() const
{
    if (m_integer)
        return m_integer->value();
    if (m_decimal)
        return m_decimal->value();
    if (m_text)
        return m_text->text();
    if (m_combo->isEditable()) {
        // The label the owner picked or typed stands for its value; text matching none is checked as typed.
        const int index = m_combo->findText(m_combo->currentText());
        return index >= 0 ? m_combo->itemData(index).toString() : m_combo->currentText();
    }
    return m_combo->currentData().toString();
}

void SettingEditor::setValue(const QVariant& value)
{
    if (m_integer) {
        m_integer->setValue(value.toInt());
    } else if (m_decimal) {
        m_decimal->setValue(value.toDouble());
    } else if (m_text) {
        m_text->setText(value.toString());
    } else {
        const int index = m_combo->findData(value.toString());
        if (index >= 0)
            m_combo->setCurrentIndex(index);
        else if (m_combo->isEditable())
            m_combo->setEditText(value.toString());
    }
}

void SettingEditor::setPlaceholder(const QString& text)
{
    if (m_text)
        m_text->setPlaceholderText(text);
}

} // namespace flywheel
