#include "stages/outcomes/Momentum.h"

#include "stages/outcomes/Measurement.h"
#include "store/StoreSettings.h"

namespace flywheel::outcomes {

namespace {
constexpr int kWindowDays = 28;

/// Where a figure comes from.
enum class Source {
    Window, ///< a query over the window: ?1 and ?2 bound it
    /// A stage's own headline figure from its latest run, so the home screen's cards and the wheel
    /// never disagree; the query text is the stage's name.
    StageHeadline,
    Current, ///< a query over the store as it stands
};

struct FigureQuery {
    const char* figure;
    Source source;
    const char* text; ///< the SQL (first column: the figure, null when the store lacks its data), or a stage
};

constexpr const char* kStageHeadline
    = "SELECT figure FROM stage_runs WHERE stage = ?1 AND status = 'ok' ORDER BY id DESC LIMIT 1";

constexpr FigureQuery kFigures[] = {
    { figure::kTicketsPer100Orders, Source::Window,
        "SELECT 100.0 * (SELECT count(*) FROM tickets WHERE created_at >= ?1 AND created_at < ?2) / nullif(count(*), "
        "0) FROM orders WHERE cancelled_at IS NULL AND created_at >= ?1 AND created_at < ?2 AND EXISTS (SELECT 1 "
        "FROM tickets)" },
    { figure::kNegativeShare, Source::StageHeadline, "service" },
    { figure::kCatalogCompleteness, Source::StageHeadline, "content" },
    { figure::kZeroResultRate, Source::StageHeadline, "search" },
    { figure::kForecastError, Source::StageHeadline, "inventory" },
    { figure::kOverstockValue, Source::Current,
        "SELECT CASE WHEN count(*) > 0 THEN sum(overstock_value_minor) END FROM inventory_health" },
    { figure::kPromotionMarginGained, Source::Current,
        "SELECT CASE WHEN count(*) > 0 THEN sum(coalesce(json_extract(sample, '$.margin_gained_minor'), 0)) END FROM "
        "outcomes WHERE metric = 'purchase_rate_vs_control' AND status = 'measured'" },
};

/// The figure; empty when the query yields null.
Result<std::optional<double>> figureValue(Database& db, const FigureQuery& query, const DayRange& window)
{
    auto select = db.prepare(query.source == Source::StageHeadline ? kStageHeadline : query.text);
    if (!select)
        return std::unexpected(select.error());
    if (query.source == Source::Window)
        select->bindAll(window.from, window.until);
    else if (query.source == Source::StageHeadline)
        select->bindAll(query.text);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found || select->isNull(0))
        return std::optional<double> {};
    return std::optional { select->real(0) };
}
} // namespace

Result<std::vector<MomentumFigure>> momentumFigures(Database& db, QDate asOf)
{
    const DayRange window = StoreDays::of(db).range(asOf.addDays(1 - kWindowDays), asOf);
    std::vector<MomentumFigure> figures;
    for (const FigureQuery& query : kFigures) {
        auto value = figureValue(db, query, window);
        if (!value)
            return std::unexpected(value.error());
        if (*value)
            figures.push_back({ QLatin1StringView(query.figure), **value });
    }
    return figures;
}

Result<void> recordMomentum(Database& db, QDate asOf, const std::vector<MomentumFigure>& figures, std::int64_t runId)
{
    auto clear = db.prepare("DELETE FROM momentum WHERE as_of = ?1");
    if (!clear)
        return std::unexpected(clear.error());
    clear->bindAll(asOf.toString(Qt::ISODate));
    if (auto ok = clear->run(); !ok)
        return ok;
    auto insert = db.prepare("INSERT INTO momentum (as_of, figure, value, run_id) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const MomentumFigure& f : figures) {
        insert->bindAll(asOf.toString(Qt::ISODate), f.figure, f.value, runId);
        if (auto ok = insert->run(); !ok)
            return ok;
        insert->reset();
    }
    return {};
}

} // namespace flywheel::outcomes
