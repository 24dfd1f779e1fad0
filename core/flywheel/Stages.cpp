#include "flywheel/Stage.h"

namespace flywheel {

std::vector<std::unique_ptr<Stage>> createStages()
{
    // Each stage of the wheel registers here as it is built.
    return {};
}

} // namespace flywheel
