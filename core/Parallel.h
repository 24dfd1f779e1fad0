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

/// Calls `work(begin, end)` for consecutive ranges that cover [0, count), on every core, and waits
/// for all of them. Ranges of `chunk` items keep per-range setup (an analyzer, a model copy) cheap
/// against the work, and let `work` check for cancellation between ranges.
template <typename Work> void forEachChunk(size_t count, size_t chunk, Work work)
{
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t begin = 0; begin < count; begin += chunk)
        ranges.emplace_back(begin, std::min(count, begin + chunk));
    QtConcurrent::blockingMap(
        &computePool(), ranges, [&work](const std::pair<size_t, size_t>& range) { work(range.first, range.second); });
}

} // namespace flywheel
