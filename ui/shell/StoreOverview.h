#pragma once

#include "stages/outcomes/OutcomeQueries.h"
#include "store/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace flywheel {

/// Where one stage of the wheel stands: its last run, its headline figure and trend, and the
/// actions it has waiting for the owner.
struct StageStatus {
    QString stage;
    /// The latest run whatever its outcome: ok, failed, cancelled or running; empty when it never ran.
    QString lastStatus;
    QString lastMessage; ///< its headline when ok, else what went wrong
    QString lastFinishedAt; ///< UTC, ISO 8601
    std::int64_t lastDurationMs = 0;

    /// From the latest run that finished ok (figures of failed runs are not trusted).
    bool hasOkRun = false;
    std::optional<double> figure;
    std::optional<double> previousFigure; ///< the ok run before it, for the trend
    QString figureLabel;
    QString headline;
    QString handoff; ///< what it passed to the next stage, e.g. "23 content gaps"

    int newActions = 0;
    int acceptedActions = 0;
    [[nodiscard]] int openActions() const { return newActions + acceptedActions; }
};

/// What the home screen shows about a store.
struct StoreOverview {
    QString storePath;
    QString lastImportAt; ///< UTC, ISO 8601; empty when nothing was imported
    std::int64_t importedFiles = 0;
    std::int64_t orders = 0;
    std::int64_t products = 0;
    std::int64_t customers = 0;
    std::int64_t tickets = 0;
    std::int64_t reviews = 0;
    QList<StageStatus> stages; ///< one per wheel stage, in wheel order
    QString currency;
    /// The wheel's figures over the history days the store was analysed at.
    QList<outcomes::MomentumSeries> momentum;
    int measuredOutcomes = 0;
    int workedOutcomes = 0; ///< measured, and the whole interval on the wanted side
    int waitingOutcomes = 0;

    [[nodiscard]] StageStatus stage(const QString& name) const;
    [[nodiscard]] int openActions() const;
    [[nodiscard]] int acceptedActions() const;
};

/// One stage's status; a stage that never ran and has no actions gets an empty status.
[[nodiscard]] Result<StageStatus> readStageStatus(Database& db, const QString& stage);

/// Everything the home screen shows. A handful of small queries plus row counts (which SQLite
/// answers from the smallest index); meant for a worker thread.
[[nodiscard]] Result<StoreOverview> readStoreOverview(Database& db);

} // namespace flywheel
