#include "SharedProgress.h"

namespace flywheel {

void SharedProgress::report(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
}

void SharedProgress::startStep(int step)
{
    report(0, 0);
    m_step.store(step);
}

} // namespace flywheel
