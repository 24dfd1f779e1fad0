#pragma once

#include "forecast/Forecast.h"

#include <span>
#include <vector>

namespace flywheel::forecast {

// Classical decomposition, as used by the M3 benchmarks (Naive2, Theta) and to start the ETS
// seasonal states: a centred moving average of one cycle estimates the trend, and the average
// ratio (or difference) to it at each position of the cycle is that position's seasonal index.

/// True when the autocorrelation at one full cycle is significant at the one-sided 90 % level
/// (|r_m| > 1.645 * sqrt((1 + 2 * sum r_k^2, k < m) / n)). Needs period > 1 and two full cycles.
[[nodiscard]] bool isSeasonal(std::span<const double> y, int period);

/// Seasonal index for each position of the cycle (index t % period belongs to value t):
/// multiplicative indices average 1, additive ones 0. Needs two full cycles; with less, or when
/// a multiplicative decomposition meets values <= 0, every index is neutral.
[[nodiscard]] std::vector<double> seasonalIndices(std::span<const double> y, int period, bool multiplicative);

/// The seasonally adjusted values: y / index or y - index.
[[nodiscard]] std::vector<double> seasonallyAdjusted(
    std::span<const double> y, std::span<const double> indices, bool multiplicative);

/// Puts the season back into a forecast of adjusted values whose first step is value number
/// `firstStep` of the history (its length): every mean and range is multiplied by (or added to)
/// that step's index.
void reseasonalize(Forecast& forecast, std::span<const double> indices, size_t firstStep, bool multiplicative);

/// Seasonal indices when the history is seasonal by isSeasonal(), an empty vector otherwise.
/// Multiplicative when every value is above zero, additive otherwise.
struct SeasonalAdjustment {
    std::vector<double> indices; ///< empty when the history shows no season
    bool multiplicative = true;
};
[[nodiscard]] SeasonalAdjustment detectSeason(std::span<const double> y, int period);

} // namespace flywheel::forecast
