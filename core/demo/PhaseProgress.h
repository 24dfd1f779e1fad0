#pragma once

#include "Progress.h"

#include <QtGlobal>

namespace flywheel::demo {

/// Maps the progress of one phase of the demo (the order simulation, one file) onto a range of
/// the caller's Progress, in permille of the whole job.
class PhaseProgress {
public:
    explicit PhaseProgress(Progress* progress) : m_progress(progress) {}

    void begin(int fromPermille, int toPermille)
    {
        m_from = fromPermille;
        m_to = toPermille;
        report(0.0);
    }

    /// `fraction` (0..1) of the current phase is done.
    void report(double fraction)
    {
        if (m_progress)
            m_progress->report(m_from + static_cast<qint64>((m_to - m_from) * fraction), 1000);
    }

    [[nodiscard]] bool cancelled() const { return m_progress && m_progress->cancelled(); }

private:
    Progress* m_progress;
    int m_from = 0;
    int m_to = 0;
};

} // namespace flywheel::demo
