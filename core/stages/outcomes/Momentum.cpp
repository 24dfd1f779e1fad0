#include "stages/outcomes/Momentum.h"

#include "stages/outcomes/Measurement.h"
#include "store/StoreSettings.h"

namespace flywheel::outcomes {

namespace {
constexpr int kWindowDays = 28;

/// A figure over the window [?1, ?2); empty when the query yields null.
Result<std::optional<double>> windowFigure(Database& db, const char* sql, const DayRange& range)
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(range.from, range.until);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found || select->isNull(0))
        return std::optional<double> {};
    return std::optional { select->real(0) };
}

struct FigureQuery {
    const char* figure;
    /// First column: the figure, or null when the store lacks its data. ?1 and ?2 bound the window.
    const char* sql;
};

constexpr FigureQuery kFigures[] = {
    { figure::kTicketsPer100Orders,
        "SELECT 100.0 * (SELECT count(*) FROM tickets WHERE created_at >= ?1 AND created_at < ?2) / nullif(count(*), "
        "0) "
        "FROM orders WHERE cancelled_at IS NULL AND created_at >= ?1 AND created_at < ?2 AND "
        "EXISTS (SELECT 1 FROM tickets)" },
    // Where a stage's own headline figure is the momentum figure, it is taken from the stage's
    // latest run, so the home screen's cards and the wheel never disagree.
    { figure::kNegativeShare,
        "SELECT figure FROM stage_runs WHERE stage = 'service' AND status = 'ok' AND ?1 <= ?2 ORDER BY id DESC LIMIT "
        "1" },
    { figure::kCatalogCompleteness,
        "SELECT figure FROM stage_runs WHERE stage = 'content' AND status = 'ok' AND ?1 <= ?2 ORDER BY id DESC LIMIT "
        "1" },
    { figure::kZeroResultRate,
        "SELECT figure FROM stage_runs WHERE stage = 'search' AND status = 'ok' AND ?1 <= ?2 ORDER BY id DESC LIMIT "
        "1" },
    { figure::kForecastError,
        "SELECT figure FROM stage_runs WHERE stage = 'inventory' AND status = 'ok' AND ?1 <= ?2 ORDER BY id DESC LIMIT "
        "1" },
    { figure::kOverstockValue,
        "SELECT CASE WHEN count(*) > 0 THEN sum(overstock_value_minor) END FROM inventory_health WHERE ?1 <= ?2" },
    { figure::kPromotionMarginGained,
        "SELECT CASE WHEN count(*) > 0 THEN sum(coalesce(json_extract(sample, '$.margin_gained_minor'), 0)) END FROM "
        "outcomes WHERE metric = 'purchase_rate_vs_control' AND status = 'measured' AND measured_on < ?2 AND ?1 <= "
        "?2" },
};
} // namespace

Result<std::vector<MomentumFigure>> momentumFigures(Database& db, QDate asOf)
{
    const DayRange window = timeRange(asOf.addDays(1 - kWindowDays), asOf, StoreSettings(db).timeZone());
    std::vector<MomentumFigure> figures;
    for (const FigureQuery& query : kFigures) {
        auto value = windowFigure(db, query.sql, window);
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
