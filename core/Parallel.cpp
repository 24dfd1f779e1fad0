#include "Parallel.h"

namespace flywheel {

QThreadPool& computePool()
{
    static QThreadPool pool;
    return pool;
}

namespace {
thread_local bool t_insideParallelWork = false;
} // namespace

bool insideParallelWork()
{
    return t_insideParallelWork;
}

namespace detail {
ParallelWorkScope::ParallelWorkScope()
    : m_outer(t_insideParallelWork)
{
    t_insideParallelWork = true;
}

ParallelWorkScope::~ParallelWorkScope()
{
    t_insideParallelWork = m_outer;
}
} // namespace detail

} // namespace flywheel
