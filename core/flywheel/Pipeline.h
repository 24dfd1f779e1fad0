#pragma once

#include "flywheel/Stage.h"

namespace flywheel {

struct StageRun {
    QString stage;
    QString status; ///< ok, failed, cancelled, or up_to_date (skipped: its summary is the last run's)
    std::int64_t durationMs = 0;
    StageSummary summary;
    QString message;
};

/// Runs stages in dependency order, records each run in stage_runs, and stops at the first
/// failure or cancellation (later stages would read stale signals).
class Pipeline {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
public:
    explicit Pipeline(std::vector<std::unique_ptr<Stage>> stages);

    /// The stage names in the order they run; fails on an unknown dependency or a cycle.
    [[nodiscard]] Result<QStringList> order() const;

    /// Incremental skips each stage whose inputs are those of its last successful run (see
    /// stageInputs()); Full runs every stage.
    enum class Mode { Incremental, Full };

    /// Runs every stage, or `only` and what it depends on.
    [[nodiscard]] Result<QList<StageRun>> run(Database& db, const QString& only = {}, Progress* progress = nullptr,
                                              quint64 seed = 0, Mode mode = Mode::Incremental);

private:
    [[nodiscard]] Stage* find(const QString& name) const;
    std::vector<std::unique_ptr<Stage>> m_stages;
};

} // namespace flywheel
