#pragma once

#include "Error.h"
#include "stages/inventory/StockHealth.h"
#include "stages/inventory/VariantForecasts.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::inventory {

/// One variant's row of the Inventory page: its health, replenishment figures and forecast error.
struct HealthRow {
    std::int64_t variantId = 0;
    QString sku;
    QString name;
    QString vendor;
    StockStatus status = StockStatus::Healthy;
    int available = 0;
    int incoming = 0;
    double weeklyDemand = 0;
    std::optional<double> daysOfCover;
    std::optional<QDate> stockoutDate;
    std::optional<double> stockoutRisk;
    int suggestedOrder = 0;
    std::int64_t revenueAtRiskMinor = 0;
    int overstockUnits = 0;
    std::int64_t overstockValueMinor = 0;
    std::optional<int> stockAgeDays;
    std::optional<double> wape; ///< of the variant's backtest
};

/// Every variant inventory_health judged, most urgent first (out of stock, reorder, overstock, ...;
/// within each, by money at stake).
[[nodiscard]] Result<std::vector<HealthRow>> readHealth(Database& db);

/// The whole store at a glance, as of the last Inventory run.
struct InventoryOverview {
    int forecast = 0; ///< variants with a forecast
    int judged = 0; ///< variants with a stock reading, judged
    int outOfStock = 0;
    int reorder = 0;
    int overstocked = 0;
    std::int64_t revenueAtRiskMinor = 0;
    std::int64_t overstockValueMinor = 0;
    int backtested = 0;
    std::optional<double> wape; ///< pooled over every backtest: errors weigh by units sold
    /// The error of each backtest's total over its held-out weeks, pooled the same way: what a
    /// reorder covering those weeks would have got wrong.
    std::optional<double> totalError;
    std::optional<double> bias;
    std::optional<double> coverage80;
    std::optional<double> coverage95;
    QString currency;
};

[[nodiscard]] Result<InventoryOverview> readOverview(Database& db);

/// A reorder in the action queue, with what the latest run says to order.
struct ReorderRow {
    std::int64_t actionId = 0;
    std::int64_t variantId = 0;
    QString vendor;
    QString sku;
    QString name;
    int quantity = 0;
    std::optional<std::int64_t> unitCostMinor;
    std::int64_t revenueAtRiskMinor = 0;
    QString status; ///< new or accepted
    QString currency;
};

/// The forecast and backtest the last Inventory run stored for `variantId`, with the variant's
/// demand history read now (as the chart draws them); nullopt when the run made no forecast for it.
[[nodiscard]] Result<std::optional<VariantForecast>> readStoredForecast(Database& db, std::int64_t variantId);

/// The reorders not yet pushed or dismissed, by vendor, then revenue at risk.
[[nodiscard]] Result<std::vector<ReorderRow>> readOpenReorders(Database& db);

} // namespace flywheel::inventory
