#include "flywheel/Stage.h"

#include "stages/content/ContentStage.h"
#include "stages/inventory/InventoryStage.h"
#include "stages/merchandising/MerchandisingStage.h"
#include "stages/promotions/PromotionsStage.h"
#include "stages/search/SearchStage.h"
#include "stages/service/ServiceStage.h"

namespace flywheel {

std::vector<std::unique_ptr<Stage>> createStages()
{
    // Each stage of the wheel registers here as it is built.
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<service::ServiceStage>());
    stages.push_back(std::make_unique<content::ContentStage>());
    stages.push_back(std::make_unique<search::SearchStage>());
    stages.push_back(std::make_unique<merchandising::MerchandisingStage>());
    stages.push_back(std::make_unique<inventory::InventoryStage>());
    stages.push_back(std::make_unique<promotions::PromotionsStage>());
    return stages;
}

} // namespace flywheel
