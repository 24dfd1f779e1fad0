#pragma once

#include "Error.h"
#include "Progress.h"
#include "io/Import.h"
#include "store/Database.h"

#include <QList>
#include <QStringList>

namespace flywheel::demo {

/// Passes a part of a job's progress on as a slice of the whole, in permille.
class SliceProgress final : public Progress {
public:
    SliceProgress(Progress* outer, qint64 from, qint64 to)
        : m_outer(outer)
        , m_from(from)
        , m_to(to)
    {
    }

    void report(qint64 done, qint64 total) override
    {
        if (m_outer && total > 0)
            m_outer->report(m_from + (m_to - m_from) * std::min(done, total) / total, 1000);
    }
    [[nodiscard]] bool cancelled() const override { return m_outer && m_outer->cancelled(); }

private:
    Progress* m_outer;
    qint64 m_from;
    qint64 m_to;
};

/// Imports the demo's export files in the order given through the normal import path, reporting
/// progress by bytes from `fromPermille` to 1000. Stops at the first file the store refuses.
[[nodiscard]] Result<QList<ImportReport>> importDemoFiles(
    Database& db, const QStringList& files, const ImportOptions& options, Progress* progress, qint64 fromPermille);

} // namespace flywheel::demo
