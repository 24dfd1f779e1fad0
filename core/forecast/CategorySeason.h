#pragma once

#include "Error.h"
#include "forecast/AutoForecast.h"

#include <span>
#include <vector>

namespace flywheel::forecast {

// A product with a short or noisy history rarely shows a season of its own, though the products
// of its category together do. These functions lend the category's season to such products.

/// Seasonal indices (multiplicative, averaging 1; index t % period belongs to value t) of a
/// category's total demand, by classical decomposition. Empty when the total spans fewer than two
/// cycles, any period of it is at or below zero, or period <= 1: a season seen once is not trusted.
[[nodiscard]] std::vector<double> categorySeason(std::span<const double> total, int period);

/// How strongly a history follows a seasonal pattern: 0 not at all, 1 fully, from a least-squares
/// fit of value = level * (1 + exposure * (index - 1)), clamped to [0, 1]. `indices` is aligned as
/// in categorySeason: index t % size belongs to value t. Unknown (NaN) values are skipped. NaN when
/// the known values do not cover one full cycle, or the fit has no positive level.
[[nodiscard]] double seasonalExposure(std::span<const double> y, std::span<const double> indices);

/// forecastSeries for many series of one catalogue, with the season of each series' category
/// (`categories[i]` >= 0 names it; below 0: none) lent to the series that show none of their own.
/// Every series must end on the same period (the last complete one, as for a catalogue forecast
/// made today); their starts may differ. A category's season comes from the total of its series
/// (categorySeason). A series whose history shows no season of its own (fewer than two cycles, or
/// not seasonal by isSeasonal) takes that season scaled by its exposure (seasonalExposure), or by
/// the median exposure of its category when its history is shorter than a cycle: it is forecast
/// on seasonally adjusted values and the season is put back, and its note says so. Everything
/// else, and every series when `options.method` is not Auto, is forecast exactly as by
/// forecastSeries. Results are in input order; fails every series with InvalidArgument when
/// `categories` does not have one entry per series. Runs on the engine's thread pool: call it from
/// outside that pool, as forecastMany.
[[nodiscard]] std::vector<Result<Forecast>> forecastByCategory(
    std::span<const Series> series, std::span<const int> categories, const ForecastOptions& options);

} // namespace flywheel::forecast
