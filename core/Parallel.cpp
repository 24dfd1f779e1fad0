#include "Parallel.h"

namespace flywheel {

QThreadPool& computePool()
{
    static QThreadPool pool;
    return pool;
}

namespace {
thread_local bool t_insideParallelWork = false;
thread_local QThreadPool* t_computePool = nullptr;
} // namespace

ComputeOn::ComputeOn(QThreadPool& pool)
    : m_outer(t_computePool)
{
    t_computePool = &pool;
}

ComputeOn::~ComputeOn()
{
    t_computePool = m_outer;
}

QThreadPool& threadComputePool()
{
    return t_computePool ? *t_computePool : computePool();
}

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
