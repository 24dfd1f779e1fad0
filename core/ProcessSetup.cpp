#include "ProcessSetup.h"

#include <QHashSeed>

namespace flywheel {

void prepareProcess()
{
    QHashSeed::setDeterministicGlobalSeed();
}

} // namespace flywheel
