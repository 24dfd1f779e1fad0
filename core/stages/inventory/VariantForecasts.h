#pragma once

#include "Error.h"
#include "Progress.h"
#include "forecast/Backtest.h"
#include "forecast/Forecast.h"
#include "stages/inventory/DemandHistory.h"

#include <optional>
#include <vector>

namespace flywheel::inventory {

/// One variant's forecast and how the same method fared on the last periods of its history.
struct VariantForecast {
    std::int64_t variantId = 0;
    int category = -1; ///< the product type's number among the catalog's, whose season a weekly series may borrow
    DemandSeries demand;
    Result<forecast::Forecast> forecast = forecast::Forecast {};
    std::optional<forecast::Accuracy> backtest; ///< none when the history is too short to hold periods out
    /// What the backtest forecast for the held-out last periods of `demand`, and what sold in them.
    std::optional<forecast::Forecast> backtestForecast;
    double backtestUnits = 0;
    double backtestForecastUnits = 0; ///< over the held-out periods whose sales are known
};

struct VariantForecasts {
    std::vector<VariantForecast> variants; ///< every variant that ever sold, by id
    DemandHistories histories; ///< what they were built from (also the variants that never sold)
    forecast::Accuracy overall; ///< every backtest pooled
    int searchLedProducts = 0; ///< products whose first weeks of forecast follow their searches (SearchLeads)
    double searchLeadErrorCut = 0; ///< SearchLeads::errorCut()
};

/// Forecast horizon of the stage, in weeks (a daily series gets seven times as many days).
inline constexpr int kHorizonWeeks = 12;

/// Forecasts the demand of every variant that has sold (or only `variantIds`') `horizonWeeks`
/// ahead — a weekly history without a season of its own borrows its product type's
/// (forecast::forecastByCategory), and the first weeks follow the product's searches where its
/// sales trail them (SearchLeads) — and backtests each: its last quarter, at most twelve weeks (four weeks of days), is
/// held out, forecast from the rest with the same automatic choice of model, and scored. Histories shorter than sixteen
/// periods are forecast but not backtested. With `variantIds`, their products' other variants are read and forecast
/// too (a product's searches are judged on all its sales) but only the asked ones are returned and pooled. Runs on the
/// compute pool; call it from outside that pool. Fails with Cancelled when `progress` is cancelled.
[[nodiscard]] Result<VariantForecasts> forecastVariants(Database& db, int horizonWeeks,
    const std::optional<std::vector<std::int64_t>>& variantIds = std::nullopt, Progress* progress = nullptr);
/// The same for every variant, whose histories are read already (readDemandHistories()).
[[nodiscard]] Result<VariantForecasts> forecastVariants(
    Database& db, int horizonWeeks, DemandHistories histories, Progress* progress);

} // namespace flywheel::inventory
