#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <utility>
#include <vector>

namespace flywheel {

/// The threads the engine computes on. Not Qt's global pool: the window's painting borrows that
/// one and would wait behind a long analysis.
[[nodiscard]] QThreadPool& computePool();

/// True on a thread that is running forEachChunk work.
[[nodiscard]] bool insideParallelWork();

namespace detail {
/// Marks the current thread as running forEachChunk work while it lives.
class ParallelWorkScope {
public:
    ParallelWorkScope();
    ~ParallelWorkScope();
    ParallelWorkScope(const ParallelWorkScope&) = delete;
    ParallelWorkScope& operator=(const ParallelWorkScope&) = delete;

private:
    bool m_outer;
};
} // namespace detail

/// Calls `work(begin, end)` for consecutive ranges that cover [0, count), on every core, and waits
/// for all of them. Ranges of `chunk` items keep per-range setup (an analyzer, a model copy) cheap
/// against the work, and let `work` check for cancellation between ranges. Called from inside such
/// work (a job that itself splits its loop), the ranges run in order on the calling thread: the pool's
/// threads are busy already, and waiting for them from one of them would wait forever.
template <typename Work> void forEachChunk(size_t count, size_t chunk, Work work)
{
    chunk = std::max<size_t>(chunk, 1);
    if (insideParallelWork()) {
        for (size_t begin = 0; begin < count; begin += chunk)
            work(begin, std::min(count, begin + chunk));
        return;
    }
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t begin = 0; begin < count; begin += chunk)
        ranges.emplace_back(begin, std::min(count, begin + chunk));
    QtConcurrent::blockingMap(&computePool(), ranges, [&work](const std::pair<size_t, size_t>& range) {
        const detail::ParallelWorkScope scope;
        work(range.first, range.second);
    });
}

/// Σ term(i) over [0, count), ranges of `chunk` summed side by side. The result does not depend on
/// which core finishes first: each range adds into its own slot, and the slots are added in order.
template <typename Term> double parallelSum(size_t count, size_t chunk, Term term)
{
    chunk = std::max<size_t>(chunk, 1);
    std::vector<double> rangeSums((count + chunk - 1) / chunk, 0.0);
    forEachChunk(count, chunk, [&](size_t begin, size_t end) {
        double sum = 0;
        for (size_t i = begin; i < end; ++i)
            sum += term(i);
        rangeSums[begin / chunk] = sum;
    });
    double total = 0;
    for (const double sum : rangeSums)
        total += sum;
    return total;
}

} // namespace flywheel
