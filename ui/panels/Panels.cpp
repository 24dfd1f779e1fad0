#include "panels/Panels.h"

#include "panels/ServicePanel.h"

namespace flywheel {

QList<StagePanelFactory> stagePanelFactories()
{
    // One line per stage panel.
    return {
        [](QWidget* parent) -> StagePanel* { return new ServicePanel(parent); },
    };
}

} // namespace flywheel
