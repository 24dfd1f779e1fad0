#include "panels/StagePanel.h"

#include <QLabel>

namespace flywheel {

StagePanel::StagePanel(QWidget* parent)
    : QWidget(parent)
{
}

QLabel* StagePanel::heading(const QString& text, qreal scale)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace flywheel
