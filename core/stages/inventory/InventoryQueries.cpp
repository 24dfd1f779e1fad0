#include "stages/inventory/InventoryQueries.h"

#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flywheel::inventory {

namespace {
template <typename T> std::optional<T> optionalReal(Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<T>(T(row.real(column)));
}

/// Options joined to the title, as the reorders and the push name a variant.
constexpr const char* kVariantName
    = "p.title || coalesce(' - ' || nullif(trim(coalesce(nullif(v.option1, 'Default Title'), '') || ' ' || "
      "coalesce(v.option2, '') || ' ' || coalesce(v.option3, '')), ''), '')";
} // namespace

Result<std::vector<HealthRow>> readHealth(Database& db)
{
    auto select = db.prepare(std::string("SELECT h.variant_id, coalesce(v.sku, ''), ") + kVariantName
        + ", coalesce(p.vendor, ''), h.status, h.available, h.incoming, h.weekly_demand, h.days_of_cover, "
          "h.stockout_date, h.stockout_risk, h.suggested_order, h.revenue_at_risk_minor, h.overstock_units, "
          "h.overstock_value_minor, h.stock_age_days, f.wape "
          "FROM inventory_health h JOIN variants v ON v.id = h.variant_id JOIN products p ON p.id = v.product_id "
          "LEFT JOIN inventory_forecasts f ON f.variant_id = h.variant_id "
          "ORDER BY CASE h.status WHEN 'out_of_stock' THEN 0 WHEN 'reorder' THEN 1 WHEN 'overstock' THEN 2 "
          "WHEN 'healthy' THEN 3 WHEN 'no_demand' THEN 4 ELSE 5 END, "
          "h.revenue_at_risk_minor + h.overstock_value_minor DESC, h.variant_id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<HealthRow> rows;
    auto read = select->forEachRow([&](Statement& row) {
        HealthRow health;
        health.variantId = row.int64(0);
        health.sku = row.text(1);
        health.name = row.text(2);
        health.vendor = row.text(3);
        health.status = statusFromKey(row.text(4)).value_or(StockStatus::Healthy);
        health.available = int(row.int64(5));
        health.incoming = int(row.int64(6));
        health.weeklyDemand = row.real(7);
        health.daysOfCover = optionalReal<double>(row, 8);
        if (!row.isNull(9))
            health.stockoutDate = QDate::fromString(row.text(9), Qt::ISODate);
        health.stockoutRisk = optionalReal<double>(row, 10);
        health.suggestedOrder = int(row.int64(11));
        health.revenueAtRiskMinor = row.int64(12);
        health.overstockUnits = int(row.int64(13));
        health.overstockValueMinor = row.int64(14);
        if (!row.isNull(15))
            health.stockAgeDays = int(row.int64(15));
        health.wape = optionalReal<double>(row, 16);
        rows.push_back(std::move(health));
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<InventoryOverview> readOverview(Database& db)
{
    InventoryOverview overview;
    overview.currency = StoreSettings(db).currency();
    auto health = db.prepare("SELECT count(*), sum(status = 'out_of_stock'), sum(status = 'reorder'), "
                             "sum(status = 'overstock'), coalesce(sum(revenue_at_risk_minor), 0), "
                             "coalesce(sum(overstock_value_minor), 0) FROM inventory_health");
    if (!health)
        return std::unexpected(health.error());
    auto healthRead = health->forEachRow([&](Statement& row) {
        overview.judged = int(row.int64(0));
        overview.outOfStock = int(row.int64(1));
        overview.reorder = int(row.int64(2));
        overview.overstocked = int(row.int64(3));
        overview.revenueAtRiskMinor = row.int64(4);
        overview.overstockValueMinor = row.int64(5);
    });
    if (!healthRead)
        return std::unexpected(healthRead.error());
    // wape and bias are per variant over its held-out units, so weighting by those units pools them.
    auto forecasts = db.prepare("SELECT count(*), sum(backtest_units IS NOT NULL AND backtest_units > 0), "
                                "sum(wape * backtest_units) / sum(backtest_units), "
                                "sum(bias * backtest_units) / sum(backtest_units), "
                                "sum(coverage80 * backtest_points) / sum(CASE WHEN coverage80 IS NULL THEN 0 ELSE "
                                "backtest_points END), "
                                "sum(coverage95 * backtest_points) / sum(CASE WHEN coverage95 IS NULL THEN 0 ELSE "
                                "backtest_points END), "
                                "sum(abs(backtest_forecast_units - backtest_units)) / sum(backtest_units) "
                                "FROM inventory_forecasts");
    if (!forecasts)
        return std::unexpected(forecasts.error());
    auto forecastsRead = forecasts->forEachRow([&](Statement& row) {
        overview.forecast = int(row.int64(0));
        overview.backtested = int(row.int64(1));
        overview.wape = optionalReal<double>(row, 2);
        overview.bias = optionalReal<double>(row, 3);
        overview.coverage80 = optionalReal<double>(row, 4);
        overview.coverage95 = optionalReal<double>(row, 5);
        overview.totalError = optionalReal<double>(row, 6);
    });
    if (!forecastsRead)
        return std::unexpected(forecastsRead.error());
    return overview;
}

Result<std::optional<VariantForecast>> readStoredForecast(Database& db, std::int64_t variantId)
{
    auto select = db.prepare("SELECT model, coalesce(note, ''), forecast, backtest_points, "
                             "coalesce(backtest_units, 0), coalesce(backtest_forecast_units, 0), coalesce(wape, 0), "
                             "coalesce(mase, 0), coalesce(bias, 0), coalesce(coverage80, 0), coalesce(coverage95, 0) "
                             "FROM inventory_forecasts WHERE variant_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, variantId);
    std::optional<VariantForecast> stored;
    auto read = select->forEachRow([&](Statement& row) {
        const QJsonObject json = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        const auto values = [&json](const char* key) {
            std::vector<double> numbers;
            for (const QJsonValue& value : json.value(QLatin1StringView(key)).toArray())
                numbers.push_back(value.toDouble());
            return numbers;
        };
        forecast::Forecast ahead { row.text(0), values("mean"), values("lower80"), values("upper80"), values("lower95"),
            values("upper95"), row.text(1) };
        VariantForecast variant;
        variant.variantId = variantId;
        variant.forecast = std::move(ahead);
        if (row.int64(3) > 0) {
            forecast::Accuracy accuracy;
            accuracy.points = int(row.int64(3));
            accuracy.series = 1;
            accuracy.wape = row.real(6);
            accuracy.mase = row.real(7);
            accuracy.bias = row.real(8);
            accuracy.coverage80 = row.real(9);
            accuracy.coverage95 = row.real(10);
            variant.backtest = accuracy;
            variant.backtestUnits = row.real(4);
            variant.backtestForecastUnits = row.real(5);
            forecast::Forecast held;
            held.mean = values("backtest");
            if (!held.mean.empty())
                variant.backtestForecast = std::move(held);
        }
        stored = std::move(variant);
    });
    if (!read)
        return std::unexpected(read.error());
    if (!stored)
        return stored;
    auto histories = readDemandHistories(db, std::vector<std::int64_t> { variantId });
    if (!histories)
        return std::unexpected(histories.error());
    for (const VariantHistory& history : histories->variants)
        stored->demand = buildDemandSeries(history, histories->lastDay);
    return stored;
}

Result<std::vector<ReorderRow>> readOpenReorders(Database& db)
{
    auto select
        = db.prepare(std::string("SELECT r.id, v.id, coalesce(p.vendor, ''), coalesce(v.sku, ''), ") + kVariantName
            + ", coalesce(h.suggested_order, 0), v.cost_minor, coalesce(h.revenue_at_risk_minor, 0), r.status, "
              "coalesce(v.currency, '') "
              "FROM recommendations r JOIN variants v ON r.subject_key = 'variant:' || v.id "
              "JOIN products p ON p.id = v.product_id LEFT JOIN inventory_health h ON h.variant_id = v.id "
              "WHERE r.stage = 'inventory' AND r.kind = 'reorder' AND r.status IN ('new', 'accepted') "
              "ORDER BY p.vendor COLLATE NOCASE, h.revenue_at_risk_minor DESC, r.id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<ReorderRow> rows;
    auto read = select->forEachRow([&](Statement& row) {
        ReorderRow reorder;
        reorder.actionId = row.int64(0);
        reorder.variantId = row.int64(1);
        reorder.vendor = row.text(2);
        reorder.sku = row.text(3);
        reorder.name = row.text(4);
        reorder.quantity = int(row.int64(5));
        if (!row.isNull(6))
            reorder.unitCostMinor = row.int64(6);
        reorder.revenueAtRiskMinor = row.int64(7);
        reorder.status = row.text(8);
        reorder.currency = row.text(9);
        rows.push_back(std::move(reorder));
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

} // namespace flywheel::inventory
