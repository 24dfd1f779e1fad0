#include "panels/Panels.h"

#include "panels/ContentPanel.h"
#include "panels/InventoryPanel.h"
#include "panels/MerchandisingPanel.h"
#include "panels/PromotionsPanel.h"
#include "panels/SearchPanel.h"
#include "panels/ServicePanel.h"

namespace flywheel {

QList<StagePanelFactory> stagePanelFactories()
{
    // One line per stage panel.
    return {
        [](QWidget* parent) -> StagePanel* { return new ServicePanel(parent); },
        [](QWidget* parent) -> StagePanel* { return new ContentPanel(parent); },
        [](QWidget* parent) -> StagePanel* { return new SearchPanel(parent); },
        [](QWidget* parent) -> StagePanel* { return new MerchandisingPanel(parent); },
        [](QWidget* parent) -> StagePanel* { return new InventoryPanel(parent); },
        [](QWidget* parent) -> StagePanel* { return new PromotionsPanel(parent); },
    };
}

} // namespace flywheel
