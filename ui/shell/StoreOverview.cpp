#include "shell/StoreOverview.h"

#include "shell/WheelStages.h"
#include "store/StoreSettings.h"

namespace flywheel {

namespace {

Result<void> readRuns(Database& db, StageStatus& status)
{
    auto latest = db.prepare("SELECT status, message, finished_at, duration_ms FROM stage_runs WHERE stage = ?1 "
                             "ORDER BY id DESC LIMIT 1");
    if (!latest)
        return std::unexpected(latest.error());
    latest->bindAll(status.stage);
    auto found = latest->step();
    if (!found)
        return std::unexpected(found.error());
    if (*found) {
        status.lastStatus = latest->text(0);
        status.lastMessage = latest->text(1);
        status.lastFinishedAt = latest->text(2);
        status.lastDurationMs = latest->int64(3);
    }

    auto ok = db.prepare("SELECT figure, figure_label, message, handoff FROM stage_runs WHERE stage = ?1 AND "
                         "status = 'ok' ORDER BY id DESC LIMIT 2");
    if (!ok)
        return std::unexpected(ok.error());
    ok->bindAll(status.stage);
    int row = 0;
    return ok->forEachRow([&](const Statement& run) {
        const std::optional<double> figure = run.isNull(0) ? std::nullopt : std::optional(run.real(0));
        if (row++ == 0) {
            status.hasOkRun = true;
            status.figure = figure;
            status.figureLabel = run.text(1);
            status.headline = run.text(2);
            status.handoff = run.text(3);
        } else {
            status.previousFigure = figure;
        }
    });
}

Result<void> readActionCounts(Database& db, StageStatus& status)
{
    auto counts = db.prepare("SELECT sum(status = 'new'), sum(status = 'accepted') FROM recommendations "
                             "WHERE stage = ?1");
    if (!counts)
        return std::unexpected(counts.error());
    counts->bindAll(status.stage);
    return counts->forEachRow([&](const Statement& row) {
        status.newActions = static_cast<int>(row.int64(0));
        status.acceptedActions = static_cast<int>(row.int64(1));
    });
}

Result<std::int64_t> rowCount(Database& db, std::string_view table)
{
    // Tables of later store formats are absent from a store not yet upgraded by this build's core.
    if (!db.tableExists(table))
        return 0;
    return db.scalar(std::string("SELECT count(*) FROM ") + quoteIdentifier(table));
}

} // namespace

StageStatus StoreOverview::stage(const QString& name) const
{
    for (const StageStatus& status : stages) {
        if (status.stage == name)
            return status;
    }
    StageStatus none;
    none.stage = name;
    return none;
}

int StoreOverview::openActions() const
{
    int total = 0;
    for (const StageStatus& status : stages)
        total += status.openActions();
    return total;
}

int StoreOverview::acceptedActions() const
{
    int total = 0;
    for (const StageStatus& status : stages)
        total += status.acceptedActions;
    return total;
}

Result<StageStatus> readStageStatus(Database& db, const QString& stage)
{
    StageStatus status;
    status.stage = stage;
    if (auto ok = readRuns(db, status); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readActionCounts(db, status); !ok)
        return std::unexpected(ok.error());
    return status;
}

Result<StoreOverview> readStoreOverview(Database& db)
{
    StoreOverview overview;
    overview.storePath = db.path();
    for (const WheelStage& stage : wheelStages()) {
        auto status = readStageStatus(db, stage.name);
        if (!status)
            return std::unexpected(status.error());
        overview.stages.append(*status);
    }

    auto batches = db.prepare("SELECT count(*), max(finished_at) FROM import_batches WHERE finished_at IS NOT NULL "
                              "AND undone_at IS NULL");
    if (!batches)
        return std::unexpected(batches.error());
    auto read = batches->forEachRow([&](const Statement& row) {
        overview.importedFiles = row.int64(0);
        overview.lastImportAt = row.text(1);
    });
    if (!read)
        return std::unexpected(read.error());

    const std::pair<std::string_view, std::int64_t*> counts[] = {
        { "orders", &overview.orders },
        { "products", &overview.products },
        { "customers", &overview.customers },
        { "tickets", &overview.tickets },
        { "reviews", &overview.reviews },
    };
    for (const auto& [table, target] : counts) {
        auto count = rowCount(db, table);
        if (!count)
            return std::unexpected(count.error());
        *target = *count;
    }

    auto momentum = outcomes::loadMomentum(db);
    if (!momentum)
        return std::unexpected(momentum.error());
    overview.momentum = *momentum;
    auto outcomeCounts = db.prepare("SELECT coalesce(sum(status = 'measured'), 0), coalesce(sum(improved = 1), 0), "
                                    "coalesce(sum(status = 'waiting'), 0) FROM outcomes");
    if (!outcomeCounts)
        return std::unexpected(outcomeCounts.error());
    read = outcomeCounts->forEachRow([&](const Statement& row) {
        overview.measuredOutcomes = int(row.int64(0));
        overview.workedOutcomes = int(row.int64(1));
        overview.waitingOutcomes = int(row.int64(2));
    });
    if (!read)
        return std::unexpected(read.error());
    overview.currency = StoreSettings(db).currency();
    return overview;
}

} // namespace flywheel
