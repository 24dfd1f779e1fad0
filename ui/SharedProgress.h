#pragma once

#include "Progress.h"

#include <atomic>

namespace flywheel {

/// Progress shared between a worker thread (writes) and a UI-thread poll timer (reads); held by
/// shared_ptr on both sides, so whichever finishes last frees it. Polling rather than signalling
/// keeps a worker that reports thousands of times a second from flooding the event loop.
class SharedProgress final : public Progress {
public:
    /// Repainting a progress bar more often than this costs more than it shows.
    static constexpr int kPollIntervalMs = 100;

    void report(qint64 done, qint64 total) override;
    [[nodiscard]] bool cancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    [[nodiscard]] qint64 done() const { return m_done.load(); }
    [[nodiscard]] qint64 total() const { return m_total.load(); }

    /// Which part of a task made of several (e.g. the file of a list) the worker is on; done and
    /// total count within that part. Starting a part resets them to unknown.
    void startStep(int step);
    [[nodiscard]] int step() const { return m_step.load(); }

private:
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic_int m_step = 0;
    std::atomic_bool m_cancelled = false;
};

} // namespace flywheel
