// Qt Test writes each test's main(), so the applications' process setup runs here, before it:
// every test then runs the engine as the applications do.
#include "ProcessSetup.h"

namespace {
[[maybe_unused]] const bool prepared = [] {
    flywheel::prepareProcess();
    return true;
}();
} // namespace
