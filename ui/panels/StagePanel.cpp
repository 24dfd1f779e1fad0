#include "panels/StagePanel.h"

namespace flywheel {

StagePanel::StagePanel(QWidget* parent)
    : QWidget(parent)
{
}

} // namespace flywheel
