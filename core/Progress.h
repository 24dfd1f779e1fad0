#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace flywheel {

/// How long work reports progress and learns it was cancelled, without knowing who is watching
/// (a progress bar, the CLI, a test). Called from the worker's thread; implementations must be
/// thread-safe when the watcher lives on another thread.
class Progress {
public:
    virtual ~Progress() = default;
    /// `done` of `total` units (bytes, rows, steps); total 0 means unknown.
    virtual void report(qint64 done, qint64 total) = 0;
    [[nodiscard]] virtual bool cancelled() const = 0;
};

/// A Progress that calls a function and is cancelled through a flag; handy for CLI and tests.
class CallbackProgress final : public Progress {
public:
    explicit CallbackProgress(std::function<void(qint64, qint64)> onReport = {}) : m_onReport(std::move(onReport)) {}
    void report(qint64 done, qint64 total) override
    {
        if (m_onReport)
            m_onReport(done, total);
    }
    [[nodiscard]] bool cancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

private:
    std::function<void(qint64, qint64)> m_onReport;
    std::atomic_bool m_cancelled = false;
};

} // namespace flywheel
