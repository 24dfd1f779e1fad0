#include "flywheel/Pipeline.h"

#include "flywheel/ReadAhead.h"
#include "flywheel/StageInputs.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <functional>

namespace flywheel {

namespace {
/// A stage found up to date: what its last run said, without running it again.
Result<StageRun> upToDate(Database& db, std::int64_t runId, const QString& stage)
{
    auto select = db.prepare("SELECT message, figure, figure_label, handoff FROM stage_runs WHERE id = ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(runId);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    StageRun run{stage, QStringLiteral("up_to_date"), 0, {}, {}};
    if (*found) {
        run.summary.headline = select->text(0);
        if (!select->isNull(1))
            run.summary.figure = select->real(1);
        run.summary.figureLabel = select->text(2);
        run.summary.handoff = select->text(3);
    }
    return run;
}

/// The stages of `selected` (in run order) a run in `mode` leaves as they are, with their last run's
/// id. In a full run, none. In an incremental run, those whose inputs are those of their last run:
/// nothing they read changed, and no stage they depend on runs (its new run would change them).
Result<QHash<QString, std::int64_t>> stagesUpToDate(Database& db, const QStringList& selected,
    const std::function<Stage*(const QString&)>& find, quint64 seed, Pipeline::Mode mode)
{
    QHash<QString, std::int64_t> kept;
    if (mode == Pipeline::Mode::Full)
        return kept;
    QHash<QString, std::int64_t> latestRuns;
    for (const QString& name : selected) {
        const Stage* stage = find(name);
        auto previous = latestRun(db, name);
        if (!previous)
            return std::unexpected(previous.error());
        if (!*previous)
            continue;
        latestRuns.insert(name, (*previous)->id);
        const QStringList upstream = stage->dependsOn();
        if (std::ranges::any_of(upstream, [&kept](const QString& u) { return !kept.contains(u); }))
            continue;
        auto inputs = stageInputs(db, *stage, latestRuns, seed);
        if (!inputs)
            return std::unexpected(inputs.error());
        if ((*previous)->inputs == *inputs)
            kept.insert(name, (*previous)->id);
    }
    return kept;
}
} // namespace

Pipeline::Pipeline(std::vector<std::unique_ptr<Stage>> stages) : m_stages(std::move(stages)) {}

Stage* Pipeline::find(const QString& name) const
{
    for (const auto& stage : m_stages)
        if (stage->name() == name)
            return stage.get();
    return nullptr;
}

Result<QStringList> Pipeline::order() const
{
    QStringList ordered;
    QSet<QString> visiting;
    // Depth-first: a stage goes after everything it depends on.
    std::function<Result<void>(Stage*)> visit = [&](Stage* stage) -> Result<void> {
        if (ordered.contains(stage->name()))
            return {};
        if (visiting.contains(stage->name()))
            return fail(ErrorCode::InvalidArgument, tr("The stages depend on each other in a circle at \"%1\".").arg(stage->name()));
        visiting.insert(stage->name());
        for (const QString& dependency : stage->dependsOn()) {
            Stage* needed = find(dependency);
            if (!needed)
                return fail(ErrorCode::InvalidArgument,
                            tr("Stage \"%1\" needs stage \"%2\", which does not exist.").arg(stage->name(), dependency));
            if (auto ok = visit(needed); !ok)
                return ok;
        }
        visiting.remove(stage->name());
        ordered << stage->name();
        return {};
    };
    for (const auto& stage : m_stages)
        if (auto ok = visit(stage.get()); !ok)
            return std::unexpected(ok.error());
    return ordered;
}

Result<QList<StageRun>> Pipeline::run(Database& db, const QString& only, Progress* progress, quint64 seed, Mode mode)
{
    auto all = order();
    if (!all)
        return std::unexpected(all.error());
    QStringList selected = *all;
    if (!only.isEmpty()) {
        Stage* target = find(only);
        if (!target) {
            return fail(ErrorCode::InvalidArgument,
                        tr("There is no stage \"%1\". The stages are: %2.")
                            .arg(only, all->isEmpty() ? tr("none yet") : all->join(QStringLiteral(", "))));
        }
        // Keep the target and its dependencies, in run order.
        QSet<QString> needed{only};
        for (qsizetype i = all->indexOf(only); i >= 0; --i)
            if (needed.contains(all->at(i)))
                for (const QString& dependency : find(all->at(i))->dependsOn())
                    needed.insert(dependency);
        selected.clear();
        for (const QString& name : *all)
            if (needed.contains(name))
                selected << name;
    }

    auto kept = stagesUpToDate(db, selected, [this](const QString& name) { return find(name); }, seed, mode);
    if (!kept)
        return std::unexpected(kept.error());
    ReadAheads readAheads(db.path(), progress);
    for (const QString& name : selected)
        if (!kept->contains(name))
            readAheads.queue(name, find(name)->readAhead());

    RecommendationQueue queue(db);
    RunShared shared;
    QList<StageRun> runs;
    QHash<QString, std::int64_t> latestRuns;
    for (const QString& name : selected) {
        Stage* stage = find(name);
        if (const auto last = kept->constFind(name); last != kept->cend()) {
            auto skipped = upToDate(db, *last, name);
            if (!skipped)
                return std::unexpected(skipped.error());
            latestRuns.insert(name, *last);
            runs.append(*skipped);
            continue;
        }
        auto inputs = stageInputs(db, *stage, latestRuns, seed);
        if (!inputs)
            return std::unexpected(inputs.error());
        auto start = db.prepare("INSERT INTO stage_runs (stage, started_at, status, inputs) VALUES (?1, ?2, 'running', ?3)");
        if (!start)
            return std::unexpected(start.error());
        start->bindAll(name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), *inputs);
        if (auto ok = start->run(); !ok)
            return std::unexpected(ok.error());
        StageContext context{db, queue, progress, db.lastInsertRowId(), seed, {}, &shared};
        QElapsedTimer timer;
        timer.start();
        const auto runStage = [&]() -> Result<StageSummary> {
            auto readAhead = readAheads.take(name);
            if (!readAhead)
                return std::unexpected(readAhead.error());
            context.readAhead = std::move(*readAhead);
            return stage->run(context);
        };
        auto result = runStage();
        readAheads.begin(); // after the first stage that runs, and a no-op after the others
        StageRun run{name, QStringLiteral("ok"), timer.elapsed(), {}, {}};
        if (result) {
            run.summary = *result;
        } else {
            run.status = result.error().code == ErrorCode::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
            run.message = result.error().describe();
        }
        auto finish = db.prepare("UPDATE stage_runs SET finished_at = ?2, status = ?3, duration_ms = ?4, message = ?5, "
                                 "figure = ?6, figure_label = ?7, handoff = ?8 WHERE id = ?1");
        if (!finish)
            return std::unexpected(finish.error());
        finish->bindAll(context.runId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), run.status,
                        run.durationMs, run.message.isEmpty() ? run.summary.headline : run.message);
        finish->bind(6, run.summary.figure);
        finish->bind(7, run.summary.figureLabel);
        finish->bind(8, run.summary.handoff);
        if (auto ok = finish->run(); !ok)
            return std::unexpected(ok.error());
        runs.append(run);
        if (!result)
            break;
        latestRuns.insert(name, context.runId);
    }
    return runs;
}

} // namespace flywheel
