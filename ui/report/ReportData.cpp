#include "report/ReportData.h"

#include "flywheel/Stage.h"
#include "settings/Settings.h"
#include "store/StoreDays.h"
#include "store/StoreSettings.h"

#include <QFileInfo>

#include <array>

namespace flywheel::report {

namespace {

/// The wheel's order, which the report follows; the pipeline's run order may differ.
constexpr std::array kWheelOrder { "service", "content", "search", "merchandising", "inventory", "promotions" };

QList<StageFigure> stagesInWheelOrder()
{
    const auto stages = createStages();
    QList<StageFigure> figures;
    for (const char* name : kWheelOrder) {
        StageFigure figure;
        figure.name = QLatin1StringView(name);
        figure.title = figure.name;
        for (const auto& stage : stages) {
            if (stage->name() == figure.name)
                figure.title = stage->title();
        }
        figures.append(figure);
    }
    return figures;
}

/// The latest successful run of each stage and the one before it (figures of failed runs are not
/// trusted), in one pass over stage_runs.
Result<void> readStageRuns(Database& db, QList<StageFigure>& stages)
{
    auto select = db.prepare("SELECT stage, figure, figure_label, message, latest FROM ("
                             "  SELECT stage, figure, figure_label, message,"
                             "         row_number() OVER (PARTITION BY stage ORDER BY id DESC) AS latest"
                             "  FROM stage_runs WHERE status = 'ok') "
                             "WHERE latest <= 2 ORDER BY stage, latest");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](const Statement& run) {
        const QString name = run.text(0);
        const std::optional<double> figure = run.isNull(1) ? std::nullopt : std::optional(run.real(1));
        for (StageFigure& stage : stages) {
            if (stage.name != name)
                continue;
            if (run.int64(4) == 1) {
                stage.hasRun = true;
                stage.figure = figure;
                stage.figureLabel = run.text(2);
                stage.headline = run.text(3);
            } else {
                stage.previousFigure = figure;
            }
        }
    });
}

/// The actions still waiting for the owner, most important first. Accepted ones lead: the owner has
/// already said yes and only needs to push them. Then each stage's best action before any stage's
/// second best, because the report speaks for the whole wheel and one stage with many alike actions
/// (thirty searches for things the store does not carry) would otherwise fill the list. Within a
/// round, confidence times evidence; the evidence counts different things per stage (tickets,
/// searches, units), so it is taken relative to the stage's best-supported action. An action
/// without a confidence counts as a coin toss (0.5).
Result<void> readWaitingActions(Database& db, ReportData& data)
{
    auto select = db.prepare(
        "WITH scored AS ("
        "  SELECT id, stage, title, detail, expected_effect, confidence, status, coalesce(confidence, 0.5)"
        "         * coalesce(evidence_strength / nullif(max(evidence_strength) OVER (PARTITION BY stage), 0), 1)"
        "         AS score"
        "  FROM recommendations WHERE status IN ('new', 'accepted')), "
        "ranked AS ("
        "  SELECT *, row_number() OVER (PARTITION BY status, stage ORDER BY score DESC, id) AS round,"
        "         count(*) OVER () AS waiting FROM scored) "
        "SELECT stage, title, detail, expected_effect, confidence, status, waiting FROM ranked "
        "ORDER BY status = 'accepted' DESC, round, score DESC, id LIMIT ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(kTopActions);
    return select->forEachRow([&](const Statement& row) {
        WaitingAction action;
        action.stage = row.text(0);
        action.title = row.text(1);
        action.detail = row.text(2);
        action.expectedEffect = row.text(3);
        if (!row.isNull(4))
            action.confidence = row.real(4);
        action.accepted = row.text(5) == QLatin1StringView("accepted");
        data.actions.append(action);
        data.waitingActions = static_cast<int>(row.int64(6));
    });
}

} // namespace

Result<ReportData> loadReportData(Database& db)
{
    ReportData data;
    auto name = StoreSettings::get(db, settings::storeName);
    if (!name)
        return std::unexpected(name.error());
    data.storeName = name->trimmed().isEmpty() ? QFileInfo(db.path()).completeBaseName() : name->trimmed();
    data.currency = StoreSettings(db).currency();

    auto lastDay = lastOrderDay(db);
    if (!lastDay)
        return std::unexpected(lastDay.error());
    data.lastHistoryDay = *lastDay;

    data.stages = stagesInWheelOrder();
    if (auto read = readStageRuns(db, data.stages); !read)
        return std::unexpected(read.error());
    auto momentum = outcomes::loadMomentum(db);
    if (!momentum)
        return std::unexpected(momentum.error());
    data.momentum = std::move(*momentum);
    if (auto read = readWaitingActions(db, data); !read)
        return std::unexpected(read.error());
    auto measured = outcomes::loadOutcomes(db);
    if (!measured)
        return std::unexpected(measured.error());
    data.outcomes = std::move(*measured);
    return data;
}

} // namespace flywheel::report
