#include "Parallel.h"

namespace flywheel {

QThreadPool& computePool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace flywheel
