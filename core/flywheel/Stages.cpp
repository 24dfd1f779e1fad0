#include "flywheel/Stage.h"

#include "stages/service/ServiceStage.h"

namespace flywheel {

std::vector<std::unique_ptr<Stage>> createStages()
{
    // Each stage of the wheel registers here as it is built.
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<service::ServiceStage>());
    return stages;
}

} // namespace flywheel
