#include "Parallel.h"

namespace flywheel {

QThreadPool& computePool()
{
    static QThreadPool pool;
    return pool;
}

namespace {
thread_local bool t_insideSerialWork = false;
} // namespace

bool insideSerialWork()
{
    return t_insideSerialWork;
}

SerialWorkScope::SerialWorkScope()
    : m_outer(t_insideSerialWork)
{
    t_insideSerialWork = true;
}

SerialWorkScope::~SerialWorkScope()
{
    t_insideSerialWork = m_outer;
}

} // namespace flywheel
